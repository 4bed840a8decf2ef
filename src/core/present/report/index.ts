/**
 * The annual report (実績報告書) as a pure structure (model.ts), built from the
 * one pipeline's result in the seed report's outline, one file per section.
 * Every figure comes from the summary (the same cells the summary sheet and the
 * terminal show); every sentence that no figure can write comes from the 報告書
 * sheet, and where that is empty the report says so in brackets — it never
 * invents prose. Its words are in words/reportProse.ts.
 *
 * Renderers: report/html.ts (HTML), src/render/reportDocx.ts (.docx, for the CLI
 * and the add-on's report dialog).
 */
import type { Lang } from '../../base/lang';
import type { PipelineResult } from '../../compute/pipeline';
import { achievementSection } from './achievement';
import { projectsAppendix, targetsAppendix } from './appendix';
import { conclusionSection } from './conclusion';
import { KEPT_RECORDS, type KeptRecord, type ReportWord, reportContext, say } from './context';
import { effectsSection } from './effects';
import { floorAreaSection } from './floorArea';
import { goalsSection } from './goals';
import type { ReportModel } from './model';
import { introduction, planOverview } from './overview';
import { progressSection } from './progress';
import { resultsSection } from './results';

export type { ChartPoint, ChartSpec, ReportBlock, ReportModel, ReportTableBlock } from './model';

const KEPT_WORDS: Record<KeptRecord, ReportWord> = {
  activities: 'keptActivities',
  targets: 'keptTargets',
  effects: 'keptEffects',
  floorArea: 'keptFloorArea',
};

export function buildReport(result: PipelineResult, lang: Lang): ReportModel {
  const ctx = reportContext(result, lang);
  const { summary, blocks } = ctx;
  if (ctx.notYet.length > 0)
    blocks.push({ type: 'note', text: ctx.say('interim', { date: result.asOf, years: ctx.notYet.map((y) => ctx.yearLabel(y)).join(ctx.say('dotJoiner')) }) });
  // 全事項: the shares divide by the targets due in those years too; the tables by due year leave them out (review r25b 4).
  const dueLater = summary.achievement.byYear.filter((row) => ctx.notYet.includes(row.year)).reduce((n, row) => n + row.unevaluated, 0);
  if (summary.achievement.denominator === 'all' && dueLater > 0) blocks.push({ type: 'note', text: ctx.say('interimAllTargets', { n: dueLater }) });
  const notKept = KEPT_RECORDS.filter((key) => !ctx.keeps[key]);
  if (notKept.length > 0)
    blocks.push({ type: 'note', text: ctx.say('notKept', { records: notKept.map((key) => ctx.say(KEPT_WORDS[key])).join(ctx.say('dotJoiner')) }) });
  // Activities kept but none counted (every row has an error): the counts are zero, and the report says why.
  if (ctx.keeps.activities && !ctx.anyActivity) blocks.push({ type: 'note', text: ctx.say('noActivities') });
  introduction(ctx);
  planOverview(ctx);
  progressSection(ctx);
  achievementSection(ctx);
  effectsSection(ctx);
  resultsSection(ctx);
  floorAreaSection(ctx);
  goalsSection(ctx);
  conclusionSection(ctx);
  projectsAppendix(ctx);
  targetsAppendix(ctx);
  return {
    lang,
    title: ctx.planName,
    subtitle: say('report', lang),
    asOf: result.asOf,
    asOfText: say('asOf', lang, { date: result.asOf }),
    errors: summary.problemCounts.error,
    notice: summary.problemCounts.error > 0 ? say('errors', lang, { n: summary.problemCounts.error }) : null,
    blocks,
  };
}
