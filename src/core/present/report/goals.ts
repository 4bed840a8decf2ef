/** 目標, when the plan has headline goals: each goal's actual per year shown, 累計 and 進捗率. */
import { goalCell, percentCell } from '../tableCells';
import { table } from './blocks';
import type { ReportContext } from './context';

export function goalsSection(ctx: ReportContext): void {
  if (ctx.summary.goals.length === 0) return;
  const goals = ctx.summaryTable('goals');
  ctx.heading(ctx.say('goalsSection'));
  ctx.blocks.push(
    table(
      'goals',
      goals.title,
      ctx.yearCells(goals.header, 3),
      goals.rows.map((row) => ctx.yearCells(row, 3)),
    ),
  );
  // A goal with 年度目標: each year shown against its own target (2,085 / 950 = 219.5%); － where a figure is missing.
  ctx.summary.goals.forEach((goal, index) => {
    const years = goal.byYear.filter((entry) => entry.target !== null && ctx.shown.has(entry.year));
    if (years.length === 0) return;
    const units = { unit: goal.unit, unitEn: goal.unit };
    const none = ctx.say('notEvaluated');
    ctx.blocks.push(
      table(
        `goalYears${index + 1}`,
        ctx.say('goalYearsCaption', { goal: goal.name }),
        [ctx.say('goalYearColumn'), ctx.say('goalYearTarget', units), ctx.say('goalYearActual', units), ctx.say('goalYearRate')],
        years.map((entry) => [
          ctx.yearLabel(entry.year),
          entry.target === null ? none : goalCell(entry.target),
          entry.actual === null ? none : goalCell(entry.actual),
          percentCell(entry.rateRounded, entry.rateText),
        ]),
      ),
    );
  });
}
