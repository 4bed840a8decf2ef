/**
 * `shinchoku report`: the annual report written from the workbook, through
 * the built command line. The report must state the seed report's figures
 * (from the hand-made extract of the seed, not from our own code), read
 * clean under the proof-reader, and say where the text nobody wrote goes.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { TOWN_EXAMPLE_PATH } from '../../scripts/example/town';
import { documentXmlToText } from '../../src/cli/docx';
import { EXAMPLE, ROOT, runCli } from '../support/cli';
import { exampleExtract } from '../support/example';
import { tempDir } from '../support/xlsx';

const TOWN = join(ROOT, TOWN_EXAMPLE_PATH);

async function docxParts(path: string): Promise<{ zip: JSZip; xml: string; text: string }> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return { zip, xml, text: documentXmlToText(xml) };
}

interface Row {
  year_label: string;
  [key: string]: number | string;
}
interface Printed {
  label: string;
  printed: string[];
}
/** The parts of the seed's extract (examples/source/hiratsuka-extract.json) read here. */
interface SeedExtract {
  progress_status: { rows: Row[] };
  progress_rate: { rows: Row[] };
  achievement_status: Record<'achieved' | 'partially_unachieved' | 'unachieved', { count: number; pct_stated: string }> & { total_items: number };
  fiscal_effect_by_year: { years: { no: number; year_label: string; amount_thousand_yen: number }[] };
  perspectives: { results: { projects: Printed; added: Printed; ended: Printed; fiscal_effect_thousand_yen: Printed } }[];
  floor_area: { years: { abolished_m2: number; added_m2: number; net_signed_m2_positive_is_increase: number }[] };
  projects: { appendix_code: string; fiscal_effect_printed: string | null }[];
}

/** Spaces, tabs and the seed's ※ marks out: what is left is the words and figures in order. */
const squash = (text: string) => text.normalize('NFKC').replace(/[\s※]/g, '');

describe('the Hiratsuka example as a report', () => {
  let dir: string;
  let docx: string;
  let parts: { zip: JSZip; xml: string; text: string };
  let lines: string[];

  beforeAll(async () => {
    dir = tempDir();
    docx = join(dir, 'report.docx');
    const run = runCli(['report', EXAMPLE, '--out', docx, '--as-of', '2024-03-31']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^報告書を書き出しました: .*report\.docx（表 \d+ 個、グラフ 3 個）$/m);
    parts = await docxParts(docx);
    lines = parts.text.split('\n').map(squash);
  });

  test('is an A4 Word document: 游明朝 and 游ゴシック, header rows that repeat, right-aligned figures', () => {
    expect(parts.xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const tables = parts.xml.match(/<w:tbl>/g)?.length ?? 0;
    expect(tables).toBeGreaterThan(20);
    // Each table's first row, and only it, is a repeating header.
    expect(parts.xml.match(/<w:tblHeader\/>/g)?.length).toBe(tables);
    expect(parts.xml).toContain('w:eastAsia="游ゴシック"');
    expect(parts.zip.file('word/styles.xml')).not.toBeNull();
    // 827,080千円 sits in a right-aligned paragraph.
    expect(parts.xml).toMatch(/<w:jc w:val="(right|end)"\/><\/w:pPr><w:r><w:rPr>(?:(?!<\/w:r>).)*<\/w:rPr><w:t xml:space="preserve">827,080千円<\/w:t>/s);
  });

  test('has three charts as PNG pictures, each with alt text that states its figures', async () => {
    const media = Object.keys(parts.zip.files).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(3);
    for (const name of media) {
      const bytes = await parts.zip.file(name)?.async('nodebuffer');
      expect(bytes?.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(bytes?.length).toBeGreaterThan(5_000);
    }
    expect(parts.xml).toContain('descr="進捗率の推移の折れ線グラフ。令和2年度 91.4%、令和3年度 98.1%、令和4年度 100.0%、令和5年度 97.9%。"');
    expect(parts.xml).toContain('令和2年度 827,080千円、令和3年度 1,755,320千円、令和4年度 1,493,626千円、令和5年度 622,971千円');
  });

  test("states every figure of the seed's tables (the extract of the seed, not our code), with 91.6% where the seed says 91.2%", () => {
    const extract = exampleExtract() as unknown as SeedExtract;
    const has = (row: string) => expect(lines).toContain(squash(row));
    // 【進捗状況】 gives each label's share after its count (as the terminal does): the seed's counts, in order, with a share after each.
    for (const row of extract.progress_status.rows) {
      const counts = [row.done, row.on_track, row.delayed, row.not_started, row.suspended].map((n) => `${n}\\d+\\.\\d%`).join('');
      expect(lines.some((line) => new RegExp(`^${squash(`${row.year_label} ${row.projects} ${row.activities}`)}${counts}$`).test(line))).toBe(true);
    }
    for (const row of extract.progress_rate.rows) {
      const rate = row.rate_stated === '100%' ? '100.0%' : row.rate_stated;
      has(`${row.year_label} ${rate} ${row.activities} ${row.done_plus_on_track}`);
    }
    const a = extract.achievement_status;
    // The seed's 55 of 60 is 91.66…%: 91.6% truncated, never the seed's 91.2%.
    has(
      `${a.total_items} ${a.achieved.count} 91.6% ${a.partially_unachieved.count} ${a.partially_unachieved.pct_stated} ${a.unachieved.count} ${a.unachieved.pct_stated}`,
    );
    expect(parts.text).not.toContain('91.2%');
    for (const year of extract.fiscal_effect_by_year.years) has(`${year.no} ${year.year_label} ${year.amount_thousand_yen.toLocaleString('en-US')}千円`);
    has(`合計 ${extract.fiscal_effect_by_year.years.reduce((s, y) => s + y.amount_thousand_yen, 0).toLocaleString('en-US')}千円`);
    expect(squash(parts.text)).toContain('4,698,997千円の財政健全化効果額が生まれました');
    for (const perspective of extract.perspectives) {
      const r = perspective.results;
      has(`${r.projects.label} ${r.projects.printed.join(' ')}`);
      has(`${r.added.label} ${r.added.printed.join(' ')}`);
      has(`${r.ended.label} ${r.ended.printed.join(' ')}`);
      has(`${r.fiscal_effect_thousand_yen.label} ${r.fiscal_effect_thousand_yen.printed.join(' ')}`);
    }
    const area = (n: number) => `${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}㎡`;
    has(`廃止面積 ${extract.floor_area.years.map((y) => area(y.abolished_m2)).join(' ')}`);
    has(`増加面積 ${extract.floor_area.years.map((y) => area(y.added_m2)).join(' ')}`);
    const net = (n: number) => `${area(Math.abs(n))}の${n < 0 ? '縮減' : '増加'}`;
    has(`取組状況 ${extract.floor_area.years.map((y) => net(y.net_signed_m2_positive_is_increase)).join(' ')}`);
    // 取組事業一覧表: each project's code first and its amount last.
    for (const project of extract.projects) {
      // The seed numbers the BPR project 0703-6 in this list and 0703-13 elsewhere; the example uses 0703-13.
      const row = lines.find((line) => line.startsWith(project.appendix_code));
      expect(row).toBeDefined();
      expect(row?.endsWith(project.fiscal_effect_printed ? squash(project.fiscal_effect_printed) : '－')).toBe(true);
    }
  });

  test('takes its narrative from the workbook: the 報告書 sheet and the activities’ notes', () => {
    expect(squash(parts.text)).toContain(squash('「協働と経営」の視点から取組を推進した「第6次平塚市行政改革大綱」の終了を受け'));
    expect(squash(parts.text)).toContain(squash('民間活力を活用する方針とした業務については、導入に向けた取組を着実に進める必要があります。'));
    expect(parts.text).toContain('図書館業務民間活力導入事業：令和2年度に中央図書館の窓口業務を委託しました。');
    expect(parts.text).not.toContain('報告書」シートの見出し');
  });

  test('proof-reads clean against its own workbook, and a figure changed in it is found', async () => {
    const clean = runCli(['proofread', docx, '--workbook', EXAMPLE]);
    expect(clean.stderr).toBe('');
    expect(clean.status).toBe(0);
    const checked = Number(/^(\d+) 個の数値を照合し、0 件の誤りが見つかりました（原稿中の数字 \d+ 個のうち。/.exec(clean.stdout.trim())?.[1]);
    expect(checked).toBeGreaterThan(250);
    // The same document with one amount mistyped, as a person editing it might.
    const xml = parts.xml.replace('<w:t xml:space="preserve">1,493,626千円</w:t>', '<w:t xml:space="preserve">1,493,662千円</w:t>');
    expect(xml).not.toBe(parts.xml);
    const edited = new JSZip();
    for (const [name, file] of Object.entries(parts.zip.files)) if (!file.dir) edited.file(name, await file.async('nodebuffer'));
    edited.file('word/document.xml', xml);
    const wrong = join(dir, 'edited.docx');
    writeFileSync(wrong, await edited.generateAsync({ type: 'nodebuffer' }));
    const run = runCli(['proofread', wrong, '--workbook', EXAMPLE]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/行目: 「1,493,662千円」→ 正しくは「1,493,626千円」（令和4年度 財政健全化効果額/);
  });
});

test('in English: English headings, the same numbers', async () => {
  const out = join(tempDir(), 'report-en.docx');
  const run = runCli(['report', EXAMPLE, '--out', out, '--lang', 'en', '--as-of', '2024-03-31']);
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/^Report written: .*report-en\.docx \(\d+ tables, 3 charts\)$/m);
  const { text } = await docxParts(out);
  for (const heading of ['1 Introduction', '3 Progress', '4 Achievement', '5 Fiscal effect', 'Appendix: projects']) expect(text).toContain(heading);
  for (const figure of [
    'FY2020\t23\t47\t30\t63.8%\t13\t27.6%\t2\t4.2%\t0\t0.0%\t2\t4.2%',
    'FY2020\t91.4%\t47\t43',
    '60\t55\t91.6%\t3\t5.0%\t2\t3.3%',
    '827,080 thousand yen',
    '4,698,997 thousand yen',
  ])
    expect(text).toContain(figure);
  expect(text).not.toMatch(/【|】|はじめに|千円/);
});

test('as one self-contained HTML file, print-ready', () => {
  const out = join(tempDir(), 'report.html');
  const run = runCli(['report', EXAMPLE, '--out', out, '--as-of', '2024-03-31']);
  expect(run.status).toBe(0);
  const html = readFileSync(out, 'utf8');
  expect(html).toMatch(/^<!DOCTYPE html>/);
  expect(html).toContain('@page { size: A4;');
  expect(html).toContain('thead { display: table-header-group; }');
  expect(html.match(/<svg /g)).toHaveLength(3);
  // Nothing is fetched: no external script, style, image or font.
  expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  expect(html).toContain('<td class="num">827,080千円</td>');
});

test("the town's report speaks the town's words: its labels, 百万円 and its goals; missing text is named, never invented", async () => {
  const out = join(tempDir(), 'town.docx');
  const run = runCli(['report', TOWN, '--out', out, '--as-of', '2027-03-31']);
  expect(run.status).toBe(0);
  // No 報告書 sheet: each section that needs one says where to write it.
  expect(run.stdout).toContain('未入力の欄が');
  expect(run.stdout).toContain('［「報告書」シートの見出し「はじめに」に本文を入力してください］');
  const { text } = await docxParts(out);
  expect(text).toContain('取組年度\t事業数\t取組活動数\tA\tA（割合）\tB\tB（割合）\tC\tC（割合）\tD\tD（割合）');
  expect(text).toContain('令和8年度\t');
  expect(text).toContain('百万円');
  expect(text).toContain('【目標の進捗】');
  expect(text).toContain('［「報告書」シートの見出し「総括」に本文を入力してください］');
  expect(text).not.toContain('概ね順調');
  const clean = runCli(['proofread', out, '--workbook', TOWN]);
  expect(clean.status).toBe(0);
  expect(clean.stdout.trim()).toMatch(/^\d+ 個の数値を照合し、0 件の誤りが見つかりました（原稿中の数字 \d+ 個のうち。/);
});

describe('the output is as safe as summarize --out', () => {
  test('never the input, never an existing file without --force, only .docx or .html', () => {
    const dir = tempDir();
    const same = runCli(['report', EXAMPLE, '--out', EXAMPLE]);
    expect(same.status).toBe(2);
    expect(same.stderr).toContain('--out は .docx か .html のファイル名にしてください');
    const existing = join(dir, 'r.docx');
    writeFileSync(existing, 'mine');
    const refused = runCli(['report', EXAMPLE, '--out', existing]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('はすでにあります。置き換えるには --force を付けてください');
    expect(readFileSync(existing, 'utf8')).toBe('mine');
    expect(runCli(['report', EXAMPLE, '--out', existing, '--force']).status).toBe(0);
    expect(readFileSync(existing).subarray(0, 2).toString()).toBe('PK');
    const format = runCli(['report', EXAMPLE, '--out', join(dir, 'r.pdf'), '--format', 'pdf']);
    expect(format.status).toBe(2);
    expect(format.stderr).toContain('--format は docx か html です');
    expect(runCli(['report', EXAMPLE]).stderr).toContain('--out <報告書.docx> が必要です');
    expect(existsSync(join(dir, 'r.pdf'))).toBe(false);
  });

  test('an .html name that is the input through another path is refused', () => {
    const dir = tempDir();
    const copy = join(dir, 'plan.html');
    writeFileSync(copy, readFileSync(EXAMPLE));
    const run = runCli(['report', copy, '--out', join(dir, '.', 'plan.html'), '--force']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--out が入力のブック');
  });
});

test('a mid-plan report states only the years begun: the town as of 2027-03-31 says nothing of 令和9・10年度', async () => {
  const out = join(tempDir(), 'interim.docx');
  expect(runCli(['report', TOWN, '--out', out, '--as-of', '2027-03-31']).status).toBe(0);
  const { text } = await docxParts(out);
  expect(text).toContain('※2027-03-31時点の報告です。まだ始まっていない年度（令和9年度・令和10年度）は表・グラフ・文章に含めていません。');
  expect(text).toContain(
    '「桜川町行財政改革プラン（2024-2028）」の令和6（2024）年度から令和8（2026）年度までの3年間の取組成果として、2,600.0百万円の財政健全化効果額が生まれました。',
  );
  // The plan's period is still stated as the plan's; no table, chart or sentence names a year not begun.
  expect(text).toContain('計画期間は、令和6（2024）年度から令和10（2028）年度までの5年間です。');
  // (The appendix lists every target with its target year, a later one included: that is the plan, not a result.)
  const body = text.slice(0, text.indexOf('参考 達成するべき事項の達成状況'));
  const rest = body.replace(/.*計画期間は.*\n/, '').replace(/.*まだ始まっていない年度.*\n/, '');
  expect(rest).not.toMatch(/令和(9|10)年度|令和(9|10)（/);
  expect(text).toContain('4-01\t定員管理の適正化\t令和9年度\t職員数を定員適正化計画の目標値まで削減する\t－');
});

test('an empty plan (the template) gives a report that says there is no data yet, not "0事業に取り組み"', async () => {
  const dir = tempDir();
  const workbook = join(dir, 'empty.xlsx');
  expect(runCli(['template', workbook]).status).toBe(0);
  const out = join(dir, 'empty.docx');
  const run = runCli(['report', workbook, '--out', out]);
  // The report is written, and the one error said: no row in 取組活動 nor 達成事項 yet (#25 review).
  expect(run.status).toBe(1);
  expect(run.stdout).toContain('ブックにエラーが 1 件あります');
  // #25 (what the plan keeps): sheets with no rows are records the plan does not keep — their sections are left out,
  // never printed as zeros. Left to write: はじめに, 計画の概要, 概要 and 課題 for each of the 6 perspectives, 総括 = 15.
  expect(run.stdout).toContain('（表 0 個、グラフ 0 個）');
  expect(run.stdout).toContain('未入力の欄が 15 か所あります:');
  const { text } = await docxParts(out);
  expect(text).toContain('※この計画は取組活動・達成事項・効果額・施設面積を記録していません。その表・グラフ・文章は載せていません。');
  expect(text).not.toMatch(/0件|取組状況|進捗率の推移/);
  expect(text).not.toContain('事業に取り組み');
  expect(text).not.toContain('の財政健全化効果額が生まれました');
});

test('the HTML report proof-reads as the .docx does: read as the text it shows, never its markup', () => {
  const dir = tempDir();
  const counts = ['report.html', 'report.docx'].map((name) => {
    const out = join(dir, name);
    expect(runCli(['report', EXAMPLE, '--out', out, '--as-of', '2024-03-31']).status).toBe(0);
    const run = runCli(['proofread', out, '--workbook', EXAMPLE]);
    expect(run.status).toBe(0);
    return Number(/^(\d+) 個の数値を照合し、0 件の誤りが見つかりました/.exec(run.stdout)?.[1]);
  });
  expect(counts[0]).toBeGreaterThan(250);
  expect(counts[0]).toBe(counts[1]);
});

test('a draft mostly in English is refused with the reason, not passed with nothing checked', async () => {
  const dir = tempDir();
  const draft = join(dir, 'draft.txt');
  writeFileSync(draft, `${'The progress rate of FY2023 was 97.9 percent, and the fiscal effect was 622,971 thousand yen. '.repeat(5)}\n`);
  const run = runCli(['proofread', draft, '--workbook', EXAMPLE]);
  expect(run.status).toBe(2);
  expect(run.stderr).toContain('原稿の大部分が日本語ではありません。照合は日本語の原稿に対応しています');
});
