/**
 * Issue #22, part 5, through the built CLI: two 効果額 of 1e308 summed to Infinity (terminal), null (JSON) and a
 * blank cell (--out) with exit 0 and no problem. Now each is an error at its cell (exit 1), left out of every sum,
 * and no Infinity, NaN or null figure reaches the terminal, the JSON or the 集計 sheet.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Summary } from '../../src/core/compute/summarize';
import { runCli, runJson } from '../support/cli';
import { sheet, smallWorkbook } from '../support/example';
import { sha256, tempDir, writeXlsx } from '../support/xlsx';

const dir = tempDir();
const path = join(dir, 'huge.xlsx');

beforeAll(async () => {
  const input = smallWorkbook();
  // 効果額: C2 and C3 (both rows of the small workbook) hold 1e308 (令和2年度 and 令和3年度), and one row of 250 is added (C4).
  const effects = sheet(input, '効果額');
  effects.rows[1][2] = 1e308;
  effects.rows[2][2] = 1e308;
  effects.rows.push(['0701-01', '令和3年度', 250, '歳出削減']);
  await writeXlsx(path, input);
});

const MESSAGE = /効果額!C2.*効果額（千円）の値「1e\+308」は大きすぎて正確に集計できません.*この値は集計から除きました/;

test('summarize: exit 1, the error at both cells, no Infinity or NaN in the tables', () => {
  const before = sha256(path);
  const result = runCli(['summarize', path]);
  expect(result.status).toBe(1);
  expect(result.stdout + result.stderr).toMatch(MESSAGE);
  expect(result.stdout + result.stderr).toMatch(/効果額!C3.*「1e\+308」は大きすぎて/);
  expect(result.stdout).not.toMatch(/Infinity|NaN|null/);
  expect(result.stderr).not.toMatch(/Infinity|NaN/);
  // 令和2年度 0, 令和3年度 250 (only C4 is summed): the total is 250.
  expect(result.stdout).toMatch(/合計\s*│?\s*250\b/);
  expect(sha256(path)).toBe(before);
});

test('summarize --json: the errors by cell and every amount a finite number', () => {
  const { status, json } = runJson<Summary>(['summarize', path]);
  expect(status).toBe(1);
  const errors = json.problems.filter((p) => p.code === 'numberTooLarge').map((p) => [p.severity, `${p.sheet}!${p.cell}`, p.value]);
  expect(errors).toEqual([
    ['error', '効果額!C2', '1e+308'],
    ['error', '効果額!C3', '1e+308'],
  ]);
  expect(json.effects.byYear).toEqual([
    { year: 2020, amount: 0 },
    { year: 2021, amount: 250 },
  ]);
  expect(json.effects.total).toBe(250);
  expect(json.effects.byProject.map((p) => p.total)).toEqual([250, 0]);
  expect(json.effects.byPerspective.map((p) => p.total)).toEqual([250, 0, 0, 0, 0, 0]);
  const text = JSON.stringify(json);
  expect(text).not.toMatch(/Infinity|NaN|"amount":null|"total":null/);
});

test('summarize --json in English: the message names the column and says the value was left out', () => {
  const { json } = runJson<Summary>(['summarize', path, '--lang', 'en']);
  expect(json.problems.find((p) => p.cell === 'C2')?.message).toBe(
    'Amount (thousand yen) "1e+308" is too large to be summed exactly (the limit is 999,999,999,999,999 either way); it was left out of every sum. Check its unit and digits.',
  );
});

test('summarize --out: the 集計 sheet shows 250 as the total, no blank, Infinity or NaN figure; the problems sheet names both cells', async () => {
  const out = join(dir, 'out.xlsx');
  const result = runCli(['summarize', path, '--out', out]);
  expect(result.status).toBe(1);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  const summary = workbook.getWorksheet('集計');
  if (!summary) throw new Error('no 集計 sheet');
  const rows: unknown[][] = [];
  summary.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  const flat = rows.flat();
  expect(flat.some((v) => typeof v === 'number' && !Number.isFinite(v))).toBe(false);
  expect(flat.some((v) => typeof v === 'string' && /Infinity|NaN/.test(v))).toBe(false);
  // The effects table: its title, a header, 令和2年度 0, 令和3年度 250, 合計 250; no amount blank.
  const title = rows.findIndex((row) => row[0] === '【財政健全化効果額一覧】');
  expect(title).toBeGreaterThan(0);
  expect(rows.slice(title + 2, title + 5).map((row) => row.slice(0, 2))).toEqual([
    ['令和2年度', 0],
    ['令和3年度', 250],
    ['合計', 250],
  ]);
  const problems = workbook.getWorksheet('入力チェック結果');
  if (!problems) throw new Error('no problems sheet');
  const cells: string[] = [];
  problems.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1).map(String);
    if (values[4]?.includes('大きすぎて')) cells.push(`${values[1]}!${values[2]}`);
  });
  expect(cells).toEqual(['効果額!C2', '効果額!C3']);
});

test('both examples: no figure beyond the limit, no new problem', () => {
  for (const example of ['hiratsuka-2020-2023', 'sakuragawa-2024-2028']) {
    const { json } = runJson<Summary>(['summarize', join('examples', `${example}.xlsx`)]);
    expect(json.problems.filter((p) => ['numberTooLarge', 'sumTooLarge', 'figureNotComputable'].includes(p.code))).toEqual([]);
    expect(JSON.stringify(json)).not.toMatch(/Infinity|NaN|計算不能/);
  }
});
