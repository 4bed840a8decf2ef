/**
 * Boundaries the mutation runs found untested (reports/mutation-record-2026.md, "to kill
 * next"): a baseline's date pattern, a chunk cut next to a surrogate pair,
 * an address of exactly 254 characters and top-level domains with digits, a
 * subject's inner spaces, a year before 昭和.
 */

import { checkAddress, headerSafe } from '../../../src/core/base/email';
import { formatFiscalYear, formatYearRange } from '../../../src/core/base/fiscalYear';
import { cellChunks, decodeBaseline, encodeBaseline } from '../../../src/core/compute/baseline';

test('a baseline’s date is exactly YYYY-MM-DD', () => {
  const text = (date: string) => encodeBaseline({ date, frozenAt: '2024-03-31T00:00:00.000Z', input: { sheets: [] } });
  expect(decodeBaseline(text('2024-03-31')).date).toBe('2024-03-31');
  for (const date of ['2024-03-31x', 'x2024-03-31', '2024-3-31', '24-03-31']) expect(() => decodeBaseline(text(date))).toThrow('not a Shinchoku baseline');
});

test('a chunk never ends on the first half of a pair, whichever pair; other characters are cut where they fall', () => {
  // U+10000 is D800 DC00; U+10FFFF is DBFF DFFF: a cut after the first half moves back one.
  expect(cellChunks('abc\u{10000}d', 4)).toEqual(['abc', '\u{10000}d']);
  expect(cellChunks('abc\u{10FFFF}d', 4)).toEqual(['abc', '\u{10FFFF}d']);
  // A full-width character is one unit: the cut stays at 4.
  expect(cellChunks('abc全d', 4)).toEqual(['abc全', 'd']);
  // A pair that ends exactly at the cut is whole.
  expect(cellChunks('ab\u{10000}cd', 4)).toEqual(['ab\u{10000}', 'cd']);
  expect(cellChunks('', 4)).toEqual([]);
});

test('an address of 254 characters is accepted, of 255 refused', () => {
  const domain = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(61)}`;
  const address = `${'u'.repeat(64)}@${domain}`;
  expect(address).toHaveLength(254);
  expect(checkAddress(address)).toBeNull();
  expect(checkAddress(`${'u'.repeat(64)}@d${domain}`)).toBe('tooLong');
});

test('a top-level domain of digits only is refused; one with a digit in it is not', () => {
  expect(checkAddress('user@example.123')).toBe('badDomain');
  expect(checkAddress('user@example.x1')).toBeNull();
  expect(checkAddress('user@example.1x')).toBeNull();
});

test('a subject keeps one space where there were several', () => {
  expect(headerSafe('進捗  ダイジェスト\t\t3月')).toBe('進捗 ダイジェスト 3月');
  expect(headerSafe(' a\r\n\r\nb ')).toBe('a b');
});

test('a year before 昭和 is written in the Western calendar', () => {
  expect([formatFiscalYear(1925), formatFiscalYear(1925, 'short'), formatFiscalYear(1926)]).toEqual(['1925年度', '1925', '昭和元年度']);
  expect(formatYearRange({ first: 1920, last: 1930 })).toBe('1920～昭和5年度');
});
