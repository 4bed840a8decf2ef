/** 目標, when the plan has headline goals: each goal's actual per year shown, 累計 and 進捗率. */
import { goalYearRows } from '../planTables';
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
      goals.notes,
    ),
  );
  // A goal with 年度目標: each year against its own target (2,085 / 950 = 219.5%), the summary's own rows (tables.ts) for the years shown.
  const yearly = goalYearRows(ctx.summary);
  if (yearly.length === 0) return;
  const t = ctx.summaryTable('goalYears');
  ctx.blocks.push(
    table(
      'goalYears',
      t.title,
      t.header,
      t.rows.filter((_, i) => ctx.shown.has(yearly[i].entry.year)),
    ),
  );
}
