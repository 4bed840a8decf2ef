/**
 * cells.ts, tested directly, each expectation tied to the behaviour a mutation run found unpinned
 * (npm run mutation; reports/mutation-record-2026.md; until #24 in test/core/base/helpers.test.ts).
 */
import { a1, blockA1, cellText, columnLetters, isBlank, isDate, isErrorValue, parseA1, parseBlock } from '../../../src/core/base/cells';
import { JST_OFFSET_MS } from '../../../src/core/base/jst';

/** A moment given as Japan wall-clock time. */
const jst = (y: number, m: number, d: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min) - JST_OFFSET_MS);

describe('cells.ts', () => {
  test('blockA1: one cell is its own name; a block runs to its last cell', () => {
    expect(blockA1({ row: 1, column: 0, numRows: 1, numColumns: 1 })).toBe('A2');
    expect(blockA1({ row: 1, column: 0, numRows: 3, numColumns: 1 })).toBe('A2:A4');
    expect(blockA1({ row: 1, column: 1, numRows: 1, numColumns: 3 })).toBe('B2:D2');
    expect(blockA1({ row: 4, column: 2, numRows: 2, numColumns: 2 })).toBe('C5:D6');
  });

  test('parseBlock: A1 notation with or without $, either corner first; anything else is null', () => {
    expect(parseBlock('A2:A4')).toEqual({ row: 1, column: 0, numRows: 3, numColumns: 1 });
    expect(parseBlock('$B$2:$D$2')).toEqual({ row: 1, column: 1, numRows: 1, numColumns: 3 });
    expect(parseBlock('D6:C5')).toEqual({ row: 4, column: 2, numRows: 2, numColumns: 2 });
    expect(parseBlock('C5')).toEqual({ row: 4, column: 2, numRows: 1, numColumns: 1 });
    expect(parseBlock('A1:')).toBeNull();
    expect(parseBlock(':B2')).toBeNull();
    expect(parseBlock('x')).toBeNull();
    expect(parseBlock('A:A')).toBeNull();
  });

  test('parseA1: letters then digits, the whole text; AA is column 26', () => {
    expect(parseA1('A1')).toEqual({ row: 0, column: 0 });
    expect(parseA1('Z10')).toEqual({ row: 9, column: 25 });
    expect(parseA1('AA3')).toEqual({ row: 2, column: 26 });
    expect(parseA1('AB12')).toEqual({ row: 11, column: 27 });
    expect(parseA1('XFD1048576')).toEqual({ row: 1048575, column: 16383 });
    for (const bad of ['a1', 'A', '1', 'A1B', ' A1', 'A1 ', 'AAAA1', '1A']) expect(parseA1(bad)).toBeNull();
  });

  test('columnLetters and a1 are parseA1 backwards', () => {
    for (const [index, letters] of [
      [0, 'A'],
      [25, 'Z'],
      [26, 'AA'],
      [51, 'AZ'],
      [52, 'BA'],
      [701, 'ZZ'],
      [702, 'AAA'],
    ] as const) {
      expect(columnLetters(index)).toBe(letters);
      expect(parseA1(`${letters}7`)).toEqual({ row: 6, column: index });
    }
    expect(a1(6, 27)).toBe('AB7');
  });

  test('isErrorValue: the error texts in any case and spacing, up to 16 characters', () => {
    for (const text of ['#N/A', '#n/a', ' #REF! ', '#DIV/0!', '#GETTING_DATA']) expect(isErrorValue(text)).toBe(true);
    for (const value of ['N/A', '#', '#N/A and more', 'x#N/A', 12, null, `${' '.repeat(13)}#N/A`]) expect(isErrorValue(value as string)).toBe(false);
    expect(isErrorValue(`${' '.repeat(12)}#N/A`)).toBe(true);
  });

  test('isDate: a Date of this realm or another; nothing else', () => {
    expect(isDate(new Date())).toBe(true);
    const foreign = Object.create(Date.prototype);
    expect(isDate(foreign)).toBe(true);
    expect(isDate({ [Symbol.toStringTag]: 'Date' } as unknown as Date)).toBe(true);
    expect(isDate('2024-03-01')).toBe(false);
    expect(isDate(45382)).toBe(false);
  });

  test('isBlank: nothing, spaces, zero-width characters and BOMs are blank; a visible character is not', () => {
    for (const value of [null, undefined, '', ' ', '\u3000', '\u200B', '\uFEFF \u2060', '\t\n']) expect(isBlank(value)).toBe(true);
    for (const value of ['a', ' a', '\u200Ba', 0, false, '-']) expect(isBlank(value)).toBe(false);
  });

  test('cellText: blanks as empty, dates as their Japan date, an invalid date said so, the rest as typed', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
    expect(cellText(jst(2024, 3, 31))).toBe('2024-03-31');
    expect(cellText(new Date(Number.NaN))).toBe('Invalid Date');
    expect(cellText(1234.5)).toBe('1234.5');
    expect(cellText(false)).toBe('false');
    expect(cellText('済')).toBe('済');
  });
});
