/**
 * How drafts print numbers and years, as patterns every figure finder shares.
 */
import { type FiscalYear, parseFiscalYear } from '../base/fiscalYear';

/** A number as drafts print it: 1,234, 12.5, ０ (already NFKC). */
export const NUM = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
export const YEAR = '(?:令和|平成)(?:\\d+|元)年度|(?:19|20)\\d{2}年度|FY(?:19|20)\\d{2}|(?<![A-Za-z])[RH]\\d{1,2}(?:年度)?(?![\\d.])';
export const number = (text: string) => Number(text.replace(/,/g, ''));
/** A cell that is a year label and nothing else (made once: a pattern made for every cell of a long row costs more than it matches). */
export const YEAR_CELL = new RegExp(`^(${YEAR})$`);

/** The first index of a sorted array whose value is at least `value`. */
export function lowerBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function yearOf(text: string): FiscalYear | null {
  return parseFiscalYear(text.replace('元年度', '1年度'));
}

/** A year label with the year it names, or null when it names none. */
export function statedYear(text: string): { value: FiscalYear; text: string } | null {
  const value = yearOf(text);
  return value === null ? null : { value, text };
}

/**
 * What cell.replace(/\(([^)]*)\)$/, replace) gives, without a regular expression
 * that scans to the end of the cell from every ( — quadratic on a cell of ( with
 * no ). The match is the first ( after the last ) but the final one.
 */
export function replaceFinalParenthesis(cell: string, replace: (inner: string) => string): string {
  if (!cell.endsWith(')')) return cell;
  const open = cell.indexOf('(', cell.lastIndexOf(')', cell.length - 2) + 1);
  if (open < 0 || open > cell.length - 2) return cell;
  return `${cell.slice(0, open)}${replace(cell.slice(open + 1, cell.length - 1))}`;
}
