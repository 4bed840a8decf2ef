/**
 * The fourth example (examples/round/, scripts/make-round-example.ts): 桜川町's plan mid-round for FY2026
 * and three departments' answers — 財政課 complete, 企画課 late, デジタル推進課 with a conflict and an error —
 * merged through the built CLI as the README shows it. The figures: 7 departments asked for 113 cells
 * (48 activities × 2 = 96, 4 targets due, 13 effects; each cell once, a shared project being asked of each department);
 * the merge takes 52 cells and reports 1 conflict and 1 error.
 */
import { join } from 'node:path';
import { readWorkbookFile } from '../../src/cli/xlsx';
import { ROOT, runCli } from '../support/cli';
import { sha256, tempDir } from '../support/xlsx';

const FOLDER = join(ROOT, 'examples', 'round');
const MASTER = join(FOLDER, 'sakuragawa-2026-round.xlsx');
const ANSWERS = ['2026-01-財政課.xlsx', '2026-02-企画課.xlsx', '2026-05-デジタル推進課.xlsx'].map((name) => join(FOLDER, name));

test('the example round merges as the README says: 52 cells, one conflict, one error; the inputs untouched', async () => {
  const hashes = [MASTER, ...ANSWERS].map(sha256);
  const out = join(tempDir('shinchoku-round-example-'), 'merged.xlsx');
  const result = runCli(['round', 'merge', MASTER, ...ANSWERS, '--out', out]);
  expect(result.status).toBe(1);
  const lines = result.stdout.split('\n');
  expect(lines[0]).toBe(`取りまとめ: 3 ファイル、取り込んだセル 52 件、競合 1 件、エラー 1 件 → ${out}`);
  expect(lines[1]).toBe(
    '  [2026-05-デジタル推進課.xlsx] 競合: 取組活動 C104: 「取組活動」が取りまとめ先と回答で違います（取りまとめ先「電子申請システムの導入」、回答「電子申請システムの本格導入」。回答で変えられたか、照会の後に事務局が変えています）。この行は取り込みません',
  );
  expect(lines[2]).toBe(
    '  [2026-05-デジタル推進課.xlsx] エラー: 取組活動 D111（3-03）: 進捗状況「E」は使えません。使える値: A / B / C / D。取り込んでいません',
  );
  expect(lines).toContain('財政課            20      20       0  完了');
  expect(lines).toContain('企画課            30      18       0  未完了');
  expect(lines).toContain('総務課            30       0       0  未着手');
  // An answer refused as an error counts for its department (listed two lines above); 住民課 sent no file (its
  // one project is shared with デジタル推進課, which answered it); 52 merged = 50 filled + 2 概要 not asked for.
  expect(lines).toContain('デジタル推進課    23      20       1  未完了');
  expect(lines).toContain('住民課             5       5       0  完了（回答ファイルなし）');
  expect(lines).toContain('合計             113      50       1  2/7');
  expect(lines).toContain('取り込んだセル 52 件のうち 2 件は照会の対象外の欄（概要）への記入で、入力済には数えません');
  expect([MASTER, ...ANSWERS].map(sha256)).toEqual(hashes);
  // The committed merged master is what the merge writes: the same data and the same 取りまとめ結果.
  const [written, committed] = await Promise.all([readWorkbookFile(out), readWorkbookFile(join(FOLDER, 'sakuragawa-2026-merged.xlsx'))]);
  expect(JSON.stringify(written.sheets)).toBe(JSON.stringify(committed.sheets));
});

test('before any answer every department is not started', () => {
  const result = runCli(['round', 'status', MASTER, '--year', '2026']);
  expect(result.status).toBe(0);
  const lines = result.stdout.split('\n');
  expect(lines).toContain('合計             113       0       0  0/7');
  expect(lines).toContain('資産経営課        38       0       0  未着手');
  expect(lines.slice(1, 3)).toEqual(['部署            照会  入力済  エラー  状況', '──────────────  ────  ──────  ──────  ──────']);
});
