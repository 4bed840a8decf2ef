/**
 * r27 #1: in Sheets a department edits only the answer cells of its rows (進捗状況 / 取組内容・成果, 達成状況 /
 * 概要, the amount) — never 事業コード, 年度 or what the row is — and the round's completion is measured against
 * the rows asked about at the opening: a row whose identity the office changes afterwards is named as changed,
 * its department is never 完了, and no other department loses a request.
 *
 * The plan (as round-sheets.test.ts): A-1 企画課, B-2 財政課, C-3 財政課・企画課, for 令和8年度, due 2027-04-30.
 * 企画課 is asked 取組活動 D2 E2 D4 E4 + 効果額 C2 = 5 cells; 財政課 D3 E3 D4 E4 = 4 cells.
 */
import { type AppsScriptStandIn, PROTECTED_MESSAGE } from '../../dev/standin';
import { jst, KIKAKU, OFFICE, threeProjectPlan, ZAISEI } from '../support/roundSheets';

function plan(): AppsScriptStandIn {
  const standIn = threeProjectPlan();
  expect(standIn.run<{ ok: boolean }>('roundOpen', ['2026', '2027-04-30']).ok).toBe(true);
  return standIn;
}

interface View {
  departments: { department: string; requested: number; filled: number; complete: boolean }[];
  rowsGone: string[];
  progress: string;
}
const state = (standIn: AppsScriptStandIn) => standIn.run<View>('roundState');
const figures = (view: View) => view.departments.map((d) => [d.department, d.requested, d.filled, d.complete]);

test('a department may type in its answer cells only: 事業コード, 年度, 取組活動 and 区分 of its own rows are refused', () => {
  const standIn = plan();
  const refused = { ok: false, message: PROTECTED_MESSAGE };
  // The reviewer's edits (r27 D1): the year of A-1, the code of the shared C-3, the activity text, A-1 → B-2.
  expect(standIn.typeAs(KIKAKU, '取組活動', 'B2', 2027)).toEqual(refused);
  expect(standIn.typeAs(KIKAKU, '取組活動', 'A4', '')).toEqual(refused);
  expect(standIn.typeAs(ZAISEI, '取組活動', 'C4', '活動z')).toEqual(refused);
  expect(standIn.typeAs(KIKAKU, '取組活動', 'A2', 'B-2')).toEqual(refused);
  expect(standIn.typeAs(KIKAKU, '効果額', 'D2', '歳入確保')).toEqual(refused);
  expect(standIn.typeAs(KIKAKU, '効果額', 'B2', 2027)).toEqual(refused);
  // The answer cells stay the department's.
  expect(standIn.typeAs(KIKAKU, '取組活動', 'D2', '済')).toEqual({ ok: true });
  expect(standIn.typeAs(KIKAKU, '取組活動', 'E2', '実施した')).toEqual({ ok: true });
  expect(standIn.typeAs(ZAISEI, '取組活動', 'D4', '概ね順調')).toEqual({ ok: true });
  expect(standIn.typeAs(KIKAKU, '効果額', 'C2', 1)).toEqual({ ok: true });
  // The office edits everything.
  expect(standIn.typeAs(OFFICE, '取組活動', 'B3', 2026)).toEqual({ ok: true });
  const view = state(standIn);
  expect(figures(view)).toEqual([
    ['企画課', 5, 4, false],
    ['財政課', 4, 1, false],
  ]);
  // 5 + 4 asked, 7 cells: C-3's two cells are asked of both departments and counted once, which the line says (r27 #9),
  // reconciling the figures in the command line's words (9 = 7 + 2).
  expect(view.progress).toBe(
    '全体: 4 / 7 セル入力済（57.1%）、完了 0 / 2 部署、エラー 0 件 合計は、複数の部署が担当する事業のセルを1回だけ数えます（部署ごとの照会数の和 9 は、それらのセルを担当する部署ごとに数えるため、合計 7 より 2 多くなります）',
  );
});

test('a row whose identity changes after the opening stays asked of its departments, is named, never 完了, and removes nobody’s request', () => {
  const standIn = plan();
  for (const cell of ['D2', 'E2', 'D4', 'E4']) expect(standIn.typeAs(KIKAKU, '取組活動', cell, cell.startsWith('D') ? '済' : '実施')).toEqual({ ok: true });
  expect(standIn.typeAs(KIKAKU, '効果額', 'C2', 1)).toEqual({ ok: true });
  expect(figures(state(standIn))).toEqual([
    ['企画課', 5, 5, true],
    ['財政課', 4, 2, false],
  ]);
  // The office moves A-1's row to 2027 and clears the shared C-3's code: before, 企画課 went to 1 / 1 完了 and 財政課 to 2.
  expect(standIn.typeAs(OFFICE, '取組活動', 'B2', 2027)).toEqual({ ok: true });
  expect(standIn.typeAs(OFFICE, '取組活動', 'A4', '')).toEqual({ ok: true });
  const view = state(standIn);
  expect(figures(view)).toEqual([
    ['企画課', 5, 1, false],
    ['財政課', 4, 0, false],
  ]);
  expect(view.rowsGone).toEqual(['企画課: 取組活動 A-1 活動a', '企画課: 取組活動 C-3 活動c', '財政課: 取組活動 C-3 活動c']);
  standIn.rt.now = () => jst(2027, 5, 7);
  expect(standIn.run<{ ok: boolean }>('roundClose').ok).toBe(true);
  const result = standIn.spreadsheet.sheetUncounted('照会結果（令和8年度）')?.snapshot() ?? [];
  expect(result.slice(2, 4).map((r) => [r[0], r[1], r[2], r[5]])).toEqual([
    ['企画課', 5, 1, '未完了（照会後に変わった行 2）'],
    ['財政課', 4, 0, '未完了（照会後に変わった行 1）'],
  ]);
  expect(result.map((r) => r[0])).toContain('財政課: 取組活動 C-3 活動c');
});
