/**
 * What the tables, the report and the proof-reader ask of a summary's figures, said once: whether
 * a table needs the meanings' rows, whether every result is 未確定, a perspective's effects, the
 * projects carried out over the plan period. Pure: plain values in, plain values out.
 */
import type { AchievementTable } from './achievementModel';
import type { PerspectiveEffects } from './amountModel';
import type { Summary } from './model';

/**
 * Whether a table of these labels needs the meanings' rows: two or more labels share a meaning
 * (目標を上回って達成 and 目標をおおむね達成 both 達成). Takes a vocabulary's terms, TermViews or a table's labels.
 */
export function needsMeaningRows(labels: readonly { meaning: string }[]): boolean {
  const seen = new Set<string>();
  for (const { meaning } of labels) {
    if (seen.has(meaning)) return true;
    seen.add(meaning);
  }
  return false;
}

/**
 * Every counted target's result is 未確定 (none judged, none blank): there is nothing to divide by, and the
 * tables and the report say so in one sentence (「3件すべてが未確定のため、割合はまだ出せません」), never 「全事項0件」.
 */
export function allUndetermined(table: Pick<AchievementTable, 'evaluated' | 'undetermined' | 'unevaluated'>): boolean {
  return table.undetermined > 0 && table.evaluated === 0 && table.unevaluated === 0;
}

/** A perspective's effects: the summary holds every perspective's, perspective k at k - 1. */
export function perspectiveEffects(summary: Summary, perspective: number): PerspectiveEffects {
  return summary.effects.byPerspective[perspective - 1];
}

/**
 * The projects carried out over the plan period, as the report's 総括 says it and the proof-reader checks it: those with
 * an activity in a plan year; a plan that keeps no 取組活動 (#25) has no such record, and counts the projects it lists.
 */
export function projectsOfPeriod(summary: Pick<Summary, 'keeps' | 'perspectives' | 'projects'>): number {
  if (!summary.keeps.activities) return summary.projects.length;
  return summary.perspectives.reduce((sum, p) => sum + p.projectsTotal, 0);
}
