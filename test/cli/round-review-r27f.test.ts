/**
 * `shinchoku round` after the review r27f (F-numbers), through the built CLI on the example round
 * (examples/round/sakuragawa-2026-round.xlsx, FY2026): 7 departments in 部署 (財政課 row 2 … 総務課 row 8),
 * 113 cells to fill, the departments' own counts 20 + 30 + 9 + 38 + 23 + 5 + 30 = 155 (42 cells of projects
 * shared by two departments, each counted for both). 財政課's file: 取組活動 rows 2-9 = master rows 80-82,
 * 88-92; its 事業 rows 2-4 = 1-01, 1-04, 1-05 (master 事業 rows 2, 5, 6). Each figure is worked out by hand.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ROOT, runCli } from '../support/cli';
import { editCopy as edit, sheetOf, master as smallPlan, split, TODAY } from '../support/roundPlan';
import { tempDir, writeXlsx } from '../support/xlsx';

const EXAMPLE = join(ROOT, 'examples', 'round');
const MASTER = join(EXAMPLE, 'sakuragawa-2026-round.xlsx');
const ZAISEI = join(EXAMPLE, '2026-01-財政課.xlsx');

function merge(...args: string[]) {
  return runCli(['round', 'merge', MASTER, ...args], undefined, TODAY);
}

test('F1: a 照会 sheet naming 令和7年度 over rows of 令和8年度 is a conflict, not the round’s year', async () => {
  const dir = tempDir('shinchoku-round-r27f-');
  const altered = join(dir, 'y2025.xlsx');
  await edit(ZAISEI, altered, (workbook) => {
    sheetOf(workbook, '照会').getCell('B3').value = 2025;
  });
  const alone = merge(altered, '--out', join(dir, 'a.xlsx'));
  expect(alone.status).toBe(1);
  // Before: the round was 令和7年度 and 23 conflicts (every row 「not in the master」), 0/7 complete of 令和7年度.
  expect(alone.stdout.split('\n')[0]).toBe(`取りまとめ: 1 ファイル、取り込んだセル 0 件、競合 1 件、エラー 0 件 → ${join(dir, 'a.xlsx')}`);
  expect(alone.stdout).toContain('[y2025.xlsx] 競合: 照会シートの年度は令和7年度ですが、回答の行は令和8年度の行です');
  expect(alone.stdout).toContain('令和8年度の照会の状況');
  expect(alone.stdout).not.toContain('令和7年度の照会の状況');
  // With 企画課's file: before, 「年度が分かれています」 and nothing merged; now 企画課's 13 cells are merged (as in the example, alone).
  const both = merge(altered, join(EXAMPLE, '2026-02-企画課.xlsx'), '--out', join(dir, 'b.xlsx'));
  expect(both.stdout).toContain('取り込んだセル 13 件、競合 1 件、エラー 0 件');
  expect(both.stdout).not.toContain('年度が分かれています');
});

test('F2: the 事業 sheet and the deadline changed by the department are conflicts (exit 1), the master’s 事業 unchanged', async () => {
  const dir = tempDir('shinchoku-round-r27f-');
  expect(split(MASTER, join(dir, 'split')).status).toBe(0);
  const answer = join(dir, 'edited.xlsx');
  await edit(join(dir, 'split', '2026-01-財政課.xlsx'), answer, (workbook) => {
    sheetOf(workbook, '事業').getCell('E3').value = '企画課'; // 1-04's 取組推進課, master 事業 E5
    sheetOf(workbook, '照会').getCell('B4').value = '2027-06-30';
  });
  const out = join(dir, 'o.xlsx');
  const result = merge(answer, '--out', out);
  // Before: exit 0, 「競合 0 件」, both edits dropped without a word.
  expect(result.status).toBe(1);
  expect(result.stdout).toContain('競合 2 件、エラー 0 件');
  expect(result.stdout).toContain(
    '[edited.xlsx] 競合: 事業 E5（回答ファイルのE3）: 変更できないセル（取組推進課）が回答ファイルで変えられています（「財政課、企画課」→「企画課」）。取りまとめ先には取り込みません',
  );
  expect(result.stdout).toContain(
    '[edited.xlsx] 競合: 照会（回答ファイルのB4）: 変更できないセル（回答期限）が回答ファイルで変えられています（「2027-04-30」→「2027-06-30」）',
  );
  const merged = new ExcelJS.Workbook();
  await merged.xlsx.readFile(out);
  expect(sheetOf(merged, '事業').getCell('E5').value).toBe('財政課、企画課');
  // A file split before the values as sent were kept (the example's): its 事業 against the master's, the author not told.
  const old = join(dir, 'old.xlsx');
  await edit(ZAISEI, old, (workbook) => {
    sheetOf(workbook, '事業').getCell('B2').value = '改ざん';
    // The example's files now keep 事業 as sent (regenerated, r27h 14): taken out here, as a file split before r27f has none.
    const originals = sheetOf(workbook, '照会_元の値');
    for (let row = originals.rowCount; row >= 2; row--) if (originals.getCell(row, 1).value === '事業') originals.spliceRows(row, 1);
  });
  expect(merge(old, '--out', join(dir, 'o2.xlsx')).stdout).toContain(
    '事業 B2（回答ファイルのB2）: 変更できないセル（事業名）が取りまとめ先と回答で違います（取りまとめ先「使用料・手数料の見直し」、回答「改ざん」',
  );
});

test('F4: a deadline before the year begins is refused in both languages; before it ends, said in the user’s language', () => {
  const dir = tempDir('shinchoku-round-r27f-');
  const out = join(dir, 'split');
  const refused = runCli(['round', 'split', MASTER, '--year', '2028', '--due', '2027-01-01', '--out', out], undefined, TODAY);
  // Before: exit 0 and three departments asked for 令和10年度 by 2027-01-01.
  expect(refused.status).toBe(2);
  expect(refused.stdout).toBe('');
  expect(refused.stderr).toContain('回答期限 2027-01-01 は令和10年度が始まる前です（令和10年度は 2028-04-01 から 2029-03-31 まで）');
  expect(refused.stderr).toContain(' / the deadline 2027-01-01 is before FY2028 begins (FY2028 runs from 2028-04-01 to 2029-03-31)');
  expect(existsSync(out)).toBe(false);
  const midYear = runCli(['round', 'split', MASTER, '--year', '2026', '--due', '2027-03-01', '--out', out, '--lang', 'en'], undefined, TODAY);
  expect(midYear.status).toBe(0);
  expect(midYear.stderr).toContain(
    'Note: the deadline 2027-03-01 is before FY2026 ends (2027-03-31); unless this is a mid-year round, give a date after the year ends',
  );
  expect(midYear.stderr).not.toContain('年度が終わる前');
  // After the year ends (the usual round): nothing said of it.
  expect(split(MASTER, join(dir, 'usual')).stderr).not.toContain('回答期限');
});

test('F5 and F9: split’s figures add up, and its notes are in the user’s language only', async () => {
  const dir = tempDir('shinchoku-round-r27f-');
  const result = split(MASTER, join(dir, 'split'));
  expect(result.status).toBe(0);
  const lines = result.stdout.split('\n');
  const counts = lines.map((line) => /（入力が必要なセル (\d+) 件）/.exec(line)?.[1]).filter((n): n is string => n !== undefined);
  const sum = counts.reduce((n, k) => n + Number(k), 0);
  expect([counts.length, sum]).toEqual([7, 155]);
  expect(lines[0]).toContain('入力が必要なセル 113 件');
  // Before: 113 and seven lines adding to 155, with no word on why.
  expect(lines).toContain(
    '  部署ごとの件数の和は 155 件です（複数の部署が担当する事業のセル 42 件を担当する部署ごとに数えるため、入力が必要なセル 113 件より 42 件多くなります）',
  );
  // The small plan: C-3 unrouted, 総務課 with no address; in English every note is English alone (before: 「… / …」 both).
  const plan = join(dir, 'plan.xlsx');
  await writeXlsx(plan, smallPlan());
  const english = split(plan, join(dir, 'en'), '--lang', 'en');
  expect(english.status).toBe(0);
  const notes = english.stderr.trimEnd().split('\n');
  expect(notes).toEqual([
    'Project with no department to ask: C-3 事業c (取組推進課: 関係課; 2 cells to fill)',
    // r27h 1: 総務課 is not on 部署 at all: said with its 取組推進課 cell (was 「no address in 部署」).
    '総務課, named in 取組推進課 (事業!D5), is not on the 部署 sheet: its file is written, but with no address no request mail is; correct the name on the 事業 sheet if it is a typo, else add the department and its address to 部署',
    '--from was not given, so the request mails name no sender: each .eml opens in a mail program as a draft; send it from the office’s address (answers return there)',
  ]);
  expect(english.stdout).toContain(
    '  The departments’ counts add up to 13: the 3 cells of projects shared by several departments count once for each of their departments, 3 more than the 10 cells to fill',
  );
  const japanese = split(plan, join(dir, 'ja'));
  expect(japanese.stderr).not.toContain(' / ');
  expect(japanese.stderr).toContain(
    '取組推進課の「総務課」（事業!D5）は部署シートにない部署名です。照会ファイルは作りましたが、メールアドレスがないため照会メールは作成していません。',
  );
});

test('F6: every conflict names the master’s cell or row, the answer file’s row only where labelled as such', async () => {
  const dir = tempDir('shinchoku-round-r27f-');
  const answer = join(dir, 'rows.xlsx');
  await edit(ZAISEI, answer, (workbook) => {
    const activities = sheetOf(workbook, '取組活動');
    activities.addRow(['1-01', '令和8年度', '新しい取組', 'A', '追加した行']); // file row 10, no 元の行
    activities.getCell('C3').value = '施設使用料の改定（見直し）'; // file row 3, 元の行 81: its text changed
  });
  const result = merge(answer, '--out', join(dir, 'o.xlsx'));
  expect(result.status).toBe(1);
  // Before: 「取組活動!A10: 行が追加されています」 — the answer file's row in the master's form.
  expect(result.stdout).toContain('[rows.xlsx] 競合: 取組活動（回答ファイルの10行目）: 行が追加されています（1-01 新しい取組）');
  expect(result.stdout).toContain('[rows.xlsx] 競合: 取組活動 C81: 「取組活動」が取りまとめ先と回答で違います');
  expect(result.stdout).not.toMatch(/![A-Z]+\d/);
  const english = merge(answer, '--out', join(dir, 'e.xlsx'), '--lang', 'en');
  expect(english.stdout).toContain('[rows.xlsx] conflict: 取組活動 (answer file row 10): a row was added (1-01 新しい取組); added rows are not merged');
});

test('F7: 財政課’s two files, the later correcting the earlier, are said as one department answering twice, the later named', async () => {
  const dir = tempDir('shinchoku-round-r27f-');
  const first = join(dir, 'first.xlsx');
  const second = join(dir, 'second.xlsx');
  await edit(ZAISEI, first, (workbook) => {
    workbook.modified = new Date('2027-04-20T01:00:00Z');
  });
  await edit(ZAISEI, second, (workbook) => {
    sheetOf(workbook, '取組活動').getCell('D2').value = 'A'; // master D80, B in the first file
    workbook.modified = new Date('2027-04-25T00:00:00Z');
  });
  const result = merge(first, second, '--out', join(dir, 'o.xlsx'));
  expect(result.status).toBe(1);
  // Before: 「「B」と回答していますが、second.xlsx（A） と異なります」, as two departments would.
  expect(result.stdout).toContain(
    '[first.xlsx] 競合: 取組活動 D80（1-01 進捗状況）: 財政課から回答ファイルが複数あり、このファイルでは「B」、second.xlsxでは「A」です。ブックの保存日時は first.xlsx 2027-04-20 10:00、second.xlsx 2027-04-25 09:00 で、新しいのは second.xlsx です。どちらも取り込んでいません',
  );
  // The 19 other answers of 財政課 agree in both files and are merged once (20 requested + 1 概要, less D80).
  expect(result.stdout).toContain('取り込んだセル 20 件、競合 2 件');
  const english = merge(first, second, '--out', join(dir, 'e.xlsx'), '--lang', 'en');
  expect(english.stdout).toContain(
    '[second.xlsx] conflict: 取組活動 D80 (1-01 進捗状況): 財政課 sent more than one answer file: "A" in this one, "B" in first.xlsx. The workbooks were saved 2027-04-20 10:00 (first.xlsx), 2027-04-25 09:00 (second.xlsx): the later is second.xlsx. Neither is merged',
  );
  // F10: no full-width bracket, no stray space before "differs", in the English lines.
  expect(english.stdout.split('\n').filter((line) => line.includes('conflict:') && /[（）]| differs/.test(line))).toEqual([]);
});

test('F11: errors by department (部署 order), sheet and row; an amount too large is said as not merged, not as left out of a sum', async () => {
  const dir = tempDir('shinchoku-round-r27f-');
  const answer = join(dir, 'errors.xlsx');
  await edit(ZAISEI, answer, (workbook) => {
    sheetOf(workbook, '効果額').getCell('C2').value = 1e17; // master 効果額 C27
    sheetOf(workbook, '取組活動').getCell('D9').value = 'Z'; // master D92
    sheetOf(workbook, '取組活動').getCell('D3').value = 'Q'; // master D81
  });
  // デジタル推進課 (部署 row 6) given first, 財政課 (row 2) second.
  const result = merge(join(EXAMPLE, '2026-05-デジタル推進課.xlsx'), answer, '--out', join(dir, 'o.xlsx'), '--lang', 'en');
  const errors = result.stdout.split('\n').filter((line) => line.includes('] error: '));
  expect(errors.map((line) => /error: (\S+ \S+)/.exec(line)?.[1])).toEqual(['取組活動 D81', '取組活動 D92', '効果額 C27', '取組活動 D111']);
  // Before: 「…; it was left out of every sum. Check its unit and digits; not merged」.
  expect(errors[2]).toBe(
    // r27h 12: the catalogue’s own sentence (numberTooLarge, told it is a merge’s), no longer a copy of it.
    '  [errors.xlsx] error: 効果額 C27 (1-01): Amount (million yen) "100000000000000000" is too large to be summed exactly (the limit is 999,999,999,999,999 either way). Check its unit and digits; not merged',
  );
  expect(result.stdout).not.toContain('left out');
});

test('F12: a department with a blank address keeps its number; the others are not renumbered', async () => {
  const dir = tempDir('shinchoku-round-r27f-');
  const blank = join(dir, 'blank.xlsx');
  await edit(MASTER, blank, (workbook) => {
    sheetOf(workbook, '部署').getCell('B2').value = null; // 財政課
  });
  const out = join(dir, 'split');
  expect(split(blank, out).status).toBe(0);
  // Before: 2026-01-企画課 … 2026-06-総務課, then 2026-07-財政課 (moved to the end for its blank address).
  expect(readdirSync(out).filter((name) => name.endsWith('.xlsx'))).toEqual([
    '2026-01-財政課.xlsx',
    '2026-02-企画課.xlsx',
    '2026-03-税務課.xlsx',
    '2026-04-資産経営課.xlsx',
    '2026-05-デジタル推進課.xlsx',
    '2026-06-住民課.xlsx',
    '2026-07-総務課.xlsx',
  ]);
  expect(existsSync(join(out, '2026-01-財政課.eml'))).toBe(false);
});

test('F13: an option that takes one value, given twice, is refused for every command; once it is taken', () => {
  const twice = runCli(['round', 'status', MASTER, '--year', '2024', '--year', '2026']);
  // Before: exit 0 and the status of 令和8年度, the first --year silently dropped.
  expect(twice.status).toBe(2);
  expect(twice.stdout).toBe('');
  expect(twice.stderr).toBe(
    'shinchoku: --year が2回指定されています（2024、2026）。1回だけ指定してください / --year is given more than once (2024, 2026); give it once\n使い方は shinchoku --help で表示します / run shinchoku --help for usage\n',
  );
  const summarize = runCli(['validate', MASTER, '--lang', 'ja', '--lang=en']);
  expect(summarize.status).toBe(2);
  expect(summarize.stderr).toContain('--lang is given more than once (ja, en)');
  expect(runCli(['round', 'status', MASTER, '--year', '2026']).status).toBe(0);
});
