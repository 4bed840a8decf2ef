/**
 * Whole-document reads and writes through the Sheets advanced service
 * (Sheets API v4, enabled in appsscript.json). A regenerate costs two reads —
 * the sheets' metadata, then the values of the contract sheets — and one
 * batchUpdate that writes every generated sheet, its formats and charts
 * atomically: if any part fails, nothing is changed. SpreadsheetApp would need
 * three calls per input sheet and one per format aspect per output sheet.
 *
 * Values arrive as the API gives them and are turned into what getValues()
 * gives (the shape core reads): blanks as '', dates and times as Date (Sheets
 * stores them as serial days in the spreadsheet's time zone; core reads dates
 * as Japan dates), formula errors as their text ('#N/A').
 */
import { type CellBlock, type CellValue, parseBlock, type SheetInput, type WorkbookInput } from '../core/base/cells';
import { JST_OFFSET_MS } from '../core/base/jst';
import { isRetryable, type SheetsApiFailureKind, sheetsApiFailureKind } from '../core/base/scriptErrors';
import { contractSheetKey } from '../core/contract/schema';
import type { Grid } from '../core/present/grid';
import { label } from '../core/words/messages';
import { userLang } from './lang';
import { GENERATED_KEY, type GeneratedKind } from './spreadsheet';

type Schema = GoogleAppsScript.Sheets.Schema.Spreadsheet;
type Request = GoogleAppsScript.Sheets.Schema.Request;
type CellData = GoogleAppsScript.Sheets.Schema.CellData;
type GridRange = GoogleAppsScript.Sheets.Schema.GridRange;

export interface DocumentSheet {
  id: number;
  title: string;
  rowCount: number;
  columnCount: number;
  chartIds: number[];
  merges: CellBlock[];
  /** The kind of generated sheet, from its developer metadata; null for the user's own sheets. */
  generated: GeneratedKind | null;
}

export interface DocumentRead {
  sheets: DocumentSheet[];
  input: WorkbookInput;
  /** Column A of each baseline sheet, joined: the frozen JSON. */
  baselineTexts: string[];
}

const METADATA_FIELDS =
  'sheets(properties(sheetId,title,gridProperties(rowCount,columnCount)),merges,charts(chartId),developerMetadata(metadataKey,metadataValue))';
const VALUE_FIELDS = 'sheets(properties(title),data(startRow,startColumn,rowData(values(effectiveValue,effectiveFormat(numberFormat(type))))))';

/** Sheets' serial day 0: 1899-12-30, a calendar day read in Japan time as core reads dates. */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30) - JST_OFFSET_MS;
const DATE_TYPES = new Set(['DATE', 'TIME', 'DATE_TIME']);
const ERROR_TEXT: Record<string, string> = {
  ERROR: '#ERROR!',
  NULL_VALUE: '#NULL!',
  DIVIDE_BY_ZERO: '#DIV/0!',
  VALUE: '#VALUE!',
  REF: '#REF!',
  NAME: '#NAME?',
  NUM: '#NUM!',
  N_A: '#N/A',
  LOADING: '#GETTING_DATA',
};

/** The advanced service, or a message in the user's words when the add-on's project lacks it. */
function service(): GoogleAppsScript.Sheets {
  if (typeof Sheets === 'undefined' || !Sheets) throw new SheetsApiFailure('disabled', label('sheetsApiMissing', userLang()));
  return Sheets;
}

/** A Sheets API failure said in the user's words, with what to do; `kind` says which. */
export class SheetsApiFailure extends Error {
  constructor(
    readonly kind: SheetsApiFailureKind,
    message: string,
  ) {
    super(message);
    this.name = 'SheetsApiFailure';
  }
}

/**
 * The backoff: 1, 2, 4, 8, 16, 32 s (each plus up to 1 s of jitter), while the waits stay within
 * RETRY_BUDGET_MS — a little over the minute after which "you can execute requests again"
 * (https://developers.google.com/sheets/api/limits) — and the run keeps RUN_RESERVE_MS of its
 * 6-minute limit (https://developers.google.com/apps-script/guides/services/quotas#current_limitations).
 */
const RETRY_BUDGET_MS = 70_000;
const RUN_LIMIT_MS = 360_000;
const RUN_RESERVE_MS = 60_000;
/** When this execution loaded the bundle: Apps Script loads it afresh for each execution. */
const LOADED_AT = Date.now();

/** The HTTP status of a GoogleJsonResponseException (its details.code), or null. */
function statusOf(error: unknown): number | null {
  const code = (error as { details?: { code?: unknown } } | null)?.details?.code;
  return typeof code === 'number' ? code : null;
}

/**
 * The one way this add-on calls the Sheets API: every get and batchUpdate goes through here. 429 and
 * 5xx are retried with exponential backoff within the run's time; every failure leaves as a
 * SheetsApiFailure whose message is in the user's language and says what to do — never a raw
 * GoogleJsonResponseException. A batchUpdate is retried too: a 429 applied nothing, and our
 * requests are safe to repeat after a 5xx that did apply them (a second addSheet of the same id,
 * or deleteEmbeddedObject of a deleted chart, fails and is reported; nothing is written twice).
 */
export function sheetsCall<T>(call: (api: GoogleAppsScript.Sheets) => T): T {
  const api = service();
  const started = Date.now();
  let slept = 0;
  for (let attempt = 1; ; attempt++) {
    try {
      return call(api);
    } catch (error) {
      const text = String((error as Error)?.message ?? error);
      const kind = sheetsApiFailureKind(statusOf(error), text);
      const wait = Math.min(1000 * 2 ** (attempt - 1), 32_000) + Math.floor(Math.random() * 1000);
      // Time spent in this run so far: the clock, or at least what was spent before plus the waits.
      const elapsed = Math.max(Date.now() - LOADED_AT, started - LOADED_AT + slept);
      const runLeft = RUN_LIMIT_MS - RUN_RESERVE_MS - elapsed;
      if (isRetryable(kind) && slept + wait <= RETRY_BUDGET_MS && wait <= runLeft) {
        Utilities.sleep(wait);
        slept += wait;
        continue;
      }
      const lang = userLang();
      if (kind === 'disabled') throw new SheetsApiFailure(kind, label('sheetsApiDisabled', lang));
      if (kind === 'permission') throw new SheetsApiFailure(kind, label('sheetsApiPermission', lang));
      if (kind === 'quota') throw new SheetsApiFailure(kind, label('sheetsApiQuota', lang, { n: attempt }));
      if (kind === 'server') throw new SheetsApiFailure(kind, label('sheetsApiServer', lang, { n: attempt }));
      // Google's own words, cut short and stripped of the exception's prefix, for whoever manages the add-on.
      const detail = text.replace(/^API call to sheets\.spreadsheets\.\w+ failed with error: /, '').slice(0, 300);
      throw new SheetsApiFailure(kind, label('sheetsApiOther', lang, { detail }));
    }
  }
}

/** An A1 reference to a whole sheet, or a part of it, whatever its name holds. */
function sheetRange(title: string, cells = ''): string {
  return `'${title.replace(/'/g, "''")}'${cells ? `!${cells}` : ''}`;
}

/** A cell as getValues() gives it. */
function cellValue(cell: CellData | undefined): CellValue {
  const value = cell?.effectiveValue;
  if (!value) return '';
  if (typeof value.numberValue === 'number') {
    const type = cell?.effectiveFormat?.numberFormat?.type;
    if (type && DATE_TYPES.has(type)) return new Date(Math.round(value.numberValue * 86_400_000) + SERIAL_EPOCH_MS);
    return value.numberValue;
  }
  if (typeof value.stringValue === 'string') return value.stringValue;
  if (typeof value.boolValue === 'boolean') return value.boolValue;
  if (value.errorValue) return ERROR_TEXT[value.errorValue.type ?? 'ERROR'] ?? '#ERROR!';
  return '';
}

function blockOf(range: GridRange): CellBlock {
  const row = range.startRowIndex ?? 0;
  const column = range.startColumnIndex ?? 0;
  return { row, column, numRows: (range.endRowIndex ?? row + 1) - row, numColumns: (range.endColumnIndex ?? column + 1) - column };
}

/** The grid data of one sheet as getDataRange().getValues() gives it: a rectangle to the last cell with a value. */
function rowsOf(sheet: GoogleAppsScript.Sheets.Schema.Sheet): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const data of sheet.data ?? []) {
    const top = data.startRow ?? 0;
    const left = data.startColumn ?? 0;
    (data.rowData ?? []).forEach((row, r) => {
      const values = row.values ?? [];
      const target = rows[top + r] ?? [];
      values.forEach((cell, c) => {
        target[left + c] = cellValue(cell);
      });
      rows[top + r] = target;
    });
  }
  let height = rows.length;
  const filled = (row: CellValue[] | undefined) => (row ?? []).some((v) => v !== '' && v !== undefined);
  while (height > 0 && !filled(rows[height - 1])) height -= 1;
  let width = 0;
  for (let r = 0; r < height; r++) {
    const row = rows[r] ?? [];
    for (let c = row.length - 1; c >= width; c--) {
      if (row[c] !== '' && row[c] !== undefined) {
        width = c + 1;
        break;
      }
    }
  }
  const out: CellValue[][] = [];
  for (let r = 0; r < height; r++) {
    const row = rows[r] ?? [];
    const full: CellValue[] = new Array(width);
    for (let c = 0; c < width; c++) full[c] = row[c] === undefined ? '' : row[c];
    out.push(full);
  }
  return out;
}

function documentSheets(meta: Schema): DocumentSheet[] {
  return (meta.sheets ?? []).map((sheet) => {
    const kind = (sheet.developerMetadata ?? []).find((m) => m.metadataKey === GENERATED_KEY)?.metadataValue;
    return {
      id: sheet.properties?.sheetId ?? 0,
      title: sheet.properties?.title ?? '',
      rowCount: sheet.properties?.gridProperties?.rowCount ?? 0,
      columnCount: sheet.properties?.gridProperties?.columnCount ?? 0,
      chartIds: (sheet.charts ?? []).map((c) => c.chartId ?? -1).filter((id) => id >= 0),
      merges: (sheet.merges ?? []).map(blockOf),
      generated: kind ? (kind as GeneratedKind) : null,
    };
  });
}

/**
 * Reads the document in two calls: every sheet's name, size, merges, charts and
 * metadata; then the values of the contract's sheets (the 報告書 sheet only for
 * the report) and the baselines' frozen text.
 */
export function readDocument(spreadsheetId: string, options: { report?: boolean; baselines?: boolean; input?: boolean } = {}): DocumentRead {
  const sheets = documentSheets(sheetsCall((api) => api.Spreadsheets.get(spreadsheetId, { fields: METADATA_FIELDS })));
  const wanted = sheets.filter((sheet) => {
    if (sheet.generated === 'baseline') return options.baselines !== false;
    if (sheet.generated !== null || options.input === false) return false;
    const key = contractSheetKey(sheet.title);
    return key !== undefined && (key !== 'report' || options.report === true);
  });
  const byTitle = new Map<string, GoogleAppsScript.Sheets.Schema.Sheet>();
  if (wanted.length > 0) {
    const ranges = wanted.map((sheet) => (sheet.generated === 'baseline' ? sheetRange(sheet.title, 'A:A') : sheetRange(sheet.title)));
    const values = sheetsCall((api) => api.Spreadsheets.get(spreadsheetId, { ranges, fields: VALUE_FIELDS }));
    for (const sheet of values.sheets ?? []) byTitle.set(sheet.properties?.title ?? '', sheet);
  }
  const input: WorkbookInput = { sheets: [] };
  const baselineTexts: string[] = [];
  for (const sheet of wanted) {
    const rows = rowsOf(byTitle.get(sheet.title) ?? {});
    if (sheet.generated === 'baseline') {
      baselineTexts.push(rows.map((row) => String(row[0] ?? '')).join(''));
      continue;
    }
    const entry: SheetInput = { name: sheet.title, rows };
    // As getMergedRanges on the data range: the merges that touch it.
    const height = rows.length;
    const width = rows[0]?.length ?? 0;
    const merges = sheet.merges.filter((m) => m.row < height && m.column < width);
    if (merges.length > 0) entry.merges = merges;
    input.sheets.push(entry);
  }
  return { sheets, input, baselineTexts };
}

// ---------------------------------------------------------------- writing

export interface SheetPlan {
  sheetId: number;
  title: string;
  /** Set when a user's own sheet had the wanted name and we took another. */
  renamedFrom?: string;
}

function color(hex: string | null): GoogleAppsScript.Sheets.Schema.Color | undefined {
  const m = hex ? /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex) : null;
  if (!m) return undefined;
  return { red: Number.parseInt(m[1], 16) / 255, green: Number.parseInt(m[2], 16) / 255, blue: Number.parseInt(m[3], 16) / 255 };
}

/** A sheet id no sheet of the document has (the API accepts ours in addSheet, so later requests can name it). */
function freeSheetId(doc: DocumentRead): number {
  for (;;) {
    const id = 1 + Math.floor(Math.random() * 2_000_000_000);
    if (!doc.sheets.some((sheet) => sheet.id === id)) return id;
  }
}

/**
 * Requests that make our sheet of this kind ready for a grid: the existing one
 * emptied (values, formats, charts) and sized, or a new one tagged as ours. A
 * user's sheet that happens to have the wanted name is never touched: the new
 * sheet gets "name (2)".
 */
export function claimSheet(doc: DocumentRead, kind: GeneratedKind, wanted: string, grid: Grid, requests: Request[]): SheetPlan {
  const height = Math.max(grid.rows.length, 1);
  // The charts sit to the right of the tables: their anchor cells must be inside the grid too.
  const width = Math.max(grid.width, 1, ...grid.charts.map((chart) => chart.column));
  const existing = doc.sheets.find((sheet) => sheet.generated === kind);
  if (existing) {
    for (const chartId of existing.chartIds) requests.push({ deleteEmbeddedObject: { objectId: chartId } });
    requests.push({ updateCells: { range: { sheetId: existing.id }, fields: '*' } });
    if (existing.rowCount < height) requests.push({ appendDimension: { sheetId: existing.id, dimension: 'ROWS', length: height - existing.rowCount } });
    if (existing.columnCount < width) requests.push({ appendDimension: { sheetId: existing.id, dimension: 'COLUMNS', length: width - existing.columnCount } });
    requests.push({
      updateSheetProperties: { properties: { sheetId: existing.id, gridProperties: { frozenRowCount: 1 } }, fields: 'gridProperties.frozenRowCount' },
    });
    return { sheetId: existing.id, title: existing.title };
  }
  // Sheet names are unique whatever their case.
  const names = new Set(doc.sheets.map((sheet) => sheet.title.toLowerCase()));
  let title = wanted;
  for (let n = 2; names.has(title.toLowerCase()); n++) title = `${wanted} (${n})`;
  const sheetId = freeSheetId(doc);
  // A new sheet as Sheets makes one (1,000 rows, 26 columns), or larger when the grid needs it.
  const rowCount = Math.max(1000, height);
  const columnCount = Math.max(26, width);
  requests.push({ addSheet: { properties: { sheetId, title, gridProperties: { rowCount, columnCount, frozenRowCount: 1 } } } });
  requests.push({
    createDeveloperMetadata: { developerMetadata: { metadataKey: GENERATED_KEY, metadataValue: kind, location: { sheetId }, visibility: 'DOCUMENT' } },
  });
  doc.sheets.push({ id: sheetId, title, rowCount, columnCount, chartIds: [], merges: [], generated: kind });
  return title === wanted ? { sheetId, title } : { sheetId, title, renamedFrom: wanted };
}

/** A grid cell's format as the API's NumberFormat: text, a pattern, or none (General). */
function numberFormatOf(format: string): GoogleAppsScript.Sheets.Schema.NumberFormat | undefined {
  if (format === '@') return { type: 'TEXT' };
  if (format === 'General' || format === '') return undefined;
  return { type: format.includes('%') ? 'PERCENT' : 'NUMBER', pattern: format };
}

const CELL_FIELDS = 'userEnteredValue,userEnteredFormat(numberFormat,textFormat(bold,italic),backgroundColor,verticalAlignment)';

/**
 * Requests that write a grid at A1: values, number formats, weights, styles and
 * fills in one updateCells; column widths; charts. Text goes in as stringValue,
 * which Sheets stores as given — never read as a number, date or formula. Only
 * the overrides (links we build ourselves) are formulas.
 */
export function gridRequests(sheetId: number, grid: Grid, requests: Request[], overrides?: (row: number, column: number) => string | undefined): void {
  if (grid.rows.length === 0 || grid.width === 0) return;
  const rows = grid.rows.map((row, r) => ({
    values: row.map((cell, c): CellData => {
      const data: CellData = {};
      const override = overrides?.(r, c);
      if (override !== undefined) data.userEnteredValue = { formulaValue: override };
      else if (typeof cell.value === 'string') {
        if (cell.value !== '') data.userEnteredValue = { stringValue: cell.value };
      } else if (typeof cell.value === 'number') data.userEnteredValue = { numberValue: cell.value };
      else if (typeof cell.value === 'boolean') data.userEnteredValue = { boolValue: cell.value };
      const format: GoogleAppsScript.Sheets.Schema.CellFormat = { verticalAlignment: 'TOP' };
      const numberFormat = numberFormatOf(cell.format);
      if (numberFormat) format.numberFormat = numberFormat;
      if (cell.bold || cell.italic) format.textFormat = { bold: cell.bold, italic: cell.italic };
      const fill = color(cell.fill);
      if (fill) format.backgroundColor = fill;
      data.userEnteredFormat = format;
      return data;
    }),
  }));
  // Rows go in requests of at most REQUEST_BYTES, so that applyRequests can keep each call small.
  for (let start = 0; start < rows.length; ) {
    let end = start;
    let bytes = 0;
    while (end < rows.length && (end === start || bytes + utf8Bytes(JSON.stringify(rows[end])) <= REQUEST_BYTES)) {
      bytes += utf8Bytes(JSON.stringify(rows[end]));
      end += 1;
    }
    requests.push({ updateCells: { start: { sheetId, rowIndex: start, columnIndex: 0 }, rows: rows.slice(start, end), fields: CELL_FIELDS } });
    start = end;
  }
  // One request per run of columns of the same width (the grid's widths come in steps).
  const pixels = grid.columnWidths.map((chars) => Math.round(chars * 7 + 10));
  for (let start = 0; start < pixels.length; ) {
    let end = start + 1;
    while (end < pixels.length && pixels[end] === pixels[start]) end += 1;
    requests.push({
      updateDimensionProperties: {
        range: { sheetId, dimension: 'COLUMNS', startIndex: start, endIndex: end },
        properties: { pixelSize: pixels[start] },
        fields: 'pixelSize',
      },
    });
    start = end;
  }
  for (const anchor of grid.charts) {
    const block = parseBlock(anchor.range);
    if (!block) continue;
    const column = (offset: number): GridRange => ({
      sheetId,
      startRowIndex: block.row,
      endRowIndex: block.row + block.numRows,
      startColumnIndex: block.column + offset,
      endColumnIndex: block.column + offset + 1,
    });
    requests.push({
      addChart: {
        chart: {
          spec: {
            title: anchor.title,
            basicChart: {
              chartType: anchor.id === 'progressRate' ? 'LINE' : 'COLUMN',
              legendPosition: 'NO_LEGEND',
              headerCount: 1,
              domains: [{ domain: { sourceRange: { sources: [column(0)] } } }],
              series: [{ series: { sourceRange: { sources: [column(1)] } }, targetAxis: 'LEFT_AXIS' }],
            },
          },
          position: { overlayPosition: { anchorCell: { sheetId, rowIndex: anchor.row - 1, columnIndex: anchor.column - 1 } } },
        },
      },
    });
  }
}

/** The contract's sheets as core reads them (the 報告書 sheet's paragraphs only for the report). */
export function readWorkbookInput(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, options: { report?: boolean } = {}): WorkbookInput {
  return readDocument(spreadsheet.getId(), { report: options.report, baselines: false }).input;
}

/**
 * "While Sheets API has no hard size limits for an API request … we recommend a 2 MB maximum
 * payload" (https://developers.google.com/sheets/api/limits). A write stays in one batchUpdate —
 * all or nothing — up to that; a larger one (thousands of problems) goes in several, the sheets'
 * structure and first rows in the first.
 */
export const BATCH_BYTES = 2_000_000;
const REQUEST_BYTES = 950_000;

/** The length of a text in UTF-8, as it travels. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** A write that failed after some of its batches were applied. */
export class PartialWriteError extends Error {
  constructor(
    readonly applied: number,
    readonly cause: unknown,
  ) {
    super(String((cause as Error)?.message ?? cause));
  }
}

/** Sends the requests in order, in as few batchUpdate calls of at most BATCH_BYTES as they fit; returns the number of calls. */
export function applyRequests(spreadsheetId: string, requests: Request[]): number {
  const batches: Request[][] = [];
  let current: Request[] = [];
  let bytes = 0;
  for (const request of requests) {
    const size = utf8Bytes(JSON.stringify(request)) + 1;
    if (current.length > 0 && bytes + size > BATCH_BYTES) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(request);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  batches.forEach((batch, index) => {
    try {
      sheetsCall((api) => api.Spreadsheets.batchUpdate({ requests: batch }, spreadsheetId));
    } catch (error) {
      if (index === 0) throw error;
      throw new PartialWriteError(index, error);
    }
  });
  return batches.length;
}
