/**
 * What is not a figure of the plan though it looks like one: a number under an earlier
 * state, a forecast, a revised figure, a difference between two; and a change from
 * the year before (▲, 増減), checked where it is a progress label's.
 */
import { DIFFERENCE_AFTER, measureOf } from '../claimWords';
import type { ClaimsContext, NumberContext } from './context';

/** A number before any figure is looked for: under an earlier state, a forecast, a revised figure or a difference between two — not placed. True when it was said. */
export function readDifference(ctx: ClaimsContext, n: NumberContext): boolean {
  const { notPlaced } = ctx;
  const { lineNo, text, token, stated, isPercent, clause, cellInfo, rowLabel, header, scope, explicitYear, lead, goal, earlierState, amountLike } = n;
  if (earlierState && !explicitYear) {
    notPlaced.push({ line: lineNo, stated, reason: 'earlierState' });
    return true;
  }
  // A forecast, a revised figure or a difference between two (見込み, 実績反映後, 差額): not a figure the summary has.
  if (amountLike && (/差額|マイナス/.test(`${rowLabel}`) || (!cellInfo && /差額/.test(scope)))) {
    notPlaced.push({ line: lineNo, stated, reason: 'difference' });
    return true;
  }
  // 「実績額が計画額を3,090万円上回り」「4,920万円の効果額の増」: by how much one figure exceeds another.
  if (amountLike && !cellInfo && DIFFERENCE_AFTER.test(text.slice(token.end, clause.end))) {
    notPlaced.push({ line: lineNo, stated, reason: 'difference' });
    return true;
  }
  // A column of differences (差 b−a, 増減) or a sentence's 「差」 just before the number: not a figure the summary has.
  if (goal && measureOf(cellInfo ? header : lead) === 'difference' && !isPercent) {
    notPlaced.push({ line: lineNo, stated, reason: 'difference' });
    return true;
  }
  if (amountLike && /見込|反映後|見直し後|改定後|修正後/.test(cellInfo ? rowLabel : scope)) {
    notPlaced.push({ line: lineNo, stated, reason: 'forecast' });
    return true;
  }
  return false;
}

/** A negative number or one under 増減: a progress label's change from the year before, else a difference not placed. True when it was said. */
export function readChange(ctx: ClaimsContext, n: NumberContext): boolean {
  const { summary, placed, notPlaced, progressRow, find } = ctx;
  const { lineNo, token, stated, cellInfo, header, year, labelHere, goal, lead } = n;
  // (A goal's target or actual below its measure's word — 「目標額」 over 「-400万円」 — is a figure, negative as it may be.)
  const goalFigure = goal !== undefined && !cellInfo && (measureOf(lead) === 'target' || measureOf(lead) === 'actual');
  if ((token.negative && !goalFigure) || /増減/.test(header)) {
    const term = labelHere[0]?.term;
    if (term?.kind === 'progress' && year !== null && cellInfo && cellInfo.row.cells.length === 3) {
      const now = progressRow(year)?.labels[term.index].count;
      const before = summary.progress.find((p) => p.year === year - 1)?.labels[term.index].count;
      if (now !== undefined && before !== undefined) {
        const diff = now - before;
        const value = token.negative ? -token.value : token.value;
        if (diff !== value) find(lineNo, stated, diff < 0 ? `▲${-diff}` : String(diff), `${term.label} 増減`);
        else placed.push({ line: lineNo, stated, label: `${term.label} 増減` });
        return true;
      }
    }
    notPlaced.push({ line: lineNo, stated, reason: 'difference' });
    return true;
  }
  return false;
}
