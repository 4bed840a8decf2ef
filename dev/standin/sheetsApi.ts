/**
 * The Sheets advanced service (Sheets API v4 as Apps Script exposes it, global
 * `Sheets`), over the same in-memory spreadsheet as SpreadsheetApp. Only what
 * the add-on calls: Spreadsheets.get and Spreadsheets.batchUpdate. As strict
 * as the API, never kinder:
 *
 * - The service exists only when the manifest enables it
 *   (dependencies.enabledAdvancedServices), as in Apps Script:
 *   https://developers.google.com/apps-script/guides/services/advanced
 * - get returns only the fields the `fields` mask names ("If a field mask is
 *   set, the includeGridData parameter is ignored"), only the sheets the
 *   `ranges` touch, omits empty lists and zero offsets (proto3 JSON omits
 *   defaults), gives dates as serial numbers with a DATE number format, and
 *   leaves blank cells as {} and blank rows as {}:
 *   https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/get
 *   https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#ExtendedValue
 * - batchUpdate is atomic: "If any request is not valid then the entire
 *   request will fail and nothing will be applied". A stringValue is stored as
 *   given, never parsed (only USER_ENTERED input is); a write outside the grid
 *   fails rather than growing it; updateCells and update*Properties need a
 *   `fields` mask; developer metadata needs a visibility:
 *   https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/batchUpdate
 *   https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request
 * - Each call is one service call, and needs full authorization (advanced
 *   services are not available to simple triggers or custom functions).
 */
import { columnLetters } from '../../src/core/base/cells';
import {
  documentEditor,
  type FilterViewRecord,
  type GridBounds,
  nextProtectedRangeId,
  PROTECTED_MESSAGE,
  ProtectedRangeRecord,
  protectionEditor,
} from './protection';
import type { Runtime } from './runtime';
import {
  type CellStore,
  checkMetadataSize,
  FakeDeveloperMetadata,
  type FakeSheet,
  type FakeSpreadsheet,
  metadataVisible,
  nextMetadataId,
  nextObjectId,
} from './spreadsheet';
import { CELL_CHARACTER_LIMIT, isDateObject, parseUserEntered } from './values';

// biome-ignore lint/suspicious/noExplicitAny: API payloads are JSON
type Json = any;

/** Sheets' serial day 0 is 1899-12-30; the stand-in's sheets are in Japan time (UTC+9). */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30) - 9 * 3600_000;
const DAY_MS = 86_400_000;
/** About 10 million cells a spreadsheet (https://support.google.com/drive/answer/37603). */
const CELL_LIMIT = 10_000_000;

const ERROR_TYPES: Record<string, string> = {
  '#ERROR!': 'ERROR',
  '#NULL!': 'NULL_VALUE',
  '#DIV/0!': 'DIVIDE_BY_ZERO',
  '#VALUE!': 'VALUE',
  '#REF!': 'REF',
  '#NAME?': 'NAME',
  '#NUM!': 'NUM',
  '#N/A': 'N_A',
};

const NUMBER_FORMAT_TYPES = new Set(['TEXT', 'NUMBER', 'PERCENT', 'CURRENCY', 'DATE', 'TIME', 'DATE_TIME', 'SCIENTIFIC']);

class SheetsApiError extends Error {}

function fail(method: string, message: string): never {
  throw new SheetsApiError(`API call to sheets.spreadsheets.${method} failed with error: ${message}`);
}

// ---------------------------------------------------------------- field masks

type Mask = Map<string, Mask | true>;

/**
 * Every field name the stand-in's resources have. A mask naming anything else is refused, as the
 * API refuses a path it cannot expand ("Error expanding 'fields' parameter. Cannot find matching
 * fields for path …"); so is white space in a mask. The check is by name, not by path.
 */
const KNOWN_FIELDS = new Set(
  (
    'spreadsheetId,properties,title,locale,timeZone,spreadsheetUrl,sheets,sheetId,index,sheetType,hidden,gridProperties,rowCount,' +
    'columnCount,frozenRowCount,data,startRow,startColumn,rowData,values,effectiveValue,userEnteredValue,numberValue,stringValue,' +
    'boolValue,formulaValue,errorValue,type,message,formattedValue,effectiveFormat,userEnteredFormat,numberFormat,pattern,textFormat,' +
    'bold,italic,backgroundColor,red,green,blue,verticalAlignment,horizontalAlignment,wrapStrategy,note,dataValidation,merges,' +
    'startRowIndex,endRowIndex,startColumnIndex,endColumnIndex,charts,chartId,spec,basicChart,chartType,position,overlayPosition,' +
    'anchorCell,rowIndex,columnIndex,developerMetadata,metadataId,metadataKey,metadataValue,location,locationType,spreadsheet,visibility,' +
    'protectedRanges,protectedRangeId,range,description,warningOnly,requestingUserCanEdit,editors,users,groups,domainUsersCanEdit,' +
    'unprotectedRanges,namedRangeId,filterViews,filterViewId,filterSpecs,filterCriteria,hiddenValues,condition,criteria,sortSpecs,' +
    'sortOrder,dimensionIndex,sheetId'
  ).split(','),
);

/** Parses a field mask: a,b.c,d(e,f/g). */
function parseMask(text: string, method = 'get'): Mask {
  if (/\s/.test(text)) fail(method, `Error expanding 'fields' parameter. Cannot find matching fields for path '${text}'.`);
  let at = 0;
  const list = (): Mask => {
    const mask: Mask = new Map();
    for (;;) {
      const match = /^[A-Za-z_][A-Za-z0-9_]*(?:[./][A-Za-z_][A-Za-z0-9_]*)*/.exec(text.slice(at));
      if (!match) fail('get', `Invalid field selection ${text}`);
      at += match[0].length;
      const path = match[0].split(/[./]/);
      for (const name of path)
        if (!KNOWN_FIELDS.has(name)) fail(method, `Error expanding 'fields' parameter. Cannot find matching fields for path '${match[0]}'.`);
      let inner: Mask | true = true;
      if (text[at] === '(') {
        at += 1;
        inner = list();
        if (text[at] !== ')') fail('get', `Invalid field selection ${text}`);
        at += 1;
      }
      let node = mask;
      path.forEach((name, i) => {
        if (i === path.length - 1) {
          const existing = node.get(name);
          node.set(name, existing === true || inner === true ? true : mergeMasks(existing ?? new Map(), inner));
          return;
        }
        let next = node.get(name);
        if (next === true) return;
        if (!next) {
          next = new Map();
          node.set(name, next);
        }
        node = next;
      });
      if (text[at] !== ',') return mask;
      at += 1;
    }
  };
  const mask = list();
  if (at !== text.length) fail('get', `Invalid field selection ${text}`);
  return mask;
}

function mergeMasks(a: Mask, b: Mask): Mask {
  const out: Mask = new Map(a);
  for (const [k, v] of b) {
    const existing = out.get(k);
    out.set(k, existing === true || v === true ? true : mergeMasks(existing ?? new Map(), v));
  }
  return out;
}

function applyMask(value: Json, mask: Mask | true): Json {
  if (mask === true || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => applyMask(item, mask));
  const out: Json = {};
  for (const [key, inner] of mask) if (value[key] !== undefined) out[key] = applyMask(value[key], inner);
  return out;
}

function maskHas(mask: Mask | true | undefined, ...path: string[]): boolean {
  let node: Mask | true | undefined = mask;
  for (const name of path) {
    if (node === true) return true;
    if (!node) return false;
    node = node.get(name);
  }
  return node !== undefined;
}

// ---------------------------------------------------------------- ranges

interface Block {
  sheet: FakeSheet;
  /** 0-based, end exclusive; null for "to the end of the grid". */
  startRow: number;
  endRow: number;
  startColumn: number;
  endColumn: number;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 'Sheet name'!A1:B2, 'Sheet name', Sheet1!A:A — quotes required unless the name is letters, digits and _. */
function parseRange(spreadsheet: FakeSpreadsheet, text: string): Block {
  const match = /^(?:'((?:[^']|'')+)'|([A-Za-z0-9_]+))(?:!(.*))?$/.exec(text);
  const name = match ? (match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2]) : null;
  const sheet = name === null ? undefined : spreadsheet.sheets.find((s) => s.name === name);
  if (!match || !sheet) fail('get', `Unable to parse range: ${text}`);
  const all = { sheet, startRow: 0, endRow: sheet.maxRows, startColumn: 0, endColumn: sheet.maxColumns };
  const a1 = match[3];
  if (a1 === undefined) return all;
  const cells = /^([A-Z]{1,3})(\d+)?(?::([A-Z]{1,3})(\d+)?)?$/.exec(a1);
  if (!cells) fail('get', `Unable to parse range: ${text}`);
  const startColumn = columnIndex(cells[1]);
  const startRow = cells[2] ? Number(cells[2]) - 1 : 0;
  const endColumn = cells[3] ? columnIndex(cells[3]) + 1 : startColumn + 1;
  const endRow = cells[4] ? Number(cells[4]) : cells[3] || !cells[2] ? sheet.maxRows : startRow + 1;
  return { sheet, startRow, endRow: Math.min(endRow, sheet.maxRows), startColumn, endColumn: Math.min(endColumn, sheet.maxColumns) };
}

/** A GridRange as the API writes it: zero offsets omitted. */
function gridRange(sheetId: number, startRow: number, endRow: number, startColumn: number, endColumn: number): Json {
  // proto3 JSON leaves out zeros: a GridRange on sheet 0 has no sheetId (properties.sheetId 0 is kept).
  const range: Json = {};
  if (sheetId) range.sheetId = sheetId;
  if (startRow) range.startRowIndex = startRow;
  range.endRowIndex = endRow;
  if (startColumn) range.startColumnIndex = startColumn;
  range.endColumnIndex = endColumn;
  return range;
}

// ---------------------------------------------------------------- reading

function serial(date: Date): number {
  return (date.getTime() - SERIAL_EPOCH_MS) / DAY_MS;
}

function numberFormatOf(cell: CellStore): Json | undefined {
  if (isDateObject(cell.value)) {
    const days = serial(cell.value);
    const type = days < 1 ? 'TIME' : Number.isInteger(days) ? 'DATE' : 'DATE_TIME';
    return { type, pattern: type === 'DATE' ? 'yyyy/mm/dd' : type === 'TIME' ? 'h:mm:ss' : 'yyyy/mm/dd h:mm:ss' };
  }
  if (cell.format === 'General' || cell.format === '') return undefined;
  if (cell.format === '@') return { type: 'TEXT' };
  if (cell.format.includes('%')) return { type: 'PERCENT', pattern: cell.format };
  return { type: 'NUMBER', pattern: cell.format };
}

function cellData(cell: CellStore): Json {
  const data: Json = {};
  const value = cell.value;
  if (value !== '') {
    if (typeof value === 'number') data.effectiveValue = { numberValue: value };
    else if (typeof value === 'boolean') data.effectiveValue = { boolValue: value };
    else if (isDateObject(value)) data.effectiveValue = { numberValue: serial(value) };
    else if (cell.formula && ERROR_TYPES[value]) data.effectiveValue = { errorValue: { type: ERROR_TYPES[value], message: value } };
    else data.effectiveValue = { stringValue: value };
    data.formattedValue = String(isDateObject(value) ? serial(value) : value);
  }
  const numberFormat = numberFormatOf(cell);
  const format: Json = {};
  if (numberFormat) format.numberFormat = numberFormat;
  if (cell.weight === 'bold' || cell.style === 'italic') format.textFormat = { bold: cell.weight === 'bold', italic: cell.style === 'italic' };
  if (cell.background) format.backgroundColor = colorOf(cell.background);
  if (Object.keys(format).length > 0) {
    data.effectiveFormat = format;
    data.userEnteredFormat = format;
  }
  if (cell.formula) data.userEnteredValue = { formulaValue: cell.formula };
  else if (data.effectiveValue && !data.effectiveValue.errorValue) data.userEnteredValue = { ...data.effectiveValue };
  if (cell.note) data.note = cell.note;
  return data;
}

function gridData(block: Block): Json {
  const { lastRow, lastColumn } = block.sheet.extentUncounted();
  const endRow = Math.min(block.endRow, lastRow);
  const endColumn = Math.min(block.endColumn, lastColumn);
  const rowData: Json[] = [];
  for (let r = block.startRow; r < endRow; r++) {
    const values: Json[] = [];
    for (let c = block.startColumn; c < endColumn; c++) values.push(cellData(block.sheet.cellAt(r + 1, c + 1)));
    while (values.length > 0 && Object.keys(values[values.length - 1]).length === 0) values.pop();
    rowData.push(values.length > 0 ? { values } : {});
  }
  const data: Json = {};
  if (block.startRow) data.startRow = block.startRow;
  if (block.startColumn) data.startColumn = block.startColumn;
  if (rowData.length > 0) data.rowData = rowData;
  return data;
}

function metadataJson(metadata: FakeDeveloperMetadata, sheetId: number | null): Json {
  const json: Json = {
    metadataId: metadata.id,
    metadataKey: metadata.key,
    location: sheetId === null ? { locationType: 'SPREADSHEET', spreadsheet: true } : { locationType: 'SHEET', sheetId },
    visibility: metadata.visibility,
  };
  if (metadata.value !== null) json.metadataValue = metadata.value;
  return json;
}

/** A GridRange as the API writes it back: the sheet, and the bounds that are set (zeros left out). */
function boundsJson(range: GridBounds): Json {
  const out: Json = {};
  if (range.sheetId) out.sheetId = range.sheetId;
  for (const key of ['startRowIndex', 'endRowIndex', 'startColumnIndex', 'endColumnIndex'] as const) if (range[key]) out[key] = range[key];
  return out;
}

/** A protected range as spreadsheets.get gives it to this user: editors only to an editor of it. */
export function protectedRangeJsonFor(record: ProtectedRangeRecord, spreadsheet: FakeSpreadsheet, user: string): Json {
  const canEdit = documentEditor(spreadsheet.access(), user) && protectionEditor(record, user, spreadsheet.owner);
  const json: Json = { protectedRangeId: record.id, range: boundsJson(record.range) };
  if (record.description) json.description = record.description;
  if (record.warningOnly) json.warningOnly = true;
  if (canEdit) json.requestingUserCanEdit = true;
  if (record.unprotected.length > 0) json.unprotectedRanges = record.unprotected.map(boundsJson);
  if (canEdit && !record.warningOnly) {
    // A protection that mirrors the document lists the document's editors: the stand-in knows its owner and sharing.
    const users = record.editors
      ? record.editors.users
      : [spreadsheet.owner, ...[...(spreadsheet.sharedWith ?? new Map()).entries()].filter(([, role]) => role === 'editor').map(([u]) => u)];
    const editors: Json = {};
    if (users.length > 0) editors.users = [...users];
    if (record.editors?.groups.length) editors.groups = [...record.editors.groups];
    if (record.editors?.domainUsersCanEdit) editors.domainUsersCanEdit = true;
    json.editors = editors;
  }
  return json;
}

function filterViewJson(view: FilterViewRecord): Json {
  const json: Json = { filterViewId: view.filterViewId, range: boundsJson(view.range) };
  if (view.title) json.title = view.title;
  // "Both criteria and filterSpecs are populated in responses."
  if (view.specs.length > 0) {
    const criteria = (spec: FilterViewRecord['specs'][number]): Json => {
      const out: Json = {};
      if (spec.hiddenValues.length > 0) out.hiddenValues = [...spec.hiddenValues];
      if (spec.condition) out.condition = JSON.parse(JSON.stringify(spec.condition));
      return out;
    };
    json.filterSpecs = view.specs.map((spec) => ({ ...(spec.columnIndex ? { columnIndex: spec.columnIndex } : {}), filterCriteria: criteria(spec) }));
    json.criteria = Object.fromEntries(view.specs.map((spec) => [String(spec.columnIndex), criteria(spec)]));
  }
  if (view.sortSpecs.length > 0) json.sortSpecs = JSON.parse(JSON.stringify(view.sortSpecs));
  return json;
}

function sheetJson(sheet: FakeSheet, index: number, blocks: Block[] | null, project: string, user = sheet.spreadsheet.currentUser()): Json {
  const gridProperties: Json = { rowCount: sheet.maxRows, columnCount: sheet.maxColumns };
  if (sheet.frozenRows) gridProperties.frozenRowCount = sheet.frozenRows;
  const properties: Json = { sheetId: sheet.id, title: sheet.name, sheetType: 'GRID', gridProperties };
  if (index) properties.index = index;
  if (sheet.hidden) properties.hidden = true;
  const json: Json = { properties };
  if (blocks) json.data = blocks.map(gridData);
  if (sheet.merges.length > 0)
    json.merges = sheet.merges.map((m) => gridRange(sheet.id, m.row - 1, m.row - 1 + m.numRows, m.column - 1, m.column - 1 + m.numColumns));
  if (sheet.charts.length > 0)
    json.charts = sheet.charts.map((chart) => ({
      chartId: chart.id,
      spec: { title: String(chart.options.title ?? ''), basicChart: { chartType: chart.type } },
      position: { overlayPosition: { anchorCell: { sheetId: sheet.id, rowIndex: chart.position.row - 1, columnIndex: chart.position.column - 1 } } },
    }));
  // PROJECT metadata of another Cloud project is not returned:
  // https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata#DeveloperMetadataVisibility
  const visible = sheet.metadata.filter((m) => metadataVisible(m, project));
  if (visible.length > 0) json.developerMetadata = visible.map((m) => metadataJson(m, sheet.id));
  const protections = sheet.spreadsheet.protectedRanges.filter((p) => p.range.sheetId === sheet.id);
  if (protections.length > 0) json.protectedRanges = protections.map((p) => protectedRangeJsonFor(p, sheet.spreadsheet, user));
  const views = sheet.spreadsheet.filterViews.filter((v) => v.range.sheetId === sheet.id);
  if (views.length > 0) json.filterViews = views.map(filterViewJson);
  return json;
}

// ---------------------------------------------------------------- writing

function colorOf(hex: string): Json {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return {};
  const part = (h: string) => Number.parseInt(h, 16) / 255;
  return { red: part(m[1]), green: part(m[2]), blue: part(m[3]) };
}

function hexOf(color: Json): string {
  for (const part of ['red', 'green', 'blue']) {
    const v = color[part] ?? 0;
    if (typeof v !== 'number' || v < 0 || v > 1) throw new Error(`Invalid value at 'backgroundColor.${part}' (${v})`);
  }
  const byte = (v: number | undefined) =>
    Math.round((v ?? 0) * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${byte(color.red)}${byte(color.green)}${byte(color.blue)}`;
}

/** The updateCells fields a mask names, as paths; '*' is every field. */
const CELL_FIELDS = [
  'userEnteredValue',
  'userEnteredFormat.numberFormat',
  'userEnteredFormat.textFormat.bold',
  'userEnteredFormat.textFormat.italic',
  'userEnteredFormat.backgroundColor',
  'userEnteredFormat.verticalAlignment',
  'userEnteredFormat.horizontalAlignment',
  'userEnteredFormat.wrapStrategy',
  'note',
  'dataValidation',
];

function cellFields(fields: string): string[] {
  if (fields === '*') return CELL_FIELDS;
  const mask = parseMask(fields, 'batchUpdate');
  const out: string[] = [];
  const walk = (node: Mask, prefix: string[]) => {
    for (const [key, inner] of node) {
      const path = [...prefix, key].join('.');
      if (inner === true) {
        const matched = CELL_FIELDS.filter((f) => f === path || f.startsWith(`${path}.`));
        if (matched.length === 0) throw new Error(`Invalid field mask: ${path} is not a field of CellData the stand-in knows`);
        out.push(...matched);
      } else walk(inner, [...prefix, key]);
    }
  };
  walk(mask, []);
  return out;
}

function writeValue(cell: CellStore, value: Json | undefined): void {
  if (value === undefined) {
    cell.value = '';
    cell.formula = '';
    return;
  }
  const kinds = ['stringValue', 'numberValue', 'boolValue', 'formulaValue', 'errorValue'].filter((k) => value[k] !== undefined);
  if (kinds.length !== 1) throw new Error(`userEnteredValue must have exactly one kind of value (has ${kinds.join(', ') || 'none'})`);
  const kind = kinds[0];
  if (kind === 'errorValue') throw new Error('errorValue is read-only');
  const given = value[kind];
  if (kind === 'stringValue') {
    if (typeof given !== 'string') throw new Error('stringValue must be a string');
    if (given.length > CELL_CHARACTER_LIMIT)
      throw new Error(`Your input contains more than the maximum of ${CELL_CHARACTER_LIMIT} characters in a single cell.`);
    // Stored as given: no parsing, and a leading apostrophe is part of the text.
    cell.value = given;
    cell.formula = '';
  } else if (kind === 'numberValue') {
    if (typeof given !== 'number' || !Number.isFinite(given)) throw new Error('numberValue must be a finite number');
    cell.value = given;
    cell.formula = '';
  } else if (kind === 'boolValue') {
    if (typeof given !== 'boolean') throw new Error('boolValue must be a boolean');
    cell.value = given;
    cell.formula = '';
  } else {
    if (typeof given !== 'string' || !given.startsWith('=')) throw new Error('formulaValue must start with =');
    const parsed = parseUserEntered(given, 'General');
    cell.value = parsed.value;
    cell.formula = parsed.formula;
  }
}

function writeCell(cell: CellStore, data: Json, fields: string[]): void {
  const format = data?.userEnteredFormat ?? {};
  for (const field of fields) {
    if (field === 'userEnteredValue') writeValue(cell, data?.userEnteredValue);
    else if (field === 'userEnteredFormat.numberFormat') {
      const nf = format.numberFormat;
      if (nf === undefined) cell.format = 'General';
      else {
        if (!NUMBER_FORMAT_TYPES.has(nf.type)) throw new Error(`Invalid value at 'numberFormat.type' (${nf.type})`);
        cell.format = nf.type === 'TEXT' ? '@' : (nf.pattern ?? nf.type);
      }
    } else if (field === 'userEnteredFormat.textFormat.bold') cell.weight = format.textFormat?.bold ? 'bold' : 'normal';
    else if (field === 'userEnteredFormat.textFormat.italic') cell.style = format.textFormat?.italic ? 'italic' : 'normal';
    else if (field === 'userEnteredFormat.backgroundColor') cell.background = format.backgroundColor ? hexOf(format.backgroundColor) : null;
    else if (field === 'note') cell.note = data?.note ?? '';
    else if (field === 'dataValidation') {
      if (data?.dataValidation !== undefined) throw new Error('The stand-in does not write dataValidation through the API');
      cell.validation = null;
    } else if (field === 'userEnteredFormat.verticalAlignment') {
      const v = format.verticalAlignment;
      if (v !== undefined && !['TOP', 'MIDDLE', 'BOTTOM'].includes(v)) throw new Error(`Invalid value at 'verticalAlignment' (${v})`);
    } else if (field === 'userEnteredFormat.horizontalAlignment') {
      const h = format.horizontalAlignment;
      if (h !== undefined && !['LEFT', 'CENTER', 'RIGHT'].includes(h)) throw new Error(`Invalid value at 'horizontalAlignment' (${h})`);
    } else if (field === 'userEnteredFormat.wrapStrategy') {
      const w = format.wrapStrategy;
      if (w !== undefined && !['OVERFLOW_CELL', 'LEGACY_WRAP', 'CLIP', 'WRAP'].includes(w)) throw new Error(`Invalid value at 'wrapStrategy' (${w})`);
    }
  }
}

function totalCells(spreadsheet: FakeSpreadsheet): number {
  return spreadsheet.sheets.reduce((sum, s) => sum + s.maxRows * s.maxColumns, 0);
}

class Applier {
  constructor(
    private readonly spreadsheet: FakeSpreadsheet,
    private readonly rt: Runtime,
  ) {}

  private sheet(sheetId: unknown): FakeSheet {
    const id = sheetId === undefined ? 0 : sheetId;
    const sheet = this.spreadsheet.sheets.find((s) => s.id === id);
    if (!sheet) throw new Error(`No grid with id: ${String(id)}`);
    return sheet;
  }

  /** A GridRange's bounds, checked against the grid. Unset bounds are the grid's edges. */
  private bounds(range: Json): Block {
    const sheet = this.sheet(range?.sheetId);
    const block = {
      sheet,
      startRow: range.startRowIndex ?? 0,
      endRow: range.endRowIndex ?? sheet.maxRows,
      startColumn: range.startColumnIndex ?? 0,
      endColumn: range.endColumnIndex ?? sheet.maxColumns,
    };
    this.within(block);
    return block;
  }

  private within(block: Block): void {
    const { sheet } = block;
    for (const n of [block.startRow, block.endRow, block.startColumn, block.endColumn])
      if (!Number.isInteger(n) || n < 0) throw new Error(`Invalid range index ${n}`);
    if (block.endRow > sheet.maxRows) throw new Error(`GridCoordinate.rowIndex[${block.endRow - 1}] is after last row in grid[${sheet.maxRows - 1}]`);
    if (block.endColumn > sheet.maxColumns)
      throw new Error(`GridCoordinate.columnIndex[${block.endColumn - 1}] is after last column in grid[${sheet.maxColumns - 1}]`);
    if (block.startRow > block.endRow || block.startColumn > block.endColumn) throw new Error('The range is inverted');
  }

  private a1(block: Block): string {
    return `${columnLetters(block.startColumn)}${block.startRow + 1}:${columnLetters(block.endColumn - 1)}${block.endRow}`;
  }

  addSheet(request: Json): Json {
    const properties = request.properties ?? {};
    const title: string = properties.title ?? `Sheet${this.spreadsheet.sheets.length + 1}`;
    if (this.spreadsheet.sheets.some((s) => s.name.toLowerCase() === title.toLowerCase()))
      throw new Error(`A sheet with the name "${title}" already exists. Please enter another name.`);
    const id = properties.sheetId;
    if (id !== undefined && (!Number.isInteger(id) || id < 0 || this.spreadsheet.sheets.some((s) => s.id === id)))
      throw new Error(`Invalid sheetId ${id}: it must be a non-negative integer not already in use`);
    const grid = properties.gridProperties ?? {};
    const rows = grid.rowCount ?? 1000;
    const columns = grid.columnCount ?? 26;
    if (totalCells(this.spreadsheet) + rows * columns > CELL_LIMIT)
      throw new Error(`This action would increase the number of cells in the workbook above the limit of ${CELL_LIMIT} cells.`);
    const sheet = this.spreadsheet.appendSheetUncounted(title, id ?? null, rows, columns);
    if (grid.frozenRowCount) sheet.frozenRows = grid.frozenRowCount;
    if (properties.hidden) sheet.hidden = true;
    if (properties.index !== undefined) {
      this.spreadsheet.sheets = this.spreadsheet.sheets.filter((s) => s !== sheet);
      this.spreadsheet.sheets.splice(Math.min(properties.index, this.spreadsheet.sheets.length), 0, sheet);
    }
    return {
      addSheet: {
        properties: { sheetId: sheet.id, title, index: this.spreadsheet.sheets.indexOf(sheet), gridProperties: { rowCount: rows, columnCount: columns } },
      },
    };
  }

  deleteEmbeddedObject(request: Json): Json {
    const sheet = this.spreadsheet.sheets.find((s) => s.charts.some((c) => c.id === request.objectId));
    if (!sheet) throw new Error(`No object with id ${request.objectId}`);
    sheet.charts = sheet.charts.filter((c) => c.id !== request.objectId);
    return {};
  }

  updateCells(request: Json): Json {
    if (typeof request.fields !== 'string' || request.fields.trim() === '') throw new Error('At least one field must be specified in fields.');
    if ((request.start === undefined) === (request.range === undefined)) throw new Error('Exactly one of start or range must be set.');
    const fields = cellFields(request.fields);
    const rows: Json[] = request.rows ?? [];
    let block: Block;
    if (request.range) block = this.bounds(request.range);
    else {
      const sheet = this.sheet(request.start.sheetId);
      const startRow = request.start.rowIndex ?? 0;
      const startColumn = request.start.columnIndex ?? 0;
      const width = Math.max(0, ...rows.map((r) => (r.values ?? []).length));
      block = { sheet, startRow, endRow: startRow + rows.length, startColumn, endColumn: startColumn + width };
      this.within(block);
    }
    if (rows.length === 0 && request.range && fields.length === CELL_FIELDS.length) {
      this.spreadsheet.checkWrite(block.sheet, block.startRow, block.startColumn, block.endRow - block.startRow, block.endColumn - block.startColumn);
      // A range cleared of every field holds nothing at all.
      block.sheet.clearBlockUncounted(block.startRow + 1, block.startColumn + 1, block.endRow, block.endColumn);
      return {};
    }
    if (rows.length > block.endRow - block.startRow) throw new Error(`More rows than the range ${this.a1(block)} holds`);
    for (let r = block.startRow; r < block.endRow; r++) {
      const values: Json[] = rows[r - block.startRow]?.values ?? [];
      if (values.length > block.endColumn - block.startColumn) throw new Error(`More cells than the range ${this.a1(block)} holds`);
      // With a range, cells the rows do not cover have the fields cleared; with start, they are left alone.
      const last = request.range ? block.endColumn : block.startColumn + values.length;
      for (let c = block.startColumn; c < last; c++) {
        const data = values[c - block.startColumn];
        if (data === undefined && !request.range) continue;
        // A protected cell refuses the requesting user's write, and with it the whole batch.
        this.spreadsheet.checkWrite(block.sheet, r, c, 1, 1);
        writeCell(block.sheet.cellForWrite(r + 1, c + 1), data ?? {}, fields);
      }
    }
    block.sheet.touch();
    return {};
  }

  updateSheetProperties(request: Json): Json {
    if (typeof request.fields !== 'string' || request.fields.trim() === '') throw new Error('At least one field must be specified in fields.');
    const properties = request.properties ?? {};
    const sheet = this.sheet(properties.sheetId);
    for (const field of request.fields.split(',').map((f: string) => f.trim())) {
      const grid = properties.gridProperties ?? {};
      if (field === 'gridProperties.frozenRowCount') {
        const n = grid.frozenRowCount ?? 0;
        if (n < 0 || n > sheet.maxRows) throw new Error(`Invalid frozenRowCount ${n}`);
        sheet.frozenRows = n;
      } else if (field === 'gridProperties.rowCount') {
        if (!(grid.rowCount >= 1)) throw new Error('rowCount must be at least 1');
        sheet.maxRows = grid.rowCount;
      } else if (field === 'gridProperties.columnCount') {
        if (!(grid.columnCount >= 1)) throw new Error('columnCount must be at least 1');
        sheet.maxColumns = grid.columnCount;
      } else if (field === 'title') {
        const title = String(properties.title ?? '');
        if (this.spreadsheet.sheets.some((s) => s !== sheet && s.name.toLowerCase() === title.toLowerCase()))
          throw new Error(`A sheet with the name "${title}" already exists. Please enter another name.`);
        sheet.name = title;
      } else if (field === 'hidden') sheet.hidden = Boolean(properties.hidden);
      else throw new Error(`The stand-in does not update the sheet property ${field}`);
    }
    return {};
  }

  appendDimension(request: Json): Json {
    const sheet = this.sheet(request.sheetId);
    const length = request.length;
    if (!Number.isInteger(length) || length < 1) throw new Error('length must be at least 1');
    const added = request.dimension === 'ROWS' ? length * sheet.maxColumns : request.dimension === 'COLUMNS' ? length * sheet.maxRows : -1;
    if (added < 0) throw new Error(`Invalid dimension ${request.dimension}`);
    if (totalCells(this.spreadsheet) + added > CELL_LIMIT)
      throw new Error(`This action would increase the number of cells in the workbook above the limit of ${CELL_LIMIT} cells.`);
    if (request.dimension === 'ROWS') sheet.maxRows += length;
    else sheet.maxColumns += length;
    return {};
  }

  updateDimensionProperties(request: Json): Json {
    if (request.fields !== 'pixelSize') throw new Error('The stand-in updates pixelSize only, and needs fields: "pixelSize".');
    const range = request.range ?? {};
    const sheet = this.sheet(range.sheetId);
    if (range.dimension !== 'COLUMNS') throw new Error('The stand-in sets column widths only.');
    const start = range.startIndex ?? 0;
    const end = range.endIndex ?? sheet.maxColumns;
    this.within({ sheet, startRow: 0, endRow: 1, startColumn: start, endColumn: end });
    const size = request.properties?.pixelSize;
    if (!Number.isInteger(size) || size < 0) throw new Error(`Invalid pixelSize ${size}`);
    for (let c = start; c < end; c++) sheet.columnWidths.set(c + 1, size);
    return {};
  }

  addChart(request: Json): Json {
    const chart = request.chart ?? {};
    const basic = chart.spec?.basicChart;
    if (!basic || !['BAR', 'LINE', 'AREA', 'COLUMN', 'SCATTER', 'COMBO', 'STEPPED_AREA'].includes(basic.chartType))
      throw new Error(`Invalid chart spec: basicChart.chartType ${basic?.chartType}`);
    if (basic.legendPosition !== undefined && !['BOTTOM_LEGEND', 'LEFT_LEGEND', 'RIGHT_LEGEND', 'TOP_LEGEND', 'NO_LEGEND'].includes(basic.legendPosition))
      throw new Error(`Invalid value at 'basicChart.legendPosition' (${basic.legendPosition})`);
    if (basic.headerCount !== undefined && (!Number.isInteger(basic.headerCount) || basic.headerCount < 0))
      throw new Error(`Invalid value at 'basicChart.headerCount' (${basic.headerCount})`);
    // "It is an error to specify an axis that isn't a valid minor axis for the chart's type": a bar chart's
    // values run along the bottom, every other basic chart's along the left or right.
    const minorAxes = basic.chartType === 'BAR' ? ['BOTTOM_AXIS'] : ['LEFT_AXIS', 'RIGHT_AXIS'];
    for (const series of basic.series ?? [])
      if (series.targetAxis !== undefined && !minorAxes.includes(series.targetAxis))
        throw new Error(`Invalid value at 'series.targetAxis' (${series.targetAxis}): not a minor axis of a ${basic.chartType} chart`);
    const sources = [...(basic.domains ?? []).map((d: Json) => d.domain), ...(basic.series ?? []).map((s: Json) => s.series)];
    if ((basic.domains ?? []).length === 0 || (basic.series ?? []).length === 0) throw new Error('A chart needs a domain and at least one series.');
    const ranges: string[] = [];
    for (const source of sources) {
      const list = source?.sourceRange?.sources ?? [];
      if (list.length === 0) throw new Error('A chart source needs sourceRange.sources.');
      for (const range of list) ranges.push(this.a1(this.bounds(range)));
    }
    const anchor = chart.position?.overlayPosition?.anchorCell;
    if (!anchor) throw new Error('The stand-in places charts with position.overlayPosition.anchorCell only.');
    const sheet = this.sheet(anchor.sheetId);
    const row = anchor.rowIndex ?? 0;
    const column = anchor.columnIndex ?? 0;
    this.within({ sheet, startRow: row, endRow: row + 1, startColumn: column, endColumn: column + 1 });
    const id = chart.chartId ?? nextObjectId();
    if (this.spreadsheet.sheets.some((s) => s.charts.some((c) => c.id === id))) throw new Error(`An object with id ${id} already exists`);
    const options: Record<string, unknown> = { title: chart.spec.title ?? '' };
    if (basic.legendPosition) options.legend = basic.legendPosition;
    sheet.charts.push({ id, type: basic.chartType, ranges, position: { row: row + 1, column: column + 1 }, options });
    return { addChart: { chart: { ...chart, chartId: id } } };
  }

  /** A GridRange checked against the grid, its unset bounds kept unset (a whole sheet, a whole row). */
  private gridBounds(range: Json): GridBounds {
    const sheet = this.sheet(range?.sheetId);
    const out: GridBounds = { sheetId: sheet.id };
    for (const key of ['startRowIndex', 'endRowIndex', 'startColumnIndex', 'endColumnIndex'] as const) if (range[key] !== undefined) out[key] = range[key];
    this.within({
      sheet,
      startRow: out.startRowIndex ?? 0,
      endRow: out.endRowIndex ?? sheet.maxRows,
      startColumn: out.startColumnIndex ?? 0,
      endColumn: out.endColumnIndex ?? sheet.maxColumns,
    });
    return out;
  }

  private user(): string {
    return this.spreadsheet.currentUser();
  }

  private editors(given: Json): { users: string[]; groups: string[]; domainUsersCanEdit: boolean } {
    const users: unknown[] = given?.users ?? [];
    const groups: unknown[] = given?.groups ?? [];
    for (const address of [...users, ...groups])
      if (typeof address !== 'string' || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address)) throw new Error(`Invalid email address in editors: ${String(address)}`);
    return { users: users as string[], groups: groups as string[], domainUsersCanEdit: Boolean(given?.domainUsersCanEdit) };
  }

  private unprotectedRanges(record: ProtectedRangeRecord, ranges: Json[] | undefined): void {
    const list = ranges ?? [];
    // "Unprotected ranges are only supported on protected sheets."
    if (list.length > 0 && !record.isSheet) throw new Error('Unprotected ranges are only supported on protected sheets.');
    record.unprotected = list.map((range) => {
      const bounds = this.gridBounds(range);
      if (bounds.sheetId !== record.range.sheetId) throw new Error('An unprotected range must be on the protected sheet.');
      return bounds;
    });
  }

  /** A sheet holds one sheet protection: the editor's dialog offers to change the existing one, never a second. */
  private checkOneSheetProtection(record: ProtectedRangeRecord): void {
    if (record.isSheet && this.spreadsheet.protectedRanges.some((p) => p !== record && p.isSheet && p.range.sheetId === record.range.sheetId))
      throw new Error(`The sheet ${record.range.sheetId} is already protected.`);
  }

  addProtectedRange(request: Json): Json {
    const given = request.protectedRange ?? {};
    if (given.namedRangeId !== undefined || given.tableId !== undefined) throw new Error('The stand-in protects ranges, not named ranges or tables.');
    if (!given.range) throw new Error('protectedRange.range is required.');
    const user = this.user();
    if (!documentEditor(this.spreadsheet.access(), user)) throw new Error('The caller does not have permission');
    const id = given.protectedRangeId ?? nextProtectedRangeId();
    if (!Number.isInteger(id) || this.spreadsheet.protectedRanges.some((p) => p.id === id)) throw new Error(`A protected range with id ${id} already exists.`);
    const record = new ProtectedRangeRecord(id, this.gridBounds(given.range));
    record.description = String(given.description ?? '');
    record.warningOnly = Boolean(given.warningOnly);
    // "if this field is true, then editors are ignored"; otherwise only the editors given (and the owner): the
    // requesting user is not added for it (stricter than Sheets, which may add them; the add-on lists itself).
    record.editors = record.warningOnly ? null : this.editors(given.editors);
    this.unprotectedRanges(record, given.unprotectedRanges);
    this.checkOneSheetProtection(record);
    this.spreadsheet.protectedRanges.push(record);
    return { addProtectedRange: { protectedRange: protectedRangeJsonFor(record, this.spreadsheet, user) } };
  }

  private protection(id: unknown): ProtectedRangeRecord {
    const record = this.spreadsheet.protectedRanges.find((p) => p.id === id);
    if (!record) throw new Error(`No protected range with id: ${String(id)}`);
    // Only an editor of a protection may change or remove it.
    if (!protectionEditor(record, this.user(), this.spreadsheet.owner)) throw new Error(PROTECTED_MESSAGE);
    return record;
  }

  deleteProtectedRange(request: Json): Json {
    const record = this.protection(request.protectedRangeId);
    this.spreadsheet.protectedRanges = this.spreadsheet.protectedRanges.filter((p) => p !== record);
    for (const sheet of this.spreadsheet.sheets) if ((sheet.protection as unknown) === record) sheet.protection = null;
    return {};
  }

  updateProtectedRange(request: Json): Json {
    if (typeof request.fields !== 'string' || request.fields.trim() === '') throw new Error('At least one field must be specified in fields.');
    const given = request.protectedRange ?? {};
    const record = this.protection(given.protectedRangeId);
    const fields = request.fields === '*' ? ['range', 'description', 'warningOnly', 'editors', 'unprotectedRanges'] : request.fields.split(',');
    const wasWarning = record.warningOnly;
    for (const field of fields) {
      if (field === 'range') record.range = this.gridBounds(given.range);
      else if (field === 'description') record.description = String(given.description ?? '');
      else if (field === 'warningOnly') record.warningOnly = Boolean(given.warningOnly);
      else if (field === 'editors') record.editors = this.editors(given.editors);
      else if (field === 'unprotectedRanges') this.unprotectedRanges(record, given.unprotectedRanges);
      else throw new Error(`The stand-in does not update the protected range field ${field}`);
    }
    if (record.warningOnly) record.editors = null;
    // "if this field is changed from true to false and the editors field is not set … the editors will be set to
    // all the editors in the document".
    else if (wasWarning && !fields.includes('editors')) {
      const shared = [...(this.spreadsheet.sharedWith ?? new Map()).entries()].filter(([, role]) => role === 'editor').map(([u]) => u);
      record.editors = { users: [this.spreadsheet.owner, ...shared], groups: [], domainUsersCanEdit: false };
    }
    if (!record.isSheet && record.unprotected.length > 0) throw new Error('Unprotected ranges are only supported on protected sheets.');
    this.checkOneSheetProtection(record);
    return {};
  }

  private filterSpecs(filter: Json, range: GridBounds): FilterViewRecord['specs'] {
    const given: { columnIndex: number; criteria: Json }[] = filter.filterSpecs
      ? filter.filterSpecs.map((spec: Json) => ({ columnIndex: spec.columnIndex ?? 0, criteria: spec.filterCriteria ?? {} }))
      : Object.entries(filter.criteria ?? {}).map(([column, criteria]) => ({ columnIndex: Number(column), criteria }));
    return given.map(({ columnIndex, criteria }) => {
      if (!Number.isInteger(columnIndex) || columnIndex < (range.startColumnIndex ?? 0) || columnIndex >= (range.endColumnIndex ?? Number.POSITIVE_INFINITY))
        throw new Error(`Invalid filter: column ${columnIndex} is outside the filter's range`);
      const hidden: unknown[] = criteria.hiddenValues ?? [];
      if (hidden.some((v) => typeof v !== 'string')) throw new Error('hiddenValues must be strings');
      if (criteria.condition !== undefined && typeof criteria.condition?.type !== 'string') throw new Error('A filter condition needs a type');
      return { columnIndex, hiddenValues: hidden as string[], ...(criteria.condition ? { condition: criteria.condition } : {}) };
    });
  }

  addFilterView(request: Json): Json {
    const filter = request.filter ?? {};
    if (filter.namedRangeId !== undefined || filter.tableId !== undefined) throw new Error('The stand-in filters ranges, not named ranges or tables.');
    if (!filter.range) throw new Error('filter.range is required.');
    if (!documentEditor(this.spreadsheet.access(), this.user())) throw new Error('The caller does not have permission');
    const range = this.gridBounds(filter.range);
    let id = filter.filterViewId;
    if (id === undefined)
      do id = 1 + Math.floor(Math.random() * 2_000_000_000);
      while (this.spreadsheet.filterViews.some((v) => v.filterViewId === id));
    if (!Number.isInteger(id) || id < 0 || id > 2_147_483_647) throw new Error(`Invalid filterViewId ${id}`);
    // "It is an error to specify the ID of a filter that already exists."
    if (this.spreadsheet.filterViews.some((v) => v.filterViewId === id)) throw new Error(`A filter view with id ${id} already exists.`);
    const view: FilterViewRecord = {
      filterViewId: id,
      title: String(filter.title ?? ''),
      range,
      specs: this.filterSpecs(filter, range),
      sortSpecs: filter.sortSpecs ?? [],
    };
    this.spreadsheet.filterViews.push(view);
    return { addFilterView: { filter: { ...filter, filterViewId: id } } };
  }

  private filterView(id: unknown): FilterViewRecord {
    const view = this.spreadsheet.filterViews.find((v) => v.filterViewId === id);
    if (!view) throw new Error(`No filter view with id: ${String(id)}`);
    return view;
  }

  deleteFilterView(request: Json): Json {
    const view = this.filterView(request.filterId);
    this.spreadsheet.filterViews = this.spreadsheet.filterViews.filter((v) => v !== view);
    return {};
  }

  updateFilterView(request: Json): Json {
    if (typeof request.fields !== 'string' || request.fields.trim() === '') throw new Error('At least one field must be specified in fields.');
    const filter = request.filter ?? {};
    const view = this.filterView(filter.filterViewId);
    const fields = request.fields === '*' ? ['title', 'range', 'filterSpecs', 'sortSpecs'] : request.fields.split(',');
    for (const field of fields) {
      if (field === 'title') view.title = String(filter.title ?? '');
      else if (field === 'range') view.range = this.gridBounds(filter.range);
      else if (field === 'filterSpecs' || field === 'criteria') view.specs = this.filterSpecs(filter, view.range);
      else if (field === 'sortSpecs') view.sortSpecs = filter.sortSpecs ?? [];
      else throw new Error(`The stand-in does not update the filter view field ${field}`);
    }
    return {};
  }

  createDeveloperMetadata(request: Json): Json {
    const metadata = request.developerMetadata ?? {};
    if (!['DOCUMENT', 'PROJECT'].includes(metadata.visibility)) throw new Error('developerMetadata.visibility must be DOCUMENT or PROJECT.');
    if (typeof metadata.metadataKey !== 'string' || metadata.metadataKey === '') throw new Error('developerMetadata.metadataKey is required.');
    const location = metadata.location ?? {};
    const members = ['spreadsheet', 'sheetId', 'dimensionRange'].filter((m) => location[m] !== undefined);
    if (members.length !== 1)
      throw new Error(`developerMetadata.location must set exactly one of spreadsheet, sheetId, dimensionRange (has ${members.join(', ') || 'none'})`);
    if (location.dimensionRange !== undefined) throw new Error('The stand-in does not place metadata on dimension ranges.');
    const owner: { metadata: FakeDeveloperMetadata[] } = location.spreadsheet === true ? this.spreadsheet : this.sheet(location.sheetId);
    const value = metadata.metadataValue ?? null;
    checkMetadataSize([...owner.metadata, { key: metadata.metadataKey, value }]);
    const created = new FakeDeveloperMetadata(this.rt, owner, nextMetadataId(), metadata.metadataKey, value, metadata.visibility, this.rt.cloudProject);
    owner.metadata.push(created);
    return { createDeveloperMetadata: { developerMetadata: { ...metadata, metadataId: created.id } } };
  }
}

const REQUEST_KINDS = [
  'addSheet',
  'deleteEmbeddedObject',
  'updateCells',
  'updateSheetProperties',
  'appendDimension',
  'updateDimensionProperties',
  'addChart',
  'createDeveloperMetadata',
  'addProtectedRange',
  'deleteProtectedRange',
  'updateProtectedRange',
  'addFilterView',
  'deleteFilterView',
  'updateFilterView',
] as const;

/** The `Sheets` global of the advanced service. */
/**
 * "Request payload size exceeds the limit: 10485760 bytes" is what the API answered a larger
 * request (https://github.com/scrt-hq/psgsuite/issues/62); the reference itself names no hard limit
 * and recommends 2 MB (https://developers.google.com/sheets/api/limits).
 */
export const PAYLOAD_LIMIT_BYTES = 10_485_760;

/**
 * A failed call as Apps Script throws it: a GoogleJsonResponseException whose message is "API call to
 * sheets.spreadsheets.<method> failed with error: <Google's message>" and whose details carry the
 * HTTP status (https://developers.google.com/apps-script/guides/services/advanced).
 */
export class GoogleJsonResponseException extends Error {
  readonly details: { code: number; message: string };
  constructor(method: string, code: number, message: string) {
    super(`API call to sheets.spreadsheets.${method} failed with error: ${message}`);
    this.name = 'GoogleJsonResponseException';
    this.details = { code, message };
  }
}

/**
 * Failures as Google gives them, switched on by tests and the preview:
 * - `failNext(n, 429)`: the next n calls answer 429, as when the per-user quota of 60 read requests
 *   a minute is passed ("429: Too many requests … you should use an exponential backoff
 *   algorithm", https://developers.google.com/sheets/api/limits); `failNext(n, 503)` (or 500) a
 *   server error; `failNext(n, 403)` "The caller does not have permission" (an account that may
 *   not edit the spreadsheet).
 * - `disabled`: the Cloud project behind the script has not enabled the Sheets API; every call
 *   answers 403 with Google's "has not been used in project … or it is disabled" text
 *   (https://developers.google.com/apps-script/guides/services/advanced#enable_advanced_services).
 * A failing call is still a service call, and is counted.
 */
export class SheetsApiFaults {
  disabled = false;
  private pending: number[] = [];
  failNext(count: number, status: 403 | 429 | 500 | 503): void {
    for (let i = 0; i < count; i++) this.pending.push(status);
  }
  /** How many injected failures are still to come. */
  get remaining(): number {
    return this.pending.length;
  }
  check(method: string): void {
    if (this.disabled)
      throw new GoogleJsonResponseException(
        method,
        403,
        'Google Sheets API has not been used in project 123456789012 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/sheets.googleapis.com/overview?project=123456789012 then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.',
      );
    const status = this.pending.shift();
    if (status === 429)
      throw new GoogleJsonResponseException(
        method,
        429,
        "Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service 'sheets.googleapis.com' for consumer 'project_number:123456789012'.",
      );
    if (status === 403) throw new GoogleJsonResponseException(method, 403, 'The caller does not have permission');
    if (status !== undefined)
      throw new GoogleJsonResponseException(method, status, status === 503 ? 'The service is currently unavailable.' : 'Internal error encountered.');
  }
}

/** @param sizes records each batchUpdate's payload and each get's answer, in bytes, for tests and the bench. */
export function makeSheetsService(
  rt: Runtime,
  spreadsheet: FakeSpreadsheet,
  sizes: { batchBytes: number[]; getBytes: number[] } = { batchBytes: [], getBytes: [] },
  faults: SheetsApiFaults = new SheetsApiFaults(),
): Json {
  const checkId = (method: string, id: unknown) => {
    faults.check(method);
    if (id !== spreadsheet.id) fail(method, `Requested entity was not found. (${String(id)})`);
  };
  return {
    Spreadsheets: {
      get(spreadsheetId: string, optionalArgs: Json = {}): Json {
        rt.call('Sheets.Spreadsheets.get', 'full');
        checkId('get', spreadsheetId);
        const fields: string | undefined = optionalArgs.fields;
        const mask = fields === undefined ? undefined : parseMask(fields);
        const withData = mask ? maskHas(mask, 'sheets', 'data') : optionalArgs.includeGridData === true;
        const ranges: string[] | undefined = optionalArgs.ranges === undefined ? undefined : [].concat(optionalArgs.ranges);
        const blocks = ranges?.map((text) => parseRange(spreadsheet, text));
        const sheets = spreadsheet.sheets
          .map((sheet, index) => {
            const mine = blocks?.filter((b) => b.sheet === sheet);
            if (blocks && mine?.length === 0) return null;
            return sheetJson(
              sheet,
              index,
              withData ? (mine ?? [{ sheet, startRow: 0, endRow: sheet.maxRows, startColumn: 0, endColumn: sheet.maxColumns }]) : null,
              rt.cloudProject,
            );
          })
          .filter((s) => s !== null);
        const whole: Json = {
          spreadsheetId: spreadsheet.id,
          properties: { title: spreadsheet.name, locale: rt.locale === 'ja' ? 'ja_JP' : rt.locale, timeZone: rt.timeZone },
          sheets,
          spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${spreadsheet.id}/edit`,
        };
        const visible = spreadsheet.metadata.filter((m) => metadataVisible(m, rt.cloudProject));
        if (visible.length > 0) whole.developerMetadata = visible.map((m) => metadataJson(m, null));
        // Plain JSON, as it arrives over HTTP: nothing shared with the stand-in's state.
        const answer = JSON.stringify(mask ? applyMask(whole, mask) : whole);
        sizes.getBytes.push(Buffer.byteLength(answer, 'utf8'));
        return JSON.parse(answer);
      },
      batchUpdate(resource: Json, spreadsheetId: string): Json {
        rt.call('Sheets.Spreadsheets.batchUpdate', 'full');
        checkId('batchUpdate', spreadsheetId);
        const requests: Json[] = resource?.requests;
        if (!Array.isArray(requests) || requests.length === 0) fail('batchUpdate', 'Must specify at least one request.');
        const text = JSON.stringify(resource);
        const bytes = Buffer.byteLength(text, 'utf8');
        sizes.batchBytes.push(bytes);
        if (bytes > PAYLOAD_LIMIT_BYTES) fail('batchUpdate', `Request payload size exceeds the limit: ${PAYLOAD_LIMIT_BYTES} bytes.`);
        const payload = JSON.parse(text).requests;
        const restore = spreadsheet.captureUncounted();
        const applier = new Applier(spreadsheet, rt);
        const replies: Json[] = [];
        try {
          payload.forEach((request: Json, i: number) => {
            const kinds = Object.keys(request ?? {});
            if (kinds.length !== 1)
              throw new SheetsApiError(`Invalid requests[${i}]: exactly one kind of request per entry (has ${kinds.join(', ') || 'none'})`);
            const kind = kinds[0] as (typeof REQUEST_KINDS)[number];
            if (!REQUEST_KINDS.includes(kind)) throw new SheetsApiError(`Invalid requests[${i}]: the stand-in does not know the request ${kind}`);
            try {
              replies.push(applier[kind](request[kind]));
            } catch (error) {
              throw new SheetsApiError(`Invalid requests[${i}].${kind}: ${(error as Error).message}`);
            }
          });
        } catch (error) {
          restore();
          fail('batchUpdate', (error as Error).message);
        }
        return { spreadsheetId: spreadsheet.id, replies };
      },
    },
  };
}
