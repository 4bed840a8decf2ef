/**
 * The 達成状況 figures of the summary: every table of results (the whole plan, a due year, a
 * perspective), the results judged from the 指標 sheet, and the targets that fell short.
 * Part of the summary model (model.ts); types only.
 */
import type { FiscalYear, YearRange } from '../base/fiscalYear';
import type { AchievementDenominator } from '../contract/settings';
import type { ResultCode, ResultMeaning } from '../contract/vocabulary';
import type { LabelShare, MeaningShare, Share } from './tableModel';

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
