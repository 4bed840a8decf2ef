/**
 * 達成状況: the targets' results per target year, computed from indicators where there are any.
 * Part of the summary (summarize.ts); pure: plain values in, plain values out.
 */
import { a1 } from '../base/cells';
import { type EraDate, type FiscalYear, formatFiscalYear, formatYearRange } from '../base/fiscalYear';
import type { Rounding } from '../base/ratio';
import { formatRatio } from '../base/ratio';
import { computedResults } from '../contract/indicators';
import type { AchievementDenominator } from '../contract/settings';
import { isJudged, RESULT_CODES, RESULT_MEANING_CODES, RESULT_MEANINGS, type ResultCode, type ResultMeaning, type Vocabulary } from '../contract/vocabulary';
import type { WorkbookData } from '../read/read';
import type { Achievement, AchievementTable, AchievementYear, ComputedResult, PerspectiveAchievement, Shortfall } from './achievementModel';
import { byCode, labelShares, meaningShares, shareOf, zeroCounts } from './shares';

/** What one 達成状況 table counts: per label, and the blank results. */
interface Tally {
  /** Targets with a standard result counted under a label of the plan. */
  judged: number;
  labels: number[];
  unevaluated: number;
}

function newTally(vocabulary: Vocabulary<ResultMeaning>): Tally {
  return { judged: 0, labels: vocabulary.terms.map(() => 0), unevaluated: 0 };
}

const outside = (meaning: ResultMeaning) => !isJudged(meaning);

/**
 * One 達成状況 table from its tally: labels meaning 未確定 are counted and listed, with no share; the
 * denominator is the evaluated targets, plus the blank results under 全事項.
 */
function tableOf(
  vocabulary: Vocabulary<ResultMeaning>,
  tally: Tally,
  evaluated: number,
  denominator: AchievementDenominator,
  decimals: number,
  rounding: Rounding,
): AchievementTable {
  const undetermined = vocabulary.terms.reduce((sum, term, index) => sum + (isJudged(term.meaning) ? 0 : tally.labels[index]), 0);
  const denominatorCount = evaluated + (denominator === 'all' ? tally.unevaluated : 0);
  return {
    evaluated,
    undetermined,
    unevaluated: tally.unevaluated,
    denominatorCount,
    labels: labelShares(vocabulary, tally.labels, denominatorCount, decimals, rounding, false, outside),
    meanings: meaningShares(vocabulary, tally.labels, denominatorCount, RESULT_MEANING_CODES, decimals, rounding, outside),
    unevaluatedShare: shareOf(tally.unevaluated, denominatorCount, decimals, rounding, denominator !== 'all'),
  };
}

/** Tallies per due year: every plan year, and any other year a counted target is due in. */
class YearTallies {
  readonly map: Map<FiscalYear, Tally>;
  constructor(
    private readonly vocabulary: Vocabulary<ResultMeaning>,
    years: FiscalYear[],
  ) {
    this.map = new Map(years.map((year) => [year, newTally(vocabulary)]));
  }
  /** The tally of a due year; `create`: make one where the plan years have none (else undefined). */
  at(year: FiscalYear, create: boolean): Tally | undefined {
    let tally = this.map.get(year);
    if (!tally && create) {
      tally = newTally(this.vocabulary);
      this.map.set(year, tally);
    }
    return tally;
  }
  tables(denominator: AchievementDenominator, decimals: number, rounding: Rounding): AchievementYear[] {
    return [...this.map]
      .sort((a, b) => a[0] - b[0])
      .map(([year, tally]) => {
        const { evaluated, labels, ...rest } = tableOf(this.vocabulary, tally, tally.judged, denominator, decimals, rounding);
        return { year, evaluated, labels, ...rest };
      });
  }
}

/** `asOf`: the date the summary is written for; a target year is named in the era in force then (workbook.md "Era names"). */
export function achievement(data: WorkbookData, years: FiscalYear[], end: FiscalYear | null, currentYear: FiscalYear | undefined, asOf?: EraDate): Achievement {
  const vocabulary = data.vocabulary.result;
  const { decimals, rounding, achievementDenominator: denominator } = data.settings;
  const counts = zeroCounts(RESULT_CODES);
  const overall = newTally(vocabulary);
  // Per due year (the last year of the target-year range), and per perspective and due year.
  const dueYears = new YearTallies(vocabulary, years);
  const perspectives = data.settings.perspectives.map(() => ({ tally: newTally(vocabulary), years: new YearTallies(vocabulary, years) }));
  let excluded = 0;
  const shortfalls: Shortfall[] = [];
  const judged = computedResults(data.indicators, currentYear);
  const computed: ComputedResult[] = [];
  const sheet = data.sheetNames.targets ?? '達成事項';
  const labelOf = (code: ResultMeaning) => vocabulary.labelOf(code, RESULT_MEANINGS);
  data.targets.forEach((target, index) => {
    const found = judged.get(index);
    if (!found) return;
    computed.push({
      code: target.code,
      target: target.target,
      targetYear: formatYearRange(target.years, 'long', asOf),
      computed: found.result,
      typed: target.result,
      judged: found.judged,
      met: found.met,
    });
    if (target.result !== null && target.result !== found.result) {
      // A typed result was read from its column, under one of the plan's labels.
      const cell = a1(target.row, target.resultColumn);
      const typed = vocabulary.terms[target.resultLabel].label;
      data.problems.add(
        'warning',
        sheet,
        cell,
        typed,
        'indicatorDisagrees',
        {
          typed,
          computed: labelOf(found.result),
          typedEn: `${typed} (${RESULT_MEANINGS[target.result].en})`,
          computedEn: `${labelOf(found.result)} (${RESULT_MEANINGS[found.result].en})`,
          judged: found.judged,
          met: found.met,
        },
        labelOf(found.result),
      );
    }
  });
  for (const [index, target] of data.targets.entries()) {
    // A target without a typed result takes the one judged from its indicators, under the plan's first label of that meaning.
    const result: ResultMeaning | null = target.result ?? judged.get(index)?.result ?? null;
    const due = target.years.last;
    const ofPerspective = perspectives[data.projects[target.project]?.perspective - 1];
    const tallies = (create: boolean): Tally[] =>
      [overall, dueYears.at(due, create), ofPerspective?.tally, ofPerspective?.years.at(due, create)].filter((t): t is Tally => t !== undefined);
    // 【達成状況】 ※令和６年度以降を目標年度とした達成するべき事項を除く: a target starting after the plan end is
    // outside the period, judged or not, under either denominator — in no table, counted as excluded. A typed
    // result left out so is said at its cell (a blank one is in the note's count).
    if (end !== null && target.years.first > end) {
      excluded += 1;
      if (target.result !== null) {
        const typed = vocabulary.terms[target.resultLabel]?.label ?? labelOf(target.result);
        const cell = a1(target.row, target.resultColumn);
        // Such a year has often not begun either: the reader's resultTooEarly at this cell says less than this.
        data.problems.drop(sheet, cell, 'resultTooEarly');
        data.problems.add('warning', sheet, cell, typed, 'resultAfterPlan', {
          year: formatYearRange(target.years, 'long', asOf),
          yearEn: formatYearRange(target.years, 'fy'),
          start: formatFiscalYear(years[0] ?? end, 'long', asOf),
          end: formatFiscalYear(end, 'long', asOf),
          startEn: `FY${years[0] ?? end}`,
          endEn: `FY${end}`,
        });
      }
      continue;
    }
    if (result === null) {
      // A blank result within the period: 未評価, in the denominator under 全事項 (and then in its due year's table).
      for (const tally of tallies(denominator === 'all')) tally.unevaluated += 1;
      continue;
    }
    if (isJudged(result)) counts[result] += 1;
    const label = target.result !== null ? target.resultLabel : vocabulary.firstOf(result);
    if (label >= 0) {
      // The overall tally counts labels only; its evaluated comes from counts (a judged result the plan has no label for still counts).
      overall.labels[label] += 1;
      for (const tally of tallies(true).slice(1)) {
        tally.labels[label] += 1;
        if (isJudged(result)) tally.judged += 1;
      }
    }
    // 未達成の一覧: 一部未達成 and 未達成 only, never a 未確定 or blank result.
    if (result === 'partial' || result === 'notAchieved') {
      shortfalls.push({
        code: target.code,
        projectName: data.projects[target.project]?.name ?? '',
        status: result,
        label: label >= 0 ? vocabulary.terms[label].label : labelOf(result),
        targetYear: formatYearRange(target.years, 'long', asOf),
        years: { ...target.years },
        target: target.target,
        summary: target.summary,
      });
    }
  }
  const evaluated = RESULT_CODES.reduce((sum, code) => sum + counts[code], 0);
  const whole = tableOf(vocabulary, overall, evaluated, denominator, decimals, rounding);
  const ratios = {} as Record<ResultCode, number | null>;
  const ratiosRounded = {} as Record<ResultCode, number | null>;
  const ratioTexts = {} as Record<ResultCode, string>;
  for (const code of RESULT_CODES) {
    const ratio = formatRatio(counts[code], whole.denominatorCount, decimals, rounding);
    ratios[code] = ratio.ratio;
    ratiosRounded[code] = ratio.rounded;
    ratioTexts[code] = ratio.text;
  }
  const byPerspective: PerspectiveAchievement[] = perspectives.map((entry, p) => {
    const { evaluated: judgedHere, labels, ...rest } = tableOf(vocabulary, entry.tally, entry.tally.judged, denominator, decimals, rounding);
    return {
      perspective: p + 1,
      name: data.settings.perspectives[p],
      evaluated: judgedHere,
      labels,
      ...rest,
      byYear: entry.years.tables(denominator, decimals, rounding),
    };
  });
  const order: Record<ResultCode, number> = { achieved: 0, partial: 1, notAchieved: 2 };
  shortfalls.sort((a, b) => order[a.status] - order[b.status] || byCode(a, b));
  // Earlier keys first, in their order; the keys of 未確定, the denominator and the meanings after them.
  const { evaluated: _evaluated, labels, ...rest } = whole;
  return {
    computed,
    evaluated,
    excluded,
    notEvaluated: whole.unevaluated,
    counts,
    ratios,
    ratiosRounded,
    ratioTexts,
    labels,
    byYear: dueYears.tables(denominator, decimals, rounding),
    shortfalls,
    denominator,
    ...rest,
    byPerspective,
  };
}
