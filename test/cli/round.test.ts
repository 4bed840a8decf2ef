/**
 * `shinchoku round` through the built CLI, on the small plan of test/core/round/requests.test.ts
 * (FY2026, due 2027-04-30): 企画課 asked for 8 cells (A-1, B-2), 財政課 3 (B-2, shared), 総務課 2 (D-4,
 * no address), C-3 unrouted (関係課). Split's files read back with exceljs (protection, unlocked cells,
 * dropdowns), the request mails, the round trips, every conflict kind, status figures, --force and the
 * input never written.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbookFile } from '../../src/cli/xlsx';
import { runCli } from '../support/cli';
import { DATA_SHEETS, edit, fileOf, master, setup, split } from '../support/roundPlan';
import { sha256, tempDir, writeXlsx } from '../support/xlsx';

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

describe('round split', () => {
  test('one protected workbook per department, its rows only, answer cells unlocked, the plan’s labels as dropdowns', async () => {
    const { path, out } = await setup();
    const before = sha256(path);
    const result = split(path, out);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('令和8年度の照会ファイルを');
    expect(result.stdout).toContain('3 部署、入力が必要なセル 10 件');
    expect(result.stdout).toContain('企画課: 2026-01-企画課.xlsx（入力が必要なセル 8 件）');
    expect(result.stderr).toContain('照会先のない事業: C-3 事業c（取組推進課: 関係課。入力が必要なセル 2 件）');
    expect(result.stderr).toContain('取組推進課の「総務課」（事業!D5）は部署シートにない部署名です');
    expect(readdirSync(out).sort()).toEqual(['2026-01-企画課.eml', '2026-01-企画課.xlsx', '2026-02-財政課.eml', '2026-02-財政課.xlsx', '2026-03-総務課.xlsx']);
    expect(sha256(path)).toBe(before);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(fileOf(out, '企画課'));
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['照会', 'visible'],
      ['取組活動', 'visible'],
      ['達成事項', 'visible'],
      ['効果額', 'visible'],
      ['事業', 'visible'],
      ['照会_元の値', 'veryHidden'],
    ]);
    const request = workbook.getWorksheet('照会');
    expect(request?.getCell('A2').value).toBe('部署');
    expect(request?.getCell('B2').value).toBe('企画課');
    expect(request?.getCell('B4').value).toBe('2027-04-30');
    const activities = workbook.getWorksheet('取組活動');
    if (!activities || !request) throw new Error('sheets missing');
    // Its four activities of FY2026 (A-1 活動a, 活動b, B-2 活動c, 活動d), each with the master row it came from.
    const rows = [2, 3, 4, 5].map((r) => [activities.getCell(r, 1).value, activities.getCell(r, 3).value, activities.getCell(r, 6).value]);
    expect(rows).toEqual([
      ['A-1', '活動a', 2],
      ['A-1', '活動b', 3],
      ['B-2', '活動c', 5],
      ['B-2', '活動d', 6],
    ]);
    expect(activities.rowCount).toBe(5);
    for (const sheet of workbook.worksheets) expect((sheet as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection?.sheet).toBe(true);
    expect(activities.getCell('D3').protection?.locked).toBe(false);
    expect(activities.getCell('E3').protection?.locked).toBe(false);
    for (const locked of ['A3', 'B3', 'C3', 'F3']) expect(activities.getCell(locked).protection?.locked).not.toBe(false);
    expect(activities.getCell('D3').dataValidation).toMatchObject({ type: 'list', formulae: ['"済,概ね順調,遅れ,未着手,休止"'] });
    const targets = workbook.getWorksheet('達成事項');
    expect(targets?.getCell('D2').dataValidation).toMatchObject({ type: 'list', formulae: ['"達成,一部未達成,未達成"'] });
    expect(targets?.getCell('D2').protection?.locked).toBe(false);
    expect(workbook.getWorksheet('効果額')?.getCell('C2').protection?.locked).toBe(false);
    expect(workbook.getWorksheet('効果額')?.getCell('D2').protection?.locked).not.toBe(false);
    // The 照会 sheet lists each cell to fill where it is in this file: 活動c's 進捗状況 is D4 here (D5 in the master).
    const listed: string[] = [];
    request.eachRow((row) => {
      if (row.getCell(1).value === '取組活動') listed.push(`${row.getCell(2).value} ${row.getCell(3).value} ${row.getCell(4).value}`);
    });
    expect(listed).toEqual(['E2 A-1 取組内容・成果', 'D3 A-1 進捗状況', 'E3 A-1 取組内容・成果', 'D4 B-2 進捗状況', 'E4 B-2 取組内容・成果']);

    const eml = readFileSync(join(out, '2026-01-企画課.eml'), 'latin1');
    expect(eml).toContain('To: kikaku@town.example.jp');
    expect(eml).toMatch(/Content-Type: multipart\/mixed; boundary="mixed-/);
    expect(eml).toContain(`filename*=UTF-8''2026-01-${encodeURIComponent('企画課')}.xlsx`);
    const attached = /Content-Disposition: attachment[^\r]*\r\nContent-Transfer-Encoding: base64\r\n\r\n([A-Za-z0-9+/=\r\n]+)\r\n--mixed-/.exec(eml)?.[1];
    expect(Buffer.from(attached?.replace(/\r\n/g, '') ?? '', 'base64').equals(readFileSync(fileOf(out, '企画課')))).toBe(true);
  });

  test('never over a file without --force; with --force the set is replaced', async () => {
    const { path, out } = await setup();
    expect(split(path, out).status).toBe(0);
    const first = sha256(fileOf(out, '財政課'));
    const again = split(path, out);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('はすでにあります。置き換えるには --force を付けてください / ');
    expect(again.stderr).not.toMatch(/at .*\.js/);
    expect(sha256(fileOf(out, '財政課'))).toBe(first);
    expect(split(path, out, '--force').status).toBe(0);
  });

  test('bad usage is one line in both languages, exit 2, nothing written', async () => {
    const { path, out } = await setup();
    const cases: [string[], string][] = [
      [['round', 'split', path, '--due', '2027-04-30', '--out', out], '--year が必要です'],
      [['round', 'split', path, '--year', '2026', '--due', '2027-02-30', '--out', out], '--due「2027-02-30」は日付として読めません'],
      [['round', 'split', path, '--year', 'R99x', '--due', '2027-04-30', '--out', out], '--year「R99x」は年度として読めません'],
      [['round', 'splat', path], 'round に「splat」はありません'],
      [['round', 'status', path, '--year', '2026', '--due', '2027-04-30'], 'round status に --due というオプションはありません'],
      [['round', 'merge', path, '--out', join(out, 'm.xlsx')], '回答のファイルがありません'],
    ];
    for (const [args, text] of cases) {
      const result = runCli(args);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(text);
      expect(result.stderr).toContain(' / ');
    }
    expect(existsSync(out)).toBe(false);
  });

  test('in English: the Request sheet, read back by the merge', async () => {
    const { dir, path, out } = await setup();
    const result = split(path, out, '--lang', 'en');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Request files for FY2026 written to');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(fileOf(out, '財政課'));
    expect(workbook.worksheets[0].name).toBe('Request');
    expect(workbook.worksheets[0].getCell('A2').value).toBe('Department');
    await edit(fileOf(out, '財政課'), (book) => {
      const activities = book.getWorksheet('取組活動');
      if (activities) activities.getCell('D2').value = '遅れ';
    });
    const merged = join(dir, 'merged.xlsx');
    const merge = runCli(['round', 'merge', path, fileOf(out, '財政課'), '--out', merged, '--lang', 'en']);
    expect(merge.status).toBe(0);
    expect(merge.stdout).toContain('Merged 1 file: cells merged 1, conflicts 0, errors 0');
    expect(await differences(path, merged)).toEqual(['取組活動!D5 null → 遅れ']);
    expect((await readWorkbookFile(merged)).sheets.map((s) => s.name)).toContain('Merge results');
  });
});

describe('round merge', () => {
  test('answers returned unchanged: the master’s data unchanged, nothing merged, exit 0, the inputs never written', async () => {
    const { dir, path, out } = await setup();
    split(path, out);
    const answers = readdirSync(out)
      .filter((name) => name.endsWith('.xlsx'))
      .map((name) => join(out, name));
    const hashes = [path, ...answers].map(sha256);
    const merged = join(dir, 'merged.xlsx');
    const result = runCli(['round', 'merge', path, ...answers, '--out', merged]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('取りまとめ: 3 ファイル、取り込んだセル 0 件、競合 0 件、エラー 0 件');
    expect(await differences(path, merged)).toEqual([]);
    expect([path, ...answers].map(sha256)).toEqual(hashes);
    const workbook = await readWorkbookFile(merged);
    expect(workbook.sheets.map((s) => s.name)).toEqual([...DATA_SHEETS, '取りまとめ結果']);
    expect(workbook.sheets[5].rows.flat()).toContain('競合・エラーはありません');
  });

  test('answers filled: exactly those cells change, the rest of the package as it was', async () => {
    const { dir, path, out } = await setup();
    split(path, out);
    await edit(fileOf(out, '企画課'), (workbook) => {
      const activities = workbook.getWorksheet('取組活動');
      if (!activities) throw new Error('no 取組活動');
      activities.getCell('D3').value = '遅れ';
      activities.getCell('E3').value = '用地交渉が長引いた';
      const effects = workbook.getWorksheet('効果額');
      if (effects) effects.getCell('C2').value = 80;
    });
    await edit(fileOf(out, '総務課'), (workbook) => {
      const activities = workbook.getWorksheet('取組活動');
      if (!activities) throw new Error('no 取組活動');
      activities.getCell('D2').value = '済';
    });
    const merged = join(dir, 'merged.xlsx');
    const result = runCli(['round', 'merge', path, fileOf(out, '企画課'), fileOf(out, '財政課'), fileOf(out, '総務課'), '--out', merged]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('取り込んだセル 4 件、競合 0 件、エラー 0 件');
    expect(await differences(path, merged)).toEqual([
      '取組活動!D3 null → 遅れ',
      '取組活動!E3 null → 用地交渉が長引いた',
      '取組活動!D8 null → 済',
      '効果額!C2 null → 80',
    ]);
    // Completion on the merged master: 企画課 4 + 3 filled of 12; 総務課 1 + 1 of 3.
    expect(result.stdout.split('\n')).toContain('企画課    12       7       0  未完了');
    expect(result.stdout.split('\n')).toContain('総務課     3       2       0  未完了');
    const status = runCli(['round', 'status', merged, '--year', '2026', '--json']);
    const json = JSON.parse(status.stdout) as { departments: { department: string; filled: number }[] };
    expect(json.departments.map((d) => [d.department, d.filled])).toEqual([
      ['企画課', 7],
      ['財政課', 3],
      ['総務課', 2],
    ]);
  });

  test('every conflict kind and an error reported, none resolved, exit 1; conflicting cells keep the master’s value', async () => {
    const { dir, path, out } = await setup();
    split(path, out);
    await edit(fileOf(out, '企画課'), (workbook) => {
      const activities = workbook.getWorksheet('取組活動');
      if (!activities) throw new Error('no 取組活動');
      activities.getCell('D4').value = '済'; // B-2 活動c: 財政課 answers 遅れ → answered twice
      activities.getCell('C2').value = '活動A'; // identity (activity) changed → locked column
      activities.getCell('D5').value = 'ZZ'; // B-2 活動d: not a label → error
      activities.addRow(['A-1', 2026, '新しい活動', '済', null]); // row added
      const targets = workbook.getWorksheet('達成事項');
      if (targets) targets.getCell('E2').value = null;
    });
    await edit(fileOf(out, '財政課'), (workbook) => {
      const activities = workbook.getWorksheet('取組活動');
      if (!activities) throw new Error('no 取組活動');
      activities.getCell('D2').value = '遅れ';
      activities.addRow(['D-4', 2026, '活動f', '済', '他課の行', 8]); // 総務課's row → another department's row
      workbook.getWorksheet('効果額')?.spliceRows(2, 1); // row removed
    });
    await edit(fileOf(out, '総務課'), (workbook) => {
      const activities = workbook.getWorksheet('取組活動');
      if (activities) activities.getCell('A2').value = 'D-9'; // code changed
    });
    const merged = join(dir, 'merged.xlsx');
    // A copy of the master given as an answer (the master itself is refused outright: see below).
    const plain = join(dir, 'plain.xlsx');
    writeFileSync(plain, readFileSync(path));
    const files = [fileOf(out, '企画課'), fileOf(out, '財政課'), fileOf(out, '総務課'), plain];
    const hashes = files.map(sha256);
    const result = runCli(['round', 'merge', path, ...files, '--out', merged]);
    expect(result.status).toBe(1);
    const lines = result.stdout.split('\n');
    const has = (file: string, text: string) => expect(lines.filter((l) => l.includes(`[${file}]`) && l.includes(text))).toHaveLength(1);
    // Two departments, each named with its file (r27f F7, F10).
    has(
      '2026-01-企画課.xlsx',
      '取組活動 D5（B-2 進捗状況）: 「済」と回答していますが、財政課（2026-02-財政課.xlsx）は「遅れ」と回答しています。どちらも取り込んでいません',
    );
    has(
      '2026-02-財政課.xlsx',
      '取組活動 D5（B-2 進捗状況）: 「遅れ」と回答していますが、企画課（2026-01-企画課.xlsx）は「済」と回答しています。どちらも取り込んでいません',
    );
    has('2026-01-企画課.xlsx', '取組活動 C2: 「取組活動」が取りまとめ先と回答で違います（取りまとめ先「活動a」、回答「活動A」');
    // A row the master has not: named as the answer file's row, never in the master's form (r27f F6).
    has('2026-01-企画課.xlsx', '取組活動（回答ファイルの6行目）: 行が追加されています（A-1 新しい活動）');
    has('2026-01-企画課.xlsx', 'エラー: 取組活動 D6（B-2）: ');
    has('2026-02-財政課.xlsx', '取組活動 D8（D-4）は総務課の行です');
    has('2026-02-財政課.xlsx', '効果額 3行目（B-2 歳入確保）の行が回答ファイルにありません');
    has('2026-03-総務課.xlsx', '取組活動 A8: 「事業コード」が取りまとめ先と回答で違います（取りまとめ先「D-4」、回答「D-9」');
    has('plain.xlsx', '照会シートがないため、照会の回答として読めません');
    expect(result.stdout).toContain('競合 8 件、エラー 1 件');
    // Nothing of a conflict or an error is merged: the master's data unchanged.
    expect(await differences(path, merged)).toEqual([]);
    expect(files.map(sha256)).toEqual(hashes);
    const results = (await readWorkbookFile(merged)).sheets.find((s) => s.name === '取りまとめ結果');
    expect(results?.rows.filter((row) => row[0] === '競合')).toHaveLength(8);
    expect(results?.rows.filter((row) => row[0] === 'エラー')).toHaveLength(1);
  });

  test('--out never an input, never over a file without --force', async () => {
    const { dir, path, out } = await setup();
    split(path, out);
    const answer = fileOf(out, '企画課');
    const same = runCli(['round', 'merge', path, answer, '--out', answer, '--force']);
    expect(same.status).toBe(2);
    expect(same.stderr).toContain('Shinchoku は入力を上書きしません');
    const merged = join(dir, 'merged.xlsx');
    expect(runCli(['round', 'merge', path, answer, '--out', merged]).status).toBe(0);
    const mtime = statSync(merged).mtimeMs;
    const again = runCli(['round', 'merge', path, answer, '--out', merged]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('merged.xlsx はすでにあります');
    expect(statSync(merged).mtimeMs).toBe(mtime);
    expect(runCli(['round', 'merge', path, answer, '--out', merged, '--force']).status).toBe(0);
  });

  test('one answer given twice (the same file, a copy of it, or the master itself) is refused before anything is written; two files of one name are told apart by their paths', async () => {
    const { dir, path, out } = await setup();
    split(path, out);
    const answer = fileOf(out, '企画課');
    const merged = join(dir, 'merged.xlsx');
    const twice = runCli(['round', 'merge', path, answer, answer, '--out', merged]);
    expect(twice.status).toBe(2);
    expect(twice.stderr).toContain('は同じファイルです。回答は1回だけ指定してください');
    const copy = join(dir, 'copy.xlsx');
    writeFileSync(copy, readFileSync(answer));
    const copied = runCli(['round', 'merge', path, answer, copy, '--out', merged]);
    expect(copied.status).toBe(2);
    expect(copied.stderr).toContain('copy.xlsx have exactly the same contents');
    const itself = runCli(['round', 'merge', path, path, '--out', merged]);
    expect(itself.status).toBe(2);
    expect(itself.stderr).toContain('は取りまとめ先のブックです');
    expect(existsSync(merged)).toBe(false);
    // 企画課 and 財政課 both send 回答.xlsx: each conflict names the file by the path it was given.
    const [a, b] = [join(dir, 'a'), join(dir, 'b')];
    for (const [folder, department] of [
      [a, '企画課'],
      [b, '財政課'],
    ]) {
      mkdirSync(folder);
      writeFileSync(join(folder, '回答.xlsx'), readFileSync(fileOf(out, department)));
    }
    await edit(join(b, '回答.xlsx'), (workbook) => {
      const sheet = workbook.getWorksheet('取組活動');
      if (sheet) sheet.getCell('A2').value = 'ZZ-99';
    });
    const named = runCli(['round', 'merge', path, join(a, '回答.xlsx'), join(b, '回答.xlsx'), '--out', merged]);
    expect(named.status).toBe(1);
    expect(named.stdout).toContain(`[${join(b, '回答.xlsx')}] 競合`);
  });

  test('an answer that is not a round file (no year read): the conflict is said, and no table titled 「0年度」', async () => {
    const { dir, path } = await setup();
    const other = join(dir, 'other.xlsx');
    await writeXlsx(other, { sheets: [{ name: 'メモ', rows: [['何か']] }] });
    const result = runCli(['round', 'merge', path, other, '--out', join(dir, 'merged.xlsx')]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('照会シートがないため');
    expect(result.stdout).not.toContain('0年度');
  });

  test('a department name no file system takes is written as a safe name; an unreadable answer is one line, exit 2', async () => {
    const dir = tempDir('shinchoku-round-');
    const path = join(dir, 'master.xlsx');
    const input = master();
    input.sheets[0].rows[1][3] = '企画/課\u0007';
    await writeXlsx(path, input);
    const out = join(dir, 'requests');
    const result = split(path, out);
    expect(result.status).toBe(0);
    expect(readdirSync(out)).toContain('2026-03-企画_課.xlsx');
    const broken = join(dir, 'broken.xlsx');
    writeFileSync(broken, 'not a workbook');
    const merge = runCli(['round', 'merge', path, broken, '--out', join(dir, 'merged.xlsx')]);
    expect(merge.status).toBe(2);
    expect(merge.stderr).toContain('ブックを読めません / cannot read the workbook');
    expect(merge.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'merged.xlsx'))).toBe(false);
  });

  test('the master changed after the split: a value returned as sent leaves it; a different answer is a conflict', async () => {
    const { dir, path, out } = await setup();
    split(path, out);
    const corrected = join(dir, 'corrected.xlsx');
    writeFileSync(corrected, readFileSync(path));
    await edit(corrected, (workbook) => {
      const activities = workbook.getWorksheet('取組活動');
      if (activities) activities.getCell('D2').value = '遅れ';
    });
    const kept = runCli(['round', 'merge', corrected, fileOf(out, '企画課'), '--out', join(dir, 'kept.xlsx')]);
    expect(kept.status).toBe(0);
    expect(await differences(corrected, join(dir, 'kept.xlsx'))).toEqual([]);
    await edit(fileOf(out, '企画課'), (workbook) => {
      const activities = workbook.getWorksheet('取組活動');
      if (activities) activities.getCell('D2').value = '未着手';
    });
    const both = runCli(['round', 'merge', corrected, fileOf(out, '企画課'), '--out', join(dir, 'both.xlsx')]);
    expect(both.status).toBe(1);
    expect(both.stdout).toContain(
      '取組活動 D2（A-1 進捗状況）: 照会の後に取りまとめ先の値が「済」から「遅れ」に変わっていますが、回答は「未着手」です。取り込んでいません',
    );
    expect(await differences(corrected, join(dir, 'both.xlsx'))).toEqual([]);
  });
});

describe('round status', () => {
  test('completion per department, figures by hand, in columns aligned for full-width names (二 columns a character)', async () => {
    const { path } = await setup();
    const result = runCli(['round', 'status', path, '--year', '2026']);
    expect(result.status).toBe(0);
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      '令和8年度の照会の状況',
      '部署    照会  入力済  エラー  状況',
      '──────  ────  ──────  ──────  ──────',
      '企画課    12       4       0  未完了',
      '財政課     6       3       0  未完了',
      '総務課     3       1       0  未完了',
      '合計      15       5       0  0/3',
      // The figures reconciled (r27f F5): 12 + 6 + 3 = 21 = 15 + the 6 cells of B-2 asked of both 企画課 and 財政課.
      '合計は、複数の部署が担当する事業のセルを1回だけ数えます（部署ごとの照会数の和 21 は、それらのセルを担当する部署ごとに数えるため、合計 15 より 6 多くなります）',
      '照会先のない事業: C-3 事業c（取組推進課: 関係課。入力が必要なセル 2 件）',
    ]);
    const json = JSON.parse(runCli(['round', 'status', path, '--year', '2026', '--json', '--lang', 'en']).stdout) as {
      total: unknown;
      departments: { department: string; missing: { sheet: string; cell: string }[] }[];
    };
    expect(json.total).toEqual({ requested: 15, filled: 5, errors: 0, departments: 3, complete: 0 });
    expect(json.departments[2].missing).toEqual([
      { sheet: '取組活動', cell: 'D8', code: 'D-4', field: 'status' },
      { sheet: '取組活動', cell: 'E8', code: 'D-4', field: 'notes' },
    ]);
  });
});
