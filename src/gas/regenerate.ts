/**
 * 集計シートを作成・更新 and 入力チェック: read once, compute in core, write in batches.
 */
import { problemsGrid, summaryGrid } from '../core/grid';
import { jstStamp } from '../core/jst';
import { label } from '../core/messages';
import { runPipeline } from '../core/pipeline';
import type { ProblemView, Severity } from '../core/problems';
import type { Summary } from '../core/summarize';
import { readBaselines } from './baselines';
import { userLang } from './lang';
import { cellLinkFormula, claimGeneratedSheet, findGeneratedSheets, type GeneratedSheet, readWorkbookInput, writeGrid } from './spreadsheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const LAST_BUILT_KEY = 'shinchoku.lastBuilt';
const LOCK_WAIT_MS = 10_000;

export interface RegenerateOutcome {
  ok: boolean;
  message: string;
  /** ISO time of the build (google.script.run cannot pass Date). */
  builtAt?: string;
  sheet?: string;
  counts?: Record<Severity, number>;
  notes: string[];
}

export interface ValidateOutcome {
  problems: ProblemView[];
  counts: Record<Severity, number>;
  /** The list is capped for the sidebar; the sheet has them all. */
  truncated: boolean;
}

/** Writes the 入力チェック結果 sheet, each cell reference a link to its cell. */
function writeProblemsSheet(spreadsheet: Spreadsheet, summary: Summary, generated: GeneratedSheet[]): { name: string; renamedFrom?: string } {
  const lang = userLang();
  const claimed = claimGeneratedSheet(spreadsheet, 'problems', label('problemsTitle', lang), generated);
  const grid = problemsGrid(summary.problems, lang);
  const sheetIds = new Map<string, number | null>();
  const idOf = (name: string) => {
    if (!sheetIds.has(name)) sheetIds.set(name, spreadsheet.getSheetByName(name)?.getSheetId() ?? null);
    return sheetIds.get(name) ?? null;
  };
  writeGrid(claimed.sheet, grid, (row, column) => {
    if (row === 0 || column !== 2 || row > summary.problems.length) return undefined;
    const problem = summary.problems[row - 1];
    const id = idOf(problem.sheet);
    return id === null ? undefined : cellLinkFormula(id, problem.cell, problem.cell);
  });
  return { name: claimed.sheet.getName(), renamedFrom: claimed.renamedFrom };
}

/** Builds 集計 and 入力チェック結果. A document lock keeps two people from building at once. */
export function regenerate(asOfBaseline?: string): RegenerateOutcome {
  const lang = userLang();
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) return { ok: false, message: label('lockBusy', lang), notes: [] };
  try {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    // One pass finds our summary, problems and baseline sheets.
    const generated = findGeneratedSheets(spreadsheet);
    const baselines = readBaselines(generated);
    // As of a baseline: its frozen figures, compared with the baseline before it.
    if (asOfBaseline && !baselines.some((b) => b.date === asOfBaseline))
      return { ok: false, message: label('baselineMissing', lang, { date: asOfBaseline }), notes: [] };
    const builtAt = new Date();
    // A baseline's frozen cells need no read of the live sheets.
    const input = asOfBaseline ? { sheets: [] } : readWorkbookInput(spreadsheet);
    const { summary } = runPipeline(input, { lang, today: builtAt, baselines, baseline: asOfBaseline });
    const notes: string[] = [];
    const claimed = claimGeneratedSheet(spreadsheet, 'summary', label('summaryTitle', lang), generated);
    const grid = summaryGrid(summary, lang, builtAt);
    writeGrid(claimed.sheet, grid);
    for (const anchor of grid.charts) {
      const chart = claimed.sheet
        .newChart()
        .setChartType(anchor.id === 'progressRate' ? Charts.ChartType.LINE : Charts.ChartType.COLUMN)
        .addRange(claimed.sheet.getRange(anchor.range))
        .setPosition(anchor.row, anchor.column, 0, 0)
        .setOption('title', anchor.title)
        .setOption('legend', { position: 'none' })
        .build();
      claimed.sheet.insertChart(chart);
    }
    const sheetName = claimed.sheet.getName();
    if (claimed.renamedFrom) notes.push(label('renamedBecauseUserSheet', lang, { wanted: claimed.renamedFrom, sheet: sheetName }));
    const problems = writeProblemsSheet(spreadsheet, summary, generated);
    if (problems.renamedFrom) notes.push(label('renamedBecauseUserSheet', lang, { wanted: problems.renamedFrom, sheet: problems.name }));
    const counts = summary.problemCounts;
    PropertiesService.getDocumentProperties().setProperty(LAST_BUILT_KEY, JSON.stringify({ at: builtAt.toISOString(), counts }));
    SpreadsheetApp.flush();
    const message =
      counts.error > 0
        ? label('regeneratedWithErrors', lang, { sheet: sheetName, e: counts.error })
        : label('regenerated', lang, { sheet: sheetName, time: `${jstStamp(builtAt)} JST` });
    return { ok: true, message, builtAt: builtAt.toISOString(), sheet: sheetName, counts, notes };
  } finally {
    lock.releaseLock();
  }
}

const SIDEBAR_PROBLEM_LIMIT = 500;

/** Checks every entry; writes the 入力チェック結果 sheet and returns the problems for the sidebar. */
export function validate(): ValidateOutcome {
  const lang = userLang();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const { summary } = runPipeline(readWorkbookInput(spreadsheet), { lang, today: new Date() });
  writeProblemsSheet(spreadsheet, summary, findGeneratedSheets(spreadsheet));
  return {
    problems: summary.problems.slice(0, SIDEBAR_PROBLEM_LIMIT),
    counts: summary.problemCounts,
    truncated: summary.problems.length > SIDEBAR_PROBLEM_LIMIT,
  };
}

export function lastBuilt(): { at: string; counts: Record<Severity, number> } | null {
  const raw = PropertiesService.getDocumentProperties().getProperty(LAST_BUILT_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as { at: string; counts: Record<Severity, number> };
  } catch (_error) {
    return null;
  }
}
