/**
 * The sidebar page's script. Everything from the workbook is inserted as text
 * (textContent), never as HTML. Server calls go through one typed promise wrapper.
 */
import { langOfLocale } from '../core/base/lang';
import { isMultipleAccountsFailure } from '../core/base/scriptErrors';
import { label } from '../core/words/messages';

import type { Severity } from '../core/words/problems';
import type { digestSave, digestSendNow, digestState } from '../gas/digestEntry';
import type { showReportDialog } from '../gas/report';
import type { roundState } from '../gas/round';
import type { sidebarProofread, sidebarRegenerate, sidebarSelectCell, sidebarState, sidebarValidate } from '../gas/sidebar';

// The server's own types, imported for the compiler only: esbuild drops `import type`, so none of
// src/gas reaches the page's bundle, and a field added on the server is seen here (#24: the copies
// had drifted — DigestState lacked owner and ownerIsYou).
type Counts = Record<Severity, number>;
type ProblemView = ReturnType<typeof sidebarValidate>['problems'][number];
type DigestState = ReturnType<typeof digestState>;
type SidebarState = ReturnType<typeof sidebarState>;

/** The server functions this page calls (google.script.run), with the server's signatures. */
interface ServerApi {
  sidebarProofread: typeof sidebarProofread;
  digestState: typeof digestState;
  digestSave: typeof digestSave;
  digestSendNow: typeof digestSendNow;
  sidebarState: typeof sidebarState;
  sidebarValidate: typeof sidebarValidate;
  sidebarRegenerate: typeof sidebarRegenerate;
  sidebarSelectCell: typeof sidebarSelectCell;
  showReportDialog: typeof showReportDialog;
  roundState: typeof roundState;
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

/** When an edit was seen: between the reading before and the one that saw it, when those are minutes apart. */
function editTime(after: string | null, at: string): string {
  if (after === null || new Date(at).getTime() - new Date(after).getTime() <= 5 * 60_000) return jst(at);
  return `${jst(after).replace(/ JST$/, '')} ～ ${jst(at)}`;
}

function setBusy(busy: boolean): void {
  document.body.setAttribute('aria-busy', String(busy));
  for (const id of ['validate', 'regenerate', 'report', 'digest-save', 'digest-send', 'proofread', 'round-refresh'])
    byId<HTMLButtonElement>(id).disabled = busy;
  if (busy) byId('status').textContent = text('busy', '処理中…');
}

function showError(error: unknown): void {
  const box = byId('error');
  const detail = error instanceof Error ? error.message : String(error);
  // Signed in to several Google accounts, google.script.run fails before the add-on runs: say what to do,
  // in the sidebar's language once it is known, else the browser's.
  if (isMultipleAccountsFailure(detail)) {
    const lang = labels.serverError ? langOfLocale(document.documentElement.lang) : langOfLocale(navigator.language);
    box.textContent = label('multipleAccounts', lang);
    box.hidden = false;
    return;
  }
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

/** One server round trip: busy state on, any failure shown as a readable error, busy state off. */
async function busy(work: () => Promise<void>): Promise<void> {
  clearError();
  setBusy(true);
  try {
    await work();
    if (byId('status').textContent === text('busy', '処理中…')) byId('status').textContent = '';
  } catch (error) {
    showError(error);
    byId('status').textContent = '';
  } finally {
    setBusy(false);
  }
}

/** A list of plain text lines (never HTML). */
function renderTextList(id: string, lines: string[]): void {
  const list = byId<HTMLUListElement>(id);
  list.replaceChildren();
  for (const line of lines) {
    const item = document.createElement('li');
    item.textContent = line;
    list.append(item);
  }
}

function onValidate(): Promise<void> {
  return busy(async () => {
    const outcome = await call('sidebarValidate');
    renderCounts(outcome.counts);
    renderProblems(outcome.problems);
  });
}

function onRegenerate(): Promise<void> {
  return busy(async () => {
    const outcome = await call('sidebarRegenerate', byId<HTMLSelectElement>('as-of').value);
    byId('status').textContent = [outcome.message, ...outcome.notes].join(' ');
    if (!outcome.ok) showError(new Error(outcome.message));
    if (outcome.builtAt) byId('last-built').textContent = jst(outcome.builtAt);
    if (outcome.counts) renderCounts(outcome.counts);
  });
}

function fillOptions(select: HTMLSelectElement, from: number, to: number, suffix: string): void {
  select.replaceChildren();
  for (let n = from; n <= to; n++) {
    const option = document.createElement('option');
    option.value = String(n);
    option.textContent = `${n}${suffix}`;
    select.append(option);
  }
}

function renderDigestState(state: DigestState): void {
  const l = state.labels;
  const set = (id: string, key: string) => {
    if (l[key]) byId(id).textContent = l[key];
  };
  set('digest-heading', 'digestHeading');
  set('digest-enabled-label', 'digestEnabled');
  set('digest-day-label', 'digestDay');
  set('digest-hour-label', 'digestHour');
  set('digest-recipients-label', 'digestRecipients');
  set('digest-help', 'digestRecipientsHelp');
  set('digest-save', 'digestSaveButton');
  set('digest-send', 'digestSendButton');
  set('digest-force-label', 'digestForce');
  set('digest-last-label', 'digestLastRun');
  byId<HTMLInputElement>('digest-enabled').checked = state.settings.enabled;
  byId<HTMLSelectElement>('digest-day').value = String(state.settings.day);
  byId<HTMLSelectElement>('digest-hour').value = String(state.settings.hour);
  byId<HTMLTextAreaElement>('digest-recipients').value = state.settings.recipients.join('\n');
  // Who sends: triggers run as the account that created them.
  byId('digest-owner').textContent = state.ownerLine;
  const problem = state.triggerProblem;
  if (problem) showError(new Error(problem.message));
  // A month is sent or says why not: the log's latest problems, under their heading.
  const heading = l.digestProblemsHeading ?? text('digestProblemsHeading', '送信できなかった・省略した月');
  renderTextList('digest-errors', state.problems.length > 0 ? [`${heading}:`, ...state.problems] : []);
  byId('digest-last').textContent = state.status ? `${jst(state.status.at)} — ${state.status.message}` : text('never', 'まだ作成していません');
}

/** The plan's labels, each with its meaning and definition: as text, never HTML (the 区分 sheet is the user's). */
function renderCategories(categories: SidebarState['categories']): void {
  const box = byId('categories');
  box.replaceChildren();
  for (const category of categories) {
    const heading = document.createElement('h3');
    heading.textContent = category.kind;
    const list = document.createElement('dl');
    for (const item of category.items) {
      const term = document.createElement('dt');
      term.textContent = item.term;
      const definition = document.createElement('dd');
      definition.textContent = item.definition;
      list.append(term, definition);
    }
    box.append(heading, list);
  }
}

function onDigestSave(event: Event): Promise<void> {
  event.preventDefault();
  renderTextList('digest-errors', []);
  return busy(async () => {
    const outcome = await call('digestSave', {
      enabled: byId<HTMLInputElement>('digest-enabled').checked,
      day: Number(byId<HTMLSelectElement>('digest-day').value),
      hour: Number(byId<HTMLSelectElement>('digest-hour').value),
      recipients: byId<HTMLTextAreaElement>('digest-recipients').value,
    });
    renderTextList('digest-errors', outcome.errors);
    byId('digest-saved').textContent = outcome.ok ? outcome.message : '';
  });
}

function onDigestSend(): Promise<void> {
  return busy(async () => {
    const outcome = await call('digestSendNow', byId<HTMLInputElement>('digest-force').checked);
    byId('digest-saved').textContent = outcome.message;
    byId('digest-last').textContent = outcome.message;
  });
}

function onProofread(): Promise<void> {
  return busy(async () => {
    const outcome = await call('sidebarProofread', byId<HTMLTextAreaElement>('proofread-text').value);
    byId('proofread-result').textContent = [outcome.message, ...outcome.notes].join(' ');
    renderTextList('proofread-findings', outcome.lines);
  });
}

// ---------------------------------------------------------------- the 照会 tab (issue #27)

type RoundView = ReturnType<typeof roundState>;

/** Shows one tab: the 照会 panel, or everything else of the page (the main tab), by a class on <main> (sidebar.css), so no other element's own hidden state is touched. */
/** While the 照会 tab is shown, its figures are fetched again every minute (each fetch reads the workbook once). */
const ROUND_POLL_MS = 60_000;
let roundPoll: ReturnType<typeof setInterval> | null = null;

function selectTab(round: boolean): void {
  if (roundPoll !== null) clearInterval(roundPoll);
  roundPoll = round ? setInterval(() => void call('roundState').then(renderRound, showError), ROUND_POLL_MS) : null;
  byId('tab-main').setAttribute('aria-selected', String(!round));
  byId('tab-round').setAttribute('aria-selected', String(round));
  byId('title').parentElement?.classList.toggle('round-mode', round);
  byId('round-panel').hidden = !round;
}

function renderRound(view: RoundView): void {
  const l = view.labels;
  byId('tab-round').textContent = l.roundTab ?? '照会';
  byId('tab-main').textContent = l.roundTabMain ?? 'メイン';
  byId('round-refresh').textContent = l.roundRefresh ?? '最新の状況';
  byId('round-not-started-heading').textContent = l.roundNotStartedHeading ?? '未着手の部署';
  byId('round-line').textContent = view.open ? view.line : view.message;
  byId('round-progress').textContent = view.progress;
  // The figures are as of this reading; an edit's time is known only between two readings (#27).
  byId('round-measured').textContent = view.measured;
  const head = byId('round-head');
  head.replaceChildren();
  for (const name of (l.roundColumns ?? '').split('|')) {
    const th = document.createElement('th');
    th.textContent = name;
    head.append(th);
  }
  const rows = byId('round-rows');
  rows.replaceChildren();
  for (const d of view.departments) {
    const tr = document.createElement('tr');
    if (d.complete) tr.className = 'complete';
    const cells: [string, boolean][] = [
      [d.department, false],
      [String(d.requested), true],
      [String(d.filled), true],
      [String(d.errors), true],
      [d.lastEdit ? editTime(d.lastEditAfter, d.lastEdit) : (l.roundNever ?? '—'), false],
    ];
    for (const [value, numeric] of cells) {
      const td = document.createElement('td');
      td.textContent = value;
      if (numeric) td.className = 'number';
      tr.append(td);
    }
    rows.append(tr);
  }
  byId('round-table').hidden = view.departments.length === 0;
  byId('round-not-started-heading').hidden = view.notStarted.length === 0;
  renderTextList('round-not-started', view.notStarted);
  byId('round-rows-gone-heading').textContent = l.roundRowsGoneHeading ?? '';
  byId('round-rows-gone-heading').hidden = view.rowsGone.length === 0;
  renderTextList('round-rows-gone', view.rowsGone);
  byId('round-changes-heading').textContent = l.roundAnswerChangedHeading ?? '';
  byId('round-changes-heading').hidden = view.changes.length === 0;
  renderTextList('round-changes', view.changes);
}

function onRoundRefresh(): Promise<void> {
  return busy(async () => renderRound(await call('roundState')));
}

async function start(): Promise<void> {
  byId('tab-main').addEventListener('click', () => selectTab(false));
  byId('tab-round').addEventListener('click', () => {
    selectTab(true);
    void onRoundRefresh();
  });
  byId('round-refresh').addEventListener('click', () => void onRoundRefresh());
  byId('proofread').addEventListener('click', () => void onProofread());
  fillOptions(byId<HTMLSelectElement>('digest-day'), 1, 28, '');
  fillOptions(byId<HTMLSelectElement>('digest-hour'), 0, 23, ':00');
  byId('digest-form').addEventListener('submit', (event) => void onDigestSave(event));
  byId('digest-send').addEventListener('click', () => void onDigestSend());
  byId('validate').addEventListener('click', () => void onValidate());
  byId('regenerate').addEventListener('click', () => void onRegenerate());
  // The report opens in its own dialog, which builds the .docx and offers it for download.
  byId('report').addEventListener('click', () => void busy(() => call('showReportDialog')));
  try {
    const state = await call('sidebarState');
    labels = state.labels;
    document.documentElement.lang = state.lang;
    byId('title').textContent = text('sidebarTitle', '進捗 Shinchoku');
    byId('validate').textContent = text('validateButton', '入力チェック');
    byId('regenerate').textContent = text('regenerateButton', '集計シートを作成・更新');
    byId('report').textContent = text('reportButton', '報告書を作成');
    byId('last-built-label').textContent = text('lastBuilt', '集計の最終作成');
    byId('problems-heading').textContent = text('problemsHeading', '入力チェックの結果');
    byId('proofread-heading').textContent = text('proofreadHeading', '原稿の数値チェック');
    byId('proofread-help').textContent = text('proofreadHelp', '');
    byId('proofread').textContent = text('proofreadButton', '原稿をチェック');
    byId('last-built').textContent = state.lastBuilt ? jst(state.lastBuilt.at) : text('never', 'まだ作成していません');
    byId('as-of-label').textContent = text('asOfLabel', '集計の時点');
    byId('as-of-live').textContent = text('asOfLive', '現在のブック');
    for (const date of [...(state.baselines ?? [])].reverse()) {
      const option = document.createElement('option');
      option.value = date;
      option.textContent = date;
      byId('as-of').append(option);
    }
    byId('categories-heading').textContent = text('categoriesHeading', '区分の定義');
    renderCategories(state.categories ?? []);
    if (state.lastBuilt) renderCounts(state.lastBuilt.counts);
    renderDigestState(await call('digestState'));
  } catch (error) {
    showError(error);
  }
}

void start();
