/**
 * `summarize --out` keeps the user's workbook exactly: every part of the
 * input package is in the output byte for byte (hidden rows and columns,
 * notes, an autofilter, conditional formats, an image, a chart part), and
 * only our sheets, their styles and their entries are added. Read back by
 * exceljs and by Python's openpyxl (Debian's python3-openpyxl, which
 * scripts/ensure-chromium.mjs installs).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { addDataSheet } from '../../src/cli/xlsx';
import { ROOT, runCli } from '../support/cli';
import { exampleInput } from '../support/example';
import { sha256, tempDir } from '../support/xlsx';

/** The parts a new sheet must touch: everything else is the user's and stays as it is. */
const TOUCHED = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml'];
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082',
  'hex',
);

async function userWorkbook(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of exampleInput().sheets) addDataSheet(workbook, sheet.name, sheet.rows);
  const activities = workbook.getWorksheet('取組活動');
  if (!activities) throw new Error('no 取組活動');
  activities.getRow(3).hidden = true;
  activities.getColumn(5).hidden = true;
  activities.getCell('B2').note = '課長に確認済み';
  activities.autoFilter = 'A1:E1';
  activities.addConditionalFormatting({
    ref: 'D2:D200',
    rules: [
      {
        type: 'containsText',
        operator: 'containsText',
        text: '遅れ',
        priority: 1,
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } },
      },
    ],
  });
  const image = workbook.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' });
  activities.addImage(image, 'G2:H4');
  await workbook.xlsx.writeFile(path);
  // A chart part, as Excel would leave one: it must come through untouched like every other part.
  const zip = await JSZip.loadAsync(readFileSync(path));
  zip.file('xl/charts/chart1.xml', '<?xml version="1.0" encoding="UTF-8"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
  writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

async function parts(path: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const out = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) out.set(name, await zip.files[name].async('nodebuffer'));
  return out;
}

describe('summarize --out builds on the original package', () => {
  const dir = tempDir();
  const input = join(dir, 'plan.xlsx');
  const out = join(dir, 'plan-summary.xlsx');
  let before: string;

  beforeAll(async () => {
    await userWorkbook(input);
    before = sha256(input);
    const result = runCli(['summarize', input, '--out', out]);
    expect(result.status).toBe(0);
  });

  test('every part of the input is in the output, byte for byte, except the four a new sheet must touch', async () => {
    const original = await parts(input);
    const written = await parts(out);
    const kept = [...original.keys()].filter((name) => !TOUCHED.includes(name));
    expect(kept).toEqual(expect.arrayContaining(['xl/worksheets/sheet3.xml', 'xl/charts/chart1.xml', 'xl/media/image1.png']));
    for (const name of kept) expect(written.get(name)?.equals(original.get(name) as Buffer)).toBe(true);
    // The rest only gained entries: every original sheet is still declared, with its relationship.
    const workbook = written.get('xl/workbook.xml')?.toString('utf8') ?? '';
    for (const name of ['設定', '取組活動', '注記', '集計', '入力チェック結果']) expect(workbook).toContain(`name="${name}"`);
    expect(sha256(input)).toBe(before);
  });

  test('exceljs reads the user’s sheets as they were and ours as built', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const activities = workbook.getWorksheet('取組活動');
    expect(activities?.getRow(3).hidden).toBe(true);
    expect(activities?.getColumn(5).hidden).toBe(true);
    expect(activities?.getCell('B2').note).toBeDefined();
    const summary = workbook.getWorksheet('集計');
    expect(summary?.getCell('A1').value).toBe('平塚市行財政改革計画（2020-2023） — 集計');
    const cells: unknown[] = [];
    summary?.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
    expect(cells).toEqual(expect.arrayContaining([0.914, 4698997, '【進捗率】']));
  });

  test('openpyxl (a stricter reader) opens it and sees the same sheets and figures', () => {
    const script = [
      'import sys, openpyxl',
      'wb = openpyxl.load_workbook(sys.argv[1])',
      'print("|".join(wb.sheetnames))',
      'ws = wb["集計"]',
      'values = [c.value for row in ws.iter_rows() for c in row if c.value is not None]',
      'print(0.914 in values, 4698997 in values)',
      'print(wb["取組活動"].row_dimensions[3].hidden, wb["取組活動"].column_dimensions["E"].hidden)',
      'print(ws.print_title_rows, ws.page_setup.orientation, ws.page_setup.paperSize, ws.sheet_properties.pageSetUpPr.fitToPage)',
    ].join('\n');
    const result = spawnSync('/usr/bin/python3', ['-c', script, out], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n')).toEqual([
      '設定|事業|取組活動|達成事項|効果額|施設面積|部署|指標|報告書|注記|集計|入力チェック結果',
      'True True',
      'True True',
      // Printed: the header row on every page, A4 landscape, fit to the page width.
      '$1:$1 landscape 9 True',
      '',
    ]);
  });

  test('a second run replaces our sheets and keeps a user’s sheet that has the same name', async () => {
    const again = join(dir, 'again.xlsx');
    expect(runCli(['summarize', out, '--out', again]).status).toBe(0);
    const names =
      (await parts(again))
        .get('xl/workbook.xml')
        ?.toString('utf8')
        .match(/<sheet [^>]*name="([^"]+)"/g) ?? [];
    expect(names.filter((tag) => tag.includes('集計'))).toHaveLength(1);
    // A sheet of the user's named 集計 (no mark of ours) is kept; ours goes to 集計 (2).
    const userOwn = join(dir, 'user-own.xlsx');
    const workbook = new ExcelJS.Workbook();
    for (const sheet of exampleInput().sheets) addDataSheet(workbook, sheet.name, sheet.rows);
    addDataSheet(workbook, '集計', [['自分のメモ']]);
    await workbook.xlsx.writeFile(userOwn);
    const result = runCli(['summarize', userOwn, '--out', join(dir, 'user-own-out.xlsx')]);
    expect(result.stderr).toContain('集計 (2)');
    const kept = new ExcelJS.Workbook();
    await kept.xlsx.readFile(join(dir, 'user-own-out.xlsx'));
    expect(kept.getWorksheet('集計')?.getCell('A1').value).toBe('自分のメモ');
    expect(kept.getWorksheet('集計 (2)')?.getCell('A1').value).toContain('集計');
  });
});

describe('summarize --out on workbooks from other tools and earlier runs', () => {
  const dir = tempDir();
  const python = (script: string, ...args: string[]) => spawnSync('/usr/bin/python3', ['-c', script, ...args], { encoding: 'utf8' });

  test('the user’s "$" number formats come through as they were, and openpyxl opens the result', async () => {
    const input = join(dir, 'dollar.xlsx');
    const workbook = new ExcelJS.Workbook();
    for (const sheet of exampleInput().sheets) addDataSheet(workbook, sheet.name, sheet.rows);
    const notes = workbook.getWorksheet('注記');
    if (!notes) throw new Error('no 注記');
    notes.getCell('Z1').numFmt = '"$"#,##0';
    notes.getCell('Z2').numFmt = '[$$-409]#,##0.00';
    await workbook.xlsx.writeFile(input);
    const out = join(dir, 'dollar-out.xlsx');
    expect(runCli(['summarize', input, '--out', out]).status).toBe(0);
    const result = python(
      'import sys, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1])\nprint(wb["注記"]["Z1"].number_format, wb["注記"]["Z2"].number_format)',
      out,
    );
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('"$"#,##0 [$$-409]#,##0.00');
  });

  test('a workbook saved by openpyxl (namespaces declared per element) gives a valid package', () => {
    const input = join(dir, 'by-openpyxl.xlsx');
    const made = python(
      'import sys, openpyxl\nopenpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])',
      join(ROOT, 'examples', 'hiratsuka-2020-2023.xlsx'),
      input,
    );
    expect(made.stderr).toBe('');
    const out = join(dir, 'by-openpyxl-out.xlsx');
    expect(runCli(['summarize', input, '--out', out]).status).toBe(0);
    const read = python('import sys, openpyxl\nprint("|".join(openpyxl.load_workbook(sys.argv[1]).sheetnames[-2:]))', out);
    expect(read.stderr).toBe('');
    expect(read.stdout.trim()).toBe('集計|入力チェック結果');
  });

  test('a note someone put on our sheet goes with it: the new 集計 does not inherit it; styles do not pile up', async () => {
    const first = join(dir, 'first.xlsx');
    expect(runCli(['summarize', join(ROOT, 'examples', 'hiratsuka-2020-2023.xlsx'), '--out', first]).status).toBe(0);
    const edited = join(dir, 'edited.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(first);
    const summary = workbook.getWorksheet('集計');
    if (!summary) throw new Error('no 集計');
    summary.getCell('H3').note = '課長コメント：この数字は確認済み';
    await workbook.xlsx.writeFile(edited);
    const second = join(dir, 'second.xlsx');
    expect(runCli(['summarize', edited, '--out', second]).status).toBe(0);
    const read = python(
      'import sys, openpyxl\nws = openpyxl.load_workbook(sys.argv[1])["集計"]\nprint(sum(1 for row in ws.iter_rows() for c in row if c.comment))',
      second,
    );
    expect(read.stderr).toBe('');
    expect(read.stdout.trim()).toBe('0');
    const third = join(dir, 'third.xlsx');
    expect(runCli(['summarize', second, '--out', third]).status).toBe(0);
    const count = async (path: string) => /<cellXfs count="(\d+)"/.exec((await parts(path)).get('xl/styles.xml')?.toString('utf8') ?? '')?.[1];
    expect(await count(third)).toBe(await count(second));
  });
});
