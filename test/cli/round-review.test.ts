/**
 * `shinchoku round` after the second review of #27 (r27c, F-numbers): the built CLI on the example round
 * (examples/round/sakuragawa-2026-round.xlsx, FY2026, due 2027-04-30). 財政課's file holds 取組活動 rows 2-9
 * = master rows 80-82 (1-01), 87-89 (1-04), … with 元の行 in column F, and 効果額 row 2 = master row 27
 * (1-01 令和8年度 歳入確保). Every figure below is worked out by hand in its comment.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbookFile } from '../../src/cli/xlsx';
import type { CellValue } from '../../src/core/base/cells';
import { ROOT, runCli } from '../support/cli';
import { editCopy as edit, sheetOf, split } from '../support/roundPlan';
import { tempDir } from '../support/xlsx';

const MASTER = join(ROOT, 'examples', 'round', 'sakuragawa-2026-round.xlsx');

async function cells(path: string, sheet: string, ...addresses: string[]): Promise<CellValue[]> {
  const input = await readWorkbookFile(path);
  const rows = input.sheets.find((s) => s.name === sheet)?.rows ?? [];
  return addresses.map((address) => {
    const column = address.charCodeAt(0) - 65;
    const row = Number(address.slice(1)) - 1;
    return rows[row]?.[column] ?? null;
  });
}

/** The example with 取組活動 C81 and C82 (1-01, 令和8年度) both 「説明会の開催」, split, and 財政課 answering row 81 A 前期に実施 and row 82 C 後期は延期 (file rows 3 and 4). */
async function duplicates(dir: string): Promise<{ dup: string; answer: string }> {
  const dup = join(dir, 'dup.xlsx');
  await edit(MASTER, dup, (workbook) => {
    const activities = sheetOf(workbook, '取組活動');
    activities.getCell('C81').value = '説明会の開催';
    activities.getCell('C82').value = '説明会の開催';
  });
  expect(split(dup, join(dir, 'split')).status).toBe(0);
  const answer = join(dir, 'ans.xlsx');
  await edit(join(dir, 'split', '2026-01-財政課.xlsx'), answer, (workbook) => {
    const activities = sheetOf(workbook, '取組活動');
    expect(activities.getCell('F3').value).toBe(81);
    expect(activities.getCell('F4').value).toBe(82);
    activities.getCell('D3').value = 'A';
    activities.getCell('E3').value = '前期に実施';
    activities.getCell('D4').value = 'C';
    activities.getCell('E4').value = '後期は延期';
  });
  return { dup, answer };
}

describe('F15: identical rows are told apart by 元の行, never by their order', () => {
  test('the department reorders its two 説明会 rows: each answer still lands on the row its 元の行 names', async () => {
    const dir = tempDir('shinchoku-round-review-');
    const { dup, answer } = await duplicates(dir);
    const reversed = join(dir, 'rev.xlsx');
    await edit(answer, reversed, (workbook) => {
      const activities = sheetOf(workbook, '取組活動');
      const third = [1, 2, 3, 4, 5, 6].map((c) => activities.getCell(3, c).value);
      const fourth = [1, 2, 3, 4, 5, 6].map((c) => activities.getCell(4, c).value);
      third.forEach((value, i) => {
        activities.getCell(4, i + 1).value = value;
      });
      fourth.forEach((value, i) => {
        activities.getCell(3, i + 1).value = value;
      });
    });
    const out = join(dir, 'o.xlsx');
    const result = runCli(['round', 'merge', dup, reversed, '--out', out]);
    expect(result.stdout).toContain('取り込んだセル 4 件、競合 0 件、エラー 0 件');
    // Before: D81 C 後期は延期, D82 A 前期に実施 (swapped: the first 説明会 of the file met the first of the master).
    expect(await cells(out, '取組活動', 'D81', 'E81', 'D82', 'E82')).toEqual(['A', '前期に実施', 'C', '後期は延期']);
  });

  test('the office deletes one of the two after the split: neither answer is put on the survivor; a conflict says why', async () => {
    const dir = tempDir('shinchoku-round-review-');
    const { dup, answer } = await duplicates(dir);
    const fewer = join(dir, 'dup2.xlsx');
    await edit(dup, fewer, (workbook) => sheetOf(workbook, '取組活動').spliceRows(81, 1));
    const out = join(dir, 'o.xlsx');
    const result = runCli(['round', 'merge', fewer, answer, '--out', out]);
    expect(result.status).toBe(1);
    // Two file rows 説明会, one master row: which one the survivor is cannot be told, so neither is merged (0 cells),
    // one conflict per file row. Before: 2 merged — the deleted row's A 前期に実施 put on the survivor — and 企画課 accused.
    expect(result.stdout).toContain('取り込んだセル 0 件、競合 2 件、エラー 0 件');
    expect(result.stdout).toContain('同じ内容の行が回答に 2 行、取りまとめ先に 1 行あり');
    expect(result.stdout).not.toContain('企画課の行です');
    expect(await cells(out, '取組活動', 'D81', 'E81')).toEqual([null, null]);
  });
});

describe('F1: a row the office deleted after the split', () => {
  test('costs only that row’s answers; the next rows are matched by what they are, and no other department is named', async () => {
    const dir = tempDir('shinchoku-round-review-');
    expect(split(MASTER, join(dir, 'split')).status).toBe(0);
    const answer = join(dir, 'full.xlsx');
    // 財政課 fills all 20 cells: 8 activity rows × 2, 1 target, 3 effects.
    await edit(join(dir, 'split', '2026-01-財政課.xlsx'), answer, (workbook) => {
      const activities = sheetOf(workbook, '取組活動');
      for (let r = 2; r <= 9; r++) {
        activities.getCell(r, 4).value = 'A';
        activities.getCell(r, 5).value = `行${r}の成果`;
      }
      sheetOf(workbook, '達成事項').getCell('D2').value = '達成';
      const effects = sheetOf(workbook, '効果額');
      for (let r = 2; r <= 4; r++) effects.getCell(r, 3).value = 10 * r;
    });
    const master = join(dir, 'm5.xlsx');
    await edit(MASTER, master, (workbook) => sheetOf(workbook, '取組活動').spliceRows(80, 1));
    const result = runCli(['round', 'merge', master, answer, '--out', join(dir, 'o.xlsx')]);
    expect(result.status).toBe(1);
    // 20 − the gone row's 2 = 18 merged; one conflict, for the gone row. Before: 14 merged, 3 conflicts (two
    // 「変更できない列」 for rows 財政課 never touched and 「82行目（1-02）は企画課の行です」).
    expect(result.stdout).toContain('取り込んだセル 18 件、競合 1 件、エラー 0 件');
    expect(result.stdout).toContain('受益者負担の適正化方針の策定');
    expect(result.stdout).toContain('取りまとめ先に見つかりません');
    expect(result.stdout).not.toContain('企画課の行です');
    expect(result.stdout).not.toContain('変更できない列');
  });
});

describe('F7: a department clearing a value the office pre-filled', () => {
  test('is a conflict the office decides on; the value is kept and the line says so', async () => {
    const dir = tempDir('shinchoku-round-review-');
    const pre = join(dir, 'pre.xlsx');
    await edit(MASTER, pre, (workbook) => {
      sheetOf(workbook, '取組活動').getCell('E80').value = '前年の記述';
      sheetOf(workbook, '効果額').getCell('C27').value = 5;
    });
    expect(split(pre, join(dir, 'split')).status).toBe(0);
    const answer = join(dir, 'cleared.xlsx');
    await edit(join(dir, 'split', '2026-01-財政課.xlsx'), answer, (workbook) => {
      expect(sheetOf(workbook, '取組活動').getCell('E2').value).toBe('前年の記述');
      expect(sheetOf(workbook, '効果額').getCell('C2').value).toBe(5);
      sheetOf(workbook, '取組活動').getCell('E2').value = null;
      sheetOf(workbook, '効果額').getCell('C2').value = null;
    });
    const out = join(dir, 'o.xlsx');
    const result = runCli(['round', 'merge', pre, answer, '--out', out]);
    // Before: 0 merged, 0 conflicts, exit 0 — the 5 百万円 the department removed stayed in the total without a word.
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('取り込んだセル 0 件、競合 2 件、エラー 0 件');
    expect(result.stdout).toContain('取組活動 E80（1-01 取組内容・成果）: 回答では空欄にされていますが、取りまとめ先の値「前年の記述」を残しました');
    expect(result.stdout).toContain('効果額 C27（1-01 効果額（百万円））: 回答では空欄にされていますが、取りまとめ先の値「5」を残しました');
    expect(await cells(out, '効果額', 'C27')).toEqual([5]);
  });
});

/** The example split, and 財政課's file edited by `change` into `name`. */
async function answered(dir: string, name: string, change: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  expect(split(MASTER, join(dir, 'split')).status).toBe(0);
  const answer = join(dir, name);
  await edit(join(dir, 'split', '2026-01-財政課.xlsx'), answer, change);
  return answer;
}

test('F10: 「42百万円」 with the header’s own unit is merged as 42, as validate and summarize read it', async () => {
  const dir = tempDir('shinchoku-round-review-');
  const answer = await answered(dir, 'u.xlsx', (workbook) => {
    sheetOf(workbook, '効果額').getCell('C2').value = '42百万円';
  });
  const out = join(dir, 'o.xlsx');
  const result = runCli(['round', 'merge', MASTER, answer, '--out', out]);
  // Before: 0 merged, 1 error 「効果額（百万円）の「42百万円」は数値として取り込めません」.
  expect(result.stdout).toContain('取り込んだセル 1 件、競合 0 件、エラー 0 件');
  expect(await cells(out, '効果額', 'C27')).toEqual([42]);
  // 「0.5億円」 is another unit: still refused (the reader would not read it either).
  const other = await answered(tempDir('shinchoku-round-review-'), 'v.xlsx', (workbook) => {
    sheetOf(workbook, '効果額').getCell('C2').value = '0.5億円';
  });
  expect(runCli(['round', 'merge', MASTER, other, '--out', join(dir, 'o2.xlsx')]).stdout).toContain('エラー 1 件');
});

/** 財政課's file made as a file of 令和9年度 (2027) would be: its 照会 sheet and its rows' years (r27f F1: the rows tell the year). */
function asYear2027(workbook: ExcelJS.Workbook): void {
  sheetOf(workbook, '照会').getCell('B3').value = 2027;
  for (const [name, column] of [
    ['取組活動', 'B'],
    ['達成事項', 'B'],
    ['効果額', 'B'],
  ] as const) {
    const sheet = sheetOf(workbook, name);
    for (let row = 2; row <= sheet.rowCount; row++) sheet.getCell(`${column}${row}`).value = '令和9年度';
  }
}

test('F6: files of two years, one each, are refused naming both years; nothing is merged from a guess', async () => {
  const dir = tempDir('shinchoku-round-review-');
  const y27 = await answered(dir, 'y27.xlsx', asYear2027);
  const result = runCli(['round', 'merge', MASTER, join(ROOT, 'examples', 'round', '2026-01-財政課.xlsx'), y27, '--out', join(dir, 'o.xlsx')]);
  expect(result.status).toBe(1);
  // Before: the later year won the tie: 「2026年度の回答です（この取りまとめは2027年度）」 and 財政課's real answers (20) voided.
  expect(result.stdout).toContain('取り込んだセル 0 件、競合 2 件');
  expect(result.stdout).toContain('回答ファイルの年度が分かれています（令和8年度 1 ファイル、令和9年度 1 ファイル）');
  expect(result.stdout).not.toContain('2026年度');
});

test('F12: a file of another year is said in 令和, as every other line', async () => {
  const dir = tempDir('shinchoku-round-review-');
  const y27 = await answered(dir, 'y27.xlsx', asYear2027);
  const example = join(ROOT, 'examples', 'round');
  const result = runCli([
    'round',
    'merge',
    MASTER,
    join(example, '2026-01-財政課.xlsx'),
    join(example, '2026-02-企画課.xlsx'),
    y27,
    '--out',
    join(dir, 'o.xlsx'),
  ]);
  // Two files of 2026, one of 2027: the round is 2026; the stray file is named with both years in 令和.
  expect(result.stdout).toContain('[y27.xlsx] 競合: 令和9年度の回答です（この取りまとめは令和8年度）');
});

test('F13: a hyperlink typed in an answer keeps its address', async () => {
  const dir = tempDir('shinchoku-round-review-');
  const answer = await answered(dir, 'rt.xlsx', (workbook) => {
    sheetOf(workbook, '取組活動').getCell('E3').value = { text: '詳細はこちら', hyperlink: 'https://example.jp/x' };
  });
  const out = join(dir, 'o.xlsx');
  expect(runCli(['round', 'merge', MASTER, answer, '--out', out]).stdout).toContain('取り込んだセル 1 件');
  // Before: 「詳細はこちら」 only, the address dropped without a word.
  expect(await cells(out, '取組活動', 'E81')).toEqual(['詳細はこちら（https://example.jp/x）']);
});

test('F11: the split file’s amount validation starts at 0, as the merge refuses a negative amount', async () => {
  const dir = tempDir('shinchoku-round-review-');
  expect(split(MASTER, join(dir, 'split')).status).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(dir, 'split', '2026-01-財政課.xlsx'));
  // Before: between -999999999999999 and 999999999999999.
  expect(sheetOf(workbook, '効果額').getCell('C2').dataValidation.formulae).toEqual([0, 999_999_999_999_999]);
});

test('F8: without --from the mails are drafts with no sender, and the terminal says how to send them and where answers return', async () => {
  const dir = tempDir('shinchoku-round-review-');
  const out = join(dir, 'split');
  const result = split(MASTER, out);
  expect(result.status).toBe(0);
  expect(result.stderr).toContain('--from を指定していないため、照会メールに差出人を書いていません');
  // In the user's language only (r27f F9); --lang en says it in English alone.
  expect(result.stderr).not.toContain('--from was not given');
  const english = split(MASTER, join(dir, 'split-en'), '--lang', 'en');
  expect(english.stderr).toContain('--from was not given');
  expect(english.stderr).not.toContain('--from を指定していないため');
  const mail = readFileSync(join(out, '2026-01-財政課.eml'), 'utf8');
  // Before: From: Shinchoku <no-reply@example.jp>, no X-Unsent: replies to 「返送してください」 went to a reserved domain.
  expect(mail).not.toContain('no-reply@example.jp');
  expect(mail).not.toMatch(/^From:/m);
  expect(mail).toMatch(/^X-Unsent: 1\r$/m);
  const given = split(MASTER, join(dir, 'split2'), '--from', '財政担当 <office@sakuragawa.example.jp>');
  expect(given.stderr).not.toContain('--from');
  const sent = readFileSync(join(dir, 'split2', '2026-01-財政課.eml'), 'utf8');
  expect(sent).toMatch(/^From: .*<office@sakuragawa\.example\.jp>\r$/m);
  expect(sent).toMatch(/^Reply-To: .*<office@sakuragawa\.example\.jp>\r$/m);
  expect(sent).toMatch(/^X-Unsent: 1\r$/m);
});

test('F5: a malformed address is named with its cell and why, not called "no address"', async () => {
  const dir = tempDir('shinchoku-round-review-');
  const bad = join(dir, 'bad.xlsx');
  await edit(MASTER, bad, (workbook) => {
    const departments = sheetOf(workbook, '部署');
    departments.getCell('B2').value = 'zaisei@';
    departments.getCell('B3').value = '山田 <kikaku@sakuragawa.example.jp>';
  });
  const result = split(bad, join(dir, 'split'));
  expect(result.status).toBe(0);
  // Before: 「部署シートにメールアドレスのない部署: 財政課（照会メールは作成していません）」, and the same of 企画課.
  expect(result.stderr).toContain('財政課のメールアドレス「zaisei@」（部署!B2）は使えません（「@」の後のドメイン名が正しくありません');
  // The cell is read as validate reads it: split at spaces, each part checked (validate names the same two).
  expect(result.stderr).toContain('企画課のメールアドレス「山田」（部署!B3）は使えません（「@」がありません）');
  expect(result.stderr).toContain('企画課のメールアドレス「<kikaku@sakuragawa.example.jp>」（部署!B3）は使えません（空白・カンマ');
  expect(result.stderr).not.toContain('メールアドレスのない部署');
});

test('F4: a code or year retyped in an equivalent form (１－０１, R8) is no conflict; the row’s answers are merged', async () => {
  const dir = tempDir('shinchoku-round-review-');
  const answer = await answered(dir, 'h4.xlsx', (workbook) => {
    const activities = sheetOf(workbook, '取組活動');
    activities.getCell('A2').value = '１－０１';
    activities.getCell('D2').value = 'A';
    const effects = sheetOf(workbook, '効果額');
    effects.getCell('B2').value = 'R8';
    effects.getCell('C2').value = 10;
  });
  const out = join(dir, 'o.xlsx');
  const result = runCli(['round', 'merge', MASTER, answer, '--out', out]);
  // Before: 2 merged and 2 conflicts saying 「この行は取り込みません」 / 「取り込みません」 of rows whose answers were merged.
  expect(result.stdout).toContain('取り込んだセル 2 件、競合 0 件、エラー 0 件');
  expect(result.status).toBe(0);
  expect(await cells(out, '取組活動', 'A80', 'D80')).toEqual(['1-01', 'A']);
  expect(await cells(out, '効果額', 'C27')).toEqual([10]);
});

test('F3: a column the office adds to the master after the split is no conflict of the department’s; answers land in the moved columns', async () => {
  const dir = tempDir('shinchoku-round-review-');
  const answer = await answered(dir, 'a.xlsx', (workbook) => {
    sheetOf(workbook, '取組活動').getCell('D3').value = 'B';
  });
  const master = join(dir, 'm2b.xlsx');
  await edit(MASTER, master, (workbook) => {
    const activities = sheetOf(workbook, '取組活動');
    activities.spliceColumns(4, 0, []);
    activities.getCell('D1').value = '担当メモ';
  });
  const out = join(dir, 'o.xlsx');
  const result = runCli(['round', 'merge', master, answer, '--out', out]);
  // Before: 「変更できない列「担当メモ」が変更されています（「担当メモ」→「」）」 in every file, exit 1.
  expect(result.stdout).toContain('取り込んだセル 1 件、競合 0 件、エラー 0 件');
  expect(result.status).toBe(0);
  // 進捗状況 is column E of the master now.
  expect(await cells(out, '取組活動', 'D81', 'E81')).toEqual([null, 'B']);
});

test('F2: the office’s own edits after the split are not said to be the department’s', async () => {
  const dir = tempDir('shinchoku-round-review-');
  const answer = await answered(dir, 'a.xlsx', (workbook) => {
    sheetOf(workbook, '取組活動').getCell('D3').value = 'B';
  });
  const master = join(dir, 'm3.xlsx');
  await edit(MASTER, master, (workbook) => {
    const activities = sheetOf(workbook, '取組活動');
    activities.getCell('C81').value = '施設使用料の改定（第2期）';
    activities.addRow(['1-01', '令和8年度', '事務局が追加した取組']);
  });
  const result = runCli(['round', 'merge', master, answer, '--out', join(dir, 'o.xlsx')]);
  // Before: 「変更できない列「取組活動」が変更されています」 and 「…（1-01 事務局が追加した取組）の行が削除されています」.
  expect(result.stdout).toContain(
    '取組活動 C81: 「取組活動」が取りまとめ先と回答で違います（取りまとめ先「施設使用料の改定（第2期）」、回答「施設使用料の改定」。回答で変えられたか、照会の後に事務局が変えています）',
  );
  expect(result.stdout).toMatch(/（1-01 事務局が追加した取組）の行が回答ファイルにありません（回答で削除されたか、照会の後に追加された行です）/);
  expect(result.stdout).not.toContain('変更できない列');
  expect(result.stdout).not.toContain('削除されています');
});

test('F12: a sheet renamed in the answer file is said to be renamed or removed, not that its rows were deleted', async () => {
  const dir = tempDir('shinchoku-round-review-');
  const answer = await answered(dir, 'x3.xlsx', (workbook) => {
    sheetOf(workbook, '効果額').name = '効果額 (2)';
  });
  const result = runCli(['round', 'merge', MASTER, answer, '--out', join(dir, 'o.xlsx')]);
  // Before: 「シート「効果額」がありません（その行はすべて削除されています）」.
  expect(result.stdout).toContain('シート「効果額」が回答ファイルにありません（名前が変えられたか、削除されています）。このシートの回答は取り込みません');
});
