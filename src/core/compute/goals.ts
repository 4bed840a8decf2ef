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
import type { GoalSummary } from './model';

/**
 * 目標: rows with the same name are one goal; 累計 is the sum of its actuals
 * in the plan years and 進捗率 = 累計 / 目標値 (it may pass 100%).
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
    if (withTarget.length === 0) {
      data.problems.add('error', sheet, a1(rows[0].row, rows[0].targetColumn), '', 'goalTargetMissing', { goal: name });
      continue;
    }
    const target = withTarget[0].target as number;
    const actuals = new Map<FiscalYear, { value: number | null; row: number }>();
    let places = decimalsOf(target);
    for (const row of rows) {
      const seen = actuals.get(row.year);
      if (seen) {
        if (row.actual !== null)
          data.problems.add('warning', sheet, `${row.row + 1}:${row.row + 1}`, String(row.actual), 'goalYearDuplicate', {
            goal: name,
            year: formatFiscalYear(row.year),
            yearEn: `FY${row.year}`,
            first: `${seen.row + 1}:${seen.row + 1}`,
          });
        continue;
      }
      actuals.set(row.year, { value: row.actual, row: row.row });
      if (row.actual !== null) places = Math.max(places, decimalsOf(row.actual));
    }
    const byYear = years.map((year) => ({ year, actual: actuals.get(year)?.value ?? null }));
    const cumulative = byYear.reduce((sum, entry) => roundTo(sum + (entry.actual ?? 0), places), 0);
    const rate = formatRatio(cumulative, target, decimals, rounding);
    out.push({
      name,
      unit: rows.find((row) => row.unit !== '')?.unit ?? '',
      target,
      byYear,
      cumulative,
      rate: rate.ratio,
      rateRounded: rate.rounded,
      rateText: rate.text,
    });
  }
  return out;
}
