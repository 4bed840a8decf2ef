/**
 * `shinchoku report` in a plan's own scheme (issue #25), through the built command line, .html and
 * .docx: two labels meaning 達成, two 未確定 kinds with their 定義, 達成率の分母 全事項, a goal with
 * yearly targets, and no 取組活動, 効果額 or 施設面積. Every figure is worked out by hand below.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { documentXmlToText } from '../../src/cli/docx';
import { runCli } from '../support/cli';
import { tempDir, writeXlsx } from '../support/xlsx';

// 達成事項 (no 取組活動): t1 目標を上回って達成, t2 目標をおおむね達成 (both 達成), t3 目標を未達成 (未達成), t4 and t7
// 最終年度まで, t5 新規追加 (both 未確定), t6 blank (未評価). Evaluated 3, 未確定 3, 未評価 1.
// 全事項: the shares are of 3 + 1 = 4 targets — 達成 2/4 = 50.0%, 未達成 1/4 = 25.0%; 未確定 outside.
// 目標 改革の効果額, 年度目標 950 / 1,030 / 1,200 (目標値 blank: 3,180), FY2024 actual 2,085: 2,085 / 950 = 219.47…
// → 219.4% (切り捨て); 累計 2,085 / 3,180 = 65.56… → 65.5%.
const PLAN = {
  sheets: [
    {
      name: '設定',
      rows: [
        ['項目', '値'],
        ['計画名', 'みどり市改革'],
        ['計画開始年度', 2024],
        ['計画終了年度', 2026],
        ['取組の視点', '視点一\n視点二'],
        ['達成率の分母', '全事項'],
      ],
    },
    {
      name: '区分',
      rows: [
        ['種類', '区分', '意味', '定義'],
        ['達成状況', '目標を上回って達成', '達成', '目標を上回る成果を上げたもの'],
        ['達成状況', '目標をおおむね達成', '達成', ''],
        ['達成状況', '目標を未達成', '未達成', '目標水準に達しなかったもの'],
        ['達成状況', '最終年度まで', '未確定', '数値目標が計画の最終年度に設定されているもの'],
        ['達成状況', '新規追加', '未確定', '計画の改定により追加したもの'],
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
        ['B-2', '令和6年度', 't3', '目標を未達成'],
        ['C-3', '令和8年度', 't4', '最終年度まで'],
        ['C-3', '令和8年度', 't5', '新規追加'],
        ['B-2', '令和7年度', 't6', ''],
        ['A-1', '令和8年度', 't7', '最終年度まで'],
      ],
    },
    {
      name: '目標',
      rows: [
        ['項目', '目標値', '単位', '年度', '実績', '年度目標'],
        ['改革の効果額', '', '百万円', 2024, 2085, 950],
        ['改革の効果額', '', '百万円', 2025, '', 1030],
        ['改革の効果額', '', '百万円', 2026, '', 1200],
      ],
    },
  ],
};

let html: string;
let docx: string;

beforeAll(async () => {
  const dir = tempDir();
  const book = join(dir, 'plan.xlsx');
  await writeXlsx(book, PLAN);
  for (const ext of ['html', 'docx']) {
    const run = runCli(['report', book, '--out', join(dir, `report.${ext}`), '--as-of', '2025-03-31']);
    expect([run.status, run.stderr]).toEqual([0, '']);
  }
  html = readFileSync(join(dir, 'report.html'), 'utf8')
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, '\n')
    .replace(/\n+/g, '\n');
  const zip = await JSZip.loadAsync(readFileSync(join(dir, 'report.docx')));
  docx = documentXmlToText((await zip.file('word/document.xml')?.async('string')) ?? '');
});

test('one line names the records the plan does not keep; none of their sections, charts or zeros', () => {
  for (const text of [html, docx]) {
    expect(text).toContain('※この計画は取組活動・効果額・施設面積を記録していません。その表・グラフ・文章は載せていません。');
    expect(text.split('\n').filter((l) => /取組状況|進捗率の推移|進捗状況|財政健全化効果額|延床面積|概ね順調|未着手/.test(l))).toEqual([]);
  }
  // The sections kept, numbered in order: no 取組状況 (３ in the seed), no 財政健全化効果額, no 延床面積.
  expect(html.match(/^[１-９] .+$/gm)).toEqual(['１ はじめに', '２ 計画の概要', '３ 達成状況', '４ 主な取組と成果', '５ 目標', '６ 総括']);
});

test('the denominator and the 未確定 results are said, with how many and why', () => {
  for (const text of [html, docx]) {
    expect(text).toContain('達成状況の割合は、計画期間の全事項4件（うち未評価1件）を分母としています。');
    expect(text).toContain('このほか3件は達成状況が未確定のため、割合の分母に含めていません。');
    expect(text).toContain('最終年度まで 2件：数値目標が計画の最終年度に設定されているもの');
    expect(text).toContain('新規追加 1件：計画の改定により追加したもの');
    // Said once, in these sentences: not again in the notes under the table (the 集計 sheet keeps its notes).
    expect(text).not.toContain('※割合は、達成状況が未入力（未評価）の事項を含む全事項（4件）に対するもの');
    expect(text).not.toContain('※未確定の事項（3件）は割合の分母に含まない');
  }
});

test('the 【区分】 box prints the plan’s 定義, the standard text only where 定義 is blank', () => {
  expect(html).toContain('「目標を上回って達成」\n目標を上回る成果を上げたもの\n');
  expect(html).toContain('「目標をおおむね達成」\n達成するべき事項を達成した。\n');
  expect(html).toContain('「目標を未達成」\n目標水準に達しなかったもの\n');
  expect(html).toContain('「新規追加」\n計画の改定により追加したもの\n');
  expect(html).not.toContain('当該活動');
});

test('the list short of achieved names only t3: never a 未確定 or blank target', () => {
  // Its heading names the labels short of 達成 only (tables: 未確定 labels are not in the list, so not in its title).
  const shortfalls = html.slice(html.indexOf('【目標を未達成の事項】'), html.indexOf('【区分】', html.indexOf('【目標を未達成の事項】')));
  expect(shortfalls.startsWith('【目標を未達成の事項】')).toBe(true);
  expect(shortfalls).toContain('t3');
  expect(shortfalls).not.toMatch(/t[124567]/);
});

test('a goal with yearly targets: each year shown against its own target', () => {
  // The summary's own table (the terminal's rows), for the years the report speaks of.
  expect(html).toContain('【目標の年度別達成率】\n項目\n単位\n年度\n年度目標\n実績\n達成率\n改革の効果額\n百万円\n令和6年度\n950\n2,085\n219.4%\n');
  // The goals table: 目標値 the sum of the yearly targets, 累計 and 進捗率.
  expect(html).toContain('改革の効果額\n百万円\n3,180\n2,085\n2,085\n65.5%\n');
  expect(docx).toContain('改革の効果額\t百万円\t令和6年度\t950\t2,085\t219.4%');
});

test('the meanings’ totals and achievement by perspective, in the report’s tables', () => {
  const table = (caption: string) => html.slice(html.indexOf(caption), html.indexOf('\n【', html.indexOf(caption) + 1));
  // Of the 4 targets: t1, t2, t3 each 1 = 25.0%; 最終年度まで 2 and 新規追加 1 with －; 達成 計 t1 + t2 = 2 = 50.0%;
  // 未確定 計 3; 未評価 t6 1 = 25.0%. Five labels, two shared meanings and 未評価 are too many columns for a page: the report
  // gives a label a row, and the totals in one row under them (the terminal and the 集計 sheet keep one wide row).
  expect(table('【達成状況】')).toContain(
    '\n区分\n件数\n割合\n目標を上回って達成\n1\n25.0%\n目標をおおむね達成\n1\n25.0%\n目標を未達成\n1\n25.0%\n最終年度まで\n2\n－\n新規追加\n1\n－\n' +
      '割合の分母（全事項）\n達成 計\n達成 計（割合）\n未確定 計\n未評価 件数\n未評価（割合）\n4\n2\n50.0%\n3\n1\n25.0%\n',
  );
  // 視点一 (A-1, C-3): t1, t2 達成, t4, t5, t7 未確定 → 2 of 2 = 100.0%; 視点二 (B-2): t3 未達成, t6 blank → 1 of 2 = 50.0%, 未評価 50.0%.
  const byPerspective = table('【取組の視点別の達成状況】');
  expect(byPerspective).toContain('(1) 視点一\n2\n');
  expect(byPerspective).toContain('(2) 視点二\n2\n');
  expect(docx).toContain('【取組の視点別の達成状況】');
});
