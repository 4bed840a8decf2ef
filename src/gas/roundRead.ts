/** Reading the round as it stands (moved from round.ts, no behaviour change): the log, the workbook, the plan fixed at the opening. */
import type { WorkbookInput } from '../core/base/cells';
import { readWorkbook } from '../core/read/read';
import { type AnswerChange, answerChanges, answerEntries, sharedAnswerCells } from '../core/round/answerTrace';
import { fixedRoundPlan, type RoundCompletion, type RoundPlan, roundCompletion, roundRequests } from '../core/round/round';
import { currentAccount } from './roundCommon';
import { askedOf, existingLogSheet, logRows } from './roundLog';
import { type EditedRange, traceAnswers, writeWatchIndex } from './roundTrace';
import { readDocument } from './sheetsApi';
import { type RoundRecord, writeRound } from './timedTrigger';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The round's log, then the workbook now, and the plan fixed at the opening. The log first: every value it holds
 * was read from the workbook before this reading reads it, so a reading running beside an edit's never logs an
 * older value after a newer one (which would show an answer written over that was not).
 */
export function readNow(spreadsheet: Spreadsheet, record: RoundRecord) {
  const log = existingLogSheet(spreadsheet);
  const rows = log ? logRows(log) : [];
  const input = readDocument(spreadsheet.getId(), { baselines: false }).input;
  const data = readWorkbook(input);
  const plan = fixedRoundPlan(input, data, roundRequests(input, { year: record.year, due: record.due }, data), askedOf(rows, record));
  return { input, data, log, rows, plan };
}

/**
 * Read by the office (the log is the office's alone): logs each value of a shared row's answer cell that changed
 * since the log last saw it (roundTrace.ts; `edit`: the cells of the edit that called, written now by its editor).
 * Returns every answer written over so far (read by anyone: the log is readable).
 */
export function traced(record: RoundRecord, now: ReturnType<typeof readNow>, at: Date, edit?: EditedRange, write = true): AnswerChange[] {
  let entries = answerEntries(now.rows, record.token);
  if (write && now.log && record.owner === currentAccount()) {
    const cells = sharedAnswerCells(now.plan, now.input, now.data);
    entries = [...entries, ...traceAnswers(now.log, record.token, cells, entries, at, record.measuredAt ?? record.openedAt, { edit })];
    // Where the watched cells are now (rows move), for the edit trigger's first check.
    writeWatchIndex(record.token, cells);
  }
  return answerChanges(entries);
}

/**
 * The round as it stands now, its progress recorded (last change, first seen complete), and the answers written over
 * (traced). `write` false (a reading that could not take the round's lock): the same figures, nothing recorded.
 */
export function measure(
  spreadsheet: Spreadsheet,
  record: RoundRecord,
  now: Date,
  write = true,
): { input: WorkbookInput; plan: RoundPlan; completion: RoundCompletion; changes: AnswerChange[] } {
  const read = readNow(spreadsheet, record);
  const { input, data, plan } = read;
  const completion = roundCompletion(input, plan, data);
  const changes = traced(record, read, now, undefined, write);
  if (!write) return { input, plan, completion, changes };
  // A change is seen only by a reading: it happened after the reading before (kept as `after`), so the
  // sidebar can say "between … and …" rather than pass the time it looked for the time of the edit.
  const before = record.measuredAt ?? record.openedAt;
  for (const d of completion.departments) {
    const seen = record.progress[d.department] ?? { initial: d.filled, filled: d.filled, at: null, completedAt: null };
    const next = { ...seen };
    if (d.filled !== seen.filled) {
      next.filled = d.filled;
      next.at = now.toISOString();
      next.after = before;
    }
    if (d.complete && !seen.completedAt) next.completedAt = now.toISOString();
    record.progress[d.department] = next;
  }
  record.measuredAt = now.toISOString();
  writeRound(spreadsheet, record);
  return { input, plan, completion, changes };
}
