/**
 * Every computation of the spec, from read records to the summary object
 * (shared/spec/summary-json.md). Pure: plain values in, plain values out.
 */

import { a1, parseA1 } from '../base/cells';
import { type FiscalYear, formatFiscalYear, formatYearRange, type YearRange } from '../base/fiscalYear';
import type { Lang } from '../base/lang';
import { decimalsOf, fromHundredths, roundTo } from '../base/numbers';
import { formatRatio, type Rounding } from '../base/ratio';
import { matchKey } from '../base/text';
import { computedResults } from '../contract/indicators';
import { SHEET_ORDER, SHEETS } from '../contract/schema';
import { MONEY_UNITS, type MoneyUnit } from '../contract/settings';
import { RESULT_CODES, RESULT_MEANINGS, type ResultCode, STATUS_CODES, type StatusCode, type Vocabulary } from '../contract/vocabulary';
import type { GoalRow, ReadOptions, WorkbookData } from '../read/read';
import { label } from '../words/messages';
import { countBySeverity, localizeProblem, type Problem, ProblemList, type ProblemView, type Severity } from '../words/problems';

export interface YearCount {
  year: FiscalYear;
  count: number;
}

export interface YearAmount {
  year: FiscalYear;
  amount: number;
}

/** One label of the plan's vocabulary in a table: its count and its share (割合). */
export interface LabelShare {
  label: string;
  meaning: string;
  /** Progress labels: counted in the 進捗率. */
  inRate?: boolean;
  count: number;
  share: number | null;
  /** The share after the settings' rounding (for a sheet cell formatted as %). */
  shareRounded: number | null;
  shareText: string;
}

/** A label of the plan's vocabulary as the tables show it. */
export interface TermView {
  label: string;
  meaning: string;
  inRate: boolean;
  /** English name, where the label has one (the defaults). */
  en?: string;
}

export interface ProgressRow {
  year: FiscalYear;
  projects: number;
  activities: number;
  /** Per standard meaning; labels sharing a meaning are added together. */
  counts: Record<StatusCode, number>;
  labels: LabelShare[];
  progressing: number;
  rate: number | null;
  rateRounded: number | null;
  rateText: string;
}

export interface Shortfall {
  code: string;
  projectName: string;
  status: ResultCode;
  /** The plan's label for it. */
  label: string;
  targetYear: string;
  /** The target-year range, for English output (FY2021-FY2023). */
  years: { first: FiscalYear; last: FiscalYear };
  target: string;
  summary: string;
}

export interface ComputedResult {
  code: string;
  target: string;
  targetYear: string;
  computed: ResultCode;
  typed: ResultCode | null;
  judged: number;
  met: number;
}

export interface AchievementYear {
  /** The due year: the last year of the targets' target-year range. */
  year: FiscalYear;
  evaluated: number;
  labels: LabelShare[];
}

export interface Achievement {
  /** Results judged from the 指標 sheet, beside the typed ones. */
  computed: ComputedResult[];
  evaluated: number;
  excluded: number;
  notEvaluated: number;
  counts: Record<ResultCode, number>;
  ratios: Record<ResultCode, number | null>;
  ratiosRounded: Record<ResultCode, number | null>;
  ratioTexts: Record<ResultCode, string>;
  labels: LabelShare[];
  byYear: AchievementYear[];
  shortfalls: Shortfall[];
}

/** A perspective's effects: the summary holds every perspective's, perspective k at k - 1. */
export function perspectiveEffects(summary: Summary, perspective: number): PerspectiveEffects {
  return summary.effects.byPerspective[perspective - 1];
}

export interface PerspectiveEffects {
  perspective: number;
  name: string;
  byYear: YearAmount[];
  total: number;
}

export interface ProjectEffects {
  code: string;
  name: string;
  perspective: number;
  byYear: YearAmount[];
  total: number;
}

export interface Effects {
  /** The money unit in English words ("thousand yen"), as in the contract. */
  unit: string;
  /** The plan's money unit as printed: 千円, 百万円. */
  unitLabel: MoneyUnit;
  /** Decimal places the amounts carry (0 for whole units). */
  decimals: number;
  byYear: YearAmount[];
  total: number;
  byPerspective: PerspectiveEffects[];
  byProject: ProjectEffects[];
}

export interface PerspectiveResults {
  perspective: number;
  name: string;
  projects: YearCount[];
  projectsTotal: number;
  added: YearCount[];
  addedTotal: number;
  ended: YearCount[];
  endedTotal: number;
}

export interface FloorAreaYear {
  year: FiscalYear;
  abolished: number;
  added: number;
  net: number;
  abolishedGeneralAccount: number;
  addedGeneralAccount: number;
  netGeneralAccount: number;
  facilities: { name: string; change: 'abolished' | 'added'; area: number; generalAccount: boolean }[];
}

export interface FloorArea {
  byYear: FloorAreaYear[];
  abolished: number;
  added: number;
  net: number;
  netGeneralAccount: number;
}

export interface ProjectRow {
  code: string;
  name: string;
  perspective: number;
  /** The period as typed in short form (R2～R5), and its years (null when none or unreadable). */
  period: string;
  periodYears: YearRange | null;
  departments: string[];
  endYear: FiscalYear | null;
  endKind: 'ended' | 'suspended' | null;
  activeYears: FiscalYear[];
}

export interface GoalSummary {
  name: string;
  unit: string;
  target: number;
  /** Every plan year; actual null when blank or not reported. */
  byYear: { year: FiscalYear; actual: number | null }[];
  cumulative: number;
  rate: number | null;
  rateRounded: number | null;
  rateText: string;
}

/** Change against the previous baseline (基準日): current minus previous, per plan label. */
export interface Delta {
  /** The baseline compared with. */
  against: string;
  progress: { year: number; activities: number; counts: Record<StatusCode, number>; labels: number[]; progressing: number }[];
  achievement: { evaluated: number; counts: Record<ResultCode, number>; labels: number[] };
  /** Amounts to the places of the amounts on either side (百万円 may carry decimals). */
  effects: { byYear: { year: number; amount: number }[]; total: number; decimals: number };
}

export interface Summary {
  plan: {
    name: string | null;
    startYear: FiscalYear | null;
    endYear: FiscalYear | null;
    rounding: Rounding;
    decimals: number;
    moneyUnit: MoneyUnit;
  };
  /** The plan's labels, in order: what every table's columns are. */
  vocabulary: { progress: TermView[]; result: TermView[] };
  years: FiscalYear[];
  progress: ProgressRow[];
  achievement: Achievement;
  effects: Effects;
  perspectives: PerspectiveResults[];
  floorArea: FloorArea;
  goals: GoalSummary[];
  projects: ProjectRow[];
  problems: ProblemView[];
  problemCounts: Record<Severity, number>;
  /** Change against the previous baseline (基準日), when there is one. */
  delta?: Delta;
  /** Set when the summary was built from a frozen baseline rather than the live workbook. */
  asOfBaseline?: string;
}

export interface SummarizeOptions extends ReadOptions {
  lang?: Lang;
  /** The baseline the figures were frozen on, when built from one. */
  asOfBaseline?: string;
}

function zeroCounts<C extends string>(codes: readonly C[]): Record<C, number> {
  const counts = {} as Record<C, number>;
  for (const code of codes) counts[code] = 0;
  return counts;
}

function range(first: number, last: number): number[] {
  const years: number[] = [];
  for (let year = first; year <= last; year++) years.push(year);
  return years;
}

/** A plan derived from the data spans at most this many years: a stray 2042 must not stretch it. */
export const DERIVED_PLAN_WINDOW = 10;

/**
 * Plan years: the 設定 sheet's; where it gives none, the activities' years,
 * within a window of DERIVED_PLAN_WINDOW years holding the most activities
 * (the rest are then outside the plan, each reported). Always said at 設定.
 */
function planYears(data: WorkbookData): { start: FiscalYear | null; end: FiscalYear | null } {
  let start = data.settings.startYear ?? null;
  let end = data.settings.endYear ?? null;
  if (start !== null && end !== null) return { start, end };
  // What 設定 lacks, as the note says it: one end, or both.
  const missing = start !== null ? 'end' : end !== null ? 'start' : 'both';
  const perYear = new Map<FiscalYear, number>();
  for (const activity of data.activities) perYear.set(activity.year, (perYear.get(activity.year) ?? 0) + 1);
  if (perYear.size === 0) return { start, end };
  const years = [...perYear.keys()].sort((a, b) => a - b);
  // Where one end is set, the window runs from (or to) it; otherwise the busiest window wins.
  let best = { first: years[0], count: -1 };
  for (const first of start !== null ? [start] : end !== null ? [end - DERIVED_PLAN_WINDOW + 1] : years) {
    let count = 0;
    for (const [year, n] of perYear) if (year >= first && year < first + DERIVED_PLAN_WINDOW) count += n;
    if (count > best.count) best = { first, count };
  }
  const inWindow = years.filter((year) => year >= best.first && year < best.first + DERIVED_PLAN_WINDOW);
  if (inWindow.length === 0) {
    // One end is given and no activity lies within the window from it: no plan years, said at 設定.
    const given = (start ?? end) as FiscalYear;
    const first = years[0];
    const last = years[years.length - 1];
    data.problems.add('warning', data.sheetNames.settings ?? '設定', 'A1', String(given), 'planYearsUnknown', {
      missing,
      given: formatFiscalYear(given),
      givenEn: `FY${given}`,
      first: formatFiscalYear(first),
      last: formatFiscalYear(last),
      firstEn: `FY${first}`,
      lastEn: `FY${last}`,
      window: DERIVED_PLAN_WINDOW,
    });
    return { start, end };
  }
  if (start === null) start = inWindow[0];
  if (end === null) end = inWindow[inWindow.length - 1];
  const stray = years.length - inWindow.length;
  data.problems.add(stray > 0 ? 'warning' : 'info', data.sheetNames.settings ?? '設定', 'A1', `${start}-${end}`, 'planYearsDerived', {
    start: formatFiscalYear(start),
    end: formatFiscalYear(end),
    startEn: `FY${start}`,
    endEn: `FY${end}`,
    stray,
    window: DERIVED_PLAN_WINDOW,
    missing,
  });
  return { start, end };
}

/**
 * One pass over the activities: which project was active in which plan year
 * (active[p * Y + y]) and the count per year and label (counts[y * L + l]).
 */
interface ActivityMatrix {
  years: FiscalYear[];
  labels: number;
  active: Uint8Array;
  counts: Int32Array;
}

function activityMatrix(data: WorkbookData, years: FiscalYear[]): ActivityMatrix {
  const width = years.length;
  const labels = data.vocabulary.progress.terms.length;
  const active = new Uint8Array(data.projects.length * width);
  const counts = new Int32Array(width * labels);
  const first = years[0] ?? 0;
  for (const activity of data.activities) {
    const y = activity.year - first;
    if (y < 0 || y >= width) continue;
    active[activity.project * width + y] = 1;
    counts[y * labels + activity.label] += 1;
  }
  return { years, labels, active, counts };
}

function activeYearsOf(matrix: ActivityMatrix, project: number): FiscalYear[] {
  const width = matrix.years.length;
  return matrix.years.filter((_, y) => matrix.active[project * width + y] === 1);
}

/** Every label's count and share of a total, in the vocabulary's order. */
function labelShares<M extends string>(
  vocabulary: Vocabulary<M>,
  counts: ArrayLike<number>,
  total: number,
  decimals: number,
  rounding: Rounding,
  withRate: boolean,
): LabelShare[] {
  return vocabulary.terms.map((term, index) => {
    const share = formatRatio(counts[index], total, decimals, rounding);
    const head = withRate ? { label: term.label, meaning: term.meaning, inRate: term.inRate } : { label: term.label, meaning: term.meaning };
    return { ...head, count: counts[index], share: share.ratio, shareRounded: share.rounded, shareText: share.text };
  });
}

function progressRows(data: WorkbookData, matrix: ActivityMatrix, decimals: number, rounding: Rounding): ProgressRow[] {
  const width = matrix.years.length;
  const vocabulary = data.vocabulary.progress;
  return matrix.years.map((year, y) => {
    const labelCounts = matrix.counts.subarray(y * matrix.labels, (y + 1) * matrix.labels);
    const counts = zeroCounts(STATUS_CODES);
    let total = 0;
    let progressing = 0;
    vocabulary.terms.forEach((term, l) => {
      counts[term.meaning] += labelCounts[l];
      total += labelCounts[l];
      if (term.inRate) progressing += labelCounts[l];
    });
    let projects = 0;
    for (let q = 0; q < data.projects.length; q++) projects += matrix.active[q * width + y];
    const rate = formatRatio(progressing, total, decimals, rounding);
    return {
      year,
      projects,
      activities: total,
      counts,
      labels: labelShares(vocabulary, labelCounts, total, decimals, rounding, true),
      progressing,
      rate: rate.ratio,
      rateRounded: rate.rounded,
      rateText: rate.text,
    };
  });
}

/** Codes are compared as plain strings: fast and the same in every locale. */
function byCode(a: { code: string }, b: { code: string }): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

function achievement(data: WorkbookData, years: FiscalYear[], end: FiscalYear | null, currentYear: FiscalYear | undefined): Achievement {
  const vocabulary = data.vocabulary.result;
  const counts = zeroCounts(RESULT_CODES);
  const labelCounts = vocabulary.terms.map(() => 0);
  // Per due year (the last year of the target-year range): counts per label.
  const dueYears = new Map<FiscalYear, number[]>(years.map((year) => [year, vocabulary.terms.map(() => 0)]));
  let excluded = 0;
  let notEvaluated = 0;
  const shortfalls: Shortfall[] = [];
  const judged = computedResults(data.indicators, currentYear);
  const computed: ComputedResult[] = [];
  const sheet = data.sheetNames.targets ?? '達成事項';
  const labelOf = (code: ResultCode) => vocabulary.labelOf(code, RESULT_MEANINGS);
  data.targets.forEach((target, index) => {
    const found = judged.get(index);
    if (!found) return;
    computed.push({
      code: target.code,
      target: target.target,
      targetYear: formatYearRange(target.years),
      computed: found.result,
      typed: target.result,
      judged: found.judged,
      met: found.met,
    });
    if (target.result !== null && target.result !== found.result) {
      // A typed result was read from its column, under one of the plan's labels.
      const cell = a1(target.row, target.resultColumn);
      const typed = vocabulary.terms[target.resultLabel].label;
      data.problems.add(
        'warning',
        sheet,
        cell,
        typed,
        'indicatorDisagrees',
        {
          typed,
          computed: labelOf(found.result),
          typedEn: `${typed} (${RESULT_MEANINGS[target.result].en})`,
          computedEn: `${labelOf(found.result)} (${RESULT_MEANINGS[found.result].en})`,
          judged: found.judged,
          met: found.met,
        },
        labelOf(found.result),
      );
    }
  });
  for (const [index, target] of data.targets.entries()) {
    // A target without a typed result takes the one judged from its indicators, under the plan's first label of that meaning.
    const result = target.result ?? judged.get(index)?.result ?? null;
    if (result === null) {
      // 【達成状況】 ※令和６年度以降を目標年度とした達成するべき事項を除く: a target starting after the plan end.
      if (end !== null && target.years.first > end) excluded += 1;
      else notEvaluated += 1;
      continue;
    }
    counts[result] += 1;
    const label = target.result !== null ? target.resultLabel : vocabulary.firstOf(result);
    if (label >= 0) {
      labelCounts[label] += 1;
      const due = target.years.last;
      let row = dueYears.get(due);
      if (!row) {
        row = vocabulary.terms.map(() => 0);
        dueYears.set(due, row);
      }
      row[label] += 1;
    }
    if (result !== 'achieved') {
      shortfalls.push({
        code: target.code,
        projectName: data.projects[target.project]?.name ?? '',
        status: result,
        label: label >= 0 ? vocabulary.terms[label].label : labelOf(result),
        targetYear: formatYearRange(target.years),
        years: { first: target.years.first, last: target.years.last },
        target: target.target,
        summary: target.summary,
      });
    }
  }
  const evaluated = RESULT_CODES.reduce((sum, code) => sum + counts[code], 0);
  const { decimals, rounding } = data.settings;
  const ratios = {} as Record<ResultCode, number | null>;
  const ratiosRounded = {} as Record<ResultCode, number | null>;
  const ratioTexts = {} as Record<ResultCode, string>;
  for (const code of RESULT_CODES) {
    const ratio = formatRatio(counts[code], evaluated, decimals, rounding);
    ratios[code] = ratio.ratio;
    ratiosRounded[code] = ratio.rounded;
    ratioTexts[code] = ratio.text;
  }
  const byYear: AchievementYear[] = [...dueYears]
    .sort((a, b) => a[0] - b[0])
    .map(([year, row]) => {
      const total = row.reduce((sum, n) => sum + n, 0);
      return { year, evaluated: total, labels: labelShares(vocabulary, row, total, decimals, rounding, false) };
    });
  const order: Record<ResultCode, number> = { achieved: 0, partial: 1, notAchieved: 2 };
  shortfalls.sort((a, b) => order[a.status] - order[b.status] || byCode(a, b));
  return {
    computed,
    evaluated,
    excluded,
    notEvaluated,
    counts,
    ratios,
    ratiosRounded,
    ratioTexts,
    labels: labelShares(vocabulary, labelCounts, evaluated, decimals, rounding, false),
    byYear,
    shortfalls,
  };
}

function effects(data: WorkbookData, years: FiscalYear[]): Effects {
  const yearIndex = new Map(years.map((year, index) => [year, index]));
  const perspectiveCount = data.settings.perspectives.length;
  // Amounts in 百万円 may carry decimals (12.5): sums are kept to the places typed.
  let decimals = 0;
  for (const effect of data.effects) decimals = Math.max(decimals, decimalsOf(effect.amount));
  const byYear = years.map(() => 0);
  const byPerspective = Array.from({ length: perspectiveCount }, () => years.map(() => 0));
  const byProject = data.projects.map(() => years.map(() => 0));
  for (const effect of data.effects) {
    const index = yearIndex.get(effect.year);
    const project = data.projects[effect.project];
    if (index === undefined || !project) continue;
    byYear[index] = roundTo(byYear[index] + effect.amount, decimals);
    const perspective = byPerspective[project.perspective - 1];
    perspective[index] = roundTo(perspective[index] + effect.amount, decimals);
    byProject[effect.project][index] = roundTo(byProject[effect.project][index] + effect.amount, decimals);
  }
  const yearAmounts = (amounts: number[]): YearAmount[] => years.map((year, index) => ({ year, amount: amounts[index] }));
  const sum = (amounts: number[]) => amounts.reduce((a, b) => roundTo(a + b, decimals), 0);
  const unit = data.settings.moneyUnit;
  return {
    unit: MONEY_UNITS[unit].en,
    unitLabel: unit,
    decimals,
    byYear: yearAmounts(byYear),
    total: sum(byYear),
    byPerspective: byPerspective.map((amounts, index) => ({
      perspective: index + 1,
      name: data.settings.perspectives[index],
      byYear: yearAmounts(amounts),
      total: sum(amounts),
    })),
    byProject: data.projects
      .map((project, index) => ({ project, index, code: project.code }))
      .sort(byCode)
      .map(({ project, index }) => {
        const amounts = byProject[index];
        return { code: project.code, name: project.name, perspective: project.perspective, byYear: yearAmounts(amounts), total: sum(amounts) };
      }),
  };
}

/**
 * 目標: rows with the same name are one goal; 累計 is the sum of its actuals
 * in the plan years and 進捗率 = 累計 / 目標値 (it may pass 100%).
 */
function goals(data: WorkbookData, years: FiscalYear[]): GoalSummary[] {
  const sheet = data.sheetNames.goals ?? '目標';
  const groups = new Map<string, GoalRow[]>();
  for (const row of data.goals) {
    const key = matchKey(row.goal);
    const list = groups.get(key) ?? [];
    list.push(row);
    groups.set(key, list);
  }
  const { decimals, rounding } = data.settings;
  const out: GoalSummary[] = [];
  for (const rows of groups.values()) {
    const name = rows[0].goal;
    const withTarget = rows.filter((row) => row.target !== null);
    const conflict = withTarget.find((row) => row.target !== withTarget[0].target);
    if (conflict) {
      data.problems.add('error', sheet, a1(conflict.row, conflict.targetColumn), String(conflict.target), 'goalTargetConflict', {
        goal: name,
        first: String(withTarget[0].target),
      });
      continue;
    }
    if (withTarget.length === 0) {
      data.problems.add('error', sheet, a1(rows[0].row, rows[0].targetColumn), '', 'goalTargetMissing', { goal: name });
      continue;
    }
    const target = withTarget[0].target as number;
    const actuals = new Map<FiscalYear, { value: number | null; row: number }>();
    let places = decimalsOf(target);
    for (const row of rows) {
      const seen = actuals.get(row.year);
      if (seen) {
        if (row.actual !== null)
          data.problems.add('warning', sheet, `${row.row + 1}:${row.row + 1}`, String(row.actual), 'goalYearDuplicate', {
            goal: name,
            year: formatFiscalYear(row.year),
            yearEn: `FY${row.year}`,
            first: `${seen.row + 1}:${seen.row + 1}`,
          });
        continue;
      }
      actuals.set(row.year, { value: row.actual, row: row.row });
      if (row.actual !== null) places = Math.max(places, decimalsOf(row.actual));
    }
    const byYear = years.map((year) => ({ year, actual: actuals.get(year)?.value ?? null }));
    const cumulative = byYear.reduce((sum, entry) => roundTo(sum + (entry.actual ?? 0), places), 0);
    const rate = formatRatio(cumulative, target, decimals, rounding);
    out.push({
      name,
      unit: rows.find((row) => row.unit !== '')?.unit ?? '',
      target,
      byYear,
      cumulative,
      rate: rate.ratio,
      rateRounded: rate.rounded,
      rateText: rate.text,
    });
  }
  return out;
}

function perspectiveResults(data: WorkbookData, matrix: ActivityMatrix, start: FiscalYear | null): PerspectiveResults[] {
  const years = matrix.years;
  const width = years.length;
  // First plan year each project was active in (index into years), or -1.
  const firstActive = data.projects.map((_, p) => {
    for (let y = 0; y < width; y++) if (matrix.active[p * width + y] === 1) return y;
    return -1;
  });
  return data.settings.perspectives.map((name, index) => {
    const perspective = index + 1;
    const members: number[] = [];
    data.projects.forEach((project, p) => {
      if (project.perspective === perspective) members.push(p);
    });
    const active = (y: number) => members.filter((p) => matrix.active[p * width + y] === 1).length;
    // 追加 in Y: first active in Y, Y after the plan start (【取組結果】 (追加事業数)).
    const added = years.map((year, y) => ({ year, count: start !== null && year > start ? members.filter((p) => firstActive[p] === y).length : 0 }));
    const ended = years.map((year) => ({ year, count: members.filter((p) => data.projects[p].endYear === year).length }));
    return {
      perspective,
      name,
      projects: years.map((year, y) => ({ year, count: active(y) })),
      projectsTotal: members.filter((p) => firstActive[p] >= 0).length,
      added,
      addedTotal: added.reduce((sum, entry) => sum + entry.count, 0),
      ended,
      endedTotal: ended.reduce((sum, entry) => sum + entry.count, 0),
    };
  });
}

function floorArea(data: WorkbookData, years: FiscalYear[]): FloorArea {
  const rows = years.map((year) => {
    let abolished = 0;
    let added = 0;
    let abolishedGa = 0;
    let addedGa = 0;
    const facilities: FloorAreaYear['facilities'] = [];
    for (const facility of data.facilities) {
      if (facility.year !== year) continue;
      if (facility.change === 'abolished') {
        abolished += facility.areaHundredths;
        if (facility.generalAccount) abolishedGa += facility.areaHundredths;
      } else {
        added += facility.areaHundredths;
        if (facility.generalAccount) addedGa += facility.areaHundredths;
      }
      facilities.push({ name: facility.name, change: facility.change, area: fromHundredths(facility.areaHundredths), generalAccount: facility.generalAccount });
    }
    return { year, abolished, added, abolishedGa, addedGa, facilities };
  });
  const total = (pick: (row: (typeof rows)[number]) => number) => rows.reduce((sum, row) => sum + pick(row), 0);
  return {
    byYear: rows.map((row) => ({
      year: row.year,
      abolished: fromHundredths(row.abolished),
      added: fromHundredths(row.added),
      net: fromHundredths(row.added - row.abolished),
      abolishedGeneralAccount: fromHundredths(row.abolishedGa),
      addedGeneralAccount: fromHundredths(row.addedGa),
      netGeneralAccount: fromHundredths(row.addedGa - row.abolishedGa),
      facilities: row.facilities,
    })),
    abolished: fromHundredths(total((r) => r.abolished)),
    added: fromHundredths(total((r) => r.added)),
    net: fromHundredths(total((r) => r.added - r.abolished)),
    netGeneralAccount: fromHundredths(total((r) => r.addedGa - r.abolishedGa)),
  };
}

/** Problems in reading order: sheet (contract order), then row, then column. */
function sortProblems(problems: Problem[], data: WorkbookData): Problem[] {
  const sheetRank = new Map<string, number>();
  SHEET_ORDER.forEach((key, index) => {
    const name = data.sheetNames[key] ?? SHEETS[key].ja;
    if (!sheetRank.has(name)) sheetRank.set(name, index);
  });
  const position = (cell: string) => {
    const parsed = parseA1(cell);
    if (parsed) return parsed.row * 100_000 + parsed.column;
    const row = /^(\d+):/.exec(cell);
    return row ? (Number(row[1]) - 1) * 100_000 - 1 : -1;
  };
  // Array.prototype.sort is stable (ES2019): problems at the same place keep the order they were found in.
  return problems
    .map((problem) => ({ problem, rank: sheetRank.get(problem.sheet) ?? SHEET_ORDER.length, pos: position(problem.cell) }))
    .sort((a, b) => a.rank - b.rank || a.pos - b.pos)
    .map((entry) => entry.problem);
}

/** The labels of a vocabulary as the tables and the JSON show them. */
function termViews<M extends string>(vocabulary: Vocabulary<M>): TermView[] {
  return vocabulary.terms.map((term) => {
    const view: TermView = { label: term.label, meaning: term.meaning, inRate: term.inRate };
    if (term.en) view.en = term.en;
    return view;
  });
}

/**
 * Computes every table from already-read records. Records outside the plan
 * years are flagged and left out. Called by the pipeline only (core/compute/pipeline.ts).
 */
export function computeSummary(data: WorkbookData, options: SummarizeOptions = {}): Summary {
  const lang = options.lang ?? 'ja';
  const { start, end } = planYears(data);
  let years: FiscalYear[] = [];
  if (start !== null && end !== null) {
    if (start > end) {
      data.problems.add('error', data.sheetNames.settings ?? '設定', 'A1', `${start}-${end}`, 'planRangeInvalid', {
        start: formatFiscalYear(start),
        end: formatFiscalYear(end),
        startEn: `FY${start}`,
        endEn: `FY${end}`,
      });
    } else years = range(start, end);
  } else if (data.activities.length === 0 && data.sheetNames.activities) {
    data.problems.add('warning', data.sheetNames.activities, 'A2', '', 'noActivities');
  }
  // Records outside the plan's years are flagged; a plan without years (none given, or a start after its end) has no outside.
  const first = years[0];
  const last = years[years.length - 1];
  const outside = (sheetKey: 'activities' | 'effects' | 'floorArea' | 'goals', record: { year: FiscalYear; row: number; yearColumn: number }) => {
    const { year } = record;
    if (years.length === 0 || (year >= first && year <= last)) return;
    data.problems.add('warning', data.sheetNames[sheetKey] ?? '', a1(record.row, record.yearColumn), String(year), 'yearOutsidePlan', {
      year: formatFiscalYear(year),
      start: formatFiscalYear(first),
      end: formatFiscalYear(last),
      yearEn: `FY${year}`,
      startEn: `FY${first}`,
      endEn: `FY${last}`,
    });
  };
  for (const activity of data.activities) outside('activities', activity);
  for (const effect of data.effects) outside('effects', effect);
  for (const facility of data.facilities) outside('floorArea', facility);
  for (const goal of data.goals) outside('goals', { year: goal.year, row: goal.row, yearColumn: goal.yearColumn });
  const matrix = activityMatrix(data, years);
  const { decimals, rounding, moneyUnit } = data.settings;
  // Judging the indicators and reading the goals may add problems: before the problems are listed.
  const achieved = achievement(data, years, end, options.currentYear);
  const goalTable = goals(data, years);
  const problems = sortProblems(data.problems.items, data).map((problem) => localizeProblem(problem, lang));
  const summary: Summary = {
    plan: { name: data.settings.planName ?? null, startYear: start, endYear: end, rounding, decimals, moneyUnit },
    vocabulary: { progress: termViews(data.vocabulary.progress), result: termViews(data.vocabulary.result) },
    years,
    progress: progressRows(data, matrix, decimals, rounding),
    achievement: achieved,
    effects: effects(data, years),
    perspectives: perspectiveResults(data, matrix, start),
    floorArea: floorArea(data, years),
    goals: goalTable,
    projects: data.projects
      .map((project, index) => ({ project, index, code: project.code }))
      .sort(byCode)
      .map(({ project, index }) => ({
        code: project.code,
        name: project.name,
        perspective: project.perspective,
        period: project.period ? formatYearRange(project.period, 'short') : project.periodText,
        periodYears: project.period ? { first: project.period.first, last: project.period.last } : null,
        departments: project.departments,
        endYear: project.endYear ?? null,
        endKind: project.endKind ?? null,
        activeYears: activeYearsOf(matrix, index),
      })),
    problems,
    problemCounts: countBySeverity(problems),
  };
  if (options.asOfBaseline) summary.asOfBaseline = options.asOfBaseline;
  return summary;
}

/** The sheet a figure of the summary is computed from, by its place in the summary object. */
const FIGURE_SHEETS: Record<string, 'activities' | 'targets' | 'effects' | 'floorArea' | 'goals'> = {
  progress: 'activities',
  perspectives: 'activities',
  achievement: 'targets',
  effects: 'effects',
  floorArea: 'floorArea',
  goals: 'goals',
};

/**
 * The last guard: every figure of the summary is a finite number. The reader's rule (numbers.ts SUMMABLE_LIMIT,
 * read.ts keepSummable) keeps every sum finite and exact; should a figure still not be one (Infinity, NaN), it is an
 * error naming the figure and its sheet, and it is replaced by the mark 「計算不能」 in the reader's language, which
 * the terminal, the 集計 sheet, the JSON and the report print as it is: never Infinity, null or a blank cell
 * (JSON.stringify writes Infinity and NaN as null: https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/JSON/stringify).
 * Called by the pipeline once the change against a baseline is added. Returns the number of figures replaced.
 */
export function guardFigures(summary: Summary, sheetNames: WorkbookData['sheetNames'], lang: Lang): number {
  const mark = label('notComputable', lang);
  const found: { path: string; sheet: string }[] = [];
  const step = (item: unknown, index: number): string => {
    if (item && typeof item === 'object') {
      const named = item as { year?: unknown; code?: unknown; name?: unknown };
      if (typeof named.year === 'number') return `[${lang === 'ja' ? formatFiscalYear(named.year) : `FY${named.year}`}]`;
      if (typeof named.code === 'string') return `[${named.code}]`;
      if (typeof named.name === 'string') return `[${named.name}]`;
    }
    return `[${index + 1}]`;
  };
  const walk = (node: unknown, path: string, sheet: string): void => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        if (typeof item === 'number' && !Number.isFinite(item)) {
          node[index] = mark;
          found.push({ path: `${path}[${index + 1}]`, sheet });
        } else walk(item, `${path}${step(item, index)}`, sheet);
      });
      return;
    }
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    for (const [key, value] of Object.entries(record)) {
      if (typeof value === 'number' && !Number.isFinite(value)) {
        record[key] = mark;
        found.push({ path: `${path}.${key}`, sheet });
      } else if (value && typeof value === 'object') walk(value, `${path}.${key}`, sheet);
    }
  };
  const sheetOf = (key: string) => {
    const sheetKey = FIGURE_SHEETS[key];
    return sheetKey ? (sheetNames[sheetKey] ?? SHEETS[sheetKey].ja) : '';
  };
  for (const key of Object.keys(FIGURE_SHEETS)) walk(summary[key as keyof Summary], key, sheetOf(key));
  if (summary.delta) for (const key of ['progress', 'achievement', 'effects'] as const) walk(summary.delta[key], `delta.${key}`, sheetOf(key));
  for (const { path, sheet } of found) {
    const problems = new ProblemList();
    problems.add('error', sheet, '', mark, 'figureNotComputable', { figure: path, sheet });
    summary.problems.push(localizeProblem(problems.items[0], lang));
  }
  if (found.length > 0) summary.problemCounts = countBySeverity(summary.problems);
  return found.length;
}
