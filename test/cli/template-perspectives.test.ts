/**
 * `shinchoku template` invents no perspectives (#25): 設定's 取組の視点 is left blank to fill and
 * 報告書 has one 概要 / 課題 pair to fill, or — with --plan — the perspectives that plan's 設定
 * names; never the seed city's six. Through the built CLI, the files read back with exceljs.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Summary } from '../../src/core/compute/summarize';
import { EXAMPLE, runCli, runJson } from '../support/cli';
import { smallWorkbook } from '../support/example';
import { tempDir, writeXlsx } from '../support/xlsx';

/** The seed city's six (平塚市行財政改革計画 2020-2023), spelled here so the test does not take them from the code it tests. */
const SEED_SIX = ['民間活力の活用', '施設の総合的管理', '行政の効率化', '収入確保策の推進', '身近で利用しやすい行政サービスの推進', 'ICTの活用推進'];

async function readBack(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

function rows(workbook: ExcelJS.Workbook, name: string): unknown[][] {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const out: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    out.push((row.values as unknown[]).slice(1).map((value) => value ?? null));
  });
  return out;
}

function everyText(workbook: ExcelJS.Workbook): string {
  return workbook.worksheets.map((sheet) => rows(workbook, sheet.name).flat().join('|')).join('\n');
}

test('a new template: 取組の視点 blank, one 概要 / 課題 pair to fill, none of the seed six anywhere; its one error: no rows yet', async () => {
  const path = join(tempDir(), 'new.xlsx');
  expect(runCli(['template', path]).status).toBe(0);
  const workbook = await readBack(path);
  expect(rows(workbook, '設定').find((row) => row[0] === '取組の視点')).toEqual(['取組の視点', '']);
  // Nothing in the 視点 and 本文 columns (exceljs gives a row up to its last value).
  expect(rows(workbook, '報告書').slice(1)).toEqual([['はじめに'], ['計画の概要'], ['概要'], ['課題と今後の方向性'], ['総括']]);
  const text = everyText(workbook);
  for (const name of SEED_SIX) expect(text).not.toContain(name);
  // The blank 取組の視点 row is a row to fill, not an error; a plan with no activity and no target yet is (#25 review).
  const validate = runCli(['validate', path]);
  expect(validate.stdout).toBe(
    '入力チェック結果: エラー 1 件、警告 0 件\n[エラー] 取組活動!A2: シート「取組活動」にもシート「達成事項」にも行がありません。集計するには、どちらか一方に1行以上入力してください。\n',
  );
  expect(validate.status).toBe(1);
});

test('filled in as the template invites — one name per 取組の視点 row — the plan has those perspectives', async () => {
  const dir = tempDir();
  const path = join(dir, 'new.xlsx');
  expect(runCli(['template', path]).status).toBe(0);
  const workbook = await readBack(path);
  const settings = workbook.getWorksheet('設定');
  if (!settings) throw new Error('no 設定');
  settings.getCell('B7').value = '見える改革';
  settings.addRow(['取組の視点', '人材育成']);
  workbook.getWorksheet('事業')?.addRow(['1-01', '研修の見直し', '人材育成']);
  // One target (no result yet) in the plan's first year, as 設定 gives it: a plan with a row to summarize.
  workbook.getWorksheet('達成事項')?.addRow(['1-01', String(settings.getCell('B3').value), '研修の受講率50%']);
  const filled = join(dir, 'filled.xlsx');
  await workbook.xlsx.writeFile(filled);
  const { status, json } = runJson<Summary>(['summarize', filled]);
  expect(json.problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(status).toBe(0);
  expect(json.perspectives.map((p) => [p.perspective, p.name])).toEqual([
    [1, '見える改革'],
    [2, '人材育成'],
  ]);
});

test('--plan: the perspectives that plan names (the Hiratsuka example: its six, one 概要 / 課題 pair each)', async () => {
  const path = join(tempDir(), 'from-plan.xlsx');
  expect(runCli(['template', path, '--plan', EXAMPLE]).status).toBe(0);
  const report = rows(await readBack(path), '報告書');
  const pairs = report.filter((row) => row[0] === '概要' || row[0] === '課題と今後の方向性');
  expect(pairs.map((row) => row[1])).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6]);
});

test('--plan whose 設定 names no perspective: none invented (a blank pair to fill), though the plan reads with the defaults', async () => {
  const dir = tempDir();
  const plan = join(dir, 'plan.xlsx');
  await writeXlsx(plan, smallWorkbook());
  const path = join(dir, 'from-plan.xlsx');
  expect(runCli(['template', path, '--plan', plan]).status).toBe(0);
  const workbook = await readBack(path);
  expect(rows(workbook, '報告書').filter((row) => row[0] === '概要')).toEqual([['概要']]);
  for (const name of SEED_SIX) expect(everyText(workbook)).not.toContain(name);
});
