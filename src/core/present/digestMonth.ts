/**
 * The digest's month (YYYY-MM): parsed, keyed, and its fiscal year.
 */
import { type FiscalYear, fiscalYearOfMonth } from '../base/fiscalYear';
import { jstMonth } from '../base/jst';

export interface MonthRef {
  year: number;
  month: number;
}

export function parseMonth(text: string): MonthRef | null {
  const match = /^(\d{4})-(\d{1,2})$/.exec(text.trim());
  if (!match) return null;
  const month = Number(match[2]);
  const year = Number(match[1]);
  // Fiscal years are read from 1926 (昭和) to 2200: a month outside is a typo, not a plan.
  return month >= 1 && month <= 12 && year >= 1926 && year <= 2200 ? { year, month } : null;
}

export function monthKey(month: MonthRef): string {
  return `${month.year}-${String(month.month).padStart(2, '0')}`;
}

/** The calendar month of a moment in Japan time. */
export function monthOf(date: Date): MonthRef {
  return jstMonth(date);
}

/**
 * The last day of the month (YYYY-MM-DD), the date the digest speaks of: its years are named in the era in force
 * then (workbook.md "Era names") — 2019-04 ends on 2019-04-30, still 平成 (FY2019 = 平成31年度); 2019-05 under 令和.
 */
export function monthEndDate(month: MonthRef): string {
  // Day 0 of the next month is this month's last day (UTC, a calendar date with no time zone in it).
  const last = new Date(Date.UTC(month.year, month.month, 0)).getUTCDate();
  return `${month.year}-${String(month.month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

/** 令和6年3月 belongs to 令和5年度: the fiscal year starts in April. */
export function digestFiscalYear(month: MonthRef): FiscalYear {
  return fiscalYearOfMonth(month.year, month.month);
}
