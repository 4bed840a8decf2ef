/**
 * Baselines (基準日) in Sheets: each is a hidden, protected sheet holding the
 * frozen input as JSON in column A (cells hold 50,000 characters at most).
 */

import type { WorkbookInput } from '../core/base/cells';
import { jstDate } from '../core/base/jst';
import { type Baseline, cellChunks, decodeBaseline, encodeBaseline, freeze } from '../core/compute/baseline';
import { label } from '../core/words/messages';
import { userLang } from './lang';
import { readWorkbookInput, SheetsApiFailure } from './sheetsApi';
import { findGeneratedSheets, GENERATED_KEY, type GeneratedSheet } from './spreadsheet';

const DATE_KEY = 'shinchoku.baseline.date';

/** Every baseline of this spreadsheet (each sheet's frozen text, as readDocument gives it), oldest first. */
export function decodeBaselines(texts: string[]): Baseline[] {
  const baselines: Baseline[] = [];
  for (const text of texts) {
    try {
      baselines.push(decodeBaseline(text));
    } catch (_error) {
      // A damaged baseline sheet is skipped, not fatal.
    }
  }
  return baselines.sort((a, b) => a.date.localeCompare(b.date));
}

/** The dates frozen, oldest first, from the sheets' metadata alone (the frozen figures are not read). */
export function baselineDates(generated: GeneratedSheet[]): string[] {
  return generated
    .filter((g) => g.kind === 'baseline')
    .map((g) => g.tags.get(DATE_KEY) ?? '')
    .filter((date) => date !== '')
    .sort();
}

/** 基準日を固定: today's date in Japan unless given; a date already frozen is refused. */
export function freezeBaseline(date?: string): { ok: boolean; message: string } {
  const lang = userLang();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const day = date ?? jstDate(new Date());
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(10_000)) return { ok: false, message: label('lockBusy', lang) };
  try {
    if (baselineDates(findGeneratedSheets(spreadsheet)).includes(day)) return { ok: false, message: label('baselineExists', lang, { date: day }) };
    let input: WorkbookInput;
    try {
      input = readWorkbookInput(spreadsheet);
    } catch (error) {
      if (error instanceof SheetsApiFailure) return { ok: false, message: error.message };
      throw error;
    }
    const text = encodeBaseline(freeze(input, day, new Date()));
    // Each piece as text (a leading apostrophe), so Sheets never reads it as a number or date.
    const chunks = cellChunks(text).map((piece) => [`'${piece}`]);
    const sheet = spreadsheet.insertSheet(`_shinchoku_baseline_${day}`, spreadsheet.getNumSheets());
    sheet.addDeveloperMetadata(GENERATED_KEY, 'baseline');
    sheet.addDeveloperMetadata(DATE_KEY, day);
    if (sheet.getMaxRows() < chunks.length) sheet.insertRowsAfter(sheet.getMaxRows(), chunks.length - sheet.getMaxRows());
    sheet.getRange(1, 1, chunks.length, 1).setValues(chunks);
    sheet
      .protect()
      .setDescription(label('baselineProtected', lang, { date: day }))
      .setWarningOnly(true);
    sheet.hideSheet();
    return { ok: true, message: label('baselineFrozen', lang, { date: day }) };
  } finally {
    lock.releaseLock();
  }
}
