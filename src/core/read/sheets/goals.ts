/**
 * The 目標 sheet: headline goals, one row per goal and year.
 */
import { cellText } from '../../base/cells';
import { amountUnitPattern, decimalsOf, parseNumber } from '../../base/numbers';
import { cleanText, matchKey } from '../../base/text';
import type { MoneyUnit } from '../../contract/settings';
import { keepSummable, readYear } from '../fields';
import type { GoalRow } from '../records';
import { ref, type SheetReader } from '../sheetReader';

/** The 目標 sheet: headline goals, one row per goal and year. */
export function readGoals(reader: SheetReader, unit: MoneyUnit): GoalRow[] {
  const goals: GoalRow[] = [];
  const unitPattern = amountUnitPattern(unit);
  for (const { index, row } of reader.dataRows()) {
    const goalCell = reader.required(row, index, 'goal');
    const yearCell = reader.required(row, index, 'year');
    const goal = goalCell ? reader.text(goalCell, 'goal') : null;
    const year = yearCell ? readYear(reader, yearCell) : null;
    const number = (key: string): number | null | undefined => {
      const cell = reader.optional(row, index, key);
      if (!cell) return null;
      const parsed = parseNumber(cell.value, unitPattern);
      if (parsed.ok) return parsed.value;
      reader.refuseNumber(cell, key, parsed);
      return undefined;
    };
    const target = number('target');
    const actual = number('actual');
    // 年度目標 is optional and an amount: one that cannot be read, or is negative ("negative amounts are errors"),
    // is an error at its cell and left out of the goal's target; the row's 実績 (valid on its own) is kept.
    let yearlyTarget = number('yearlyTarget');
    if (yearlyTarget === undefined) yearlyTarget = null;
    else if (yearlyTarget !== null && yearlyTarget < 0) {
      const cell = reader.optional(row, index, 'yearlyTarget');
      const spec = reader.columnSpec('yearlyTarget');
      if (cell) reader.problems.add('error', reader.sheet.name, ref(cell), cellText(cell.value), 'numberNegative', { column: spec.ja, columnEn: spec.en });
      yearlyTarget = null;
    }
    // A target of 0 leaves the rate against it undefined (nothing to divide by): said, and the rate printed －, never a ratio of 0.
    for (const key of ['target', 'yearlyTarget'] as const) {
      const value = key === 'target' ? target : yearlyTarget;
      const cell = reader.optional(row, index, key);
      if (value === 0 && cell) {
        const spec = reader.columnSpec(key);
        reader.problems.add('warning', reader.sheet.name, ref(cell), cellText(cell.value), 'goalTargetZero', {
          goal: goal ?? '',
          column: spec.ja,
          columnEn: spec.en,
        });
      }
    }
    const unitCell = reader.optional(row, index, 'unit');
    if (goal === null || year === null || target === undefined || actual === undefined) continue;
    goals.push({
      goal,
      target,
      unit: unitCell ? cleanText(cellText(unitCell.value)) : '',
      year,
      actual,
      yearlyTarget,
      row: index,
      yearColumn: reader.columns.get('year') ?? 0,
      targetColumn: reader.columns.get('target') ?? 0,
      actualColumn: reader.columns.get('actual') ?? -1,
      yearlyTargetColumn: reader.columns.get('yearlyTarget') ?? -1,
    });
  }
  // 累計 sums a goal's actuals (summarize.ts goals), kept to the places its 目標値 and 実績 carry: an actual that
  // would take the sum of their sizes beyond the limit is left out (its year then reads as not reported).
  const groups = new Map<string, GoalRow[]>();
  for (const row of goals) {
    const key = matchKey(row.goal);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  for (const rows of groups.values()) {
    const decimals = rows.reduce((most, row) => Math.max(most, decimalsOf(row.target ?? 0), decimalsOf(row.actual ?? 0), decimalsOf(row.yearlyTarget ?? 0)), 0);
    const reported = rows.filter((row) => row.actual !== null);
    const kept = new Set(
      keepSummable(reader, reported, 'actual', (row) => Math.abs(row.actual ?? 0), decimals, {
        ja: `目標「${rows[0].goal}」の実績`,
        en: `the actuals of goal "${rows[0].goal}"`,
      }),
    );
    for (const row of reported) if (!kept.has(row)) row.actual = null;
    // A blank 目標値 is the sum of the yearly targets: kept summable by the same rule.
    const planned = rows.filter((row) => row.yearlyTarget !== null);
    const keptTargets = new Set(
      keepSummable(reader, planned, 'yearlyTarget', (row) => Math.abs(row.yearlyTarget ?? 0), decimals, {
        ja: `目標「${rows[0].goal}」の年度目標`,
        en: `the yearly targets of goal "${rows[0].goal}"`,
      }),
    );
    for (const row of planned) if (!keptTargets.has(row)) row.yearlyTarget = null;
  }
  return goals;
}
