import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbookFile } from '../../src/cli/xlsx';
import { fiscalYearOfDate } from '../../src/core/base/fiscalYear';
import type { Summary } from '../../src/core/compute/summarize';
import { EXAMPLE, runCli, runJson } from '../support/cli';
import { sheet, smallWorkbook } from '../support/example';
import { sha256, tempDir, writeXlsx } from '../support/xlsx';

const dir = tempDir();

describe('a workbook with bad cells', () => {
  const path = join(dir, 'bad.xlsx');
  beforeAll(async () => {
    const input = smallWorkbook();
    sheet(input, '取組活動').rows[1][3] = '順長';
    sheet(input, '取組活動').rows[2][1] = '令和二年度';
    sheet(input, '効果額').rows[1][2] = '1,2,3';
    sheet(input, '施設面積').rows[2][3] = -3;
    await writeXlsx(path, input);
  });

  test('yields one problem per bad cell, exits 1, and leaves the file byte-identical', () => {
    const before = sha256(path);
    const { status, json } = runJson<Summary>(['summarize', path]);
    expect(status).toBe(1);
    expect(json.problems.map((p) => [p.sheet, p.cell, p.severity, p.value])).toEqual([
      ['取組活動', 'D2', 'error', '順長'],
      ['取組活動', 'B3', 'error', '令和二年度'],
      ['効果額', 'C2', 'error', '1,2,3'],
      ['施設面積', 'D3', 'error', '-3'],
    ]);
    expect(json.problems[0].suggestion).toBe('概ね順調');
    expect(sha256(path)).toBe(before);
  });

  test('validate prints the problems with their cells', () => {
    const result = runCli(['validate', path]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('取組活動!D2');
    expect(result.stdout).toContain('→ 概ね順調');
    expect(result.stdout).toContain('エラー 4 件');
  });

  test('--lang en', () => {
    const result = runCli(['validate', path, '--lang', 'en']);
    expect(result.stdout).toContain('errors: 4, warnings: 0');
    expect(result.stdout).toContain('[error] 取組活動!D2: Progress status "順長" is not allowed.');
  });

  test('the summary still prints, saying errors remain', () => {
    const result = runCli(['summarize', path]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('【進捗状況】');
  });
});

describe('exit status 2: unreadable input, nothing on stdout', () => {
  test.each([
    ['a missing file', join(dir, 'nope.xlsx')],
    ['a text file', join(dir, 'text.xlsx')],
  ])('%s', (_, path) => {
    writeFileSync(join(dir, 'text.xlsx'), 'this is not a workbook');
    const result = runCli(['summarize', path, '--json']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('cannot read the workbook');
  });

  test('bad usage', () => {
    expect(runCli(['frobnicate']).status).toBe(2);
    expect(runCli(['summarize']).status).toBe(2);
    expect(runCli(['summarize', EXAMPLE, '--lang', 'fr']).status).toBe(2);
  });

  test('--out never overwrites the input', () => {
    const copy = join(dir, 'in-place.xlsx');
    copyFileSync(EXAMPLE, copy);
    const before = sha256(copy);
    const result = runCli(['summarize', copy, '--out', copy]);
    expect(result.status).toBe(2);
    expect(sha256(copy)).toBe(before);
  });
});

describe('summarize --out', () => {
  const out = join(dir, 'sub', 'summary.xlsx');
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    const before = sha256(EXAMPLE);
    const result = runCli(['summarize', EXAMPLE, '--out', out]);
    expect(result.status).toBe(0);
    expect(sha256(EXAMPLE)).toBe(before);
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
  });

  test('keeps the input sheets cell for cell and adds the generated ones', async () => {
    const original = await readWorkbookFile(EXAMPLE);
    const written = await readWorkbookFile(out);
    expect(written.sheets.map((s) => s.name)).toEqual([...original.sheets.map((s) => s.name), '集計', '入力チェック結果']);
    for (const s of original.sheets) expect(written.sheets.find((w) => w.name === s.name)?.rows).toEqual(s.rows);
  });

  test('the summary sheet holds the figures with number formats', () => {
    const summary = workbook.getWorksheet('集計');
    if (!summary) throw new Error('no summary sheet');
    const cells: { value: unknown; numFmt: string }[] = [];
    summary.eachRow((row) => {
      row.eachCell((cell) => {
        cells.push({ value: cell.value, numFmt: cell.numFmt });
      });
    });
    expect(cells).toContainEqual({ value: 0.914, numFmt: '0.0%' });
    expect(cells).toContainEqual({ value: 0.916, numFmt: '0.0%' });
    expect(cells).toContainEqual({ value: 4698997, numFmt: '#,##0' });
    expect(cells).toContainEqual({ value: 6227.75, numFmt: '#,##0.00' });
    expect(String(summary.getCell('A2').value)).toContain('Shinchoku');
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  test('running again on the output replaces its own generated sheets, never a user sheet of the same name', async () => {
    const userCopy = join(dir, 'user.xlsx');
    const input = await readWorkbookFile(EXAMPLE);
    input.sheets.push({ name: '集計', rows: [['私のメモ'], ['消さないで']] });
    await writeXlsx(userCopy, input);
    const out2 = join(dir, 'user-out.xlsx');
    const result = runCli(['summarize', userCopy, '--out', out2]);
    expect(result.stderr).toContain('集計');
    const written = await readWorkbookFile(out2);
    expect(written.sheets.find((s) => s.name === '集計')?.rows).toEqual([['私のメモ'], ['消さないで']]);
    expect(written.sheets.map((s) => s.name)).toContain('集計 (2)');

    const out3 = join(dir, 'again.xlsx');
    runCli(['summarize', out, '--out', out3]);
    const again = await readWorkbookFile(out3);
    expect(again.sheets.filter((s) => s.name.startsWith('集計'))).toHaveLength(1);
  });
});

describe('template', () => {
  const path = join(dir, 'template.xlsx');

  test('writes every sheet and header, dropdowns and a filled 設定 sheet', async () => {
    const result = runCli(['template', path]);
    expect(result.status).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      '設定',
      '区分',
      '事業',
      '取組活動',
      '達成事項',
      '効果額',
      '施設面積',
      '目標',
      '部署',
      '指標',
      '報告書',
    ]);
    expect(workbook.getWorksheet('取組活動')?.getRow(1).values).toEqual([undefined, '事業コード', '年度', '取組活動', '進捗状況', '取組内容・成果']);
    const validation = workbook.getWorksheet('取組活動')?.getCell('D2').dataValidation;
    expect(validation).toMatchObject({ type: 'list', formulae: ['"済,概ね順調,遅れ,未着手,休止"'] });
    expect(workbook.getWorksheet('達成事項')?.getCell('D100').dataValidation).toMatchObject({ type: 'list' });
    expect(workbook.getWorksheet('設定')?.getCell('A5').value).toBe('端数処理');
  });

  test('the blank template summarizes with its one error: no rows yet in 取組活動 or 達成事項 (issue #25)', () => {
    const { status, json } = runJson<Summary>(['summarize', path]);
    expect(status).toBe(1);
    expect(json.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.message])).toEqual([
      ['recordsMissing', expect.stringContaining('取組活動')],
    ]);
    // Four years from the current fiscal year, as the add-on's テンプレートを作成 does.
    const start = fiscalYearOfDate(new Date()) ?? 0;
    expect(json.years).toEqual([start, start + 1, start + 2, start + 3]);
  });

  test('refuses to overwrite without --force', () => {
    expect(runCli(['template', path]).status).toBe(2);
    expect(runCli(['template', path, '--force']).status).toBe(0);
    expect(existsSync(path)).toBe(true);
  });
});
