/**
 * The plain values core works on: what Apps Script's getValues() returns
 * (numbers, strings, booleans, Dates, '' for blanks) plus null, which the
 * .xlsx reader uses for an empty cell. Formula errors arrive as their text
 * ('#N/A'), as they do from getValues().
 */
import { jstDate } from './jst';
import { INVISIBLE_CHARS } from './text';

export type CellValue = string | number | boolean | Date | null | undefined;

/** A rectangle of cells, 0-based. */
export interface CellBlock {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface SheetInput {
  name: string;
  /** Row-major values starting at A1; rows may have different lengths. */
  rows: CellValue[][];
  /**
   * Merged blocks. As Sheets' getValues gives them, only a block's top-left
   * cell holds the value; the reader applies it to every cell of the block.
   */
  merges?: CellBlock[];
}

/** A1 notation of a block: A2:A4 (one cell: A2). */
export function blockA1(block: CellBlock): string {
  const start = a1(block.row, block.column);
  return block.numRows === 1 && block.numColumns === 1 ? start : `${start}:${a1(block.row + block.numRows - 1, block.column + block.numColumns - 1)}`;
}

/** Parses A1:B3 (or A1) into a block; null when it is not one. */
export function parseBlock(text: string): CellBlock | null {
  const [first, last = first] = text.replace(/\$/g, '').split(':');
  const start = parseA1(first);
  const end = parseA1(last);
  if (!start || !end) return null;
  return {
    row: Math.min(start.row, end.row),
    column: Math.min(start.column, end.column),
    numRows: Math.abs(end.row - start.row) + 1,
    numColumns: Math.abs(end.column - start.column) + 1,
  };
}

export interface WorkbookInput {
  sheets: SheetInput[];
}

const ERROR_VALUES = new Set(['#N/A', '#REF!', '#DIV/0!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!', '#SPILL!', '#CALC!', '#GETTING_DATA']);

export function isErrorValue(value: CellValue): value is string {
  if (typeof value !== 'string' || value.length > 16 || value.indexOf('#') < 0) return false;
  return ERROR_VALUES.has(value.trim().toUpperCase());
}

export function isDate(value: CellValue): value is Date {
  return value instanceof Date || Object.prototype.toString.call(value) === '[object Date]';
}

// White space and the invisible marks cleanText removes (text.ts): a cell of only these is blank.
const BLANK_CHAR = new RegExp(`[\\s${INVISIBLE_CHARS}]`);
const BLANK_CHARS = new RegExp(`[\\s${INVISIBLE_CHARS}]`, 'g');

export function isBlank(value: CellValue): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') {
    // Fast path: most cells start with a visible character.
    if (value.length > 0 && !BLANK_CHAR.test(value[0])) return false;
    return value.replace(BLANK_CHARS, '') === '';
  }
  return false;
}

/** Column index (0-based) to letters: 0 → A, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A1 notation of a 0-based row and column. */
export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** Parses A1 notation back to 0-based coordinates; null when it is not a single cell. */
export function parseA1(ref: string): { row: number; column: number } | null {
  const match = /^([A-Z]{1,3})(\d+)$/.exec(ref);
  if (!match) return null;
  let column = 0;
  for (const ch of match[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}

/** A cell as text for messages and JSON: dates as yyyy-mm-dd (Japan time), numbers as typed. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (isDate(value)) {
    if (Number.isNaN(value.getTime())) return 'Invalid Date';
    return jstDate(value);
  }
  return String(value);
}

/** Dates are read as calendar dates in Japan (UTC+9, no daylight saving). */
export { JST_OFFSET_MS } from './jst';
