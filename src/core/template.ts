/**
 * The empty workbook a new plan starts from: every sheet of the contract with
 * its headers, a filled 設定 sheet, and the dropdown lists to put on status
 * and result columns. Used by `shinchoku template` and the add-on menu.
 */
import type { CellValue } from './cells';
import { SHEETS, type SheetKey } from './schema';
import { DEFAULT_PERSPECTIVES } from './settings';
import { RESULT_CODES, RESULT_LABELS, STATUS_CODES, STATUS_LABELS } from './vocabulary';

export interface TemplateSheet {
  key: SheetKey;
  name: string;
  rows: CellValue[][];
}

export interface DropdownRule {
  sheet: SheetKey;
  /** Header (Japanese) of the column the list applies to. */
  column: string;
  values: string[];
}

export const TEMPLATE_SHEET_ORDER: SheetKey[] = ['settings', 'projects', 'activities', 'targets', 'effects', 'floorArea', 'departments'];

export function templateSheets(planStart = 2024, planEnd = 2027): TemplateSheet[] {
  return TEMPLATE_SHEET_ORDER.map((key) => {
    const spec = SHEETS[key];
    const header = spec.columns.map((column) => column.ja);
    const rows: CellValue[][] = [header];
    if (key === 'settings') {
      rows.push(
        ['計画名', ''],
        ['計画開始年度', `${planStart}年度`],
        ['計画終了年度', `${planEnd}年度`],
        ['端数処理', '切り捨て'],
        ['小数桁数', 1],
        ['取組の視点', DEFAULT_PERSPECTIVES.join('\n')],
        ['送信先', ''],
      );
    }
    return { key, name: spec.ja, rows };
  });
}

export const DROPDOWNS: DropdownRule[] = [
  { sheet: 'activities', column: '進捗状況', values: STATUS_CODES.map((code) => STATUS_LABELS[code].ja) },
  { sheet: 'targets', column: '達成状況', values: [...RESULT_CODES.map((code) => RESULT_LABELS[code].ja), '－'] },
  { sheet: 'effects', column: '区分', values: ['歳出削減', '歳入確保'] },
  { sheet: 'floorArea', column: '区分', values: ['廃止', '増加'] },
  { sheet: 'projects', column: '終了区分', values: ['終了', '休止'] },
];
