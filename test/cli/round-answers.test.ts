/**
 * `shinchoku round` (r27): answers the plan's rules would take for something else are errors, not merged as
 * typed (a date in an amount or text cell, an amount with a unit, a text over a cell's limit, a formula with no
 * saved result), a label's variant is merged as the plan's label; the amount column of a split file takes
 * numbers only. The plan is test/cli/round.test.ts's (FY2026, due 2027-04-30): 企画課's file holds 取組活動 rows
 * 2-5 (A-1 活動a, 活動b, B-2 活動c, 活動d), 達成事項 rows 2-3, 効果額 rows 2-3 (A-1 blank, B-2 100).
 */

import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbookFile } from '../../src/cli/xlsx';
import { roundLabel } from '../../src/core/words/round';
import { ROOT, runCli } from '../support/cli';
import { DATA_SHEETS, edit, fileOf, setup, split, TODAY } from '../support/roundPlan';
import { sha256 } from '../support/xlsx';

/** Every cell that differs between two workbooks' data sheets, as 'sheet!A1 before → after'. */
async function differences(a: string, b: string): Promise<string[]> {
  const [x, y] = await Promise.all([readWorkbookFile(a), readWorkbookFile(b)]);
  const found: string[] = [];
  for (const name of DATA_SHEETS) {
    const rx = x.sheets.find((s) => s.name === name)?.rows ?? [];
    const ry = y.sheets.find((s) => s.name === name)?.rows ?? [];
    for (let r = 0; r < Math.max(rx.length, ry.length); r++)
      for (let c = 0; c < Math.max(rx[r]?.length ?? 0, ry[r]?.length ?? 0); c++) {
        const before = rx[r]?.[c] ?? null;
        const after = ry[r]?.[c] ?? null;
        if (before !== after) found.push(`${name}!${String.fromCharCode(65 + c)}${r + 1} ${String(before)} → ${String(after)}`);
      }
  }
  return found;
}

describe('answers as the plan reads them (r27 #2, #8)', () => {
  test('a date, an amount with a unit, a text over 32,767 characters and a formula with no saved result are errors; ＤＯＮＥ and 達成済 are merged as 済 and 達成', async () => {
    const { dir, path, out } = await setup();
    expect(split(path, out).status).toBe(0);
    await edit(fileOf(out, '企画課'), (workbook) => {
      const activities = workbook.getWorksheet('取組活動');
      const targets = workbook.getWorksheet('達成事項');
      const effects = workbook.getWorksheet('効果額');
      if (!activities || !targets || !effects) throw new Error('sheets missing');
      activities.getCell('D3').value = 'ＤＯＮＥ';
      // As Excel stores "3/31" typed into a cell: the date's serial with a date format (m/d).
      activities.getCell('E3').value = new Date(Date.UTC(2027, 2, 31));
      activities.getCell('E3').numFmt = 'm/d';
      activities.getCell('E4').value = '長'.repeat(40_000);
      activities.getCell('D4').value = { formula: 'IF(1,"遅れ","済")' } as ExcelJS.CellValue;
      targets.getCell('D2').value = '達成済';
      effects.getCell('C2').value = new Date(Date.UTC(2027, 2, 31));
      effects.getCell('C2').numFmt = 'm/d';
      // Another unit than the header's (42千円, the header's own, is read as 42: r27c F10).
      effects.getCell('C3').value = '42万円';
    });
    const merged = join(dir, 'merged.xlsx');
    const result = runCli(['round', 'merge', path, fileOf(out, '企画課'), '--out', merged]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('取り込んだセル 2 件、競合 0 件、エラー 5 件');
    const errors = result.stdout.split('\n').filter((line) => line.includes('エラー:'));
    expect(errors).toEqual([
      expect.stringContaining('取組活動 E3（A-1）: 取組内容・成果に日付（2027-03-31）が入力されています。文字で入力してください'),
      // The master's cells: 活動c is row 5 of the master (row 4 of the file).
      expect.stringContaining('取組活動 D5（B-2）: 進捗状況は数式（結果が保存されていません）のため、回答として読めません'),
      expect.stringContaining('取組活動 E5（B-2）: 取組内容・成果が 40000 文字あります。1つのセルに入るのは 32767 文字までです'),
      expect.stringContaining('効果額 C2（A-1）: 効果額（千円）に日付（2027-03-31）が入力されています。数値だけを入力してください'),
      expect.stringContaining('効果額 C3（B-2）: 効果額（千円）の「42万円」は数値として取り込めません。数値だけを入力してください（単位は見出しの千円です）'),
    ]);
    // Before: 46477 (the date's serial) in 効果額 C2 and 取組活動 E3, the 40,000 characters, 42万円 and ＤＯＮＥ as typed.
    expect(await differences(path, merged)).toEqual(['取組活動!D3 null → 済', '達成事項!D2 null → 達成']);
  });

  test('a split file’s amount column takes numbers only (a decimal validation), so Excel cannot make a date of 1/2 there', async () => {
    const { path, out } = await setup();
    expect(split(path, out).status).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(fileOf(out, '企画課'));
    const effects = workbook.getWorksheet('効果額');
    for (const cell of ['C2', 'C3'])
      expect(effects?.getCell(cell).dataValidation).toMatchObject({ type: 'decimal', operator: 'between', allowBlank: true, showErrorMessage: true });
    expect(effects?.getCell('C2').dataValidation.error).toBe('数値だけを入力してください（単位は千円。日付や「円」などの文字は入れません）');
  });
});

describe('an answer without the values as sent (r27 #3)', () => {
  test.each([
    ['its hidden 照会_元の値 sheet removed', (workbook: ExcelJS.Workbook) => workbook.removeWorksheet(workbook.getWorksheet('照会_元の値')?.id ?? -1)],
    ['its 元の行 column deleted', (workbook: ExcelJS.Workbook) => workbook.getWorksheet('取組活動')?.spliceColumns(6, 1)],
  ])(
    '%s: a master cell the office filled since is never overwritten (a conflict), a blank one is merged, and the file is named as altered',
    async (_, alter) => {
      const { dir, path, out } = await setup();
      expect(split(path, out).status).toBe(0);
      // The office corrects 活動c's 進捗状況 (master D5) after the split.
      const corrected = join(dir, 'corrected.xlsx');
      writeFileSync(corrected, readFileSync(path));
      await edit(corrected, (workbook) => {
        const activities = workbook.getWorksheet('取組活動');
        if (activities) activities.getCell('D5').value = '遅れ';
      });
      // 財政課 answers 活動c (row 2 of its file), and its file lost the values as sent.
      await edit(fileOf(out, '財政課'), (workbook) => {
        const activities = workbook.getWorksheet('取組活動');
        if (!activities) throw new Error('no 取組活動');
        activities.getCell('D2').value = '済';
        activities.getCell('E2').value = '課の回答';
        alter(workbook);
      });
      const merged = join(dir, 'merged.xlsx');
      const result = runCli(['round', 'merge', corrected, fileOf(out, '財政課'), '--out', merged]);
      expect(result.status).toBe(1);
      expect(result.stdout).toContain('取り込んだセル 1 件、競合 2 件');
      expect(result.stdout).toContain(
        '取組活動 D5（B-2 進捗状況）: 取りまとめ先の値は「遅れ」、回答は「済」です。照会時の値が分からず、照会の後に事務局が直した値かもしれないため、取り込んでいません',
      );
      expect(result.stdout).toContain('照会時の値（隠しシート「照会_元の値」または各シートの「元の行」列）がありません');
      // Before: both cells merged, the office's 遅れ replaced by 済 without a word.
      expect(await differences(corrected, merged)).toEqual(['取組活動!E5 null → 課の回答']);
    },
  );
});

describe('deadlines (r27 #6) and the preview’s --round (r27 #13)', () => {
  test('round split refuses a deadline already past (Japan’s today), exit 2, nothing written; today itself is accepted', async () => {
    const { path, out } = await setup();
    const past = runCli(['round', 'split', path, '--year', '2026', '--due', '2026-12-04', '--out', out], undefined, TODAY);
    expect(past.status).toBe(2);
    expect(past.stderr).toContain('--due 2026-12-04 はすでに過ぎています（今日は 2026-12-05）。今日以降の回答期限を指定してください');
    expect(past.stderr).toContain('--due 2026-12-04 has already passed (today is 2026-12-05)');
    expect(existsSync(out)).toBe(false);
    const today = runCli(['round', 'split', path, '--year', '2026', '--due', '2026-12-05', '--out', out], undefined, TODAY);
    expect(today.status).toBe(0);
  });

  test('npm run preview -- --round without YEAR:DUE says in both languages what it expects, exit 2', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'run-ts.mjs'), join(ROOT, 'dev', 'preview', 'server.ts'), '--round'], {
      encoding: 'utf8',
      cwd: ROOT,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--round には 年度:回答期限 を指定してください（例: npm run preview -- --round 2023:2024-04-30）');
    expect(result.stderr).toContain('--round needs FISCAL-YEAR:DEADLINE');
  });
});

describe('split’s output (r27 #4, #11)', () => {
  test('--force never writes the input: a master in --out under a department file’s name is refused, exit 2, and left as it was', async () => {
    const { dir, path } = await setup();
    const out = join(dir, 'sp');
    mkdirSync(out);
    const master = join(out, '2026-01-企画課.xlsx');
    writeFileSync(master, readFileSync(path));
    const before = sha256(master);
    const result = runCli(['round', 'split', master, '--year', '2026', '--due', '2027-04-30', '--out', out, '--force'], undefined, TODAY);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('は入力のブック');
    expect(result.stderr).toContain('Shinchoku never overwrites its input, even with --force');
    // Before: replaced by 企画課's answer file.
    expect(sha256(master)).toBe(before);
    expect(readdirSync(out)).toEqual(['2026-01-企画課.xlsx']);
  });

  test('--out a link to nowhere: a clear message in both languages, exit 2, not a raw ENOENT', async () => {
    const { dir, path } = await setup();
    const link = join(dir, 'dang');
    symlinkSync(join(dir, 'nothere'), link);
    const result = split(path, link);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`--out「${link}」は、存在しない場所を指すリンクです`);
    expect(result.stderr).not.toContain('ENOENT');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });
});

test('--year outside the plan (r27 #10): status and split say the plan’s years, exit 2 (bad usage), not an empty table', async () => {
  const { path, out } = await setup();
  // The plan has no 設定 sheet: its years come from the activities, 2025-2026.
  const status = runCli(['round', 'status', path, '--year', '2030']);
  expect(status.status).toBe(2);
  expect(status.stdout).toBe('');
  expect(status.stderr).toContain('--year 令和12年度 はこの計画の期間（令和7年度～令和8年度）の外です。計画期間内の年度を指定してください');
  expect(status.stderr).toContain('--year FY2030 is outside the plan (FY2025 to FY2026)');
  const split = runCli(['round', 'split', path, '--year', '2019', '--due', '2027-04-30', '--out', out], undefined, TODAY);
  expect(split.status).toBe(2);
  expect(split.stderr).toContain('--year 令和元年度 はこの計画の期間');
  expect(existsSync(out)).toBe(false);
  expect(runCli(['round', 'status', path, '--year', '2025']).status).toBe(0);
});

test('without the plan’s years in 設定, the year asked whose rows are all still blank is the plan’s: status and split go on (r27g’s report)', async () => {
  const { path, out } = await setup();
  // Derived from the rows read (a blank 進捗状況 is not read), the plan is 2025-2026; 2027 has rows to ask for.
  await edit(path, (workbook) => {
    workbook.getWorksheet('取組活動')?.addRow(['A-1', 2027, '活動z', null, null]);
  });
  const status = runCli(['round', 'status', path, '--year', '2027']);
  // Before: exit 2, 「--year 令和9年度 はこの計画の期間（令和7年度～令和8年度）の外です」.
  expect(status.stderr).not.toContain('の外です');
  expect(status.status).toBe(0);
  const split = runCli(['round', 'split', path, '--year', '2027', '--due', '2028-04-30', '--out', out], undefined, TODAY);
  expect(split.status).toBe(0);
  expect(readdirSync(out).some((name) => name.endsWith('企画課.xlsx'))).toBe(true);
  // A year with nothing to ask for is still outside the derived period.
  expect(runCli(['round', 'status', path, '--year', '2030']).status).toBe(2);
});

test('--from is checked as an address (r27 #14); every request mail has its own Message-ID, per file and per run', async () => {
  const { dir, path } = await setup();
  for (const bad of ['not an address', 'Office <o@x.jp>\r\nBcc: evil@example.com', 'Office <o@x>']) {
    const out = join(dir, 'bad');
    const result = split(path, out, '--from', bad);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('は差出人として使えません');
    expect(existsSync(out)).toBe(false);
  }
  const ids: string[] = [];
  for (const name of ['first', 'second']) {
    const out = join(dir, name);
    expect(split(path, out, '--from', '事務局 <office@town.example.jp>').status).toBe(0);
    for (const file of readdirSync(out).filter((f) => f.endsWith('.eml'))) {
      const text = readFileSync(join(out, file), 'utf8');
      expect(text).toMatch(/^From: .*<office@town\.example\.jp>\r?$/m);
      ids.push(/^Message-ID: (.*)$/m.exec(text)?.[1] ?? '');
    }
  }
  // Two departments with an address, two runs: four mails, four ids (before: round-2026-1 in both runs).
  expect(ids).toHaveLength(4);
  expect(new Set(ids).size).toBe(4);
});

test('a file of many added rows (r27 #15): the terminal lists 50 conflicts and says how many more; the 取りまとめ結果 sheet keeps all', async () => {
  const { dir, path, out } = await setup();
  expect(split(path, out).status).toBe(0);
  await edit(fileOf(out, '企画課'), (workbook) => {
    const activities = workbook.getWorksheet('取組活動');
    for (let i = 1; i <= 75; i++) activities?.addRow(['A-1', 2026, `追加${i}`, '済', null]);
  });
  const merged = join(dir, 'merged.xlsx');
  const result = runCli(['round', 'merge', path, fileOf(out, '企画課'), '--out', merged]);
  expect(result.status).toBe(1);
  expect(result.stdout).toContain('競合 75 件');
  const listed = result.stdout.split('\n').filter((line) => line.includes('競合: '));
  expect(listed).toHaveLength(50);
  expect(result.stdout).toContain('  …ほか 25 件（すべて書き出したブックの「取りまとめ結果」シートにあります）');
  const sheet = (await readWorkbookFile(merged)).sheets.find((s) => s.name === '取りまとめ結果');
  expect(sheet?.rows.filter((row) => row[0] === '競合')).toHaveLength(75);
});

test('messages (r27 #12): a row is 「5行目」, not 5:5; another department’s row by 元の行 has no empty 「」→「」; an .eml is said to be a mail; an answer file as the master is noted', async () => {
  const { dir, path, out } = await setup();
  expect(split(path, out).status).toBe(0);
  await edit(fileOf(out, '財政課'), (workbook) => {
    const activities = workbook.getWorksheet('取組活動');
    if (!activities) throw new Error('no 取組活動');
    activities.spliceRows(2, 1); // 活動c (master row 5) removed
    activities.addRow(['X-9', 2026, 'x', '済', '他課', 2]); // 元の行 2: 企画課's 活動a
  });
  const merged = join(dir, 'merged.xlsx');
  const result = runCli(['round', 'merge', path, fileOf(out, '財政課'), '--out', merged]);
  expect(result.status).toBe(1);
  expect(result.stdout).toContain('競合: 取組活動 2行目（A-1）は企画課の行です。この部署の回答では変更できません\n');
  expect(result.stdout).toContain('競合: 取組活動 5行目（B-2 活動c）の行が回答ファイルにありません');
  expect(result.stdout).not.toMatch(/\d+:\d+|「」→「」/);
  const eml = readdirSync(out).find((name) => name.endsWith('財政課.eml')) ?? '';
  const mail = runCli(['round', 'merge', path, join(out, eml), '--out', join(dir, 'mail.xlsx')]);
  expect(mail.status).toBe(2);
  expect(mail.stderr).toContain('はメール（.eml）です。添付されている回答の Excel ファイル（.xlsx）を保存して、そのファイルを指定してください');
  expect(mail.stderr).not.toContain('テンプレート');
  const status = runCli(['round', 'status', fileOf(out, '財政課'), '--year', '2026']);
  // Refused since the re-review (3): the file's own rows would be read as the plan's.
  expect(status.status).toBe(2);
  expect(status.stdout).toBe('');
  expect(status.stderr).toContain(
    'は部署の回答ファイル（財政課）で、取りまとめ先のブックではありません。計画全体のブックを指定してください（何も書き込んでいません）',
  );
  const again = join(dir, 'again');
  const resplit = runCli(['round', 'split', fileOf(out, '財政課'), '--year', '2026', '--due', '2027-04-30', '--out', again, '--lang', 'en'], undefined, TODAY);
  expect(resplit.status).toBe(2);
  expect(resplit.stderr).toContain('is a department’s answer file (財政課), not the plan’s own workbook: give the whole plan’s workbook (nothing written)');
  expect(existsSync(again)).toBe(false);
  expect(runCli(['round', 'status', path, '--year', '2026']).stderr).toBe('');
});

test('round’s usage errors are the catalogue’s words (r27 #12), Japanese first, each language whole', async () => {
  const { path, out } = await setup();
  const cases: [string[], string, Record<string, string>][] = [
    [['round', 'split', path, '--due', '2027-04-30', '--out', out], 'usageYearMissing', {}],
    [['round', 'split', path, '--year', '2026', '--out', out], 'usageDueMissing', {}],
    [['round', 'merge', path, '--out', join(out, 'm.xlsx')], 'usageNoAnswers', {}],
    [['round', 'nope'], 'usageUnknownSubcommand', { sub: 'nope' }],
    [['round', 'status', path, '--year', '2026', '--lang', 'fr'], 'usageLang', { value: 'fr' }],
  ];
  for (const [args, key, params] of cases) {
    const result = runCli(args);
    expect(result.status).toBe(2);
    const label = key as Parameters<typeof roundLabel>[0];
    expect(result.stderr).toBe(
      `shinchoku: ${roundLabel(label, 'ja', params)} / ${roundLabel(label, 'en', params)}\n${roundLabel('usageHelpHint', 'ja')} / ${roundLabel('usageHelpHint', 'en')}\n`,
    );
  }
});
