/** 総括: the period's figures in one sentence (unless the 報告書 sheet has its own), then the sheet's text. */
import { projectsOfPeriod } from '../../compute/summaryRules';
import { meaningName } from '../../words/tableWords';
import { sectionTexts } from './blocks';
import type { ReportContext } from './context';

/**
 * A plan that keeps targets but no 取組活動 (#25 "What the plan keeps"): the projects it lists, and the share of
 * its targets achieved (the meaning 達成, all its labels together), of what the plan divides by. null when nothing
 * is divided yet (every result blank under 評価済み, or 未確定).
 */
function resultsSentence(ctx: ReportContext): string | null {
  const a = ctx.summary.achievement;
  const achieved = a.meanings.find((m) => m.meaning === 'achieved');
  if (!ctx.keeps.targets || ctx.keeps.activities || a.denominatorCount === 0 || !achieved) return null;
  const of = ctx.say(a.denominator === 'all' ? 'conclusionOfAll' : 'conclusionOfEvaluated', { d: a.denominatorCount });
  return ctx.say('conclusionResults', { of, meaning: meaningName('achieved', ctx.lang), count: achieved.count, share: achieved.shareText });
}

export function conclusionSection(ctx: ReportContext): void {
  const { first, reportedLast, summary } = ctx;
  const texts = ctx.data.reportTexts;
  ctx.heading(ctx.say('conclusion'));
  const projects = projectsOfPeriod(summary);
  const ownConclusion = texts.some((t) => t.section === 'conclusion');
  const results = resultsSentence(ctx);
  if (first !== undefined && reportedLast !== undefined && (ctx.anyActivity || results !== null) && !ownConclusion) {
    const total = ctx.moneyText(summary.effects.total);
    // One year is said as one year, never 「令和2年度から令和2年度までの1年間」; a plan that keeps no money states none.
    const oneYear = first === reportedLast;
    const key = ctx.keeps.effects ? (oneYear ? 'conclusionTextOneYear' : 'conclusionText') : oneYear ? 'conclusionNoEffectsOneYear' : 'conclusionNoEffects';
    const period = ctx.say(key, { first: ctx.yearInSentence(first), last: ctx.yearInSentence(reportedLast), n: ctx.years.length, projects, total });
    ctx.blocks.push({ type: 'paragraph', text: results === null ? period : `${period}${results}` });
  }
  ctx.blocks.push(...sectionTexts(texts, 'conclusion', null, ctx.lang));
}
