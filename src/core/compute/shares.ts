/**
 * Counting helpers every computation shares: zero counts, each label's count and share, codes in order.
 * Part of the summary (summarize.ts); pure: plain values in, plain values out.
 */
import { formatRatio, type Rounding } from '../base/ratio';
import type { Vocabulary } from '../contract/vocabulary';
import type { LabelShare } from './model';

export function zeroCounts<C extends string>(codes: readonly C[]): Record<C, number> {
  const counts = {} as Record<C, number>;
  for (const code of codes) counts[code] = 0;
  return counts;
}

/** Every label's count and share of a total, in the vocabulary's order. */
export function labelShares<M extends string>(
  vocabulary: Vocabulary<M>,
  counts: ArrayLike<number>,
  total: number,
  decimals: number,
  rounding: Rounding,
  withRate: boolean,
): LabelShare[] {
  return vocabulary.terms.map((term, index) => {
    const share = formatRatio(counts[index], total, decimals, rounding);
    const head = withRate ? { label: term.label, meaning: term.meaning, inRate: term.inRate } : { label: term.label, meaning: term.meaning };
    return { ...head, count: counts[index], share: share.ratio, shareRounded: share.rounded, shareText: share.text };
  });
}

/** Codes are compared as plain strings: fast and the same in every locale. */
export function byCode(a: { code: string }, b: { code: string }): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}
