/**
 * The trace of the round's shared rows (r27g F8). A project of two departments is theirs together: the round
 * protects its rows for both (round.ts openingRequests), since core asks its cells of both. So one department
 * can write over the other's answer, and Sheets says nothing of it. Here the office keeps, in the round's hidden
 * log (protected for the office alone), every value seen in an answer cell of such a row — when, and who wrote
 * it when Google says — and the status, the sidebar's 照会 tab and 照会結果 list each answer written over: the
 * earlier value, the new one, when, and who (or which departments could have).
 *
 * What is seen, and when:
 * - at the opening, the values already there;
 * - at every reading by the office (the daily run, the 照会 tab, 照会の状況, the closing);
 * - at every edit, through an installable edit trigger the office's opening makes: "Installable triggers always
 *   run under the account of the person who created them", so it may write the office's log whoever edits
 *   (https://developers.google.com/apps-script/guides/triggers/installable). The editor's address comes with it
 *   only when Google gives it: "not available in any context that allows a script to run without that user's
 *   authorization … generally do not apply if the developer runs the script themselves or belongs to the same
 *   Google Workspace domain as the user" (https://developers.google.com/apps-script/reference/base/user#getEmail()).
 *   Without it, the line names the departments that could edit the row, and Sheets' own edit history of the cell
 *   says who.
 *
 * The pure parts (sharedAnswerCells, answerEntries, answerChanges, changeLines) are core's (core/round/answerTrace.ts);
 * this file only writes what they decide into the log.
 */
import { ANSWER, type AnswerEntry, type WatchedCell } from '../core/round/answerTrace';
import { appendLog } from './roundLog';

/** The cells of an edit (0-based), and who made it when Google said ('' otherwise). */
export interface EditedRange {
  sheetName: string;
  row: number;
  numRows: number;
  column: number;
  numColumns: number;
  by: string;
}

function within(cell: WatchedCell, edit: EditedRange | undefined): boolean {
  return (
    edit !== undefined &&
    edit.sheetName === cell.sheetName &&
    cell.row >= edit.row &&
    cell.row < edit.row + edit.numRows &&
    cell.column >= edit.column &&
    cell.column < edit.column + edit.numColumns
  );
}

/**
 * Logs every watched cell whose value differs from the last one the log saw (a blank never seen needs no row):
 * a cell of `edit` as written at `now` by its editor; any other as written between the reading before (`since`,
 * or the cell's last entry if later) and `now`. Returns the entries added.
 */
export function traceAnswers(
  log: GoogleAppsScript.Spreadsheet.Sheet,
  token: string,
  cells: readonly WatchedCell[],
  seen: readonly AnswerEntry[],
  now: Date,
  since: string,
  options: { edit?: EditedRange; opening?: boolean } = {},
): AnswerEntry[] {
  const last = new Map<string, AnswerEntry>();
  for (const entry of seen) last.set(entry.id, entry);
  const added: AnswerEntry[] = [];
  for (const cell of cells) {
    const before = last.get(cell.id);
    if (before ? before.text === cell.text : cell.text === '') continue;
    const edited = within(cell, options.edit);
    const after = edited || options.opening ? '' : ([since, before?.at ?? ''].sort().pop() ?? '');
    added.push({
      id: cell.id,
      text: cell.text,
      by: edited ? (options.edit?.by ?? '') : '',
      at: now.toISOString(),
      after,
      opening: options.opening === true,
      sheetName: cell.sheetName,
      cell: cell.cell,
      code: cell.code,
      what: cell.what,
      columnName: cell.columnName,
      departments: cell.departments,
    });
  }
  appendLog(
    log,
    added.map((entry) => [
      token,
      `${ANSWER}:${entry.id}`,
      entry.by,
      entry.at,
      ANSWER,
      JSON.stringify({
        v: entry.text,
        after: entry.after,
        opening: entry.opening,
        sheet: entry.sheetName,
        cell: entry.cell,
        code: entry.code,
        what: entry.what,
        column: entry.columnName,
        departments: entry.departments,
      }),
    ]),
  );
  return added;
}
