/**
 * The plans of the round's add-on tests (test/addon/round-*.test.ts), in the stand-in through dist/Code.js.
 *
 * threeProjectPlan: for 令和8年度 (2026), due 2027-04-30, "today" 2027-04-01: A-1 企画課, B-2 財政課, C-3
 * 財政課・企画課. 取組活動 rows 2-5: A-1 (2026, blank), B-2 (2026, blank), C-3 (2026, blank), A-1 (2025, 済: not
 * asked). 企画課 is asked 取組活動 D2 E2 D4 E4 + 効果額 C2 = 5 cells; 財政課 D3 E3 D4 E4 = 4 cells.
 * oneProjectPlan: 企画課 alone, one 令和8年度 activity (A-1 活動a, row 2): 2 cells asked (D2, E2).
 */
import type { AppsScriptStandIn } from '../../dev/standin';
import type { CellValue } from '../../src/core/base/cells';
import { standInWith } from './standin';

export type Rows = CellValue[][];
export const OFFICE = 'installer@example.jp';
export const KIKAKU = 'kikaku@town.example.jp';
export const ZAISEI = 'zaisei@town.example.jp';

/** A moment in Japan's time (JST, UTC+9). */
export function jst(y: number, m: number, d: number, h = 9): Date {
  return new Date(Date.UTC(y, m - 1, d, h) - 9 * 3600_000);
}

export function threeProjectPlan(extra: Record<string, Rows> = {}): AppsScriptStandIn {
  const sheets: Record<string, Rows> = {
    事業: [
      ['事業コード', '事業名', '取組の視点', '取組推進課'],
      ['A-1', '事業a', 1, '企画課'],
      ['B-2', '事業b', 1, '財政課'],
      ['C-3', '事業c', 1, '財政課、企画課'],
    ],
    取組活動: [
      ['事業コード', '年度', '取組活動', '進捗状況', '取組内容・成果'],
      ['A-1', 2026, '活動a', '', ''],
      ['B-2', 2026, '活動b', '', ''],
      ['C-3', 2026, '活動c', '', ''],
      ['A-1', 2025, '活動old', '済', ''],
    ],
    効果額: [
      ['事業コード', '年度', '効果額（千円）', '区分'],
      ['A-1', 2026, null, '歳出削減'],
    ],
    部署: [
      ['課名', 'メール'],
      ['企画課', KIKAKU],
      ['財政課', ZAISEI],
    ],
    設定: [
      ['項目', '値'],
      ['計画名', '桜川町行財政改革プラン'],
    ],
    ...extra,
  };
  const standIn = standInWith({ sheets: Object.entries(sheets).map(([name, rows]) => ({ name, rows })) });
  standIn.spreadsheet.sharedWith = new Map([
    [KIKAKU, 'editor'],
    [ZAISEI, 'editor'],
  ]);
  standIn.rt.now = () => jst(2027, 4, 1);
  return standIn;
}

export function oneProjectPlan(): AppsScriptStandIn {
  const sheets: Record<string, Rows> = {
    事業: [
      ['事業コード', '事業名', '取組の視点', '取組推進課'],
      ['A-1', '事業a', 1, '企画課'],
    ],
    取組活動: [
      ['事業コード', '年度', '取組活動', '進捗状況', '取組内容・成果'],
      ['A-1', 2026, '活動a', '', ''],
    ],
    部署: [
      ['課名', 'メール'],
      ['企画課', KIKAKU],
    ],
  };
  const standIn = standInWith({ sheets: Object.entries(sheets).map(([name, rows]) => ({ name, rows })) });
  standIn.spreadsheet.sharedWith = new Map([[KIKAKU, 'editor']]);
  return standIn;
}
