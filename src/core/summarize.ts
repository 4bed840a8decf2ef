/**
 * Every computation of the spec, from read records to the summary object
 * (shared/spec/summary-json.md). Pure: plain values in, plain values out.
 */

import type { Delta } from './baseline';
import { a1, parseA1, type WorkbookInput } from './cells';
import { type FiscalYear, formatFiscalYear, formatYearRange } from './fiscalYear';
import { computedResults } from './indicators';
import type { Lang } from './messages';
import { fromHundredths } from './numbers';
import { countBySeverity, localizeProblem, type Problem, type ProblemView, type Severity } from './problems';
import { formatRatio } from './ratio';
import { type ReadOptions, readWorkbook, type WorkbookData } from './read';
import { SHEET_ORDER, SHEETS } from './schema';
import { isProgressing, RESULT_CODES, RESULT_LABELS, type ResultCode, STATUS_CODES, type StatusCode } from './vocabulary';

export interface YearCount {
  year: FiscalYear;
  count: number;
}

export interface YearAmount {
  year: FiscalYear;
  amount: number;
}

export interface ProgressRow {
  year: FiscalYear;
  projects: number;
  activities: number;
  counts: Record<StatusCode, number>;
  progressing: number;
  rate: number | null;
  rateRounded: number | null;
  rateText: string;
}

export interface Shortfall {
  code: string;
  projectName: string;
  status: ResultCode;
  targetYear: string;
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
  shortfalls: Shortfall[];
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
  unit: 'thousand yen';
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
  period: string;
  departments: string[];
  endYear: FiscalYear | null;
  endKind: 'ended' | 'suspended' | null;
  activeYears: FiscalYear[];
}

export interface Summary {
  plan: { name: string | null; startYear: FiscalYear | null; endYear: FiscalYear | null; rounding: 'truncate' | 'halfUp'; decimals: number };
  years: FiscalYear[];
  progress: ProgressRow[];
  achievement: Achievement;
  effects: Effects;
  perspectives: PerspectiveResults[];
  floorArea: FloorArea;
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

/** Plan years: the 設定 sheet's, or the earliest and latest activity years. */
function planYears(data: WorkbookData): { start: FiscalYear | null; end: FiscalYear | null } {
  let start = data.settings.startYear ?? null;
  let end = data.settings.endYear ?? null;
  if (start === null || end === null) {
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (const activity of data.activities) {
      if (activity.year < min) min = activity.year;
      if (activity.year > max) max = activity.year;
    }
    if (start === null && Number.isFinite(min)) start = min;
    if (end === null && Number.isFinite(max)) end = max;
  }
  return { start, end };
}

const STATUS_INDEX: Record<StatusCode, number> = { done: 0, onTrack: 1, delayed: 2, notStarted: 3, suspended: 4 };

/**
 * One pass over the activities: which project was active in which plan year
 * (active[p * Y + y]) and the count per year and status (counts[y * 5 + s]).
 */
interface ActivityMatrix {
  years: FiscalYear[];
  active: Uint8Array;
  counts: Int32Array;
}

function activityMatrix(data: WorkbookData, years: FiscalYear[]): ActivityMatrix {
  const width = years.length;
  const active = new Uint8Array(data.projects.length * width);
  const counts = new Int32Array(width * STATUS_CODES.length);
  const first = years[0] ?? 0;
  for (const activity of data.activities) {
    const y = activity.year - first;
    if (y < 0 || y >= width) continue;
    active[activity.project * width + y] = 1;
    counts[y * STATUS_CODES.length + STATUS_INDEX[activity.status]] += 1;
  }
  return { years, active, counts };
}

function activeYearsOf(matrix: ActivityMatrix, project: number): FiscalYear[] {
  const width = matrix.years.length;
  return matrix.years.filter((_, y) => matrix.active[project * width + y] === 1);
}

function progressRows(data: WorkbookData, matrix: ActivityMatrix, decimals: number, rounding: 'truncate' | 'halfUp'): ProgressRow[] {
  const width = matrix.years.length;
  return matrix.years.map((year, y) => {
    const counts = zeroCounts(STATUS_CODES);
    STATUS_CODES.forEach((code, s) => {
      counts[code] = matrix.counts[y * STATUS_CODES.length + s];
    });
    let projects = 0;
    for (let p = 0; p < data.projects.length; p++) projects += matrix.active[p * width + y];
    const total = STATUS_CODES.reduce((sum, code) => sum + counts[code], 0);
    const progressing = STATUS_CODES.filter(isProgressing).reduce((sum, code) => sum + counts[code], 0);
    const rate = formatRatio(progressing, total, decimals, rounding);
    return { year, projects, activities: total, counts, progressing, rate: rate.ratio, rateRounded: rate.rounded, rateText: rate.text };
  });
}

/** Codes are compared as plain strings: fast and the same in every locale. */
function byCode(a: { code: string }, b: { code: string }): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

function achievement(data: WorkbookData, end: FiscalYear | null, currentYear: FiscalYear | undefined): Achievement {
  const counts = zeroCounts(RESULT_CODES);
  let excluded = 0;
  let notEvaluated = 0;
  const shortfalls: Shortfall[] = [];
  const judged = computedResults(data.indicators, currentYear);
  const computed: ComputedResult[] = [];
  const sheet = data.sheetNames.targets ?? '達成事項';
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
      const cell = target.resultColumn >= 0 ? a1(target.row, target.resultColumn) : `${target.row + 1}:${target.row + 1}`;
      data.problems.add(
        'warning',
        sheet,
        cell,
        RESULT_LABELS[target.result].ja,
        'indicatorDisagrees',
        {
          typed: RESULT_LABELS[target.result].ja,
          computed: RESULT_LABELS[found.result].ja,
          typedEn: RESULT_LABELS[target.result].en,
          computedEn: RESULT_LABELS[found.result].en,
          judged: found.judged,
          met: found.met,
        },
        RESULT_LABELS[found.result].ja,
      );
    }
  });
  for (const [index, target] of data.targets.entries()) {
    // A target without a typed result takes the one judged from its indicators.
    const result = target.result ?? judged.get(index)?.result ?? null;
    if (result === null) {
      // 【達成状況】 ※令和６年度以降を目標年度とした達成するべき事項を除く: a target starting after the plan end.
      if (end !== null && target.years.first > end) excluded += 1;
      else notEvaluated += 1;
      continue;
    }
    counts[result] += 1;
    if (result !== 'achieved') {
      shortfalls.push({
        code: target.code,
        projectName: data.projects[target.project]?.name ?? '',
        status: result,
        targetYear: formatYearRange(target.years),
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
  const order: Record<ResultCode, number> = { achieved: 0, partial: 1, notAchieved: 2 };
  shortfalls.sort((a, b) => order[a.status] - order[b.status] || byCode(a, b));
  return { computed, evaluated, excluded, notEvaluated, counts, ratios, ratiosRounded, ratioTexts, shortfalls };
}

function effects(data: WorkbookData, years: FiscalYear[]): Effects {
  const yearIndex = new Map(years.map((year, index) => [year, index]));
  const perspectiveCount = data.settings.perspectives.length;
  const byYear = years.map(() => 0);
  const byPerspective = Array.from({ length: perspectiveCount }, () => years.map(() => 0));
  const byProject = data.projects.map(() => years.map(() => 0));
  for (const effect of data.effects) {
    const index = yearIndex.get(effect.year);
    const project = data.projects[effect.project];
    if (index === undefined || !project) continue;
    byYear[index] += effect.amount;
    byPerspective[project.perspective - 1][index] += effect.amount;
    byProject[effect.project][index] += effect.amount;
  }
  const yearAmounts = (amounts: number[]): YearAmount[] => years.map((year, index) => ({ year, amount: amounts[index] }));
  const sum = (amounts: number[]) => amounts.reduce((a, b) => a + b, 0);
  return {
    unit: 'thousand yen',
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
  return problems
    .map((problem, index) => ({ problem, index, rank: sheetRank.get(problem.sheet) ?? SHEET_ORDER.length, pos: position(problem.cell) }))
    .sort((a, b) => a.rank - b.rank || a.pos - b.pos || a.index - b.index)
    .map((entry) => entry.problem);
}

/** Computes every table from already-read records. Records outside the plan years are flagged and left out. */
export function computeSummary(data: WorkbookData, lang: Lang = 'ja', currentYear?: FiscalYear): Summary {
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
  const inPlan = (year: FiscalYear) => start !== null && end !== null && year >= start && year <= end;
  const outside = (sheetKey: 'activities' | 'effects' | 'floorArea', record: { year: FiscalYear; row: number; yearColumn: number }) => {
    const { year } = record;
    if (start === null || end === null || inPlan(year)) return;
    data.problems.add('warning', data.sheetNames[sheetKey] ?? '', a1(record.row, record.yearColumn), String(year), 'yearOutsidePlan', {
      year: formatFiscalYear(year),
      start: formatFiscalYear(start),
      end: formatFiscalYear(end),
      yearEn: `FY${year}`,
      startEn: `FY${start}`,
      endEn: `FY${end}`,
    });
  };
  for (const activity of data.activities) outside('activities', activity);
  for (const effect of data.effects) outside('effects', effect);
  for (const facility of data.facilities) outside('floorArea', facility);
  const matrix = activityMatrix(data, years);
  const { decimals, rounding } = data.settings;
  // Judging the indicators may add warnings: before the problems are listed.
  const achieved = achievement(data, end, currentYear);
  const problems = sortProblems(data.problems.items, data).map((problem) => localizeProblem(problem, lang));
  return {
    plan: { name: data.settings.planName ?? null, startYear: start, endYear: end, rounding, decimals },
    years,
    progress: progressRows(data, matrix, decimals, rounding),
    achievement: achieved,
    effects: effects(data, years),
    perspectives: perspectiveResults(data, matrix, start),
    floorArea: floorArea(data, years),
    projects: data.projects
      .map((project, index) => ({ project, index, code: project.code }))
      .sort(byCode)
      .map(({ project, index }) => ({
        code: project.code,
        name: project.name,
        perspective: project.perspective,
        period: project.period ? formatYearRange(project.period, 'short') : project.periodText,
        departments: project.departments,
        endYear: project.endYear ?? null,
        endKind: project.endKind ?? null,
        activeYears: activeYearsOf(matrix, index),
      })),
    problems,
    problemCounts: countBySeverity(problems),
  };
}

/** Reads and computes in one step: the whole summarize path. */
export function summarize(input: WorkbookInput, options: SummarizeOptions = {}): Summary {
  return computeSummary(readWorkbook(input, options), options.lang ?? 'ja', options.currentYear);
}
