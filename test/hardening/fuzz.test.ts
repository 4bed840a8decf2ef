/**
 * Property-based fuzzing: whatever the cells hold, summarize returns a result
 * with problems and never throws; every problem names a cell; parsers are
 * idempotent on their own output.
 */
import fc from 'fast-check';
import type { CellValue, WorkbookInput } from '../../src/core/base/cells';
import { formatFiscalYear, formatYearRange, parseFiscalYear, parseFiscalYearRange } from '../../src/core/base/fiscalYear';
import { groupThousands, parseNumber } from '../../src/core/base/numbers';
import { cleanText, normalizeText } from '../../src/core/base/text';
import { fiscalYear as fyFunction, progressRate, statusCounts } from '../../src/core/compute/customFunctions';
import { summarize } from '../../src/core/compute/pipeline';
import { type SHEET_ORDER, SHEETS } from '../../src/core/contract/schema';
import { DEFAULT_PROGRESS } from '../../src/core/contract/vocabulary';
import { normalizeCode } from '../../src/core/read/read';
import { amountText, decorated, Reach, yearText } from '../support/reach';

const ERRORS = ['#N/A', '#REF!', '#DIV/0!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!'];
const INTERESTING = [
  '',
  ' ',
  '－',
  '済',
  'おおむね順調',
  '遅れ',
  '令和2年度',
  'R3',
  'FY2021',
  '2022',
  '0701-01',
  '0701\u200B-01',
  '1,234',
  '△5',
  '達成',
  '一部未達成',
  '=1+1',
  '😀',
  '\u202E',
  'TRUE',
  '廃止',
  '増加',
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constant(''),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.constantFrom(...INTERESTING, ...ERRORS),
  fc.integer({ min: -10, max: 3000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: false }),
);

const grid = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 });

/** A sheet with the contract's headers (shuffled, sometimes missing one) over random cells. */
function contractSheet(key: (typeof SHEET_ORDER)[number]): fc.Arbitrary<{ name: string; rows: CellValue[][] }> {
  const headers = SHEETS[key].columns.map((c) => c.ja);
  return fc
    .record({
      order: fc.shuffledSubarray(headers, { minLength: Math.max(1, headers.length - 1), maxLength: headers.length }),
      rows: fc.array(fc.array(cell, { minLength: headers.length, maxLength: headers.length }), { maxLength: 15 }),
      name: fc.constantFrom(SHEETS[key].ja, SHEETS[key].en, ` ${SHEETS[key].en.toUpperCase()} `),
    })
    .map(({ order, rows, name }) => ({ name, rows: [order as CellValue[], ...rows] }));
}

const workbook: fc.Arbitrary<WorkbookInput> = fc
  .record({
    settings: contractSheet('settings'),
    projects: contractSheet('projects'),
    activities: contractSheet('activities'),
    targets: contractSheet('targets'),
    effects: contractSheet('effects'),
    floorArea: contractSheet('floorArea'),
    departments: contractSheet('departments'),
    junk: fc.array(fc.record({ name: fc.string({ maxLength: 8 }), rows: grid }), { maxLength: 2 }),
    drop: fc.subarray(['settings', 'projects', 'activities', 'targets', 'effects', 'floorArea', 'departments']),
  })
  .map((w) => ({
    sheets: [w.settings, w.projects, w.activities, w.targets, w.effects, w.floorArea, w.departments, ...w.junk].filter(
      (_, i) => i >= 7 || !w.drop.includes(['settings', 'projects', 'activities', 'targets', 'effects', 'floorArea', 'departments'][i]),
    ),
  }));

const A1 = /^([A-Z]{1,3}[1-9]\d*|[1-9]\d*:[1-9]\d*)$/;

describe('summarize on anything', () => {
  test('never throws; every problem names its sheet and a cell, with a message, in both languages', () => {
    fc.assert(
      fc.property(workbook, fc.constantFrom<'ja' | 'en'>('ja', 'en'), (input, lang) => {
        const summary = summarize(input, { lang, currentYear: 2022 });
        for (const problem of summary.problems) {
          expect(problem.sheet).not.toBe('');
          expect(problem.cell).toMatch(A1);
          expect(problem.message.length).toBeGreaterThan(0);
          expect(['error', 'warning', 'info']).toContain(problem.severity);
        }
        expect(summary.problemCounts.error + summary.problemCounts.warning + summary.problemCounts.info).toBe(summary.problems.length);
        JSON.stringify(summary);
      }),
      { numRuns: 300 },
    );
  });

  test('raw grids with no contract at all: the two required sheets are reported missing, and nothing is counted', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ name: fc.string({ maxLength: 6 }), rows: grid }), { maxLength: 4 }), (sheets) => {
        fc.pre(sheets.every((s) => !/事業|取組|Projects|Activities/i.test(s.name)));
        const summary = summarize({ sheets });
        const missing = summary.problems.filter((p) => p.severity === 'error' && /必須のシート/.test(p.message)).map((p) => p.message);
        expect(missing.some((m) => m.includes('「事業」'))).toBe(true);
        expect(missing.some((m) => m.includes('「取組活動」'))).toBe(true);
        expect(summary.progress.every((row) => row.activities === 0)).toBe(true);
        expect(summary.effects.total).toBe(0);
      }),
    );
  });

  test('the figures never go negative and the counts add up', () => {
    fc.assert(
      fc.property(workbook, (input) => {
        const summary = summarize(input);
        for (const row of summary.progress) {
          expect(Object.values(row.counts).reduce((a, b) => a + b, 0)).toBe(row.activities);
          expect(row.projects).toBeLessThanOrEqual(row.activities);
          if (row.rate !== null) expect(row.rate).toBeGreaterThanOrEqual(0);
        }
        const a = summary.achievement;
        expect(a.counts.achieved + a.counts.partial + a.counts.notAchieved).toBe(a.evaluated);
        expect(summary.effects.total).toBe(summary.effects.byYear.reduce((sum, e) => sum + e.amount, 0));
      }),
      { numRuns: 200 },
    );
  });
});

describe('parsers are idempotent on their own output', () => {
  const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom(...INTERESTING));

  test('normalizeText, cleanText and normalizeCode', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(normalizeText(normalizeText(text))).toBe(normalizeText(text));
        expect(cleanText(cleanText(text))).toBe(cleanText(text));
        expect(normalizeCode(normalizeCode(text))).toBe(normalizeCode(text));
      }),
    );
  });

  test('fiscal years: what parses, formatted, parses to the same year', () => {
    const years = new Reach();
    const ranges = new Reach();
    fc.assert(
      fc.property(fc.oneof({ arbitrary: yearText, weight: 4 }, cell), (value) => {
        years.run();
        ranges.run();
        const year = parseFiscalYear(value);
        if (year !== null) {
          years.hit();
          for (const style of ['long', 'short', 'western', 'fy'] as const) expect(parseFiscalYear(formatFiscalYear(year, style))).toBe(year);
        }
        const range = parseFiscalYearRange(value);
        if (range && range.first !== range.last) {
          ranges.hit();
          expect(parseFiscalYearRange(formatYearRange(range))).toEqual(range);
          expect(parseFiscalYearRange(formatYearRange(range, 'short'))).toEqual(range);
        }
      }),
    );
    years.expectShare(0.4);
    ranges.expectShare(0.02);
  });

  test('statuses: a matched value’s label matches exactly', () => {
    const reach = new Reach();
    fc.assert(
      fc.property(fc.oneof(decorated(DEFAULT_PROGRESS.terms.flatMap((t) => [t.label, ...t.variants])), anyText), (text) => {
        reach.run();
        const found = DEFAULT_PROGRESS.match(text);
        if (found.kind !== 'unknown') {
          reach.hit();
          expect(DEFAULT_PROGRESS.match(DEFAULT_PROGRESS.terms[found.index].label)).toMatchObject({ kind: 'exact', code: found.code });
        }
      }),
    );
    reach.expectShare(0.3);
  });

  test('numbers: what parses, grouped, parses to the same number', () => {
    const reach = new Reach();
    fc.assert(
      fc.property(fc.oneof({ arbitrary: amountText, weight: 4 }, cell), (value) => {
        reach.run();
        const parsed = parseNumber(value);
        if (parsed.ok && Number.isInteger(parsed.value) && Math.abs(parsed.value) < 1e15) {
          reach.hit();
          expect(parseNumber(groupThousands(parsed.value))).toMatchObject({ ok: true, value: parsed.value });
          // The Japanese minus and full-width digits read as the same number.
          if (parsed.value < 0) expect(parseNumber(`△${groupThousands(-parsed.value)}`)).toMatchObject({ ok: true, value: parsed.value });
        }
      }),
    );
    reach.expectShare(0.5);
  });

  test('custom functions answer with values of their kind, or throw an error that names what was wrong', () => {
    const answered = new Reach();
    const statusCell = fc.oneof(decorated(['済', '概ね順調', '遅れ', '未着手', '休止']), cell);
    fc.assert(
      fc.property(fc.array(fc.array(statusCell, { maxLength: 3 }), { minLength: 1, maxLength: 5 }), (range) => {
        answered.run();
        let ok = 0;
        try {
          const rate = progressRate(range, 'ja');
          // A rate is a fraction of one (truncated), or － when there is nothing to divide by.
          if (typeof rate === 'number') expect(rate >= 0 && rate <= 1).toBe(true);
          else expect(rate).toBe('－');
          ok++;
        } catch (error) {
          expect((error as Error).message).toMatch(/使える値|「|数式のエラー値 #/);
        }
        try {
          const counts = statusCounts(range, 'en');
          expect(counts).toHaveLength(2);
          const numbers = counts[1] as number[];
          // The last column is the total of the others.
          expect(numbers.slice(0, -1).reduce((a, b) => a + b, 0)).toBe(numbers[numbers.length - 1]);
          ok++;
        } catch (error) {
          expect((error as Error).message).toMatch(/Allowed|"|Formula error #/);
        }
        try {
          const years = fyFunction(range, 'ja');
          const flat = Array.isArray(years) ? years.flat() : [years];
          for (const y of flat) expect(typeof y === 'number' ? y >= 1926 && y <= 2200 : y === '').toBe(true);
        } catch (error) {
          expect((error as Error).message).toMatch(/年度として読めません|数式のエラー値 #/);
        }
        if (ok > 0) answered.hit();
      }),
    );
    answered.expectShare(0.2);
  });
});
