/**
 * Plan years: from 設定, or derived from the activities within a window.
 * Part of the summary (summarize.ts); pure: plain values in, plain values out.
 */
import { type FiscalYear, formatFiscalYear } from '../base/fiscalYear';
import type { WorkbookData } from '../read/read';

/** A plan derived from the data spans at most this many years: a stray 2042 must not stretch it. */
export const DERIVED_PLAN_WINDOW = 10;

/**
 * Plan years: the 設定 sheet's; where it gives none, the activities' years (without activities, the targets'),
 * within a window of DERIVED_PLAN_WINDOW years holding the most activities
 * (the rest are then outside the plan, each reported). Always said at 設定.
 */
export function planYears(data: WorkbookData): { start: FiscalYear | null; end: FiscalYear | null } {
  let start = data.settings.startYear ?? null;
  let end = data.settings.endYear ?? null;
  if (start !== null && end !== null) return { start, end };
  // What 設定 lacks, as the note says it: one end, or both.
  const missing = start !== null ? 'end' : end !== null ? 'start' : 'both';
  const perYear = new Map<FiscalYear, number>();
  for (const activity of data.activities) perYear.set(activity.year, (perYear.get(activity.year) ?? 0) + 1);
  // A plan without activities (取組活動 is optional where 達成事項 has rows): its targets' years, the ends of each
  // target-year range (an open 「…以降」 range has its start only).
  const source = perYear.size === 0 && data.targets.length > 0 ? 'targets' : 'activities';
  if (source === 'targets') {
    for (const target of data.targets) {
      const ends = target.years.open || target.years.first === target.years.last ? [target.years.first] : [target.years.first, target.years.last];
      for (const year of ends) perYear.set(year, (perYear.get(year) ?? 0) + 1);
    }
  }
  if (perYear.size === 0) return { start, end };
  const years = [...perYear.keys()].sort((a, b) => a - b);
  // Where one end is set, the window runs from (or to) it; otherwise the busiest window wins.
  let best = { first: years[0], count: -1 };
  for (const first of start !== null ? [start] : end !== null ? [end - DERIVED_PLAN_WINDOW + 1] : years) {
    let count = 0;
    for (const [year, n] of perYear) if (year >= first && year < first + DERIVED_PLAN_WINDOW) count += n;
    if (count > best.count) best = { first, count };
  }
  const inWindow = years.filter((year) => year >= best.first && year < best.first + DERIVED_PLAN_WINDOW);
  if (inWindow.length === 0) {
    // One end is given and no activity lies within the window from it: no plan years, said at 設定.
    const given = (start ?? end) as FiscalYear;
    const first = years[0];
    const last = years[years.length - 1];
    data.problems.add('warning', data.sheetNames.settings ?? '設定', 'A1', String(given), 'planYearsUnknown', {
      missing,
      given: formatFiscalYear(given),
      givenEn: `FY${given}`,
      first: formatFiscalYear(first),
      last: formatFiscalYear(last),
      firstEn: `FY${first}`,
      lastEn: `FY${last}`,
      window: DERIVED_PLAN_WINDOW,
      source,
    });
    return { start, end };
  }
  if (start === null) start = inWindow[0];
  if (end === null) end = inWindow[inWindow.length - 1];
  const stray = years.length - inWindow.length;
  data.problems.add(stray > 0 ? 'warning' : 'info', data.sheetNames.settings ?? '設定', 'A1', `${start}-${end}`, 'planYearsDerived', {
    start: formatFiscalYear(start),
    end: formatFiscalYear(end),
    startEn: `FY${start}`,
    endEn: `FY${end}`,
    stray,
    window: DERIVED_PLAN_WINDOW,
    missing,
    source,
  });
  return { start, end };
}
