/** 目標, when the plan has headline goals: each goal's actual per year shown, 累計 and 進捗率. */
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
}
