/**
 * Rates in the draft: the activities' 進捗率 (or 実施率 / 達成率 where a progress label
 * is called 達成), and a rate named by a result label's words (完了率 of 「完了」).
 */
import type { Term } from '../claimNames';
import { RATE_WORDS, TARGET_WORDS } from '../claimWords';
import type { ClaimsContext, NumberContext } from './context';

/** A rate (進捗率 / 実施率 / 達成率) of the activities, or one named by a result label's words. True when it was checked. */
export function readRate(ctx: ClaimsContext, n: NumberContext): boolean {
  const { terms, percent, progressRow, asOfYear, check } = ctx;
  const { lineNo, token, stated, isPercent, clauseText, cellInfo, header, explicitYear, clauseYears, year, through, results, resultRowOf, term } = n;
  // ---- A rate (進捗率 / 実施率 / 達成率) of the activities ----
  // 達成率 is the activities' rate only where a progress label is called 達成 (多摩市); elsewhere it is the achievement's.
  const rateWord = RATE_WORDS.exec(clauseText)?.[0];
  const activitiesRate = rateWord !== undefined && (rateWord !== '達成率' || terms.some((t) => t.kind === 'progress' && t.label === '達成'));
  const unreadYear = /\d年度/.test(clauseText) && clauseYears.length === 0;
  if (isPercent && activitiesRate && !unreadYear && !TARGET_WORDS.test(clauseText) && !/目標/.test(clauseText)) {
    const useYear = year !== null && progressRow(year) ? year : asOfYear;
    const p = useYear === null ? undefined : progressRow(useYear);
    if (p) {
      const expected = percent(p.progressing, p.activities, token.decimals);
      check(lineNo, stated, token.value, expected.value, expected.text, '進捗率');
      return true;
    }
  }
  // ---- A rate the draft defines by the labels it adds (「実施率＝（実施②＋一部実施③）÷取組目標①」): their share, of the targets due up
  // to the year named with まで (「平成26年度までの実施率」), of the year named, or of all ----
  const rateWords = `${cellInfo ? `${header} ` : ''}${clauseText}`;
  // (A bare number under a column headed as a percentage — 「進展率(%) H25」 — is one.)
  const percentCell = cellInfo !== undefined && token.unit === '' && /[(（]\s*[%％]\s*[)）]/.test(header);
  // (By how much it rose or fell — 「（対前比 3.8%増）」 — is no rate of the plan.)
  const change = /^\s*(?:ポイント|pt)?\s*(?:増|減|上昇|低下|アップ|ダウン)/.test(n.text.slice(token.end)) || /前年|対前|比\s*$/.test(n.lead);
  const defined = (isPercent || percentCell) && !change ? [...ctx.rateDefinitions].find(([word]) => rateWords.includes(word))?.[1] : undefined;
  // (The results a rate is of: those due up to the year named with まで, of the year named, or all.)
  const upTo = (y: number) => {
    const due = results.byYear.filter((r) => r.year <= y);
    return {
      denominatorCount: 0,
      evaluated: due.reduce((t, r) => t + r.evaluated, 0),
      labels: results.labels.map((_, k) => ({ count: due.reduce((t, r) => t + r.labels[k].count, 0) })),
    };
  };
  const rated = () => (through !== null ? upTo(through) : explicitYear && resultRowOf(explicitYear.year) ? resultRowOf(explicitYear.year) : results);
  // (A year named that has no results — 「進展率(%) H24」 of a plan whose targets are due in H25 — has no such share to check.)
  // (A column header's year may be written bare, by its era's letter: 「H24」.)
  const bare = percentCell && explicitYear === null ? /(?:^|[^A-Za-z])([HR])\s?(\d{1,2})(?![\d.])/.exec(header.normalize('NFKC')) : null;
  const headerYear = bare ? (bare[1] === 'H' ? 1988 : 2018) + Number(bare[2]) : null;
  const hasResults = (y: number) => (resultRowOf(y)?.evaluated ?? 0) > 0;
  const yearWithout = (explicitYear !== null && through === null && !hasResults(explicitYear.year)) || (headerYear !== null && !hasResults(headerYear));
  if (defined && !yearWithout && !TARGET_WORDS.test(clauseText) && !/目標値/.test(clauseText)) {
    const r = rated();
    const denominator = r ? r.denominatorCount || r.evaluated : 0;
    if (r && denominator > 0) {
      const expected = percent(
        defined.reduce((t, d) => t + r.labels[d.index].count, 0),
        denominator,
        token.decimals,
      );
      check(
        lineNo,
        stated,
        token.value,
        expected.value,
        percentCell ? expected.text.replace('%', '') : expected.text,
        `${defined.map((d) => d.label).join('+')} 割合`,
      );
      return true;
    }
  }
  // ---- A rate named by a result label's words (実施率 of 「実施済み」 where no activities are rated): that label's share ----
  const stemmed = /(\p{Script=Han}{2,4})率/u.exec(clauseText)?.[1];
  if (isPercent && stemmed !== undefined && !term && !TARGET_WORDS.test(clauseText) && !/目標/.test(clauseText)) {
    // The rate's words (完了率, 計画実施率): the longest of their endings that begins exactly one result label's name.
    let named: Term[] = [];
    for (let k = stemmed.length; k >= 2 && named.length !== 1; k--) {
      const stem = stemmed.slice(stemmed.length - k);
      named = terms.filter((t) => t.kind === 'result' && t.label.replace(/\s/g, '').startsWith(stem));
    }
    const r = rated();
    const denominator = r ? r.denominatorCount || r.evaluated : 0;
    if (named.length === 1 && r && denominator > 0) {
      const expected = percent(r.labels[named[0].index].count, denominator, token.decimals);
      check(lineNo, stated, token.value, expected.value, expected.text, `${named[0].label} 割合`);
      return true;
    }
  }
  return false;
}
