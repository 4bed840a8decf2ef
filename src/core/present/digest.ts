/**
 * The monthly digest's content: what each recipient hears about the plan this
 * month, and what changed since the previous digest. Pure: the adapters send
 * (MailApp) or write (.eml) the messages planned here.
 */
import { a1, type CellValue, cellText, isDate } from '../base/cells';
import { addressReason, checkAddress, escapeHtml, headerSafe } from '../base/email';
import { type FiscalYear, fiscalYearLabel, fiscalYearOfMonth, yearRangeLabel } from '../base/fiscalYear';
import { jstMonth } from '../base/jst';
import { formatAmount, roundTo } from '../base/numbers';
import { formatRatio } from '../base/ratio';
import { clip, matchKey } from '../base/text';
import type { PipelineResult } from '../compute/pipeline';
import { type PlanVocabulary, RESULT_CODES, type ResultCode, STATUS_CODES, type StatusCode } from '../contract/vocabulary';
import type { Project, WorkbookData } from '../read/read';
import { type Lang, label } from '../words/messages';

export interface MonthRef {
  year: number;
  month: number;
}

export function parseMonth(text: string): MonthRef | null {
  const match = /^(\d{4})-(\d{1,2})$/.exec(text.trim());
  if (!match) return null;
  const month = Number(match[2]);
  const year = Number(match[1]);
  // Fiscal years are read from 1926 (昭和) to 2200: a month outside is a typo, not a plan.
  return month >= 1 && month <= 12 && year >= 1926 && year <= 2200 ? { year, month } : null;
}

export function monthKey(month: MonthRef): string {
  return `${month.year}-${String(month.month).padStart(2, '0')}`;
}

/** The calendar month of a moment in Japan time. */
export function monthOf(date: Date): MonthRef {
  return jstMonth(date);
}

/** 令和6年3月 belongs to 令和5年度: the fiscal year starts in April. */
export function digestFiscalYear(month: MonthRef): FiscalYear {
  return fiscalYearOfMonth(month.year, month.month);
}

export interface SnapshotEntry {
  kind: 'activity' | 'target';
  code: string;
  /** Identity of the row across months: code, year and text. */
  key: string;
  /** What people read: the activity or the target. */
  label: string;
  /** The plan's label of the status or result, or '' for a target without a result. */
  state: string;
}

export interface Snapshot {
  month: string;
  entries: SnapshotEntry[];
}

export function takeSnapshot(data: WorkbookData, month: MonthRef): Snapshot {
  const entries: SnapshotEntry[] = [];
  for (const a of data.activities)
    entries.push({
      kind: 'activity',
      code: a.code,
      key: `${a.code}|${a.year}|${a.activity}`,
      label: a.activity,
      state: data.vocabulary.progress.terms[a.label].label,
    });
  for (const t of data.targets)
    entries.push({
      kind: 'target',
      code: t.code,
      key: `${t.code}|${t.years.first}-${t.years.last}|${t.target}`,
      label: t.target,
      state: t.resultLabel >= 0 ? data.vocabulary.result.terms[t.resultLabel].label : '',
    });
  return { month: monthKey(month), entries };
}

export const SNAPSHOT_HEADER = ['month', 'kind', 'code', 'key', 'label', 'state'];

export function snapshotRows(snapshot: Snapshot): string[][] {
  return snapshot.entries.map((e) => [snapshot.month, e.kind, e.code, e.key, e.label, e.state]);
}

/**
 * The month key of a log or snapshot cell. Written as text it reads back as
 * '2024-03'; a sheet that turned it into a date (Sheets reads a typed
 * '2024-03' as 2024-03-01) still gives the right month, in Japan time.
 */
export function monthKeyOf(value: CellValue): string | null {
  if (isDate(value)) return Number.isNaN(value.getTime()) ? null : monthKey(jstMonth(value));
  const month = parseMonth(cellText(value));
  return month ? monthKey(month) : null;
}

/** Reads snapshot rows (any number of months) back; unreadable rows are skipped. */
export function snapshotsFromRows(rows: CellValue[][]): Snapshot[] {
  const byMonth = new Map<string, SnapshotEntry[]>();
  for (const row of rows) {
    const month = monthKeyOf(row[0] ?? null);
    const [kind, , key, labelText, state] = row.slice(1).map((v) => cellText(v));
    if (!month || (kind !== 'activity' && kind !== 'target')) continue;
    // The key (code|year|text) is never reinterpreted; a code cell turned into a date is not trusted.
    const code = key.split('|')[0];
    const list = byMonth.get(month) ?? [];
    list.push({ kind, code, key, label: labelText, state });
    byMonth.set(month, list);
  }
  return [...byMonth].map(([month, entries]) => ({ month, entries })).sort((a, b) => a.month.localeCompare(b.month));
}

/** The latest snapshot strictly before the month (a retry in the same month compares with the same one). */
export function previousSnapshot(snapshots: Snapshot[], month: MonthRef): Snapshot | null {
  const key = monthKey(month);
  const earlier = snapshots.filter((s) => s.month < key);
  return earlier.length > 0 ? earlier[earlier.length - 1] : null;
}

/** A change in the plan's own words: `from` and `to` are labels. */
export type DigestChange =
  | { kind: 'transition'; code: string; label: string; from: string; to: string }
  | { kind: 'newActivity'; code: string; label: string; to: string }
  | { kind: 'newResult'; code: string; label: string; to: string };

/**
 * Snapshots recorded before the plan's own words were kept hold meaning codes
 * (done, achieved): they read as the plan's label of that meaning, so an
 * unchanged status is not reported as changed.
 */
function stateLabel(state: string, kind: SnapshotEntry['kind'], vocabulary: PlanVocabulary): string {
  if (kind === 'activity' && (STATUS_CODES as readonly string[]).includes(state)) {
    const index = vocabulary.progress.firstOf(state as StatusCode);
    return index >= 0 ? vocabulary.progress.terms[index].label : state;
  }
  if (kind === 'target' && (RESULT_CODES as readonly string[]).includes(state)) {
    const index = vocabulary.result.firstOf(state as ResultCode);
    return index >= 0 ? vocabulary.result.terms[index].label : state;
  }
  return state;
}

export function changesBetween(previous: Snapshot, current: Snapshot, vocabulary: PlanVocabulary): DigestChange[] {
  const before = new Map(previous.entries.map((e) => [`${e.kind}|${e.key}`, e]));
  const changes: DigestChange[] = [];
  for (const entry of current.entries) {
    const old = before.get(`${entry.kind}|${entry.key}`);
    const oldState = old ? stateLabel(old.state, old.kind, vocabulary) : '';
    if (entry.kind === 'activity') {
      if (!old) changes.push({ kind: 'newActivity', code: entry.code, label: entry.label, to: entry.state });
      else if (oldState !== entry.state) changes.push({ kind: 'transition', code: entry.code, label: entry.label, from: oldState, to: entry.state });
    } else if (entry.state !== '' && (!old || oldState !== entry.state)) {
      changes.push({ kind: 'newResult', code: entry.code, label: entry.label, to: entry.state });
    }
  }
  return changes;
}

export interface AttentionItem {
  code: string;
  projectName: string;
  departments: string[];
  activity: string;
  status: StatusCode;
  /** The plan's label. */
  label: string;
  notes: string;
}

export interface DueTarget {
  code: string;
  projectName: string;
  target: string;
  targetYear: string;
}

export interface DigestContent {
  scope: { kind: 'office' } | { kind: 'department'; name: string };
  month: string;
  fiscalYear: FiscalYear;
  counts: Record<StatusCode, number>;
  /** Every label of the plan's progress vocabulary, in order, with its count this year. */
  labels: { label: string; count: number }[];
  /** The labels counted in the rate, and those needing attention (meaning 遅れ or 未着手). */
  inRateLabels: string[];
  attentionLabels: string[];
  /** Labels with an English name (the defaults): label → "済 (Done)", for English messages. */
  labelNames: Record<string, string>;
  activities: number;
  progressing: number;
  rateText: string;
  attention: AttentionItem[];
  dueTargets: DueTarget[];
  effectThisYear: number;
  effectSoFar: number;
  /** The plan's money unit (千円) and its decimals. */
  unit: string;
  unitEn: string;
  unitDecimals: number;
  /** null when no previous digest was recorded. */
  changes: DigestChange[] | null;
  problems: { error: number; warning: number } | null;
}

export interface DigestMessage {
  /** 'office' or 'department:<name>': what the send log records. */
  key: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  content: DigestContent;
  /** The lists cut to fit the mail body budget (empty when whole, or without a budget). */
  cut: FittedDigest['cut'];
}

export interface DigestPlan {
  month: string;
  fiscalYear: FiscalYear;
  messages: DigestMessage[];
  snapshot: Snapshot;
  /** Departments with projects but no address in the 部署 sheet. */
  unrouted: string[];
  /** Bad addresses found (where, and why). */
  invalidAddresses: { where: string; address: string; reason: string }[];
  /** Departments that had nothing to report this month. */
  quiet: string[];
}

export interface DigestOptions {
  month: MonthRef;
  lang: Lang;
  officeRecipients: string[];
  previous: Snapshot | null;
  workbookUrl?: string;
  /** When set (the add-on's mail), each message is fitted to this many bytes of body: fitDigest. */
  mailBodyBudget?: number;
}

/** Departments everyone shares (関係課 = "the sections concerned") route nowhere. */
const GENERIC_DEPARTMENTS = new Set(['関係課', '関係各課', '各課']);

function content(
  result: PipelineResult,
  projects: Project[],
  scope: DigestContent['scope'],
  options: DigestOptions,
  changesAll: DigestChange[] | null,
): DigestContent {
  const { data, summary } = result;
  const vocabulary = data.vocabulary.progress;
  const fy = digestFiscalYear(options.month);
  const codes = new Set(projects.map((p) => p.code));
  const byCode = new Map(projects.map((p) => [p.code, p]));
  const counts = {} as Record<StatusCode, number>;
  for (const code of STATUS_CODES) counts[code] = 0;
  const labelCounts = vocabulary.terms.map(() => 0);
  const attention: AttentionItem[] = [];
  // The labels meaning 遅れ or 未着手 need attention, whatever the plan calls them.
  const needsAttention = (status: StatusCode) => status === 'delayed' || status === 'notStarted';
  let progressing = 0;
  for (const a of data.activities) {
    if (a.year !== fy || !codes.has(a.code)) continue;
    counts[a.status] += 1;
    labelCounts[a.label] += 1;
    if (vocabulary.terms[a.label].inRate) progressing += 1;
    if (needsAttention(a.status)) {
      const project = byCode.get(a.code);
      attention.push({
        code: a.code,
        projectName: project?.name ?? '',
        departments: project?.departments ?? [],
        activity: a.activity,
        status: a.status,
        label: vocabulary.terms[a.label].label,
        notes: a.notes,
      });
    }
  }
  const activities = labelCounts.reduce((sum, n) => sum + n, 0);
  const rate = formatRatio(progressing, activities, data.settings.decimals, data.settings.rounding);
  const dueTargets: DueTarget[] = data.targets
    .filter((t) => codes.has(t.code) && t.result === null && t.years.last === fy)
    .map((t) => ({
      code: t.code,
      projectName: byCode.get(t.code)?.name ?? '',
      target: t.target,
      targetYear: yearRangeLabel(t.years, options.lang),
    }));
  // Since the plan's start as the summary has it: 設定's, or the one derived from the activities.
  const start = summary.plan.startYear ?? Number.NEGATIVE_INFINITY;
  let effectThisYear = 0;
  let effectSoFar = 0;
  for (const e of data.effects) {
    if (!codes.has(e.code)) continue;
    if (e.year === fy) effectThisYear = roundTo(effectThisYear + e.amount, summary.effects.decimals);
    if (e.year <= fy && e.year >= start) effectSoFar = roundTo(effectSoFar + e.amount, summary.effects.decimals);
  }
  return {
    scope,
    month: monthKey(options.month),
    fiscalYear: fy,
    counts,
    labels: vocabulary.terms.map((term, index) => ({ label: term.label, count: labelCounts[index] })),
    inRateLabels: vocabulary.terms.filter((term) => term.inRate).map((term) => term.label),
    attentionLabels: vocabulary.terms.filter((term) => needsAttention(term.meaning)).map((term) => term.label),
    labelNames: Object.fromEntries(
      [...vocabulary.terms, ...data.vocabulary.result.terms].filter((term) => term.en).map((term) => [term.label, `${term.label} (${term.en})`]),
    ),
    activities,
    progressing,
    rateText: rate.text,
    attention,
    dueTargets,
    effectThisYear,
    effectSoFar,
    unit: summary.effects.unitLabel,
    unitEn: summary.effects.unit,
    unitDecimals: summary.effects.decimals,
    changes: changesAll === null ? null : changesAll.filter((c) => codes.has(c.code)),
    problems: scope.kind === 'office' ? { error: summary.problemCounts.error, warning: summary.problemCounts.warning } : null,
  };
}

function monthText(month: string, lang: Lang): string {
  const m = parseMonth(month) as MonthRef;
  return label('digestMonth', lang, { y: m.year, m: m.month, mm: String(m.month).padStart(2, '0') });
}

/** Brackets as each language writes them: 全角 in Japanese, half-width after a space in English. */
function paren(text: string, lang: Lang): string {
  return lang === 'ja' ? `（${text}）` : ` (${text})`;
}

function changeLine(change: DigestChange, lang: Lang, name: (label: string) => string): string {
  switch (change.kind) {
    case 'transition':
      return `${label('digestTransition', lang)}: ${change.code} ${change.label} — ${name(change.from)} → ${name(change.to)}`;
    case 'newActivity':
      return `${label('digestNewActivity', lang)}: ${change.code} ${change.label}${paren(name(change.to), lang)}`;
    case 'newResult':
      return `${label('digestNewResult', lang)}: ${change.code} ${change.label} — ${name(change.to)}`;
  }
}

/** The lists a digest may cut to fit a mail: the ones that grow with the plan. */
export type DigestList = 'attention' | 'dueTargets' | 'changes';
const DIGEST_LISTS: DigestList[] = ['attention', 'dueTargets', 'changes'];

/** How many entries of each list a rendering keeps (all when absent). */
export type DigestKeep = Partial<Record<DigestList, number>>;

/**
 * MailApp refuses a body over 200 KB for a consumer account (400 KB for Google
 * Workspace): https://developers.google.com/apps-script/guides/services/quotas#current_limitations.
 * The stricter limit, counted over the text and the HTML body together, with
 * 10 KB left for what the mail adds around them.
 */
/** Characters of the plan's or department's name kept in the subject and intro. */
const NAME_IN_HEADINGS = 100;
export const MAIL_BODY_LIMIT_KB = 200;
export const MAIL_BODY_BUDGET = (MAIL_BODY_LIMIT_KB - 10) * 1024;

/** UTF-8 length of a string, in bytes (a Japanese character takes three). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Keeps the first `keep` lines of a list and says how many more there are. */
function cutLines(lines: string[], keep: number | undefined, lang: Lang): string[] {
  if (keep === undefined || keep >= lines.length) return lines;
  return [...lines.slice(0, keep), label('digestMore', lang, { n: lines.length - keep })];
}

/** Plain-text and HTML bodies from the same lines; every workbook value is escaped in the HTML. */
export function renderDigest(
  c: DigestContent,
  planName: string,
  lang: Lang,
  workbookUrl?: string,
  keep: DigestKeep = {},
): { subject: string; text: string; html: string } {
  const month = monthText(c.month, lang);
  const fy = fiscalYearLabel(c.fiscalYear, lang);
  // The plan's and the department's names are repeated in the subject, the title and the intro of
  // both bodies, where no list cut reaches them: a name of thousands of characters (a cell holds
  // 50,000) would alone pass the mail limit, so they are shortened there (the lists keep them whole).
  const plan = clip(planName, NAME_IN_HEADINGS);
  const department = c.scope.kind === 'office' ? '' : clip(c.scope.name, NAME_IN_HEADINGS);
  const subject = headerSafe(
    c.scope.kind === 'office' ? label('digestSubject', lang, { plan, month }) : label('digestSubjectDepartment', lang, { plan, month, department }),
  );
  const intro = c.scope.kind === 'office' ? label('digestIntroOffice', lang, { fy, month }) : label('digestIntroDepartment', lang, { department, fy, month });
  const sections: { title: string; lines: string[] }[] = [];
  // In English, a label with an English name reads "済 (Done)".
  const name = (text: string) => (lang === 'en' ? (c.labelNames[text] ?? text) : text);
  const countsLine = c.labels.map((entry) => `${name(entry.label)} ${entry.count}`).join(lang === 'ja' ? '、' : ', ');
  // One text per language: no language's words are built for the other.
  const inRateText = lang === 'ja' ? c.inRateLabels.join('・') : `counted in the rate (${c.inRateLabels.join(', ')})`;
  sections.push({
    title: `${label('digestProgress', lang)}${paren(fy, lang)}`,
    lines: [
      label('digestRate', lang, {
        rate: c.rateText,
        n: c.activities,
        p: c.progressing,
        labels: c.inRateLabels.length > 0 ? inRateText : label('inRateNone', lang),
      }),
      countsLine,
    ],
  });
  sections.push({
    // The labels meaning 遅れ or 未着手; a plan with neither still gets a heading that says what the list is.
    title: label('digestAttention', lang, {
      labels: c.attentionLabels.length === 0 ? label('attentionNone', lang) : c.attentionLabels.join(lang === 'ja' ? '・' : ' or '),
    }),
    lines:
      c.attention.length === 0
        ? [label('digestNone', lang)]
        : cutLines(
            c.attention.map(
              (a) =>
                `${a.code} ${a.projectName}${lang === 'ja' ? `【${a.departments.join('、')}】` : ` [${a.departments.join(', ')}]`} ${a.activity} — ${name(a.label)}${a.notes ? paren(a.notes, lang) : ''}`,
            ),
            keep.attention,
            lang,
          ),
  });
  sections.push({
    title: label('digestDue', lang),
    lines:
      c.dueTargets.length === 0
        ? [label('digestNone', lang)]
        : cutLines(
            c.dueTargets.map((t) => `${t.code} ${t.projectName}: ${t.target}${paren(t.targetYear, lang)}`),
            keep.dueTargets,
            lang,
          ),
  });
  sections.push({
    title: label('digestEffects', lang),
    lines: [
      label('digestEffectsLine', lang, {
        year: formatAmount(c.effectThisYear, c.unitDecimals),
        total: formatAmount(c.effectSoFar, c.unitDecimals),
        unit: c.unit,
        unitEn: c.unitEn,
      }),
    ],
  });
  sections.push({
    title: label('digestChanges', lang),
    lines:
      c.changes === null
        ? [label('digestNoPrevious', lang)]
        : c.changes.length === 0
          ? [label('digestNoChanges', lang)]
          : cutLines(
              c.changes.map((change) => changeLine(change, lang, name)),
              keep.changes,
              lang,
            ),
  });
  if (c.problems)
    sections.push({ title: label('digestProblems', lang), lines: [label('digestProblemsLine', lang, { e: c.problems.error, w: c.problems.warning })] });
  const link = workbookUrl && /^https:\/\//.test(workbookUrl) ? workbookUrl : undefined;
  const cut = DIGEST_LISTS.some((list) => keep[list] !== undefined && (keep[list] as number) < listLength(c, list));
  const notice = cut ? label('digestShortened', lang, { limit: MAIL_BODY_LIMIT_KB }) : '';
  const text = [
    subject,
    '',
    intro,
    ...(cut ? ['', notice, ...(link ? [`${label('digestOpen', lang)}: ${link}`] : [])] : []),
    ...sections.flatMap((s) => ['', `■ ${s.title}`, ...s.lines.map((line) => `・${line}`)]),
    ...(link ? ['', `${label('digestOpen', lang)}: ${link}`] : []),
    '',
    '--',
    label('digestFooter', lang),
  ].join('\n');
  const e = escapeHtml;
  const html = [
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${e(subject)}</title></head>`,
    '<body style="font-family: sans-serif; color: #1f2328; max-width: 640px;">',
    `<h1 style="font-size: 18px;">${e(subject)}</h1>`,
    `<p>${e(intro)}</p>`,
    cut ? `<p><strong>${e(notice)}</strong>${link ? ` <a href="${e(link)}">${e(label('digestOpen', lang))}</a>` : ''}</p>` : '',
    ...sections.map(
      (s) =>
        `<h2 style="font-size: 15px; border-bottom: 1px solid #d0d7de;">${e(s.title)}</h2><ul>${s.lines.map((line) => `<li>${e(line)}</li>`).join('')}</ul>`,
    ),
    link ? `<p><a href="${e(link)}">${e(label('digestOpen', lang))}</a></p>` : '',
    `<p style="color: #57606a; font-size: 12px;">${e(label('digestFooter', lang))}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}

function listLength(c: DigestContent, list: DigestList): number {
  return list === 'changes' ? (c.changes?.length ?? 0) : c[list].length;
}

export interface FittedDigest {
  subject: string;
  text: string;
  html: string;
  /** Each list cut to fit, with how many entries it kept of how many; empty when nothing was cut. */
  cut: { list: DigestList; kept: number; total: number }[];
}

/**
 * The digest within a mail body budget (bytes of text and HTML together): when
 * it would pass, the longest list is cut by a fifth at a time — its first
 * entries kept, the rest counted — until it fits; the message then says it was
 * shortened and links to the workbook. A digest that fits is left whole.
 */
export function fitDigest(c: DigestContent, planName: string, lang: Lang, workbookUrl: string | undefined, budget: number): FittedDigest {
  const size = (r: { text: string; html: string }) => utf8Length(r.text) + utf8Length(r.html);
  let rendered = renderDigest(c, planName, lang, workbookUrl);
  if (size(rendered) <= budget) return { ...rendered, cut: [] };
  const keep: Record<DigestList, number> = { attention: c.attention.length, dueTargets: c.dueTargets.length, changes: c.changes?.length ?? 0 };
  for (;;) {
    const longest = DIGEST_LISTS.reduce((a, b) => (keep[b] > keep[a] ? b : a));
    if (keep[longest] === 0) break;
    keep[longest] = Math.floor(keep[longest] * 0.8);
    rendered = renderDigest(c, planName, lang, workbookUrl, keep);
    if (size(rendered) <= budget) break;
  }
  const cut = DIGEST_LISTS.filter((list) => keep[list] < listLength(c, list)).map((list) => ({ list, kept: keep[list], total: listLength(c, list) }));
  return { ...rendered, cut };
}

function hasNews(c: DigestContent): boolean {
  return c.attention.length > 0 || c.dueTargets.length > 0 || (c.changes !== null && c.changes.length > 0);
}

function render(c: DigestContent, planName: string, options: DigestOptions): FittedDigest {
  if (options.mailBodyBudget === undefined) return { ...renderDigest(c, planName, options.lang, options.workbookUrl), cut: [] };
  return fitDigest(c, planName, options.lang, options.workbookUrl, options.mailBodyBudget);
}

/**
 * Plans this month's messages: the planning office gets the whole plan; each
 * department with an address gets its own projects, unless it has nothing to report.
 */
export function planDigest(result: PipelineResult, options: DigestOptions): DigestPlan {
  const { data } = result;
  const { lang } = options;
  const snapshot = takeSnapshot(data, options.month);
  const changes = options.previous ? changesBetween(options.previous, snapshot, data.vocabulary) : null;
  const planName = data.settings.planName ?? 'Shinchoku';
  const messages: DigestMessage[] = [];
  const invalidAddresses: DigestPlan['invalidAddresses'] = [];
  const office = options.officeRecipients.filter((address) => {
    const problem = checkAddress(address);
    if (problem) invalidAddresses.push({ where: 'office', address, reason: addressReason(problem, lang) });
    return problem === null;
  });
  if (office.length > 0) {
    const c = content(result, data.projects, { kind: 'office' }, options, changes);
    messages.push({ key: 'office', to: office, ...render(c, planName, options), content: c });
  }
  const routes = new Map<string, { name: string; emails: string[] }>();
  const sheet = data.sheetNames.departments ?? '部署';
  for (const department of data.departments) {
    const emails = department.emails.filter((address) => {
      const problem = checkAddress(address);
      if (problem) invalidAddresses.push({ where: `${sheet}!${a1(department.row, department.emailColumn)}`, address, reason: addressReason(problem, lang) });
      return problem === null;
    });
    const key = matchKey(department.name);
    const existing = routes.get(key);
    if (existing) existing.emails.push(...emails.filter((a) => !existing.emails.includes(a)));
    else routes.set(key, { name: department.name, emails });
  }
  const projectsByDepartment = new Map<string, { name: string; projects: Project[] }>();
  for (const project of data.projects) {
    for (const name of project.departments) {
      if (GENERIC_DEPARTMENTS.has(name)) continue;
      const key = matchKey(name);
      const entry = projectsByDepartment.get(key) ?? { name, projects: [] };
      entry.projects.push(project);
      projectsByDepartment.set(key, entry);
    }
  }
  const unrouted: string[] = [];
  const quiet: string[] = [];
  for (const [key, { name, projects }] of [...projectsByDepartment].sort((a, b) => a[1].name.localeCompare(b[1].name, 'ja'))) {
    const route = routes.get(key);
    if (!route || route.emails.length === 0) {
      unrouted.push(name);
      continue;
    }
    const c = content(result, projects, { kind: 'department', name: route.name }, options, changes);
    if (!hasNews(c)) {
      quiet.push(route.name);
      continue;
    }
    messages.push({ key: `department:${route.name}`, to: route.emails, ...render(c, planName, options), content: c });
  }
  return { month: monthKey(options.month), fiscalYear: digestFiscalYear(options.month), messages, snapshot, unrouted, invalidAddresses, quiet };
}

/** At most 50 recipients a message: longer lists are split into several sends. */
export function recipientBatches(to: string[], size = 50): string[][] {
  const batches: string[][] = [];
  for (let i = 0; i < to.length; i += size) batches.push(to.slice(i, i + size));
  return batches;
}
