/** 総括: the period's figures in one sentence (unless the 報告書 sheet has its own), then the sheet's text. */
import { sectionTexts } from './blocks';
import type { ReportContext } from './context';

export function conclusionSection(ctx: ReportContext): void {
  const { first, reportedLast, summary } = ctx;
  const texts = ctx.data.reportTexts;
  ctx.heading(ctx.say('conclusion'));
  const projects = summary.perspectives.reduce((sum, p) => sum + p.projectsTotal, 0);
  const ownConclusion = texts.some((t) => t.section === 'conclusion');
  if (first !== undefined && reportedLast !== undefined && ctx.anyActivity && !ownConclusion) {
    const total = ctx.moneyText(summary.effects.total);
    // One year is said as one year, never 「令和2年度から令和2年度までの1年間」; a plan that keeps no money states none.
    const oneYear = first === reportedLast;
    const key = ctx.keeps.effects ? (oneYear ? 'conclusionTextOneYear' : 'conclusionText') : oneYear ? 'conclusionNoEffectsOneYear' : 'conclusionNoEffects';
    ctx.blocks.push({
      type: 'paragraph',
      text: ctx.say(key, { first: ctx.yearInSentence(first), last: ctx.yearInSentence(reportedLast), n: ctx.years.length, projects, total }),
    });
  }
  ctx.blocks.push(...sectionTexts(texts, 'conclusion', null, ctx.lang));
}
