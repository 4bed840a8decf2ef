/**
 * The plan's figures a draft may state (PlanFigures), and a figure found in a draft with how to work out its expected value.
 */
import type { FiscalYear } from '../base/fiscalYear';
import { formatAmount, formatArea, toHundredths } from '../base/numbers';
import { formatRatio } from '../base/ratio';
import type { Summary } from '../compute/summarize';

export interface Expected {
  value: number;
  text: string;
}

export interface Figure {
  line: number;
  stated: string;
  /** The stated number. */
  value: number;
  label: string;
  /** What the workbook says; undefined when it has no such figure. */
  workbook?: Expected;
  /** What the draft's own figures imply. */
  arithmetic?: Expected;
  /** For a figure that belongs to a year: the year label as stated and where, and what the figure would be in another year. */
  year?: { stated: string; line: number; unit: string; forYear: (year: FiscalYear) => Expected | undefined };
  /** For a count or share of one of the plan's labels: the label as stated and what the figure would be under another label. */
  category?: { stated: string; line: number; unit: string; kind: 'progress' | 'result'; index: number; forLabel: (index: number) => Expected | undefined };
}

/** What each figure of the plan is, for one year or for the plan: the expected values, from the summary. */
export class PlanFigures {
  readonly unit: string;
  readonly decimals: number;
  readonly progressLabels: string[];
  readonly resultLabels: string[];
  constructor(readonly summary: Summary) {
    this.unit = summary.effects.unitLabel;
    this.decimals = summary.effects.decimals;
    this.progressLabels = summary.vocabulary.progress.map((term) => term.label);
    this.resultLabels = summary.vocabulary.result.map((term) => term.label);
  }

  private progress(year: FiscalYear) {
    return this.summary.progress.find((p) => p.year === year);
  }

  percent(stated: string, n: number, d: number): Expected | undefined {
    if (d <= 0) return undefined;
    const decimals = stated.includes('.') ? stated.length - stated.indexOf('.') - 1 : 0;
    const text = formatRatio(n, d, decimals, this.summary.plan.rounding).text;
    return { value: Number(text.replace('%', '')), text };
  }

  count(value: number | undefined, suffix = ''): Expected | undefined {
    return value === undefined ? undefined : { value, text: `${value}${suffix}` };
  }

  amount(value: number | undefined, withUnit: boolean): Expected | undefined {
    return value === undefined ? undefined : { value, text: `${formatAmount(value, this.decimals)}${withUnit ? this.unit : ''}` };
  }

  area(value: number | undefined): Expected | undefined {
    return value === undefined ? undefined : { value, text: `${formatArea(toHundredths(value))}㎡` };
  }

  rate(year: FiscalYear, stated: string): Expected | undefined {
    const p = this.progress(year);
    return p ? this.percent(stated, p.progressing, p.activities) : undefined;
  }

  activities(year: FiscalYear): number | undefined {
    return this.progress(year)?.activities;
  }

  projects(year: FiscalYear): number | undefined {
    return this.progress(year)?.projects;
  }

  // A label's index is always one of the plan's (its labels, in the vocabulary's order, are in every row): only a year can be missing.
  labelCount(year: FiscalYear, index: number): number | undefined {
    return this.progress(year)?.labels[index].count;
  }

  labelShare(year: FiscalYear, index: number, stated: string): Expected | undefined {
    const p = this.progress(year);
    return p ? this.percent(stated, p.labels[index].count, p.activities) : undefined;
  }

  resultCount(index: number, year?: FiscalYear): number | undefined {
    if (year === undefined) return this.summary.achievement.labels[index].count;
    return this.summary.achievement.byYear.find((row) => row.year === year)?.labels[index].count;
  }

  /**
   * A result label's share: of the plan's denominator (設定 達成率の分母 — the evaluated, or 全事項 with the unevaluated),
   * or of the evaluated where the sentence says so (`ofEvaluated`: 「評価した5件のうち…（60.0%）」).
   */
  resultShare(index: number, stated: string, year?: FiscalYear, ofEvaluated = false): Expected | undefined {
    const a = this.summary.achievement;
    const row = year === undefined ? a : a.byYear.find((r) => r.year === year);
    return row ? this.percent(stated, row.labels[index].count, ofEvaluated ? row.evaluated : row.denominatorCount) : undefined;
  }

  evaluated(year?: FiscalYear): number | undefined {
    if (year === undefined) return this.summary.achievement.evaluated;
    return this.summary.achievement.byYear.find((row) => row.year === year)?.evaluated;
  }

  effect(year: FiscalYear): number | undefined {
    return this.summary.effects.byYear.find((e) => e.year === year)?.amount;
  }

  areaOf(year: FiscalYear, kind: 'abolished' | 'added'): number | undefined {
    const f = this.summary.floorArea.byYear.find((row) => row.year === year);
    return f ? f[kind] : undefined;
  }
}
