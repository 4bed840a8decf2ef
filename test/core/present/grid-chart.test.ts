/**
 * grid.ts and chart.ts tested directly: the generated sheets' layout (the
 * seed's figures at their cells, formats, charts' ranges, widths) and the
 * report charts' SVG. The expected figures are the seed report's, typed here.
 */

import { JST_OFFSET_MS } from '../../../src/core/base/jst';
import { runPipeline } from '../../../src/core/compute/pipeline';
import type { Summary } from '../../../src/core/compute/summarize';
import { chartSvg, niceStep } from '../../../src/core/present/chart';
import { type Grid, HEADER_FILL, problemsGrid, summaryGrid } from '../../../src/core/present/grid';
import type { ProblemView } from '../../../src/core/words/problems';
import { exampleInput } from '../../support/example';

const BUILT = new Date(Date.UTC(2024, 3, 1, 9, 5) - JST_OFFSET_MS);

describe('summaryGrid', () => {
  // Built in each test, not in beforeAll: a mutation run switches a mutant on per test (see summary-figures.test.ts).
  function built(): { summary: Summary; grid: Grid; values: () => unknown[][]; rowOf: (title: string) => number } {
    const summary = runPipeline(exampleInput(), { lang: 'ja', today: BUILT }).summary;
    const grid = summaryGrid(summary, 'ja', BUILT);
    const values = () => grid.rows.map((row) => row.map((c) => c.value));
    return { summary, grid, values, rowOf: (title: string) => values().findIndex((row) => row[0] === title) };
  }

  test('title, build time and the error line first; every row as wide as the grid', () => {
    const { summary, grid } = built();
    expect(grid.rows[0][0]).toMatchObject({ value: `${summary.plan.name} — 集計`, bold: true });
    expect(grid.rows[1][0].value).toBe('作成日時: 2024-04-01 09:05 (JST) — Shinchoku');
    expect(grid.rows[2][0]).toMatchObject({ value: 'エラーはありません', bold: false });
    for (const row of grid.rows) expect(row).toHaveLength(grid.width);
    expect(grid.width).toBe(13);
  });

  test('each table: a blank row, its title in bold, a filled bold header, then its figures with their formats', () => {
    const { grid, values, rowOf } = built();
    const at = rowOf('【進捗率】');
    expect(values()[at - 1].every((v) => v === null)).toBe(true);
    expect(grid.rows[at][0].bold).toBe(true);
    expect(grid.rows[at + 1].slice(0, 4).map((c) => [c.bold, c.fill])).toEqual(Array(4).fill([true, HEADER_FILL]));
    expect(
      values()
        .slice(at + 2, at + 6)
        .map((row) => row.slice(0, 4)),
    ).toEqual([
      ['令和2年度', 0.914, 47, 43],
      ['令和3年度', 0.981, 53, 52],
      ['令和4年度', 1, 50, 50],
      ['令和5年度', 0.979, 48, 47],
    ]);
    expect(grid.rows[at + 2].slice(0, 3).map((c) => [c.format, c.text])).toEqual([
      ['@', true],
      ['0.0%', false],
      ['#,##0', false],
    ]);
  });

  test('two charts beside the tables: 進捗率 with every year, 効果額 without its total row', () => {
    const { grid, values, rowOf } = built();
    const rate = rowOf('【進捗率】') + 1;
    const effects = rowOf('【財政健全化効果額一覧】') + 1;
    expect(grid.charts).toEqual([
      { id: 'progressRate', title: '【進捗率】', range: `A${rate + 1}:B${rate + 5}`, row: rate + 1, column: 15 },
      { id: 'effects', title: '【財政健全化効果額一覧】', range: `A${effects + 1}:B${effects + 5}`, row: effects + 1, column: 15 },
    ]);
    expect(values()[effects + 4][1]).toBe(622971);
    expect(values()[effects + 5][1]).toBe(4698997);
  });

  test('column widths: in steps of 6 characters, between 10 and 50, wide enough for the longest value', () => {
    const { grid } = built();
    expect(grid.columnWidths).toHaveLength(grid.width);
    for (const w of grid.columnWidths) {
      expect(w === 50 || w % 6 === 0).toBe(true);
      expect(w).toBeGreaterThanOrEqual(12);
      expect(w).toBeLessThanOrEqual(50);
    }
    // Column A holds 令和2年度 (10 columns wide) and longer labels: wider than the minimum.
    expect(grid.columnWidths[0]).toBeGreaterThan(12);
  });

  test('a plan with errors says so in bold on the third row; English has English words', () => {
    const input = exampleInput();
    const activities = input.sheets.find((s) => s.name === '取組活動');
    if (!activities) throw new Error('no 取組活動');
    activities.rows[1][3] = '順長';
    const broken = runPipeline(input, { lang: 'en', today: BUILT }).summary;
    const english = summaryGrid(broken, 'en', BUILT);
    expect(english.rows[2][0].bold).toBe(true);
    expect(english.rows[2][0].value).toBe(`Errors remain (errors: 1, warnings: ${broken.problemCounts.warning}); rows with errors are left out of the tables`);
    expect(english.rows.flat().map((c) => c.value)).toContain('Progress rate');
  });
});

describe('problemsGrid', () => {
  const problem: ProblemView = {
    severity: 'error',
    sheet: '取組活動',
    cell: 'D2',
    value: '順長',
    message: '使えません',
    suggestion: '概ね順調',
    code: 'statusUnknown',
  };

  test('a header, then one row per problem with the suggestion or nothing', () => {
    const grid = problemsGrid([problem, { ...problem, severity: 'warning', suggestion: undefined }], 'ja');
    expect(grid.rows.map((row) => row.map((c) => c.value))).toEqual([
      ['重要度', 'シート', 'セル', '入力値', '内容', '候補'],
      ['エラー', '取組活動', 'D2', '順長', '使えません', '概ね順調'],
      ['警告', '取組活動', 'D2', '順長', '使えません', ''],
    ]);
    expect(grid.rows[0].every((c) => c.bold && c.fill === HEADER_FILL)).toBe(true);
    expect(grid.rows[1].every((c) => !c.bold && c.fill === null && c.format === '@')).toBe(true);
    expect(grid.charts).toEqual([]);
    expect(grid.width).toBe(6);
  });

  test('no problems: one row that says so', () => {
    expect(problemsGrid([], 'en').rows.map((row) => row[0].value)).toEqual(['Severity', 'No errors']);
  });
});

describe('chart.ts', () => {
  test('niceStep: about five gridlines of 1, 2 or 5 times a power of ten', () => {
    expect([niceStep(0), niceStep(-3), niceStep(Number.NaN)]).toEqual([1, 1, 1]);
    expect(niceStep(5)).toBe(1);
    expect(niceStep(10)).toBe(2);
    expect(niceStep(20)).toBe(5);
    expect(niceStep(40)).toBe(10);
    expect(niceStep(100)).toBe(20);
    expect(niceStep(4_698_997)).toBe(1_000_000);
    expect(niceStep(0.5)).toBeCloseTo(0.1, 10);
  });

  const spec = (kind: 'line' | 'bar', points: { label: string; value: number; text: string }[], max?: number) => ({
    id: 'effects' as const,
    kind,
    title: '効果額 <年度別>',
    unit: '千円',
    points,
    max,
    alt: 'A & B',
  });

  test('bars: the title, unit and labels escaped; a bar and its figure per year; gridlines with grouped values', () => {
    const svg = chartSvg(
      spec('bar', [
        { label: 'R2', value: 827080, text: '827,080' },
        { label: 'R3', value: 1755320, text: '1,755,320' },
      ]),
    );
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="640" height="320"')).toBe(true);
    expect(svg).toContain('aria-label="A &amp; B"');
    expect(svg).toContain('<title>A &amp; B</title>');
    expect(svg).toContain('>効果額 &lt;年度別&gt;</text>');
    expect(svg).toContain('>千円</text>');
    expect(svg.match(/<rect x=/g)).toHaveLength(2);
    expect(svg).toContain('>1,755,320</text>');
    expect(svg).toContain('>2,000,000</text>');
    expect(svg).toContain('>0</text>');
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  test('a negative bar reaches below the zero line, its figure above that line, a minus sign on negative ticks', () => {
    const svg = chartSvg(
      spec('bar', [
        { label: 'R2', value: 300, text: '300' },
        { label: 'R3', value: -200, text: '▲200' },
      ]),
    );
    expect(svg).toContain('>−200</text>');
    const zero = Number(/<line x1="84" y1="([\d.]+)"[^>]*stroke="#666666"/.exec(svg)?.[1]);
    const bars = [...svg.matchAll(/<rect x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(bars[0][0] + bars[0][1]).toBeCloseTo(zero, 0);
    expect(bars[1][0]).toBeCloseTo(zero, 0);
    const label = Number(/y="([\d.]+)" font-size="11" text-anchor="middle" fill="#1a1a1a">▲200/.exec(svg)?.[1]);
    expect(label).toBeCloseTo(zero - 6, 0);
  });

  test('a line: one path through every point, a dot and a figure at each; a fixed top of 100', () => {
    const svg = chartSvg(
      spec(
        'line',
        [
          { label: 'R2', value: 91.4, text: '91.4%' },
          { label: 'R3', value: 98.1, text: '98.1%' },
          { label: 'R4', value: 100, text: '100.0%' },
        ],
        100,
      ),
    );
    expect(svg.match(/<path d="M[\d.]+,[\d.]+ L[\d.]+,[\d.]+ L[\d.]+,[\d.]+"/g)).toHaveLength(1);
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(svg).toContain('>100</text>');
    expect(svg).not.toContain('>120</text>');
    expect(svg).toContain('>98.1%</text>');
    // The 100% point sits on the top gridline (y = 52).
    expect(svg).toContain('cy="52.0"');
  });

  test('no points: an empty chart with its axis, no path; all zeros still draw', () => {
    const empty = chartSvg(spec('line', []));
    expect(empty).not.toContain('<path');
    expect(empty).toContain('<line x1="84" y1="52"');
    const zeros = chartSvg(spec('bar', [{ label: 'R2', value: 0, text: '0' }]));
    expect(zeros).toContain('>1.0</text>');
    expect(zeros).toContain('height="0.0"');
  });

  test('small steps print their decimals', () => {
    const svg = chartSvg(spec('bar', [{ label: 'R2', value: 0.4, text: '0.4' }]));
    expect(svg).toContain('>0.1</text>');
    expect(svg).toContain('>0.4</text>');
  });
});
