/**
 * 達成状況: the targets' results per target year, computed from indicators where there are any.
 * Part of the summary (summarize.ts); pure: plain values in, plain values out.
 */
import { a1 } from '../base/cells';
import { type FiscalYear, formatYearRange } from '../base/fiscalYear';
import { formatRatio } from '../base/ratio';
import { computedResults } from '../contract/indicators';
import { RESULT_CODES, RESULT_MEANINGS, type ResultCode } from '../contract/vocabulary';
import type { WorkbookData } from '../read/read';
import type { Achievement, AchievementYear, ComputedResult, Shortfall } from './model';
import { byCode, labelShares, zeroCounts } from './shares';

export function achievement(data: WorkbookData, years: FiscalYear[], end: FiscalYear | null, currentYear: FiscalYear | undefined): Achievement {
  const vocabulary = data.vocabulary.result;
  const counts = zeroCounts(RESULT_CODES);
  const labelCounts = vocabulary.terms.map(() => 0);
  // Per due year (the last year of the target-year range): counts per label.
  const dueYears = new Map<FiscalYear, number[]>(years.map((year) => [year, vocabulary.terms.map(() => 0)]));
  let excluded = 0;
  let notEvaluated = 0;
  const shortfalls: Shortfall[] = [];
  const judged = computedResults(data.indicators, currentYear);
  const computed: ComputedResult[] = [];
  const sheet = data.sheetNames.targets ?? '達成事項';
  const labelOf = (code: ResultCode) => vocabulary.labelOf(code, RESULT_MEANINGS);
  data.targets.forEach((target, index) => {
    const found = judged.get(index);
    if (!found) return;
    computed.push({
      code: target.code,
      target: target.target,
      targetYear: formatYearRange(target.years),
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
    const result = target.result ?? judged.get(index)?.result ?? null;
    if (result === null) {
      // 【達成状況】 ※令和６年度以降を目標年度とした達成するべき事項を除く: a target starting after the plan end.
      if (end !== null && target.years.first > end) excluded += 1;
      else notEvaluated += 1;
      continue;
    }
    counts[result] += 1;
    const label = target.result !== null ? target.resultLabel : vocabulary.firstOf(result);
    if (label >= 0) {
      labelCounts[label] += 1;
      const due = target.years.last;
      let row = dueYears.get(due);
      if (!row) {
        row = vocabulary.terms.map(() => 0);
        dueYears.set(due, row);
      }
      row[label] += 1;
    }
    if (result !== 'achieved') {
      shortfalls.push({
        code: target.code,
        projectName: data.projects[target.project]?.name ?? '',
        status: result,
        label: label >= 0 ? vocabulary.terms[label].label : labelOf(result),
        targetYear: formatYearRange(target.years),
        years: { first: target.years.first, last: target.years.last },
        target: target.target,
        summary: target.summary,
      });
    }
  }
  const evaluated = RESULT_CODES.reduce((sum, code) => sum + counts[code], 0);
  const { decimals, rounding } = data.settings;
  const ratios = {} as Record<ResultCode, number | null>;
  const ratiosRounded = {} as Record<ResultCode, number | null>;
  const ratioTexts = {} as Record<ResultCode, string>;
  for (const code of RESULT_CODES) {
    const ratio = formatRatio(counts[code], evaluated, decimals, rounding);
    ratios[code] = ratio.ratio;
    ratiosRounded[code] = ratio.rounded;
    ratioTexts[code] = ratio.text;
  }
  const byYear: AchievementYear[] = [...dueYears]
    .sort((a, b) => a[0] - b[0])
    .map(([year, row]) => {
      const total = row.reduce((sum, n) => sum + n, 0);
      return { year, evaluated: total, labels: labelShares(vocabulary, row, total, decimals, rounding, false) };
    });
  const order: Record<ResultCode, number> = { achieved: 0, partial: 1, notAchieved: 2 };
  shortfalls.sort((a, b) => order[a.status] - order[b.status] || byCode(a, b));
  return {
    computed,
    evaluated,
    excluded,
    notEvaluated,
    counts,
    ratios,
    ratiosRounded,
    ratioTexts,
    labels: labelShares(vocabulary, labelCounts, evaluated, decimals, rounding, false),
    byYear,
    shortfalls,
  };
}
