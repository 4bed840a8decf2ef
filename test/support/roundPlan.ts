/**
 * The small plan of the round's CLI tests (test/cli/round.test.ts, round-answers.test.ts; the plan of
 * test/core/round/requests.test.ts): FY2026, due 2027-04-30; 企画課 asked for 8 cells (A-1, B-2), 財政課 3
 * (B-2, shared), 総務課 2 (D-4, no address), C-3 unrouted (関係課). Written to a temp folder; split through
 * the built CLI with "today" fixed (SHINCHOKU_TODAY).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { CellValue, WorkbookInput } from '../../src/core/base/cells';
import { runCli } from './cli';
import { tempDir, writeXlsx } from './xlsx';

export type Rows = CellValue[][];

export function master(): WorkbookInput {
  const sheets: Record<string, Rows> = {
    事業: [
      ['事業コード', '事業名', '取組の視点', '取組推進課'],
      ['A-1', '事業a', 1, '企画課'],
      ['B-2', '事業b', 1, '財政課、企画課'],
      ['C-3', '事業c', 1, '関係課'],
      ['D-4', '事業d', 1, '総務課'],
    ],
    取組活動: [
      ['事業コード', '年度', '取組活動', '進捗状況', '取組内容・成果'],
      ['A-1', 2026, '活動a', '済', null],
      ['A-1', 2026, '活動b', null, null],
      ['A-1', 2025, '活動old', '済', null],
      ['B-2', '令和8年度', '活動c', null, null],
      ['B-2', 2026, '活動d', '概ね順調', '順調に進んだ'],
      ['C-3', 2026, '活動e', null, null],
      ['D-4', 2026, '活動f', null, null],
    ],
    達成事項: [
      ['事業コード', '目標年度', '達成するべき事項', '達成状況', '概要'],
      ['A-1', '令和6～8年度', '目標1', null, null],
      ['B-2', 2026, '目標2', '－', null],
      ['D-4', 2026, '目標5', '達成', null],
    ],
    効果額: [
      ['事業コード', '年度', '効果額（千円）', '区分'],
      ['A-1', 2026, null, '歳出削減'],
      ['B-2', 2026, 100, '歳入確保'],
    ],
    部署: [
      ['課名', 'メール'],
      ['企画課', 'kikaku@town.example.jp'],
      ['財政課', 'zaisei@town.example.jp'],
    ],
  };
  return { sheets: Object.entries(sheets).map(([name, rows]) => ({ name, rows })) };
}

export const DATA_SHEETS = ['事業', '取組活動', '達成事項', '効果額', '部署'];

export async function setup(): Promise<{ dir: string; path: string; out: string }> {
  const dir = tempDir('shinchoku-round-');
  const path = join(dir, 'master.xlsx');
  await writeXlsx(path, master());
  return { dir, path, out: join(dir, 'requests') };
}

/** The day these tests run on, for the deadline check (round split refuses a deadline already past). */
export const TODAY = { SHINCHOKU_TODAY: '2026-12-05' };

export function split(path: string, out: string, ...extra: string[]) {
  return runCli(['round', 'split', path, '--year', '2026', '--due', '2027-04-30', '--out', out, ...extra], undefined, TODAY);
}

export async function edit(path: string, change: (workbook: ExcelJS.Workbook) => void): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  change(workbook);
  await workbook.xlsx.writeFile(path);
}

/** A copy of a workbook with a change: `from` is never written (an answer file of the example, say). */
export async function editCopy(from: string, to: string, change: (workbook: ExcelJS.Workbook) => void): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(from);
  change(workbook);
  await workbook.xlsx.writeFile(to);
}

export const sheetOf = (workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet => {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no ${name}`);
  return sheet;
};

export const fileOf = (out: string, department: string) => join(out, readdirSync(out).find((name) => name.endsWith(`${department}.xlsx`)) ?? 'missing');
