/**
 * The shapes every table of the summary is made of: a year's count or amount, a label's
 * count and share, a meaning's total, a share of a denominator, and the plan's label as the
 * tables show it. Part of the summary model (model.ts); types only.
 */
import type { FiscalYear } from '../base/fiscalYear';

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

/** A share of a table's denominator: null and '－' where there is none. */
export interface Share {
  count: number;
  share: number | null;
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
  /**
   * The plan's own definition (区分's 定義); '' when blank: the standard text of its meaning. Always set in a
   * summary's vocabulary (summarize.ts termViews); optional only so that a label built for display needs none.
   */
  definition?: string;
}
