/**
 * `shinchoku round` after the hostile review r27h (numbers are the review's), through the built CLI on the
 * small plan of test/support/roundPlan.ts (FY2026, due 2027-04-30; 企画課 8 cells, 財政課 3, 総務課 2, C-3
 * unrouted). Each test failed before its fix.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../support/cli';
import { edit, editCopy, fileOf, master, type Rows, setup, sheetOf, split, TODAY } from '../support/roundPlan';
import { tempDir, writeXlsx } from '../support/xlsx';

/** The small plan with a change to its sheets' rows, written to a temp folder. */
async function planWith(change: (sheets: Map<string, Rows>) => void): Promise<{ dir: string; path: string; out: string }> {
  const dir = tempDir('shinchoku-round-r27h-');
  const input = master();
  change(new Map(input.sheets.map((sheet) => [sheet.name, sheet.rows])));
  const path = join(dir, 'master.xlsx');
  await writeXlsx(path, input);
  return { dir, path, out: join(dir, 'requests') };
}

describe('r27h 2: an answer file as merge’s master', () => {
  test('is refused, exit 2, in both languages, nothing written', async () => {
    const { dir, path, out } = await setup();
    expect(split(path, out).status).toBe(0);
    const merged = join(dir, 'merged.xlsx');
    const result = runCli(['round', 'merge', fileOf(out, '財政課'), fileOf(out, '企画課'), '--out', merged], undefined, TODAY);
    // Before: a note on stderr, then the department's file merged into as if it were the plan (exit 0 or 1, a file written).
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('は部署の回答ファイル（財政課）で、取りまとめ先のブックではありません。1つ目には計画全体のブックを');
    expect(result.stderr).toContain('is a department’s answer file (財政課), not the plan’s own workbook: give the whole plan’s workbook first');
    expect(existsSync(merged)).toBe(false);
  });
});

describe('r27h 9: the usage and notes said right', () => {
  test('--year followed by another option says --year needs a value', async () => {
    const { path, out } = await setup();
    const result = runCli(['round', 'split', path, '--year', '--due', '2027-04-30', '--out', out], undefined, TODAY);
    // Before: 「余分な引数があります: 2027-04-30」 (the option's name taken for the year, the date for a file).
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--year には値が必要です（--due は別のオプションです） / --year needs a value (--due is another option)');
    expect(result.stderr).not.toContain('余分な引数');
  });

  test('--year H32 is read as FY2020, as the plan names it before 令和', async () => {
    const { path } = await setup();
    const result = runCli(['round', 'status', path, '--year', 'H32'], undefined, TODAY);
    // Before: 「--year「H32」は年度として読めません」. Now read as 令和2年度, which this plan (2025-2026) does not cover.
    expect(result.status).toBe(2);
    expect(result.stderr).not.toContain('年度として読めません');
    expect(result.stderr).toContain('--year 令和2年度 はこの計画の期間');
    expect(runCli(['round', 'status', path, '--year', '平成32年度'], undefined, TODAY).stderr).toContain('--year 令和2年度 はこの計画の期間');
    expect(runCli(['round', 'status', path, '--year', 'R8'], undefined, TODAY).status).toBe(0);
  });

  test('a deadline on the year’s last day is not said to be before the year ends', async () => {
    const { path, out } = await setup();
    const result = runCli(['round', 'split', path, '--year', '2026', '--due', '2027-03-31', '--out', out], undefined, TODAY);
    expect(result.status).toBe(0);
    // Before: 「回答期限 2027-03-31 は令和8年度が終わる前です（令和8年度は 2027-03-31 まで）」.
    expect(result.stderr).not.toContain('終わる前');
    expect(result.stderr).toContain('注意: 回答期限 2027-03-31 は令和8年度の最終日です');
    const before = runCli(['round', 'split', path, '--year', '2026', '--due', '2027-03-30', '--out', join(out, 'b')], undefined, TODAY);
    expect(before.stderr).toContain('回答期限 2027-03-30 は令和8年度が終わる前です');
  });

  test('one file merged is “1 file” in English', async () => {
    const { dir, path, out } = await setup();
    expect(split(path, out).status).toBe(0);
    const result = runCli(['round', 'merge', path, fileOf(out, '財政課'), '--out', join(dir, 'm.xlsx'), '--lang', 'en'], undefined, TODAY);
    // Before: 「Merged 1 files: …」.
    expect(result.stdout).toContain('Merged 1 file: cells merged 0, conflicts 0, errors 0');
  });

  test('a project whose 取組推進課 is blank is named with 取組推進課 said blank', async () => {
    const { path, out } = await planWith((sheets) => {
      (sheets.get('事業') ?? [])[4][3] = null; // D-4's 取組推進課
    });
    const result = split(path, out);
    // Before: 「照会先のない事業: D-4 事業d（取組推進課: （空欄）。…」 (and in status 「取組推進課: 。」).
    expect(result.stderr).toContain('照会先のない事業: D-4 事業d（取組推進課が空欄です。入力が必要なセル 2 件）');
    const status = runCli(['round', 'status', path, '--year', '2026', '--lang', 'en'], undefined, TODAY);
    expect(status.stdout).toContain('Project with no department to ask: D-4 事業d (its 取組推進課 is blank; 2 cells to fill)');
  });
});

describe('r27h 1, 9: 取組推進課 and 部署 through the command line', () => {
  test('「財政課・企画課」 asks both departments, 「総務課/財政課」 too; a name 部署 lacks is said with its cell', async () => {
    const { path, out } = await planWith((sheets) => {
      const projects = sheets.get('事業') ?? [];
      projects[2][3] = '財政課・企画課'; // B-2
      projects[4][3] = '総務課/財政課'; // D-4, 事業!D5
    });
    const result = split(path, out);
    expect(result.status).toBe(0);
    // Before: a file 2026-04-財政課・企画課.xlsx, one for 総務課_財政課, and 企画課 and 財政課 without B-2.
    expect(
      readdirSync(out)
        .filter((name) => name.endsWith('.xlsx'))
        .sort(),
    ).toEqual(['2026-01-企画課.xlsx', '2026-02-財政課.xlsx', '2026-03-総務課.xlsx']);
    expect(result.stdout).toContain('財政課: 2026-02-財政課.xlsx（入力が必要なセル 5 件）');
    expect(result.stderr).toContain('取組推進課の「総務課」（事業!D5）は部署シートにない部署名です');
  });

  test('validate calls a blank 部署 address a warning that says no mail is made for it', async () => {
    const { path } = await planWith((sheets) => {
      (sheets.get('部署') ?? []).push(['総務課', null]); // 部署!B4
    });
    const result = runCli(['validate', path]);
    // Before: 「[エラー] 部署!B4: 「メール」が空です。値を入力してください。」, and 総務課 left out of the round's order.
    expect(result.stdout).toContain(
      '[警告] 部署!B4: 総務課のメールアドレスが空欄です。照会のファイルは作りますが、照会・督促・月次のメールはこの部署には作成しません。',
    );
    expect(result.stdout).not.toContain('[エラー] 部署');
  });
});

/** The merge of `files` into `path` (the small plan's master), its stdout and status, and the merged workbook's path. */
function mergeInto(path: string, files: string[], out: string, ...extra: string[]) {
  return runCli(['round', 'merge', path, ...files, '--out', out, ...extra], undefined, TODAY);
}

describe('r27h 3, 4, 6: rows alike, 元の行, the 事業 sheet', () => {
  test('3: of two rows alike, one changed in the file, the other’s answer is merged by its 元の行', async () => {
    const { dir, path, out } = await planWith((sheets) => {
      (sheets.get('取組活動') ?? []).splice(3, 0, ['A-1', 2026, '活動b', null, null]); // master rows 3 and 4: 活動b twice
    });
    expect(split(path, out).status).toBe(0);
    const answer = fileOf(out, '企画課');
    await edit(answer, (workbook) => {
      const activities = sheetOf(workbook, '取組活動');
      // The file's rows 3 and 4 are master rows 3 and 4 (元の行 3, 4).
      expect([activities.getCell('C3').value, activities.getCell('F3').value, activities.getCell('C4').value, activities.getCell('F4').value]).toEqual([
        '活動b',
        3,
        '活動b',
        4,
      ]);
      activities.getCell('C3').value = '活動b（改）';
      activities.getCell('D4').value = '済';
    });
    const merged = join(dir, 'merged.xlsx');
    const result = mergeInto(path, [answer], merged);
    // Before: both rows 「同じ内容の行が回答に 1 行、取りまとめ先に 2 行あり…（照会の後に行が増減しています）」, nothing merged.
    expect(result.stdout).not.toContain('同じ内容の行');
    expect(result.stdout).toContain('取り込んだセル 1 件、競合 1 件');
    expect(result.stdout).toContain('競合: 取組活動 C3: 「取組活動」が取りまとめ先と回答で違います（取りまとめ先「活動b」、回答「活動b（改）」');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(merged);
    expect([sheetOf(book, '取組活動').getCell('D3').value, sheetOf(book, '取組活動').getCell('D4').value]).toEqual([null, '済']);
  });

  test('4: 元の行 changed in the file is a conflict naming its cell, the row not merged', async () => {
    const { dir, path, out } = await setup();
    expect(split(path, out).status).toBe(0);
    const answer = fileOf(out, '財政課');
    await edit(answer, (workbook) => {
      const activities = sheetOf(workbook, '取組活動');
      expect([activities.getCell('C2').value, activities.getCell('F2').value]).toEqual(['活動c', 5]);
      activities.getCell('F2').value = 2; // 企画課's 活動a
      activities.getCell('D2').value = '済';
    });
    const merged = join(dir, 'merged.xlsx');
    const result = mergeInto(path, [answer], merged);
    // Before: exit 0, 「取り込んだセル 1 件、競合 0 件」: the change passed over, the answer checked against another row's values as sent.
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('取り込んだセル 0 件、競合 1 件');
    expect(result.stdout).toContain(
      '競合: 取組活動 5行目（回答ファイルのF2）: 変更できない列「元の行」が回答ファイルで変えられています（「5」→「2」）。どの行の回答か確かめられないため、この行は取り込みません',
    );
    const en = mergeInto(path, [answer], join(dir, 'en.xlsx'), '--lang', 'en');
    expect(en.stdout).toContain('the locked column 元の行 was changed in the answer file ("5" → "2")');
  });

  test('6: the 事業 sheet deleted from the file is a conflict', async () => {
    const { dir, path, out } = await setup();
    expect(split(path, out).status).toBe(0);
    const answer = fileOf(out, '財政課');
    await edit(answer, (workbook) => {
      workbook.removeWorksheet(sheetOf(workbook, '事業').id);
      sheetOf(workbook, '取組活動').getCell('D2').value = '済';
    });
    const result = mergeInto(path, [answer], join(dir, 'merged.xlsx'));
    // Before: exit 0, 「競合 0 件」.
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('取り込んだセル 1 件、競合 1 件');
    expect(result.stdout).toContain('競合: シート「事業」が回答ファイルにありません（削除されたか、名前が変えられています）');
  });
});

describe('r27h 5, 7: the 照会 sheet’s year and the plan’s name', () => {
  test('5: the year typed as text is read as the plan reads years; a non-year is a conflict', async () => {
    const { dir, path, out } = await setup();
    expect(split(path, out).status).toBe(0);
    const zaisei = fileOf(out, '財政課');
    const typed = async (name: string, year: string) => {
      const file = join(dir, name);
      await editCopy(zaisei, file, (workbook) => {
        sheetOf(workbook, '照会').getCell('B3').value = year;
        sheetOf(workbook, '取組活動').getCell('D2').value = '済';
      });
      return mergeInto(path, [file], join(dir, `${name}.merged.xlsx`));
    };
    // Before: a text year was no year at all, so the 照会 sheet naming another year than its rows was passed over.
    const other = await typed('r7.xlsx', '令和7年度');
    expect(other.stdout).toContain('[r7.xlsx] 競合: 照会シートの年度は令和7年度ですが、回答の行は令和8年度の行です');
    expect(other.stdout).toContain('取り込んだセル 0 件、競合 1 件');
    const same = await typed('r8.xlsx', 'R8');
    expect(same.status).toBe(0);
    expect(same.stdout).toContain('取り込んだセル 1 件、競合 0 件');
    const none = await typed('none.xlsx', '来年度');
    expect(none.status).toBe(1);
    expect(none.stdout).toContain('[none.xlsx] 競合: 照会シートの年度「来年度」は年度として読めません');
  });

  test('7: another plan’s file is refused, naming both plans', async () => {
    const ours = await planWith(() => {});
    const theirs = await planWith(() => {});
    for (const [plan, name] of [
      [ours, '桜川町行財政改革プラン'],
      [theirs, '隣町改革計画'],
    ] as const)
      await edit(plan.path, (workbook) => {
        const settings = workbook.addWorksheet('設定');
        settings.addRow(['項目', '値']);
        settings.addRow(['計画名', name]);
      });
    expect(split(theirs.path, theirs.out).status).toBe(0);
    const result = mergeInto(ours.path, [fileOf(theirs.out, '財政課')], join(ours.dir, 'merged.xlsx'));
    // Before: exit 0, 「競合 0 件」: the neighbour's answers taken as this plan's.
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      '競合: この回答ファイルは計画「隣町改革計画」の照会です。取りまとめ先の計画は「桜川町行財政改革プラン」のため、このファイルは取り込みません',
    );
    expect(mergeInto(theirs.path, [fileOf(theirs.out, '財政課')], join(theirs.dir, 'merged.xlsx')).status).toBe(0);
  });
});

describe('r27h 8: amounts as typed', () => {
  test('「12 5」 is an error for its cell; 「△5」 is quoted as typed', async () => {
    const { dir, path, out } = await setup();
    expect(split(path, out).status).toBe(0);
    const answer = fileOf(out, '企画課');
    await edit(answer, (workbook) => {
      const effects = sheetOf(workbook, '効果額');
      expect([effects.getCell('A2').value, effects.getCell('A3').value, effects.getCell('C3').value]).toEqual(['A-1', 'B-2', 100]);
      effects.getCell('C2').value = '12 5';
      effects.getCell('C3').value = '△5';
    });
    const result = mergeInto(path, [answer], join(dir, 'merged.xlsx'));
    // Before: 「12 5」 merged as 125, and 「△5」 said as 「-5」.
    expect(result.stdout).toContain('取り込んだセル 0 件、競合 0 件、エラー 2 件');
    expect(result.stdout).toContain('エラー: 効果額 C2（A-1）: 効果額（千円）の「12 5」は数値として取り込めません');
    expect(result.stdout).toContain('エラー: 効果額 C3（B-2）: 「△5」は負の値です');
    // The message lines only: a temp folder's random name may hold 「-5」 (shinchoku-round-5uMyTY).
    expect(
      result.stdout
        .split('\n')
        .filter((line) => line.startsWith('エラー:'))
        .join('\n'),
    ).not.toContain('-5');
  });
});

describe('r27h 13: a quiet resubmission', () => {
  test('one department’s two files that never disagree are merged with a note naming both', async () => {
    const { dir, path, out } = await setup();
    expect(split(path, out).status).toBe(0);
    const first = join(dir, '財政課-1.xlsx');
    const second = join(dir, '財政課-2.xlsx');
    await editCopy(fileOf(out, '財政課'), first, (workbook) => {
      sheetOf(workbook, '取組活動').getCell('D2').value = '済';
    });
    await editCopy(fileOf(out, '財政課'), second, (workbook) => {
      sheetOf(workbook, '取組活動').getCell('D2').value = '済';
      sheetOf(workbook, '取組活動').getCell('E2').value = '完了した';
    });
    const result = mergeInto(path, [first, second], join(dir, 'merged.xlsx'));
    // Before: 「取り込んだセル 2 件、競合 0 件」 and not a word of the two files.
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('取り込んだセル 2 件、競合 0 件、エラー 0 件');
    expect(result.stdout).toContain(
      '  注意: 財政課から回答ファイルが 2 件あります（財政課-1.xlsx、財政課-2.xlsx）。食い違う回答はないため、どれも取り込みました',
    );
  });
});
