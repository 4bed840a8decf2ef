/**
 * Counts and shares no label names: a perspective's targets under its heading, a
 * meaning no label is called by, a table's count of all (評価数) or of one meaning, a
 * count of a year, a denominator, a share beside its count.
 */
import type { FiscalYear } from '../../base/fiscalYear';
import { COUNT_OF_ALL, COUNT_UNIT, countsTargets, outOf, TARGET_WORDS, TOTAL_LABEL } from '../claimWords';
import type { Row } from '../draftTables';
import { yearsOf } from '../draftText';
import type { ClaimsContext, NumberContext } from './context';

/** Whether a table row has at least two columns headed by result labels (a row of the results by label), read once a row. */
const resultRows = new WeakMap<Row, boolean>();
function besideResultLabels(ctx: ClaimsContext, row: Row): boolean {
  let known = resultRows.get(row);
  if (known === undefined) {
    known = row.cells.filter((c) => ctx.cellTerms('', c.header).some((x) => x.term.kind === 'result')).length >= 2;
    resultRows.set(row, known);
  }
  return known;
}

/** The counts and shares no label names: a perspective's targets, a meaning's, a table's total, a year's, a denominator, a share beside its count. True when it was checked or said. */
export function readCount(ctx: ClaimsContext, n: NumberContext): boolean {
  const { summary, placed, terms, planEra, years, percent, same, progressRow, resultRow, find, meaningTotals, asOfYear, check } = ctx;
  const {
    lineNo,
    text,
    tokens,
    token,
    stated,
    isPercent,
    clause,
    clauseText,
    cellInfo,
    header,
    rowLabel,
    scope,
    explicitYear,
    year,
    lead,
    results,
    resultRowOf,
    perspectiveRow,
    carriedPerspective,
    term,
  } = n;
  // ---- The plan's count of its items with some listed twice (「改革項目数 | 111件 | 3項目再掲のため実質108件」): the count
  // after 実質 is the plan's projects; the gross count and the twice-listed are no figure of the plan (each item is one project) ----
  if (!isPercent && !term && COUNT_UNIT.test(token.unit) && /(?:項目|事業)数/.test(text) && /再掲/.test(text)) {
    if (/実質$/.test(lead.replace(/\s/g, '')) && summary.projects.length > 0) {
      check(lineNo, stated, token.value, summary.projects.length, `${summary.projects.length}${token.unit}`, '事業数（実質）');
      return true;
    }
    return false;
  }
  // ---- The count of a perspective's targets under its heading (「計画する取り組み：49項目」) ----
  if (!term && !isPercent && !cellInfo && perspectiveRow && COUNT_UNIT.test(token.unit) && COUNT_OF_ALL.test(lead) && !/実施し|達成し|完了/.test(clauseText)) {
    const projects = summary.perspectives[carriedPerspective]?.projectsTotal ?? 0;
    const candidates = [...new Set([perspectiveRow.evaluated, projects].filter((n) => n > 0))];
    if (candidates.includes(token.value)) {
      placed.push({ line: lineNo, stated, label: `${perspectiveRow.name} 件数` });
      return true;
    }
    if (candidates.length === 1) {
      find(lineNo, stated, `${candidates[0]}${token.unit}`, `${perspectiveRow.name} 件数`);
      return true;
    }
  }
  // ---- A meaning no label is called by (「このほか12件は達成状況が未確定のため」): the count of its labels ----
  if (!term && !isPercent && COUNT_UNIT.test(token.unit)) {
    const flatScope = scope.replace(/\s/g, '');
    const named = meaningTotals.find(([, m, , word]) => !terms.some((t) => t.label === m.ja) && word.test(flatScope));
    const share = named ? results.meanings.find((m) => m.meaning === named[0]) : undefined;
    if (named && share) {
      check(lineNo, stated, token.value, share.count, `${share.count}${token.unit}`, `${named[1].ja} 計`);
      return true;
    }
  }
  // ---- A table's count of all the targets (評価数, 合計数) or of one meaning (未確定 計) ----
  if (cellInfo && !term && (isPercent || token.unit === '' || COUNT_UNIT.test(token.unit))) {
    const table = year !== null && cellInfo && yearsOf(clauseText, planEra, years).length > 0 ? resultRowOf(year) : results;
    const meaning = meaningTotals.find(([, , total]) => total.test(header));
    if (table && meaning) {
      const share = table.meanings.find((m) => m.meaning === meaning[0]);
      if (share && isPercent) {
        const expected = share.share === null ? null : percent(share.count, table.denominatorCount, token.decimals);
        if (expected) {
          check(lineNo, stated, token.value, expected.value, expected.text, `${meaning[1].ja} 計 割合`);
          return true;
        }
      } else if (share) {
        check(lineNo, stated, token.value, share.count, String(share.count), `${meaning[1].ja} 計`);
        return true;
      }
    }
    // (A row that counts the targets — 「取組目標① 9 11 13 2 1 36」 — holds their total in its 計 column.)
    const totalOfTargets = countsTargets(rowLabel, summary.keeps.activities) && TOTAL_LABEL.test(header.replace(/\s/g, ''));
    // (A column of a count — 「個別計画数」 — beside the columns of the result labels counts what they rate: the row's all.)
    const countOfRated = /数$/.test(header.replace(/\s/g, '')) && !/率|割合/.test(header) && besideResultLabels(ctx, cellInfo.row);
    if (table && !isPercent && (/評価数|合計数|事項数|分母/.test(header) || totalOfTargets || countOfRated)) {
      const fits = [table.evaluated, table.denominatorCount].includes(token.value);
      check(lineNo, stated, fits ? token.value : token.value + 0.5, table.denominatorCount, String(table.denominatorCount), header);
      return true;
    }
  }
  // ---- A count with a year named beside it: the activities, projects or targets of that year ----
  // (A table row that names the targets — 「取組目標①」 under year columns — counts them by the year they are due.)
  const targetsRow =
    cellInfo !== undefined && token.unit === '' && token.decimals === 0 && !token.negative && countsTargets(rowLabel, summary.keeps.activities);
  if (explicitYear && (COUNT_UNIT.test(token.unit) || targetsRow) && !term) {
    // The measure the clause names narrows the figure: 達成するべき事項 / 評価 are the targets, 取組活動 the activities.
    const targets = targetsRow || /達成するべき|評価|達成状況/.test(clauseText);
    const activities = /取組活動|着手|実施/.test(clauseText);
    const of = (y: FiscalYear) =>
      [
        targets ? undefined : summary.progress.find((p) => p.year === y)?.activities,
        targets || activities ? undefined : summary.progress.find((p) => p.year === y)?.projects,
        activities && !targets ? undefined : summary.achievement.byYear.find((r) => r.year === y)?.evaluated,
      ].filter((v): v is number => v !== undefined && v > 0);
    if (of(explicitYear.year).includes(token.value)) {
      placed.push({ line: lineNo, stated, label: explicitYear.text });
      return true;
    }
    if (
      of(explicitYear.year).length === 0 &&
      ctx.wrongYear(
        n,
        explicitYear,
        summary.years.map((y) => ({ year: y })),
        (r) => of(r.year).includes(token.value),
      )
    )
      return true;
    // A table's cell of the targets under its year's column: one figure it can be, the year's targets due.
    const due = summary.achievement.byYear.find((r) => r.year === explicitYear.year)?.evaluated;
    if (targetsRow && due !== undefined && summary.achievement.evaluated > 0) {
      check(lineNo, stated, token.value, due, String(due), `${explicitYear.text} ${rowLabel}`);
      return true;
    }
  }
  // ---- What a count after it is out of (「20項目中、16項目を達成」): the targets rated — of the perspective the sentence names, of
  // the year it names, or of the plan ----
  // (A label after it — 「17件のうち目標達成が13件」 — is the next count's, not this one's.)
  if (!isPercent && !cellInfo && token.decimals === 0 && (COUNT_UNIT.test(token.unit) || token.unit === '') && outOf(text, token)) {
    const rows = [year !== null ? resultRowOf(year) : undefined, results].filter((r) => r !== undefined && r.evaluated > 0);
    if (rows.length > 0) {
      if (rows.some((r) => r !== undefined && [r.evaluated, r.denominatorCount].includes(token.value)))
        placed.push({ line: lineNo, stated, label: '割合の分母' });
      else find(lineNo, stated, `${rows[0]?.evaluated}${token.unit}`, '割合の分母');
      return true;
    }
  }
  // ---- What the shares are divided by, the count right after its words (「全事項25件のうち」「達成状況を評価した54件のうち」):
  // the plan's denominator under 全事項, the evaluated targets otherwise ----
  const denominatorWord = /(全事項|評価した)$/.exec(text.slice(clause.start, token.start));
  if (!isPercent && !term && !explicitYear && COUNT_UNIT.test(token.unit) && denominatorWord) {
    const a = summary.achievement;
    const expected = denominatorWord[1] === '全事項' && a.denominator === 'all' ? a.denominatorCount : a.evaluated;
    check(lineNo, stated, token.value, expected, `${expected}${token.unit}`, '割合の分母');
    return true;
  }
  // ---- A share next to its count (N件（P%）): P = N / a denominator the plan has ----
  if (isPercent && !TARGET_WORDS.test(clauseText)) {
    const before = tokens.filter((t) => t.end <= token.start && token.start - t.end <= 3 && COUNT_UNIT.test(t.unit));
    const count = before[before.length - 1];
    if (count) {
      const denominators = new Set<number>(
        [
          summary.achievement.evaluated,
          summary.achievement.denominatorCount,
          ...summary.achievement.byYear.map((r) => r.evaluated),
          ...summary.progress.map((p) => p.activities),
        ].filter((d) => d > 0),
      );
      const fitting = [...denominators].find((d) => same(percent(count.value, d, token.decimals).value, token.value));
      // A count found wrong (「達成は10件（90.9%）」, the plan's 9): its share is of the right count, over the denominator the draft
      // divided by — a share that follows a wrong count is wrong with it.
      const right = ctx.planValueOf.get(`${lineNo}|${count.text}`);
      if (fitting !== undefined && right !== undefined && right !== count.value) {
        const expected = percent(right, fitting, token.decimals);
        check(lineNo, stated, token.value, expected.value, expected.text, `${count.text} の割合`);
        return true;
      }
      const fits = fitting !== undefined;
      if (fits) placed.push({ line: lineNo, stated, label: '割合' });
      else {
        const d =
          year !== null && resultRow(year)
            ? resultRow(year)?.denominatorCount
            : summary.achievement.evaluated > 0
              ? summary.achievement.denominatorCount
              : progressRow(asOfYear ?? 0)?.activities;
        if (d) find(lineNo, stated, percent(count.value, d, token.decimals).text, `${count.text} の割合`, 'arithmetic');
      }
      return true;
    }
  }
  return false;
}
