/** 公共施設の延床面積, when the plan records facilities: the table, a sentence per year and for the plan, the chart. */
import { formatArea, toHundredths } from '../../base/numbers';
import { areaCell, netText, type TableCell } from '../tables';
import { chart, table } from './blocks';
import type { ReportContext } from './context';

type FloorYear = ReportContext['summary']['floorArea']['byYear'][number];

/** Each year's sentence: its largest named facilities and its net change. */
function yearSentence(ctx: ReportContext, row: FloorYear): string {
  const year = ctx.yearInSentence(row.year);
  if (toHundredths(row.abolished) === 0 && toHundredths(row.added) === 0) return ctx.say('floorYearNone', { year });
  // The largest named facilities; a catch-all row (その他…) is no facility to name.
  const named = [...row.facilities]
    .filter((x) => !/^その他|^other/i.test(x.name))
    .sort((a, b) => b.area - a.area)
    .slice(0, 3);
  const net = netText(row.net, ctx.lang);
  if (named.length === 0) return ctx.say('floorYearPlain', { year, net });
  const facilities = named.map((x) => ctx.say(x.change === 'abolished' ? 'facilityAbolished' : 'facilityAdded', { name: x.name })).join(ctx.say('dotJoiner'));
  return ctx.say('floorYear', { year, facilities, net });
}

export function floorAreaSection(ctx: ReportContext): void {
  const { blocks, lang, summary, shown } = ctx;
  const f = summary.floorArea;
  if (!ctx.keeps.floorArea || ctx.data.facilities.length === 0) return;
  ctx.heading(ctx.say('floorSection'));
  const areaText = (value: number) => ctx.say('area', { x: formatArea(toHundredths(value)) });
  const areaRow = (name: string, pick: (row: FloorYear) => number): TableCell[] => [
    name,
    ...f.byYear.map((row) => ({ ...areaCell(pick(row)), text: areaText(pick(row)) })),
  ];
  blocks.push(
    table(
      'floorArea',
      ctx.summaryTable('floorArea').title,
      [ctx.say('floorKindColumn'), ...ctx.years.map((y) => ctx.yearLabel(y))],
      [
        ctx.yearCells(
          areaRow(ctx.say('abolishedRow'), (row) => row.abolished),
          1,
        ),
        ctx.yearCells(
          areaRow(ctx.say('addedRow'), (row) => row.added),
          1,
        ),
        ctx.yearCells([ctx.say('netRow'), ...f.byYear.map((row) => netText(row.net, lang))], 1),
      ],
    ),
  );
  for (const row of f.byYear.filter((r) => shown.has(r.year))) blocks.push({ type: 'paragraph', text: yearSentence(ctx, row) });
  // One sentence for the plan, when the whole and the general account move the same way (the seed's form).
  const net = toHundredths(f.net);
  const ga = toHundredths(f.netGeneralAccount);
  if (net !== 0 && (ga === 0 || Math.sign(net) === Math.sign(ga))) {
    blocks.push({
      type: 'paragraph',
      text: ctx.say('floorPlan', {
        net: formatArea(Math.abs(net)),
        ga: formatArea(Math.abs(ga)),
        change: ctx.say(net < 0 ? 'floorReduced' : 'floorIncreased'),
      }),
    });
  } else {
    blocks.push({ type: 'note', text: ctx.summaryTable('floorArea').notes[0] });
  }
  blocks.push(
    chart(
      {
        id: 'floorArea',
        kind: 'bar',
        title: ctx.say('chartFloor'),
        unit: ctx.say('areaUnit'),
        points: f.byYear.filter((row) => shown.has(row.year)).map((row) => ({ label: ctx.yearLabel(row.year), value: row.net, text: netText(row.net, lang) })),
      },
      lang,
    ),
  );
}
