/** The digest's hidden sheets (the send log and the snapshot of statuses): found or made, read and written as plain text. */
import type { CellValue } from '../../core/base/cells';
import { monthKey, monthOf } from '../../core/present/digest';
import { findGeneratedSheets, GENERATED_KEY, type GeneratedSheet, generatedSheet } from '../spreadsheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The log's detail for a message too large to send whatever is cut. */
export const TOO_LARGE = 'too large';
export const LOG_HEADER = ['month', 'message', 'recipients', 'time', 'outcome', 'detail'];

/** A hidden sheet of ours (log or snapshot), created with its header when missing. */
export function hiddenSheet(spreadsheet: Spreadsheet, kind: 'digestLog' | 'digestSnapshot', header: string[], generated: GeneratedSheet[]): Sheet {
  const found = generatedSheet(generated, kind);
  if (found) return found;
  const base = kind === 'digestLog' ? '_shinchoku_digest_log' : '_shinchoku_snapshot';
  let name = base;
  for (let n = 2; spreadsheet.getSheetByName(name); n++) name = `${base}_${n}`;
  const sheet = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
  sheet.addDeveloperMetadata(GENERATED_KEY, kind, SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
  writeText(sheet.getRange(1, 1, 1, header.length), [header]);
  sheet.hideSheet();
  return sheet;
}

/**
 * Writes our own strings as plain text. setValues reads strings as if typed
 * (USER_ENTERED), so '2024-03' or '0701-01' would come back as dates: the
 * range is formatted @ (plain text) first.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues
 */
export function writeText(range: GoogleAppsScript.Spreadsheet.Range, rows: CellValue[][]): void {
  range.setNumberFormat('@').setValues(rows);
}

/**
 * A range of our hidden sheet, the grid grown first when the rows pass its end:
 * a range outside the sheet's dimensions is refused, and a new sheet has 1,000 rows
 * (a plan with many activities has a longer snapshot).
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowsAfter(Integer,Integer)
 */
export function rowsOf(sheet: Sheet, row: number, numRows: number, numColumns: number): GoogleAppsScript.Spreadsheet.Range {
  const last = row + numRows - 1;
  const max = sheet.getMaxRows();
  if (last > max) sheet.insertRowsAfter(max, last - max);
  return sheet.getRange(row, 1, numRows, numColumns);
}

export function dataRows(sheet: Sheet): CellValue[][] {
  return (sheet.getDataRange().getValues() as CellValue[][]).slice(1);
}

/** Records in the log sheet a trigger run that sent nothing, and why (no addresses, no workbook text). */
export function logTriggerEvent(spreadsheet: Spreadsheet, now: Date, outcome: string, detail: string): void {
  const log = hiddenSheet(spreadsheet, 'digestLog', LOG_HEADER, findGeneratedSheets(spreadsheet));
  writeText(rowsOf(log, log.getLastRow() + 1, 1, LOG_HEADER.length), [[monthKey(monthOf(now)), 'trigger', '', now.toISOString(), outcome, detail]]);
}
