/**
 * The sidebar page's script. Everything from the workbook is inserted as text
 * (textContent), never as HTML. Server calls go through one typed promise wrapper.
 */

interface ProblemView {
  severity: 'error' | 'warning' | 'info';
  sheet: string;
  cell: string;
  value: string;
  message: string;
  suggestion?: string;
}

type Counts = Record<'error' | 'warning' | 'info', number>;

interface SidebarState {
  lang: 'ja' | 'en';
  labels: Record<string, string>;
  lastBuilt: { at: string; counts: Counts } | null;
}

interface ValidateOutcome {
  problems: ProblemView[];
  counts: Counts;
  truncated: boolean;
}

interface RegenerateOutcome {
  ok: boolean;
  message: string;
  builtAt?: string;
  counts?: Counts;
  notes: string[];
}

interface ServerApi {
  sidebarState(): SidebarState;
  sidebarValidate(): ValidateOutcome;
  sidebarRegenerate(): RegenerateOutcome;
  sidebarSelectCell(sheet: string, cell: string): { ok: boolean; message?: string };
}

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRun } };

/** Calls a server function and resolves with its result. */
function call<K extends keyof ServerApi>(name: K, ...args: Parameters<ServerApi[K]>): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>))
      .withFailureHandler((error) => reject(error)) as unknown as Record<string, (...a: unknown[]) => void>;
    runner[name](...args);
  });
}

let labels: Record<string, string> = {};

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`missing #${id}`);
  return element as T;
}

function text(key: string, fallback: string): string {
  return labels[key] ?? fallback;
}

function jst(iso: string): string {
  const date = new Date(new Date(iso).getTime() + 9 * 3600_000);
  return `${date.toISOString().replace('T', ' ').slice(0, 16)} JST`;
}

function setBusy(busy: boolean): void {
  document.body.setAttribute('aria-busy', String(busy));
  for (const id of ['validate', 'regenerate']) byId<HTMLButtonElement>(id).disabled = busy;
  if (busy) byId('status').textContent = text('busy', '処理中…');
}

function showError(error: unknown): void {
  const box = byId('error');
  const detail = error instanceof Error ? error.message : String(error);
  box.textContent = `${text('serverError', '処理に失敗しました')}: ${detail}`;
  box.hidden = false;
}

function clearError(): void {
  const box = byId('error');
  box.textContent = '';
  box.hidden = true;
}

function renderCounts(counts: Counts): void {
  byId('counts').textContent =
    counts.error + counts.warning === 0
      ? text('noErrors', 'エラーはありません')
      : `${text('error', 'エラー')} ${counts.error} / ${text('warning', '警告')} ${counts.warning}`;
}

function renderProblems(problems: ProblemView[]): void {
  const list = byId<HTMLUListElement>('problems');
  list.replaceChildren();
  for (const problem of problems) {
    const item = document.createElement('li');
    item.className = `severity-${problem.severity}`;
    const button = document.createElement('button');
    button.type = 'button';
    button.title = text('clickToSelect', 'クリックするとセルを選択します');
    const where = document.createElement('span');
    where.className = 'where';
    where.textContent = `${text(problem.severity, problem.severity)} ${problem.sheet}!${problem.cell}`;
    const message = document.createElement('span');
    message.className = 'message';
    message.textContent = problem.suggestion ? `${problem.message} → ${problem.suggestion}` : problem.message;
    button.append(where, message);
    button.addEventListener('click', () => {
      clearError();
      call('sidebarSelectCell', problem.sheet, problem.cell)
        .then((result) => {
          if (!result.ok && result.message) showError(new Error(result.message));
        })
        .catch(showError);
    });
    item.append(button);
    list.append(item);
  }
}

async function onValidate(): Promise<void> {
  clearError();
  setBusy(true);
  try {
    const outcome = await call('sidebarValidate');
    renderCounts(outcome.counts);
    renderProblems(outcome.problems);
    byId('status').textContent = '';
  } catch (error) {
    showError(error);
    byId('status').textContent = '';
  } finally {
    setBusy(false);
  }
}

async function onRegenerate(): Promise<void> {
  clearError();
  setBusy(true);
  try {
    const outcome = await call('sidebarRegenerate');
    byId('status').textContent = [outcome.message, ...outcome.notes].join(' ');
    if (!outcome.ok) showError(new Error(outcome.message));
    if (outcome.builtAt) byId('last-built').textContent = jst(outcome.builtAt);
    if (outcome.counts) renderCounts(outcome.counts);
  } catch (error) {
    showError(error);
    byId('status').textContent = '';
  } finally {
    setBusy(false);
  }
}

async function start(): Promise<void> {
  byId('validate').addEventListener('click', () => void onValidate());
  byId('regenerate').addEventListener('click', () => void onRegenerate());
  try {
    const state = await call('sidebarState');
    labels = state.labels;
    document.documentElement.lang = state.lang;
    byId('title').textContent = text('sidebarTitle', '進捗 Shinchoku');
    byId('validate').textContent = text('validateButton', '入力チェック');
    byId('regenerate').textContent = text('regenerateButton', '集計シートを作成・更新');
    byId('last-built-label').textContent = text('lastBuilt', '集計の最終作成');
    byId('problems-heading').textContent = text('problemsHeading', '入力チェックの結果');
    byId('last-built').textContent = state.lastBuilt ? jst(state.lastBuilt.at) : text('never', 'まだ作成していません');
    if (state.lastBuilt) renderCounts(state.lastBuilt.counts);
  } catch (error) {
    showError(error);
  }
}

void start();
