/**
 * The summed figures of the summary: the effect amounts (by year, perspective and project),
 * the floor area abolished and added, and each goal's actuals against its targets. Part of the
 * summary model (model.ts); types only.
 */
import type { FiscalYear } from '../base/fiscalYear';
import type { MoneyUnit } from '../contract/settings';
import type { YearAmount } from './tableModel';

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
