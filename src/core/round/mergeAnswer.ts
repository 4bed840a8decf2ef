/**
 * One answer cell as the plan's rules take it before the plan's own validation (mergeFile.ts's candidates):
 * a label's variant as the label, an amount read as the reader reads it, an error for what would be merged
 * as something else. Split from merge.ts (#24): one job, no behaviour change.
 */
import { type CellValue, cellText, isDate } from '../base/cells';
import { amountUnitPattern, parseNumber } from '../base/numbers';
import { normalizeText } from '../base/text';
import { matchResult } from '../contract/vocabulary';
import type { WorkbookData } from '../read/read';
import type { MessageKey, MessageParams } from '../words/messages';
import type { RoundField } from './rows';

/** Excel's limit of characters in a cell (https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3). */
export const CELL_TEXT_LIMIT = 32_767;

/**
 * An answer cell as the plan's rules take it, before the plan's own validation: the plan's label for a
 * variant of it (Ａ → A, as validation reads it), a number for an amount typed as a plain number; an error
 * for what would be merged as something else — a date (Excel's reading of 1/2 or 3-31: a serial number in
 * the master), an amount with another unit or words (0.5億円, 約10; the plan's own unit is read as the reader
 * reads it), a text longer than a cell holds.
 */
export function checkedAnswer(
  field: RoundField,
  value: CellValue,
  data: WorkbookData,
  column: string,
): { to: CellValue } | { code: MessageKey; params: MessageParams } {
  if (isDate(value)) return { code: 'answerDate', params: { column, value: cellText(value), number: field === 'amount' ? 1 : 0 } };
  if (typeof value === 'string' && value.length > CELL_TEXT_LIMIT)
    return { code: 'answerTooLong', params: { column, value: value.slice(0, 20), length: value.length, limit: CELL_TEXT_LIMIT } };
  if (field === 'amount' && typeof value === 'string') {
    // The reader's rule (read/sheets/effects.ts): the plan's own unit at the end is the header's, not a word (42百万円 → 42).
    const read = parseNumber(value, amountUnitPattern(data.settings.moneyUnit));
    // Digits apart (「12 5」): a typo or two figures, never 125 (r27h 8).
    if (!read.ok || /\d[\s\u3000]+\d/.test(normalizeText(value)))
      return { code: 'answerAmountText', params: { column, value: value.slice(0, 60), unit: data.settings.moneyUnit } };
    return { to: read.value };
  }
  if ((field === 'status' || field === 'result') && typeof value === 'string') {
    const vocabulary = field === 'status' ? data.vocabulary.progress : data.vocabulary.result;
    const found = field === 'result' ? matchResult(data.vocabulary.result, value) : vocabulary.match(value);
    if (found && found.kind === 'variant') return { to: vocabulary.terms[found.index].label };
  }
  return { to: value };
}
