/** The round's edit trigger (moved from round.ts, no behaviour change): made at the opening, its run, removed at the close. */
import { contractSheetKey } from '../core/contract/schema';
import { touchesWatched } from '../core/round/answerTrace';
import { ROUND_SHEETS } from '../core/round/round';
import { authorized, currentAccount, errorText, withRoundLock } from './roundCommon';
import { readNow, traced } from './roundRead';
import { readWatchIndex } from './roundTrace';
import { ownTrigger, ROUND_HANDLER, readRound } from './timedTrigger';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The round's edit trigger (installable, the office's: it runs as the office whoever edits, so it may write the
 * office's log): an edit of a watched cell (an answer cell of a row of two or more departments) traces the shared
 * rows' answers (roundTrace.ts), the cells edited with when and, when Google says, who and what.
 *
 * It fires on every edit of the workbook, by anyone, while the round is open. So it first looks only at what the
 * event gives (e.range) and the index of the watched cells the office's last reading kept (one document property):
 * an edit outside them ends there, with no read of the workbook, the round or its log. A trigger this round does not
 * name removes itself. Another run holding the lock: nothing now, and the next reading logs the change, between two
 * readings.
 */
export function roundEdited(event: RoundEditEvent): void {
  const range = event.range;
  const sheetName = range.getSheet().getName();
  const key = contractSheetKey(sheetName);
  if (key === undefined || !(ROUND_SHEETS as readonly string[]).includes(key)) return;
  const edit = { sheetName, row: range.getRow() - 1, numRows: range.getNumRows(), column: range.getColumn() - 1, numColumns: range.getNumColumns() };
  const index = readWatchIndex();
  if (index && !touchesWatched(index, edit.sheetName, edit.row, edit.numRows, edit.column, edit.numColumns)) return;
  if (!authorized()) return void console.warn('Shinchoku round: authorization required; this edit is logged by the next reading');
  const spreadsheet = event.source ?? SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet) return;
  const record = readRound(spreadsheet);
  const uid = event.triggerUid;
  if (!record || record.owner !== currentAccount() || !uid || record.editTriggerId !== uid) {
    deleteEditTrigger(uid);
    return;
  }
  let by = '';
  try {
    by = event.user?.getEmail() || Session.getActiveUser().getEmail() || '';
  } catch (_error) {
    by = '';
  }
  // The edit's own value, when Google gives it (one cell): never the cell's value when this run reads it, which a
  // later edit may already have changed (runs of two edits can overlap).
  const single = edit.numRows === 1 && edit.numColumns === 1;
  const value = single && event.value !== undefined && event.value !== null ? String(event.value) : undefined;
  withRoundLock(
    10_000,
    () => {
      try {
        // Only the trace: the round's progress stays the readings' (the sidebar's "between two readings").
        traced(record, readNow(spreadsheet, record), new Date(), { ...edit, by, value });
      } catch (error) {
        console.warn(`Shinchoku round: the edit could not be logged (${errorText(error).slice(0, 200)})`);
      }
    },
    () => console.warn('Shinchoku round: another run held the lock; this edit is logged by the next reading'),
  );
}

export interface RoundEditEvent {
  triggerUid?: string;
  range: GoogleAppsScript.Spreadsheet.Range;
  source?: Spreadsheet;
  user?: GoogleAppsScript.Base.User;
  /** Only for an edit of one cell (https://developers.google.com/apps-script/guides/triggers/events#edit). */
  value?: unknown;
}

/**
 * The round's edit trigger, made at the opening when the round has rows of two or more departments (the office's
 * one edit trigger in this document: an add-on may hold one trigger of each type per user per document,
 * https://developers.google.com/workspace/add-ons/concepts/editor-triggers; one left by an earlier round is
 * reused). Its id, or null when ScriptApp refused (the opening says so: changes are then logged by readings only).
 */
export function installEditTrigger(spreadsheet: Spreadsheet): string | null {
  try {
    const existing = ScriptApp.getUserTriggers(spreadsheet).find(
      (t) => t.getHandlerFunction() === ROUND_HANDLER && t.getEventType() === ScriptApp.EventType.ON_EDIT,
    );
    if (existing) return existing.getUniqueId();
    return ScriptApp.newTrigger(ROUND_HANDLER).forSpreadsheet(spreadsheet).onEdit().create().getUniqueId();
  } catch (error) {
    console.warn(`Shinchoku round: the edit trigger could not be created (${errorText(error).slice(0, 200)})`);
    return null;
  }
}

export function deleteEditTrigger(uid: string | null | undefined): void {
  const trigger = ownTrigger(uid);
  if (trigger) ScriptApp.deleteTrigger(trigger);
}
