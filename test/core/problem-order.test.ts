/**
 * Problems come out in reading order (summarize.ts sortProblems): by sheet in
 * the contract's order — whatever the order of the workbook's tabs —, then by
 * row, then by column; a whole row before its cells; a merged block first.
 * Each test builds its own summary (docs/mutation.md).
 */
import type { WorkbookInput } from '../../src/core/cells';
import { summarize } from '../../src/core/pipeline';

function workbook(): WorkbookInput {
  return {
    sheets: [
      // Tabs in an order of their own: activities first, settings last.
      {
        name: '取組活動',
        rows: [
          ['事業コード', '年度', '取組活動', '進捗状況'],
          ['0701-01', '令和2年度', '活動1', '順長'],
          ['0701-01', '令和9年度', '活動2', '済'],
          ['0799-99', '令和2年度', '活動3', '済'],
          ['0701-01', '令和2年度', '活動4', 'おおむね順調'],
          ['0701-01', '令和99年度', '活動5', '順長'],
        ],
      },
      {
        name: '事業',
        rows: [
          ['事業コード', '事業名', '取組の視点', '計画期間', '取組推進課'],
          ['0701-01', '事業A', 1, 'R2～R3', '企画課'],
          ['0701-02', '事業B', 9, 'R2～R3', '企画課'],
          ['0701-03', '', 1, 'R2～R3', '企画課'],
        ],
        merges: [{ row: 1, column: 4, numRows: 2, numColumns: 1 }],
      },
      {
        name: '設定',
        rows: [
          ['項目', '値'],
          ['計画開始年度', '令和2年度'],
          ['計画終了年度', '令和3年度'],
          ['色', '赤'],
          ['小数桁数', 9],
        ],
      },
    ],
  };
}

test('sheets in the contract’s order, then rows, then columns; a merged block first in its sheet', () => {
  const problems = summarize(workbook()).problems.map((p) => `${p.sheet}!${p.cell}`);
  expect(problems).toEqual([
    '設定!A4',
    '設定!B5',
    '事業!E2:E3',
    '事業!C3',
    '事業!B4',
    '取組活動!D2',
    '取組活動!B3',
    '取組活動!A4',
    '取組活動!D5',
    '取組活動!D6',
    '達成事項!A1',
    '効果額!A1',
    '施設面積!A1',
  ]);
});

test('the same problems whatever the order of the tabs', () => {
  const input = workbook();
  const reversed: WorkbookInput = { sheets: [...input.sheets].reverse() };
  expect(summarize(reversed).problems.map((p) => `${p.sheet}!${p.cell}`)).toEqual(summarize(input).problems.map((p) => `${p.sheet}!${p.cell}`));
});
