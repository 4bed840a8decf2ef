/**
 * Indicators (指標): numeric goals per target and year. A target with
 * indicators gets a computed result — every judged year met → 達成, none →
 * 未達成, some → 一部未達成 — and a typed result that disagrees is a warning.
 */
import type { FiscalYear } from '../base/fiscalYear';
import { matchKey } from '../base/text';
import type { ResultCode } from './vocabulary';

export type Rule = 'atLeast' | 'atMost' | 'greater' | 'less' | 'equal';

const RULES: Record<string, Rule> = {
  以上: 'atLeast',
  '>=': 'atLeast',
  '≧': 'atLeast',
  '≥': 'atLeast',
  atleast: 'atLeast',
  以下: 'atMost',
  以内: 'atMost',
  '<=': 'atMost',
  '≦': 'atMost',
  '≤': 'atMost',
  atmost: 'atMost',
  超: 'greater',
  超える: 'greater',
  上回る: 'greater',
  より大きい: 'greater',
  '>': 'greater',
  greater: 'greater',
  未満: 'less',
  下回る: 'less',
  '<': 'less',
  less: 'less',
  等しい: 'equal',
  '=': 'equal',
  '＝': 'equal',
  equal: 'equal',
};

/** Reads a 判定 cell; blank means 以上 (the usual "…以上とします"). */
export function parseRule(text: string): Rule | null {
  const key = matchKey(text);
  if (key === '') return 'atLeast';
  return RULES[key] ?? null;
}

export function meets(actual: number, goal: number, rule: Rule): boolean {
  switch (rule) {
    case 'atLeast':
      return actual >= goal;
    case 'atMost':
      return actual <= goal;
    case 'greater':
      return actual > goal;
    case 'less':
      return actual < goal;
    case 'equal':
      return actual === goal;
  }
}

/** 達成 when every judged measurement is met, 未達成 when none is, 一部未達成 otherwise; null when nothing is judged. */
export function judge(results: boolean[]): ResultCode | null {
  if (results.length === 0) return null;
  const met = results.filter(Boolean).length;
  if (met === results.length) return 'achieved';
  if (met === 0) return 'notAchieved';
  return 'partial';
}

export interface Indicator {
  code: string;
  /** Index of the target in WorkbookData.targets. */
  target: number;
  name: string;
  year: FiscalYear;
  goal: number;
  actual: number | null;
  rule: Rule;
  unit: string;
  row: number;
}

/** Judged measurements (actual entered, year reached) for each target index. */
export function computedResults(indicators: Indicator[], currentYear?: FiscalYear): Map<number, { result: ResultCode; judged: number; met: number }> {
  const byTarget = new Map<number, boolean[]>();
  for (const indicator of indicators) {
    if (indicator.actual === null) continue;
    if (currentYear !== undefined && indicator.year > currentYear) continue;
    const list = byTarget.get(indicator.target) ?? [];
    list.push(meets(indicator.actual, indicator.goal, indicator.rule));
    byTarget.set(indicator.target, list);
  }
  const out = new Map<number, { result: ResultCode; judged: number; met: number }>();
  for (const [target, list] of byTarget) {
    const result = judge(list);
    if (result) out.set(target, { result, judged: list.length, met: list.filter(Boolean).length });
  }
  return out;
}
