/**
 * The defects an independent review found in #25, each through the built CLI on small workbooks in
 * temp folders (北市, test/support/kita.ts, figures worked out there by hand), each failing before its fix:
 * the report's 【進捗状況】 with shares and shared meanings' totals; no empty list of targets short of 達成
 * when nothing is evaluated; a blank template refused; years in the era of the as-of date in the terminal
 * and the 集計 sheet; a 年度目標 of 0 said; the digest's blank department; the 達成状況 table's denominator
 * named as that; a bad 達成率の分母 said to fall back; a goal with no actual shows －; the goals' yearly rows
 * the same in the terminal and the report; the template's 設定 rows 達成率の分母 and 金額単位.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { CellValue, WorkbookInput } from '../../src/core/base/cells';
import { runCli } from '../support/cli';
import { kitaWorkbook } from '../support/kita';
import { tempDir, writeXlsx } from '../support/xlsx';

const AS_OF = '2026-03-31';

/** The terminal's tables: title → rows (header first), cells split where the columns are aligned. */
function terminalTables(stdout: string): Map<string, string[][]> {
  const tables = new Map<string, string[][]>();
  for (const block of stdout.split('\n\n')) {
    const [title, ...lines] = block.split('\n');
    if (!title.startsWith('【')) continue;
    tables.set(
      title,
      lines.filter((line) => !/^─/.test(line)).map((line) => line.trim().split(/\s{2,}/)),
    );
  }
  return tables;
}

/** The report's HTML tables: caption → rows of cell texts (header first). */
function htmlTables(html: string): Map<string, string[][]> {
  const tables = new Map<string, string[][]>();
  const strip = (s: string) =>
    s
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .trim();
  for (const m of html.matchAll(/<div class="caption">([^<]*)<\/div><table>([\s\S]*?)<\/table>/g)) {
    const rows = [...m[2].matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => strip(c[1])));
    tables.set(strip(m[1]), rows);
  }
  return tables;
}

/** kita with its sheets changed: `edit` returns the rows of a sheet by name (or undefined to drop it). */
function kitaWith(edit: Record<string, (rows: CellValue[][]) => CellValue[][] | undefined>, denominator: '評価済み' | '全事項' = '評価済み'): WorkbookInput {
  const base = kitaWorkbook(denominator);
  const sheets = base.sheets.flatMap((sheet) => {
    const change = edit[sheet.name];
    if (!change) return [sheet];
    const rows = change(sheet.rows.map((row) => [...row]));
    return rows === undefined ? [] : [{ name: sheet.name, rows }];
  });
  for (const [name, change] of Object.entries(edit)) if (!base.sheets.some((s) => s.name === name)) sheets.push({ name, rows: change([]) ?? [] });
  return { sheets };
}

async function fileOf(input: WorkbookInput, name = 'plan.xlsx'): Promise<string> {
  const path = join(tempDir(), name);
  await writeXlsx(path, input);
  return path;
}

function report(path: string, asOf = AS_OF, lang = 'ja'): string {
  const out = join(tempDir(), 'report.html');
  const result = runCli(['report', path, '--out', out, '--as-of', asOf, '--lang', lang]);
  expect(result.status).toBe(0);
  return readFileSync(out, 'utf8');
}

test('1. the report’s 【進捗状況】 gives the shares and 概ね順調 計 the terminal gives (2024: 順調 1 + ほぼ順調 1 = 2, 50.0%)', async () => {
  const path = await fileOf(kitaWorkbook());
  const terminal = terminalTables(runCli(['summarize', path, '--as-of', AS_OF]).stdout).get('【進捗状況】');
  const reported = htmlTables(report(path)).get('【進捗状況】');
  expect(reported?.[0]).toEqual(terminal?.[0]);
  expect(reported?.[0]).toContain('概ね順調 計（割合）');
  expect(reported?.[1]).toEqual(['令和6年度', '3', '4', '1', '25.0%', '1', '25.0%', '1', '25.0%', '1', '25.0%', '2', '50.0%']);
  expect(reported).toEqual(terminal);
});

describe('2. nothing evaluated yet (every result 未確定): no list of targets short of 達成', () => {
  const undetermined = (rows: CellValue[][]) => rows.map((row, i) => (i === 0 ? row : [row[0], row[1], row[2], '最終年度まで', row[4]]));
  test('the terminal leaves it out; the report says plainly no result is evaluated yet, never an empty table', async () => {
    const path = await fileOf(kitaWith({ 達成事項: undetermined }));
    const tables = terminalTables(runCli(['summarize', path, '--as-of', AS_OF]).stdout);
    expect(tables.has('【達成状況】')).toBe(true);
    expect(tables.has('【未達成の事項】')).toBe(false);
    const html = report(path);
    expect(htmlTables(html).has('【未達成の事項】')).toBe(false);
    expect(html).not.toContain('該当する事項はありません');
    expect(html).toContain('達成状況を評価した事項はまだないため、目標に届かなかった事項の一覧はありません。');
  });
  test('one evaluated result brings the list back (with its one 未達成 row)', async () => {
    const path = await fileOf(kitaWith({ 達成事項: (rows) => undetermined(rows).map((row, i) => (i === 3 ? [...row.slice(0, 3), '未達成', row[4]] : row)) }));
    const tables = terminalTables(runCli(['summarize', path, '--as-of', AS_OF]).stdout);
    expect(tables.get('【未達成の事項】')?.slice(1)).toEqual([['未達成', 'P2', '電子申請', '令和6年度', 't3', '遅延のため']]);
  });
});

describe('3. a blank template (the sheets there, headers only) is refused', () => {
  test('shinchoku template, then summarize: exit 1 and the rule said in Japanese and in English', async () => {
    const dir = tempDir();
    const path = join(dir, 'blank.xlsx');
    expect(runCli(['template', path]).status).toBe(0);
    const ja = runCli(['summarize', path]);
    expect(ja.status).toBe(1);
    expect(ja.stdout).toContain(
      '[エラー] 取組活動!A2: シート「取組活動」にもシート「達成事項」にも行がありません。集計するには、どちらか一方に1行以上入力してください。',
    );
    const en = runCli(['validate', path, '--lang', 'en']);
    expect(en.status).toBe(1);
    expect(en.stdout).toContain('Neither sheet "Activities" (取組活動) nor sheet "Targets" (達成事項) has a row');
  });
  test('達成事項 with rows and 取組活動 empty is a plan that keeps targets only: no such error', async () => {
    const path = await fileOf(kitaWith({ 取組活動: (rows) => rows.slice(0, 1) }));
    const result = runCli(['summarize', path, '--as-of', AS_OF]);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain('行がありません');
  });
});

test('4. as of 2019-03-31 the terminal and the 集計 sheet name FY2019 平成31年度 and FY2020 平成32年度, as the report does', async () => {
  const era = (rows: CellValue[][]) =>
    rows.map((row) => row.map((v) => (v === '令和6年度' ? '2019年度' : v === '令和7年度' ? '2020年度' : v === 'R6～R7' ? '2019～2020' : v)));
  const path = await fileOf(kitaWith({ 設定: era, 事業: era, 取組活動: era, 達成事項: era }));
  const out = join(tempDir(), 'out.xlsx');
  const result = runCli(['summarize', path, '--as-of', '2019-03-31', '--out', out]);
  const progress = terminalTables(result.stdout).get('【進捗状況】');
  expect(progress?.slice(1).map((row) => row[0])).toEqual(['平成31年度', '平成32年度']);
  expect(result.stdout).not.toMatch(/令和元年度|令和2年度/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  const texts: string[] = [];
  workbook.getWorksheet('集計')?.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
  expect(texts).toContain('平成31年度');
  expect(texts).toContain('平成32年度');
  expect(texts.filter((t) => /令和/.test(t))).toEqual([]);
  // The report already did so: the same names.
  expect(
    htmlTables(report(path, '2019-03-31'))
      .get('【進捗状況】')
      ?.slice(1)
      .map((row) => row[0]),
  ).toEqual(['平成31年度', '平成32年度']);
  // From 2019-05-01, 令和.
  expect(
    terminalTables(runCli(['summarize', path, '--as-of', '2020-03-31']).stdout)
      .get('【進捗状況】')
      ?.slice(1)
      .map((row) => row[0]),
  ).toEqual(['令和元年度', '令和2年度']);
});

describe('5, b, c. goals', () => {
  const goals = () =>
    kitaWith({
      目標: () => [
        ['項目', '目標値', '単位', '年度', '実績', '年度目標'],
        ['削減額', null, '千円', '令和6年度', 120, 0],
        ['削減額', null, '千円', '令和7年度', null, 200],
        ['職員数', 10, '人', '令和6年度', null, null],
      ],
    });
  test('5. a 年度目標 of 0 is said (warning), and its rate is －, never a ratio of 0', async () => {
    const result = runCli(['summarize', await fileOf(goals()), '--as-of', AS_OF]);
    expect(result.stdout).toContain(
      '[警告] 目標!F2: 目標「削減額」の年度目標が0です。0に対する達成率は計算できないため「－」とします。目標とする値を入力してください。',
    );
    const rows = terminalTables(result.stdout).get('【目標の年度別達成率】');
    expect(rows?.slice(1)).toEqual([
      ['削減額', '千円', '令和6年度', '0', '120', '－'],
      ['削減額', '千円', '令和7年度', '200', '－', '－'],
    ]);
    const en = runCli(['validate', await fileOf(goals()), '--as-of', AS_OF, '--lang', 'en']);
    expect(en.stdout).toContain('Goal "削減額" has Yearly target 0: a rate against 0 cannot be worked out and is shown as －.');
  });
  test('b. a goal with no actual yet: 累計 － and rate －; one with an actual keeps its figures (120 of 200 = 60.0%)', async () => {
    const rows = terminalTables(runCli(['summarize', await fileOf(goals()), '--as-of', AS_OF]).stdout).get('【目標の進捗】');
    expect(rows?.slice(1)).toEqual([
      ['削減額', '千円', '200', '120', '－', '120', '60.0%'],
      ['職員数', '人', '10', '－', '－', '－', '－'],
    ]);
  });
  test('c. the goals’ yearly rows are the same in the terminal and the report', async () => {
    const path = await fileOf(goals());
    const terminal = terminalTables(runCli(['summarize', path, '--as-of', AS_OF]).stdout).get('【目標の年度別達成率】');
    expect(htmlTables(report(path)).get('【目標の年度別達成率】')).toEqual(terminal);
  });
});

test('6. the digest names a project without 取組推進課 「担当課未設定」, never an empty 【】', async () => {
  const path = await fileOf(kitaWith({ 事業: (rows) => rows.map((row) => (row[0] === 'P3' ? [...row.slice(0, 4), null] : row)) }));
  const out = tempDir();
  const result = runCli(['digest', path, '--month', '2025-03', '--out', out, '--as-of', '2025-03-31']);
  expect(result.status).toBe(0);
  const office = readdirSync(out).find((name) => name.endsWith('office.html'));
  const html = readFileSync(join(out, office ?? ''), 'utf8');
  expect(html).toContain('P3 施設予約【担当課未設定】 a4');
  expect(html).not.toContain('【】');
});

describe('7. the 達成状況 table’s first column is named the denominator it holds', () => {
  test('評価済み: 割合の分母（評価済み） 5 (the counts add to 6 with 最終年度まで)', async () => {
    const rows = terminalTables(runCli(['summarize', await fileOf(kitaWorkbook('評価済み')), '--as-of', AS_OF]).stdout).get('【達成状況】');
    expect([rows?.[0][0], rows?.[1][0]]).toEqual(['割合の分母（評価済み）', '5']);
    const en = runCli(['summarize', await fileOf(kitaWorkbook('評価済み')), '--as-of', AS_OF, '--lang', 'en']).stdout;
    expect(en).toContain('Share denominator (evaluated)');
  });
  test('全事項: 割合の分母（全事項） 6', async () => {
    const path = await fileOf(kitaWorkbook('全事項'));
    const rows = terminalTables(runCli(['summarize', path, '--as-of', AS_OF]).stdout).get('【達成状況】');
    expect([rows?.[0][0], rows?.[1][0]]).toEqual(['割合の分母（全事項）', '6']);
    // The report lays this plan's many labels out a label a row, their totals in one row under them (a table with no
    // caption of its own): the denominator heads that row.
    const page = report(path);
    const from = page.indexOf('<div class="caption">【達成状況】');
    expect(page.slice(from, page.indexOf('<div class="caption">', from + 1))).toMatch(
      /<th>割合の分母（全事項）<\/th>[\s\S]*?<tbody><tr><td class="num">6<\/td>/,
    );
    expect(runCli(['summarize', path, '--as-of', AS_OF, '--lang', 'en']).stdout).toContain('Share denominator (every target)');
  });
});

test('a. a bad 達成率の分母 says it fell back to 評価済み', async () => {
  const path = await fileOf(kitaWith({ 設定: (rows) => rows.map((row) => (row[0] === '達成率の分母' ? ['達成率の分母', '半分'] : row)) }));
  const ja = runCli(['validate', path, '--as-of', AS_OF]).stdout;
  expect(ja).toContain(
    '[エラー] 設定!B7: 設定「達成率の分母」の値「半分」が使えません。使える値: 評価済み / 全事項。既定の「評価済み」（評価を終えた事項で割る）で集計しました。',
  );
  const en = runCli(['validate', path, '--as-of', AS_OF, '--lang', 'en']).stdout;
  expect(en).toContain('The default 評価済み (evaluated: the targets with a result) was used.');
});

test('d. the blank template’s 設定 has 金額単位 千円 and 達成率の分母 評価済み, each with a note', async () => {
  const path = join(tempDir(), 'template.xlsx');
  expect(runCli(['template', path]).status).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const rows: unknown[][] = [];
  workbook.getWorksheet('設定')?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  expect(rows.find((row) => row[0] === '金額単位')).toEqual(['金額単位', '千円', '効果額の単位: 円 / 千円 / 万円 / 百万円（空欄は千円）']);
  expect(rows.find((row) => row[0] === '達成率の分母')).toEqual([
    '達成率の分母',
    '評価済み',
    '達成状況の割合の分母: 評価済み（評価を終えた事項で割る。空欄も同じ）/ 全事項（未評価を含む全事項で割る）',
  ]);
});

describe('review r25b 4: an interim report under 全事項 says its shares count the targets due in years not yet begun', () => {
  // As of 2025-03-31 the plan's second year (令和7年度) has not begun: its activities are dropped and its 4 targets left blank.
  const early = {
    取組活動: (rows: CellValue[][]) => rows.filter((row) => row[1] !== '令和7年度'),
    達成事項: (rows: CellValue[][]) => rows.map((row) => (row[1] === '令和7年度' ? [row[0], row[1], row[2], null, ''] : row)),
  };
  test('全事項: the 未評価 of 令和7年度 (4) are said to be in the denominator, beside the note that leaves the year out', async () => {
    const html = report(await fileOf(kitaWith(early, '全事項')), '2025-03-31');
    expect(html).toContain('まだ始まっていない年度（令和7年度）は表・グラフ・文章に含めていません。');
    expect(html).toContain(
      '※ただし、達成状況の割合は、設定のとおり計画期間の全事項を分母とし、まだ始まっていない年度が目標年度の4件も未評価として含めています。',
    );
    const en = report(await fileOf(kitaWith(early, '全事項')), '2025-03-31', 'en');
    expect(en).toContain('the 4 due in years not yet begun count as not evaluated');
  });
  test('評価済み: no such note (the blank results are outside its denominator)', async () => {
    const html = report(await fileOf(kitaWith(early)), '2025-03-31');
    expect(html).toContain('まだ始まっていない年度（令和7年度）');
    expect(html).not.toContain('※ただし、達成状況の割合は');
  });
});
