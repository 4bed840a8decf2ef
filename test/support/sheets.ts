/**
 * Small sheets for core tests: each builder is the sheet's header row and the rows given.
 */
import type { CellValue } from '../../src/core/base/cells';

export type Rows = CellValue[][];
export type Sheet = { name: string; rows: Rows };

export const settings = (...rows: Rows): Sheet => ({ name: '設定', rows: [['項目', '値'], ...rows] });
export const projects = (...rows: Rows): Sheet => ({ name: '事業', rows: [['事業コード', '事業名', '取組の視点', '計画期間', '取組推進課'], ...rows] });
export const activities = (...rows: Rows): Sheet => ({ name: '取組活動', rows: [['事業コード', '年度', '取組活動', '進捗状況'], ...rows] });
export const effects = (...rows: Rows): Sheet => ({ name: '効果額', rows: [['事業コード', '年度', '効果額（千円）'], ...rows] });
export const facilities = (...rows: Rows): Sheet => ({ name: '施設面積', rows: [['年度', '施設名', '区分', '面積（㎡）', '一般会計'], ...rows] });
