/**
 * summarize.ts (computeSummary) tested directly (until #24 in test/core/survivors-audit.test.ts).
 */
import { summarize } from '../../../src/core/compute/pipeline';
import { computeSummary } from '../../../src/core/compute/summarize';
import { readWorkbook } from '../../../src/core/read/read';
import { activities, projects, settings } from '../../support/sheets';

// Killed survivors of the mutation audit (reports/mutation-record-2026.md; until #24 in test/core/survivors-audit.test.ts):
// each test names the mutant it kills, and every expectation is worked out by hand in the comments.
describe('summarize.ts (the mutation audit)', () => {
  test('no plan years and no activities: only the warning that there are none, no window searched', () => {
    const summary = summarize({ sheets: [settings(), projects(['A-1', '事業A', 1, '', '']), activities()] });
    expect(summary.problems.filter((p) => p.severity !== 'info').map((p) => p.code)).toStrictEqual(['noActivities']);
  });

  test('plan years taken from the activities: the problem says both ends were missing', () => {
    // No 設定 years; activities in 2026 and 2027 → the plan 2026–2027, derived, with missing 'both' (not one end).
    const data = readWorkbook({ sheets: [settings(), projects(['A-1', '事業A', 1, '', '']), activities(['A-1', 2026, 'a', '済'], ['A-1', 2027, 'b', '済'])] });
    computeSummary(data, { lang: 'ja' });
    expect(data.problems.items.filter((p) => p.code === 'planYearsDerived').map((p) => [p.cell, p.value, p.params.missing])).toStrictEqual([
      ['A1', '2026-2027', 'both'],
    ]);
  });

  test('a start with no activity near it: the warning at the settings sheet as named (Settings)', () => {
    const summary = summarize({
      sheets: [
        {
          name: 'Settings',
          rows: [
            ['項目', '値'],
            ['計画開始年度', 2026],
          ],
        },
        projects(['A-1', '事業A', 1, '', '']),
        activities(['A-1', 2040, 'a', '済']),
      ],
    });
    expect(summary.problems.filter((p) => p.code === 'planYearsUnknown').map((p) => [p.sheet, p.cell, p.value])).toStrictEqual([['Settings', 'A1', '2026']]);
  });

  test('problems in one sheet: a cell that is no A1 reference first, a whole row (12:12) before its cells', () => {
    // Positions (row index × 100,000 + column): '' and 'C13:D14' are neither a cell nor a whole row → −1, in the order
    // added; A1 → 0; A11 → 1,000,000; 12:12 → (12 − 1) × 100,000 − 1 = 1,099,999; B12 → 1,100,001.
    const data = readWorkbook({ sheets: [settings(['計画開始年度', 2026], ['計画終了年度', 2026]), projects(['A-1', '事業A', 1, '', ''])] });
    for (const cell of ['B12', 'C13:D14', '12:12', 'A11', 'A1', '']) data.problems.add('warning', '事業', cell, '', 'settingsMissing');
    // No options: the messages are in Japanese.
    const summary = computeSummary(data);
    const mine = summary.problems.filter((p) => p.code === 'settingsMissing');
    expect(mine.map((p) => p.cell)).toStrictEqual(['C13:D14', '', 'A1', 'A11', '12:12', 'B12']);
    expect(mine[0].message).toBe('シート「設定」がないため、既定の設定（計画期間はデータの年度、切り捨て・小数1桁、千円、平塚市の6つの視点）で集計します。');
  });
});
