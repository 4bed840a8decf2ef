/**
 * `shinchoku report` names years as the document's date does (workbook.md "Era names") and says a
 * one-year period as one year (issue #25, point 8), through the built command line, in the .html
 * and the .docx. Every sentence is worked out by hand in the comments.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { documentXmlToText } from '../../src/cli/docx';
import type { CellValue } from '../../src/core/base/cells';
import { runCli } from '../support/cli';
import { tempDir, writeXlsx } from '../support/xlsx';

type Rows = CellValue[][];

/** A plan of two perspectives and two projects (A-1 in the first, B-2 in the second), from `first` to `last`. */
function plan(name: string, first: number, last: number, sheets: { name: string; rows: Rows }[]) {
  return {
    sheets: [
      {
        name: '設定',
        rows: [
          ['項目', '値'],
          ['計画名', name],
          ['計画開始年度', first],
          ['計画終了年度', last],
          ['取組の視点', '視点一\n視点二'],
        ],
      },
      {
        name: '事業',
        rows: [
          ['事業コード', '事業名', '取組の視点'],
          ['A-1', '事業A', 1],
          ['B-2', '事業B', 2],
        ],
      },
      ...sheets,
    ],
  };
}

const activities = (...rows: Rows) => ({ name: '取組活動', rows: [['事業コード', '年度', '取組活動', '進捗状況'], ...rows] });
const effects = (...rows: Rows) => ({ name: '効果額', rows: [['事業コード', '年度', '効果額（千円）'], ...rows] });
const targets = (...rows: Rows) => ({ name: '達成事項', rows: [['事業コード', '目標年度', '達成するべき事項', '達成状況'], ...rows] });

/** The report's text, as .html (tags out, one element a line, entities read) and as .docx (the document's text). */
async function reportTexts(input: ReturnType<typeof plan>, asOf: string, lang: 'ja' | 'en' = 'ja'): Promise<{ html: string; docx: string }> {
  const dir = tempDir();
  const book = join(dir, 'plan.xlsx');
  await writeXlsx(book, input);
  const out = (ext: string) => join(dir, `report-${asOf}-${lang}.${ext}`);
  for (const ext of ['html', 'docx']) {
    const run = runCli(['report', book, '--out', out(ext), '--as-of', asOf, '--lang', lang]);
    expect([run.status, run.stderr]).toEqual([0, '']);
  }
  const html = readFileSync(out('html'), 'utf8')
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, '\n')
    .replace(/\n+/g, '\n')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  const zip = await JSZip.loadAsync(readFileSync(out('docx')));
  const docx = documentXmlToText((await zip.file('word/document.xml')?.async('string')) ?? '');
  return { html, docx };
}

describe('a one-year plan is said as one year', () => {
  // 平成18年度 (FY2006) only: A-1 済 and B-2 概ね順調, 300千円 of effect; reported as of 2007-03-31, the year over.
  const input = () => plan('一年計画', 2006, 2006, [activities(['A-1', 2006, 'a', '済'], ['B-2', 2006, 'b', '概ね順調']), effects(['A-1', 2006, 300])]);

  test('in Japanese: the period, the effect and the conclusion name the year once', async () => {
    const { html, docx } = await reportTexts(input(), '2007-03-31');
    for (const text of [html, docx]) {
      expect(text).toContain('「一年計画」の計画期間は、平成18（2006）年度の1年間です。');
      expect(text).toContain('「一年計画」における1年間の取組成果として、300千円の財政健全化効果額が生まれました。');
      // Two projects (A-1, B-2) with an activity in the year.
      expect(text).toContain('平成18（2006）年度の1年間で2事業に取り組み、300千円の財政健全化効果額を計上しました。');
      expect(text).not.toContain('平成18（2006）年度から平成18（2006）年度');
    }
  });

  test('in English: one year, never "1 years"', async () => {
    const { html, docx } = await reportTexts(input(), '2007-03-31', 'en');
    for (const text of [html, docx]) {
      expect(text).toContain('The plan "一年計画" runs one year, FY2006.');
      expect(text).toContain('Over the one year of "一年計画", the fiscal effect was 300 thousand yen.');
      expect(text).toContain('In FY2006, 2 projects were carried out, with a fiscal effect of 300 thousand yen.');
      expect(text).not.toMatch(/\b1 years\b|from FY2006 to FY2006/);
    }
  });

  test('the first year of a longer plan, reported in that year: its effect sentence names the year once', async () => {
    // 平成18～20年度, as of 2006-09-30: only 平成18年度 has begun; 300千円 so far.
    const { html } = await reportTexts(
      plan('三年計画', 2006, 2008, [activities(['A-1', 2006, 'a', '済'], ['B-2', 2006, 'b', '概ね順調']), effects(['A-1', 2006, 300])]),
      '2006-09-30',
    );
    expect(html).toContain('「三年計画」の計画期間は、平成18（2006）年度から平成20（2008）年度までの3年間です。');
    expect(html).toContain('「三年計画」の平成18（2006）年度の取組成果として、300千円の財政健全化効果額が生まれました。');
    expect(html).toContain('平成18（2006）年度の1年間で2事業に取り組み、300千円の財政健全化効果額を計上しました。');
  });
});

describe('era names as of the report date', () => {
  // 平成30～令和2年度 (FY2018-2020). FY2018: A-1 済, B-2 遅れ (rate 1/2 = 50.0%); FY2019: A-1 済 (1/1 = 100.0%).
  // Effects 100千円 in FY2018 and 250千円 in FY2019: 350千円. B-2's target for FY2018-2020 is 未達成.
  const input = () =>
    plan('改革計画', 2018, 2020, [
      activities(['A-1', 2018, 'a', '済'], ['B-2', 2018, 'b', '遅れ'], ['A-1', 2019, 'c', '済']),
      effects(['A-1', 2018, 100], ['A-1', 2019, 250]),
      targets(['B-2', 'H30～R2', 't', '未達成']),
    ]);

  test('as of 2019-04-30 (FY2019 begun, 令和 not yet): 平成31年度 and 平成32年度, never 令和', async () => {
    const { html, docx } = await reportTexts(input(), '2019-04-30');
    for (const text of [html, docx]) {
      expect(text).not.toContain('令和');
      expect(text).toContain('「改革計画」の計画期間は、平成30（2018）年度から平成32（2020）年度までの3年間です。');
      expect(text).toContain('※2019-04-30時点の報告です。まだ始まっていない年度（平成32年度）は表・グラフ・文章に含めていません。');
      expect(text).toContain('「改革計画」の平成30（2018）年度から平成31（2019）年度までの2年間の取組成果として、350千円の財政健全化効果額が生まれました。');
      // The shortfall's and the appendix's target year: H30～R2 as of that date.
      expect(text).toContain('平成30～32年度');
    }
    // The progress-rate table's rows, in the .html: year, rate, activities, progressing.
    expect(html).toContain('平成30年度\n50.0%\n2\n1\n');
    expect(html).toContain('平成31年度\n100.0%\n1\n1\n');
  });

  test('from 2019-05-01: 令和元年度 and 令和2年度', async () => {
    const { html, docx } = await reportTexts(input(), '2019-05-01');
    for (const text of [html, docx]) {
      expect(text).not.toContain('平成31');
      expect(text).toContain('「改革計画」の計画期間は、平成30（2018）年度から令和2（2020）年度までの3年間です。');
      expect(text).toContain('まだ始まっていない年度（令和2年度）');
      expect(text).toContain('「改革計画」の平成30（2018）年度から令和元（2019）年度までの2年間の取組成果として、350千円の財政健全化効果額が生まれました。');
      expect(text).toContain('平成30～令和2年度');
    }
    expect(html).toContain('令和元年度\n100.0%\n1\n1\n');
  });

  test('in English the years are FY2018-FY2020 on either date', async () => {
    const before = await reportTexts(input(), '2019-04-30', 'en');
    const after = await reportTexts(input(), '2019-05-01', 'en');
    expect(before.html).toContain('The plan "改革計画" runs 3 years, from FY2018 to FY2020.');
    expect(before.html).toContain('FY2018-FY2020');
    // The same text but for the date the report is as of.
    expect(before.html.replaceAll('2019-04-30', 'DATE')).toBe(after.html.replaceAll('2019-05-01', 'DATE'));
  });
});
