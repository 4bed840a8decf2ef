/**
 * A cell's value as the merge compares and shows it. Split from merge.ts (#24): one job, no behaviour change.
 */
import { type CellValue, cellText, isBlank, isDate } from '../base/cells';
import { cleanText } from '../base/text';

/** Two cells hold the same answer: both blank, equal numbers or dates, or the same text once invisible marks and edges are taken off. */
export function sameValue(a: CellValue, b: CellValue): boolean {
  if (isBlank(a) || isBlank(b)) return isBlank(a) && isBlank(b);
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  if (isDate(a) && isDate(b)) return a.getTime() === b.getTime();
  return cleanText(cellText(a)) === cleanText(cellText(b));
}

/** A value as a conflict or an error quotes it: its text, at most 60 characters. */
export const shown = (value: CellValue) => cellText(value).slice(0, 60);
