/** ６ 主な取組と成果: per perspective, 概要, each year's notes, 【取組結果】, 課題と今後の方向性. */
import { perspectiveEffects } from '../../compute/summarize';
import { bracketNumber } from '../../words/messages';
import type { NumberCell, TableCell } from '../tables';
import { sectionTexts, table } from './blocks';
import type { ReportContext } from './context';

/** Each year's 取組内容・成果 of a perspective's activities, one item per project and text. */
function yearNotes(ctx: ReportContext, perspective: number): boolean {
  const { data } = ctx;
  let anyNotes = false;
  for (const year of ctx.years) {
    const seen = new Set<string>();
    const items: string[] = [];
    for (const activity of data.activities) {
      if (activity.year !== year || !activity.notes) continue;
      const project = data.projects[activity.project];
      if (!project || project.perspective !== perspective) continue;
      const item = ctx.say('projectWithNotes', { name: project.name, notes: activity.notes });
      if (seen.has(item)) continue;
      seen.add(item);
      items.push(item);
    }
    if (items.length === 0) continue;
    anyNotes = true;
    ctx.blocks.push({ type: 'yearItems', year: ctx.yearLabel(year), items });
  }
  return anyNotes;
}

export function resultsSection(ctx: ReportContext): void {
  const { blocks, lang, summary } = ctx;
  const texts = ctx.data.reportTexts;
  ctx.heading(ctx.say('resultsSection'));
  for (const p of summary.perspectives) {
    blocks.push({ type: 'heading', level: 2, text: `${bracketNumber(p.perspective, lang)}${p.name}` });
    blocks.push({ type: 'caption', text: ctx.say('overview') });
    blocks.push(...sectionTexts(texts, 'perspectiveOverview', p.perspective, lang));
    // Each year's notes come from the activities: a plan that keeps none has no such part.
    if (ctx.keeps.activities) {
      blocks.push({ type: 'caption', text: ctx.say('mainResults') });
      if (!yearNotes(ctx, p.perspective)) blocks.push({ type: 'placeholder', text: ctx.say('noNotes') });
    }
    // 【取組結果】 as the seed prints it: counts with 事業, amounts with the unit; the rows of records the plan keeps.
    const t = ctx.summaryTable(`perspective${p.perspective}`);
    const effects = perspectiveEffects(summary, p.perspective);
    const projectsCell = (n: number): NumberCell => ({ kind: 'count', value: n, text: ctx.say('projectsCount', { n }) });
    const rows: TableCell[][] = [];
    if (ctx.keeps.activities) rows.push([t.rows[0][0], ...p.projects.map((c) => projectsCell(c.count)), projectsCell(p.projectsTotal)], t.rows[1], t.rows[2]);
    if (ctx.keeps.effects) rows.push([ctx.say('effectColumn'), ...effects.byYear.map((e) => ctx.money(e.amount)), ctx.money(effects.total)]);
    if (rows.length > 0)
      blocks.push(
        table(
          `perspective${p.perspective}`,
          ctx.say('results'),
          ctx.yearCells(t.header, 1),
          rows.map((row) => ctx.yearCells(row, 1)),
        ),
      );
    blocks.push({ type: 'caption', text: ctx.say('issues') });
    blocks.push(...sectionTexts(texts, 'issues', p.perspective, lang));
  }
}
