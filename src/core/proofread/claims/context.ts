/**
 * The plan and the draft as the claim readers need them: the plan's labels, goals,
 * years and figures; the draft's lines, table rows and cells, the unit stated above
 * each line and the lines under an earlier state; and the verdicts — findings,
 * figures placed, numbers not placed — with how a figure is compared (check).
 */
import type { FiscalYear } from '../../base/fiscalYear';
import { formatFiscalYear } from '../../base/fiscalYear';
import { formatRatio } from '../../base/ratio';
import type { GoalSummary, Summary } from '../../compute/model';
import { RESULT_MEANINGS } from '../../contract/vocabulary';
import type { NotPlacedReason } from '../../words/proofreadWords';
import type { Term } from '../claimNames';
import { planNames } from '../claimNames';
import { headingLevel, MEASURE_WORDS, namesOf } from '../claimWords';
import type { Row } from '../draftTables';
import { tableRows } from '../draftTables';
import type { NumberToken, YearMention } from '../draftText';
import { MAX_CLAIM_LINE, normalizeDraftLine, numbersOf, yearsOf } from '../draftText';

export interface ClaimFinding {
  line: number;
  stated: string;
  expected: string;
  label: string;
  kind: 'workbook' | 'arithmetic';
}

export interface Placed {
  line: number;
  stated: string;
  label: string;
}

export interface NotPlaced {
  line: number;
  stated: string;
  reason: NotPlacedReason;
}

export interface ClaimsResult {
  findings: ClaimFinding[];
  placed: Placed[];
  notPlaced: NotPlaced[];
}

/** The plan and the draft as every reader of a number needs them, and where their verdicts go. */
export function claimsContext(draft: string, summary: Summary) {
  const rawLines = draft.split(/\r\n|\r|\n/);
  const lines = rawLines.map(normalizeDraftLine);
  /** A year as the draft printed it: 令和元年度, not the 令和1年度 its line was read as. */
  const asPrinted = (index: number, year: string) => {
    const first = year.replace(/^(令和|平成)1年度$/, '$1元年度');
    return first !== year && (rawLines[index] ?? '').normalize('NFKC').replace(/\s/g, '').includes(first) ? first : year;
  };
  const findings: ClaimFinding[] = [];
  const placed: Placed[] = [];
  /** The plan's figure each count checked is (by line and text as stated): a share beside a count is of what the count should be. */
  const planValueOf = new Map<string, number>();
  const notPlaced: NotPlaced[] = [];
  const rounding = summary.plan.rounding;
  // A plan that keeps no 取組活動 has no progress labels of its own (the vocabulary lists the defaults: 済, 未着手 …): a draft's
  // 「未着手」 is then its result label of that name, never a progress label with no figures.
  const terms: Term[] = [
    ...(summary.keeps.activities ? summary.vocabulary.progress : []).map((t, index) => ({
      label: t.label,
      names: namesOf(t),
      meaning: t.meaning,
      kind: 'progress' as const,
      index,
    })),
    ...summary.vocabulary.result.map((t, index) => ({ label: t.label, names: namesOf(t), meaning: t.meaning, kind: 'result' as const, index })),
  ];
  const goals = summary.goals;
  // A goal's own unit (点, 人 …) makes a number its figure: 「84点」 in a plan whose goal counts 点.
  const goalUnits = [...new Set(goals.map((g) => g.unit.normalize('NFKC').trim()))].filter((u) => u !== '' && !/^(?:年|月|日|年度|次|期)$/.test(u));
  const numbersIn = (text: string, line: number) => numbersOf(text, line, goalUnits);
  const planEra = summary.plan.startYear !== null ? (/^(令和|平成)/.exec(formatFiscalYear(summary.plan.startYear, 'long'))?.[1] ?? null) : null;
  const years = new Set(summary.years);
  const handled = new Set<string>();
  const key = (line: number, start: number) => `${line}:${start}`;
  const percent = (n: number, d: number, places: number) => {
    const text = formatRatio(n, d, places, rounding).text;
    return { value: Number(text.replace('%', '')), text };
  };
  const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  const progressRow = (y: FiscalYear) => summary.progress.find((p) => p.year === y && p.activities > 0);
  const resultRow = (y: FiscalYear) => summary.achievement.byYear.find((r) => r.year === y && r.evaluated > 0);
  /** The years with activities: a year without any cannot be what a sentence reports. */
  const activeYears = summary.progress.filter((p) => p.activities > 0).map((p) => p.year);

  const foundKeys = new Set<string>();
  const find = (line: number, stated: string, expected: string, label: string, kind: ClaimFinding['kind'] = 'workbook') => {
    if (foundKeys.has(`${line}|${stated}`)) return;
    foundKeys.add(`${line}|${stated}`);
    findings.push({ line, stated, expected, label, kind });
  };

  // The plan's labels, goals and projects as a text names them (claimNames.ts).
  const { termsIn, cellTerms, goalIn, tableGoal, headerFits, aboutProject } = planNames(summary, terms);

  // ---- Self-checks and workbook checks of table rows ----
  const rows = tableRows(lines, [...terms.map((t) => t.label), ...goals.map((g) => g.name.normalize('NFKC'))]);
  const byTable = new Map<number, Row[]>();
  for (const row of rows) {
    const list = byTable.get(row.table) ?? [];
    list.push(row);
    byTable.set(row.table, list);
  }
  // The unit a line's bare numbers are in: the nearest statement of it above (「（単位：百万円）」, 「単位:千円」), until another.
  const unitAt: string[] = [];
  {
    let unit = '';
    for (const text of lines) {
      const m = text.length > MAX_CLAIM_LINE ? null : /単位\s*[:：]\s*(百万円|千円|円|件|㎡)/.exec(text);
      if (m) unit = m[1];
      unitAt.push(unit);
    }
  }
  const unitAbove = (line: number): string => unitAt[line - 1] ?? '';
  const planOrdinal = /第(\d+)次/.exec((summary.plan.name ?? '').normalize('NFKC'))?.[1] ?? null;
  /** Does a text name another plan (第2次 beside the plan's 第3次)? */
  const otherPlan = (text: string) => planOrdinal !== null && [...text.matchAll(/第(\d+)次/g)].some((m) => m[1] !== planOrdinal);
  const ownPlan = (text: string) => planOrdinal !== null && [...text.matchAll(/第(\d+)次/g)].some((m) => m[1] === planOrdinal);
  const perspectiveNames = summary.perspectives.map((p) => p.name);
  /**
   * The rates the draft defines by the labels it adds (「目標に対する実施率＝（実施②＋一部実施③）÷取組目標①」): the rate's word
   * (実施率) and the result labels of its numerator — wherever the draft says that rate, it is their share.
   */
  const rateDefinitions = new Map<string, Term[]>();
  for (const text of lines) {
    if (text.length > MAX_CLAIM_LINE) continue;
    // (Found from its 「率＝」 and read back to the rate's word: no search that backtracks over a long line.)
    const eq = /率\s*[=＝]/.exec(text);
    if (!eq) continue;
    const word = /\p{Script=Han}{1,12}$/u.exec(text.slice(Math.max(0, eq.index - 12), eq.index + 1))?.[0];
    const numerator = /^[^÷/=＝]+(?=[÷/])/.exec(text.slice(eq.index + eq[0].length))?.[0];
    if (word === undefined || numerator === undefined) continue;
    const named = termsIn(numerator).map((x) => x.term);
    if (named.length > 0 && named.every((t) => t.kind === 'result')) rateDefinitions.set(word, [...new Set(named)]);
  }
  // The rates the plan's own labels say they count in (a 定義 「評価ランクA（進展率に含める）」): wherever the draft says that rate, it
  // is the share of those labels.
  for (const term of terms) {
    if (term.kind !== 'result') continue;
    const definition = (summary.vocabulary.result[term.index]?.definition ?? '').normalize('NFKC');
    for (const m of definition.matchAll(/(\p{Script=Han}{1,8}率)に(?:含|算入)/gu)) {
      const word = m[1];
      if (!rateDefinitions.has(word)) rateDefinitions.set(word, []);
      const named = rateDefinitions.get(word) as Term[];
      if (!named.includes(term)) named.push(term);
    }
  }
  const planLength = summary.years.length;
  const termLabels = new Set(terms.map((t) => t.label.replace(/\s/g, '')));
  /** Each result meaning: its words as a table's total column (「未確定 計」) and in a sentence (未確定, not 達成状況). */
  const meaningTotals = Object.entries(RESULT_MEANINGS).map(
    ([code, m]) => [code, m, new RegExp(`${m.ja}\\s*計`), new RegExp(`${m.ja}(?!${MEASURE_WORDS})`)] as const,
  );
  const planName = (summary.plan.name ?? '').normalize('NFKC');
  const goalNames = goals.map((g) => g.name.normalize('NFKC'));
  const inName = (text: string, name: string, at: number) => {
    for (let k = text.indexOf(name); k >= 0; k = text.indexOf(name, k + 1)) if (at >= k && at < k + name.length) return true;
    return false;
  };
  let stateYear: FiscalYear | null = null;
  // Lines under an earlier state (「参考(H26.3 月末現在の進捗状況)」): their figures need the baseline of that date.
  const earlier: boolean[] = [];
  {
    let before = false;
    for (const text of lines) {
      const state = /現在/.test(text) ? yearsOf(text, planEra, years)[0] : undefined;
      if (state) {
        if (stateYear === null) stateYear = state.year;
        before = state.year < stateYear;
      }
      earlier.push(before);
    }
  }
  const asOfYear = activeYears.length > 0 ? activeYears[activeYears.length - 1] : null;
  // The cells of each line: a number's cell is the one whose text holds it (「5人削減」 holds 5人).
  const cellsOf = new Map<number, { row: Row; header: string; text: string }[]>();
  for (const row of rows)
    for (const cell of row.cells) {
      const list = cellsOf.get(cell.line);
      if (list) list.push({ row, header: cell.header, text: cell.text });
      else cellsOf.set(cell.line, [{ row, header: cell.header, text: cell.text }]);
    }
  /** A number's cell: `nth` is how many numbers of the same text come before it on the line (「2\t2\t0」: the second 2 is the second cell's). */
  const cellOf = (line: number, token: NumberToken, nth = 0) => {
    const cells = cellsOf.get(line) ?? [];
    let seen = 0;
    let last: (typeof cells)[number] | undefined;
    for (const c of cells)
      if (c.text === token.text) {
        last = c;
        if (seen++ === nth) return c;
      }
    return last ?? cells.find((c) => numbersIn(c.text, line).some((t) => t.text === token.text));
  };
  /** A table with rows named by goals (区分 | 数値目標 | 実績, rows 経費削減額, 歳入増額 …): a row that names none (合計) is no
   *  goal's — not the goal carried from a heading above; so is a 合計 column beside columns named by goals (改善額合計). */
  const goalRowTables = new Set(rows.filter((r) => r.label !== '' && goalIn(r.label) !== undefined).map((r) => r.table));
  const goalColumnTables = new Set(rows.filter((r) => r.cells.some((c) => c.header !== '' && goalIn(c.header) !== undefined)).map((r) => r.table));
  const noGoalCell = (row: Row, header: string) =>
    goalIn(row.label) === undefined &&
    goalIn(header) === undefined &&
    (goalRowTables.has(row.table) || (goalColumnTables.has(row.table) && /(?<!累)計$|合計/.test(header)));
  /**
   * The headings each line is under, by the draft's heading structure (headingLevel): the nearest heading above it at any
   * distance, with the headings it is nested in (a (1) under a 2., a 2. under a 第1), read in one pass.
   */
  let headingsOver: string[] | null = null;
  const headingChainAt = (index: number): string => {
    if (headingsOver === null) {
      headingsOver = [];
      const open: { level: number; text: string }[] = [];
      for (const text of lines) {
        headingsOver.push(open.map((h) => h.text).join(' '));
        const level = text.length > MAX_CLAIM_LINE ? null : headingLevel(text);
        if (level === null) continue;
        while (open.length > 0 && open[open.length - 1].level >= level) open.pop();
        open.push({ level, text: text.trim() });
      }
    }
    return headingsOver[index] ?? '';
  };
  /**
   * The words above a table, read once a table: its header lines (at most three lines over its first row) and the headings it is
   * under at any distance — 「２　効果額（単位：千円）」 ten lines and another table above its 合計 row.
   */
  const headings = new Map<number, string>();
  const headingAbove = (row: Row): string => {
    let words = headings.get(row.table);
    if (words === undefined) {
      const first = (byTable.get(row.table) ?? [row]).reduce((min, r) => Math.min(min, ...r.lines), row.lines[0]);
      words = `${headingChainAt(first - 1)} ${lines.slice(Math.max(0, first - 4), first - 1).join(' ')}`;
      headings.set(row.table, words);
    }
    return words;
  };
  const perspectiveOfHeading = (text: string) => {
    const flat = text.replace(/\s/g, '').normalize('NFKC');
    const hits = perspectiveNames.map((n, k) => (n !== '' && flat.includes(n.replace(/\s/g, '').normalize('NFKC')) ? k : -1)).filter((k) => k >= 0);
    return hits.length === 1 ? hits[0] : -1;
  };
  /** Where a line names the plan's perspectives (each by its whole name, spaces in the line ignored), in the line's offsets. */
  const flatNames = perspectiveNames.map((n) => n.replace(/\s/g, '').normalize('NFKC'));
  const perspectiveSpans = (text: string): { start: number; end: number; index: number }[] => {
    const offsets: number[] = [];
    let flat = '';
    for (let k = 0; k < text.length; k++)
      if (!/\s/.test(text[k])) {
        offsets.push(k);
        flat += text[k];
      }
    const spans: { start: number; end: number; index: number }[] = [];
    flatNames.forEach((name, index) => {
      if (name === '') return;
      for (let at = flat.indexOf(name); at >= 0; at = flat.indexOf(name, at + name.length))
        spans.push({ start: offsets[at], end: offsets[at + name.length - 1] + 1, index });
    });
    return spans;
  };
  const ctx = {
    summary,
    rawLines,
    lines,
    asPrinted,
    findings,
    placed,
    notPlaced,
    terms,
    goals,
    numbersIn,
    planEra,
    years,
    handled,
    key,
    percent,
    same,
    progressRow,
    resultRow,
    activeYears,
    foundKeys,
    find,
    termsIn,
    cellTerms,
    goalIn,
    tableGoal,
    headerFits,
    aboutProject,
    rows,
    byTable,
    unitAbove,
    otherPlan,
    ownPlan,
    perspectiveNames,
    rateDefinitions,
    planLength,
    termLabels,
    meaningTotals,
    planName,
    goalNames,
    inName,
    earlier,
    stateYear,
    asOfYear,
    cellOf,
    perspectiveOfHeading,
    perspectiveSpans,
    headingAbove,
    noGoalCell,
    /** How far an approximate figure (約21億円) may be from the plan's: one unit of its last digit, in the unit compared. */
    tolerance: 0,
    planValueOf,
    closeTo,
    wrongYear,
    check,
  };
  /** A figure equal to another as check() compares them (an approximate one within its tolerance). */
  function closeTo(value: number, expected: number): boolean {
    const tolerance = ctx.tolerance;
    return tolerance > 0 ? Math.abs(value - expected) < tolerance : same(Math.round(value * 1000) / 1000, Math.round(expected * 1000) / 1000);
  }

  /**
   * A year named beside a figure that is another year's: when the figure is that of exactly one other year (two or none tell
   * nothing), the year is what is wrong — reported as the year printed and the year whose figure it is. True when reported.
   */
  function wrongYear<T extends { year: FiscalYear }>(
    n: { i: number; lineNo: number; stated: string },
    named: YearMention,
    rows: readonly T[],
    fits: (row: T) => boolean,
  ): boolean {
    const other = onlyOtherYear(rows, named.year, fits);
    if (other === null) return false;
    find(n.lineNo, asPrinted(n.i, named.text), formatFiscalYear(other, 'long'), `${n.stated} の年度`);
    return true;
  }

  function check(line: number, stated: string, value: number, expected: number, expectedText: string, label: string) {
    const tolerance = ctx.tolerance;
    const close = tolerance > 0 ? Math.abs(value - expected) < tolerance : same(Math.round(value * 1000) / 1000, Math.round(expected * 1000) / 1000);
    planValueOf.set(`${line}|${stated}`, expected);
    if (close) placed.push({ line, stated, label });
    else find(line, stated, expectedText, label);
  }
  return ctx;
}

export type ClaimsContext = ReturnType<typeof claimsContext>;

/** The one year other than `named` whose row fits (exactly one: none, or two or more, tell nothing), or null. */
export function onlyOtherYear<T extends { year: FiscalYear }>(rows: readonly T[], named: FiscalYear, fits: (row: T) => boolean): FiscalYear | null {
  let other: FiscalYear | null = null;
  for (const row of rows) {
    if (row.year === named || !fits(row)) continue;
    if (other !== null && other !== row.year) return null;
    other = row.year;
  }
  return other;
}

/** A number of the draft with what its line, clause, cell and the headings above say about it. */
export interface NumberContext {
  /** The line's index (0-based) and number (1-based), its normalised text and its numbers. */
  i: number;
  lineNo: number;
  text: string;
  tokens: NumberToken[];
  token: NumberToken;
  tokenIndex: number;
  stated: string;
  isPercent: boolean;
  /** 約 before it. */
  approx: boolean;
  clause: { start: number; end: number };
  clauseText: string;
  cellInfo: CellInfo | undefined;
  rowLabel: string;
  header: string;
  /** What the sentence says of the number: its clause and the topic before it. */
  scope: string;
  scopeYears: YearMention[];
  topicYear: YearMention | null;
  explicitYear: YearMention | null;
  clauseYears: YearMention[];
  year: FiscalYear | null;
  through: FiscalYear | null;
  labelHere: { term: Term; start: number; end: number }[];
  lead: string;
  goal: GoalSummary | undefined;
  results: Summary['achievement'] | Summary['achievement']['byPerspective'][number];
  resultRowOf: (y: FiscalYear) => Summary['achievement']['byYear'][number] | undefined;
  perspectiveRow: Summary['achievement']['byPerspective'][number] | undefined;
  carriedPerspective: number;
  nonSpaceAt: (offset: number) => number;
  sentenceHere: (at: number) => string;
  amountLike: boolean;
  earlierState: boolean;
  term: Term | undefined;
  group: Term[];
}

/** A number's table cell: its row, its column's header and its text. */
export interface CellInfo {
  row: Row;
  header: string;
  text: string;
}
