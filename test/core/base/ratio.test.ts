/**
 * ratio.ts tested directly: behaviour the mutation runs found unpinned (npm run mutation;
 * reports/mutation-record-2026.md; until #24 in test/core/base/pinned.test.ts and
 * test/core/survivors-audit.test.ts). Each expectation fails if the line it names is changed.
 */
import { formatRatio } from '../../../src/core/base/ratio';

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

// Killed survivors of the mutation audit (reports/mutation-record-2026.md; until #24 in test/core/survivors-audit.test.ts):
// each test names the mutant it kills, and every expectation is worked out by hand in the comments.
describe('ratio.ts (the mutation audit)', () => {
  test('a numerator past 2^53 is divided in BigInt: the float quotient would round up across a whole number', () => {
    // 150000000000002 / 3 = 50000000000000.666…, i.e. 5000000000000066.6…%, truncated to 5000000000000066%.
    // Scaled: 15000000000000200 (> 2^53) / 3 = 5000000000000066.67, which as a float is 5000000000000067.
    expect(formatRatio(150000000000002, 3, 0, 'truncate').text).toBe('5000000000000066%');
  });
});
