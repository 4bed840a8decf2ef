/**
 * Reading and writing sheets in batches: one getValues per input sheet, one
 * setValues per output, formatting in whole-range calls.
 */
import { type CellBlock, type CellValue, parseBlock, type SheetInput, type WorkbookInput } from '../core/cells';
import { type Grid, protectSheetText } from '../core/grid';
import { readVocabulary } from '../core/read';
import { contractSheetKey } from '../core/schema';
import { DEFAULT_VOCABULARY, type PlanVocabulary } from '../core/vocabulary';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const GENERATED_KEY = 'shinchoku.generated';
export type GeneratedKind = 'summary' | 'problems' | 'digestLog' | 'digestSnapshot' | 'baseline';

/**
 * Reads every sheet of the contract (and only those) with one getValues each.
 * The 報告書 sheet's paragraphs are read only for the report: the summary,
 * checks and digest never need them.
 */
export function readWorkbookInput(spreadsheet: Spreadsheet, options: { report?: boolean } = {}): WorkbookInput {
  const sheets: SheetInput[] = [];
  for (const sheet of spreadsheet.getSheets()) {
    const name = sheet.getName();
    const key = contractSheetKey(name);
    if (!key || (key === 'report' && !options.report)) continue;
    const range = sheet.getDataRange();
    const input: SheetInput = { name, rows: range.getValues() as CellValue[][] };
    // Sheets gives a merged block's value in its top-left cell only; core applies it to the block.
    const merges = range.getMergedRanges().map((merged) => parseBlock(merged.getA1Notation()));
    if (merges.length > 0) input.merges = merges.filter((block): block is CellBlock => block !== null);
    sheets.push(input);
  }
  return { sheets };
}

/**
 * The plan's vocabulary from its 区分 sheet alone (one getValues): for onEdit,
 * the template's dropdowns and the custom functions, which must not read the
 * whole workbook. Read-only, so custom functions may call it.
 */
export function readPlanVocabulary(spreadsheet: Spreadsheet | null): PlanVocabulary {
  if (!spreadsheet) return DEFAULT_VOCABULARY;
  const sheet = spreadsheet.getSheets().find((candidate) => contractSheetKey(candidate.getName()) === 'categories');
  if (!sheet) return DEFAULT_VOCABULARY;
  return readVocabulary({ sheets: [{ name: sheet.getName(), rows: sheet.getDataRange().getValues() as CellValue[][] }] });
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

export interface ClaimedSheet {
  sheet: Sheet;
  /** Set when a user's own sheet had the wanted name and we took another. */
  renamedFrom?: string;
}

/**
 * Our sheet of this kind, cleared for rewriting; or a new one. A user's sheet
 * that happens to have the wanted name is never touched: the new sheet gets "name (2)".
 */
export function claimGeneratedSheet(spreadsheet: Spreadsheet, kind: GeneratedKind, wanted: string, generated = findGeneratedSheets(spreadsheet)): ClaimedSheet {
  const existing = generatedSheet(generated, kind);
  if (existing) {
    for (const chart of existing.getCharts()) existing.removeChart(chart);
    existing.clear();
    return { sheet: existing };
  }
  let name = wanted;
  for (let n = 2; spreadsheet.getSheetByName(name); n++) name = `${wanted} (${n})`;
  const sheet = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
  sheet.addDeveloperMetadata(GENERATED_KEY, kind);
  return name === wanted ? { sheet } : { sheet, renamedFrom: wanted };
}

/** Writes a grid with one call per aspect: values, number formats, weights, styles, fills. */
export function writeGrid(sheet: Sheet, grid: Grid, overrides?: (row: number, column: number) => string | undefined): void {
  const height = grid.rows.length;
  const width = grid.width;
  if (height === 0 || width === 0) return;
  const values = grid.rows.map((row, r) =>
    row.map((cell, c) => {
      const override = overrides?.(r, c);
      if (override !== undefined) return override;
      if (cell.value === null) return '';
      return typeof cell.value === 'string' ? protectSheetText(cell.value) : cell.value;
    }),
  );
  // Text cells keep the General format: the leading apostrophe is what keeps them text.
  const formats = grid.rows.map((row) => row.map((cell) => (cell.format === '@' ? 'General' : cell.format)));
  // A new sheet has 1,000 rows and 26 columns: grow it first, or the range would fall outside.
  const maxRows = sheet.getMaxRows();
  if (maxRows < height) sheet.insertRowsAfter(maxRows, height - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < width) sheet.insertColumnsAfter(maxColumns, width - maxColumns);
  const range = sheet.getRange(1, 1, height, width);
  range.setNumberFormats(formats);
  range.setValues(values);
  range.setFontWeights(grid.rows.map((row) => row.map((cell) => (cell.bold ? 'bold' : 'normal'))));
  if (grid.rows.some((row) => row.some((cell) => cell.italic)))
    range.setFontStyles(grid.rows.map((row) => row.map((cell) => (cell.italic ? 'italic' : 'normal'))));
  range.setBackgrounds(grid.rows.map((row) => row.map((cell) => cell.fill)) as string[][]);
  range.setVerticalAlignment('top');
  sheet.setFrozenRows(1);
  // One call per run of columns of the same width (the grid's widths come in steps).
  const pixels = grid.columnWidths.map((chars) => Math.round(chars * 7 + 10));
  for (let start = 0; start < pixels.length; ) {
    let end = start + 1;
    while (end < pixels.length && pixels[end] === pixels[start]) end += 1;
    sheet.setColumnWidths(start + 1, end - start, pixels[start]);
    start = end;
  }
}

/** A link to a cell of this spreadsheet: a formula we build ourselves (quotes doubled), never workbook text. */
export function cellLinkFormula(sheetId: number, cell: string, text: string): string {
  const safeText = text.replace(/"/g, '""');
  return `=HYPERLINK("#gid=${sheetId}&range=${cell.replace(/[^A-Z0-9:]/g, '')}","${safeText}")`;
}
