/**
 * Counting helpers every computation shares: zero counts, each label's count and share, codes in order.
 * Part of the summary (summarize.ts); pure: plain values in, plain values out.
 */
import { formatRatio, type Rounding } from '../base/ratio';
import type { Vocabulary } from '../contract/vocabulary';
import type { LabelShare, MeaningShare, Share } from './tableModel';

export function zeroCounts<C extends string>(codes: readonly C[]): Record<C, number> {
  const counts = {} as Record<C, number>;
  for (const code of codes) counts[code] = 0;
  return counts;
}

/** A count's share of a total; null and '－' when it stands outside the total (未確定) or the total is 0. */
export function shareOf(count: number, total: number, decimals: number, rounding: Rounding, outside = false): Share {
  const share = outside ? formatRatio(count, 0, decimals, rounding) : formatRatio(count, total, decimals, rounding);
  return { count, share: share.ratio, shareRounded: share.rounded, shareText: share.text };
}

/**
 * Every label's count and share of a total, in the vocabulary's order. `outside`: meanings whose labels are
 * counted but stand outside the total (未確定): their share is null and '－'.
 */
export function labelShares<M extends string>(
  vocabulary: Vocabulary<M>,
  counts: ArrayLike<number>,
  total: number,
  decimals: number,
  rounding: Rounding,
  withRate: boolean,
  outside: (meaning: M) => boolean = () => false,
): LabelShare[] {
  return vocabulary.terms.map((term, index) => {
    const share = formatRatio(counts[index], outside(term.meaning) ? 0 : total, decimals, rounding);
    const head = withRate ? { label: term.label, meaning: term.meaning, inRate: term.inRate } : { label: term.label, meaning: term.meaning };
    return { ...head, count: counts[index], share: share.ratio, shareRounded: share.rounded, shareText: share.text };
  });
}

/**
 * The meanings' totals of a table: one per meaning (in `order`) that a label of the vocabulary carries,
 * its labels and their counts added together, and its share of the total (達成 計 47 87%).
 */
export function meaningShares<M extends string>(
  vocabulary: Vocabulary<M>,
  counts: ArrayLike<number>,
  total: number,
  order: readonly M[],
  decimals: number,
  rounding: Rounding,
  outside: (meaning: M) => boolean = () => false,
): MeaningShare[] {
  const out: MeaningShare[] = [];
  for (const meaning of order) {
    const labels: string[] = [];
    let count = 0;
    vocabulary.terms.forEach((term, index) => {
      if (term.meaning !== meaning) return;
      labels.push(term.label);
      count += counts[index];
    });
    if (labels.length === 0) continue;
    out.push({ meaning, labels, ...shareOf(count, total, decimals, rounding, outside(meaning)) });
  }
  return out;
}

/** Codes are compared as plain strings: fast and the same in every locale. */
export function byCode(a: { code: string }, b: { code: string }): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}
