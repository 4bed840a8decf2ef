/**
 * The one pipeline (pipeline.ts): the as-of date it judges against, the
 * baseline it builds from, and the change against the previous baseline —
 * every figure worked out by hand. Each test builds its own result
 * (reports/mutation-record-2026.md).
 */

import type { CellValue, WorkbookInput } from '../../../src/core/base/cells';
import { JST_OFFSET_MS } from '../../../src/core/base/jst';
import type { Baseline } from '../../../src/core/compute/baseline';
import { PipelineOptionError, runPipeline } from '../../../src/core/compute/pipeline';

type Rows = CellValue[][];

/** A plan of the given years with one project per perspective 1 and 2, and the given activities, effects and targets. */
function workbook(years: [number, number], activities: Rows, effects: Rows = [], targets: Rows = []): WorkbookInput {
  const sheets = [
    {
      name: '設定',
      rows: [
        ['項目', '値'],
        ['計画開始年度', years[0]],
        ['計画終了年度', years[1]],
      ],
    },
    {
      name: '事業',
      rows: [
        ['事業コード', '事業名', '取組の視点'],
        ['A-1', '事業A', 1],
        ['B-2', '事業B', 2],
      ],
    },
    { name: '取組活動', rows: [['事業コード', '年度', '取組活動', '進捗状況'], ...activities] },
    { name: '効果額', rows: [['事業コード', '年度', '効果額（千円）'], ...effects] },
    { name: '達成事項', rows: [['事業コード', '目標年度', '達成するべき事項', '達成状況'], ...targets] },
  ];
  return { sheets };
}

const baseline = (date: string, input: WorkbookInput): Baseline => ({ date, frozenAt: `${date}T09:00:00.000Z`, input });
/** 09:00 in Japan on the given day. */
const jstMorning = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d, 9) - JST_OFFSET_MS);

describe('the as-of date', () => {
  const input = () => workbook([2026, 2027], [['A-1', 2026, 'a', '済']]);

  test('by default today in Japan: 31 March is still the year before, 1 April the new one', () => {
    expect([runPipeline(input(), { today: jstMorning(2027, 3, 31) }).currentYear, runPipeline(input(), { today: jstMorning(2027, 3, 31) }).asOf]).toEqual([
      2026,
      '2027-03-31',
    ]);
    expect(runPipeline(input(), { today: jstMorning(2027, 4, 1) }).currentYear).toBe(2027);
    // 1 April 00:30 in Japan is still 31 March in UTC.
    const justAfter = new Date(Date.UTC(2027, 3, 1, 0, 30) - JST_OFFSET_MS);
    expect([runPipeline(input(), { today: justAfter }).currentYear, runPipeline(input(), { today: justAfter }).asOf]).toEqual([2027, '2027-04-01']);
  });

  test('a date given (one-digit months and days too) or a fiscal year, kept as typed', () => {
    expect([runPipeline(input(), { asOf: '2027-3-9' }).currentYear, runPipeline(input(), { asOf: '2027-3-9' }).asOf]).toEqual([2026, '2027-3-9']);
    expect(runPipeline(input(), { asOf: '2027/04/01' }).currentYear).toBe(2027);
    expect([runPipeline(input(), { asOf: '令和9年度' }).currentYear, runPipeline(input(), { asOf: 'FY2025' }).currentYear]).toEqual([2027, 2025]);
    expect(runPipeline(input(), { asOf: ' 2027-04-01 ' }).currentYear).toBe(2027);
  });

  test.each(['2027-02-30', '2027-13-01', 'そのうち', ''])('%p is refused with the option named', (asOf) => {
    let caught: unknown;
    try {
      runPipeline(input(), { asOf });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PipelineOptionError);
    expect([(caught as PipelineOptionError).key, (caught as PipelineOptionError).detail]).toEqual(['asOfInvalid', asOf]);
    expect((caught as Error).message).toBe(`as-of date not readable: ${asOf}`);
  });

  test('a result typed for a target year not yet begun is flagged against the as-of year', () => {
    const typed = workbook([2026, 2027], [['A-1', 2026, 'a', '済']], [], [['A-1', '令和9年度', 't', '達成']]);
    const flagged = (asOf: string) => runPipeline(typed, { asOf }).problems.filter((p) => p.severity !== 'info');
    expect(flagged('2027-03-31').map((p) => [p.code, p.cell])).toEqual([['resultTooEarly', 'D2']]);
    expect(flagged('2027-04-01')).toEqual([]);
  });
});

describe('baselines', () => {
  // Live: 2026 has 済 ×2 and 遅れ ×1, 2027 済 ×1; effects 0.3 (2026) and 10 (2027); one target 達成.
  const live = () =>
    workbook(
      [2026, 2027],
      [
        ['A-1', 2026, 'a', '済'],
        ['B-2', 2026, 'b', '済'],
        ['A-1', 2026, 'c', '遅れ'],
        ['A-1', 2027, 'd', '済'],
      ],
      [
        ['A-1', 2026, 0.3],
        ['B-2', 2027, 10],
      ],
      [['A-1', '令和8年度', 't', '達成']],
    );
  // Frozen on 2026-09-30: a plan of 2025-2026; 2025 済 ×1, 2026 遅れ ×2; effects 0.1 (2026); the target 未達成.
  const september = () =>
    workbook(
      [2025, 2026],
      [
        ['A-1', 2025, 'a', '済'],
        ['A-1', 2026, 'b', '遅れ'],
        ['B-2', 2026, 'c', '遅れ'],
      ],
      [['A-1', 2026, 0.1]],
      [['A-1', '令和8年度', 't', '未達成']],
    );
  // Frozen on 2026-06-30: nothing but one 遅れ in 2026.
  const june = () => workbook([2026, 2027], [['A-1', 2026, 'a', '遅れ']]);

  test('the change since the latest baseline, year by year over both plans’ years', () => {
    const { summary } = runPipeline(live(), { baselines: [baseline('2026-09-30', september()), baseline('2026-06-30', june())], asOf: '2027-04-01' });
    const d = summary.delta;
    if (!d) throw new Error('no delta');
    expect(d.against).toBe('2026-09-30');
    // Labels in the plan's order: 済, 概ね順調, 遅れ, 未着手, 休止.
    expect(d.progress).toStrictEqual([
      { year: 2025, activities: -1, counts: { done: -1, onTrack: 0, delayed: 0, notStarted: 0, suspended: 0 }, labels: [-1, 0, 0, 0, 0], progressing: -1 },
      { year: 2026, activities: 1, counts: { done: 2, onTrack: 0, delayed: -1, notStarted: 0, suspended: 0 }, labels: [2, 0, -1, 0, 0], progressing: 2 },
      { year: 2027, activities: 1, counts: { done: 1, onTrack: 0, delayed: 0, notStarted: 0, suspended: 0 }, labels: [1, 0, 0, 0, 0], progressing: 1 },
    ]);
    expect(d.achievement).toStrictEqual({ evaluated: 0, counts: { achieved: 1, partial: 0, notAchieved: -1 }, labels: [1, 0, -1] });
    // 0.3 − 0.1 is 0.2 to the places typed; 2025 had no effect on either side.
    expect(d.effects).toStrictEqual({
      byYear: [
        { year: 2025, amount: 0 },
        { year: 2026, amount: 0.2 },
        { year: 2027, amount: 10 },
      ],
      total: 10.2,
      decimals: 1,
    });
    expect(summary.asOfBaseline).toBeUndefined();
  });

  test('built from a baseline: its cells, said so, and compared with the one before it', () => {
    const { summary } = runPipeline(live(), { baselines: [baseline('2026-09-30', september()), baseline('2026-06-30', june())], baseline: '2026-09-30' });
    expect(summary.asOfBaseline).toBe('2026-09-30');
    expect(summary.years).toEqual([2025, 2026]);
    expect(summary.delta?.against).toBe('2026-06-30');
    // September against June: 2026 遅れ 2 − 1; 2025 済 1 − 0; 2027 only in June's plan (nothing there).
    expect(summary.delta?.progress.map((p) => [p.year, p.labels])).toEqual([
      [2025, [1, 0, 0, 0, 0]],
      [2026, [0, 0, 1, 0, 0]],
      [2027, [0, 0, 0, 0, 0]],
    ]);
  });

  test('the earliest baseline has nothing before it; no baselines, no change', () => {
    const { summary } = runPipeline(live(), { baselines: [baseline('2026-09-30', september()), baseline('2026-06-30', june())], baseline: '2026-06-30' });
    expect([summary.asOfBaseline, summary.delta]).toEqual(['2026-06-30', undefined]);
    expect('delta' in runPipeline(live()).summary).toBe(false);
  });

  test('a baseline not frozen is refused, naming the date asked for', () => {
    let caught: unknown;
    try {
      runPipeline(live(), { baselines: [baseline('2026-09-30', september())], baseline: '2026-09-29' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PipelineOptionError);
    expect([(caught as PipelineOptionError).key, (caught as PipelineOptionError).detail, (caught as Error).message]).toEqual([
      'baselineMissing',
      '2026-09-29',
      'No baseline 2026-09-29 (found: 2026-09-30)',
    ]);
  });

  test('the result and its summary cannot be changed afterwards', () => {
    const result = runPipeline(live(), { baselines: [baseline('2026-09-30', september())] });
    expect([Object.isFrozen(result), Object.isFrozen(result.summary)]).toEqual([true, true]);
    expect(result.problems).toBe(result.summary.problems);
    expect(result.data.projects.map((p) => p.code)).toEqual(['A-1', 'B-2']);
  });

  test('in English the problems are English', () => {
    const typed = workbook([2026, 2027], [['A-1', 2030, 'a', '済']]);
    expect(runPipeline(typed, { lang: 'en' }).problems[0].message).toBe('FY2030 is outside the plan (FY2026-FY2027) and is left out of the tables.');
  });
});

test('a change of amounts keeps the places of either side: 12.25 corrected to 12 is −0.25', () => {
  const before = workbook([2026, 2027], [['A-1', 2026, 'a', '済']], [['A-1', 2026, 12.25]]);
  const after = workbook([2026, 2027], [['A-1', 2026, 'a', '済']], [['A-1', 2026, 12]]);
  const d = runPipeline(after, { baselines: [baseline('2026-09-30', before)], asOf: '2027-04-01' }).summary.delta;
  expect(d?.effects).toStrictEqual({
    byYear: [
      { year: 2026, amount: -0.25 },
      { year: 2027, amount: 0 },
    ],
    total: -0.25,
    decimals: 2,
  });
});

test('an impossible date is refused with spaces around it too', () => {
  const input = workbook([2026, 2027], [['A-1', 2026, 'a', '済']]);
  expect(() => runPipeline(input, { asOf: ' 2027-02-30 ' })).toThrow(PipelineOptionError);
});

test('a label the baseline did not have counts from zero (the plan added 区分 since)', () => {
  const before = workbook([2026, 2027], [['A-1', 2026, 'a', '済']]);
  const after = workbook(
    [2026, 2027],
    [
      ['A-1', 2026, 'a', '済'],
      ['A-1', 2026, 'b', '検討中'],
    ],
  );
  after.sheets.push({
    name: '区分',
    rows: [
      ['種類', '区分', '意味'],
      ['進捗状況', '済', '済'],
      ['進捗状況', '検討中', '未着手'],
    ],
  });
  const d = runPipeline(after, { baselines: [baseline('2026-09-30', before)], asOf: '2027-04-01' }).summary.delta;
  // Labels in the current plan's order: 済 1 − 1, 検討中 1 − 0.
  expect(d?.progress.map((p) => [p.year, p.labels])).toEqual([
    [2026, [0, 1]],
    [2027, [0, 0]],
  ]);
});

// Killed survivors of the mutation audit (reports/mutation-record-2026.md; until #24 in test/core/survivors-audit.test.ts):
// each test names the mutant it kills, and every expectation is worked out by hand in the comments.
describe('pipeline.ts (the as-of date) (the mutation audit)', () => {
  test.each(['２０２７－０２－３０', '2027.02.30', '2027年2月30日', '\u200B2027-02-30', '2027-02-30\u200B', '2027 - 02 - 30'])(
    'the impossible date %p is refused in every form the fiscal-year parser reads',
    (asOf) => {
      let caught: unknown;
      try {
        runPipeline({ sheets: [] }, { asOf });
      } catch (error) {
        caught = error;
      }
      expect(caught instanceof PipelineOptionError).toBe(true);
      expect((caught as PipelineOptionError).detail).toBe(asOf);
    },
  );

  test('the same forms of a real date are read', () => {
    // 2027-02-28 lies in 令和8年度 (FY2026); 2027-04-01 in FY2027.
    for (const asOf of ['２０２７－０２－２８', '2027.02.28', '2027年2月28日', '\u200B2027-02-28'])
      expect(runPipeline({ sheets: [] }, { asOf }).currentYear).toBe(2026);
    expect(runPipeline({ sheets: [] }, { asOf: '2027年4月1日' }).currentYear).toBe(2027);
  });
});
