/**
 * The trace of the round's shared rows (r27g F8), pure: which answer cells are watched (those of a row asked of two
 * or more departments), the values a log has seen in them, the answers written over, and one line for each. The
 * add-on (src/gas/roundTrace.ts) reads the workbook and writes its hidden log; this file only decides.
 */
import { type CellValue, cellText, isBlank, type WorkbookInput } from '../base/cells';
import { jstStamp } from '../base/jst';
import type { WorkbookData } from '../read/read';
import type { Lang } from '../words/messages';
import { roundLabel } from '../words/round';
import { roundUiLabel } from '../words/roundUi';
import { type RoundCell, type RoundPlan, requestableCells } from './requests';
import { ANSWER_FIELDS, type RoundLayout, type RoundRow } from './rows';

/** The log's outcome for a value seen in a shared answer cell. */
export const ANSWER = 'answer';
/** The longest value the log keeps of a cell (a log cell holds 50,000 characters, its JSON escapes included). */
export const KEPT = 20_000;
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

/** A value as the log keeps it: its text, '' when blank, cut to KEPT characters. */
export function keptText(value: CellValue): string {
  if (isBlank(value)) return '';
  const text = cellText(value);
  return text.length > KEPT ? text.slice(0, KEPT) : text;
}

/**
 * The text to log for an edit's own value (the event's e.value, a string) against the cell's text read now: the
 * cell's when both name the same value — the same text, or the same number or truth value as Sheets passes it
 * ("1000" for 1,000, "TRUE" for true) — so that one value is never logged as two; else the event's.
 */
export function editedText(eventValue: string, cellNow: string): string {
  if (eventValue === cellNow) return cellNow;
  const number = (text: string) => (/^[-+]?[\d,]*\.?\d+(e[-+]?\d+)?$/i.test(text.trim()) ? Number(text.trim().replace(/,/g, '')) : Number.NaN);
  const a = number(eventValue);
  if (!Number.isNaN(a) && a === number(cellNow)) return cellNow;
  if (/^(true|false)$/i.test(eventValue) && eventValue.toUpperCase() === cellNow.toUpperCase()) return cellNow;
  return keptText(eventValue);
}

/**
 * A row's answer cells (ANSWER_FIELDS): those the round asks for (REQUESTED_FIELDS) and those it lets a department
 * write without asking (達成事項's 概要), on the same row, in ANSWER_FIELDS order — requestableCells' cells.
 */
function answerCells(input: WorkbookInput, layout: RoundLayout, row: RoundRow, data: WorkbookData): RoundCell[] {
  return requestableCells(input, layout, row, data, ANSWER_FIELDS[row.sheet]).map(({ cell }) => cell);
}

/** The answer cells (ANSWER_FIELDS) of the rows a plan asks of two or more departments, with their values now. */
export function sharedAnswerCells(plan: RoundPlan, input: WorkbookInput, data: WorkbookData): WatchedCell[] {
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
    for (const cell of answerCells(input, layout, row, data))
      cells.push({
        id: `${row.key}|${cell.field}`,
        sheetName: cell.sheetName,
        row: cell.row,
        column: cell.column,
        cell: cell.cell,
        code: cell.code,
        what: cell.what,
        columnName: cellText(layout.header[cell.column] ?? cell.field),
        departments,
        text: keptText(values[cell.column]),
      });
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

/**
 * Each answer written over: a value seen, then another (or a blank) in the same cell. A first answer is not one.
 * The same value logged again with its editor after it was logged without one (an edit's own run naming who wrote
 * the value an earlier run or a reading saw unnamed: runs of two edits can overlap) names that editor on the entry
 * seen first, and on the change to it.
 */
export function answerChanges(entries: readonly AnswerEntry[]): AnswerChange[] {
  const last = new Map<string, AnswerEntry>();
  const changes: AnswerChange[] = [];
  for (const entry of entries) {
    const before = last.get(entry.id);
    if (before && before.text === entry.text && before.by === '' && entry.by !== '' && !before.opening) {
      const named = { ...before, by: entry.by };
      for (const change of changes) if (change.to === before) change.to = named;
      last.set(entry.id, named);
      continue;
    }
    if (before && before.text !== '' && before.text !== entry.text) changes.push({ from: before, to: entry });
    last.set(entry.id, entry);
  }
  return changes;
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

/**
 * Where the watched cells are, by sheet: the rows and the answer columns (0-based), for the edit trigger to tell
 * from the edited range alone whether an edit can touch one. `rows` null: every row (the index kept small).
 */
export interface WatchIndex {
  token: string;
  sheets: Record<string, { rows: number[] | null; columns: number[] }>;
}

/** The longest index kept (a property value holds 9 KB): past it, a sheet's rows are not listed. */
const INDEX_KEPT = 8_000;

export function watchIndex(token: string, cells: readonly WatchedCell[]): WatchIndex {
  const sheets: WatchIndex['sheets'] = {};
  for (const cell of cells) {
    const sheet = sheets[cell.sheetName] ?? { rows: [], columns: [] };
    sheets[cell.sheetName] = sheet;
    if (!sheet.rows?.includes(cell.row)) sheet.rows?.push(cell.row);
    if (!sheet.columns.includes(cell.column)) sheet.columns.push(cell.column);
  }
  for (const sheet of Object.values(sheets)) {
    sheet.rows?.sort((a, b) => a - b);
    sheet.columns.sort((a, b) => a - b);
  }
  const index = { token, sheets };
  if (JSON.stringify(index).length <= INDEX_KEPT) return index;
  for (const sheet of Object.values(sheets)) sheet.rows = null;
  return index;
}

/** Whether an edited range (0-based) can touch a watched cell: the sheet listed, a row and a column of the index within it. */
export function touchesWatched(index: WatchIndex, sheetName: string, row: number, numRows: number, column: number, numColumns: number): boolean {
  const sheet = index.sheets[sheetName];
  if (!sheet) return false;
  const inside = (value: number, start: number, count: number) => value >= start && value < start + count;
  return sheet.columns.some((c) => inside(c, column, numColumns)) && (sheet.rows === null || sheet.rows.some((r) => inside(r, row, numRows)));
}
