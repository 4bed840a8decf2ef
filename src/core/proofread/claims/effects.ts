/**
 * An effect amount (効果額) in the draft: of a year, a perspective, up to a year
 * or of the whole plan, in the unit printed, its column's or the nearest 「単位：」.
 */
import { formatFiscalYear } from '../../base/fiscalYear';
import { formatAmount } from '../../base/numbers';
import { approxPlace, EFFECT_WORDS, labelAbbreviated, placesOf, TOTAL_LABEL, toPlanUnit, wordless, YEN } from '../claimWords';
import { yearsOf } from '../draftText';
import type { ClaimsContext, NumberContext } from './context';

/** An effect amount (効果額): of a year, a perspective or the plan. True when it was checked or said. */
export function readEffect(ctx: ClaimsContext, n: NumberContext): boolean {
  const { summary, notPlaced, planEra, years, unitAbove, otherPlan, ownPlan, perspectiveNames, planLength, check } = ctx;
  const { lineNo, token, stated, isPercent, approx, cellInfo, rowLabel, header, scope, topicYear, explicitYear, through, goal } = n;
  // ---- An effect amount (効果額): of a year, a perspective or the plan ----
  // The unit printed with the number, else its column's (財政的効果（円）), else the nearest 「単位：」 above.
  const headerUnit = /[(（](億円|百万円|千円|万円|円)[)）]/.exec(header.normalize('NFKC'))?.[1] ?? '';
  const moneyUnit = token.unit === '' ? headerUnit || unitAbove(lineNo) : token.unit;
  if (summary.keeps.effects && !isPercent && !goal && toPlanUnit(token, summary.effects.unitLabel, moneyUnit) !== null) {
    const effect = EFFECT_WORDS.test(cellInfo ? rowLabel : scope);
    const perspectiveIndex = cellInfo ? labelAbbreviated(rowLabel, perspectiveNames) : perspectiveNames.findIndex((n) => scope.includes(n));
    // A column of effects (財政的効果（円）) in a row of no label, of a year (平成28年度) or of the 合計.
    const rowOfYearOrTotal =
      rowLabel === '' || TOTAL_LABEL.test(rowLabel.replace(/\s/g, '')) || (yearsOf(rowLabel, planEra, years).length === 1 && wordless(rowLabel));
    // (Or the table's heading names them: 「(2) 財政効果額（単位：円）」 over 「計 72,995,000 98,732,000 …」.)
    const underHeading = cellInfo && rowOfYearOrTotal && (EFFECT_WORDS.test(header) || EFFECT_WORDS.test(ctx.headingAbove(cellInfo.row)));
    // A target (「…の財政効果を目標に」) is the goal's, not an effect.
    if ((effect || perspectiveIndex >= 0 || underHeading) && !/目標|計画額/.test(cellInfo ? rowLabel : scope)) {
      const tableHeader = cellInfo ? cellInfo.row.cells.map((c) => c.header).join(' ') : '';
      if (otherPlan(cellInfo ? header : scope) || (cellInfo && !ownPlan(header) && otherPlan(tableHeader))) {
        notPlaced.push({ line: lineNo, stated, reason: 'otherPlan' });
        return true;
      }
      const series = perspectiveIndex >= 0 && !effect ? summary.effects.byPerspective[perspectiveIndex] : summary.effects;
      const name = perspectiveIndex >= 0 && !effect ? perspectiveNames[perspectiveIndex] : '効果額';
      const cellYear = cellInfo
        ? (yearsOf(header, planEra, years)[0]?.year ?? (underHeading ? (yearsOf(rowLabel, planEra, years)[0]?.year ?? null) : null))
        : null;
      const whole =
        (cellInfo
          ? /(?<!累)計$|合計/.test(header) || (underHeading && TOTAL_LABEL.test(rowLabel.replace(/\s/g, '')))
          : /合計|累計|総額|計画期間|全体/.test(scope)) || new RegExp(`(?:^|[^\\d])${planLength}年間`).test(scope);
      let expected: number | null = null;
      let what = name;
      if (through !== null) {
        expected = series.byYear.filter((b) => b.year <= through).reduce((t, b) => t + b.amount, 0);
        what = `${name} ${formatFiscalYear(through, 'long')}まで`;
      } else if (cellYear !== null || (!cellInfo && (explicitYear || topicYear))) {
        const y = cellYear ?? explicitYear?.year ?? topicYear?.year ?? null;
        expected = series.byYear.find((b) => b.year === y)?.amount ?? null;
        what = `${name} ${y === null ? '' : formatFiscalYear(y, 'long')}`;
      } else if (whole) expected = series.total;
      if (expected !== null) {
        const value = toPlanUnit(token, summary.effects.unitLabel, moneyUnit) ?? token.value;
        const sign = token.negative ? (/^[▲△]/.exec(stated.trim())?.[0] ?? '△') : '';
        if (token.negative && !/削減|減/.test(`${rowLabel}${scope}`)) {
          notPlaced.push({ line: lineNo, stated, reason: 'difference' });
          return true;
        }
        if (approx) ctx.tolerance = approxPlace(token) / (YEN[summary.effects.unitLabel] ?? 1);
        const unitText = token.unit === '' ? '' : summary.effects.unitLabel;
        // A year named in the sentence (「平成24年度の財政効果額は1億4,189万4千円」) whose effect is another, the amount that of
        // exactly one other year: the year is what is wrong.
        const named = cellInfo || through !== null ? null : (explicitYear ?? topicYear);
        if (named && !ctx.closeTo(value, expected) && ctx.wrongYear(n, named, series.byYear, (b) => b.amount !== 0 && ctx.closeTo(value, b.amount)))
          return true;
        // (A bare number in the unit stated above it — 「（単位：千円）」 in a plan kept in 円 — is told its right figure in that unit.)
        const planYen = YEN[summary.effects.unitLabel];
        const shownIn =
          token.unit === '' && moneyUnit !== summary.effects.unitLabel && YEN[moneyUnit] !== undefined && planYen !== undefined ? YEN[moneyUnit] : null;
        const shown =
          shownIn === null
            ? formatAmount(expected, summary.effects.decimals)
            : formatAmount((expected * planYen) / shownIn, placesOf((expected * planYen) / shownIn));
        check(lineNo, stated, value, expected, `${approx ? '約' : ''}${sign}${shown}${unitText}`, what);
        return true;
      }
    }
  }
  return false;
}

/**
 * A project's amount in a table of projects (プラン名 | 効果額: 「No54. 未利用地財産の処分 | 720万円」): the row names one of the
 * plan's projects by its code or its name, the column is an effect's. Checked against that project's amount of the year named
 * (the column's, the heading's) or its total; where its years make that ambiguous and neither fits, not placed. True when said.
 */
export function readProjectEffect(ctx: ClaimsContext, n: NumberContext): boolean {
  const { summary, notPlaced, planEra, years, unitAbove, check } = ctx;
  const { lineNo, token, stated, isPercent, approx, cellInfo, rowLabel, header, year, goal } = n;
  if (!cellInfo || isPercent || approx || token.negative || goal || !summary.keeps.effects || !EFFECT_WORDS.test(header)) return false;
  const flat = rowLabel.replace(/\s/g, '').normalize('NFKC');
  const named = summary.effects.byProject.filter((p) => {
    const name = p.name.replace(/\s/g, '').normalize('NFKC');
    const code = p.code.normalize('NFKC');
    const at = code === '' ? -1 : flat.indexOf(code);
    const byCode = at >= 0 && !/[A-Za-z0-9]/.test(flat[at - 1] ?? '') && !/[A-Za-z0-9]/.test(flat[at + code.length] ?? '');
    return byCode || (name.length >= 3 && flat.includes(name));
  });
  if (named.length !== 1) return false;
  const headerUnit = /[(（](億円|百万円|千円|万円|円)[)）]/.exec(header.normalize('NFKC'))?.[1] ?? '';
  const value = toPlanUnit(token, summary.effects.unitLabel, token.unit === '' ? headerUnit || unitAbove(lineNo) : token.unit);
  if (value === null) return false;
  const project = named[0];
  const y = yearsOf(header, planEra, years)[0]?.year ?? year;
  const ofYear = y === null ? undefined : project.byYear.find((b) => b.year === y)?.amount;
  const unitText = token.unit === '' ? '' : summary.effects.unitLabel;
  const fmt = (v: number) => `${formatAmount(v, summary.effects.decimals)}${unitText}`;
  const label = `${project.code} 効果額`;
  const yearsWithAmounts = project.byYear.filter((b) => b.amount !== 0).length;
  if (ofYear !== undefined) check(lineNo, stated, value, ofYear, fmt(ofYear), `${label} ${formatFiscalYear(y as number, 'long')}`);
  else if (yearsWithAmounts <= 1) check(lineNo, stated, value, project.total, fmt(project.total), label);
  else notPlaced.push({ line: lineNo, stated, reason: 'noFigure' });
  return true;
}
