/**
 * The report's tables as plain rows, shared by the terminal, the .xlsx output and the add-on's
 * summary sheet, so the three never disagree: in the order they are printed. The cells are in
 * tableCells.ts, the tables of results in resultTables.ts, the others in planTables.ts.
 */
import type { Summary } from '../compute/summarize';
import type { Lang } from '../words/messages';
import { deltaTables, effectsTable, floorAreaTable, goalTables, perspectiveTables, projectsTable } from './planTables';
import { achievementTables, progressTables } from './resultTables';
import type { ReportTable } from './tableCells';

export { periodText, termName } from '../words/tableWords';
export * from './tableCells';

export function reportTables(summary: Summary, lang: Lang): ReportTable[] {
  return [
    ...progressTables(summary, lang),
    ...achievementTables(summary, lang),
    effectsTable(summary, lang),
    ...perspectiveTables(summary, lang),
    floorAreaTable(summary, lang),
    ...goalTables(summary, lang),
    ...deltaTables(summary, lang),
    projectsTable(summary, lang),
  ];
}
