/**
 * 目標: goals with their 累計 and 進捗率.
 * Part of the summary (summarize.ts); pure: plain values in, plain values out.
 */
import { a1 } from '../base/cells';
import { type FiscalYear, formatFiscalYear } from '../base/fiscalYear';
import { decimalsOf, roundTo } from '../base/numbers';
import { formatRatio } from '../base/ratio';
import { matchKey } from '../base/text';
import type { GoalRow, WorkbookData } from '../read/read';
import type { GoalSummary } from './amountModel';

/**
 * A goal measured in percent (単位 % or ％, パーセント) is a rate or level (収納率 95%): it is not additive, so
 * its 累計 is its latest actual and its 進捗率 that actual / 目標値. The spec sums 累計 for amounts and is silent
 * on rates; a sum of rates (96% + 97% = 193%) means nothing.
 */
export function isRateUnit(unit: string): boolean {
  const key = matchKey(unit);
  return key === '%' || key === 'パーセント';
}

/**
 * 目標: rows with the same name are one goal; 累計 is the sum of its actuals
 * in the plan years (a rate goal's: its latest actual, see isRateUnit) and 進捗率 = 累計 / 目標値 (it may pass 100%). Where the goal
 * has 年度目標, each year's 達成率 = 実績 / 年度目標, and a blank 目標値 is their sum.
 */
export function goals(data: WorkbookData, years: FiscalYear[]): GoalSummary[] {
  const sheet = data.sheetNames.goals ?? '目標';
  const groups = new Map<string, GoalRow[]>();
  for (const row of data.goals) {
    const key = matchKey(row.goal);
    const list = groups.get(key) ?? [];
    list.push(row);
    groups.set(key, list);
  }
  const { decimals, rounding } = data.settings;
  const out: GoalSummary[] = [];
  for (const rows of groups.values()) {
    const name = rows[0].goal;
    const withTarget = rows.filter((row) => row.target !== null);
    const conflict = withTarget.find((row) => row.target !== withTarget[0].target);
    if (conflict) {
      data.problems.add('error', sheet, a1(conflict.row, conflict.targetColumn), String(conflict.target), 'goalTargetConflict', {
        goal: name,
        first: String(withTarget[0].target),
      });
      continue;
    }
    // Each year's actual and 年度目標: the first row of a year gives them; a second is said and left out.
    const actuals = new Map<FiscalYear, { value: number | null; row: number }>();
    const planned = new Map<FiscalYear, { value: number; row: number }>();
    let places = 0;
    for (const row of rows) {
      if (row.yearlyTarget !== null) {
        const first = planned.get(row.year);
        if (!first) planned.set(row.year, { value: row.yearlyTarget, row: row.row });
        else
          data.problems.add('warning', sheet, a1(row.row, row.yearlyTargetColumn), String(row.yearlyTarget), 'goalYearlyTargetDuplicate', {
            goal: name,
            year: formatFiscalYear(row.year),
            yearEn: `FY${row.year}`,
            first: a1(first.row, row.yearlyTargetColumn),
          });
        places = Math.max(places, decimalsOf(row.yearlyTarget));
      }
      const seen = actuals.get(row.year);
      if (seen) {
        if (row.actual !== null)
          // Said at the second 実績 cell, naming the first (目標!E4, first E3), like every other problem.
          data.problems.add('warning', sheet, a1(row.row, row.actualColumn), String(row.actual), 'goalYearDuplicate', {
            goal: name,
            year: formatFiscalYear(row.year),
            yearEn: `FY${row.year}`,
            first: a1(seen.row, row.actualColumn),
          });
        continue;
      }
      actuals.set(row.year, { value: row.actual, row: row.row });
      if (row.actual !== null) places = Math.max(places, decimalsOf(row.actual));
    }
    // 目標値; where every row leaves it blank, the sum of the 年度目標 (950 + 1,030 + 1,200 + 840 + 1,120 = 5,140).
    let target: number;
    if (withTarget.length > 0) target = withTarget[0].target as number;
    // Only the plan years' 年度目標 count: a row outside the plan is said (yearOutsidePlan) and left out of every sum.
    else if (planned.size > 0) {
      const inPlan = [...planned].filter(([year]) => years.length === 0 || years.includes(year));
      target = inPlan.reduce((sum, [, entry]) => roundTo(sum + entry.value, places), 0);
    } else {
      data.problems.add('error', sheet, a1(rows[0].row, rows[0].targetColumn), '', 'goalTargetMissing', { goal: name });
      continue;
    }
    places = Math.max(places, decimalsOf(target));
    const byYear = years.map((year) => {
      const actual = actuals.get(year)?.value ?? null;
      const yearly = planned.get(year)?.value ?? null;
      // 達成率 of the year = 実績 / 年度目標 (2,085 / 950 = 219.5%); － without either.
      const rate = formatRatio(actual ?? 0, actual === null || yearly === null ? 0 : yearly, decimals, rounding);
      return { year, actual, target: yearly, rate: rate.ratio, rateRounded: rate.rounded, rateText: rate.text };
    });
    const reported = byYear.filter((entry) => entry.actual !== null);
    const unit = rows.find((row) => row.unit !== '')?.unit ?? '';
    // A rate goal (収納率 95%) is a level, not an amount: its 累計 is the latest actual, never a sum of rates.
    const level = isRateUnit(unit);
    const latest = reported[reported.length - 1];
    const cumulative = level ? (latest?.actual ?? 0) : byYear.reduce((sum, entry) => roundTo(sum + (entry.actual ?? 0), places), 0);
    // A goal with no actual yet has no 進捗率 (－), never 0.0%.
    const rate = formatRatio(cumulative, reported.length > 0 ? target : 0, decimals, rounding);
    out.push({
      name,
      unit,
      target,
      byYear,
      cumulative,
      ...(level ? { latestYear: latest?.year ?? null } : {}),
      rate: rate.ratio,
      rateRounded: rate.rounded,
      rateText: rate.text,
    });
  }
  return out;
}
