/**
 * Property-based fuzzing: whatever the cells hold, summarize returns a result
 * with problems and never throws; every problem names a cell; parsers are
 * idempotent on their own output.
 */
import fc from 'fast-check';
import type { CellValue, WorkbookInput } from '../../src/core/cells';
import { fiscalYear as fyFunction, progressRate, statusCounts } from '../../src/core/customFunctions';
import { formatFiscalYear, formatYearRange, parseFiscalYear, parseFiscalYearRange } from '../../src/core/fiscalYear';
import { groupThousands, parseNumber } from '../../src/core/numbers';
import { summarize } from '../../src/core/pipeline';
import { normalizeCode } from '../../src/core/read';
import { type SHEET_ORDER, SHEETS } from '../../src/core/schema';
import { cleanText, normalizeText } from '../../src/core/text';
import { DEFAULT_PROGRESS } from '../../src/core/vocabulary';

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

  test('raw grids with no contract at all', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ name: fc.string({ maxLength: 6 }), rows: grid }), { maxLength: 4 }), (sheets) => {
        const summary = summarize({ sheets });
        expect(summary.problems.length).toBeGreaterThan(0);
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
    fc.assert(
      fc.property(cell, (value) => {
        const year = parseFiscalYear(value);
        if (year !== null) expect(parseFiscalYear(formatFiscalYear(year))).toBe(year);
        const range = parseFiscalYearRange(value);
        if (range) expect(parseFiscalYearRange(formatYearRange(range))).toEqual(range);
      }),
    );
  });

  test('statuses: a matched value’s label matches exactly', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const found = DEFAULT_PROGRESS.match(text);
        if (found.kind !== 'unknown')
          expect(DEFAULT_PROGRESS.match(DEFAULT_PROGRESS.terms[found.index].label)).toMatchObject({ kind: 'exact', code: found.code });
      }),
    );
  });

  test('numbers: what parses, grouped, parses to the same number', () => {
    fc.assert(
      fc.property(cell, (value) => {
        const parsed = parseNumber(value);
        if (parsed.ok && Number.isInteger(parsed.value) && Math.abs(parsed.value) < 1e15)
          expect(parseNumber(groupThousands(parsed.value))).toMatchObject({ ok: true, value: parsed.value });
      }),
    );
  });

  test('custom functions either answer or throw a readable error', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 5 }), (range) => {
        for (const fn of [() => progressRate(range, 'ja'), () => statusCounts(range, 'en'), () => fyFunction(range, 'ja')]) {
          try {
            fn();
          } catch (error) {
            expect((error as Error).message.length).toBeGreaterThan(5);
          }
        }
      }),
    );
  });
});
