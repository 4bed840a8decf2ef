/**
 * The report's 達成状況 of a plan of many labels (issue #25 review, D3), its sentences said once, a 定義
 * over two lines kept as two, and a one-year plan with no one-point line chart — through the built
 * command line, in the .html and the .docx. Every figure is worked out by hand in the comments.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { documentXmlToText } from '../../src/cli/docx';
import type { CellValue } from '../../src/core/base/cells';
import { runCli } from '../support/cli';
import { parseProofread } from '../support/proofreadJson';
import { tempDir, writeXlsx } from '../support/xlsx';

// Six labels: three mean 達成, one 未達成, two 未確定; the shares are of the evaluated targets (評価済み, the default).
// 目標を上回って達成's 定義 is written over two lines, one with markup that must stay text.
// 達成事項: t1 上回って, t2 おおむね, t3 おおむね, t4 遅れ, t5 未達成 (evaluated 5); t6 t8 最終年度まで, t7 改定 (未確定 3).
// Whole plan: 上回って 1/5 = 20.0%, おおむね 2/5 = 40.0%, 遅れ 1/5 = 20.0%, 未達成 1/5 = 20.0%; 達成 計 4/5 = 80.0%; 未確定 計 3.
// Due FY2024 (t1 t2 t3): 達成 3/3 = 100.0%, 未達成 0 = 0.0%. Due FY2025 (t4 t5): 達成 1/2 = 50.0%, 未達成 1/2 = 50.0%.
// (FY2026 has not begun on 2026-03-31 and has no result evaluated: its row is left out.)
// Perspective 1 (A-1, C-3: t1 t2 t5 t6 t7): 達成 2/3 = 66.6% (切り捨て), 未達成 1/3 = 33.3%, 未確定 2.
// Perspective 2 (B-2: t3 t4 t8): 達成 2/2 = 100.0%, 未達成 0 = 0.0%, 未確定 1.
const PLAN = {
  sheets: [
    {
      name: '設定',
      rows: [
        ['項目', '値'],
        ['計画名', 'ぬまた市改革'],
        ['計画開始年度', 2024],
        ['計画終了年度', 2026],
        ['取組の視点', '視点一\n視点二'],
      ],
    },
    {
      name: '区分',
      rows: [
        ['種類', '区分', '意味', '定義'],
        ['達成状況', '目標を上回って達成', '達成', '目標値を上回る成果をあげたもの\n（<b>数値目標</b>のあるもの）'],
        ['達成状況', '目標をおおむね達成', '達成', '目標値のおおむね9割以上'],
        ['達成状況', '遅れはあるがおおむね達成', '達成', '工程に遅れがあったもの'],
        ['達成状況', '目標を未達成', '未達成', '目標値の9割に満たないもの'],
        ['達成状況', '最終年度まで', '未確定', '達成時期が計画の最終年度のもの'],
        ['達成状況', '改定により設定', '未確定', '改定で目標を設定したもの'],
      ],
    },
    {
      name: '事業',
      rows: [
        ['事業コード', '事業名', '取組の視点'],
        ['A-1', '事業A', 1],
        ['B-2', '事業B', 2],
        ['C-3', '事業C', 1],
      ],
    },
    {
      name: '達成事項',
      rows: [
        ['事業コード', '目標年度', '達成するべき事項', '達成状況'],
        ['A-1', '令和6年度', 't1', '目標を上回って達成'],
        ['A-1', '令和6年度', 't2', '目標をおおむね達成'],
        ['B-2', '令和6年度', 't3', '目標をおおむね達成'],
        ['B-2', '令和7年度', 't4', '遅れはあるがおおむね達成'],
        ['C-3', '令和7年度', 't5', '目標を未達成'],
        ['C-3', '令和8年度', 't6', '最終年度まで'],
        ['A-1', '令和8年度', 't7', '改定により設定'],
        ['B-2', '令和8年度', 't8', '最終年度まで'],
      ],
    },
  ],
};
const AS_OF = '2026-03-31';

let dir: string;
let book: string;
let page: string;
let html: string;
let docxXml: string;
let docx: string;

beforeAll(async () => {
  dir = tempDir();
  book = join(dir, 'plan.xlsx');
  await writeXlsx(book, PLAN);
  for (const ext of ['html', 'docx']) {
    const run = runCli(['report', book, '--out', join(dir, `report.${ext}`), '--as-of', AS_OF]);
    expect([run.status, run.stderr]).toEqual([0, '']);
  }
  page = readFileSync(join(dir, 'report.html'), 'utf8');
  html = page
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, '\n')
    .replace(/\n+/g, '\n');
  const zip = await JSZip.loadAsync(readFileSync(join(dir, 'report.docx')));
  docxXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  docx = documentXmlToText(docxXml);
});

/** The text from a caption to the next 【…】 caption. */
const section = (text: string, caption: string) => text.slice(text.indexOf(caption), text.indexOf('\n【', text.indexOf(caption) + 1));

describe('a plan of six labels: the report’s 達成状況 tables fit a page', () => {
  test('no table of the report is wider than 10 columns (the 集計 layout has 17 to 19)', () => {
    const widths = [...page.matchAll(/<colgroup>(.*?)<\/colgroup>/g)].map((m) => (m[1].match(/<col /g) ?? []).length);
    expect(widths.length).toBeGreaterThan(0);
    expect(Math.max(...widths)).toBeLessThanOrEqual(10);
    const docxWidths = [...docxXml.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map((m) => (m[1].match(/<w:gridCol /g) ?? []).length);
    expect(Math.max(...docxWidths)).toBeLessThanOrEqual(10);
  });

  test('the whole plan: a label a row (区分 | 件数 | 割合), 未確定 with －, then the denominator and the meanings’ totals', () => {
    const whole = section(html, '【達成状況】');
    expect(whole).toContain(
      '\n区分\n件数\n割合\n目標を上回って達成\n1\n20.0%\n目標をおおむね達成\n2\n40.0%\n遅れはあるがおおむね達成\n1\n20.0%\n目標を未達成\n1\n20.0%\n最終年度まで\n2\n－\n改定により設定\n1\n－\n',
    );
    expect(whole).toContain('\n割合の分母（評価済み）\n達成 計\n達成 計（割合）\n未確定 計\n5\n4\n80.0%\n3\n');
    expect(docx).toContain('区分\t件数\t割合\n目標を上回って達成\t1\t20.0%\n');
    expect(docx).toContain('割合の分母（評価済み）\t達成 計\t達成 計（割合）\t未確定 計\n5\t4\t80.0%\t3\n');
  });

  test('by due year, perspective, perspective and year: each meaning’s count and share', () => {
    const header = '達成 計\n達成 計（割合）\n目標を未達成\n目標を未達成（割合）\n未確定 計\n';
    expect(section(html, '【目標年度別の達成状況】')).toContain(
      `\n目標年度\n評価数\n${header}令和6年度\n3\n3\n100.0%\n0\n0.0%\n0\n令和7年度\n2\n1\n50.0%\n1\n50.0%\n0`,
    );
    expect(section(html, '【目標年度別の達成状況】')).not.toContain('令和8年度');
    expect(section(html, '【取組の視点別の達成状況】')).toContain(
      `\n取組の視点\n評価数\n${header}(1) 視点一\n3\n2\n66.6%\n1\n33.3%\n2\n(2) 視点二\n2\n2\n100.0%\n0\n0.0%\n1`,
    );
    expect(section(html, '【取組の視点・目標年度別の達成状況】')).toContain(
      `\n取組の視点\n目標年度\n評価数\n${header}(1) 視点一\n令和6年度\n2\n2\n100.0%\n0\n0.0%\n0\n`,
    );
  });

  test('the terminal keeps every label’s count and share in one row', () => {
    const run = runCli(['summarize', book, '--as-of', AS_OF]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('目標を上回って達成（割合）');
    expect(run.stdout).toContain('遅れはあるがおおむね達成（割合）');
  });

  test.each(['html', 'docx'])('its %s report proof-reads clean against its workbook: nothing wrong, nothing not placed', (ext) => {
    const run = parseProofread(runCli(['proofread', join(dir, `report.${ext}`), '--workbook', book, '--as-of', AS_OF, '--json']));
    expect(run.refusal).toBeNull();
    expect(run.findings.map((f) => `${f.line}: ${f.stated}→${f.expected} (${f.label ?? ''})`)).toEqual([]);
    if (run.notPlaced !== null) expect(run.notPlaced.map((n) => `${n.line ?? '?'}: ${n.text} — ${n.reason}`)).toEqual([]);
    expect(run.status).toBe(0);
  });
});

test('the 未確定 count is said once: the sentence under the table, not a note above it as well', () => {
  for (const text of [html, docx]) {
    expect(text.match(/3件/g)?.length).toBe(1);
    expect(text).toContain('このほか3件は達成状況が未確定のため、割合の分母に含めていません。');
    expect(text).not.toContain('※未確定の事項（3件）は割合の分母に含まない');
  }
  // The 集計 sheet's table keeps its note (the terminal prints it).
  expect(runCli(['summarize', book, '--as-of', AS_OF]).stdout).toContain('※未確定の事項（3件）は割合の分母に含まない');
});

test('a 定義 over two lines stays two lines, its markup text', () => {
  expect(page).toContain('<dd>目標値を上回る成果をあげたもの<br>（&lt;b&gt;数値目標&lt;/b&gt;のあるもの）</dd>');
  expect(page).not.toContain('<b>数値目標');
  expect(html).toContain('「目標を上回って達成」\n目標値を上回る成果をあげたもの\n（&lt;b&gt;数値目標&lt;/b&gt;のあるもの）\n');
  expect(docx).toContain('目標値を上回る成果をあげたもの\n（<b>数値目標</b>のあるもの）');
  // In the .docx: a break between the two lines, inside the one paragraph of the label.
  expect(docxXml).toMatch(/目標値を上回る成果をあげたもの<\/w:t><\/w:r><w:r><w:br\/><w:t[^>]*>（&lt;b&gt;数値目標&lt;\/b&gt;のあるもの）/);
});

describe('a one-year plan', () => {
  // 平成18年度 (FY2006) only: A-1 済, B-2 概ね順調; reported as of 2007-03-31. One year's rate is one point: no line chart.
  const ONE_YEAR = {
    sheets: [
      {
        name: '設定',
        rows: [
          ['項目', '値'],
          ['計画名', '一年計画'],
          ['計画開始年度', 2006],
          ['計画終了年度', 2006],
          ['取組の視点', '視点一'],
        ],
      },
      {
        name: '事業',
        rows: [
          ['事業コード', '事業名', '取組の視点'],
          ['A-1', '事業A', 1],
          ['B-2', '事業B', 1],
        ] as CellValue[][],
      },
      {
        name: '取組活動',
        rows: [
          ['事業コード', '年度', '取組活動', '進捗状況'],
          ['A-1', 2006, 'a', '済'],
          ['B-2', 2006, 'b', '概ね順調'],
        ] as CellValue[][],
      },
    ],
  };

  test('draws no 進捗率 line chart through its one point; the 【進捗率】 table gives the figure', async () => {
    const one = tempDir();
    const path = join(one, 'plan.xlsx');
    await writeXlsx(path, ONE_YEAR);
    for (const ext of ['html', 'docx']) {
      const run = runCli(['report', path, '--out', join(one, `report.${ext}`), '--as-of', '2007-03-31']);
      expect([run.status, run.stderr]).toEqual([0, '']);
      expect(run.stdout).toContain('グラフ 0 個');
    }
    const text = readFileSync(join(one, 'report.html'), 'utf8');
    expect(text).not.toContain('<svg');
    expect(text).not.toContain('進捗率の推移');
    // 済 and 概ね順調 both count in the rate: 2 / 2 = 100.0%.
    expect(text).toContain('<td class="num">100.0%</td>');
  });
});
