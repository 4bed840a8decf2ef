/**
 * grid.ts tested directly (until #24 in test/core/survivors-audit.test.ts; its other tests are in grid-chart.test.ts).
 */
import { summarize } from '../../../src/core/compute/pipeline';
import { summaryGrid } from '../../../src/core/present/grid';
import { activities, projects, settings } from '../../support/sheets';

// Killed survivors of the mutation audit (reports/mutation-record-2026.md; until #24 in test/core/survivors-audit.test.ts):
// each test names the mutant it kills, and every expectation is worked out by hand in the comments.
describe('grid.ts (the mutation audit)', () => {
  test('column widths leave out bold cells: a header wider than its column does not widen it', () => {
    // One project, one activity (済) in 令和8年度. Column A holds the floor-area note (wider than 48 → the cap, 50);
    // columns B to M hold only counts (0 or 1: 1 + 3 = 4, + 2 = 6), 0.0-style shares (1 or 0: 6), － (2 + 2),
    // 増減なし (8 + 2), a, 1 and blanks — all under the minimum 10, which rounds up to 12. The bold headers, such as
    // 財政健全化効果額（千円） (24 wide) in column B, are not measured.
    const summary = summarize(
      { sheets: [settings(['計画開始年度', 2026], ['計画終了年度', 2026]), projects(['A-1', 'a', 1, '', '']), activities(['A-1', 2026, 'x', '済'])] },
      { asOf: '2027-06-30' },
    );
    const grid = summaryGrid(summary, 'ja', new Date(Date.UTC(2027, 0, 1)));
    expect(grid.columnWidths).toStrictEqual([50, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12]);
  });
});
