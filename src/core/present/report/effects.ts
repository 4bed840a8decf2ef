/** ５ 財政健全化効果額: the period's sentence, the table by year and its chart. */
import { countCell, type TableCell } from '../tables';
import { chart, table } from './blocks';
import type { ReportContext } from './context';

function effectsSentence(ctx: ReportContext): string | null {
  const { first, reportedLast, years, summary } = ctx;
  if (!ctx.anyActivity || first === undefined || reportedLast === undefined) return null;
  const total = ctx.moneyText(summary.effects.total);
  if (ctx.notYet.length === 0) return ctx.say(years.length === 1 ? 'effectsTextOneYear' : 'effectsText', { plan: ctx.planName, n: years.length, total });
  // An interim report of its first year says one year, never 「令和2年度から令和2年度までの1年間」.
  if (first === reportedLast) return ctx.say('effectsTextInterimOneYear', { plan: ctx.planName, first: ctx.yearInSentence(first), total });
  return ctx.say('effectsTextInterim', {
    plan: ctx.planName,
    first: ctx.yearInSentence(first),
    last: ctx.yearInSentence(reportedLast),
    n: years.length,
    total,
  });
}

export function effectsSection(ctx: ReportContext): void {
  const { blocks, lang, summary, shown } = ctx;
  if (!ctx.keeps.effects) return;
  ctx.heading(ctx.say('effectsSection'));
  const sentence = effectsSentence(ctx);
  if (sentence !== null) blocks.push({ type: 'paragraph', text: sentence });
  const effectsTable = ctx.summaryTable('effects');
  blocks.push(
    table(
      'effects',
      effectsTable.title,
      ['', ctx.say('yearColumn'), ctx.say('effectsSection')],
      [
        ...summary.effects.byYear
          .filter((row) => shown.has(row.year))
          .map((row, i): TableCell[] => [countCell(i + 1), ctx.yearLabel(row.year), ctx.money(row.amount)]),
        ['', ctx.say('totalRow'), ctx.money(summary.effects.total)],
      ],
    ),
  );
  blocks.push(
    chart(
      {
        id: 'effects',
        kind: 'bar',
        title: ctx.say('chartEffects'),
        unit: ctx.unitShown.trim(),
        points: summary.effects.byYear
          .filter((row) => shown.has(row.year))
          .map((row) => ({ label: ctx.yearLabel(row.year), value: row.amount, text: ctx.moneyText(row.amount) })),
      },
      lang,
    ),
  );
}
