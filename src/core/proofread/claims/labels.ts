/**
 * A label's figures in the draft: which label (or labels named together) a
 * number is of, its count or share, and the total of a meaning several labels share.
 */
import type { FiscalYear } from '../../base/fiscalYear';
import type { ResultCode } from '../../contract/vocabulary';
import { RESULT_MEANINGS } from '../../contract/vocabulary';
import type { Term } from '../claimNames';
import { COUNT_UNIT, JOINED, outOf, RATE_WORDS, sentenceAround, TARGET_WORDS } from '../claimWords';
import type { ClaimsContext, NumberContext } from './context';

/** What follows a label said to be counted in with another (「Bを含めた」「Bを含む」「Bを加えた」「Bと合わせた」). */
const INCLUDED = /^(?:を含め|を含む|を加え|と合わせ)/;

/** The label a count or share is of: the nearest in its clause with no other count between, and the labels named together with it. */
export function labelOf(n: Omit<NumberContext, 'term' | 'group'>): { term: Term | undefined; group: Term[] } {
  const { text, token, tokens, tokenIndex, clause, clauseText, cellInfo, labelHere, nonSpaceAt } = n;
  const flatStart = (offset: number) => nonSpaceAt(offset) - nonSpaceAt(clause.start);
  const here = flatStart(token.start);
  // A share in brackets right after its count (「やや遅れ気味⇒5（55.5%）」「1の個別計画（11.1%）」): the count is no other
  // figure between the share and its label — the share is of what the count is of.
  const previous = tokens[tokenIndex - 1];
  const ownCount =
    token.unit === '%' && previous !== undefined && previous.unit !== '%' && /^\s*[(（]\s*$/.test(text.slice(previous.end, token.start)) ? previous : undefined;
  const between = (x: { start: number }) =>
    tokens.some(
      (t) =>
        t !== token &&
        t !== ownCount &&
        t.unit !== '%' &&
        t.start >= clause.start &&
        t.end <= clause.end &&
        ((flatStart(t.start) > x.start && flatStart(t.start) < here) || (flatStart(t.start) < x.start && flatStart(t.start) > here)),
    );
  const inClause = cellInfo ? labelHere : labelHere.filter((x) => !between(x));
  const nearest = inClause.length > 0 ? inClause.reduce((best, x) => (Math.abs(x.start - here) < Math.abs(best.start - here) ? x : best)) : undefined;
  const term = nearest?.term;
  // Labels named together (「完了及び順調のものは43件」): the number is their sum.
  const group: Term[] = [];
  if (nearest && term && !cellInfo) {
    const flat = clauseText.replace(/\s/g, '');
    const sorted = [...inClause].sort((a, b) => a.start - b.start);
    let k = sorted.indexOf(nearest);
    let lo = k;
    while (lo > 0 && JOINED.test(flat.slice(sorted[lo - 1].end, sorted[lo].start)) && sorted[lo - 1].term.kind === term.kind) lo--;
    k = sorted.indexOf(nearest);
    let hi = k;
    while (hi < sorted.length - 1 && JOINED.test(flat.slice(sorted[hi].end, sorted[hi + 1].start)) && sorted[hi + 1].term.kind === term.kind) hi++;
    for (let j = lo; j <= hi; j++) if (!group.includes(sorted[j].term)) group.push(sorted[j].term);
    // A label said to be included (「…が計画どおり実施済（ほぼ計画どおりを含めた実施率は44.4%）」): the figure is of it together
    // with the label named before it in the clause, the one the sentence is about.
    if (lo === k && INCLUDED.test(flat.slice(nearest.end)) && k > 0 && sorted[k - 1].term.kind === term.kind && !group.includes(sorted[k - 1].term))
      group.unshift(sorted[k - 1].term);
  }
  if (term && group.length === 0) group.push(term);
  return { term, group };
}

/** A label's count or share (or the sum of labels named together). True when it was checked. */
export function readLabelCount(ctx: ClaimsContext, n: NumberContext): boolean {
  const { placed, percent, same, progressRow, find, asOfYear } = ctx;
  const { lineNo, token, stated, isPercent, clauseText, cellInfo, year, through, results, resultRowOf, term, group } = n;
  const countOf = (labels: { count: number }[]) => group.reduce((t, g) => t + labels[g.index].count, 0);
  if (
    term &&
    (isPercent || /^(?:事業|項目|件|細目|)$/.test(token.unit)) &&
    (isPercent || cellInfo || !outOf(n.text, token)) &&
    !(isPercent && TARGET_WORDS.test(clauseText)) &&
    !(isPercent && RATE_WORDS.test(clauseText) && term.kind === 'progress' && !cellInfo)
  ) {
    const useYear = term.kind === 'progress' ? (year !== null && progressRow(year) ? year : (asOfYear ?? null)) : year;
    // What a result's share is divided by: the plan's denominator (設定 達成率の分母: the evaluated, or 全事項 with the
    // unevaluated) — or the count the sentence says it is out of before it (「評価した5件のうち、達成は3件（60.0%）」), where that
    // count is the row's evaluated or its denominator.
    const statedOutOf = n.tokens.filter(
      (t) => t.end <= token.start && t.start >= n.text.lastIndexOf('。', token.start - 1) + 1 && t.unit !== '%' && outOf(n.text, t),
    );
    const shareOf = (r: { evaluated: number; denominatorCount: number }) => {
      const said = statedOutOf.map((t) => t.value).find((v) => v === r.evaluated || v === r.denominatorCount);
      return said ?? r.denominatorCount;
    };
    const counts: { value: number; text: string }[] = [];
    if (term.kind === 'progress') {
      const p = useYear === null ? undefined : progressRow(useYear);
      if (p) counts.push(isPercent ? percent(countOf(p.labels), p.activities, token.decimals) : { value: countOf(p.labels), text: String(countOf(p.labels)) });
    } else {
      const a = results;
      // 「平成19年度までに…そのうち136細目を実施」: the targets due up to that year.
      const upTo = (y: FiscalYear) => {
        const due = a.byYear.filter((r) => r.year <= y);
        return {
          evaluated: due.reduce((t, r) => t + r.evaluated, 0),
          denominatorCount: due.reduce((t, r) => t + r.denominatorCount, 0),
          labels: a.labels.map((_, k) => ({ count: due.reduce((t, r) => t + r.labels[k].count, 0) })),
        };
      };
      // A year named in the sentence (「令和4年度は、1の個別計画（11.1%）が計画どおり実施済」) that has no targets due, the figure
      // that of exactly one other year: the year is what is wrong, said once for the sentence.
      const named = cellInfo ? null : (n.explicitYear ?? n.topicYear);
      const namedRow = named ? a.byYear.find((r) => r.year === named.year) : undefined;
      if (named && through === null && !named.through && !named.from && (namedRow === undefined || namedRow.evaluated + namedRow.undetermined === 0)) {
        const figureOf = (r: { evaluated: number; denominatorCount: number; labels: { count: number }[] }) =>
          isPercent ? percent(countOf(r.labels), shareOf(r), token.decimals).value : countOf(r.labels);
        if (ctx.wrongYear(n, named, a.byYear, (r) => r.evaluated > 0 && same(figureOf(r), token.value))) return true;
      }
      const rows =
        through !== null
          ? [upTo(through)]
          : [
              ...(year !== null && resultRowOf(year) ? [resultRowOf(year)] : []),
              { evaluated: a.evaluated, denominatorCount: a.denominatorCount, labels: a.labels },
            ];
      for (const r of rows)
        if (r && (r.evaluated > 0 || (cellInfo && !isPercent)))
          counts.push(isPercent ? percent(countOf(r.labels), shareOf(r), token.decimals) : { value: countOf(r.labels), text: String(countOf(r.labels)) });
    }
    if (counts.length > 0) {
      // (A perspective's figure says so: 「(視点) 達成 割合」 is read by its perspective, more specifically than a layout's.)
      const of = term.kind === 'result' && n.perspectiveRow ? `${n.perspectiveRow.name} ` : '';
      const label = `${of}${group.map((t) => t.label).join('+')}${isPercent ? ' 割合' : ''}`;
      if (counts.some((c) => same(c.value, token.value))) placed.push({ line: lineNo, stated, label });
      else {
        if (!isPercent) ctx.planValueOf.set(`${lineNo}|${stated}`, counts[0].value);
        find(lineNo, stated, `${counts[0].text}${isPercent ? '' : token.unit}`, label);
      }
      return true;
    }
  }
  return false;
}

/** A meaning shared by several labels (「目標を達成」した事業数は47事業、…（87%）): the meaning's total. True when it was checked. */
export function readMeaningTotal(ctx: ClaimsContext, n: NumberContext): boolean {
  const { summary, lines, terms, percent, check } = ctx;
  const { i, lineNo, token, stated, isPercent, clauseText, term } = n;
  // A meaning shared by several labels (「目標を達成」した事業数は47事業、…（87%）): the meaning's total.
  if (!term && (isPercent || COUNT_UNIT.test(token.unit)) && !outOf(n.text, token)) {
    const sentence = sentenceAround(lines, i);
    const meanings = [...new Set(terms.filter((t) => t.kind === 'result').map((t) => t.meaning))].filter(
      (m) => terms.filter((t) => t.kind === 'result' && t.meaning === m).length >= 2,
    );
    const meaning = meanings.find((m) => {
      const word = RESULT_MEANINGS[m as ResultCode]?.ja ?? m;
      return sentence.includes(`目標を${word}`) || sentence.includes(`${word}した`);
    });
    if (meaning && summary.achievement.evaluated > 0) {
      const total = summary.achievement.labels.filter((l) => l.meaning === meaning).reduce((s, l) => s + l.count, 0);
      const expected = isPercent ? percent(total, summary.achievement.denominatorCount, token.decimals) : { value: total, text: `${total}${token.unit}` };
      if (!isPercent || /全体|割合|占め/.test(clauseText)) {
        check(lineNo, stated, token.value, expected.value, expected.text, `${meaning} 計`);
        return true;
      }
    }
  }
  return false;
}
