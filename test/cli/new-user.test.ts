/**
 * What a new user meets first, through the built command line: a workbook made
 * with `shinchoku template`, filled in, and a department that renamed its sheet.
 * Each message must say what is wrong and what to do, in Japanese and English.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { EXAMPLE, runCli } from '../support/cli';
import { tempDir } from '../support/xlsx';

/** A new plan from `shinchoku template` (plan years fixed to 令和8～11年度, whatever today is) with one project of 総務課, opened for editing. */
async function newPlan(dir: string): Promise<{ file: string; workbook: ExcelJS.Workbook }> {
  const file = join(dir, 'plan.xlsx');
  expect(runCli(['template', file]).status).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const settings = workbook.getWorksheet('設定');
  if (!settings) throw new Error('the template has no 設定 sheet');
  settings.getCell('B3').value = '令和8年度';
  settings.getCell('B4').value = '令和11年度';
  workbook.getWorksheet('事業')?.addRow(['1-01', '窓口のデジタル化', 1, 'R8～R11', '総務課']);
  return { file, workbook };
}

/** A template from the CLI, with 取組活動 renamed as a department would (取組活動（総務課）). */
async function renamedActivities(): Promise<string> {
  const dir = tempDir();
  const file = join(dir, 'plan.xlsx');
  expect(runCli(['template', file]).status).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet('取組活動');
  if (!sheet) throw new Error('the template has no 取組活動 sheet');
  sheet.name = '取組活動（総務課）';
  sheet.addRow(['1-01', '令和8年度', '電子申請の導入', '済']);
  const renamed = join(dir, 'renamed.xlsx');
  await workbook.xlsx.writeFile(renamed);
  return renamed;
}

test('a renamed required sheet: the message names the renamed sheet and says to rename it back (not "create it from the template")', async () => {
  const file = await renamedActivities();
  const ja = runCli(['validate', file]);
  expect(ja.status).toBe(1);
  const jaLine = ja.stdout.split('\n').find((line) => line.includes('必須のシート「取組活動」'));
  expect(jaLine).toContain('シート「取組活動（総務課）」');
  expect(jaLine).toContain('シート名を「取組活動」に戻してください');
  expect(jaLine).not.toContain('テンプレートから作成してください');

  const en = runCli(['validate', file, '--lang', 'en']);
  expect(en.status).toBe(1);
  const enLine = en.stdout.split('\n').find((line) => line.includes('Required sheet "Activities"'));
  expect(enLine).toContain('If sheet "取組活動（総務課）" is it, rename it to "取組活動"');
  expect(enLine).not.toContain('Create it from the template');
});

test('a required sheet simply absent: still "create it from the template"', async () => {
  const dir = tempDir();
  const file = join(dir, 'plan.xlsx');
  expect(runCli(['template', file]).status).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet('取組活動');
  if (!sheet) throw new Error('the template has no 取組活動 sheet');
  workbook.removeWorksheet(sheet.id);
  const without = join(dir, 'without.xlsx');
  await workbook.xlsx.writeFile(without);
  const result = runCli(['validate', without]);
  expect(result.status).toBe(1);
  // #25: 取組活動 is required only where 達成事項 has no rows (the template's has none): the message names both.
  expect(result.stdout).toContain(
    '必須のシート「取組活動」（英語名 Activities でも可）も、行のあるシート「達成事項」（英語名 Targets）もありません。どちらか一方は必須です。テンプレートから作成してください。',
  );
});

test('digest of a new workbook without 送信先 or 部署 addresses: says why no message was written and where to enter the addresses', async () => {
  const dir = tempDir();
  // The template's plan starts this fiscal year: newPlan fixes it so that the month stays inside it whatever the date.
  const { file, workbook } = await newPlan(dir);
  workbook.getWorksheet('取組活動')?.addRow(['1-01', '令和8年度', '電子申請の導入', '遅れ']);
  await workbook.xlsx.writeFile(file);

  const ja = runCli(['digest', file, '--month', '2026-06', '--out', join(dir, 'mail-ja')]);
  expect(ja.stderr).toBe('');
  expect(ja.stdout).toContain('0 通を');
  expect(ja.stdout).toContain(
    '設定シートの「送信先」が空のため、企画担当あてのメッセージは書き出していません。設定シートの「送信先」にアドレスを入力してください',
  );
  expect(ja.stdout).toContain('部署シートにアドレスがない課（メッセージを書き出していません。部署シートに課名とメールを入力してください）: 総務課');

  const en = runCli(['digest', file, '--month', '2026-06', '--out', join(dir, 'mail-en'), '--lang', 'en']);
  expect(en.stdout).toContain(
    "No message for the planning office: the Settings sheet's 送信先 (Digest recipients) is empty. Enter the office's addresses there",
  );
  expect(en.stdout).toContain('No address in the Departments sheet (no message written; enter the department and its email in the Departments sheet): 総務課');
});

test('a result typed for a target year not yet begun: the warning says what to do (ja/en)', async () => {
  const { file, workbook } = await newPlan(tempDir());
  workbook.getWorksheet('取組活動')?.addRow(['1-01', '令和8年度', '電子申請の導入', '済']);
  workbook.getWorksheet('達成事項')?.addRow(['1-01', '令和9年度', '電子申請率50%', '達成']);
  await workbook.xlsx.writeFile(file);
  const ja = runCli(['validate', file, '--as-of', '2027-03-31']);
  expect(ja.stdout).toContain(
    '[警告] 達成事項!D2: 目標年度 令和9年度 はまだ始まっていません（基準日 2027-03-31）が、達成状況「達成」が入力されています。達成状況は目標年度が始まってから入力するか、目標年度が誤りなら直してください。',
  );
  const en = runCli(['validate', file, '--as-of', '2027-03-31', '--lang', 'en']);
  expect(en.stdout).toContain(
    '[warning] 達成事項!D2: The target year FY2027 has not begun yet (as of 2027-03-31), but a result "達成" is entered. Enter the result once the year has begun, or correct the target year if it is wrong.',
  );
});

test('report --out with another ending: the message offers both .docx and .html, as the README does (ja/en)', () => {
  const dir = tempDir();
  const pdf = runCli(['report', EXAMPLE, '--out', join(dir, 'report.pdf')]);
  expect(pdf.status).toBe(2);
  expect(pdf.stdout).toBe('');
  expect(pdf.stderr).toContain(`--out は .docx か .html のファイル名にしてください（${join(dir, 'report.pdf')}）/ --out must name a .docx or .html file`);
  const missing = runCli(['report', EXAMPLE]);
  expect(missing.status).toBe(2);
  expect(missing.stderr).toContain('--out <報告書.docx> が必要です（HTML なら <報告書.html>）/ --out <report.docx> is required (or <report.html> for HTML)');
  // An explicit --format docx still asks for .docx only.
  const explicit = runCli(['report', EXAMPLE, '--out', join(dir, 'report.html'), '--format', 'docx']);
  expect(explicit.stderr).toContain('--out は .docx のファイル名にしてください');
});

test('a mistyped command: the message names the command meant (ja/en)', () => {
  const typo = runCli(['valdate', EXAMPLE]);
  expect(typo.status).toBe(2);
  expect(typo.stdout).toBe('');
  expect(typo.stderr).toContain('「valdate」というコマンドはありません。validate ですか？ / unknown command: valdate; did you mean validate?');
  const other = runCli(['nonsense', EXAMPLE]);
  expect(other.status).toBe(2);
  expect(other.stderr).toContain('「nonsense」というコマンドはありません / unknown command: nonsense\n');
});
