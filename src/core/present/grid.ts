/**
 * Generated sheets as grids: values plus per-cell number format, weight and
 * fill, laid out once here and written by both adapters (exceljs and Apps
 * Script), so the .xlsx and the add-on's sheets never differ.
 */
import { a1 } from '../base/cells';
import type { EraDate } from '../base/fiscalYear';
import { jstStamp } from '../base/jst';
import { displayWidth } from '../base/text';
import type { Summary } from '../compute/summarize';
import { type Lang, label } from '../words/messages';
import type { ProblemView } from '../words/problems';
import { keptTables, notKeptLine, numberFormat, type ReportTable } from './tables';

export type GridValue = string | number | boolean | null;

export interface GridCell {
  value: GridValue;
  /** Spreadsheet number format; text cells get '@' so nothing typed as text is re-parsed. */
  format: string;
  bold: boolean;
  italic: boolean;
  /** Background colour (#rrggbb) or null. */
  fill: string | null;
  /** Text: written as text, never as a formula. */
  text: boolean;
}

export interface ChartAnchor {
  id: 'progressRate' | 'effects';
  title: string;
  /** A1 range of the data (labels column + one value column), for the chart. */
  range: string;
  /** Where the chart goes: 1-based row and column. */
  row: number;
  column: number;
}

export interface Grid {
  rows: GridCell[][];
  width: number;
  charts: ChartAnchor[];
  /** Column widths in characters (East Asian characters count two). */
  columnWidths: number[];
}

export const HEADER_FILL = '#dde7f0';

function cell(value: GridValue, options: Partial<GridCell> = {}): GridCell {
  const text = typeof value === 'string';
  return { value, format: text ? '@' : 'General', bold: false, italic: false, fill: null, text, ...options };
}

function pad(rows: GridCell[][], width: number): GridCell[][] {
  return rows.map((row) => {
    const copy = row.slice(0, width);
    while (copy.length < width) copy.push(cell(null));
    return copy;
  });
}

function widths(rows: GridCell[][], width: number, min: number, max: number): number[] {
  const result: number[] = Array.from({ length: width }, () => min);
  for (const row of rows) {
    row.forEach((c, index) => {
      if (c.value === null || c.bold) return;
      const shown = typeof c.value === 'number' ? String(Math.round(c.value * 100) / 100).length + 3 : displayWidth(String(c.value).split('\n')[0]);
      result[index] = Math.max(result[index], Math.min(max, shown + 2));
    });
  }
  // In steps of 6 characters, so that neighbouring columns share a width (one call sets them all).
  return result.map((chars) => Math.min(max, Math.ceil(chars / 6) * 6));
}

/** The text that marks a generated summary sheet's second row (adapters also mark the sheet itself). */
export const GENERATED_MARK = 'Shinchoku';

export function summaryHeaderLines(summary: Summary, lang: Lang, builtAt: Date): { title: string; lines: string[] } {
  const errors = summary.problemCounts.error;
  const title = summary.plan.name ? `${summary.plan.name} — ${label('summaryTitle', lang)}` : label('summaryTitle', lang);
  return {
    title,
    lines: [
      `${label('builtAt', lang)}: ${jstStamp(builtAt)} (JST) — ${GENERATED_MARK}${summary.asOfBaseline ? ` — ${label('asOfBaseline', lang, { date: summary.asOfBaseline })}` : ''}`,
      errors > 0 ? label('errorsRemain', lang, { e: errors, w: summary.problemCounts.warning }) : label('noErrors', lang),
    ],
  };
}

/** The summary sheet: a title, when it was built and whether errors remain, then every table. */
export function summaryGrid(summary: Summary, lang: Lang, builtAt: Date, asOf?: EraDate): Grid {
  const tables: ReportTable[] = keptTables(summary, lang, asOf);
  const header = summaryHeaderLines(summary, lang, builtAt);
  const rows: GridCell[][] = [
    [cell(header.title, { bold: true })],
    ...header.lines.map((line, index) => [cell(line, { bold: index === 1 && summary.problemCounts.error > 0 })]),
  ];
  // What the plan does not keep, whose tables are left out: said once, under the header.
  const notKept = notKeptLine(summary, lang);
  if (notKept !== null) rows.push([cell(notKept)]);
  const charts: ChartAnchor[] = [];
  const width = Math.max(1, ...tables.map((t) => t.header.length));
  for (const table of tables) {
    rows.push([]);
    rows.push([cell(table.title, { bold: true })]);
    const headerRow = rows.length;
    rows.push(table.header.map((h) => cell(h, { bold: true, fill: HEADER_FILL })));
    for (const tableRow of table.rows) {
      rows.push(
        tableRow.map((c) => {
          if (typeof c === 'string') return cell(c);
          // The mark 「計算不能」 where the summary's last guard found no finite figure (summarize.ts guardFigures): as text.
          if (typeof c.value !== 'number' || !Number.isFinite(c.value)) return cell(c.text);
          return cell(c.value, { format: numberFormat(c.kind, c.decimals ?? (c.kind === 'percent' ? summary.plan.decimals : 0)), text: false });
        }),
      );
    }
    const dataRows = table.rows.length;
    if (table.id === 'progressRate' && dataRows > 0) {
      charts.push({
        id: 'progressRate',
        title: table.title,
        range: `${a1(headerRow, 0)}:${a1(headerRow + dataRows, 1)}`,
        row: headerRow + 1,
        column: width + 2,
      });
    }
    if (table.id === 'effects' && dataRows > 1) {
      // The last row is the total; the chart shows the years only.
      charts.push({
        id: 'effects',
        title: table.title,
        range: `${a1(headerRow, 0)}:${a1(headerRow + dataRows - 1, 1)}`,
        row: headerRow + 1,
        column: width + 2,
      });
    }
    for (const note of table.notes) rows.push([cell(note, { italic: true })]);
  }
  const padded = pad(rows, width);
  return { rows: padded, width, charts, columnWidths: widths(padded, width, 10, 50) };
}

/** The problems sheet: one row per problem; the cell column links to the cell in the adapters. */
export function problemsGrid(problems: ProblemView[], lang: Lang): Grid {
  const header = [label('severity', lang), label('sheet', lang), label('cell', lang), label('value', lang), label('message', lang), label('suggestion', lang)];
  const rows: GridCell[][] = [header.map((h) => cell(h, { bold: true, fill: HEADER_FILL }))];
  for (const p of problems) rows.push([cell(label(p.severity, lang)), cell(p.sheet), cell(p.cell), cell(p.value), cell(p.message), cell(p.suggestion ?? '')]);
  if (problems.length === 0) rows.push([cell(label('noErrors', lang)), cell(''), cell(''), cell(''), cell(''), cell('')]);
  return { rows, width: header.length, charts: [], columnWidths: widths(rows, header.length, 8, 80) };
}
