/** ３ 取組状況: 【進捗状況】 and 【進捗率】 in the seed's layout, the chart, the 【区分】 box. */
import { quoted } from '../../words/messages';
import { termName } from '../tables';
import { chart, definitionOf, table } from './blocks';
import type { ReportContext } from './context';

export function progressSection(ctx: ReportContext): void {
  const { blocks, lang, summary, shown } = ctx;
  const progressTerms = summary.vocabulary.progress;
  if (!ctx.keeps.activities) return;
  ctx.heading(ctx.say('progressSection'));
  blocks.push({ type: 'paragraph', text: ctx.say('progressIntro', { n: progressTerms.length }) });
  // 【進捗状況】 is the summary's own table (tables.ts): each label's count and share, each shared meaning's total
  // and share — the figures the terminal and the 集計 sheet print, for the years the report speaks of.
  const progressTable = ctx.summaryTable('progress');
  blocks.push(
    table(
      'progress',
      progressTable.title,
      progressTable.header,
      progressTable.rows.filter((_, i) => shown.has(summary.progress[i].year)),
    ),
  );
  const rateTable = ctx.summaryTable('progressRate');
  blocks.push(
    table(
      'progressRate',
      rateTable.title,
      rateTable.header,
      rateTable.rows.filter((_, i) => shown.has(summary.progress[i].year)),
    ),
  );
  const points = summary.progress
    .filter((p) => p.rateRounded !== null && shown.has(p.year))
    .map((p) => ({ label: ctx.yearLabel(p.year), value: (p.rateRounded ?? 0) * 100, text: p.rateText }));
  // A line through one year is a dot: with one year the 【進捗率】 table above says it all, and no chart is drawn. (With none, the
  // chart stays, its text alternative saying there is no value yet.)
  if (points.length !== 1) blocks.push(chart({ id: 'progressRate', kind: 'line', title: ctx.say('chartRate'), unit: '%', max: 100, points }, lang));
  blocks.push({
    type: 'definitions',
    caption: ctx.say('categories'),
    items: progressTerms.map((term) => ({ term: quoted(termName(term, lang), lang), meaning: definitionOf(term, lang) })),
  });
}
