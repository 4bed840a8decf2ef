/**
 * The summary model: every figure the summary object holds (the shared summary contract, reproduced in docs/workbook.md), as types.
 * Part of the summary (summarize.ts); pure: plain values in, plain values out.
 */
import type { FiscalYear, YearRange } from '../base/fiscalYear';
import type { Lang } from '../base/lang';
import type { Rounding } from '../base/ratio';
import type { MoneyUnit } from '../contract/settings';
import type { ResultCode, StatusCode } from '../contract/vocabulary';
import type { ReadOptions } from '../read/read';
import type { ProblemView, Severity } from '../words/problems';

export interface YearCount {
  year: FiscalYear;
  count: number;
}

export interface YearAmount {
  year: FiscalYear;
  amount: number;
}

/** One label of the plan's vocabulary in a table: its count and its share (割合). */
export interface LabelShare {
  label: string;
  meaning: string;
  /** Progress labels: counted in the 進捗率. */
  inRate?: boolean;
  count: number;
  share: number | null;
  /** The share after the settings' rounding (for a sheet cell formatted as %). */
  shareRounded: number | null;
  shareText: string;
}

/** A label of the plan's vocabulary as the tables show it. */
export interface TermView {
  label: string;
  meaning: string;
  inRate: boolean;
  /** English name, where the label has one (the defaults). */
  en?: string;
}

export interface ProgressRow {
  year: FiscalYear;
  projects: number;
  activities: number;
  /** Per standard meaning; labels sharing a meaning are added together. */
  counts: Record<StatusCode, number>;
  labels: LabelShare[];
  progressing: number;
  rate: number | null;
  rateRounded: number | null;
  rateText: string;
}

export interface Shortfall {
  code: string;
  projectName: string;
  status: ResultCode;
  /** The plan's label for it. */
  label: string;
  targetYear: string;
  /** The target-year range, for English output (FY2021-FY2023). */
  years: { first: FiscalYear; last: FiscalYear };
  target: string;
  summary: string;
}

export interface ComputedResult {
  code: string;
  target: string;
  targetYear: string;
  computed: ResultCode;
  typed: ResultCode | null;
  judged: number;
  met: number;
}

export interface AchievementYear {
  /** The due year: the last year of the targets' target-year range. */
  year: FiscalYear;
  evaluated: number;
  labels: LabelShare[];
}

export interface Achievement {
  /** Results judged from the 指標 sheet, beside the typed ones. */
  computed: ComputedResult[];
  evaluated: number;
  excluded: number;
  notEvaluated: number;
  counts: Record<ResultCode, number>;
  ratios: Record<ResultCode, number | null>;
  ratiosRounded: Record<ResultCode, number | null>;
  ratioTexts: Record<ResultCode, string>;
  labels: LabelShare[];
  byYear: AchievementYear[];
  shortfalls: Shortfall[];
}

/** A perspective's effects: the summary holds every perspective's, perspective k at k - 1. */
export function perspectiveEffects(summary: Summary, perspective: number): PerspectiveEffects {
  return summary.effects.byPerspective[perspective - 1];
}

export interface PerspectiveEffects {
  perspective: number;
  name: string;
  byYear: YearAmount[];
  total: number;
}

export interface ProjectEffects {
  code: string;
  name: string;
  perspective: number;
  byYear: YearAmount[];
  total: number;
}

export interface Effects {
  /** The money unit in English words ("thousand yen"), as in the contract. */
  unit: string;
  /** The plan's money unit as printed: 千円, 百万円. */
  unitLabel: MoneyUnit;
  /** Decimal places the amounts carry (0 for whole units). */
  decimals: number;
  byYear: YearAmount[];
  total: number;
  byPerspective: PerspectiveEffects[];
  byProject: ProjectEffects[];
}

export interface PerspectiveResults {
  perspective: number;
  name: string;
  projects: YearCount[];
  projectsTotal: number;
  added: YearCount[];
  addedTotal: number;
  ended: YearCount[];
  endedTotal: number;
}

export interface FloorAreaYear {
  year: FiscalYear;
  abolished: number;
  added: number;
  net: number;
  abolishedGeneralAccount: number;
  addedGeneralAccount: number;
  netGeneralAccount: number;
  facilities: { name: string; change: 'abolished' | 'added'; area: number; generalAccount: boolean }[];
}

export interface FloorArea {
  byYear: FloorAreaYear[];
  abolished: number;
  added: number;
  net: number;
  netGeneralAccount: number;
}

export interface ProjectRow {
  code: string;
  name: string;
  perspective: number;
  /** The period as typed in short form (R2～R5), and its years (null when none or unreadable). */
  period: string;
  periodYears: YearRange | null;
  departments: string[];
  endYear: FiscalYear | null;
  endKind: 'ended' | 'suspended' | null;
  activeYears: FiscalYear[];
}

export interface GoalSummary {
  name: string;
  unit: string;
  target: number;
  /** Every plan year; actual null when blank or not reported. */
  byYear: { year: FiscalYear; actual: number | null }[];
  cumulative: number;
  rate: number | null;
  rateRounded: number | null;
  rateText: string;
}

/** Change against the previous baseline (基準日): current minus previous, per plan label. */
export interface Delta {
  /** The baseline compared with. */
  against: string;
  progress: { year: number; activities: number; counts: Record<StatusCode, number>; labels: number[]; progressing: number }[];
  achievement: { evaluated: number; counts: Record<ResultCode, number>; labels: number[] };
  /** Amounts to the places of the amounts on either side (百万円 may carry decimals). */
  effects: { byYear: { year: number; amount: number }[]; total: number; decimals: number };
}

export interface Summary {
  plan: {
    name: string | null;
    startYear: FiscalYear | null;
    endYear: FiscalYear | null;
    rounding: Rounding;
    decimals: number;
    moneyUnit: MoneyUnit;
  };
  /** The plan's labels, in order: what every table's columns are. */
  vocabulary: { progress: TermView[]; result: TermView[] };
  years: FiscalYear[];
  progress: ProgressRow[];
  achievement: Achievement;
  effects: Effects;
  perspectives: PerspectiveResults[];
  floorArea: FloorArea;
  goals: GoalSummary[];
  projects: ProjectRow[];
  problems: ProblemView[];
  problemCounts: Record<Severity, number>;
  /** Change against the previous baseline (基準日), when there is one. */
  delta?: Delta;
  /** Set when the summary was built from a frozen baseline rather than the live workbook. */
  asOfBaseline?: string;
}

export interface SummarizeOptions extends ReadOptions {
  lang?: Lang;
  /** The baseline the figures were frozen on, when built from one. */
  asOfBaseline?: string;
}
