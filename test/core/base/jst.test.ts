/**
 * jst.ts, tested directly, each expectation tied to the behaviour a mutation run found unpinned
 * (npm run mutation; reports/mutation-record-2026.md; until #24 in test/core/base/helpers.test.ts and test/core/survivors-audit.test.ts).
 */
import { JST_OFFSET_MS, jstDate, jstMonth, jstStamp, parseJstDate } from '../../../src/core/base/jst';

/** A moment given as Japan wall-clock time. */
const jst = (y: number, m: number, d: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min) - JST_OFFSET_MS);

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

// Killed survivors of the mutation audit (reports/mutation-record-2026.md; until #24 in test/core/survivors-audit.test.ts):
// each test names the mutant it kills, and every expectation is worked out by hand in the comments.
describe('jst.ts (the mutation audit)', () => {
  test('parseJstDate refuses a year before 100, which Date.UTC would read as 19xx', () => {
    // Date.UTC(50, 0, 1) is 1950-01-01: only the year differs, so each of the three checks must count on its own.
    expect(parseJstDate('0050-01-01')).toBe(null);
    expect(parseJstDate('0099-12-31')).toBe(null);
    expect(parseJstDate('0100-01-01')?.toISOString()).toBe('0099-12-31T15:00:00.000Z');
  });
});
