/**
 * 進捗状況: which project is active in which year, and the counts and 進捗率 per year.
 * Part of the summary (summarize.ts); pure: plain values in, plain values out.
 */
import type { FiscalYear } from '../base/fiscalYear';
import { formatRatio, type Rounding } from '../base/ratio';
import { STATUS_CODES } from '../contract/vocabulary';
import type { WorkbookData } from '../read/read';
import type { ProgressRow } from './progressModel';
import { labelShares, meaningShares, zeroCounts } from './shares';

/**
 * One pass over the activities: which project was active in which plan year
 * (active[p * Y + y]) and the count per year and label (counts[y * L + l]).
 */
export interface ActivityMatrix {
  years: FiscalYear[];
  labels: number;
  active: Uint8Array;
  counts: Int32Array;
}

export function activityMatrix(data: WorkbookData, years: FiscalYear[]): ActivityMatrix {
  const width = years.length;
  const labels = data.vocabulary.progress.terms.length;
  const active = new Uint8Array(data.projects.length * width);
  const counts = new Int32Array(width * labels);
  const first = years[0] ?? 0;
  for (const activity of data.activities) {
    const y = activity.year - first;
    if (y < 0 || y >= width) continue;
    active[activity.project * width + y] = 1;
    counts[y * labels + activity.label] += 1;
  }
  return { years, labels, active, counts };
}

export function activeYearsOf(matrix: ActivityMatrix, project: number): FiscalYear[] {
  const width = matrix.years.length;
  return matrix.years.filter((_, y) => matrix.active[project * width + y] === 1);
}

export function progressRows(data: WorkbookData, matrix: ActivityMatrix, decimals: number, rounding: Rounding): ProgressRow[] {
  const width = matrix.years.length;
  const vocabulary = data.vocabulary.progress;
  return matrix.years.map((year, y) => {
    const labelCounts = matrix.counts.subarray(y * matrix.labels, (y + 1) * matrix.labels);
    const counts = zeroCounts(STATUS_CODES);
    let total = 0;
    let progressing = 0;
    vocabulary.terms.forEach((term, l) => {
      counts[term.meaning] += labelCounts[l];
      total += labelCounts[l];
      if (term.inRate) progressing += labelCounts[l];
    });
    let projects = 0;
    for (let q = 0; q < data.projects.length; q++) projects += matrix.active[q * width + y];
    const rate = formatRatio(progressing, total, decimals, rounding);
    return {
      year,
      projects,
      activities: total,
      counts,
      labels: labelShares(vocabulary, labelCounts, total, decimals, rounding, true),
      progressing,
      rate: rate.ratio,
      rateRounded: rate.rounded,
      rateText: rate.text,
      meanings: meaningShares(vocabulary, labelCounts, total, STATUS_CODES, decimals, rounding),
    };
  });
}
