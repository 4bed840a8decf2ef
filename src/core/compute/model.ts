/**
 * The summary model: every figure the summary object holds (the shared summary contract, reproduced in docs/workbook.md), as types.
 * The Summary itself is here, its figures in their parts: the tables' shapes (tableModel.ts), progress (progressModel.ts),
 * achievement (achievementModel.ts), the summed amounts (amountModel.ts); what is asked of them is in summaryRules.ts.
 * Import any of them from here (or from summarize.ts). Part of the summary (summarize.ts).
 */
import type { FiscalYear } from '../base/fiscalYear';
import type { Lang } from '../base/lang';
import type { Rounding } from '../base/ratio';
import type { MoneyUnit } from '../contract/settings';
import type { ResultCode, StatusCode } from '../contract/vocabulary';
import type { ReadOptions } from '../read/read';
import type { ProblemView, Severity } from '../words/problems';
import type { Achievement } from './achievementModel';
import type { Effects, FloorArea, GoalSummary } from './amountModel';
import type { PerspectiveResults, ProgressRow, ProjectRow } from './progressModel';
import type { TermView } from './tableModel';

export type * from './achievementModel';
export type * from './amountModel';
export type * from './progressModel';
export * from './summaryRules';
export type * from './tableModel';

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
