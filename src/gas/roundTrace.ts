/**
 * The trace of the round's shared rows (r27g F8). A project of two departments is theirs together: the round
 * protects its rows for both (roundProtections.ts openingRequests), since core asks its cells of both. So one department
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
 *   says who. The editor is credited with the value the event gives (e.value, one cell only), never with the value
 *   the run finds in the cell: runs of two edits can overlap, and the cell may already hold the later edit's value
 *   (logged then too, with no editor, until that edit's own run names it: core answerChanges). An edit of several
 *   cells gives no value, and its values are credited to nobody. The trigger fires on every edit of the workbook;
 *   the index of the watched cells (WATCH_KEY, written by the office's readings) lets it end at once for the rest
 *   (roundEdit.ts).
 *
 * The pure parts (sharedAnswerCells, answerEntries, answerChanges, changeLines) are core's (core/round/answerTrace.ts);
 * this file only writes what they decide into the log.
 */
import { ANSWER, type AnswerEntry, editedText, type WatchedCell, type WatchIndex, watchIndex } from '../core/round/answerTrace';
import { appendLog } from './roundLog';

/** The document property holding where the watched cells are (core watchIndex), for the edit trigger's first check. */
const WATCH_KEY = 'shinchoku.roundWatch';

/** The cells of an edit (0-based), and who made it when Google said ('' otherwise). */
export interface EditedRange {
  sheetName: string;
  row: number;
  numRows: number;
  column: number;
  numColumns: number;
  by: string;
  /**
   * The value the edit wrote, as the event gives it: "value — New cell value after the edit. Only available if the
   * edited range is a single cell" (https://developers.google.com/apps-script/guides/triggers/events#edit).
   * undefined when Google gives none (a range of cells, a cell cleared or pasted): the cell is then read, and its
   * value is not credited to the editor, since another edit may have written it before this run read it.
   */
  value?: string;
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
 * a cell of `edit` whose value the event gives, as written by its editor (and, when the cell already holds a later
 * edit's value, that value too, seen now with no editor: that edit's own run names it); a cell of `edit` without
 * the event's value, as seen now; any other as written between the reading before (`since`, or the cell's last
 * entry if later) and `now`. Returns the entries added.
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
  const add = (cell: WatchedCell, text: string, by: string, after: string) => {
    const entry: AnswerEntry = {
      id: cell.id,
      text,
      by,
      at: now.toISOString(),
      after,
      opening: options.opening === true,
      sheetName: cell.sheetName,
      cell: cell.cell,
      code: cell.code,
      what: cell.what,
      columnName: cell.columnName,
      departments: cell.departments,
    };
    added.push(entry);
    last.set(cell.id, entry);
  };
  for (const cell of cells) {
    const before = last.get(cell.id);
    const edited = within(cell, options.edit);
    const given = edited && options.edit?.value !== undefined ? editedText(options.edit.value, cell.text) : undefined;
    if (given !== undefined) {
      const by = options.edit?.by ?? '';
      // The value seen unnamed before (an overlapping run, a reading) is this edit's: logged again, with its editor.
      const names = before !== undefined && before.text === given && before.by === '' && by !== '' && !before.opening;
      if (before ? before.text !== given || names : given !== '') add(cell, given, by, '');
      const latest = last.get(cell.id);
      if (cell.text !== given && (latest ? latest.text !== cell.text : cell.text !== '')) add(cell, cell.text, '', '');
      continue;
    }
    if (before ? before.text === cell.text : cell.text === '') continue;
    add(cell, cell.text, '', edited || options.opening ? '' : ([since, before?.at ?? ''].sort().pop() ?? ''));
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

/** Where the watched cells are, as the last reading by the office left it; null when not known (the edit trigger then reads). */
export function readWatchIndex(): WatchIndex | null {
  const raw = PropertiesService.getDocumentProperties()?.getProperty(WATCH_KEY);
  if (!raw) return null;
  try {
    const index = JSON.parse(raw) as WatchIndex;
    return typeof index.token === 'string' && typeof index.sheets === 'object' && index.sheets !== null ? index : null;
  } catch (_error) {
    return null;
  }
}

/** Keeps where the watched cells are now (rows move): written only when it changed; nothing where there are no document properties. */
export function writeWatchIndex(token: string, cells: readonly WatchedCell[]): void {
  const properties = PropertiesService.getDocumentProperties();
  if (!properties) return;
  const text = JSON.stringify(watchIndex(token, cells));
  if (properties.getProperty(WATCH_KEY) !== text) properties.setProperty(WATCH_KEY, text);
}

export function clearWatchIndex(): void {
  PropertiesService.getDocumentProperties()?.deleteProperty(WATCH_KEY);
}
