/**
 * SpreadsheetApp helpers: the plan's vocabulary for onEdit, the template and
 * custom functions (which cannot use the Sheets advanced service), and our
 * generated sheets found by their developer metadata. Whole-document reads and
 * the generated sheets' writes are in sheetsApi.ts.
 */
import type { CellValue } from '../core/base/cells';
import { contractSheetKey } from '../core/contract/schema';
import { DEFAULT_VOCABULARY, type PlanVocabulary } from '../core/contract/vocabulary';
import { readVocabulary } from '../core/read/read';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const GENERATED_KEY = 'shinchoku.generated';
export type GeneratedKind = 'summary' | 'problems' | 'digestLog' | 'digestSnapshot' | 'baseline' | 'roundLog' | 'roundResult';

/**
 * The plan's vocabulary from its 区分 sheet alone (one getValues): for onEdit,
 * the template's dropdowns and the custom functions, which must not read the
 * whole workbook. Read-only, so custom functions may call it.
 */
export function readPlanVocabulary(spreadsheet: Spreadsheet | null): PlanVocabulary {
  if (!spreadsheet) return DEFAULT_VOCABULARY;
  const sheet = spreadsheet.getSheets().find((candidate) => contractSheetKey(candidate.getName()) === 'categories');
  if (!sheet) return DEFAULT_VOCABULARY;
  const data = sheet.getDataRange();
  // Its merges too (a read the custom-function guide allows: the Spreadsheet service, read only), so a
  // 種類 merged down over its labels reads as the workbook read does.
  const merges = data
    .getMergedRanges()
    .map((m) => ({ row: m.getRow() - 1, column: m.getColumn() - 1, numRows: m.getNumRows(), numColumns: m.getNumColumns() }));
  return readVocabulary({ sheets: [{ name: sheet.getName(), rows: data.getValues() as CellValue[][], merges }] });
}

/** The 設定 sheet's values (one getValues), for the custom functions' places and rounding; null without one. Read-only. */
export function readSettingsRows(spreadsheet: Spreadsheet | null): CellValue[][] | null {
  const sheet = spreadsheet?.getSheets().find((candidate) => contractSheetKey(candidate.getName()) === 'settings');
  return sheet ? (sheet.getDataRange().getValues() as CellValue[][]) : null;
}

export interface GeneratedSheet {
  sheet: Sheet;
  kind: GeneratedKind;
  /** The sheet's developer metadata, key → value. */
  tags: Map<string, string | null>;
}

/**
 * Our generated sheets, found by developer metadata (never by name alone): one
 * finder over the whole spreadsheet rather than a look at every sheet.
 */
export function findGeneratedSheets(spreadsheet: Spreadsheet): GeneratedSheet[] {
  const found: GeneratedSheet[] = [];
  for (const metadata of spreadsheet.createDeveloperMetadataFinder().withKey(GENERATED_KEY).find()) {
    const location = metadata.getLocation();
    if (String(location.getLocationType()) !== 'SHEET') continue;
    const sheet = location.getSheet();
    const kind = metadata.getValue();
    if (!sheet || !kind) continue;
    const tags = new Map<string, string | null>([[GENERATED_KEY, kind]]);
    // A baseline's date is a second tag on its sheet.
    if (kind === 'baseline') for (const other of sheet.getDeveloperMetadata()) tags.set(other.getKey(), other.getValue());
    found.push({ sheet, kind: kind as GeneratedKind, tags });
  }
  return found;
}

/** The generated sheet of this kind, if there is one. */
export function generatedSheet(generated: GeneratedSheet[], kind: GeneratedKind): Sheet | null {
  return generated.find((g) => g.kind === kind)?.sheet ?? null;
}

/** A link to a cell of this spreadsheet: a formula we build ourselves (quotes doubled), never workbook text. */
export function cellLinkFormula(sheetId: number, cell: string, text: string): string {
  const safeText = text.replace(/"/g, '""');
  return `=HYPERLINK("#gid=${sheetId}&range=${cell.replace(/[^A-Z0-9:]/g, '')}","${safeText}")`;
}
