/**
 * Behaviour a mutation run found unpinned (npm run mutation; reports/mutation-record-2026.md):
 * each expectation here fails if the line it names is changed.
 */
import { fiscalYearLabel, formatFiscalYear, formatYearRange, parseFiscalYear, parseFiscalYearRange } from '../../../src/core/base/fiscalYear';
import { decimalsOf, formatAmount, formatArea, fromHundredths, groupThousands, parseNumber, roundTo, toHundredths } from '../../../src/core/base/numbers';
import { formatRatio } from '../../../src/core/base/ratio';
import { DEFAULT_PROGRESS, DEFAULT_RESULTS, Vocabulary } from '../../../src/core/contract/vocabulary';

describe('ratio.ts', () => {
  test('a fraction shorter than the decimals is padded with zeros: 1/20 at 2 decimals is 5.00%', () => {
    expect(formatRatio(1, 20, 2, 'truncate').text).toBe('5.00%');
    expect(formatRatio(1, 1000, 1, 'truncate').text).toBe('0.1%');
    expect(formatRatio(1, 1000, 2, 'halfUp').text).toBe('0.10%');
  });
  test('half up rounds the half away, truncation never does', () => {
    expect(formatRatio(1, 8, 1, 'halfUp').text).toBe('12.5%');
    expect(formatRatio(1, 16, 1, 'halfUp').text).toBe('6.3%');
    expect(formatRatio(1, 16, 1, 'truncate').text).toBe('6.2%');
    expect(formatRatio(2, 3, 0, 'halfUp').text).toBe('67%');
    expect(formatRatio(2, 3, 0, 'truncate').text).toBe('66%');
  });
  test('inputs with decimals are scaled to whole numbers first: 0.29 of 1 is 29%, not the 28% of 0.29 × 100 = 28.999…', () => {
    expect(formatRatio(0.29, 1, 0, 'truncate').text).toBe('29%');
    expect(formatRatio(0.3, 0.1, 0, 'truncate').text).toBe('300%');
    expect(formatRatio(29, 100, 0, 'truncate').text).toBe('29%');
  });
  test('amounts past 2^53 once scaled (10 trillion yen at one decimal) still divide exactly', () => {
    expect(formatRatio(1e13, 3e13, 1, 'truncate').text).toBe('33.3%');
    expect(formatRatio(2e13, 3e13, 1, 'halfUp').text).toBe('66.7%');
    expect(formatRatio(2e13, 3e13, 1, 'truncate').text).toBe('66.6%');
  });
  test('a negative ratio keeps its sign in front and is cut toward zero, as by hand', () => {
    expect(formatRatio(-1e13, 3e13, 1, 'truncate').text).toBe('-33.3%');
    expect(formatRatio(-1, 3, 1, 'truncate')).toEqual({ ratio: -1 / 3, rounded: -0.333, text: '-33.3%' });
    expect(formatRatio(-2, 3, 1, 'halfUp').text).toBe('-66.7%');
    expect(formatRatio(1, -8, 1, 'halfUp').text).toBe('-12.5%');
    expect(formatRatio(-1, 100000, 1, 'truncate')).toEqual({ ratio: -0.00001, rounded: 0, text: '0.0%' });
  });
  test('nothing to divide by is －; decimals in the inputs are scaled, not rounded away', () => {
    expect(formatRatio(3, 0, 1, 'truncate')).toEqual({ ratio: null, rounded: null, text: '－' });
    expect(formatRatio(12.5, 25, 1, 'truncate')).toEqual({ ratio: 0.5, rounded: 0.5, text: '50.0%' });
    expect(formatRatio(1, 0.3, 1, 'truncate').text).toBe('333.3%');
  });
});

describe('numbers.ts', () => {
  test('▲ and △ are the Japanese minus', () => {
    expect(parseNumber('▲12')).toEqual({ ok: true, value: -12, fromText: true });
    expect(parseNumber('△1,234')).toEqual({ ok: true, value: -1234, fromText: true });
  });
  test('fromText says whether the value was typed as text', () => {
    expect(parseNumber(5)).toEqual({ ok: true, value: 5, fromText: false });
    expect(parseNumber('5')).toEqual({ ok: true, value: 5, fromText: true });
    expect(parseNumber('－')).toEqual({ ok: true, value: 0, fromText: true });
    expect(parseNumber(-0)).toEqual({ ok: true, value: 0, fromText: false });
    const minusZero = parseNumber('-0');
    expect(minusZero.ok && Object.is(minusZero.value, 0)).toBe(true);
  });
  test('not numbers', () => {
    for (const text of ['', '.', '1,23', '12a', '1,234,56', '+', '千円']) expect(parseNumber(text)).toEqual({ ok: false, reason: 'notNumber' });
    expect(parseNumber(Number.NaN)).toEqual({ ok: false, reason: 'notNumber' });
    expect(parseNumber(true)).toEqual({ ok: false, reason: 'notNumber' });
  });
  test('spaces inside a number are dropped; a number too long to be finite is no number to sum (issue #22: too large, said so)', () => {
    expect(parseNumber('1 234')).toEqual({ ok: true, value: 1234, fromText: true });
    expect(parseNumber('9'.repeat(400))).toEqual({ ok: false, reason: 'tooLarge' });
  });
  test('decimal places, exact sums and hundredths', () => {
    expect(decimalsOf(12.5)).toBe(1);
    expect(decimalsOf(1e-7)).toBe(6);
    expect(decimalsOf(0.1234567)).toBe(6);
    expect(roundTo(1.5, 0)).toBe(1.5);
    expect(roundTo(0.1 + 0.2, 1)).toBe(0.3);
    expect(fromHundredths(482807)).toBe(4828.07);
    expect(toHundredths(1399.68)).toBe(139968);
    expect(formatAmount(0, 1)).toBe('0.0');
  });
  test('grouping, with the sign kept outside the digits', () => {
    expect(groupThousands(-1234567)).toBe('-1,234,567');
    expect(groupThousands(999)).toBe('999');
    expect(groupThousands(1000)).toBe('1,000');
    expect(formatAmount(-1234.5, 1)).toBe('-1,234.5');
    expect(formatAmount(1234.56, 0)).toBe('1,235');
    expect(formatArea(-482807)).toBe('-4,828.07');
    expect(formatArea(5)).toBe('0.05');
  });
});

describe('fiscalYear.ts', () => {
  test('a date is read only with a real month and day', () => {
    expect(parseFiscalYear('2020-12-31')).toBe(2020);
    expect(parseFiscalYear('2021-01-01')).toBe(2020);
    expect(parseFiscalYear('2021-04-01')).toBe(2021);
    expect(parseFiscalYear('2021-03-31')).toBe(2020);
    for (const text of ['2020-13-01', '2020-00-10', '2020-04-32', '2020-04-00']) expect(parseFiscalYear(text)).toBeNull();
  });
  test('an era year and its Western year must agree', () => {
    expect(parseFiscalYear('令和2（2020）年度')).toBe(2020);
    expect(parseFiscalYear('令和2（2021）年度')).toBeNull();
    expect(parseFiscalYear('平成31年度')).toBe(2019);
    expect(parseFiscalYear('平成32年度')).toBeNull();
    expect(parseFiscalYear('令和0年度')).toBeNull();
  });
  test('a year label in each language', () => {
    expect(fiscalYearLabel(2020, 'ja')).toBe('令和2年度');
    expect(fiscalYearLabel(2020, 'en')).toBe('FY2020');
    expect(fiscalYearLabel(2019, 'ja')).toBe('令和元年度');
  });
  test('only whole years in range are years', () => {
    expect(parseFiscalYear(2020.5)).toBeNull();
    expect(parseFiscalYear(1925)).toBeNull();
    expect(parseFiscalYear(2201)).toBeNull();
    expect(parseFiscalYear(2200)).toBe(2200);
  });
  test('a range whose end has no era takes the start’s, written any way', () => {
    expect(parseFiscalYearRange('令和2～5')).toEqual({ first: 2020, last: 2023 });
    expect(parseFiscalYearRange('令和2～5年')).toEqual({ first: 2020, last: 2023 });
    expect(parseFiscalYearRange('R2～5')).toEqual({ first: 2020, last: 2023 });
    expect(parseFiscalYearRange('R2 - R5')).toEqual({ first: 2020, last: 2023 });
    expect(parseFiscalYearRange('2020～5')).toBeNull();
    expect(parseFiscalYearRange('abc～R5')).toBeNull();
    expect(parseFiscalYearRange('～R5')).toBeNull();
  });
  test('a range of one year, and ranges in each style', () => {
    expect(parseFiscalYearRange('R3～R3')).toEqual({ first: 2021, last: 2021 });
    expect(parseFiscalYearRange('R5～R3')).toBeNull();
    expect(formatYearRange({ first: 2020, last: 2023 }, 'western')).toBe('2020～2023年度');
    expect(formatYearRange({ first: 2020, last: 2023 }, 'fy')).toBe('FY2020～FY2023');
    expect(formatYearRange({ first: 2020, last: 2023 }, 'short')).toBe('R2～R5');
    expect(formatYearRange({ first: 2016, last: 2023 })).toBe('平成28～令和5年度');
    expect(formatYearRange({ first: 2021, last: 2021 }, 'fy')).toBe('FY2021');
    expect(formatFiscalYear(2019)).toBe('令和元年度');
  });
});

describe('vocabulary.ts', () => {
  test('the edit-distance tolerance grows with the label: half its length, never all of it', () => {
    const plan = new Vocabulary<'done' | 'onTrack'>([
      { label: '取組中です', meaning: 'onTrack', inRate: true, variants: [] },
      { label: 'A', meaning: 'done', inRate: true, variants: [] },
    ]);
    // Two edits on a five-letter label are close; on a one-letter label nothing is.
    expect(plan.match('取組中でず')).toEqual({ kind: 'unknown', suggestion: '取組中です' });
    expect(plan.match('取組でした')).toEqual({ kind: 'unknown', suggestion: '取組中です' });
    expect(plan.match('B')).toEqual({ kind: 'unknown', suggestion: undefined });
    // Four edits on five letters is not close (three is the most).
    expect(plan.match('取あいうえ')).toEqual({ kind: 'unknown', suggestion: undefined });
  });
  test('nothing is suggested for text over 40 characters', () => {
    const long = `遅れ${'あ'.repeat(40)}`;
    expect(DEFAULT_PROGRESS.match(long)).toEqual({ kind: 'unknown', suggestion: undefined });
  });
  test('the closest label wins, and the first of equally close ones', () => {
    const plan = new Vocabulary<'done' | 'onTrack'>([
      { label: '実施済', meaning: 'done', inRate: true, variants: [] },
      { label: '実施中', meaning: 'onTrack', inRate: true, variants: [] },
    ]);
    expect(plan.match('実施済み')).toEqual({ kind: 'unknown', suggestion: '実施済' });
    expect(plan.match('実施')).toEqual({ kind: 'unknown', suggestion: '実施済' });
  });
  test('a result read twice gives the same answer (the cache keeps what it found)', () => {
    const first = DEFAULT_RESULTS.match('一部達成');
    expect(DEFAULT_RESULTS.match('一部達成')).toEqual(first);
    expect(first).toMatchObject({ kind: 'variant', code: 'partial' });
  });
  test('n/a and na are no label and suggest none', () => {
    for (const text of ['n/a', 'na', 'N/A']) expect(DEFAULT_RESULTS.match(text)).toEqual({ kind: 'unknown', suggestion: undefined });
  });
});
