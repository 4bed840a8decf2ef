/**
 * The small helpers every reader uses — cells.ts, text.ts, jst.ts and
 * problems.ts — tested directly, each expectation tied to the behaviour a
 * mutation run found unpinned (npm run mutation; reports/mutation-record-2026.md).
 */
import { a1, blockA1, cellText, columnLetters, isBlank, isDate, isErrorValue, parseA1, parseBlock } from '../../../src/core/base/cells';
import { JST_OFFSET_MS, jstDate, jstMonth, jstStamp, parseJstDate } from '../../../src/core/base/jst';
import { cleanText, clip, displayWidth, editDistance, escapeRegExp, matchKey, normalizeText } from '../../../src/core/base/text';
import { countBySeverity, localizeProblem, ProblemList } from '../../../src/core/words/problems';

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

describe('text.ts', () => {
  test('normalizeText: width folded, invisible characters gone, each run of white space one space, trimmed', () => {
    expect(normalizeText('ＡＢＣ　１２３')).toBe('ABC 123');
    expect(normalizeText('概ね\u200B順調')).toBe('概ね順調');
    expect(normalizeText('  a \u00A0\t b  ')).toBe('a b');
  });

  test('cleanText: as typed, minus invisible characters and the white space around; no-break space as a space', () => {
    expect(cleanText(' \u200B事業\u00A0A\uFEFF ')).toBe('事業 A');
    expect(cleanText('ＡＢ  C')).toBe('ＡＢ  C');
  });

  test('escapeRegExp: every special character is escaped, nothing else', () => {
    const special = ['.', '*', '+', '?', '^', '$', '{', '}', '(', ')', '|', '[', ']', '\\'].join('');
    expect(new RegExp(`^${escapeRegExp(special)}$`).test(special)).toBe(true);
    expect(escapeRegExp('千円')).toBe('千円');
    expect(escapeRegExp('a.b')).toBe('a\\.b');
  });

  test('matchKey: normalised, lower case, with no white space at all', () => {
    expect(matchKey(' On  Track ')).toBe('ontrack');
    expect(matchKey('概ね　順調')).toBe('概ね順調');
  });

  test('editDistance: insertions, deletions and substitutions by character (not UTF-16 unit)', () => {
    expect(editDistance('済', '済み')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('𠮷野', '吉野')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  test('clip: short text unchanged; long text cut at max characters (not UTF-16 units) with an ellipsis', () => {
    expect(clip('a'.repeat(60))).toBe('a'.repeat(60));
    expect(clip('a'.repeat(61))).toBe(`${'a'.repeat(60)}…`);
    expect(clip('abcdef', 3)).toBe('abc…');
    // 60 characters of two UTF-16 units each are 120 units: still not cut.
    expect(clip('𠮷'.repeat(60))).toBe('𠮷'.repeat(60));
    expect(clip('𠮷'.repeat(61))).toBe(`${'𠮷'.repeat(60)}…`);
    // A million characters are clipped without being split into an array whole.
    expect(clip('x'.repeat(1_000_000), 5)).toBe('xxxxx…');
  });

  test('displayWidth: wide characters two, marks and control characters none', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('進捗')).toBe(4);
    expect(displayWidth('ｱｲ')).toBe(2);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('a\tb\u0085c')).toBe(3);
    expect(displayWidth('\u007F\u009F\u00A0')).toBe(1);
    expect(displayWidth(' ')).toBe(1);
    expect(displayWidth('')).toBe(0);
  });
});

describe('jst.ts', () => {
  test('the Japan date, stamp and month of a moment, across the UTC midnight', () => {
    const lateUtc = new Date(Date.UTC(2024, 2, 31, 15, 30));
    expect(jstDate(lateUtc)).toBe('2024-04-01');
    expect(jstStamp(lateUtc)).toBe('2024-04-01 00:30');
    expect(jstMonth(lateUtc)).toEqual({ year: 2024, month: 4 });
    expect(jstMonth(jst(2024, 12, 31, 23))).toEqual({ year: 2024, month: 12 });
    expect(jstMonth(jst(2025, 1, 1))).toEqual({ year: 2025, month: 1 });
  });

  test('parseJstDate: YYYY-MM-DD, spaces around allowed, as the moment the day begins in Japan; impossible days refused', () => {
    expect(parseJstDate(' 2024-03-31 ')?.getTime()).toBe(jst(2024, 3, 31).getTime());
    expect(parseJstDate('2024-02-29')?.getTime()).toBe(jst(2024, 2, 29).getTime());
    for (const bad of ['2023-02-29', '2024-13-01', '2024-04-31', '2024-00-10', '2024-3-1', 'x2024-03-01', '2024-03-01x', '2024/03/01'])
      expect(parseJstDate(bad)).toBeNull();
  });
});

describe('problems.ts', () => {
  test('a problem keeps its value in its params, and a suggestion only when there is one', () => {
    const list = new ProblemList();
    list.add('error', '取組活動', 'D2', '順長', 'statusUnknown', { allowed: '済' }, '概ね順調');
    list.add('warning', '取組活動', 'D3', 'おおむね順調', 'statusUnknown');
    list.add('info', '事業', 'A2:A3', 'x', 'mergedFilled');
    expect(list.items[0]).toMatchObject({ params: { value: '順長', allowed: '済' }, suggestion: '概ね順調', message: '' });
    expect('suggestion' in list.items[1]).toBe(false);
    expect(list.errorCount).toBe(1);
    expect(countBySeverity(list.items)).toEqual({ error: 1, warning: 1, info: 1 });
    const view = localizeProblem(list.items[1], 'ja');
    expect('suggestion' in view).toBe(false);
    expect(localizeProblem(list.items[0], 'ja')).toEqual({
      severity: 'error',
      sheet: '取組活動',
      cell: 'D2',
      value: '順長',
      message: '進捗状況「順長」は使えません。使える値: 済。',
      code: 'statusUnknown',
      suggestion: '概ね順調',
    });
  });
});
