/**
 * Plan years taken from the activities when 設定 gives none (summarize.ts
 * planYears): the busiest window of 10 years, stray years reported, one end
 * given and the other derived. Each test builds its own summary (reports/mutation-record-2026.md).
 */
import type { CellValue, WorkbookInput } from '../../../src/core/base/cells';
import { summarize } from '../../../src/core/compute/pipeline';
import { DERIVED_PLAN_WINDOW } from '../../../src/core/compute/summarize';

/** A workbook whose 設定 holds only the given rows, with one project and an activity in each year given. */
function plan(settings: CellValue[][], years: number[]): WorkbookInput {
  return {
    sheets: [
      { name: '設定', rows: [['項目', '値'], ['計画名', '年度のない計画'], ...settings] },
      {
        name: '事業',
        rows: [
          ['事業コード', '事業名', '取組の視点', '計画期間', '取組推進課'],
          ['0701-01', '事業A', 1, '', '企画課'],
        ],
      },
      { name: '取組活動', rows: [['事業コード', '年度', '取組活動', '進捗状況'], ...years.map((year, i) => ['0701-01', `${year}年度`, `活動${i}`, '済'])] },
    ],
  };
}

const derived = (summary: ReturnType<typeof summarize>) => summary.problems.filter((p) => p.code === 'planYearsDerived');

test('no plan years in 設定: the activities’ first and last years, said once at 設定 as info', () => {
  const summary = summarize(plan([], [2022, 2021, 2021, 2023]));
  expect([summary.plan.startYear, summary.plan.endYear]).toEqual([2021, 2023]);
  expect(summary.years).toEqual([2021, 2022, 2023]);
  expect(derived(summary).map((p) => [p.severity, p.sheet, p.cell, p.value])).toEqual([['info', '設定', 'A1', '2021-2023']]);
  expect(derived(summary)[0].message).toBe(
    '設定に計画開始年度・計画終了年度がないため、取組活動の年度から計画期間を令和3年度～令和5年度としました。設定シートに計画期間を入力してください。',
  );
});

test('a stray year far from the rest stays outside the plan: the busiest 10-year window wins, with a warning', () => {
  expect(DERIVED_PLAN_WINDOW).toBe(10);
  const summary = summarize(plan([], [2020, 2021, 2021, 2022, 2042]));
  expect([summary.plan.startYear, summary.plan.endYear]).toEqual([2020, 2022]);
  expect(derived(summary).map((p) => [p.severity, p.value])).toEqual([['warning', '2020-2022']]);
  expect(derived(summary)[0].message).toContain('（10年を超えるため、離れた年度の1年分は計画期間外として集計していません）');
  // The later cluster wins when it holds more activities.
  const later = summarize(plan([], [2001, 2020, 2021, 2029, 2029]));
  expect([later.plan.startYear, later.plan.endYear]).toEqual([2020, 2029]);
  expect(derived(later)[0].message).toContain('離れた年度の1年分');
});

test('a window holds exactly 10 years: 2020 and 2029 together, 2020 and 2030 not', () => {
  expect([summarize(plan([], [2020, 2029])).plan.endYear]).toEqual([2029]);
  const apart = summarize(plan([], [2020, 2030]));
  expect([apart.plan.startYear, apart.plan.endYear]).toEqual([2020, 2020]);
  expect(derived(apart)[0].severity).toBe('warning');
});

test('one end given: the window runs from the start, or back from the end', () => {
  const fromStart = summarize(plan([['計画開始年度', '令和4年度']], [2020, 2022, 2024, 2040]));
  expect([fromStart.plan.startYear, fromStart.plan.endYear]).toEqual([2022, 2024]);
  expect(derived(fromStart)[0].message).toMatch(
    /^設定に計画終了年度がないため、取組活動の年度から計画終了年度を令和6年度とし、計画期間を令和4年度～令和6年度としました/,
  );
  const toEnd = summarize(plan([['計画終了年度', '令和6年度']], [2010, 2020, 2023, 2024]));
  expect(derived(toEnd)[0].message).toMatch(/^設定に計画開始年度がないため、/);
  expect([toEnd.plan.startYear, toEnd.plan.endYear]).toEqual([2020, 2024]);
  // The given end stays as given, even where the data stop earlier or start later.
  const startKept = summarize(plan([['計画開始年度', '令和3年度']], [2022, 2023]));
  expect([startKept.plan.startYear, startKept.plan.endYear]).toEqual([2021, 2023]);
  const endKept = summarize(plan([['計画終了年度', '令和8年度']], [2022, 2023]));
  expect([endKept.plan.startYear, endKept.plan.endYear]).toEqual([2022, 2026]);
  // The window 2021-2030 (four activities) beats 2020-2029 (two): a year at a window's edge counts in it.
  const busy = summarize(plan([], [2020, 2021, 2030, 2030, 2030]));
  expect([busy.plan.startYear, busy.plan.endYear]).toEqual([2021, 2030]);
});

test('both given: no derivation and no note; no activities: no years at all', () => {
  const given = summarize(
    plan(
      [
        ['計画開始年度', 2020],
        ['計画終了年度', 2023],
      ],
      [2021],
    ),
  );
  expect([given.plan.startYear, given.plan.endYear]).toEqual([2020, 2023]);
  expect(derived(given)).toEqual([]);
  const empty = summarize(plan([], []));
  expect([empty.plan.startYear, empty.plan.endYear]).toEqual([null, null]);
  expect(derived(empty)).toEqual([]);
});

test('in English the note names the fiscal years as FY', () => {
  const summary = summarize(plan([], [2021, 2023]), { lang: 'en' });
  expect(derived(summary)[0].message).toBe(
    "Settings give no plan start and end, so both were taken from the activities' years: the plan is FY2021-FY2023. Enter the plan years in Settings.",
  );
});

test('one end given and no activity within 10 years of it: no plan years, and a warning says why', () => {
  const summary = summarize(plan([['計画開始年度', '令和8年度']], [2040, 2041]));
  expect([summary.plan.startYear, summary.plan.endYear, summary.years]).toEqual([2026, null, []]);
  const unknown = summary.problems.filter((p) => p.code === 'planYearsUnknown');
  expect(unknown.map((p) => [p.severity, p.sheet, p.cell, p.value, p.message])).toEqual([
    [
      'warning',
      '設定',
      'A1',
      '2026',
      '設定に計画終了年度がなく、取組活動の年度（令和22年度～令和23年度）は令和8年度から10年の範囲にないため、計画期間を決められません。設定シートに計画期間を入力してください。',
    ],
  ]);
  const en = summarize(plan([['計画終了年度', 2026]], [2001]), { lang: 'en' }).problems.filter((p) => p.code === 'planYearsUnknown');
  expect(en.map((p) => p.message)).toEqual([
    "Settings give no plan start, and the activities' years (FY2001-FY2001) are not within 10 years of FY2026, so the plan years cannot be determined. Enter them in Settings.",
  ]);
});
