/**
 * What every section of the report shares: the years it speaks of, the plan's
 * units and names, the summary's tables, and the blocks it writes — built once
 * per report by buildReport (report/index.ts) and handed to each section.
 */
import { type FiscalYear, formatFiscalYear, formatYearRange, type YearRange } from '../../base/fiscalYear';
import type { Lang } from '../../base/lang';
import { formatAmount } from '../../base/numbers';
import type { PipelineResult } from '../../compute/pipeline';
import type { Summary } from '../../compute/summarize';
import type { WorkbookData } from '../../read/read';
import { REPORT_WORDS, reportYear, reportYearInSentence, reportYearRange, sectionNumber } from '../../words/messages';
import { fiscalYearLabel } from '../../words/yearLabels';
import { amountCell, type NumberCell, type ReportTable, reportTables, type TableCell } from '../tables';
import type { ReportBlock } from './model';

/** A year named in the era of the report's date (workbook.md "Era names"): 平成31年度 as of 2019-03-31, 令和元年度 from 2019-05-01. */
const eraYear = (year: FiscalYear, asOf: string) => formatFiscalYear(year, 'long', asOf);
const eraRange = (range: YearRange, asOf: string, style: 'long' | 'short' = 'long') => formatYearRange(range, style, asOf);

export type ReportWord = keyof typeof REPORT_WORDS;

/** The records a plan may or may not keep (workbook.md "What the plan keeps"). */
export type KeptRecord = 'activities' | 'targets' | 'effects' | 'floorArea';
export const KEPT_RECORDS: readonly KeptRecord[] = ['activities', 'targets', 'effects', 'floorArea'];

/** A report word in a language, its {placeholders} filled. */
export function say(key: ReportWord, lang: Lang, params: Record<string, string | number> = {}): string {
  return REPORT_WORDS[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

export interface ReportContext {
  readonly result: PipelineResult;
  readonly summary: Summary;
  readonly data: WorkbookData;
  readonly lang: Lang;
  readonly planName: string;
  /** Every year of the plan. */
  readonly planYears: readonly number[];
  /** The years the report speaks of: those begun by the as-of date, and any later one that already has data. */
  readonly years: readonly number[];
  readonly shown: ReadonlySet<number>;
  /** The plan's years not begun yet (an interim report leaves them out). */
  readonly notYet: readonly number[];
  readonly first: number | undefined;
  readonly last: number | undefined;
  readonly reportedLast: number | undefined;
  readonly anyActivity: boolean;
  /**
   * Whether the plan keeps a kind of record: its sheet is there with rows. A section whose records the
   * plan does not keep is left out (never zeros, never the default labels); a sheet whose rows all
   * have errors is kept, and its section says nothing counted yet.
   */
  readonly keeps: Readonly<Record<KeptRecord, boolean>>;
  /** The money unit after a figure: 千円 in Japanese, " thousand yen" in English. */
  readonly unitShown: string;
  /** The blocks written so far. */
  readonly blocks: ReportBlock[];
  /** A numbered section heading: １ はじめに. */
  heading(text: string): void;
  say(key: ReportWord, params?: Record<string, string | number>): string;
  /** Keeps a row's cells for the years shown: the leading label cells, one per plan year, then any total. */
  yearCells<T>(cells: T[], lead: number): T[];
  money(value: number): NumberCell;
  moneyText(value: number): string;
  /** A table of the summary (tables.ts), its year labels named as of the report's date. */
  summaryTable(id: string): ReportTable;
  /** 令和2年度 / FY2020, the era as of the report's date. */
  yearLabel(year: number): string;
  /** 令和2（2020）年度 / FY2020, the era as of the report's date. */
  yearInSentence(year: number): string;
  /** 令和2～5年度 (or R2～R5 short) / FY2020-FY2023, the era as of the report's date. */
  rangeLabel(range: YearRange, style?: 'long' | 'short'): string;
}

function unitCell(value: number, decimals: number, unit: string): NumberCell {
  const cell = amountCell(value, decimals);
  return { ...cell, text: `${cell.text}${unit}` };
}

export function reportContext(result: PipelineResult, lang: Lang): ReportContext {
  const { summary, data } = result;
  const asOf = result.asOf;
  const hasData = (y: number) =>
    data.activities.some((a) => a.year === y) ||
    data.effects.some((e) => e.year === y) ||
    data.facilities.some((f) => f.year === y) ||
    data.goals.some((g) => g.year === y && g.actual !== null);
  const planYears = summary.years;
  // A mid-plan (interim) report never states a year that has not started.
  const years = planYears.filter((y) => y <= result.currentYear || hasData(y));
  const shown = new Set(years);
  const unitShown = say('moneyUnit', lang, { unit: summary.effects.unitLabel, unitEn: summary.effects.unit });
  const yearLabel = (year: number) => reportYear(year, eraYear(year, asOf), lang);

  // The summary's tables name years as the formatter does (令和元年度); a report as of an earlier
  // date names them in the era of that date (平成31年度). Only the labels that differ are replaced.
  const renamed = new Map<string, string>();
  const periodRange = planYears.length > 0 ? { first: planYears[0], last: planYears[planYears.length - 1] } : undefined;
  for (const year of new Set([...planYears, ...summary.achievement.byYear.map((row) => row.year)])) {
    if (fiscalYearLabel(year, lang) !== yearLabel(year)) renamed.set(fiscalYearLabel(year, lang), yearLabel(year));
  }
  // The target years of 【一部未達成、未達成の事項】 (Japanese text: an English table names them FY…).
  for (const target of data.targets) {
    const formatted = formatYearRange(target.years);
    if (formatted !== eraRange(target.years, asOf)) renamed.set(formatted, eraRange(target.years, asOf));
  }
  const periodRenamed = periodRange !== undefined && formatYearRange(periodRange) !== eraRange(periodRange, asOf);
  const rename = (cell: TableCell): TableCell => (typeof cell === 'string' ? (renamed.get(cell) ?? cell) : cell);
  const renameNote = (note: string) => (periodRange && periodRenamed ? note.replace(formatYearRange(periodRange), eraRange(periodRange, asOf)) : note);
  const tables = new Map(
    reportTables(summary, lang, undefined, asOf).map((t) => [
      t.id,
      renamed.size === 0 && !periodRenamed
        ? t
        : { ...t, header: t.header.map((h) => renamed.get(h) ?? h), rows: t.rows.map((row) => row.map(rename)), notes: t.notes.map(renameNote) },
    ]),
  );

  const blocks: ReportBlock[] = [];
  let section = 0;
  return {
    result,
    summary,
    data,
    lang,
    planName: summary.plan.name ?? say('defaultPlan', lang),
    planYears,
    years,
    shown,
    notYet: planYears.filter((y) => !shown.has(y)),
    first: planYears[0],
    last: planYears[planYears.length - 1],
    reportedLast: years[years.length - 1],
    anyActivity: data.activities.length > 0,
    keeps: summary.keeps,
    unitShown,
    blocks,
    heading: (text) => {
      blocks.push({ type: 'heading', level: 1, text: `${sectionNumber(++section, lang)} ${text}` });
    },
    say: (key, params) => say(key, lang, params),
    yearCells: (cells, lead) => cells.filter((_, i) => i < lead || i >= lead + planYears.length || shown.has(planYears[i - lead])),
    money: (value) => unitCell(value, summary.effects.decimals, unitShown),
    moneyText: (value) => `${formatAmount(value, summary.effects.decimals)}${unitShown}`,
    // reportTables builds every table asked for here (goals only when the plan has goals, asked for only then).
    summaryTable: (id) => tables.get(id) as ReportTable,
    yearLabel,
    yearInSentence: (year) => reportYearInSentence(year, eraYear(year, asOf), lang),
    rangeLabel: (range, style) => reportYearRange(range, eraRange(range, asOf, style), lang),
  };
}
