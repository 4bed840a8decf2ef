/**
 * The empty workbook a new plan starts from: every sheet of the contract with
 * its headers, a filled 設定 sheet, and the dropdown lists to put on status
 * and result columns. Used by `shinchoku template` and the add-on menu.
 */
import { type CellValue, isBlank } from '../base/cells';
import { SHEET_ORDER, SHEETS, type SheetKey } from './schema';
import { ACHIEVEMENT_DENOMINATORS, type AchievementDenominator, applySetting, defaultSettings, findSettingKey, type MoneyUnit } from './settings';
import {
  DEFAULT_VOCABULARY,
  EFFECT_KINDS,
  END_KINDS,
  FLOOR_CHANGES,
  type PlanVocabulary,
  REPORT_SECTIONS,
  RESULT_CODES,
  RESULT_MEANINGS,
  STATUS_CODES,
  STATUS_MEANINGS,
  YES_NO,
} from './vocabulary';

/** The notes beside 設定 rows of the template: what else may be written there. */
export const TEMPLATE_NOTES = {
  moneyUnit: '効果額の単位: 円 / 千円 / 万円 / 百万円（空欄は千円）',
  denominator: '達成状況の割合の分母: 評価済み（評価を終えた事項で割る。空欄も同じ）/ 全事項（未評価を含む全事項で割る）',
} as const;

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

/**
 * The empty sheets of a plan; the 効果額 header names the plan's money unit. Its perspectives are
 * the plan's own (`template --plan`) or none: 設定's 取組の視点 is then left blank to fill, never
 * the seed city's six (#25), and 報告書 has one 概要 and one 課題 row whose 視点 is to fill.
 */
export function templateSheets(planStart = 2024, planEnd = 2027, unit: MoneyUnit = '千円', perspectives: readonly string[] = []): TemplateSheet[] {
  // Every sheet of the contract, in the order they are read and reported.
  return SHEET_ORDER.map((key) => {
    const spec = SHEETS[key];
    const header = spec.columns.map((column) => (key === 'effects' && column.key === 'amount' ? `効果額（${unit}）` : column.ja));
    const rows: CellValue[][] = [header];
    if (key === 'settings') {
      rows.push(
        ['計画名', ''],
        ['計画開始年度', `${planStart}年度`],
        ['計画終了年度', `${planEnd}年度`],
        ['端数処理', '切り捨て'],
        ['小数桁数', 1],
        ['取組の視点', perspectives.join('\n')],
        ['送信先', ''],
        // Each with its default and, beside it, what the other values are (the reader reads columns A and B only).
        ['金額単位', unit, TEMPLATE_NOTES.moneyUnit],
        ['達成率の分母', '評価済み', TEMPLATE_NOTES.denominator],
      );
    }
    if (key === 'report') {
      // Every section the report needs, with its 本文 to write: はじめに, 計画の概要, each perspective's 概要 and 課題, 総括.
      rows.push(['はじめに', null, null], ['計画の概要', null, null]);
      for (let n = 1; n <= perspectives.length; n++) rows.push(['概要', n, null], ['課題と今後の方向性', n, null]);
      if (perspectives.length === 0) rows.push(['概要', null, null], ['課題と今後の方向性', null, null]);
      rows.push(['総括', null, null]);
    }
    return { key, name: spec.ja, rows };
  });
}

/**
 * A plan's 設定 carried into a template (`template --plan`): the rows it has, as typed, then the two settings
 * with a default it does not write — 金額単位 and 達成率の分母, at the values the plan is read with and with the
 * notes of what else may be written — so that the new workbook shows every choice it makes (review r25b 7).
 */
export function carriedSettings(planRows: readonly CellValue[][], unit: MoneyUnit, denominator: AchievementDenominator): CellValue[][] {
  const has = (key: 'moneyUnit' | 'achievementDenominator') => planRows.some((row) => typeof row[0] === 'string' && findSettingKey(row[0]) === key);
  const rows = planRows.map((row) => [...row]);
  if (!has('moneyUnit')) rows.push(['金額単位', unit, TEMPLATE_NOTES.moneyUnit]);
  if (!has('achievementDenominator')) rows.push(['達成率の分母', ACHIEVEMENT_DENOMINATORS[denominator].ja, TEMPLATE_NOTES.denominator]);
  return rows;
}

/** The dropdown lists of a plan: its own labels for statuses and results, the fixed lists for the rest. */
export function dropdowns(vocabulary: PlanVocabulary = DEFAULT_VOCABULARY): DropdownRule[] {
  return [
    { sheet: 'activities', column: '進捗状況', values: vocabulary.progress.labels() },
    { sheet: 'targets', column: '達成状況', values: [...vocabulary.result.labels(), '－'] },
    { sheet: 'effects', column: '区分', values: EFFECT_KINDS.labels() },
    { sheet: 'floorArea', column: '区分', values: FLOOR_CHANGES.labels() },
    { sheet: 'projects', column: '終了区分', values: END_KINDS.labels() },
    { sheet: 'categories', column: '種類', values: ['進捗状況', '達成状況'] },
    {
      sheet: 'categories',
      column: '意味',
      values: [...STATUS_CODES.map((code) => STATUS_MEANINGS[code].ja), ...RESULT_CODES.map((code) => RESULT_MEANINGS[code].ja)],
    },
    { sheet: 'categories', column: '進捗率に含める', values: YES_NO.labels() },
    { sheet: 'report', column: '見出し', values: REPORT_SECTIONS.labels() },
  ];
}

/**
 * The perspectives a plan's 設定 rows name (one 取組の視点 cell of names one per line, or several
 * rows of one name each), or none: the default a plan merely falls back on is not its own, so a
 * template made from it is not given the seed city's six (#25). CLI \`template --plan\` and the add-on.
 */
export function namedPerspectives(rows: readonly (readonly CellValue[])[]): string[] {
  const names: string[] = [];
  for (const row of rows) {
    const at = row.findIndex((value) => typeof value === 'string' && findSettingKey(value) === 'perspectives');
    const value = at < 0 ? undefined : row.slice(at + 1).find((cell) => !isBlank(cell));
    if (value === undefined) continue;
    const settings = defaultSettings();
    if (applySetting(settings, 'perspectives', value).ok) names.push(...settings.perspectives);
  }
  return names;
}
