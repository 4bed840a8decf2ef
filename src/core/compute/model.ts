/**
 * The summary model: every figure the summary object holds (the shared summary contract, reproduced in docs/workbook.md), as types.
 * Part of the summary (summarize.ts); pure: plain values in, plain values out.
 */
import type { FiscalYear, YearRange } from '../base/fiscalYear';
import type { Lang } from '../base/lang';
import type { Rounding } from '../base/ratio';
import type { AchievementDenominator, MoneyUnit } from '../contract/settings';
import type { ResultCode, ResultMeaning, StatusCode } from '../contract/vocabulary';
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

/**
 * A standard meaning's total in a table: every label carrying it added together (達成 計 47 87%).
 * Tables print these rows where two or more labels share a meaning (needsMeaningRows).
 */
export interface MeaningShare {
  meaning: string;
  /** The plan's labels carrying this meaning, in the vocabulary's order. */
  labels: string[];
  count: number;
  /** Share of the table's denominator; null (and shareText '－') for 未確定, which stands outside it, or an empty denominator. */
  share: number | null;
  shareRounded: number | null;
  shareText: string;
}

/**
 * Whether a table of these labels needs the meanings' rows: two or more labels share a meaning
 * (目標を上回って達成 and 目標をおおむね達成 both 達成). Takes a vocabulary's terms, TermViews or a table's labels.
 */
export function needsMeaningRows(labels: readonly { meaning: string }[]): boolean {
  const seen = new Set<string>();
  for (const { meaning } of labels) {
    if (seen.has(meaning)) return true;
    seen.add(meaning);
  }
  return false;
}

/** A label of the plan's vocabulary as the tables show it. */
export interface TermView {
  label: string;
  meaning: string;
  inRate: boolean;
  /** English name, where the label has one (the defaults). */
  en?: string;
  /**
   * The plan's own definition (区分's 定義); '' when blank: the standard text of its meaning. Always set in a
   * summary's vocabulary (summarize.ts termViews); optional only so that a label built for display needs none.
   */
  definition?: string;
}

export interface ProgressRow {
  year: FiscalYear;
  projects: number;
  activities: number;
  /** Per standard meaning; labels sharing a meaning are added together. */
  counts: Record<StatusCode, number>;
  labels: LabelShare[];
  /** One per standard status meaning the plan's progress labels use, in the standard order (済 概ね順調 遅れ 未着手 休止). */
  meanings: MeaningShare[];
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
  /** Its target years; `open` when written 「…年度以降」 (printed as typed, due in the plan end). */
  years: YearRange;
  target: string;
  summary: string;
}

export interface ComputedResult {
  code: string;
  target: string;
  targetYear: string;
  computed: ResultCode;
  typed: ResultMeaning | null;
  judged: number;
  met: number;
}

/** A share of a table's denominator: null and '－' where there is none. */
export interface Share {
  count: number;
  share: number | null;
  shareRounded: number | null;
  shareText: string;
}

/**
 * One 達成状況 table (the whole plan, a due year, a perspective): every label's count and share, the
 * meanings' totals, and what the shares are divided by. Labels meaning 未確定 are counted and listed
 * with share null / '－': outside every denominator.
 */
export interface AchievementTable {
  /** Targets with a standard result (達成 / 一部未達成 / 未達成). */
  evaluated: number;
  /** Targets whose label means 未確定. */
  undetermined: number;
  /** Targets with a blank result (not after the plan end). */
  unevaluated: number;
  /** What every share is divided by: evaluated, plus unevaluated where the denominator is 全事項 ("all"). */
  denominatorCount: number;
  labels: LabelShare[];
  /** One per result meaning the plan's labels use, in the order 達成 一部未達成 未達成 未確定. */
  meanings: MeaningShare[];
  /** The blank results as their own 未評価 row: its share under 全事項; null and '－' under 評価済み. */
  unevaluatedShare: Share;
}

/**
 * Every counted target's result is 未確定 (none judged, none blank): there is nothing to divide by, and the
 * tables and the report say so in one sentence (「3件すべてが未確定のため、割合はまだ出せません」), never 「全事項0件」.
 */
export function allUndetermined(table: Pick<AchievementTable, 'evaluated' | 'undetermined' | 'unevaluated'>): boolean {
  return table.undetermined > 0 && table.evaluated === 0 && table.unevaluated === 0;
}

export interface AchievementYear extends AchievementTable {
  /** The due year: the last year of the targets' target-year range. */
  year: FiscalYear;
}

/** 達成状況 by perspective (基本指針): a target belongs to its project's perspective. */
export interface PerspectiveAchievement extends AchievementTable {
  perspective: number;
  name: string;
  /** Per due year, as the whole plan's byYear. */
  byYear: AchievementYear[];
}

export interface Achievement extends AchievementTable {
  /** Results judged from the 指標 sheet, beside the typed ones. */
  computed: ComputedResult[];
  /** 設定 達成率の分母: "evaluated" (評価済み, default) or "all" (全事項). */
  denominator: AchievementDenominator;
  excluded: number;
  /** The blank results (not after the plan end): the same as unevaluated, kept for earlier readers. */
  notEvaluated: number;
  /** The three standard results; labels meaning 未確定 are not in them (see undetermined). */
  counts: Record<ResultCode, number>;
  /** Each standard result's share of the denominator (denominatorCount). */
  ratios: Record<ResultCode, number | null>;
  ratiosRounded: Record<ResultCode, number | null>;
  ratioTexts: Record<ResultCode, string>;
  byYear: AchievementYear[];
  byPerspective: PerspectiveAchievement[];
  /** Every 一部未達成 / 未達成 target: never a 未確定 or blank one. */
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

/** A goal's year: its actual, and where the goal has 年度目標 that year's target and 達成率 (実績 / 年度目標). */
export interface GoalYear {
  year: FiscalYear;
  /** null when blank or not reported. */
  actual: number | null;
  /** 年度目標; null when blank. */
  target: number | null;
  /** actual / target; null (rateText '－') without either. */
  rate: number | null;
  rateRounded: number | null;
  rateText: string;
}

export interface GoalSummary {
  name: string;
  unit: string;
  /** 目標値; where it is blank, the sum of the 年度目標. */
  target: number;
  /** Every plan year. */
  byYear: GoalYear[];
  /** 累計: the sum of the actuals; for a rate goal (単位 %), the latest actual (a rate is never summed). */
  cumulative: number;
  /** A rate goal (単位 % or ％) only: the year of the latest actual that stands as its 累計; null while none. */
  latestYear?: FiscalYear | null;
  /** 累計 / 目標値; null and '－' while the goal has no actual yet (never 0.0%). */
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

/**
 * The records the plan keeps: a sheet present with at least one row below its header. A table whose
 * records the plan does not keep is left out of the terminal, the 集計 sheet, the digest and the report;
 * the JSON keeps its keys, with zeros.
 */
export interface Keeps {
  activities: boolean;
  targets: boolean;
  effects: boolean;
  floorArea: boolean;
  goals: boolean;
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
  /** Which records the plan keeps (renderers leave out the others' tables). */
  keeps: Keeps;
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

/**
 * The projects carried out over the plan period, as the report's 総括 says it and the proof-reader checks it: those with
 * an activity in a plan year; a plan that keeps no 取組活動 (#25) has no such record, and counts the projects it lists.
 */
export function projectsOfPeriod(summary: Pick<Summary, 'keeps' | 'perspectives' | 'projects'>): number {
  if (!summary.keeps.activities) return summary.projects.length;
  return summary.perspectives.reduce((sum, p) => sum + p.projectsTotal, 0);
}
