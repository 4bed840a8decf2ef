import fc from 'fast-check';
import {
  AREA_UNIT,
  amountUnitPattern,
  decimalsOf,
  formatAmount,
  formatArea,
  fromHundredths,
  groupThousands,
  parseNumber,
  roundTo,
  toHundredths,
} from '../../../src/core/base/numbers';
import { formatRatio } from '../../../src/core/base/ratio';
import { clip, matchKey, normalizeText } from '../../../src/core/base/text';

describe('parseNumber', () => {
  test.each([
    [1234, 1234],
    ['1234', 1234],
    ['1,234', 1234],
    ['１，２３４', 1234],
    ['１２３４', 1234],
    ['－', 0],
    ['-', 0],
    ['ー', 0],
    [' 827,080 ', 827080],
    ['5,085.13', 5085.13],
    ['0.5', 0.5],
    ['-12', -12],
    ['△12', -12],
  ])('%p → %p', (value, expected) => {
    expect(parseNumber(value)).toMatchObject({ ok: true, value: expected });
  });

  test('units are stripped where they are allowed', () => {
    expect(parseNumber('39,843千円', amountUnitPattern('千円'))).toMatchObject({ ok: true, value: 39843 });
    expect(parseNumber('5,085.13㎡', AREA_UNIT)).toMatchObject({ ok: true, value: 5085.13 });
    expect(parseNumber('39,843千円')).toEqual({ ok: false, reason: 'notNumber' });
    expect(parseNumber('39,843円', amountUnitPattern('千円'))).toEqual({ ok: false, reason: 'notNumber' });
  });

  test.each(['', 'abc', '1,23', '1.2.3', '12,34,567', true, null, Number.NaN, Number.POSITIVE_INFINITY, '#N/A'])('%p is not a number', (value) => {
    expect(parseNumber(value as string).ok).toBe(false);
  });

  test('every grouped integer parses back (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        expect(parseNumber(groupThousands(n))).toMatchObject({ ok: true, value: n });
      }),
    );
  });
});

describe('areas', () => {
  test('sums in hundredths stay exact', () => {
    expect(formatArea(toHundredths(1399.68) - toHundredths(6227.75))).toBe('-4,828.07');
    expect(formatArea(toHundredths(421.9))).toBe('421.90');
    expect(formatArea(0)).toBe('0.00');
  });
});

describe('formatRatio', () => {
  test('the report truncates: 43/47 is 91.4%', () => {
    expect(formatRatio(43, 47, 1, 'truncate')).toEqual({ ratio: 43 / 47, rounded: 0.914, text: '91.4%' });
    expect(formatRatio(43, 47, 1, 'halfUp').text).toBe('91.5%');
  });
  test('55/60 is 91.6% truncated, 91.7% rounded (the report misprints 91.2%)', () => {
    expect(formatRatio(55, 60, 1, 'truncate').text).toBe('91.6%');
    expect(formatRatio(55, 60, 1, 'halfUp').text).toBe('91.7%');
  });
  test('no floating-point drift', () => {
    expect(formatRatio(29, 100, 0, 'truncate').text).toBe('29%');
    expect(formatRatio(50, 50, 1, 'truncate').text).toBe('100.0%');
    expect(formatRatio(1, 3, 2, 'halfUp').text).toBe('33.33%');
    expect(formatRatio(0, 5, 1, 'truncate').text).toBe('0.0%');
  });
  test('nothing to divide by', () => {
    expect(formatRatio(0, 0, 1, 'truncate')).toEqual({ ratio: null, rounded: null, text: '－' });
  });
  test('truncation never exceeds the ratio, rounding is within half a unit (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100000 }), fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 0, max: 3 }), (den, rawNum, decimals) => {
        const num = rawNum % (den + 1);
        const unit = 10 ** -(decimals + 2);
        const t = formatRatio(num, den, decimals, 'truncate');
        const h = formatRatio(num, den, decimals, 'halfUp');
        expect(t.rounded).not.toBeNull();
        expect((t.rounded as number) <= num / den + 1e-12).toBe(true);
        expect(num / den - (t.rounded as number)).toBeLessThan(unit + 1e-12);
        expect(Math.abs((h.rounded as number) - num / den)).toBeLessThanOrEqual(unit / 2 + 1e-12);
      }),
    );
  });
});

describe('text', () => {
  test('normalizeText and matchKey', () => {
    expect(normalizeText('　効果額（千円）\u200B ')).toBe('効果額(千円)');
    expect(matchKey('Amount (thousand yen)')).toBe('amount(thousandyen)');
    expect(matchKey('ＡＭＯＵＮＴ（ｔｈｏｕｓａｎｄ　ｙｅｎ）')).toBe('amount(thousandyen)');
  });
  test('clip keeps messages short, also for a 1,000,000-character cell', () => {
    expect(clip('x'.repeat(1_000_000))).toHaveLength(61);
    expect(clip('😀'.repeat(100), 3)).toBe('😀😀😀…');
  });
});

test('-0 reads as 0 (found by fuzzing with seed 1627065214)', () => {
  for (const value of [-0, '-0']) {
    const parsed = parseNumber(value);
    expect(parsed.ok && Object.is(parsed.value, 0)).toBe(true);
  }
});

// Behaviour a mutation run found unpinned (npm run mutation; reports/mutation-record-2026.md; until #24 in test/core/base/pinned.test.ts):
// each expectation fails if the line it names is changed.
describe('numbers.ts (pinned by the mutation runs)', () => {
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

// Killed survivors of the mutation audit (reports/mutation-record-2026.md; until #24 in test/core/survivors-audit.test.ts):
// each test names the mutant it kills, and every expectation is worked out by hand in the comments.
describe('numbers.ts (the mutation audit)', () => {
  test('parseNumber: a fraction without a whole part is a number; the word undefined is not stripped as a unit', () => {
    // '.5': match[2] (the whole part) is undefined, match[3] is '.5' → 0.5.
    expect(parseNumber('.5')).toStrictEqual({ ok: true, value: 0.5, fromText: true });
    // Without a unit pattern nothing is stripped: text.replace(undefined, '') would remove the text "undefined".
    expect(parseNumber('12undefined')).toStrictEqual({ ok: false, reason: 'notNumber' });
  });

  test('decimalsOf: an integer written with an exponent has none; NaN and Infinity have none', () => {
    // String(1e21) is '1e+21', which the exponent branch would call 6 places.
    expect(decimalsOf(1e21)).toBe(0);
    // 'NaN' and 'Infinity' hold neither '.' nor 'e': 0 places, not a TypeError.
    expect(decimalsOf(Number.NaN)).toBe(0);
    expect(decimalsOf(Number.POSITIVE_INFINITY)).toBe(0);
  });
});
