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
 * The pure parts (sharedAnswerCells, answerChanges) are still here, not yet in core/round beside roundCompletion;
 * their words are the catalogue's (words/roundUi.ts).
 */
import { a1, type CellValue, cellText, isBlank, type WorkbookInput } from '../core/base/cells';
import { jstStamp } from '../core/base/jst';
import { ANSWER_FIELDS, type RoundPlan, type RoundRow } from '../core/round/round';
import type { Lang } from '../core/words/messages';
import { roundLabel } from '../core/words/round';
import { roundUiLabel } from '../core/words/roundUi';
import { appendLog } from './roundLog';

/** The log's outcome for a value seen in a shared answer cell. */
export const ANSWER = 'answer';
/** The longest value the log keeps of a cell (a log cell holds 50,000 characters, its JSON escapes included). */
const KEPT = 20_000;
/** The longest value a line shows. */
const SHOWN = 80;

/** An answer cell of a row asked of two or more departments, as the workbook has it now. */
export interface WatchedCell {
  /** The row's identity (rows.ts key) and the field: the same cell wherever the row moves. */
  id: string;
  sheetName: string;
  row: number;
  column: number;
  /** A1 reference now. */
  cell: string;
  code: string;
  what: string;
  columnName: string;
  departments: string[];
  /** The value as text ('' when blank), cut to what the log keeps. */
  text: string;
}

/** One value seen in a watched cell, as the log keeps it. */
export interface AnswerEntry {
  id: string;
  text: string;
  /** Who wrote it, when Google said ('' otherwise). */
  by: string;
  /** When it was seen (ISO). */
  at: string;
  /** The reading before (ISO) when it was seen by a reading, not at the edit: it was written between the two. '' otherwise. */
  after: string;
  /** Seen at the opening: there before the round. */
  opening: boolean;
  sheetName: string;
  cell: string;
  code: string;
  what: string;
  columnName: string;
  departments: string[];
}

/** An answer written over: the value seen before and the one after. */
export interface AnswerChange {
  from: AnswerEntry;
  to: AnswerEntry;
}

/** The cells of an edit (0-based), and who made it when Google said ('' otherwise). */
export interface EditedRange {
  sheetName: string;
  row: number;
  numRows: number;
  column: number;
  numColumns: number;
  by: string;
}

const cut = (text: string) => (text.length > KEPT ? text.slice(0, KEPT) : text);

/** The answer cells (ANSWER_FIELDS) of the rows a plan asks of two or more departments, with their values now. */
export function sharedAnswerCells(plan: RoundPlan, input: WorkbookInput): WatchedCell[] {
  const byKey = new Map<string, { row: RoundRow; departments: string[] }>();
  for (const department of plan.departments)
    for (const row of department.rows) {
      if (row.row < 0) continue;
      const entry = byKey.get(row.key);
      if (!entry) byKey.set(row.key, { row, departments: [department.department] });
      else if (!entry.departments.includes(department.department)) entry.departments.push(department.department);
    }
  const cells: WatchedCell[] = [];
  for (const { row, departments } of byKey.values()) {
    if (departments.length < 2) continue;
    const layout = plan.layouts[row.sheet];
    if (!layout) continue;
    const values: CellValue[] = input.sheets.find((s) => s.name === layout.name)?.rows[row.row] ?? [];
    for (const field of ANSWER_FIELDS[row.sheet]) {
      const column = layout.columns[field];
      if (column === undefined) continue;
      const value = values[column];
      cells.push({
        id: `${row.key}|${field}`,
        sheetName: layout.name,
        row: row.row,
        column,
        cell: a1(row.row, column),
        code: row.code,
        what: row.what,
        columnName: cellText(layout.header[column] ?? field),
        departments,
        text: isBlank(value) ? '' : cut(cellText(value)),
      });
    }
  }
  return cells;
}

/** The values the log has seen in watched cells, in the order seen. */
export function answerEntries(rows: CellValue[][], token: string): AnswerEntry[] {
  const out: AnswerEntry[] = [];
  for (const row of rows) {
    if (String(row[0]) !== token || String(row[4]) !== ANSWER) continue;
    let detail: Record<string, unknown> = {};
    try {
      detail = JSON.parse(String(row[5] ?? '{}')) as Record<string, unknown>;
    } catch (_error) {
      continue;
    }
    const text = (key: string) => (typeof detail[key] === 'string' ? (detail[key] as string) : '');
    out.push({
      id: String(row[1]).slice(ANSWER.length + 1),
      text: text('v'),
      by: String(row[2] ?? ''),
      at: String(row[3] ?? ''),
      after: text('after'),
      opening: detail.opening === true,
      sheetName: text('sheet'),
      cell: text('cell'),
      code: text('code'),
      what: text('what'),
      columnName: text('column'),
      departments: Array.isArray(detail.departments) ? (detail.departments as unknown[]).map(String) : [],
    });
  }
  return out;
}

/** Each answer written over: a value seen, then another (or a blank) in the same cell. A first answer is not one. */
export function answerChanges(entries: readonly AnswerEntry[]): AnswerChange[] {
  const last = new Map<string, AnswerEntry>();
  const changes: AnswerChange[] = [];
  for (const entry of entries) {
    const before = last.get(entry.id);
    if (before && before.text !== '' && before.text !== entry.text) changes.push({ from: before, to: entry });
    last.set(entry.id, entry);
  }
  return changes;
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

function shownValue(text: string, lang: Lang): string {
  if (text === '') return roundLabel('blankValue', lang);
  return text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text;
}

/** One line per answer written over, for the status, the 照会 tab and 照会結果. */
export function changeLines(changes: readonly AnswerChange[], lang: Lang): string[] {
  return changes.map(({ from, to }) => {
    const at = jstStamp(new Date(to.at));
    const when = to.after
      ? roundUiLabel('roundChangedBetween', lang, { after: jstStamp(new Date(to.after)), at })
      : roundUiLabel('roundChangedAt', lang, { at });
    const who = to.by
      ? roundUiLabel('roundChangedBy', lang, { by: to.by })
      : roundUiLabel('roundChangedByOneOf', lang, { departments: to.departments.join('・') });
    const fromWho = from.opening ? roundUiLabel('roundAnsweredAtOpening', lang) : from.by ? roundUiLabel('roundAnsweredBy', lang, { by: from.by }) : '';
    return roundUiLabel('roundAnswerChangedLine', lang, {
      sheet: to.sheetName,
      cell: to.cell,
      code: to.code,
      what: to.what,
      column: to.columnName,
      from: shownValue(from.text, lang),
      fromWho,
      to: shownValue(to.text, lang),
      when,
      who,
    });
  });
}
