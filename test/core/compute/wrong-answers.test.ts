/**
 * Silent wrong answers become clear problems: percent forms mixed in an
 * indicator, a bad 事業 row, a stray year when the plan years come from the data.
 */
import type { CellValue, WorkbookInput } from '../../../src/core/base/cells';
import { summarize } from '../../../src/core/compute/pipeline';
import { DERIVED_PLAN_WINDOW } from '../../../src/core/compute/summarize';
import type { ProblemView } from '../../../src/core/words/problems';

type Rows = CellValue[][];
const issues = (problems: ProblemView[]) => problems.filter((p) => p.severity !== 'info');

function plan(
  extra: Record<string, Rows>,
  settings: Rows | null = [
    ['項目', '値'],
    ['計画開始年度', 2024],
    ['計画終了年度', 2025],
  ],
): WorkbookInput {
  const sheets: { name: string; rows: Rows }[] = [];
  if (settings) sheets.push({ name: '設定', rows: settings });
  sheets.push(
    {
      name: '事業',
      rows: extra.事業 ?? [
        ['事業コード', '事業名', '取組の視点'],
        ['1-01', 'A', 1],
        ['1-02', 'B', 1],
      ],
    },
    {
      name: '取組活動',
      rows: extra.取組活動 ?? [
        ['事業コード', '年度', '取組活動', '進捗状況'],
        ['1-01', 2024, 'x', '済'],
      ],
    },
  );
  for (const [name, rows] of Object.entries(extra)) if (name !== '事業' && name !== '取組活動') sheets.push({ name, rows });
  return { sheets };
}

describe('indicator percentages in two forms', () => {
  const indicator = (goal: CellValue, actual: CellValue, unit: CellValue = '') =>
    plan({
      達成事項: [
        ['事業コード', '目標年度', '達成するべき事項', '達成状況'],
        ['1-01', 2024, '研修', ''],
      ],
      指標: [
        ['事業コード', '達成するべき事項', '指標名', '年度', '目標値', '実績値', '単位'],
        ['1-01', '研修', '受講率', 2024, goal, actual, unit],
      ],
    });

  test.each([
    ['text 90% and a %-formatted 0.93', '90%', 0.93, ''],
    ['text 90% and text 93%', '90%', '93%', ''],
    ['numbers 90 and 93 with 単位 %', 90, 93, '%'],
    ['0.9 and 0.93, both fractions', 0.9, 0.93, ''],
  ])('%s → 達成', (_name, goal, actual, unit) => {
    const s = summarize(indicator(goal, actual, unit), { currentYear: 2025 });
    expect(s.achievement.computed.map((c) => c.computed)).toEqual(['achieved']);
  });

  test('mixing the forms is said, at the cell read differently', () => {
    const s = summarize(indicator('90%', 0.93), { currentYear: 2025 });
    expect(issues(s.problems)).toEqual([expect.objectContaining({ severity: 'warning', sheet: '指標', cell: 'F2', code: 'percentMixed' })]);
    expect(issues(s.problems)[0].message).toContain('93');
  });
});

describe('a bad 事業 row', () => {
  test('one error at its cell; rows that refer to its code are not reported again nor pointed at another project', () => {
    const s = summarize(
      plan({
        事業: [
          ['事業コード', '事業名', '取組の視点'],
          ['1001-01', 'A', 1],
          ['1002-01', 'B', 99],
        ],
        取組活動: [
          ['事業コード', '年度', '取組活動', '進捗状況'],
          ['1001-01', 2024, 'x', '済'],
          ['1002-01', 2024, 'y', '済'],
          ['1002-01', 2025, 'z', '遅れ'],
        ],
        効果額: [
          ['事業コード', '年度', '効果額（千円）'],
          ['1002-01', 2024, 100],
        ],
      }),
    );
    expect(issues(s.problems)).toEqual([expect.objectContaining({ severity: 'error', sheet: '事業', cell: 'C3', code: 'perspectiveUnknown' })]);
    expect(s.problems.some((p) => p.suggestion === '1001-01')).toBe(false);
    expect(s.progress[0].activities).toBe(1);
  });

  test('a code that is truly unknown is still reported, with a close code suggested', () => {
    const s = summarize(
      plan({
        取組活動: [
          ['事業コード', '年度', '取組活動', '進捗状況'],
          ['1-03', 2024, 'x', '済'],
        ],
      }),
    );
    expect(issues(s.problems)).toEqual([expect.objectContaining({ cell: 'A2', code: 'codeUnknown' })]);
  });
});

describe('plan years from the data', () => {
  test('a stray year does not stretch the plan: it is outside, and 設定 says how the years were chosen', () => {
    const s = summarize(
      plan(
        {
          取組活動: [
            ['事業コード', '年度', '取組活動', '進捗状況'],
            ['1-01', 2024, 'a', '済'],
            ['1-01', 2025, 'b', '済'],
            ['1-02', 2026, 'c', '遅れ'],
            ['1-02', 2042, 'd', '済'],
          ],
        },
        null,
      ),
    );
    expect(s.years).toEqual([2024, 2025, 2026]);
    expect(s.years.length).toBeLessThanOrEqual(DERIVED_PLAN_WINDOW);
    expect(issues(s.problems)).toEqual([
      expect.objectContaining({ severity: 'warning', sheet: '設定', code: 'planYearsDerived' }),
      expect.objectContaining({ severity: 'warning', sheet: '取組活動', cell: 'B5', code: 'yearOutsidePlan' }),
    ]);
  });

  test('years within the window are taken as they are, with a note', () => {
    const s = summarize(
      plan(
        {
          取組活動: [
            ['事業コード', '年度', '取組活動', '進捗状況'],
            ['1-01', 2024, 'a', '済'],
            ['1-01', 2027, 'b', '済'],
          ],
        },
        null,
      ),
    );
    expect(s.years).toEqual([2024, 2025, 2026, 2027]);
    expect(s.problems).toEqual(expect.arrayContaining([expect.objectContaining({ severity: 'info', code: 'planYearsDerived' })]));
  });
});
