/**
 * Every computation of the spec, from read records to the summary object
 * (shared/spec/summary-json.md). Pure: plain values in, plain values out.
 */
import { parseA1, type WorkbookInput } from './cells';
import { type FiscalYear, formatFiscalYear, formatYearRange } from './fiscalYear';
import type { Lang } from './messages';
import { fromHundredths } from './numbers';
import { countBySeverity, localizeProblem, type Problem, type ProblemView, type Severity } from './problems';
import { formatRatio } from './ratio';
import { type Activity, type Project, type ReadOptions, readWorkbook, type WorkbookData } from './read';
import { SHEET_ORDER, SHEETS } from './schema';
import { isProgressing, RESULT_CODES, type ResultCode, STATUS_CODES, type StatusCode } from './vocabulary';

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

export interface Achievement {
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

function progressRows(activities: Activity[], years: FiscalYear[], decimals: number, rounding: 'truncate' | 'halfUp'): ProgressRow[] {
  const byYear = new Map<FiscalYear, { projects: Set<string>; counts: Record<StatusCode, number> }>();
  for (const year of years) byYear.set(year, { projects: new Set(), counts: zeroCounts(STATUS_CODES) });
  for (const activity of activities) {
    const entry = byYear.get(activity.year);
    if (!entry) continue;
    entry.projects.add(activity.code);
    entry.counts[activity.status] += 1;
  }
  return years.map((year) => {
    const entry = byYear.get(year) as { projects: Set<string>; counts: Record<StatusCode, number> };
    const total = STATUS_CODES.reduce((sum, code) => sum + entry.counts[code], 0);
    const progressing = STATUS_CODES.filter(isProgressing).reduce((sum, code) => sum + entry.counts[code], 0);
    const rate = formatRatio(progressing, total, decimals, rounding);
    return {
      year,
      projects: entry.projects.size,
      activities: total,
      counts: entry.counts,
      progressing,
      rate: rate.ratio,
      rateRounded: rate.rounded,
      rateText: rate.text,
    };
  });
}

function achievement(data: WorkbookData, end: FiscalYear | null, projectsByCode: Map<string, Project>): Achievement {
  const counts = zeroCounts(RESULT_CODES);
  let excluded = 0;
  let notEvaluated = 0;
  const shortfalls: Shortfall[] = [];
  for (const target of data.targets) {
    if (target.result === null) {
      // 【達成状況】 ※令和６年度以降を目標年度とした達成するべき事項を除く: a target starting after the plan end.
      if (end !== null && target.years.first > end) excluded += 1;
      else notEvaluated += 1;
      continue;
    }
    counts[target.result] += 1;
    if (target.result !== 'achieved') {
      shortfalls.push({
        code: target.code,
        projectName: projectsByCode.get(target.code)?.name ?? '',
        status: target.result,
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
  shortfalls.sort((a, b) => order[a.status] - order[b.status] || a.code.localeCompare(b.code));
  return { evaluated, excluded, notEvaluated, counts, ratios, ratiosRounded, ratioTexts, shortfalls };
}

function effects(data: WorkbookData, years: FiscalYear[], projectsByCode: Map<string, Project>): Effects {
  const yearIndex = new Map(years.map((year, index) => [year, index]));
  const perspectiveCount = data.settings.perspectives.length;
  const byYear = years.map(() => 0);
  const byPerspective = Array.from({ length: perspectiveCount }, () => years.map(() => 0));
  const byProject = new Map<string, number[]>();
  for (const project of data.projects)
    byProject.set(
      project.code,
      years.map(() => 0),
    );
  for (const effect of data.effects) {
    const index = yearIndex.get(effect.year);
    const project = projectsByCode.get(effect.code);
    if (index === undefined || !project) continue;
    byYear[index] += effect.amount;
    byPerspective[project.perspective - 1][index] += effect.amount;
    (byProject.get(effect.code) as number[])[index] += effect.amount;
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
    byProject: [...data.projects]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((project) => {
        const amounts = byProject.get(project.code) as number[];
        return { code: project.code, name: project.name, perspective: project.perspective, byYear: yearAmounts(amounts), total: sum(amounts) };
      }),
  };
}

function perspectiveResults(
  data: WorkbookData,
  years: FiscalYear[],
  start: FiscalYear | null,
  activeYears: Map<string, Set<FiscalYear>>,
): PerspectiveResults[] {
  return data.settings.perspectives.map((name, index) => {
    const perspective = index + 1;
    const projects = data.projects.filter((project) => project.perspective === perspective);
    const active = (year: FiscalYear) => projects.filter((project) => activeYears.get(project.code)?.has(year)).length;
    const firstYear = (project: Project) => {
      const set = activeYears.get(project.code);
      return set && set.size > 0 ? Math.min(...set) : null;
    };
    // 追加 in Y: first active in Y, Y after the plan start (【取組結果】 (追加事業数)).
    const added = years.map((year) => ({ year, count: start !== null && year > start ? projects.filter((p) => firstYear(p) === year).length : 0 }));
    const ended = years.map((year) => ({ year, count: projects.filter((p) => p.endYear === year).length }));
    return {
      perspective,
      name,
      projects: years.map((year) => ({ year, count: active(year) })),
      projectsTotal: projects.filter((project) => (activeYears.get(project.code)?.size ?? 0) > 0).length,
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
export function computeSummary(data: WorkbookData, lang: Lang = 'ja'): Summary {
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
  const outside = (sheetKey: 'activities' | 'effects' | 'floorArea', record: { year: FiscalYear; yearRef: string }) => {
    const { year } = record;
    if (start === null || end === null || inPlan(year)) return;
    data.problems.add('warning', data.sheetNames[sheetKey] ?? '', record.yearRef, String(year), 'yearOutsidePlan', {
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
  const projectsByCode = new Map(data.projects.map((project) => [project.code, project]));
  const activeYears = new Map<string, Set<FiscalYear>>();
  for (const activity of data.activities) {
    if (!inPlan(activity.year)) continue;
    let set = activeYears.get(activity.code);
    if (!set) {
      set = new Set();
      activeYears.set(activity.code, set);
    }
    set.add(activity.year);
  }
  const { decimals, rounding } = data.settings;
  const problems = sortProblems(data.problems.items, data).map((problem) => localizeProblem(problem, lang));
  return {
    plan: { name: data.settings.planName ?? null, startYear: start, endYear: end, rounding, decimals },
    years,
    progress: progressRows(data.activities, years, decimals, rounding),
    achievement: achievement(data, end, projectsByCode),
    effects: effects(data, years, projectsByCode),
    perspectives: perspectiveResults(data, years, start, activeYears),
    floorArea: floorArea(data, years),
    projects: [...data.projects]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((project) => ({
        code: project.code,
        name: project.name,
        perspective: project.perspective,
        period: project.period ? formatYearRange(project.period, 'short') : project.periodText,
        departments: project.departments,
        endYear: project.endYear ?? null,
        endKind: project.endKind ?? null,
        activeYears: [...(activeYears.get(project.code) ?? [])].sort((a, b) => a - b),
      })),
    problems,
    problemCounts: countBySeverity(problems),
  };
}

/** Reads and computes in one step: the whole summarize path. */
export function summarize(input: WorkbookInput, options: SummarizeOptions = {}): Summary {
  return computeSummary(readWorkbook(input, options), options.lang ?? 'ja');
}
