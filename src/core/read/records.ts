/**
 * The records a workbook is read into: one type per sheet row, the workbook's data and the reading options.
 */
import type { FiscalYear, YearRange } from '../base/fiscalYear';
import type { Indicator } from '../contract/indicators';
import type { SheetKey } from '../contract/schema';
import type { Settings } from '../contract/settings';
import type { PlanVocabulary, ReportSection, ResultMeaning, StatusCode } from '../contract/vocabulary';
import type { ProblemList } from '../words/problems';

export interface Project {
  code: string;
  name: string;
  /** 1-based perspective number. */
  perspective: number;
  period?: YearRange;
  periodText: string;
  departments: string[];
  endYear?: FiscalYear;
  endKind?: 'ended' | 'suspended';
  /** 事業の概要: the project's summary for the report; '' when none. */
  summary: string;
  /** 0-based row in its sheet. */
  row: number;
}

export interface Activity {
  code: string;
  /** Index of the project in WorkbookData.projects. */
  project: number;
  year: FiscalYear;
  /** 0-based column of the year cell (its A1 reference is built only for a warning). */
  yearColumn: number;
  activity: string;
  /** The standard meaning of its label. */
  status: StatusCode;
  /** Index of its label in the plan's progress vocabulary. */
  label: number;
  notes: string;
  row: number;
}

export interface Target {
  code: string;
  project: number;
  /** 0-based column of the result cell, for warnings about it. */
  resultColumn: number;
  years: YearRange;
  target: string;
  /** The standard meaning of the typed result (未確定 included); null when not evaluated. */
  result: ResultMeaning | null;
  /** Index of the typed label in the plan's result vocabulary; -1 when not evaluated. */
  resultLabel: number;
  summary: string;
  row: number;
}

export type EffectKind = 'spendingCut' | 'revenue';

export interface Effect {
  code: string;
  project: number;
  year: FiscalYear;
  /** 0-based column of the year cell (its A1 reference is built only for a warning). */
  yearColumn: number;
  amount: number;
  kind?: EffectKind;
  row: number;
}

export interface Facility {
  year: FiscalYear;
  /** 0-based column of the year cell (its A1 reference is built only for a warning). */
  yearColumn: number;
  name: string;
  change: 'abolished' | 'added';
  /** Area in hundredths of ㎡ (exact sums). */
  areaHundredths: number;
  generalAccount: boolean;
  row: number;
}

export interface Department {
  name: string;
  emails: string[];
  row: number;
  /** 0-based column of the e-mail cell, for messages about an address. */
  emailColumn: number;
}

/** One row of the 目標 sheet, read. */
export interface GoalRow {
  goal: string;
  target: number | null;
  unit: string;
  year: FiscalYear;
  actual: number | null;
  /** 年度目標: the goal's target for this year; null when blank. */
  yearlyTarget: number | null;
  row: number;
  yearColumn: number;
  targetColumn: number;
  /** 0-based column of 実績 (-1 when the sheet has none). */
  actualColumn: number;
  /** 0-based column of 年度目標 (-1 when the sheet has none). */
  yearlyTargetColumn: number;
}

export interface WorkbookData {
  settings: Settings;
  /** The plan's own words for statuses and results (区分), or the defaults. */
  vocabulary: PlanVocabulary;
  goals: GoalRow[];
  projects: Project[];
  activities: Activity[];
  targets: Target[];
  effects: Effect[];
  facilities: Facility[];
  departments: Department[];
  indicators: Indicator[];
  /** The 報告書 sheet's texts, in row order. */
  reportTexts: ReportText[];
  /** Actual sheet names found for each part of the contract. */
  sheetNames: Partial<Record<SheetKey, string>>;
  /** The sheets found with at least one non-blank row below the header: the records the plan keeps. */
  sheetsWithRows: SheetKey[];
  problems: ProblemList;
}

export interface ReadOptions {
  /** Results typed for target years that have not begun by this fiscal year are flagged. */
  currentYear?: FiscalYear;
  asOfText?: string;
}

/** One row of the 報告書 sheet: a paragraph of a section, for one perspective or the whole plan. */
export interface ReportText {
  section: ReportSection;
  /** 1-based perspective for 概要 and 課題と今後の方向性; null for the plan's own sections. */
  perspective: number | null;
  text: string;
  row: number;
}
