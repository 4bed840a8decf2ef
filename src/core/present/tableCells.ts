/**
 * The cells of the generated tables: text or a number with its kind, the text the report prints
 * and the spreadsheet format it is written with. Shared by the terminal, the .xlsx output, the
 * add-on's summary sheet and the report, so that they never disagree.
 */
import { decimalsOf, formatAmount, formatArea, groupThousands, toHundredths } from '../base/numbers';
import type { LabelShare } from '../compute/summarize';
import { type Lang, label } from '../words/messages';

export type NumberKind = 'count' | 'amount' | 'area' | 'percent' | 'delta';

export interface NumberCell {
  kind: NumberKind;
  /** The value written to a sheet (a percent as a ratio already rounded by the settings). */
  value: number;
  /** The value as the report prints it. */
  text: string;
  /** Decimal places of an amount (百万円 may carry them); percents use the settings'. */
  decimals?: number;
}

/** A table cell: text (always written as text, never as a formula) or a number; an empty cell is the text "". */
export type TableCell = string | NumberCell;

export interface ReportTable {
  id: string;
  title: string;
  header: string[];
  rows: TableCell[][];
  notes: string[];
}

export function countCell(value: number): NumberCell {
  return { kind: 'count', value, text: groupThousands(value) };
}

export function amountCell(value: number, decimals = 0): NumberCell {
  return decimals > 0 ? { kind: 'amount', value, text: formatAmount(value, decimals), decimals } : { kind: 'amount', value, text: formatAmount(value, 0) };
}

/** A goal's value: whole numbers grouped, decimals as typed. */
export function goalCell(value: number): NumberCell {
  return amountCell(value, decimalsOf(value));
}

export function areaCell(value: number): NumberCell {
  return { kind: 'area', value, text: formatArea(toHundredths(value)) };
}

export function percentCell(value: number | null, text: string): NumberCell | string {
  return value === null ? text : { kind: 'percent', value, text };
}

/** The spreadsheet number format of a kind: 千円 and counts with separators, ㎡ with 2 decimals, % with the settings' decimals. */
export function numberFormat(kind: NumberKind, decimals: number): string {
  switch (kind) {
    case 'count':
      return '#,##0';
    case 'amount':
      return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
    case 'area':
      return '#,##0.00';
    case 'percent':
      return decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%';
    case 'delta':
      return decimals > 0 ? `+#,##0.${'0'.repeat(decimals)};-#,##0.${'0'.repeat(decimals)};±0` : '+#,##0;-#,##0;±0';
  }
}

export function cellText(cell: TableCell): string {
  return typeof cell === 'string' ? cell : cell.text;
}

/** A net change of floor area: 1,234.56 ㎡の縮減 / の増加, or 増減なし. */
export function netText(net: number, lang: Lang): string {
  const hundredths = toHundredths(net);
  if (hundredths === 0) return label('unchanged', lang);
  const x = formatArea(Math.abs(hundredths));
  return hundredths < 0 ? label('reduced', lang, { x }) : label('increased', lang, { x });
}

/** Parenthesised project counts as the report prints them: － for none, (1 事業) otherwise. */
export function flowCell(count: number, lang: Lang): TableCell {
  if (count === 0) return label('none', lang);
  return { kind: 'count', value: count, text: label('flowCount', lang, { n: count }) };
}

/** Each label's count and share, side by side. */
export function shareCells(labels: LabelShare[]): TableCell[] {
  return labels.flatMap((entry) => [countCell(entry.count), percentCell(entry.shareRounded, entry.shareText)]);
}

/** A change with its sign; amounts keep the places typed (百万円 may carry decimals: +0.25, not +0). */
export function signedCell(n: number, decimals = 0): NumberCell {
  const text = n > 0 ? `+${formatAmount(n, decimals)}` : n < 0 ? `−${formatAmount(-n, decimals)}` : '±0';
  return decimals > 0 ? { kind: 'delta', value: n, text, decimals } : { kind: 'delta', value: n, text };
}

/** How a table names a fiscal year and a range of them: in the era in force at the as-of date (one rule for every output). */
export interface YearNames {
  year(year: number): string;
  range(range: { first: number; last: number; open?: boolean }): string;
}
