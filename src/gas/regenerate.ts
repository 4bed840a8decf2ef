/**
 * 集計シートを作成・更新 and 入力チェック: read once, compute in core, write once (sheetsApi.ts).
 */

import { jstStamp } from '../core/base/jst';
import { missingBaseline } from '../core/compute/baseline';
import { runPipeline } from '../core/compute/pipeline';
import type { Summary } from '../core/compute/summarize';
import { problemsGrid, summaryGrid } from '../core/present/grid';
import { baselineMissingText, type Lang, label } from '../core/words/messages';
import type { ProblemView, Severity } from '../core/words/problems';
import { decodeBaselines } from './baselines';
import { userLang } from './lang';
import { applyRequests, claimSheet, type DocumentRead, gridRequests, PartialWriteError, readDocument, type SheetPlan } from './sheetsApi';
import { cellLinkFormula } from './spreadsheet';

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

type Request = GoogleAppsScript.Sheets.Schema.Request;

/** Requests for the 入力チェック結果 sheet, each cell reference a link to its cell. */
function problemsRequests(doc: DocumentRead, summary: Summary, lang: Lang, requests: Request[]): SheetPlan {
  const grid = problemsGrid(summary.problems, lang);
  const plan = claimSheet(doc, 'problems', label('problemsTitle', lang), grid, requests);
  const ids = new Map(doc.sheets.map((sheet) => [sheet.title, sheet.id]));
  gridRequests(plan.sheetId, grid, requests, (row, column) => {
    if (row === 0 || column !== 2 || row > summary.problems.length) return undefined;
    const problem = summary.problems[row - 1];
    const id = ids.get(problem.sheet);
    return id === undefined ? undefined : cellLinkFormula(id, problem.cell, problem.cell);
  });
  return plan;
}

/** What the Sheets API said, in the user's words: nothing was changed (a batchUpdate is all or nothing). */
function failure(lang: Lang, key: 'sheetsReadFailed' | 'sheetsWriteFailed' | 'sheetsWritePartial', error: unknown): RegenerateOutcome {
  const detail = String((error as Error)?.message ?? error).slice(0, 300);
  return { ok: false, message: label(key, lang, { detail }), notes: [] };
}

/**
 * Builds 集計 and 入力チェック結果 with three Sheets API calls — two reads and one
 * atomic write (more writes only past 2 MB of output) — eleven service calls in
 * all. A document lock keeps two people from building at once.
 */
export function regenerate(asOfBaseline?: string): RegenerateOutcome {
  const lang = userLang();
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) return { ok: false, message: label('lockBusy', lang), notes: [] };
  try {
    const spreadsheetId = SpreadsheetApp.getActiveSpreadsheet().getId();
    let doc: DocumentRead;
    try {
      // A baseline's frozen cells need no read of the live sheets.
      doc = readDocument(spreadsheetId, { input: !asOfBaseline });
    } catch (error) {
      return failure(lang, 'sheetsReadFailed', error);
    }
    const baselines = decodeBaselines(doc.baselineTexts);
    // As of a baseline: its frozen figures, compared with the baseline before it.
    const missing = missingBaseline(baselines, asOfBaseline || undefined);
    if (missing) return { ok: false, message: baselineMissingText(missing, lang), notes: [] };
    const builtAt = new Date();
    const { summary, asOf } = runPipeline(doc.input, { lang, today: builtAt, baselines, baseline: asOfBaseline });
    const requests: Request[] = [];
    const grid = summaryGrid(summary, lang, builtAt, asOf);
    const summaryPlan = claimSheet(doc, 'summary', label('summaryTitle', lang), grid, requests);
    gridRequests(summaryPlan.sheetId, grid, requests);
    const problemsPlan = problemsRequests(doc, summary, lang, requests);
    try {
      applyRequests(spreadsheetId, requests);
    } catch (error) {
      // Past the first batch, part is written: the user is told to run it again, not that nothing changed.
      return failure(lang, error instanceof PartialWriteError ? 'sheetsWritePartial' : 'sheetsWriteFailed', error);
    }
    const notes: string[] = [];
    for (const plan of [summaryPlan, problemsPlan])
      if (plan.renamedFrom) notes.push(label('renamedBecauseUserSheet', lang, { wanted: plan.renamedFrom, sheet: plan.title }));
    const counts = summary.problemCounts;
    PropertiesService.getDocumentProperties().setProperty(LAST_BUILT_KEY, JSON.stringify({ at: builtAt.toISOString(), counts }));
    const message =
      counts.error > 0
        ? label('regeneratedWithErrors', lang, { sheet: summaryPlan.title, e: counts.error })
        : label('regenerated', lang, { sheet: summaryPlan.title, time: `${jstStamp(builtAt)} JST` });
    return { ok: true, message, builtAt: builtAt.toISOString(), sheet: summaryPlan.title, counts, notes };
  } finally {
    lock.releaseLock();
  }
}

const SIDEBAR_PROBLEM_LIMIT = 500;

/** Checks every entry; writes the 入力チェック結果 sheet and returns the problems for the sidebar. */
export function validate(): ValidateOutcome {
  const lang = userLang();
  const spreadsheetId = SpreadsheetApp.getActiveSpreadsheet().getId();
  const doc = readDocument(spreadsheetId, { baselines: false });
  const { summary } = runPipeline(doc.input, { lang, today: new Date() });
  const requests: Request[] = [];
  problemsRequests(doc, summary, lang, requests);
  applyRequests(spreadsheetId, requests);
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
