/**
 * The workbook contract (the shared workbook contract, reproduced in docs/workbook.md): sheet names, headers and
 * their aliases. Matching ignores width, case and white space.
 */
import { matchKey, normalizeText } from '../base/text';

export type SheetKey =
  | 'projects'
  | 'activities'
  | 'targets'
  | 'effects'
  | 'floorArea'
  | 'settings'
  | 'categories'
  | 'goals'
  | 'departments'
  | 'indicators'
  | 'report';

export interface ColumnSpec {
  key: string;
  ja: string;
  en: string;
  /** Further accepted headers beyond the Japanese name and the English alias. */
  aliases?: string[];
  /** Headers of a shape also accepted (normalised text), e.g. 効果額 with any unit in brackets. */
  pattern?: RegExp;
  required: boolean;
}

export interface SheetSpec {
  key: SheetKey;
  ja: string;
  en: string;
  aliases?: string[];
  required: boolean;
  columns: ColumnSpec[];
}

/** A 効果額 header that names its unit (効果額（百万円）, Amount (thousand yen)); the unit is group 1. */
export const AMOUNT_HEADER = /^(?:財政健全化)?(?:効果額|amount)\s*[(（]([^)）]+)[)）]$/i;

export const SHEETS: Record<SheetKey, SheetSpec> = {
  projects: {
    key: 'projects',
    ja: '事業',
    en: 'Projects',
    required: true,
    columns: [
      { key: 'code', ja: '事業コード', en: 'Code', required: true },
      { key: 'name', ja: '事業名', en: 'Name', required: true },
      { key: 'perspective', ja: '取組の視点', en: 'Perspective', aliases: ['視点'], required: true },
      { key: 'period', ja: '計画期間', en: 'Period', aliases: ['計画・実施期間', '実施期間'], required: false },
      { key: 'departments', ja: '取組推進課', en: 'Departments', aliases: ['担当課', 'Department'], required: false },
      { key: 'endYear', ja: '終了年度', en: 'Ended', aliases: ['End year'], required: false },
      { key: 'endKind', ja: '終了区分', en: 'End kind', required: false },
      // The project's summary for the report's 取組事業一覧表 (the seed prints it as 主な取組と成果).
      { key: 'summary', ja: '事業の概要', en: 'Summary', aliases: ['主な取組と成果', '概要'], required: false },
    ],
  },
  activities: {
    key: 'activities',
    ja: '取組活動',
    en: 'Activities',
    // Optional on its own: a plan may track results without yearly activities, but one of 取組活動 and 達成事項
    // must have rows (read.ts findSheets, ONE_OF_REQUIRED).
    required: false,
    columns: [
      { key: 'code', ja: '事業コード', en: 'Code', required: true },
      { key: 'year', ja: '年度', en: 'Fiscal year', aliases: ['取組年度', 'Year', 'FY'], required: true },
      { key: 'activity', ja: '取組活動', en: 'Activity', required: true },
      { key: 'status', ja: '進捗状況', en: 'Status', aliases: ['進捗'], required: true },
      { key: 'notes', ja: '取組内容・成果', en: 'Notes', aliases: ['取組内容', '成果', '備考'], required: false },
    ],
  },
  targets: {
    key: 'targets',
    ja: '達成事項',
    en: 'Targets',
    aliases: ['達成するべき事項'],
    required: false,
    columns: [
      { key: 'code', ja: '事業コード', en: 'Code', required: true },
      { key: 'targetYear', ja: '目標年度', en: 'Target year', required: true },
      { key: 'target', ja: '達成するべき事項', en: 'Target', aliases: ['達成事項'], required: true },
      { key: 'result', ja: '達成状況', en: 'Result', required: false },
      { key: 'summary', ja: '概要', en: 'Summary', required: false },
    ],
  },
  effects: {
    key: 'effects',
    ja: '効果額',
    en: 'Effects',
    aliases: ['財政健全化効果額'],
    required: false,
    columns: [
      { key: 'code', ja: '事業コード', en: 'Code', required: true },
      { key: 'year', ja: '年度', en: 'Fiscal year', aliases: ['Year', 'FY'], required: true },
      {
        key: 'amount',
        ja: '効果額（千円）',
        en: 'Amount (thousand yen)',
        aliases: ['効果額', '財政健全化効果額', 'Amount'],
        // 効果額（百万円）: the unit is checked against the 設定 sheet's 金額単位 when the sheet is read.
        pattern: AMOUNT_HEADER,
        required: true,
      },
      { key: 'kind', ja: '区分', en: 'Kind', required: false },
    ],
  },
  floorArea: {
    key: 'floorArea',
    ja: '施設面積',
    en: 'Floor area',
    aliases: ['延床面積'],
    required: false,
    columns: [
      { key: 'year', ja: '年度', en: 'Fiscal year', aliases: ['Year', 'FY'], required: true },
      { key: 'facility', ja: '施設名', en: 'Facility', required: true },
      { key: 'change', ja: '区分', en: 'Change', required: true },
      { key: 'area', ja: '面積（㎡）', en: 'Area (m2)', aliases: ['面積', '延床面積', 'Area', 'Area (㎡)'], required: true },
      { key: 'generalAccount', ja: '一般会計', en: 'General account', required: false },
    ],
  },
  settings: {
    key: 'settings',
    ja: '設定',
    en: 'Settings',
    required: false,
    columns: [
      { key: 'key', ja: '項目', en: 'Key', required: true },
      { key: 'value', ja: '値', en: 'Value', required: true },
    ],
  },
  categories: {
    key: 'categories',
    ja: '区分',
    en: 'Categories',
    required: false,
    columns: [
      { key: 'kind', ja: '種類', en: 'Kind', required: true },
      { key: 'label', ja: '区分', en: 'Label', required: true },
      { key: 'meaning', ja: '意味', en: 'Meaning', required: true },
      { key: 'inRate', ja: '進捗率に含める', en: 'In rate', required: false },
      { key: 'variants', ja: '別名', en: 'Variants', required: false },
      // The plan's own definition of the label, for the report's 【区分】 box and the sidebar.
      { key: 'definition', ja: '定義', en: 'Definition', aliases: ['説明', 'Description'], required: false },
    ],
  },
  goals: {
    key: 'goals',
    ja: '目標',
    en: 'Goals',
    required: false,
    columns: [
      { key: 'goal', ja: '項目', en: 'Goal', required: true },
      { key: 'target', ja: '目標値', en: 'Target value', required: true },
      { key: 'unit', ja: '単位', en: 'Unit', required: false },
      { key: 'year', ja: '年度', en: 'Fiscal year', aliases: ['Year', 'FY'], required: true },
      { key: 'actual', ja: '実績', en: 'Actual', required: false },
      // The goal's target for this row's year (計画額 by year): each year's own 達成率; their sum stands for a blank 目標値.
      { key: 'yearlyTarget', ja: '年度目標', en: 'Yearly target', aliases: ['年度目標値', '計画額'], required: false },
    ],
  },
  departments: {
    key: 'departments',
    ja: '部署',
    en: 'Departments',
    required: false,
    columns: [
      { key: 'department', ja: '課名', en: 'Department', aliases: ['取組推進課', '部署'], required: true },
      { key: 'email', ja: 'メール', en: 'Email', aliases: ['メールアドレス', 'E-mail', 'Mail'], required: true },
    ],
  },
  indicators: {
    key: 'indicators',
    ja: '指標',
    en: 'Indicators',
    required: false,
    columns: [
      { key: 'code', ja: '事業コード', en: 'Code', required: true },
      { key: 'target', ja: '達成するべき事項', en: 'Target', aliases: ['達成事項', '対象の事項'], required: true },
      { key: 'name', ja: '指標名', en: 'Indicator', required: true },
      { key: 'year', ja: '年度', en: 'Fiscal year', aliases: ['Year', 'FY'], required: true },
      { key: 'goal', ja: '目標値', en: 'Goal', required: true },
      { key: 'actual', ja: '実績値', en: 'Actual', required: false },
      { key: 'rule', ja: '判定', en: 'Rule', aliases: ['判定方法'], required: false },
      { key: 'unit', ja: '単位', en: 'Unit', required: false },
    ],
  },
  // The report's text that cannot be computed: はじめに, 総括, a perspective's 概要 and 課題と今後の方向性.
  report: {
    key: 'report',
    ja: '報告書',
    en: 'Report',
    required: false,
    columns: [
      { key: 'section', ja: '見出し', en: 'Section', required: true },
      { key: 'perspective', ja: '視点', en: 'Perspective', aliases: ['取組の視点'], required: false },
      { key: 'text', ja: '本文', en: 'Text', required: true },
    ],
  },
};

/** The order sheets are read, reported and written in. */
export const SHEET_ORDER: SheetKey[] = [
  'settings',
  'categories',
  'projects',
  'activities',
  'targets',
  'effects',
  'floorArea',
  'goals',
  'departments',
  'indicators',
  'report',
];

/** Sheets of which a plan must keep at least one, with rows: it tracks yearly activities, or results, or both. */
export const ONE_OF_REQUIRED: SheetKey[] = ['activities', 'targets'];

/** Optional sheets whose absence is not even mentioned (most plans have none). */
export const QUIET_OPTIONAL: SheetKey[] = ['categories', 'goals', 'departments', 'indicators', 'report'];

export function sheetNames(spec: SheetSpec): string[] {
  return [spec.ja, spec.en, ...(spec.aliases ?? [])];
}

export function columnNames(column: ColumnSpec): string[] {
  return [column.ja, column.en, ...(column.aliases ?? [])];
}

/** The contract sheet a sheet name stands for, if any (by Japanese name or alias). */
export function contractSheetKey(name: string): SheetKey | undefined {
  const key = matchKey(name);
  return SHEET_ORDER.find((sheetKey) => sheetNames(SHEETS[sheetKey]).some((candidate) => matchKey(candidate) === key));
}

/** The contract column a header stands for on a given sheet, if any. */
export function contractColumnKey(sheet: SheetKey, header: string): string | undefined {
  return SHEETS[sheet].columns.find((column) => columnMatches(column, header))?.key;
}

/** Whether a header names a column: its name, an alias, or its pattern. */
export function columnMatches(column: ColumnSpec, header: string): boolean {
  const key = matchKey(header);
  if (columnNames(column).some((name) => matchKey(name) === key)) return true;
  return column.pattern?.test(normalizeText(header)) === true;
}
