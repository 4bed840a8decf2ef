/**
 * The round's hidden log sheet (moved from round.ts, no behaviour change): one row per mail sent or held, per row
 * asked at the opening, and per answer of a shared row seen (roundTrace.ts). The round protects it for the office
 * alone: a department that could edit it could have its reminders sent again, or a trace rewritten.
 */
import type { CellValue } from '../core/base/cells';
import type { AskedRow } from '../core/round/round';
import { findGeneratedSheets, GENERATED_KEY, generatedSheet } from './spreadsheet';
import type { RoundRecord } from './timedTrigger';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const LOG_HEADER = ['round', 'message', 'recipients', 'time', 'outcome', 'detail'];

/** The log sheet, made (hidden, at the end) when there is none. */
export function logSheet(spreadsheet: Spreadsheet): Sheet {
  const found = generatedSheet(findGeneratedSheets(spreadsheet), 'roundLog');
  if (found) return found;
  let name = '_shinchoku_round_log';
  for (let n = 2; spreadsheet.getSheetByName(name); n++) name = `_shinchoku_round_log_${n}`;
  const sheet = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
  sheet.addDeveloperMetadata(GENERATED_KEY, 'roundLog', SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
  sheet.getRange(1, 1, 1, LOG_HEADER.length).setNumberFormat('@').setValues([LOG_HEADER]);
  sheet.hideSheet();
  return sheet;
}

/** The log sheet if there is one (never made here). */
export function existingLogSheet(spreadsheet: Spreadsheet): Sheet | null {
  return generatedSheet(findGeneratedSheets(spreadsheet), 'roundLog');
}

export function logRows(sheet: Sheet): CellValue[][] {
  return (sheet.getDataRange().getValues() as CellValue[][]).slice(1);
}

export function appendLog(sheet: Sheet, rows: CellValue[][]): void {
  if (rows.length === 0) return;
  const row = sheet.getLastRow() + 1;
  const max = sheet.getMaxRows();
  if (row + rows.length - 1 > max) sheet.insertRowsAfter(max, row + rows.length - 1 - max);
  sheet.getRange(row, 1, rows.length, LOG_HEADER.length).setNumberFormat('@').setValues(rows);
}

/** The log's outcome for a row the round asked about at its opening (fixedRoundPlan). */
export const ASKED = 'asked';

/** The rows the round asked about at its opening, as its log recorded them ([] for a round opened before they were). */
export function askedOf(rows: CellValue[][], record: RoundRecord): AskedRow[] {
  return rows
    .filter((row) => String(row[0]) === record.token && String(row[4]) === ASKED)
    .map((row) => ({ department: String(row[1]).slice(ASKED.length + 1), key: String(row[2]), what: String(row[5] ?? '') }));
}
