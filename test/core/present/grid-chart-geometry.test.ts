/**
 * The charts' geometry and the generated sheets' details, worked out by hand.
 *
 * Chart area: 640 × 320; plot from x 84 to 616 (532 wide) and y 52 to 276
 * (224 high). Bars of 30 and −10: step 10, axis −10…30, so y(v) = 276 − 5.6 (v + 10):
 * y(30) = 52, y(20) = 108, y(10) = 164, y(0) = 220, y(−10) = 276. Two bands of
 * 266: centres x 217 and 483; bars 64 wide (266 × 0.56 = 148.96 is capped at 64).
 */
import type { CellValue } from '../../../src/core/base/cells';
import { JST_OFFSET_MS } from '../../../src/core/base/jst';
import { runPipeline } from '../../../src/core/compute/pipeline';
import { chartSvg, niceStep } from '../../../src/core/present/chart';
import { problemsGrid, summaryGrid } from '../../../src/core/present/grid';
import type { ChartPoint } from '../../../src/core/present/report';
import type { ProblemView } from '../../../src/core/words/problems';

/** The SVG's elements, one per line. */
const elements = (svg: string) => svg.replace(/></g, '>\n<').split('\n');

test('bars: every element at its place', () => {
  const points: ChartPoint[] = [
    { label: 'R2', value: 30, text: '30' },
    { label: 'R3', value: -10, text: '▲10' },
  ];
  const svg = chartSvg({ id: 'effects', kind: 'bar', title: '効果額', unit: '千円', points, alt: 'a "b" <c> & d' });
  const F = "'Yu Gothic', YuGothic, 'Hiragino Sans', Meiryo, 'Noto Sans CJK JP', 'Noto Sans JP', sans-serif"; // ' is not escaped in an attribute quoted with "
  expect(elements(svg)).toEqual([
    `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="320" viewBox="0 0 640 320" role="img" aria-label="a &quot;b&quot; &lt;c&gt; &amp; d" font-family="${F}">`,
    '<title>a &quot;b&quot; &lt;c&gt; &amp; d</title>',
    '<rect width="640" height="320" fill="#ffffff"/>',
    '<text x="320" y="26" font-size="17" font-weight="bold" text-anchor="middle" fill="#1a1a1a">効果額</text>',
    '<text x="76" y="40" font-size="12" text-anchor="end" fill="#444444">千円</text>',
    '<line x1="84" y1="276.0" x2="616" y2="276.0" stroke="#dddddd" stroke-width="1"/>',
    '<text x="76" y="280.0" font-size="12" text-anchor="end" fill="#444444">−10</text>',
    '<line x1="84" y1="220.0" x2="616" y2="220.0" stroke="#666666" stroke-width="1"/>',
    '<text x="76" y="224.0" font-size="12" text-anchor="end" fill="#444444">0</text>',
    '<line x1="84" y1="164.0" x2="616" y2="164.0" stroke="#dddddd" stroke-width="1"/>',
    '<text x="76" y="168.0" font-size="12" text-anchor="end" fill="#444444">10</text>',
    '<line x1="84" y1="108.0" x2="616" y2="108.0" stroke="#dddddd" stroke-width="1"/>',
    '<text x="76" y="112.0" font-size="12" text-anchor="end" fill="#444444">20</text>',
    '<line x1="84" y1="52.0" x2="616" y2="52.0" stroke="#dddddd" stroke-width="1"/>',
    '<text x="76" y="56.0" font-size="12" text-anchor="end" fill="#444444">30</text>',
    '<text x="217.0" y="296" font-size="12" text-anchor="middle" fill="#1a1a1a">R2</text>',
    '<text x="483.0" y="296" font-size="12" text-anchor="middle" fill="#1a1a1a">R3</text>',
    // 30: from the zero line (220) up to 52, its figure 6 above the bar.
    '<rect x="185.0" y="52.0" width="64.0" height="168.0" fill="#3f6e9e"/>',
    '<text x="217.0" y="46.0" font-size="11" text-anchor="middle" fill="#1a1a1a">30</text>',
    // −10: from the zero line down to 276, its figure just above the zero line.
    '<rect x="451.0" y="220.0" width="64.0" height="56.0" fill="#3f6e9e"/>',
    '<text x="483.0" y="214.0" font-size="11" text-anchor="middle" fill="#1a1a1a">▲10</text>',
    '<line x1="84" y1="52" x2="84" y2="276" stroke="#666666" stroke-width="1"/>',
    '</svg>',
  ]);
});

test('a line to a fixed top of 100: step 20, y(v) = 276 − 2.24 v', () => {
  const svg = chartSvg({
    id: 'progressRate',
    kind: 'line',
    title: '進捗率',
    unit: '%',
    max: 100,
    points: [
      { label: 'R2', value: 50, text: '50.0%' },
      { label: 'R3', value: 75.5, text: '75.5%' },
    ],
    alt: 'rate',
  });
  const lines = elements(svg);
  expect(lines.filter((l) => l.startsWith('<line x1="84" y1="') && l.includes('x2="616"')).map((l) => /y1="([\d.]+)"/.exec(l)?.[1])).toEqual([
    '276.0',
    '231.2',
    '186.4',
    '141.6',
    '96.8',
    '52.0',
  ]);
  expect(lines.filter((l) => l.includes('text-anchor="end"')).map((l) => />([^<]*)</.exec(l)?.[1])).toEqual(['%', '0', '20', '40', '60', '80', '100']);
  expect(lines.slice(-7)).toEqual([
    '<path d="M217.0,164.0 L483.0,106.9" fill="none" stroke="#3f6e9e" stroke-width="2.5"/>',
    '<circle cx="217.0" cy="164.0" r="4" fill="#3f6e9e"/>',
    '<text x="217.0" y="154.0" font-size="12" text-anchor="middle" fill="#1a1a1a">50.0%</text>',
    '<circle cx="483.0" cy="106.9" r="4" fill="#3f6e9e"/>',
    '<text x="483.0" y="96.9" font-size="12" text-anchor="middle" fill="#1a1a1a">75.5%</text>',
    '<line x1="84" y1="52" x2="84" y2="276" stroke="#666666" stroke-width="1"/>',
    '</svg>',
  ]);
});

test('a round step: a span of 25 gives 5 (a fraction of exactly 5 is 5, not 10); small steps print their decimals', () => {
  expect([niceStep(25), niceStep(10), niceStep(0.5)]).toEqual([5, 2, 0.1]);
  const svg = chartSvg({ id: 'floorArea', kind: 'bar', title: 't', unit: '㎡', points: [{ label: 'R2', value: 0.5, text: '0.50' }], alt: 'a' });
  expect(
    elements(svg)
      .filter((l) => l.includes('text-anchor="end"'))
      .map((l) => />([^<]*)</.exec(l)?.[1]),
  ).toEqual(['㎡', '0.0', '0.1', '0.2', '0.3', '0.4', '0.5']);
  // No points: one empty band, no bar, an axis from 0 to 1.
  const empty = elements(chartSvg({ id: 'effects', kind: 'bar', title: 't', unit: '', points: [], alt: 'a' }));
  expect(empty.filter((l) => l.startsWith('<rect x='))).toEqual([]);
  // (The empty unit's <text> is split from its </text> by elements(): no text to read.)
  expect(empty.filter((l) => l.includes('text-anchor="end"')).map((l) => />([^<]*)</.exec(l)?.[1] ?? '')).toEqual([
    '',
    '0.0',
    '0.2',
    '0.4',
    '0.6',
    '0.8',
    '1.0',
  ]);
});

const BUILT = new Date(Date.UTC(2027, 3, 1, 9, 5) - JST_OFFSET_MS);

/** 設定 of a one-year plan, 令和8年度. */
const ONE_YEAR: CellValue[][] = [
  ['計画開始年度', 2026],
  ['計画終了年度', 2026],
];

/** A small plan: one year (2026) or none; effects 1,234.5 千円 unless told; one target not evaluated (a note). */
function small(
  settings: CellValue[][],
  activities: CellValue[][] = [['A-1', 2026, 'a', '済']],
  amount: CellValue = 1234.5,
  targets: CellValue[][] = [['A-1', '令和8年度', 't', '']],
) {
  return runPipeline(
    {
      sheets: [
        { name: '設定', rows: [['項目', '値'], ...settings] },
        {
          name: '事業',
          rows: [
            ['事業コード', '事業名', '取組の視点'],
            ['A-1', '事業A', 1],
          ],
        },
        { name: '取組活動', rows: [['事業コード', '年度', '取組活動', '進捗状況'], ...activities] },
        {
          name: '効果額',
          rows: [
            ['事業コード', '年度', '効果額（千円）'],
            ['A-1', 2026, amount],
          ],
        },
        {
          name: '達成事項',
          rows: [['事業コード', '目標年度', '達成するべき事項', '達成状況'], ...targets],
        },
      ],
    },
    { asOf: '2027-04-01' },
  ).summary;
}

test('the summary sheet: a title without a plan name, a plain build line, formats by kind, notes in italics', () => {
  const grid = summaryGrid(small(ONE_YEAR), 'ja', BUILT);
  expect(grid.rows[0][0]).toEqual({ value: '集計', format: '@', bold: true, italic: false, fill: null, text: true });
  expect(grid.rows[1][0]).toEqual({ value: '作成日時: 2027-04-01 09:05 (JST) — Shinchoku', format: '@', bold: false, italic: false, fill: null, text: true });
  // Padding is an empty cell, not text.
  expect(grid.rows[0][1]).toEqual({ value: null, format: 'General', bold: false, italic: false, fill: null, text: false });
  const values = grid.rows.map((row) => row.map((c) => c.value));
  const rateRow = grid.rows[values.findIndex((row) => row[0] === '令和8年度' && values[values.indexOf(row) - 1][1] === '進捗率')];
  expect(rateRow.slice(0, 3).map((c) => [c.value, c.format, c.text])).toEqual([
    ['令和8年度', '@', true],
    [1, '0.0%', false],
    [1, '#,##0', false],
  ]);
  const total = grid.rows[values.findIndex((row) => row[0] === '合計')];
  expect([total[1].value, total[1].format]).toEqual([1234.5, '#,##0.0']);
  const note = grid.rows[values.findIndex((row) => String(row[0]).startsWith('※達成状況が未入力'))][0];
  expect([note.italic, note.bold]).toEqual([true, false]);
  // One plan year: a rate chart over that year, and an effects chart over that year (the total row left out).
  expect(grid.charts.map((c) => [c.id, c.range])).toEqual([
    ['progressRate', expect.stringMatching(/^A\d+:B\d+$/)],
    ['effects', expect.stringMatching(/^A\d+:B\d+$/)],
  ]);
});

test('the summary sheet without plan years has no charts; one built from a baseline says so', () => {
  // No activity and no target: a plan without 取組活動 takes its years from its targets' (#25), so neither.
  const none = small([], [], 1234.5, []);
  expect(none.years).toEqual([]);
  expect(summaryGrid(none, 'ja', BUILT).charts).toEqual([]);
  const fromBaseline = { ...small([['計画名', '改革計画']]), asOfBaseline: '2026-09-30' };
  const grid = summaryGrid(fromBaseline, 'en', BUILT);
  expect(grid.rows[0][0].value).toBe('改革計画 — Summary');
  expect(grid.rows[1][0].value).toBe('Built at: 2027-04-01 09:05 (JST) — Shinchoku — Built as of the baseline 2026-09-30');
});

test('column widths: the widest unbolded value plus 2, in steps of 6, between the bounds', () => {
  const problem: ProblemView = {
    severity: 'error',
    sheet: '取組活動',
    cell: 'B12',
    value: 'x'.repeat(100),
    message: 'あ'.repeat(10),
    code: 'yearInvalid',
    suggestion: '済',
  };
  // Header cells are bold and not measured. エラー 6+2 → 8 → 12; 取組活動 8+2 → 12; B12 3+2 → min 8 → 12;
  // 100 x → 80 (the cap); あ×10 is 20 wide, +2 → 22 → 24; 済 2+2 → 8 → 12.
  expect(problemsGrid([problem], 'ja').columnWidths).toEqual([12, 12, 12, 80, 24, 12]);
  // No problems: one row saying so, the other cells empty text.
  expect(problemsGrid([], 'ja').rows[1].map((c) => [c.value, c.text])).toEqual([
    ['エラーはありません', true],
    ['', true],
    ['', true],
    ['', true],
    ['', true],
    ['', true],
  ]);
});

test('column widths of numbers: their rounded text plus 3 for separators, plus 2', () => {
  // Column B of the summary holds 1234.5 (the total, "1234.5" is 6 + 3 + 2 = 11 → 12) and shorter figures; its bold headers are not measured.
  const grid = summaryGrid(small(ONE_YEAR), 'ja', BUILT);
  expect(grid.columnWidths[1]).toBe(12);
  // A value of 123456.789 rounds to 123456.79 (9 characters): 9 + 3 + 2 = 14 → 18.
  const big = small(ONE_YEAR);
  const wide = summaryGrid({ ...big, effects: { ...big.effects, total: 123456.789 } }, 'ja', BUILT);
  expect(wide.columnWidths[1]).toBe(18);
});

test('whole amounts are formatted without decimals whatever the rate’s; with errors only the errors line is bold', () => {
  // 進捗率 has 1 decimal (the default); 効果額 1,234 has none. 'x' in 効果額 is an error.
  const summary = small(ONE_YEAR, undefined, 1234);
  const grid = summaryGrid(summary, 'ja', BUILT);
  const values = grid.rows.map((row) => row.map((c) => c.value));
  const total = grid.rows[values.findIndex((row) => row[0] === '合計')];
  expect([total[1].value, total[1].format]).toEqual([1234, '#,##0']);
  const withError = summaryGrid(small(ONE_YEAR, undefined, 'x'), 'ja', BUILT);
  expect(withError.rows.slice(1, 3).map((row) => [row[0].value, row[0].bold])).toEqual([
    ['作成日時: 2027-04-01 09:05 (JST) — Shinchoku', false],
    ['エラーが残っています（エラー 1 件、警告 0 件）。エラーのある行は集計に含めていません', true],
  ]);
});

test('ten bars: each 0.56 of its band, 532 / 10 = 53.2 → 29.8 wide, centred in it', () => {
  const points: ChartPoint[] = Array.from({ length: 10 }, (_, i) => ({ label: `Y${i}`, value: 1, text: '1' }));
  const rects = elements(chartSvg({ id: 'effects', kind: 'bar', title: 't', unit: 'u', points, alt: 'a' })).filter((l) => l.startsWith('<rect x='));
  expect(rects).toHaveLength(10);
  // The first band starts at 84: its centre 84 + 26.6 = 110.6, its bar from 110.6 − 14.896 = 95.7.
  expect(rects[0]).toMatch(/^<rect x="95\.7" y="[\d.]+" width="29\.8" /);
});
