/**
 * The report's tables as plain rows, shared by the terminal, the .xlsx output and the add-on's
 * summary sheet, so the three never disagree: in the order they are printed. The cells are in
 * tableCells.ts, the tables of results in resultTables.ts, the others in planTables.ts.
 */
import type { EraDate } from '../base/fiscalYear';
import type { Keeps } from '../compute/model';
import type { Summary } from '../compute/summarize';
import { SHEETS } from '../contract/schema';
import { type Lang, label } from '../words/messages';
import { fiscalYearLabel, yearRangeLabel } from '../words/yearLabels';
import { deltaTables, effectsTables, floorAreaTables, goalTables, perspectiveTables, projectsTable } from './planTables';
import { achievementTables, progressTables } from './resultTables';
import type { ReportTable, YearNames } from './tableCells';

export { periodText, termName } from '../words/tableWords';
export * from './tableCells';

/** Every record kept: the tables of every record, as the report asks for them (it says itself what the plan keeps). */
const EVERY_RECORD: Keeps = { activities: true, targets: true, effects: true, floorArea: true, goals: true };

/** Every table, in the order they are printed; `keeps`: the records whose tables, rows and columns are built. */
export function reportTables(summary: Summary, lang: Lang, keeps: Keeps = EVERY_RECORD, asOf?: EraDate): ReportTable[] {
  // Every year is named in the era in force at the as-of date (workbook.md "Era names"), as the report does.
  const years: YearNames = { year: (year) => fiscalYearLabel(year, lang, asOf), range: (range) => yearRangeLabel(range, lang, asOf) };
  return [
    ...progressTables(summary, lang, keeps, years),
    ...achievementTables(summary, lang, keeps, years),
    ...effectsTables(summary, lang, keeps, years),
    ...perspectiveTables(summary, lang, keeps, years),
    ...floorAreaTables(summary, lang, keeps, years),
    ...goalTables(summary, lang, years),
    ...deltaTables(summary, lang, keeps, years),
    projectsTable(summary, lang, keeps),
  ];
}

/**
 * The tables the terminal and the 集計 sheet print: those of the records the plan keeps, never a table of
 * zeros or default labels for records it does not (#25); notKeptLine says which are left out.
 */
export function keptTables(summary: Summary, lang: Lang, asOf?: EraDate): ReportTable[] {
  return reportTables(summary, lang, summary.keeps, asOf);
}

/** The records whose tables are left out when the plan does not keep them (goals are quietly optional: never named). */
const KEPT_RECORDS = ['activities', 'targets', 'effects', 'floorArea'] as const;

/**
 * The one line naming what the plan does not keep, whose tables are therefore left out (never printed as
 * zeros or with the default labels): the terminal, the 集計 sheet and the digest print it; null when it keeps all.
 */
export function notKeptLine(summary: Summary, lang: Lang, records: readonly (typeof KEPT_RECORDS)[number][] = KEPT_RECORDS): string | null {
  const missing = records.filter((key) => !summary.keeps[key]);
  if (missing.length === 0) return null;
  return label('notKept', lang, {
    sheets: missing.map((key) => label('notKeptSheet', lang, { sheet: SHEETS[key].ja, sheetEn: SHEETS[key].en })).join(label('notKeptJoin', lang)),
  });
}
