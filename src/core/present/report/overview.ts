/** １ はじめに and ２ 計画の概要: the period and the perspectives from 設定, the rest from the 報告書 sheet. */
import { bracketNumber } from '../../words/messages';
import { sectionTexts } from './blocks';
import type { ReportContext } from './context';

export function introduction(ctx: ReportContext): void {
  ctx.heading(ctx.say('introduction'));
  ctx.blocks.push(...sectionTexts(ctx.data.reportTexts, 'introduction', null, ctx.lang));
}

export function planOverview(ctx: ReportContext): void {
  const { blocks, lang, first, last, planYears } = ctx;
  ctx.heading(ctx.say('planOverview'));
  blocks.push({ type: 'heading', level: 2, text: `${bracketNumber(1, lang)}${ctx.say('planPeriod')}` });
  if (first !== undefined && last !== undefined)
    blocks.push({
      type: 'paragraph',
      text:
        first === last
          ? ctx.say('planPeriodOneYear', { plan: ctx.planName, first: ctx.yearInSentence(first) })
          : ctx.say('planPeriodText', { plan: ctx.planName, first: ctx.yearInSentence(first), last: ctx.yearInSentence(last), n: planYears.length }),
    });
  blocks.push(...sectionTexts(ctx.data.reportTexts, 'planOverview', null, lang));
  blocks.push({ type: 'heading', level: 2, text: `${bracketNumber(2, lang)}${ctx.say('perspectives')}` });
  blocks.push({ type: 'paragraph', text: ctx.say('perspectivesText', { n: ctx.summary.perspectives.length }) });
  blocks.push({ type: 'list', items: ctx.summary.perspectives.map((p) => `${bracketNumber(p.perspective, lang)}${p.name}`) });
}
