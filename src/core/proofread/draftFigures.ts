/**
 * Figures of a draft in any layout: found by their label and their year
 * wherever they stand — in a table whose header names its columns (years
 * across, or labels across), or in a sentence (「令和7年度の進捗率は66.7%でした」,
 * 「Aは7件（14.6%）」, 「合計 25,692」) — with the plan's own words, years and
 * money unit. Used by the proof-reader beside its rules for the seed's layout.
 *
 * A figure carries how to work out its expected value for another year or
 * another label, so a wrong year label or category label is reported once, as
 * that, instead of as every figure it puts out of place.
 */
import { type FiscalYear, formatFiscalYear, parseFiscalYear } from '../base/fiscalYear';
import { formatAmount, formatArea, roundTo, toHundredths } from '../base/numbers';
import { formatRatio } from '../base/ratio';
import { escapeRegExp, matchKey } from '../base/text';
import type { Summary } from '../compute/summarize';

export interface Expected {
  value: number;
  text: string;
}

export interface Figure {
  line: number;
  stated: string;
  /** The stated number. */
  value: number;
  label: string;
  /** What the workbook says; undefined when it has no such figure. */
  workbook?: Expected;
  /** What the draft's own figures imply. */
  arithmetic?: Expected;
  /** For a figure that belongs to a year: the year label as stated and where, and what the figure would be in another year. */
  year?: { stated: string; line: number; unit: string; forYear: (year: FiscalYear) => Expected | undefined };
  /** For a count or share of one of the plan's labels: the label as stated and what the figure would be under another label. */
  category?: { stated: string; line: number; unit: string; kind: 'progress' | 'result'; index: number; forLabel: (index: number) => Expected | undefined };
}

/** What each figure of the plan is, for one year or for the plan: the expected values, from the summary. */
export class PlanFigures {
  readonly unit: string;
  readonly decimals: number;
  readonly progressLabels: string[];
  readonly resultLabels: string[];
  constructor(readonly summary: Summary) {
    this.unit = summary.effects.unitLabel;
    this.decimals = summary.effects.decimals;
    this.progressLabels = summary.vocabulary.progress.map((term) => term.label);
    this.resultLabels = summary.vocabulary.result.map((term) => term.label);
  }

  private progress(year: FiscalYear) {
    return this.summary.progress.find((p) => p.year === year);
  }

  percent(stated: string, n: number, d: number): Expected | undefined {
    if (d <= 0) return undefined;
    const decimals = stated.includes('.') ? stated.length - stated.indexOf('.') - 1 : 0;
    const text = formatRatio(n, d, decimals, this.summary.plan.rounding).text;
    return { value: Number(text.replace('%', '')), text };
  }

  count(value: number | undefined, suffix = ''): Expected | undefined {
    return value === undefined ? undefined : { value, text: `${value}${suffix}` };
  }

  amount(value: number | undefined, withUnit: boolean): Expected | undefined {
    return value === undefined ? undefined : { value, text: `${formatAmount(value, this.decimals)}${withUnit ? this.unit : ''}` };
  }

  area(value: number | undefined): Expected | undefined {
    return value === undefined ? undefined : { value, text: `${formatArea(toHundredths(value))}㎡` };
  }

  rate(year: FiscalYear, stated: string): Expected | undefined {
    const p = this.progress(year);
    return p ? this.percent(stated, p.progressing, p.activities) : undefined;
  }

  activities(year: FiscalYear): number | undefined {
    return this.progress(year)?.activities;
  }

  projects(year: FiscalYear): number | undefined {
    return this.progress(year)?.projects;
  }

  // A label's index is always one of the plan's (its labels, in the vocabulary's order, are in every row): only a year can be missing.
  labelCount(year: FiscalYear, index: number): number | undefined {
    return this.progress(year)?.labels[index].count;
  }

  labelShare(year: FiscalYear, index: number, stated: string): Expected | undefined {
    const p = this.progress(year);
    return p ? this.percent(stated, p.labels[index].count, p.activities) : undefined;
  }

  resultCount(index: number, year?: FiscalYear): number | undefined {
    if (year === undefined) return this.summary.achievement.labels[index].count;
    return this.summary.achievement.byYear.find((row) => row.year === year)?.labels[index].count;
  }

  resultShare(index: number, stated: string, year?: FiscalYear): Expected | undefined {
    const a = this.summary.achievement;
    const row = year === undefined ? { evaluated: a.evaluated, labels: a.labels } : a.byYear.find((r) => r.year === year);
    return row ? this.percent(stated, row.labels[index].count, row.evaluated) : undefined;
  }

  evaluated(year?: FiscalYear): number | undefined {
    if (year === undefined) return this.summary.achievement.evaluated;
    return this.summary.achievement.byYear.find((row) => row.year === year)?.evaluated;
  }

  effect(year: FiscalYear): number | undefined {
    return this.summary.effects.byYear.find((e) => e.year === year)?.amount;
  }

  areaOf(year: FiscalYear, kind: 'abolished' | 'added'): number | undefined {
    const f = this.summary.floorArea.byYear.find((row) => row.year === year);
    return f ? f[kind] : undefined;
  }
}

/** A number as drafts print it: 1,234, 12.5, ０ (already NFKC). */
const NUM = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const YEAR = '(?:令和|平成)(?:\\d+|元)年度|(?:19|20)\\d{2}年度|FY(?:19|20)\\d{2}|(?<![A-Za-z])[RH]\\d{1,2}(?:年度)?(?![\\d.])';
const number = (text: string) => Number(text.replace(/,/g, ''));
/** A cell that is a year label and nothing else (made once: a pattern made for every cell of a long row costs more than it matches). */
const YEAR_CELL = new RegExp(`^(${YEAR})$`);

/** The first index of a sorted array whose value is at least `value`. */
function lowerBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function yearOf(text: string): FiscalYear | null {
  return parseFiscalYear(text.replace('元年度', '1年度'));
}

/** A year label with the year it names, or null when it names none. */
function statedYear(text: string): { value: FiscalYear; text: string } | null {
  const value = yearOf(text);
  return value === null ? null : { value, text };
}

/**
 * What cell.replace(/\(([^)]*)\)$/, replace) gives, without a regular expression
 * that scans to the end of the cell from every ( — quadratic on a cell of ( with
 * no ). The match is the first ( after the last ) but the final one.
 */
export function replaceFinalParenthesis(cell: string, replace: (inner: string) => string): string {
  if (!cell.endsWith(')')) return cell;
  const open = cell.indexOf('(', cell.lastIndexOf(')', cell.length - 2) + 1);
  if (open < 0 || open > cell.length - 2) return cell;
  return `${cell.slice(0, open)}${replace(cell.slice(open + 1, cell.length - 1))}`;
}

/** The column a table header names. */
type Column =
  | { kind: 'projects' }
  | { kind: 'activities' }
  | { kind: 'rate' }
  | { kind: 'progressing' }
  | { kind: 'evaluated' }
  | { kind: 'effect' }
  | { kind: 'area'; which: 'abolished' | 'added' }
  | { kind: 'progressLabel'; index: number; share: boolean; stated: string }
  | { kind: 'resultLabel'; index: number; share: boolean; stated: string };

/** A header cell as a column of the plan, or null when it names nothing we know. */
function columnOf(cell: string, plan: PlanFigures): Column | null {
  const key = matchKey(replaceFinalParenthesis(cell, (inner) => (/割合|%/.test(inner) ? ' 割合' : '')));
  if (/^(事業数|取組事業数)$/.test(key)) return { kind: 'projects' };
  if (/^(取組活動数|活動数)$/.test(key)) return { kind: 'activities' };
  if (key === '進捗率') return { kind: 'rate' };
  if (key === '評価数') return { kind: 'evaluated' };
  if (/^(財政健全化)?効果額$/.test(key)) return { kind: 'effect' };
  if (key === '廃止面積') return { kind: 'area', which: 'abolished' };
  if (key === '増加面積') return { kind: 'area', which: 'added' };
  const inRate = plan.summary.vocabulary.progress.filter((t) => t.inRate).map((t) => matchKey(t.label));
  if (inRate.length > 0 && key === inRate.join('+')) return { kind: 'progressing' };
  const share = /(割合|share)$/.test(key);
  const bare = key.replace(/(件数|割合|count|share)$/, '');
  const p = plan.progressLabels.findIndex((label) => matchKey(label) === bare);
  if (p >= 0) return { kind: 'progressLabel', index: p, share, stated: cell };
  const r = plan.resultLabels.findIndex((label) => matchKey(label) === bare);
  if (r >= 0) return { kind: 'resultLabel', index: r, share, stated: cell };
  return null;
}

function cellsOf(line: string): string[] {
  return (line.includes('\t') ? line.split('\t') : line.split(' ')).map((cell) => cell.trim()).filter((cell) => cell !== '');
}

/** The plan's total fiscal effect as a draft states it; `parts` are the draft's own yearly figures that should add up to it. */
function effectTotalFigure(plan: PlanFigures, line: number, stated: { value: number; text: string }, parts?: number[]): Figure {
  const sum = parts?.reduce((a, b) => roundTo(a + b, 6), 0);
  return {
    line,
    stated: stated.text,
    value: stated.value,
    label: '財政健全化効果額 合計',
    workbook: plan.amount(plan.summary.effects.total, stated.text.endsWith(plan.unit)),
    arithmetic: sum === undefined || parts?.length === 0 ? undefined : { value: sum, text: formatAmount(sum, plan.decimals) },
  };
}

/** A stated value cell: 1,234 / 12.5% / 7事業 / 1,234千円 / 5,000.00m2 / － (none). */
function cellValue(cell: string, valuePattern: RegExp): { value: number; text: string } | null {
  // The full-width － arrives as - (the proof-reader's lines are NFKC).
  if (cell === '-') return { value: 0, text: cell };
  const m = valuePattern.exec(cell);
  return m ? { value: number(m[1]), text: cell } : null;
}

/**
 * Tables whose header names their columns, in any order and any plan: years
 * across (区分 令和6年度 令和7年度 … 計) with a known label in each row, or known
 * labels across (年度 事業数 取組活動数 A B C D) with a year in each row.
 * Only lines the seed-layout rules did not read are looked at.
 */
export function tableFigures(lines: string[], claimed: Set<number>, plan: PlanFigures, section: (index: number) => string): Figure[] {
  const figures: Figure[] = [];
  let yearColumns: (FiscalYear | 'total')[] | null = null;
  /** The header of a years-across table: its line and each year column's text, where a wrong year label stands. */
  let yearHeader = { line: 0, texts: [] as string[] };
  let labelColumns: Column[] | null = null;
  let labelHeaderLine = 0;
  let effectRows: number[] = [];
  const unit = plan.unit;
  const valuePattern = new RegExp(`^(${NUM})(%|事業|件|${escapeRegExp(unit)}|m2)?$`);
  const totalPattern = new RegExp(`^(?:合計|総計)(?:額)? ?(${NUM}) ?(${escapeRegExp(unit)})?$`);
  lines.forEach((line, index) => {
    const n = index + 1;
    if (claimed.has(n)) {
      yearColumns = null;
      labelColumns = null;
      return;
    }
    const cells = cellsOf(line);
    // A perspective's 取組結果 counts its own projects, not the plan's: the seed-layout rules read those.
    if (cells.length < 2 || section(index) === '取組結果') return;
    // A header of years: 区分 令和6年度 令和7年度 … (計).
    const years = cells.map((cell) => (/^(計|合計)$/.test(cell) ? 'total' : YEAR_CELL.test(cell) ? yearOf(cell) : null));
    const yearCount = years.filter((y) => typeof y === 'number').length;
    if (yearCount >= 2 && years.slice(1).every((y) => y !== null)) {
      const first = years[0] === null ? 1 : 0;
      yearColumns = years.slice(first) as (FiscalYear | 'total')[];
      yearHeader = { line: n, texts: cells.slice(first) };
      labelColumns = null;
      claimed.add(n);
      return;
    }
    // A header of labels: 年度 事業数 取組活動数 A B C D.
    if (/^(取組年度|年度|目標年度|fiscalyear|year)$/i.test(matchKey(cells[0]))) {
      const columns = cells.slice(1).map((cell) => columnOf(cell, plan));
      if (columns.length > 0 && columns.every((c) => c !== null)) {
        labelColumns = columns as Column[];
        labelHeaderLine = n;
        yearColumns = null;
        effectRows = [];
        claimed.add(n);
        return;
      }
    }
    const values = cells.slice(1).map((cell) => cellValue(cell, valuePattern));
    if (yearColumns && values.length === yearColumns.length && values.every((v) => v !== null)) {
      const column = columnOf(cells[0], plan);
      if (!column) return;
      claimed.add(n);
      const stated = values as { value: number; text: string }[];
      yearColumns.forEach((year, i) => {
        if (year === 'total') return;
        // A wrong year here is the column's header: all of the column's figures, one finding there.
        const at = { stated: yearHeader.texts[i], line: yearHeader.line, unit: `yearColumn${yearHeader.line}:${i}` };
        const figure = rowFigure(column, year, stated[i], n, plan, at, undefined);
        if (figure) figures.push(figure);
      });
      const total = yearColumns.indexOf('total');
      if (total >= 0 && column.kind === 'effect')
        figures.push(
          effectTotalFigure(
            plan,
            n,
            stated[total],
            stated.filter((_, i) => i !== total).map((v) => v.value),
          ),
        );
      return;
    }
    if (labelColumns && values.length === labelColumns.length && values.every((v) => v !== null)) {
      const stated = values as { value: number; text: string }[];
      const head = cells[0];
      const year = YEAR_CELL.test(head) ? yearOf(head) : null;
      const isTotal = /^(合計|計)$/.test(head);
      // A row of the table, whatever its head (平均…): not prose.
      claimed.add(n);
      if (year !== null) {
        labelColumns.forEach((column, i) => {
          const figure = rowFigure(column, year, stated[i], n, plan, { stated: head, line: n, unit: `row${n}` }, labelHeaderLine);
          if (figure) figures.push(figure);
          if (column.kind === 'effect') effectRows.push(stated[i].value);
        });
      } else if (isTotal) {
        labelColumns.forEach((column, i) => {
          if (column.kind === 'effect') figures.push(effectTotalFigure(plan, n, stated[i], effectRows));
        });
      }
      return;
    }
    // 合計 25,692 (千円) under a 効果額 heading: the plan's total, with or without its unit.
    const total = totalPattern.exec(line);
    if (total && /効果額/.test(section(index))) figures.push(effectTotalFigure(plan, n, { value: number(total[1]), text: `${total[1]}${total[2] ?? ''}` }));
  });
  return figures;
}

/** One value of a table row: what the workbook says for that year and column. */
function rowFigure(
  column: Column,
  year: FiscalYear,
  stated: { value: number; text: string },
  line: number,
  plan: PlanFigures,
  /** Where the figure's year is stated: the row's head (labels across) or the column's header (years across). */
  yearAt: { stated: string; line: number; unit: string },
  headerLine: number | undefined,
): Figure | null {
  const withUnit = stated.text.endsWith(plan.unit);
  const forYear = (y: FiscalYear): Expected | undefined => {
    switch (column.kind) {
      case 'projects':
        return plan.count(plan.projects(y));
      case 'activities':
        return plan.count(plan.activities(y));
      case 'rate':
        return plan.rate(y, stated.text.replace('%', ''));
      case 'progressing':
        return plan.count(plan.summary.progress.find((p) => p.year === y)?.progressing);
      case 'evaluated':
        return plan.count(plan.evaluated(y));
      case 'effect':
        return plan.amount(plan.effect(y), withUnit);
      case 'area':
        return plan.area(plan.areaOf(y, column.which));
      case 'progressLabel':
        return column.share ? plan.labelShare(y, column.index, stated.text.replace('%', '')) : plan.count(plan.labelCount(y, column.index));
      case 'resultLabel':
        return column.share ? plan.resultShare(column.index, stated.text.replace('%', ''), y) : plan.count(plan.resultCount(column.index, y));
    }
  };
  if (stated.text === '-') {
    // － is "none": a rate or share of nothing; a count of zero.
    if (column.kind === 'rate' || ('share' in column && column.share)) return null;
  }
  const names: Record<string, string> = {
    projects: '事業数',
    activities: '取組活動数',
    rate: '進捗率',
    progressing: plan.summary.vocabulary.progress
      .filter((t) => t.inRate)
      .map((t) => t.label)
      .join('＋'),
    evaluated: '評価数',
    effect: '財政健全化効果額',
    area: column.kind === 'area' && column.which === 'added' ? '増加面積' : '廃止面積',
  };
  const labelName =
    column.kind === 'progressLabel'
      ? `${plan.progressLabels[column.index]}${column.share ? ' 割合' : ''}`
      : column.kind === 'resultLabel'
        ? `${plan.resultLabels[column.index]}${column.share ? ' 割合' : ' 件数'}`
        : names[column.kind];
  const figure: Figure = {
    line,
    stated: stated.text,
    value: stated.value,
    label: `${formatFiscalYear(year)} ${labelName}`,
    workbook: forYear(year),
    year: { ...yearAt, forYear },
  };
  if ((column.kind === 'progressLabel' || column.kind === 'resultLabel') && headerLine !== undefined) {
    const kind = column.kind === 'progressLabel' ? 'progress' : 'result';
    const share = column.share;
    figure.category = {
      stated: column.stated,
      line: headerLine,
      unit: `column${headerLine}:${kind}:${column.index}:${share}`,
      kind,
      index: column.index,
      forLabel: (index) =>
        kind === 'progress'
          ? share
            ? plan.labelShare(year, index, stated.text.replace('%', ''))
            : plan.count(plan.labelCount(year, index))
          : share
            ? plan.resultShare(index, stated.text.replace('%', ''), year)
            : plan.count(plan.resultCount(index, year)),
    };
  }
  return figure;
}

type KeywordKind = 'rate' | 'activities' | 'effect' | 'evaluated' | 'total' | 'achievedShare';

/** What a figure in a sentence is of: a keyword before it (進捗率…), or one of the plan's labels (index into its kind's labels). */
type SentenceLabel = { at: number; end: number; text: string } & ({ kind: KeywordKind } | { kind: 'progress' | 'result'; index: number });

/** A sentence of the draft's prose, with where each of its characters came from. */
export interface Prose {
  text: string;
  lineAt: (offset: number) => number;
}

/**
 * Figures in sentences: a number with its unit (%, 件, 事業, the money unit, ㎡),
 * the label nearest before it (進捗率, 取組活動, 効果額, one of the plan's labels…)
 * and the year nearest before it in the same sentence.
 */
export function sentenceFigures(prose: Prose, plan: PlanFigures): Figure[] {
  const figures: Figure[] = [];
  const unit = plan.unit;
  const U = escapeRegExp(unit);
  // A label is a whole word: not the 達成 of 一部達成 or 未達成 (a particle before it is fine: うち済が…).
  const boundary = '(?<![A-Za-z0-9ァ-ヶ一-龥])';
  const labelAlternatives = [
    ...plan.progressLabels.map((label, index) => ({ re: `${boundary}(?:区分)?「?${escapeRegExp(label)}」?`, kind: 'progress' as const, index, label })),
    ...plan.resultLabels.map((label, index) => ({ re: `${boundary}「?${escapeRegExp(label)}」?`, kind: 'result' as const, index, label })),
  ];
  const keywords: { re: RegExp; kind: KeywordKind }[] = [
    { re: /進捗率/g, kind: 'rate' },
    { re: /取組活動(?:数)?/g, kind: 'activities' },
    { re: /(?:財政健全化)?効果額/g, kind: 'effect' },
    { re: /達成するべき事項|評価(?:を終えた|した)?事項/g, kind: 'evaluated' },
    { re: /合計|累計|総額/g, kind: 'total' },
    { re: /達成率/g, kind: 'achievedShare' },
  ];
  const sentences = [...prose.text.matchAll(/[^。]+。?/g)];
  const yearThenParticle = new RegExp(`(?:${YEAR})(?:は|が|も|で|には)?$`);
  // Each pattern made once, not once per sentence (matchAll copies it, so a shared one is safe).
  const yearsPattern = new RegExp(YEAR, 'g');
  const labelPatterns = labelAlternatives.map((alt) => new RegExp(`${alt.re}(?=(?:は|が|:|：)?(?:${NUM})件|の(?:件数|割合))`, 'g'));
  const figurePattern = new RegExp(`(?<![\\d,.万億])(約)?(${NUM})(%|件|事業|${U}|m2)`, 'g');
  // A sentence without a year speaks of the year of the sentence before (「令和8年度は…。区分Aは7件…」).
  let carriedYear: { text: string; unit: string } | null = null;
  let previous: { end: number; label?: SentenceLabel; unitText: string } | null = null;
  sentences.forEach((sm, sentenceIndex) => {
    const sentence = sm[0];
    const base = sm.index ?? 0;
    const years = [...sentence.matchAll(yearsPattern)].map((m) => ({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0] }));
    const labels: SentenceLabel[] = [];
    for (const k of keywords)
      for (const m of sentence.matchAll(k.re)) labels.push({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: k.kind, text: m[0] });
    for (const [i, alt] of labelAlternatives.entries())
      for (const m of sentence.matchAll(labelPatterns[i]))
        labels.push({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: alt.kind, index: alt.index, text: alt.label });
    labels.sort((a, b) => a.at - b.at);
    type Label = (typeof labels)[number];
    // Where 前年… stand, found once per sentence: a test on the text between a year and each figure is quadratic in a long sentence.
    const shiftAt: number[] = [];
    for (const m of sentence.matchAll(/(?=前年|昨年|翌年|前回|前期|次年)/g)) shiftAt.push(m.index ?? 0);
    let shiftNext = 0;
    /** Whether 前年… stands wholly within [from, to) (each is two characters). */
    const shiftedWithin = (from: number, to: number): boolean => {
      // Figures come in order, and `from` (a year's end) never goes back past a figure: a pointer is enough, with a search when it does.
      if (shiftNext > 0 && shiftAt[shiftNext - 1] >= from) shiftNext = lowerBound(shiftAt, from);
      while (shiftNext < shiftAt.length && shiftAt[shiftNext] < from) shiftNext++;
      return shiftNext < shiftAt.length && shiftAt[shiftNext] + 2 <= to;
    };
    /** How many years end at or before a place, and how many labels start at or before it: counted forward as the figures go. */
    let yearsUpTo = 0;
    let labelsUpTo = 0;
    /** Whether the text between two years says a range (…から…まで, ～), once for each pair. */
    const rangeBetween = new Map<number, boolean>();
    // The figure before, from the sentence before: its label may carry over (…97.9%でした。前年度の令和7年度は91.1%).
    if (previous) previous = { ...previous, end: -1 };
    const inherited = years.length === 0 ? carriedYear : null;
    const distinct = [...new Set(years.map((y) => y.text))];
    carriedYear = distinct.length === 1 ? { text: distinct[0], unit: `${sentenceIndex}@${years[0].at}` } : years.length === 0 ? carriedYear : null;
    // A number with its unit; not the tail of 62万2,971千円 (万, 億 before it).
    for (const m of sentence.matchAll(figurePattern)) {
      const at = m.index ?? 0;
      if (m[1]) continue; // 約…: an approximation is not checked.
      const unitText = m[3];
      const valueText = m[2];
      const value = number(valueText);
      // The year: the last one before the figure; a range (…から…まで, ～) makes it the plan's.
      // (years and labels are in order of where they stand; figures too.)
      while (yearsUpTo < years.length && years[yearsUpTo].end <= at) yearsUpTo++;
      const lastYear = yearsUpTo > 0 ? years[yearsUpTo - 1] : undefined;
      let range = false;
      if (yearsUpTo >= 2 && lastYear) {
        const known = rangeBetween.get(yearsUpTo);
        range = known ?? /から|～|~|-/.test(sentence.slice(years[yearsUpTo - 2].end, lastYear.at));
        rangeBetween.set(yearsUpTo, range);
      }
      const yearText = lastYear?.text ?? inherited?.text;
      // A carried year stays one group with the sentence that named it: a wrong year label there is one finding.
      const yearUnit = lastYear ? `${sentenceIndex}@${lastYear.at}` : (inherited?.unit ?? `none${sentenceIndex}`);
      // 前年度 / 前回 … between the year and the figure: some other year, not told: not checked.
      const shifted = shiftedWithin(lastYear ? lastYear.end : 0, at);
      const year = yearText && !range && !shifted ? statedYear(yearText) : null;
      // The label: the last one between the previous figure and this one; else the previous figure's (…、令和6年度は87.9%).
      const since: number = Math.max(0, previous?.end ?? 0);
      // A keyword stands for the figure only close before it: 進捗率は…97.9%, 達成するべき事項は11件 — not 達成するべき事項を除く（4件）.
      const reach: Record<string, number> = { rate: 14, activities: 10, effect: 16, total: 6, achievedShare: 6 };
      const joins = (l: Label) =>
        l.kind in reach ? at - l.end <= reach[l.kind] : /^(?:は|が|:|：|の合計数は|の合計は|の件数は)?$/.test(sentence.slice(l.end, at));
      // The last label (in the order sorted above) that starts at or after `since` and ends before the figure:
      // only the labels since the figure before are looked at, so each is looked at about once.
      while (labelsUpTo < labels.length && labels[labelsUpTo].at <= at) labelsUpTo++;
      let label: Label | undefined;
      for (let i = labelsUpTo - 1; i >= 0 && labels[i].at >= since; i--) {
        const l = labels[i];
        if (l.end <= at && joins(l)) {
          label = l;
          break;
        }
      }
      const parenthesised = at > 0 && (sentence[at - 1] === '(' || sentence[at - 1] === '（') && unitText === '%' && previous?.unitText === '件';
      if (!label && parenthesised && previous?.label) label = previous.label;
      // …unless another measure is named in between (LED化率は72%): then the figure is not ours.
      const between = sentence.slice(since, at);
      // Only a year and a particle between them (…、令和6年度は87.9%): 「前年度より2件減りました」 is not the same measure.
      if (!label && previous?.label && previous.unitText === unitText && yearThenParticle.test(between)) label = previous.label;
      // 48件の取組活動 / 19事業: the label after the number.
      const after = sentence.slice(at + m[0].length);
      if (!label && /^(?:の|件の|つの)?取組活動/.test(after)) label = { at, end: at, kind: 'activities', text: '取組活動' };
      previous = { end: at + m[0].length, label, unitText };
      const line = prose.lineAt(base + at);
      const figure = sentenceFigure(plan, {
        label,
        unitText,
        valueText,
        value,
        year,
        range,
        parenthesised,
        line,
        explicitYear: lastYear !== undefined,
        unit: `sentence${yearUnit}`,
        sentence: sentenceIndex,
      });
      if (figure) figures.push(figure);
    }
  });
  return figures;
}

function sentenceFigure(
  plan: PlanFigures,
  f: {
    label?: SentenceLabel;
    unitText: string;
    valueText: string;
    value: number;
    /** The year the figure is of, as stated (null: none, a range, or some other year than the one named). */
    year: { value: FiscalYear; text: string } | null;
    range: boolean;
    parenthesised: boolean;
    line: number;
    /** Whether the year was written in this sentence (a year carried from the sentence before speaks for progress, not for results). */
    explicitYear: boolean;
    unit: string;
    sentence: number;
  },
): Figure | null {
  const { label, unitText, valueText, value, year, line } = f;
  const money = unitText === plan.unit;
  const stated = `${valueText}${unitText === 'm2' ? '㎡' : unitText}`;
  const withYear = (
    name: string,
    forYear: (y: FiscalYear) => Expected | undefined,
    category?: (y: FiscalYear) => NonNullable<Figure['category']>,
  ): Figure | null => {
    if (year === null) return null;
    return {
      line,
      stated,
      value,
      label: `${formatFiscalYear(year.value)} ${name}`,
      workbook: forYear(year.value),
      year: { stated: year.text, line, unit: f.unit, forYear },
      ...(category && { category: category(year.value) }),
    };
  };
  // 19事業 in a year: that year's projects.
  if (unitText === '事業' && label?.kind !== 'total') return withYear('事業数', (y) => plan.count(plan.projects(y), '事業'));
  if (!label) return null;
  const labelUnit = `sentence${f.sentence}@${label.at}`;
  switch (label.kind) {
    case 'rate':
      return unitText === '%' ? withYear('進捗率', (y) => plan.rate(y, valueText)) : null;
    case 'activities':
      return unitText === '件' ? withYear('取組活動数', (y) => plan.count(plan.activities(y), '件')) : null;
    case 'effect':
    case 'total': {
      if (!money) return null;
      if (label.kind === 'total' || f.range || year === null) {
        return { line, stated, value, label: '財政健全化効果額 合計', workbook: plan.amount(plan.summary.effects.total, true) };
      }
      return withYear('財政健全化効果額', (y) => plan.amount(plan.effect(y), true));
    }
    case 'achievedShare': {
      // 達成率: the share of the plan's first label meaning 達成, of the evaluated targets.
      const index = plan.summary.vocabulary.result.findIndex((term) => term.meaning === 'achieved');
      if (unitText !== '%' || index < 0 || (year !== null && f.explicitYear)) return null;
      return { line, stated, value, label: `${plan.resultLabels[index]} 割合`, workbook: plan.resultShare(index, valueText) };
    }
    case 'evaluated':
      if (unitText !== '件' || (year !== null && f.explicitYear)) return null;
      return { line, stated, value, label: '達成するべき事項の合計数', workbook: plan.count(plan.summary.achievement.evaluated, '件') };
    case 'progress': {
      if (unitText !== '件' && !(unitText === '%' && f.parenthesised)) return null;
      const { index } = label;
      const share = unitText === '%';
      const forLabel = (y: FiscalYear) => (i: number) => (share ? plan.labelShare(y, i, valueText) : plan.count(plan.labelCount(y, i), '件'));
      return withYear(
        `${plan.progressLabels[index]}${share ? ' 割合' : ''}`,
        (y) => forLabel(y)(index),
        (y) => ({ stated: label.text, line, unit: labelUnit, kind: 'progress', index, forLabel: forLabel(y) }),
      );
    }
    case 'result': {
      if (unitText !== '件' && !(unitText === '%' && f.parenthesised)) return null;
      if (year !== null && f.explicitYear) return null;
      const { index } = label;
      const share = unitText === '%';
      const forLabel = (i: number) => (share ? plan.resultShare(i, valueText) : plan.count(plan.resultCount(i), '件'));
      return {
        line,
        stated,
        value,
        label: `${plan.resultLabels[index]}${share ? ' 割合' : ' 件数'}`,
        workbook: forLabel(index),
        category: { stated: label.text, line, unit: labelUnit, kind: 'result', index, forLabel },
      };
    }
  }
}

const close = (a: number, b: number) => Math.abs(a - b) < 0.005;
const wrong = (f: Figure) => f.workbook !== undefined && !close(f.workbook.value, f.value);

export interface LabelFinding {
  line: number;
  stated: string;
  expected: string;
  label: string;
}

/**
 * A wrong year label or category label puts every figure it heads out of
 * place. Where all the figures under one label are wrong for it and all right
 * for exactly one other year (or label), the label is what is wrong: it is
 * reported once, and its figures are not.
 */
export function attributeLabels(figures: Figure[], plan: PlanFigures): { labelFindings: LabelFinding[]; explained: Set<Figure> } {
  const labelFindings: LabelFinding[] = [];
  const explained = new Set<Figure>();
  type YearLabel = NonNullable<Figure['year']>;
  type CategoryLabel = NonNullable<Figure['category']>;
  // Each figure with the label it stands under, grouped by that label as stated at one place.
  const groups = new Map<string, { figure: Figure; label: YearLabel }[]>();
  for (const figure of figures) {
    if (!figure.year) continue;
    const key = `${figure.year.unit}|${figure.year.stated}`;
    // (pushed, not copied: a copy per figure is quadratic in a group of many figures)
    const group = groups.get(key);
    if (group) group.push({ figure, label: figure.year });
    else groups.set(key, [{ figure, label: figure.year }]);
  }
  for (const group of groups.values()) {
    const checked = group.filter(({ figure }) => figure.workbook !== undefined);
    // Some figure wrong for the year as stated, and every one — two at least, or one figure alone proves nothing — right for exactly one other year.
    if (checked.length < 2 || !checked.some(({ figure }) => wrong(figure))) continue;
    const first = checked[0].label;
    const stated = yearOf(first.stated);
    const candidates = plan.summary.years.filter(
      (y) =>
        y !== stated &&
        checked.every(({ figure, label }) => {
          const e = label.forYear(y);
          return e !== undefined && close(e.value, figure.value);
        }),
    );
    if (candidates.length !== 1) continue;
    labelFindings.push({ line: first.line, stated: first.stated, expected: formatFiscalYear(candidates[0]), label: '年度' });
    for (const { figure } of group) explained.add(figure);
  }
  const byLabel = new Map<string, { figure: Figure; label: CategoryLabel }[]>();
  for (const figure of figures) {
    if (!figure.category || explained.has(figure)) continue;
    const group = byLabel.get(figure.category.unit);
    if (group) group.push({ figure, label: figure.category });
    else byLabel.set(figure.category.unit, [{ figure, label: figure.category }]);
  }
  for (const group of byLabel.values()) {
    const checked = group.filter(({ figure }) => figure.workbook !== undefined);
    if (checked.length < 2 || !checked.some(({ figure }) => wrong(figure))) continue;
    const first = checked[0].label;
    const labels = first.kind === 'progress' ? plan.progressLabels : plan.resultLabels;
    const candidates = labels
      .map((_, i) => i)
      .filter(
        (i) =>
          i !== first.index &&
          checked.every(({ figure, label }) => {
            const e = label.forLabel(i);
            return e !== undefined && close(e.value, figure.value);
          }),
      );
    if (candidates.length !== 1) continue;
    labelFindings.push({ line: first.line, stated: first.stated, expected: labels[candidates[0]], label: '区分' });
    for (const { figure } of group) explained.add(figure);
  }
  return { labelFindings, explained };
}
