/**
 * The round's calendar: a deadline as typed, the year against the plan's years, a deadline already past,
 * and which mail a day of the round calls for. Split from requests.ts (#24): one job, no behaviour change.
 */
import { type FiscalYear, fiscalYearDays, fiscalYearOfDate } from '../base/fiscalYear';
import { parseJstDate } from '../base/jst';
import { planYears } from '../compute/planYears';
import type { WorkbookData } from '../read/read';
import type { RoundPlan } from './requests';

/** A deadline typed by a person: a real date YYYY-MM-DD; null otherwise. */
export function parseDue(text: string): string | null {
  const trimmed = text.trim();
  return parseJstDate(trimmed) ? trimmed : null;
}

/**
 * The plan's years when `year` lies outside them (planYears: 設定's, or derived from the rows); null when inside or
 * unknown. Derived from the rows, the period counts only the rows read, and a row whose 進捗状況 is still blank is
 * not read: the very year a round asks about would fall outside it. So where 設定 does not give both years, a year
 * the round has cells to ask for is the plan's (r27g's report: `round status --year 2026` was refused).
 */
export function yearOutsidePlan(data: WorkbookData, year: FiscalYear, plan: RoundPlan): { start: FiscalYear; end: FiscalYear } | null {
  const { start, end } = planYears(data);
  if (start === null || end === null) return null;
  const fromSettings = data.settings.startYear !== undefined && data.settings.endYear !== undefined;
  if (!fromSettings && plan.departments.some((d) => d.rows.length > 0)) return null;
  return year < start || year > end ? { start, end } : null;
}

/** Whether a deadline (YYYY-MM-DD) is already past on `today` (Japan's calendar date): a round may not open with it. */
export function duePassed(due: string, today: string): boolean {
  return due < today;
}

/**
 * A deadline against the fiscal year the round asks about (r27f F4). The round asks for the year's work and
 * results, so an office sends it after the year closes (for FY2024, after 2025-03-31, usually in April to June
 * 2025): a deadline before the year even begins is refused ('beforeYear'); one before the year ends is said
 * ('beforeYearEnd': a mid-year round is possible, but more often the year was mistyped); one on the year's last day
 * is not before it ends ('onYearEnd', r27h 9: 2028-03-31 for FY2027); null after the year ends.
 * One rule for the command line's split and the add-on's opening.
 */
export function dueAgainstYear(due: string, year: FiscalYear): 'beforeYear' | 'beforeYearEnd' | 'onYearEnd' | null {
  const date = parseJstDate(due);
  const dueYear = date ? fiscalYearOfDate(date) : null;
  if (dueYear === null) return null;
  if (dueYear < year) return 'beforeYear';
  if (due === fiscalYearDays(year).end) return 'onYearEnd';
  return dueYear === year ? 'beforeYearEnd' : null;
}

/**
 * The mail a day of the round calls for: the reminder N days before the deadline (remind), on the day itself
 * (due), after it (late: the deadline is said to be past, never "today"); null before the reminders begin.
 */
export function reminderKind(due: string, remindDays: number, today: string): 'remind' | 'due' | 'late' | null {
  if (today > due) return 'late';
  if (today === due) return 'due';
  const first = new Date(`${due}T00:00:00Z`);
  first.setUTCDate(first.getUTCDate() - remindDays);
  return today >= first.toISOString().slice(0, 10) ? 'remind' : null;
}
