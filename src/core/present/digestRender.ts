/**
 * The digest written out: one message's text and HTML, cut to the mail body limit when it must be.
 */
import { escapeHtml, headerSafe } from '../base/email';
import { formatAmount } from '../base/numbers';
import { clip } from '../base/text';
import { digestAttentionList, digestInRateList, digestLabelName, digestParen } from '../words/digestWords';
import { type Lang, label } from '../words/messages';
import { meaningName } from '../words/tableWords';
import { fiscalYearLabel } from '../words/yearLabels';
import type { DigestContent, DigestOptions, DigestResults } from './digestContent';
import { type MonthRef, monthEndDate, parseMonth } from './digestMonth';
import type { DigestChange } from './digestSnapshot';

function monthText(month: string, lang: Lang): string {
  const m = parseMonth(month) as MonthRef;
  return label('digestMonth', lang, { y: m.year, m: m.month, mm: String(m.month).padStart(2, '0') });
}

function changeLine(change: DigestChange, lang: Lang, name: (label: string) => string): string {
  switch (change.kind) {
    case 'transition':
      return `${label('digestTransition', lang)}: ${change.code} ${change.label} — ${name(change.from)} → ${name(change.to)}`;
    case 'newActivity':
      return `${label('digestNewActivity', lang)}: ${change.code} ${change.label}${digestParen(name(change.to), lang)}`;
    case 'newResult':
      return `${label('digestNewResult', lang)}: ${change.code} ${change.label} — ${name(change.to)}`;
  }
}

/** The whole plan's results in three lines: the denominator, each label and shared meaning's total with its share, what is outside. */
function resultLines(r: DigestResults, lang: Lang, name: (label: string) => string): string[] {
  const count = (n: number, share: string | null) => (share === null ? label('digestCount', lang, { n }) : label('digestCountShare', lang, { n, share }));
  const items = [
    ...r.labels.map((entry) => `${name(entry.label)} ${count(entry.count, entry.shareText)}`),
    ...r.totals.map((entry) => `${label('meaningTotal', lang, { meaning: meaningName(entry.meaning, lang) })} ${count(entry.count, entry.shareText)}`),
    ...(r.unevaluated ? [`${label('unevaluated', lang)} ${count(r.unevaluated.count, r.unevaluated.shareText)}`] : []),
  ];
  const note = r.allUndetermined
    ? [label('allUndeterminedNote', lang, { n: r.undetermined })]
    : r.undetermined > 0
      ? [label('undeterminedNote', lang, { n: r.undetermined })]
      : [];
  return [
    `${label(r.denominator === 'all' ? 'denominatorAllTargets' : 'denominatorEvaluated', lang)} ${label('digestCount', lang, { n: r.denominatorCount })}`,
    items.join(label('joinList', lang)),
    ...note,
  ];
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
  // Named in the era of the month's last day (平成31年度 for 2019-04, 令和元年度 from 2019-05).
  const fy = fiscalYearLabel(c.fiscalYear, lang, monthEndDate(parseMonth(c.month) as MonthRef));
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
  const name = (text: string) => digestLabelName(text, lang, c.labelNames);
  // Each meaning two or more labels share, with its total after the labels (概ね順調 計 8).
  const totals = c.meaningTotals.map((entry) => `${label('meaningTotal', lang, { meaning: meaningName(entry.meaning, lang) })} ${entry.count}`);
  const countsLine = [...c.labels.map((entry) => `${name(entry.label)} ${entry.count}`), ...totals].join(label('joinList', lang));
  // One text per language: no language's words are built for the other.
  const inRateText = digestInRateList(c.inRateLabels, lang);
  // A section on records the plan does not keep is left out (the intro's next line says which).
  if (c.keeps.activities)
    sections.push({
      title: `${label('digestProgress', lang)}${digestParen(fy, lang)}`,
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
  if (c.keeps.activities)
    sections.push({
      // The labels meaning 遅れ or 未着手; a plan with neither still gets a heading that says what the list is.
      title: label('digestAttention', lang, {
        labels: c.attentionLabels.length === 0 ? label('attentionNone', lang) : digestAttentionList(c.attentionLabels, lang),
      }),
      lines:
        c.attention.length === 0
          ? [label('digestNone', lang)]
          : cutLines(
              c.attention.map(
                (a) =>
                  `${a.code} ${a.projectName}${label('digestDepartments', lang, { departments: a.departments.length > 0 ? a.departments.join(label('joinList', lang)) : label('digestNoDepartment', lang) })} ${a.activity} — ${name(a.label)}${a.notes ? digestParen(a.notes, lang) : ''}`,
              ),
              keep.attention,
              lang,
            ),
    });
  if (c.keeps.targets)
    sections.push({
      title: label('digestDue', lang),
      lines:
        c.dueTargets.length === 0
          ? [label('digestNone', lang)]
          : cutLines(
              c.dueTargets.map((t) => `${t.code} ${t.projectName}: ${t.target}${digestParen(t.targetYear, lang)}`),
              keep.dueTargets,
              lang,
            ),
    });
  if (c.results) sections.push({ title: label('digestResults', lang), lines: resultLines(c.results, lang, name) });
  if (c.keeps.effects)
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
    ...(c.notKept ? [c.notKept] : []),
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
    ...(c.notKept ? [`<p>${e(c.notKept)}</p>`] : []),
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

export function hasNews(c: DigestContent): boolean {
  return c.attention.length > 0 || c.dueTargets.length > 0 || (c.changes !== null && c.changes.length > 0);
}

export function render(c: DigestContent, planName: string, options: DigestOptions): FittedDigest {
  if (options.mailBodyBudget === undefined) return { ...renderDigest(c, planName, options.lang, options.workbookUrl), cut: [] };
  return fitDigest(c, planName, options.lang, options.workbookUrl, options.mailBodyBudget);
}
