/**
 * The round's calendar: a deadline as typed, the year against the plan's years, a deadline already past,
 * and which mail a day of the round calls for. Split from requests.ts (#24): one job, no behaviour change.
 */
import type { FiscalYear } from '../base/fiscalYear';
import { parseJstDate } from '../base/jst';
import { planYears } from '../compute/planYears';
import type { WorkbookData } from '../read/read';

/** A deadline typed by a person: a real date YYYY-MM-DD; null otherwise. */
export function parseDue(text: string): string | null {
  const trimmed = text.trim();
  return parseJstDate(trimmed) ? trimmed : null;
}

/** The plan's years when `year` lies outside them (planYears: 設定's, or derived from the rows); null when inside or unknown. */
export function yearOutsidePlan(data: WorkbookData, year: FiscalYear): { start: FiscalYear; end: FiscalYear } | null {
  const { start, end } = planYears(data);
  if (start === null || end === null) return null;
  return year < start || year > end ? { start, end } : null;
}

/** Whether a deadline (YYYY-MM-DD) is already past on `today` (Japan's calendar date): a round may not open with it. */
export function duePassed(due: string, today: string): boolean {
  return due < today;
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
