/**
 * The summary object (the shared summary contract, reproduced in docs/workbook.md) from read records: computeSummary
 * puts together one file per computation — planYears, progress, achievement, effects,
 * goals, perspectives, floorArea — on the types of model.ts, which it re-exports; then
 * sorts the problems, and guards every figure (guardFigures). Pure: plain values in,
 * plain values out.
 */

import { a1, parseA1 } from '../base/cells';
import { closeYearRange, type FiscalYear, formatFiscalYear, formatYearRange } from '../base/fiscalYear';
import type { Lang } from '../base/lang';
import { SHEET_ORDER, SHEETS } from '../contract/schema';
import type { Vocabulary } from '../contract/vocabulary';
import type { WorkbookData } from '../read/read';
import { label } from '../words/messages';
import { countBySeverity, localizeProblem, type Problem, ProblemList } from '../words/problems';
import { fiscalYearLabel } from '../words/yearLabels';
import { achievement } from './achievement';
import { effects } from './effects';
import { floorArea } from './floorArea';
import { goals } from './goals';
import type { SummarizeOptions, Summary } from './model';
import { perspectiveResults } from './perspectives';
import { planYears } from './planYears';
import { activeYearsOf, activityMatrix, progressRows } from './progress';
import { byCode } from './shares';
import type { TermView } from './tableModel';

export * from './model';
export { DERIVED_PLAN_WINDOW } from './planYears';

function range(first: number, last: number): number[] {
  const years: number[] = [];
  for (let year = first; year <= last; year++) years.push(year);
  return years;
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
    view.definition = term.definition ?? '';
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
  // 「平成25年度以降」: a range from that year to the plan end, now that the end is known.
  for (const target of data.targets) target.years = closeYearRange(target.years, end);
  for (const project of data.projects) if (project.period) project.period = closeYearRange(project.period, end);
  const matrix = activityMatrix(data, years);
  const { decimals, rounding, moneyUnit } = data.settings;
  // Judging the indicators and reading the goals may add problems: before the problems are listed.
  // Years are named in the era in force at the as-of date (workbook.md "Era names"): H30～H32 as of 2019-03-31, never R2.
  const asOf = options.asOfText;
  const achieved = achievement(data, years, end, options.currentYear, asOf);
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
        period: project.period ? formatYearRange(project.period, 'short', asOf) : project.periodText,
        periodYears: project.period ? { ...project.period } : null,
        departments: project.departments,
        endYear: project.endYear ?? null,
        endKind: project.endKind ?? null,
        activeYears: activeYearsOf(matrix, index),
      })),
    problems,
    problemCounts: countBySeverity(problems),
    keeps: {
      activities: data.sheetsWithRows.includes('activities'),
      targets: data.sheetsWithRows.includes('targets'),
      effects: data.sheetsWithRows.includes('effects'),
      floorArea: data.sheetsWithRows.includes('floorArea'),
      goals: data.sheetsWithRows.includes('goals'),
    },
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
      if (typeof named.year === 'number') return `[${fiscalYearLabel(named.year, lang)}]`;
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
