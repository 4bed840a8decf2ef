/**
 * Japan time, in one place: dates in the workbook are calendar dates in
 * Japan (UTC+9, no daylight saving), and so are "today", build stamps and
 * the digest's month.
 */

/** Japan is UTC+9 all year. */
export const JST_OFFSET_MS = 9 * 3600 * 1000;

/** A moment shifted so that its UTC fields read as Japan's wall clock. */
function shifted(date: Date): Date {
  return new Date(date.getTime() + JST_OFFSET_MS);
}

/** The calendar date in Japan: 2024-06-01. */
export function jstDate(date: Date): string {
  return shifted(date).toISOString().slice(0, 10);
}

/** A build stamp in Japan time: 2024-06-01 09:00. */
export function jstStamp(date: Date): string {
  return shifted(date).toISOString().replace('T', ' ').slice(0, 16);
}

/** The calendar year and month (1-12) of a moment in Japan. */
export function jstMonth(date: Date): { year: number; month: number } {
  const jst = shifted(date);
  return { year: jst.getUTCFullYear(), month: jst.getUTCMonth() + 1 };
}

/** A Japan calendar date (YYYY-MM-DD) as the moment it begins; null when it is not a real date. */
export function parseJstDate(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return new Date(utc - JST_OFFSET_MS);
}
