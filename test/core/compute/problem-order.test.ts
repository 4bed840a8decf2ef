/**
 * Problems come out in reading order (summarize.ts sortProblems): by sheet in
 * the contract's order — whatever the order of the workbook's tabs —, then by
 * row, then by column; a whole row before its cells; a merged block first.
 * Each test builds its own summary (reports/mutation-record-2026.md).
 */
import type { WorkbookInput } from '../../../src/core/base/cells';
import { summarize } from '../../../src/core/compute/pipeline';

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

/** A goal's name longer than a cell may hold: a warning at each of its cells, the rows still read. */
const LONG = 'G'.repeat(50_001);

test('a whole-row problem comes before the cells of its row, after the rows above; two at one cell keep their order', () => {
  const summary = summarize(
    {
      sheets: [
        {
          name: '設定',
          rows: [
            ['項目', '値'],
            ['計画開始年度', 2026],
            ['計画終了年度', 2027],
          ],
        },
        {
          name: '事業',
          rows: [
            ['事業コード', '事業名', '取組の視点'],
            ['A-1', '事業A', 1],
          ],
        },
        {
          name: '取組活動',
          rows: [
            ['事業コード', '年度', '取組活動', '進捗状況'],
            ['A-1', 2026, 'a', '済'],
          ],
        },
        // A result typed as a variant (達成済 for 達成) for a year not yet begun: two warnings at D2, in the order found.
        {
          name: '達成事項',
          rows: [
            ['事業コード', '目標年度', '達成するべき事項', '達成状況'],
            ['A-1', '令和9年度', 't', '達成済'],
          ],
        },
        {
          name: '目標',
          rows: [
            ['項目', '目標値', '単位', '年度', '実績'],
            [LONG, 100, '', 2026, 1],
            [LONG, '', '', 2027, 2],
            [LONG, '', '', 2027, 3],
          ],
        },
      ],
    },
    { currentYear: 2026 },
  );
  expect(summary.problems.filter((p) => p.severity !== 'info').map((p) => `${p.sheet}!${p.cell} ${p.code}`)).toEqual([
    '達成事項!D2 resultVariant',
    '達成事項!D2 resultTooEarly',
    '目標!A2 textTooLong',
    '目標!A3 textTooLong',
    // Row 4: by column — A4's long name, then the duplicate year said at its 実績 (E4).
    '目標!A4 textTooLong',
    '目標!E4 goalYearDuplicate',
  ]);
});
