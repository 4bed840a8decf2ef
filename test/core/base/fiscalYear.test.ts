import fc from 'fast-check';
import {
  fiscalYearOfDate,
  formatFiscalYear,
  formatYearRange,
  parseFiscalYear,
  parseFiscalYearRange,
  type WarekiStyle,
} from '../../../src/core/base/fiscalYear';
import { fiscalYearLabel } from '../../../src/core/words/yearLabels';

/** A date at a wall-clock time in Japan, as Apps Script hands it over (script time zone Asia/Tokyo). */
function jst(y: number, m: number, d: number, h = 0): Date {
  return new Date(Date.UTC(y, m - 1, d, h) - 9 * 3600_000);
}

describe('parseFiscalYear', () => {
  test.each([
    ['令和2年度', 2020],
    ['令和２年度', 2020],
    ['R2', 2020],
    ['r2', 2020],
    ['R2年度', 2020],
    ['Ｒ２年度', 2020],
    ['2020', 2020],
    ['２０２０', 2020],
    ['2020年度', 2020],
    ['FY2020', 2020],
    ['fy 2020', 2020],
    ['令和2（2020）年度', 2020],
    ['令和 2 年度', 2020],
    ['令和元年度', 2019],
    ['令和元年', 2019],
    ['R1', 2019],
    ['平成31年度', 2019],
    ['H31', 2019],
    ['平成28年度', 2016],
    ['H28', 2016],
    ['平成元年度', 1989],
    ['昭和63年度', 1988],
    ['S63', 1988],
    ['㋿2年度', 2020],
    ['2020-04-01', 2020],
    ['2021/3/31', 2020],
    ['2021年4月1日', 2021],
  ])('%s → %i', (text, year) => {
    expect(parseFiscalYear(text)).toBe(year);
  });

  test('numbers', () => {
    expect(parseFiscalYear(2020)).toBe(2020);
    expect(parseFiscalYear(2020.5)).toBeNull();
    expect(parseFiscalYear(43922)).toBeNull();
  });

  test('dates belong to the fiscal year that starts in April (Japan time)', () => {
    expect(parseFiscalYear(jst(2020, 4, 1))).toBe(2020);
    expect(parseFiscalYear(jst(2021, 3, 31, 23))).toBe(2020);
    expect(parseFiscalYear(jst(2021, 4, 1))).toBe(2021);
    expect(parseFiscalYear(jst(2024, 3, 15))).toBe(2023);
    expect(fiscalYearOfDate(new Date(Number.NaN))).toBeNull();
  });

  test.each(['', '令和', 'R', '平成32年度', '昭和64年度', 'H0', '令和2年度度', 'R2R3', '二〇二〇', 'abc', '2020-13-01', '#N/A'])(
    '%p is not a fiscal year',
    (text) => {
      expect(parseFiscalYear(text)).toBeNull();
    },
  );

  test('other cell types', () => {
    expect(parseFiscalYear(true)).toBeNull();
    expect(parseFiscalYear(null)).toBeNull();
    expect(parseFiscalYear(undefined)).toBeNull();
  });
});

describe('parseFiscalYearRange', () => {
  test.each([
    ['令和2～5年度', 2020, 2023],
    ['令和2〜5年度', 2020, 2023],
    ['令和2~5年度', 2020, 2023],
    ['令和2-5年度', 2020, 2023],
    ['H28～R5', 2016, 2023],
    ['R2-R5', 2020, 2023],
    ['R2–R5', 2020, 2023],
    ['2020-2023', 2020, 2023],
    ['2020年度～2023年度', 2020, 2023],
    ['令和5～8年度', 2023, 2026],
    ['令和5年度', 2023, 2023],
    ['R3', 2021, 2021],
    ['令和元～2年度', 2019, 2020],
  ])('%s', (text, first, last) => {
    expect(parseFiscalYearRange(text)).toEqual({ first, last });
  });

  test.each(['令和5～2年度', '2023-2020', 'R2～', '～R5', 'R2～R3～R4', '2020-04-01-2021'])('%p is refused', (text) => {
    expect(parseFiscalYearRange(text)).toBeNull();
  });
});

describe('formatFiscalYear', () => {
  test.each([
    [2019, 'long', '令和元年度'],
    [2020, 'long', '令和2年度'],
    [2018, 'long', '平成30年度'],
    [1989, 'long', '平成元年度'],
    [1988, 'long', '昭和63年度'],
    [2020, 'short', 'R2'],
    [2019, 'short', 'R1'],
    [2016, 'short', 'H28'],
    [2020, 'western', '2020年度'],
    [2020, 'fy', 'FY2020'],
  ] as [number, WarekiStyle, string][])('%i %s → %s', (year, style, text) => {
    expect(formatFiscalYear(year, style)).toBe(text);
  });

  test('ranges', () => {
    expect(formatYearRange({ first: 2020, last: 2023 })).toBe('令和2～5年度');
    expect(formatYearRange({ first: 2016, last: 2023 })).toBe('平成28～令和5年度');
    expect(formatYearRange({ first: 2016, last: 2023 }, 'short')).toBe('H28～R5');
    expect(formatYearRange({ first: 2023, last: 2023 })).toBe('令和5年度');
  });
});

describe('round trips (property)', () => {
  const year = fc.integer({ min: 1926, max: 2200 });
  const style = fc.constantFrom<WarekiStyle>('long', 'short', 'western', 'fy');

  test('every formatted year parses back to itself', () => {
    fc.assert(
      fc.property(year, style, (y, s) => {
        expect(parseFiscalYear(formatFiscalYear(y, s))).toBe(y);
      }),
    );
  });

  test('full-width digits parse like ASCII ones', () => {
    fc.assert(
      fc.property(year, style, (y, s) => {
        const wide = formatFiscalYear(y, s).replace(/[0-9A-Z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
        expect(parseFiscalYear(wide)).toBe(y);
      }),
    );
  });

  test('every formatted range parses back to itself', () => {
    fc.assert(
      fc.property(year, fc.integer({ min: 0, max: 40 }), style, (first, span, s) => {
        const last = Math.min(2200, first + span);
        expect(parseFiscalYearRange(formatYearRange({ first, last }, s))).toEqual({ first, last });
      }),
    );
  });

  test('every day of a fiscal year maps to it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1927, max: 2199 }), fc.integer({ min: 0, max: 364 }), fc.integer({ min: 0, max: 23 }), (y, day, hour) => {
        const date = new Date(jst(y, 4, 1, hour).getTime() + day * 86_400_000);
        expect(parseFiscalYear(date)).toBe(y);
      }),
    );
  });

  test('parsing never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.double(), fc.boolean(), fc.date()), (value) => {
        parseFiscalYear(value);
        parseFiscalYearRange(value);
      }),
    );
  });
});

// Behaviour a mutation run found unpinned (npm run mutation; reports/mutation-record-2026.md; until #24 in test/core/base/pinned.test.ts):
// each expectation fails if the line it names is changed.
describe('fiscalYear.ts (pinned by the mutation runs)', () => {
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

// A boundary the mutation runs found untested (until #24 in test/core/base/edges.test.ts).
test('a year before 昭和 is written in the Western calendar', () => {
  expect([formatFiscalYear(1925), formatFiscalYear(1925, 'short'), formatFiscalYear(1926)]).toEqual(['1925年度', '1925', '昭和元年度']);
  expect(formatYearRange({ first: 1920, last: 1930 })).toBe('1920～昭和5年度');
});

// Killed survivors of the mutation audit (reports/mutation-record-2026.md; until #24 in test/core/survivors-audit.test.ts):
// each test names the mutant it kills, and every expectation is worked out by hand in the comments.
describe('fiscalYear.ts (the mutation audit)', () => {
  test('formatYearRange writes an end in its era’s first year as 元, even in a range given back to front', () => {
    // {2020, 2019}: both in 令和 (from 2019), the end is 令和 year 2019 − 2019 + 1 = 1 → 元.
    expect(formatYearRange({ first: 2020, last: 2019 })).toBe('令和2～元年度');
  });
});
