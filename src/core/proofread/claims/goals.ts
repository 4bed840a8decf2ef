/**
 * A goal's figures in the draft: its target, a year's target, actual, cumulative
 * and rates, read by the measure its column or the words before it name.
 */
import type { FiscalYear } from '../../base/fiscalYear';
import { formatFiscalYear } from '../../base/fiscalYear';
import { formatAmount } from '../../base/numbers';
import { approxPlace, measureOf, placesOf, RATE_WORDS, TARGET_WORDS, toPlanUnit, topicOf, YEN } from '../claimWords';
import { yearsOf } from '../draftText';
import type { ClaimsContext, NumberContext } from './context';

/** A goal's figure: its target, actual, cumulative or rate, by the measure its words name. True when it was checked or said. */
export function readGoalFigure(ctx: ClaimsContext, n: NumberContext): boolean {
  const {
    summary,
    placed,
    notPlaced,
    numbersIn,
    planEra,
    years,
    percent,
    progressRow,
    foundKeys,
    find,
    rows,
    unitAbove,
    asOfYear,
    check,
    closeTo,
    same,
    wrongYear,
  } = ctx;
  const {
    lineNo,
    text,
    token,
    stated,
    isPercent,
    approx,
    clause,
    clauseText,
    cellInfo,
    rowLabel,
    header,
    scope,
    scopeYears,
    explicitYear,
    year,
    through,
    lead,
    goal,
  } = n;
  // ---- A goal's figure ----
  const unitLike = token.unit === '' ? unitAbove(lineNo) : token.unit;
  if (goal && (!isPercent || RATE_WORDS.test(`${rowLabel}${header}${clauseText}${lead}`))) {
    const g = goal;
    if (TARGET_WORDS.test(clauseText)) {
      notPlaced.push({ line: lineNo, stated, reason: 'target' });
      return true;
    }
    // A row of cumulatives in brackets ((累計額) under each year): a continuing effect the summary does not have.
    if (/累計/.test(rowLabel) && /^[(（]/.test(rowLabel)) {
      notPlaced.push({ line: lineNo, stated, reason: 'cumulativeByYear' });
      return true;
    }
    const money = toPlanUnit(token, g.unit, unitLike);
    const value = (money ?? token.value) * (token.negative ? -1 : 1);
    if (approx && money !== null) ctx.tolerance = approxPlace(token) / (YEN[g.unit] ?? 1);
    else if (approx) {
      notPlaced.push({ line: lineNo, stated, reason: 'approximation' });
      return true;
    }
    const fmt = (v: number) => (token.unit === '円' ? `${formatAmount(v, placesOf(v))}${g.unit}` : formatAmount(v, token.decimals));
    // ---- The measure its column's header or the words just before it name (計画額 | 実績額 | 達成率 | 累計) ----
    // (A row that names the measure itself — iwaki's 計画額 / 実績額 rows under year columns — is read below.)
    // (Where the words before it name none, the sentence's topic may: 「…の数値目標は、経費削減額7億4857万6千円、歳入増額…と設定」.)
    const measure =
      cellInfo && measureOf(rowLabel) !== null ? null : (measureOf(cellInfo ? header : lead) ?? (cellInfo ? null : measureOf(topicOf(text, clause.start))));
    if (measure !== null && measure !== 'difference' && !(cellInfo && /\d+年度/.test(header)) && through === null) {
      // The year named beside it, in its clause or the topic before it (「令和元年度の達成率は、70%」).
      const namedYear = explicitYear ?? (!cellInfo && scopeYears.length === 1 ? scopeYears[0] : null);
      const placedYear = namedYear?.year ?? null;
      const hasYear = (y: FiscalYear | null) => y !== null && g.byYear.some((b) => b.year === y && (b.actual !== null || b.target !== null));
      // The year named beside it, else the year of the heading above when the goal has figures of it.
      const y = placedYear ?? (hasYear(year) ? year : null);
      const of = y === null ? undefined : g.byYear.find((b) => b.year === y);
      // A year its sentence names, though not beside it (「平成28年度の取組み効果は、見込額が…のところ、実績額は、4億1,860万8千円
      // となり」), when the goal has no figure of it: the amount that of exactly one other year is of that year — the year is wrong.
      if (!cellInfo && !isPercent && namedYear === null && (measure === 'actual' || measure === 'target')) {
        const named = yearsOf(n.sentenceHere(token.start), planEra, years).filter((m) => !m.date && !m.through && !m.from);
        const one = named.length > 0 && named.every((m) => m.year === named[0].year) ? named[0] : null;
        const fitsOf = (b: { actual: number | null; target: number | null }) => {
          const v = measure === 'actual' ? b.actual : b.target;
          return v !== null && v !== 0 && closeTo(value, v);
        };
        if (one && years.has(one.year) && !hasYear(one.year) && wrongYear(n, one, g.byYear, fitsOf)) return true;
      }
      // Each reading the words allow, the most specific first: a figure that fits any of them is right; one that fits none is
      // reported against the first. (A year's plan and the goal's 目標値 are one figure in a plan of one year.)
      const readings: { value: number; text: string; what: string }[] = [];
      const yearText = y === null ? '' : ` ${formatFiscalYear(y, 'long')}`;
      if (isPercent && measure === 'rate') {
        if (of && of.actual !== null && of.target !== null && of.target !== 0) {
          const r = percent(of.actual, of.target, token.decimals);
          readings.push({ value: r.value, text: r.text, what: `${g.name}${yearText} 達成率` });
        }
        if (placedYear === null && g.target !== 0) {
          const r = percent(g.cumulative, g.target, token.decimals);
          readings.push({ value: r.value, text: r.text, what: `${g.name} 進捗率` });
        }
      } else if (!isPercent && measure === 'target') {
        if (of?.target !== null && of?.target !== undefined) readings.push({ value: of.target, text: fmt(of.target), what: `${g.name}${yearText} 年度目標` });
        if (placedYear === null) readings.push({ value: g.target, text: fmt(g.target), what: `${g.name} 目標値` });
      } else if (!isPercent && measure === 'actual') {
        if (of?.actual !== null && of?.actual !== undefined) readings.push({ value: of.actual, text: fmt(of.actual), what: `${g.name}${yearText} 実績` });
        if (placedYear === null) readings.push({ value: g.cumulative, text: fmt(g.cumulative), what: `${g.name} 累計` });
      } else if (!isPercent && measure === 'cumulative' && placedYear === null) {
        readings.push({ value: g.cumulative, text: fmt(g.cumulative), what: `${g.name} 累計` });
      }
      // A plan that rates its activities too: their 進捗率 of the year is what some reports call 達成率 — right, never the one reported.
      const activitiesOf = isPercent && readings.length > 0 ? progressRow(y ?? asOfYear ?? 0) : undefined;
      if (activitiesOf) {
        const r = percent(activitiesOf.progressing, activitiesOf.activities, token.decimals);
        readings.push({ value: r.value, text: r.text, what: '進捗率' });
      }
      if (readings.length > 0) {
        const fits = readings.find((r) => closeTo(isPercent ? token.value : value, r.value));
        if (fits) placed.push({ line: lineNo, stated, label: fits.what });
        else if (
          !(
            // The rate of another year, under a wrong year (「令和元年度の達成率は70%」, 70% being 令和2年度's): the year is wrong
            // (where the year named has a rate of its own).
            isPercent &&
            namedYear &&
            of?.actual !== null &&
            of?.target !== null &&
            wrongYear(
              n,
              namedYear,
              g.byYear,
              (b) => b.actual !== null && b.target !== null && b.target !== 0 && same(percent(b.actual, b.target, token.decimals).value, token.value),
            )
          )
        )
          find(lineNo, stated, readings[0].text, readings[0].what);
        return true;
      }
    }
    if (isPercent) {
      if (/(?:\d+年度)/.test(header) && !/累計|計$/.test(header)) {
        // A year's 達成率: the workbook's actual over the year's target printed in the same column (計画額).
        const y = yearsOf(header, planEra, years)[0]?.year;
        const table = cellInfo?.row.table;
        const planCell = rows.find((r) => r.table === table && /計画|目標/.test(r.label))?.cells.find((c) => c.header === header);
        const planValue = planCell ? numbersIn(planCell.text, planCell.line)[0] : undefined;
        const a = y === undefined ? null : (g.byYear.find((b) => b.year === y)?.actual ?? null);
        if (planValue && a !== null && !foundKeys.has(`${planValue.line}|${planValue.text}`)) {
          const expected = percent(a, planValue.value, token.decimals);
          check(lineNo, stated, token.value, expected.value, expected.text, `${g.name} ${header} 達成率`);
          return true;
        }
        notPlaced.push({ line: lineNo, stated, reason: 'yearlyRate' });
        return true;
      }
      const expected = percent(g.cumulative, g.target, token.decimals);
      check(lineNo, stated, token.value, expected.value, expected.text, `${g.name} 進捗率`);
      return true;
    }
    const yearOfCell = yearsOf(header, planEra, years)[0]?.year ?? explicitYear?.year ?? null;
    const actual = (y: FiscalYear | null) => (y === null ? undefined : (g.byYear.find((b) => b.year === y)?.actual ?? undefined));
    const targetsTo = (y: FiscalYear) => {
      const upTo = g.byYear.filter((b) => b.year <= y);
      return upTo.every((b) => b.target !== null) ? upTo.reduce((t, b) => t + (b.target ?? 0), 0) : null;
    };
    const actualsTo = (y: FiscalYear) => g.byYear.filter((b) => b.year <= y).reduce((t, b) => t + (b.actual ?? 0), 0);
    // 「平成19年度までの実績」「平成19年までの目標」: the sum of the years up to it.
    if (through !== null && !isPercent) {
      const isTarget = /目標|計画/.test(cellInfo ? rowLabel : scope) && !/実績/.test(cellInfo ? rowLabel : scope);
      const expected = isTarget ? targetsTo(through) : actualsTo(through);
      if (expected !== null) {
        check(lineNo, stated, value, expected, fmt(expected), `${g.name} ${formatFiscalYear(through, 'long')}まで${isTarget ? 'の目標' : 'の実績'}`);
        return true;
      }
      // Up to the plan's last year: the whole plan's 目標値 (「平成18年度から平成22年度までの5年間に…効果額…を目標に」).
      if (isTarget && through === summary.years[summary.years.length - 1]) {
        check(lineNo, stated, value, g.target, fmt(g.target), `${g.name} 目標値`);
        return true;
      }
      notPlaced.push({ line: lineNo, stated, reason: 'yearlyTarget' });
      return true;
    }
    // A row of the goal's targets (計画額, 目標額): a year's column holds that year's 年度目標, the 計 column the goal's 目標値.
    if (/計画|目標/.test(rowLabel) && !/実績/.test(rowLabel)) {
      if (yearOfCell === null && !/\d+年度/.test(header)) {
        check(lineNo, stated, value, g.target, fmt(g.target), `${g.name} 目標値`);
        return true;
      }
      if (yearOfCell !== null) {
        const t = g.byYear.find((b) => b.year === yearOfCell)?.target;
        if (t !== null && t !== undefined) {
          check(lineNo, stated, value, t, fmt(t), `${g.name} ${formatFiscalYear(yearOfCell, 'long')} 年度目標`);
          return true;
        }
      } else if (/計$|合計/.test(header)) {
        check(lineNo, stated, value, g.target, fmt(g.target), `${g.name} 目標値`);
        return true;
      }
    }
    if (/累計|計$|合計/.test(`${header}`) || (/累計/.test(clauseText) && !explicitYear)) {
      check(lineNo, stated, value, g.cumulative, fmt(g.cumulative), `${g.name} 累計`);
      return true;
    }
    if (/目標/.test(`${header}${clauseText}`) && !/実績/.test(header) && yearOfCell === null) {
      check(lineNo, stated, value, g.target, fmt(g.target), `${g.name} 目標値`);
      return true;
    }
    if (/計画/.test(rowLabel)) {
      notPlaced.push({ line: lineNo, stated, reason: 'yearlyTarget' });
      return true;
    }
    // A goal named beside a number with no measure (「合計評価得点は、84点」): its actual of the year named, or of the year of
    // the heading above when the goal has one then.
    const carried = !cellInfo && year !== null && g.byYear.some((b) => b.year === year && b.actual !== null) ? year : null;
    const a = actual(yearOfCell ?? carried ?? (/実績/.test(`${rowLabel}${header}`) ? (asOfYear ?? null) : null));
    // (The year only carried from a heading: the cumulative is as likely what the sentence means, and is right too.)
    if (a !== undefined && yearOfCell === null && carried !== null && closeTo(value, g.cumulative)) {
      placed.push({ line: lineNo, stated, label: `${g.name} 累計` });
      return true;
    }
    if (a !== undefined) {
      // A year named in the sentence (「平成25年度の効果額は2億6,492万円」) whose actual is another, the amount that of exactly one
      // other year: the year is what is wrong.
      if (!cellInfo && explicitYear && !closeTo(value, a) && wrongYear(n, explicitYear, g.byYear, (b) => b.actual !== null && closeTo(value, b.actual)))
        return true;
      check(lineNo, stated, value, a, fmt(a), `${g.name} 実績`);
      return true;
    }
    notPlaced.push({ line: lineNo, stated, reason: 'goalNoMeasure' });
    return true;
  }
  return false;
}

/** A single money goal and a money amount: 「総額…の財政効果を目標に」 / 「累計は…」 / 「進捗率は…%」. True when it was checked. */
export function readMoneyGoal(ctx: ClaimsContext, n: NumberContext): boolean {
  const { goals, percent, check } = ctx;
  const { lineNo, text, token, stated, isPercent, clauseText, cellInfo, explicitYear } = n;
  // A single money goal and a money amount: 「総額…の財政効果を目標に」 / 「累計は…」 / 「進捗率は…%」.
  const moneyGoals = goals.filter((g) => ['円', '千円', '百万円'].includes(g.unit));
  if (!cellInfo && moneyGoals.length === 1 && (token.unit.endsWith('円') || isPercent)) {
    const g = moneyGoals[0];
    const sentence = text;
    const money = toPlanUnit(token, g.unit, g.unit);
    const fmt = (v: number) => `${formatAmount(v, 0)}${g.unit}`;
    if (isPercent && RATE_WORDS.test(clauseText) && /目標|累計/.test(sentence)) {
      const expected = percent(g.cumulative, g.target, token.decimals);
      check(lineNo, stated, token.value, expected.value, expected.text, `${g.name} 進捗率`);
      return true;
    }
    if (money !== null && /目標/.test(clauseText) && !explicitYear) {
      check(lineNo, stated, money, g.target, fmt(g.target), `${g.name} 目標値`);
      return true;
    }
    if (money !== null && /累計|合計/.test(clauseText) && !explicitYear) {
      check(lineNo, stated, money, g.cumulative, fmt(g.cumulative), `${g.name} 累計`);
      return true;
    }
    if (money !== null && explicitYear) {
      const a = g.byYear.find((b) => b.year === explicitYear.year)?.actual;
      if (a !== null && a !== undefined) {
        check(lineNo, stated, money, a, fmt(a), `${g.name} ${explicitYear.text}`);
        return true;
      }
    }
  }
  return false;
}
