/**
 * `template --plan` (review r25b): the plan's 設定 carried with the two settings it does not write (金額単位,
 * 達成率の分母) at the values the plan is read with; a dropdown whose labels exceed Excel's 255-character list is
 * left out and said, never written (Excel drops such a validation and asks to repair the file). Through the built CLI.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { CellValue, WorkbookInput } from '../../src/core/base/cells';
import { runCli } from '../support/cli';
import { kitaWorkbook } from '../support/kita';
import { tempDir, writeXlsx } from '../support/xlsx';

async function readBack(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

function settingRows(workbook: ExcelJS.Workbook): unknown[][] {
  const out: unknown[][] = [];
  workbook.getWorksheet('設定')?.eachRow((row) => {
    out.push((row.values as unknown[]).slice(1));
  });
  return out;
}

function withSheet(input: WorkbookInput, name: string, edit: (rows: CellValue[][]) => CellValue[][]): WorkbookInput {
  return { ...input, sheets: input.sheets.map((sheet) => (sheet.name === name ? { name, rows: edit(sheet.rows.map((row) => [...row])) } : sheet)) };
}

test('a plan whose 設定 says 全事項 but no 金額単位: the template keeps 全事項 and adds 金額単位 千円 with its note, once', async () => {
  const dir = tempDir();
  const plan = join(dir, 'plan.xlsx');
  await writeXlsx(
    plan,
    withSheet(kitaWorkbook('全事項'), '設定', (rows) => rows.filter((row) => row[0] !== '金額単位')),
  );
  const out = join(dir, 'new.xlsx');
  expect(runCli(['template', out, '--plan', plan]).status).toBe(0);
  const rows = settingRows(await readBack(out));
  expect(rows.filter((row) => row[0] === '達成率の分母').map((row) => row[1])).toEqual(['全事項']);
  expect(rows.filter((row) => row[0] === '金額単位')).toEqual([['金額単位', '千円', '効果額の単位: 円 / 千円 / 万円 / 百万円（空欄は千円）']]);
});

test('a plan without 達成率の分母: the template writes it as 評価済み, the value the plan is read with', async () => {
  const dir = tempDir();
  const plan = join(dir, 'plan.xlsx');
  await writeXlsx(
    plan,
    withSheet(kitaWorkbook(), '設定', (rows) => rows.filter((row) => row[0] !== '達成率の分母')),
  );
  const out = join(dir, 'new.xlsx');
  expect(runCli(['template', out, '--plan', plan]).status).toBe(0);
  expect(
    settingRows(await readBack(out))
      .filter((row) => row[0] === '達成率の分母')
      .map((row) => row[1]),
  ).toEqual(['評価済み']);
});

test('12 result labels of 25 characters: no 達成状況 dropdown, a line saying why; the other dropdowns kept', async () => {
  const dir = tempDir();
  const plan = join(dir, 'plan.xlsx');
  const long = Array.from({ length: 12 }, (_, i) => `目標に対して${'おおむね順調に達成した事項の区分'.slice(0, 14)}その${i + 1}番目`);
  await writeXlsx(
    plan,
    withSheet(kitaWorkbook(), '区分', (rows) => [
      ...rows.filter((row) => row[0] !== '達成状況'),
      ...long.map((name, i) => ['達成状況', name, i < 6 ? '達成' : '未達成', null, null, '']),
    ]),
  );
  const out = join(dir, 'new.xlsx');
  const result = runCli(['template', out, '--plan', plan]);
  expect(result.status).toBe(0);
  // The list is the plan's result labels (and whatever else the dropdown offers): at least the twelve joined.
  const said = /達成事項の「達成状況」の選択肢は合わせて(\d+)文字あり、Excel のドロップダウン（255文字まで）に収まらないため/.exec(result.stdout);
  expect(Number(said?.[1])).toBeGreaterThanOrEqual(long.join(',').length);
  const workbook = await readBack(out);
  const model = (name: string) =>
    (workbook.getWorksheet(name) as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }).dataValidations.model;
  const formulae = ['取組活動', '達成事項'].flatMap((name) => Object.values(model(name)).flatMap((rule) => rule.formulae));
  expect(formulae.length).toBeGreaterThan(0);
  for (const formula of formulae) expect(String(formula).length).toBeLessThanOrEqual(257);
  expect(formulae.some((formula) => String(formula).includes('その1番目'))).toBe(false);
});
