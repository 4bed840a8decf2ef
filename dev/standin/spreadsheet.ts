/**
 * In-memory Spreadsheet / Sheet / Range with the semantics the add-on relies
 * on: 1-based coordinates, getValues types ('' for blanks, Date objects),
 * setValues throwing on a size mismatch, unique sheet names, formats, notes,
 * data validation, developer metadata, charts and the active range.
 * Method names and parameter types follow @types/google-apps-script.
 */
import { columnLetters } from '../../src/core/base/cells';
import { type AccessModel, copyFilterView, editRefusal, type FilterViewRecord, nextProtectedRangeId, ProtectedRangeRecord } from './protection';
import type { Runtime } from './runtime';
import { copyValue, parseUserEntered, type StoredValue } from './values';

type GasRange = GoogleAppsScript.Spreadsheet.Range;
type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
// biome-ignore lint/suspicious/noExplicitAny: the real signatures' parameter lists
type Fn = (...args: any[]) => any;
/** The methods a fake implements, with the real API's parameter types; return types are the fake's own. */
type StandIn<T, K extends keyof T> = { [P in K]: T[P] extends Fn ? (...args: Parameters<T[P]>) => unknown : never };

/** Methods whose real signatures take the real classes (charts, rules, sheets): only their names are checked. */
export type CheckedNames =
  | Extract<keyof GasRange, 'setDataValidation'>
  | Extract<keyof GasSheet, 'removeChart' | 'insertChart'>
  | Extract<keyof GasSpreadsheet, 'insertSheet' | 'deleteSheet' | 'setActiveSheet'>;

export interface CellStore {
  value: StoredValue;
  formula: string;
  format: string;
  weight: string;
  style: string;
  background: string | null;
  note: string;
  validation: FakeDataValidation | null;
}

function emptyCell(): CellStore {
  return { value: '', formula: '', format: 'General', weight: 'normal', style: 'normal', background: null, note: '', validation: null };
}

/**
 * Developer metadata holds at most 30,000 characters per spreadsheet and per
 * sheet (https://developers.google.com/sheets/api/guides/metadata).
 */
export const METADATA_CHARACTER_LIMIT = 30_000;

export function checkMetadataSize(metadata: { key: string; value: string | null }[]): void {
  const size = metadata.reduce((sum, m) => sum + m.key.length + (m.value ?? '').length, 0);
  if (size > METADATA_CHARACTER_LIMIT) throw new Error(`Developer metadata exceeds ${METADATA_CHARACTER_LIMIT} characters on this object.`);
}

export type MetadataVisibility = 'DOCUMENT' | 'PROJECT';

/**
 * DOCUMENT metadata is readable by any project with access to the document;
 * PROJECT metadata "is only visible to and accessible by the developer project
 * that created the metadata":
 * https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-visibility
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata#DeveloperMetadataVisibility
 */
export function metadataVisible(metadata: FakeDeveloperMetadata, project: string): boolean {
  return metadata.visibility === 'DOCUMENT' || metadata.project === project;
}

function visibilityOf(value: unknown): MetadataVisibility {
  if (value === undefined || value === null || value === 'DOCUMENT') return 'DOCUMENT';
  if (value === 'PROJECT') return 'PROJECT';
  throw new Error(`Invalid argument: visibility ${String(value)}`);
}

export class FakeDeveloperMetadata
  implements StandIn<GoogleAppsScript.Spreadsheet.DeveloperMetadata, 'getKey' | 'getValue' | 'getId' | 'remove' | 'setValue' | 'getVisibility'>
{
  constructor(
    private readonly rt: Runtime,
    private readonly owner: { metadata: FakeDeveloperMetadata[] },
    readonly id: number,
    readonly key: string,
    public value: string | null,
    /** Without a visibility, Apps Script and the stand-in make document-visible metadata. */
    readonly visibility: MetadataVisibility = 'DOCUMENT',
    /** The Cloud project that created it (rt.cloudProject at creation). */
    readonly project: string = rt.cloudProject,
  ) {}
  getVisibility(): MetadataVisibility {
    this.rt.call('DeveloperMetadata.getVisibility');
    return this.visibility;
  }
  /** Where the metadata sits: a sheet, or the spreadsheet itself. */
  getLocation(): { getLocationType(): string; getSheet(): unknown; getSpreadsheet(): unknown } {
    this.rt.call('DeveloperMetadata.getLocation');
    const owner = this.owner as { metadata: FakeDeveloperMetadata[] } & { isSheet?: boolean };
    const rt = this.rt;
    return {
      getLocationType: () => {
        rt.call('DeveloperMetadataLocation.getLocationType', 'none');
        return owner instanceof FakeSheet ? 'SHEET' : 'SPREADSHEET';
      },
      getSheet: () => {
        rt.call('DeveloperMetadataLocation.getSheet', 'none');
        return owner instanceof FakeSheet ? owner : null;
      },
      getSpreadsheet: () => {
        rt.call('DeveloperMetadataLocation.getSpreadsheet', 'none');
        return owner instanceof FakeSheet ? null : owner;
      },
    };
  }
  setValue(value: string): this {
    this.rt.call('DeveloperMetadata.setValue', 'write');
    const previous = this.value;
    this.value = value;
    try {
      checkMetadataSize(this.owner.metadata);
    } catch (error) {
      this.value = previous;
      throw error;
    }
    return this;
  }
  getKey(): string {
    this.rt.call('DeveloperMetadata.getKey');
    return this.key;
  }
  getValue(): string | null {
    this.rt.call('DeveloperMetadata.getValue');
    return this.value;
  }
  getId(): number {
    this.rt.call('DeveloperMetadata.getId');
    return this.id;
  }
  remove(): void {
    this.rt.call('DeveloperMetadata.remove', 'write');
    this.owner.metadata = this.owner.metadata.filter((m) => m !== this);
  }
}

let metadataIds = 1;
/** Developer metadata ids, shared with the Sheets API stand-in. */
export function nextMetadataId(): number {
  return metadataIds++;
}
let objectIds = 900_001;
/** Embedded objects' (charts') ids. */
export function nextObjectId(): number {
  return objectIds++;
}

/**
 * A protection made by Sheet.protect(): a record of the document's protected ranges (protection.ts),
 * whose editors mirror the document's until changed.
 * https://developers.google.com/apps-script/reference/spreadsheet/protection
 */
export class FakeProtection extends ProtectedRangeRecord {
  constructor(
    private readonly rt: Runtime,
    id: number,
    sheetId: number,
  ) {
    super(id, { sheetId });
  }
  setDescription(description: string): this {
    this.rt.call('Protection.setDescription', 'write');
    this.description = description;
    return this;
  }
  setWarningOnly(warningOnly: boolean): this {
    this.rt.call('Protection.setWarningOnly', 'write');
    this.warningOnly = warningOnly;
    return this;
  }
}

export class FakeDataValidation {
  constructor(
    readonly values: string[],
    readonly showDropdown: boolean,
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {}
  getCriteriaValues(): unknown[] {
    return [this.values, this.showDropdown];
  }
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
  getHelpText(): string {
    return this.helpText;
  }
  getCriteriaType(): string {
    return 'VALUE_IN_LIST';
  }
}

export class FakeDataValidationBuilder {
  private values: string[] = [];
  private dropdown = true;
  private invalid = true;
  private help = '';
  constructor(private readonly rt: Runtime) {}
  requireValueInList(values: string[], showDropdown?: boolean): this {
    this.rt.call('DataValidationBuilder.requireValueInList', 'none');
    this.values = [...values];
    this.dropdown = showDropdown ?? true;
    return this;
  }
  setAllowInvalid(allow: boolean): this {
    this.rt.call('DataValidationBuilder.setAllowInvalid', 'none');
    this.invalid = allow;
    return this;
  }
  setHelpText(text: string): this {
    this.rt.call('DataValidationBuilder.setHelpText', 'none');
    this.help = text;
    return this;
  }
  build(): FakeDataValidation {
    this.rt.call('DataValidationBuilder.build', 'none');
    return new FakeDataValidation(this.values, this.dropdown, this.invalid, this.help);
  }
}

export interface FakeChart {
  /** The chart's id (EmbeddedChart.getChartId; the Sheets API's chartId). */
  id?: number;
  type: string;
  ranges: string[];
  position: { row: number; column: number };
  options: Record<string, unknown>;
}

export class FakeChartBuilder {
  private chart: FakeChart = { type: 'LINE', ranges: [], position: { row: 1, column: 1 }, options: {} };
  constructor(private readonly rt: Runtime) {}
  setChartType(type: string): this {
    this.rt.call('EmbeddedChartBuilder.setChartType', 'none');
    this.chart.type = String(type);
    return this;
  }
  addRange(range: FakeRange): this {
    this.rt.call('EmbeddedChartBuilder.addRange', 'none');
    this.chart.ranges.push(range.getA1NotationUncounted());
    return this;
  }
  setPosition(row: number, column: number, _x: number, _y: number): this {
    this.rt.call('EmbeddedChartBuilder.setPosition', 'none');
    this.chart.position = { row, column };
    return this;
  }
  setOption(name: string, value: unknown): this {
    this.rt.call('EmbeddedChartBuilder.setOption', 'none');
    this.chart.options[name] = value;
    return this;
  }
  build(): FakeChart {
    this.rt.call('EmbeddedChartBuilder.build', 'none');
    return { ...this.chart, ranges: [...this.chart.ranges], options: { ...this.chart.options } };
  }
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export class FakeRange
  implements
    StandIn<
      GasRange,
      | 'getValues'
      | 'getValue'
      | 'setValues'
      | 'setValue'
      | 'getFormulas'
      | 'setFormulas'
      | 'getNumberFormats'
      | 'setNumberFormats'
      | 'setNumberFormat'
      | 'getFontWeights'
      | 'setFontWeights'
      | 'setFontWeight'
      | 'getFontStyles'
      | 'setFontStyles'
      | 'getBackgrounds'
      | 'setBackgrounds'
      | 'setBackground'
      | 'setVerticalAlignment'
      | 'getNotes'
      | 'setNotes'
      | 'getNote'
      | 'setNote'
      | 'getDataValidation'
      | 'activate'
      | 'getA1Notation'
      | 'getRow'
      | 'getColumn'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getNumRows'
      | 'getNumColumns'
      | 'getSheet'
      | 'clear'
      | 'clearContent'
      | 'offset'
      | 'getMergedRanges'
    >
{
  constructor(
    private readonly rt: Runtime,
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}

  private each<T>(read: (cell: CellStore) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.numRows; r++) {
      const row: T[] = [];
      for (let c = 0; c < this.numColumns; c++) row.push(read(this.sheet.cellAt(this.row + r, this.column + c)));
      out.push(row);
    }
    return out;
  }

  private checkSize(name: string, data: unknown[][]): void {
    if (!Array.isArray(data) || data.length !== this.numRows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${Array.isArray(data) ? data.length : 0} but the range has ${this.numRows}. (${name})`,
      );
    }
    for (const row of data) {
      if (!Array.isArray(row) || row.length !== this.numColumns) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${Array.isArray(row) ? row.length : 0} but the range has ${this.numColumns}. (${name})`,
        );
      }
    }
  }

  private write<T>(data: T[][], apply: (cell: CellStore, value: T) => void): void {
    // Every write of the Spreadsheet service runs as the script's user: a protected cell refuses it.
    this.sheet.spreadsheet.checkWrite(this.sheet, this.row - 1, this.column - 1, this.numRows, this.numColumns);
    for (let r = 0; r < this.numRows; r++) {
      for (let c = 0; c < this.numColumns; c++) apply(this.sheet.cellForWrite(this.row + r, this.column + c), data[r][c]);
    }
    this.sheet.touch();
  }

  /** The merged blocks partly or wholly inside this range (https://developers.google.com/apps-script/reference/spreadsheet/range#getmergedranges). */
  getMergedRanges(): FakeRange[] {
    this.rt.call('Range.getMergedRanges');
    const inside = (start: number, length: number, from: number, count: number) => start < from + count && from < start + length;
    return this.sheet.merges
      .filter((m) => inside(m.row, m.numRows, this.row, this.numRows) && inside(m.column, m.numColumns, this.column, this.numColumns))
      .map((m) => new FakeRange(this.rt, this.sheet, m.row, m.column, m.numRows, m.numColumns));
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/range#offsetrowoffset,-columnoffset,-numrows,-numcolumns */
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): FakeRange {
    this.rt.call('Range.offset', 'none');
    return new FakeRange(this.rt, this.sheet, this.row + rowOffset, this.column + columnOffset, numRows ?? this.numRows, numColumns ?? this.numColumns);
  }

  getValues(): StoredValue[][] {
    this.rt.call('Range.getValues');
    return this.each((cell) => copyValue(cell.value));
  }
  getValue(): StoredValue {
    this.rt.call('Range.getValue');
    return copyValue(this.sheet.cellAt(this.row, this.column).value);
  }
  setValues(values: unknown[][]): this {
    this.rt.call('Range.setValues', 'write');
    this.checkSize('setValues', values);
    this.write(values, (cell, value) => {
      const parsed = parseUserEntered(value, cell.format, this.rt.now());
      cell.value = parsed.value;
      cell.formula = parsed.formula;
    });
    return this;
  }
  setValue(value: unknown): this {
    this.rt.call('Range.setValue', 'write');
    this.write(
      Array.from({ length: this.numRows }, () => Array.from({ length: this.numColumns }, () => value)),
      (cell, v) => {
        const parsed = parseUserEntered(v, cell.format, this.rt.now());
        cell.value = parsed.value;
        cell.formula = parsed.formula;
      },
    );
    return this;
  }
  getFormulas(): string[][] {
    this.rt.call('Range.getFormulas');
    return this.each((cell) => cell.formula);
  }
  setFormulas(formulas: string[][]): this {
    this.rt.call('Range.setFormulas', 'write');
    this.checkSize('setFormulas', formulas);
    this.write(formulas, (cell, formula) => {
      const parsed = parseUserEntered(formula, 'General');
      cell.value = parsed.value;
      cell.formula = parsed.formula;
    });
    return this;
  }
  getNumberFormats(): string[][] {
    this.rt.call('Range.getNumberFormats');
    return this.each((cell) => cell.format);
  }
  setNumberFormats(formats: string[][]): this {
    this.rt.call('Range.setNumberFormats', 'write');
    this.checkSize('setNumberFormats', formats);
    this.write(formats, (cell, format) => {
      cell.format = format;
    });
    return this;
  }
  setNumberFormat(format: string): this {
    this.rt.call('Range.setNumberFormat', 'write');
    this.write(
      this.each(() => format),
      (cell, f) => {
        cell.format = f;
      },
    );
    return this;
  }
  getFontWeights(): string[][] {
    this.rt.call('Range.getFontWeights');
    return this.each((cell) => cell.weight);
  }
  setFontWeights(weights: (string | null)[][]): this {
    this.rt.call('Range.setFontWeights', 'write');
    this.checkSize('setFontWeights', weights);
    this.write(weights, (cell, weight) => {
      cell.weight = weight ?? 'normal';
    });
    return this;
  }
  setFontWeight(weight: string | null): this {
    this.rt.call('Range.setFontWeight', 'write');
    this.write(
      this.each(() => weight),
      (cell, w) => {
        cell.weight = w ?? 'normal';
      },
    );
    return this;
  }
  getFontStyles(): string[][] {
    this.rt.call('Range.getFontStyles');
    return this.each((cell) => cell.style);
  }
  setFontStyles(styles: (string | null)[][]): this {
    this.rt.call('Range.setFontStyles', 'write');
    this.checkSize('setFontStyles', styles);
    this.write(styles, (cell, style) => {
      cell.style = style ?? 'normal';
    });
    return this;
  }
  getBackgrounds(): string[][] {
    this.rt.call('Range.getBackgrounds');
    return this.each((cell) => cell.background ?? '#ffffff');
  }
  setBackgrounds(colors: (string | null)[][]): this {
    this.rt.call('Range.setBackgrounds', 'write');
    this.checkSize('setBackgrounds', colors);
    this.write(colors, (cell, color) => {
      cell.background = color;
    });
    return this;
  }
  setBackground(color: string | null): this {
    this.rt.call('Range.setBackground', 'write');
    this.write(
      this.each(() => color),
      (cell, c) => {
        cell.background = c;
      },
    );
    return this;
  }
  setVerticalAlignment(_alignment: string | null): this {
    this.rt.call('Range.setVerticalAlignment', 'write');
    return this;
  }
  getNotes(): string[][] {
    this.rt.call('Range.getNotes');
    return this.each((cell) => cell.note);
  }
  setNotes(notes: (string | null)[][]): this {
    this.rt.call('Range.setNotes', 'write');
    this.checkSize('setNotes', notes);
    this.write(notes, (cell, note) => {
      cell.note = note ?? '';
    });
    return this;
  }
  getNote(): string {
    this.rt.call('Range.getNote');
    return this.sheet.cellAt(this.row, this.column).note;
  }
  setNote(note: string | null): this {
    this.rt.call('Range.setNote', 'write');
    this.write(
      this.each(() => note),
      (cell, n) => {
        cell.note = n ?? '';
      },
    );
    return this;
  }
  getDataValidation(): FakeDataValidation | null {
    this.rt.call('Range.getDataValidation');
    return this.sheet.cellAt(this.row, this.column).validation;
  }
  setDataValidation(rule: FakeDataValidation | null): this {
    this.rt.call('Range.setDataValidation', 'write');
    this.write(
      this.each(() => rule),
      (cell, r) => {
        cell.validation = r;
      },
    );
    return this;
  }
  activate(): this {
    this.rt.call('Range.activate', 'ui');
    this.sheet.spreadsheet.activeSheet = this.sheet;
    this.sheet.spreadsheet.activeRange = this;
    return this;
  }
  getA1NotationUncounted(): string {
    const start = `${columnLetters(this.column - 1)}${this.row}`;
    if (this.numRows === 1 && this.numColumns === 1) return start;
    return `${start}:${columnLetters(this.column + this.numColumns - 2)}${this.row + this.numRows - 1}`;
  }
  getA1Notation(): string {
    this.rt.call('Range.getA1Notation', 'none');
    return this.getA1NotationUncounted();
  }
  getRow(): number {
    this.rt.call('Range.getRow', 'none');
    return this.row;
  }
  getColumn(): number {
    this.rt.call('Range.getColumn', 'none');
    return this.column;
  }
  getLastRow(): number {
    this.rt.call('Range.getLastRow', 'none');
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    this.rt.call('Range.getLastColumn', 'none');
    return this.column + this.numColumns - 1;
  }
  getNumRows(): number {
    this.rt.call('Range.getNumRows', 'none');
    return this.numRows;
  }
  getNumColumns(): number {
    this.rt.call('Range.getNumColumns', 'none');
    return this.numColumns;
  }
  getSheet(): FakeSheet {
    this.rt.call('Range.getSheet', 'none');
    return this.sheet;
  }
  clear(): this {
    this.rt.call('Range.clear', 'write');
    this.write(
      this.each(() => null),
      (cell) => Object.assign(cell, emptyCell()),
    );
    return this;
  }
  clearContent(): this {
    this.rt.call('Range.clearContent', 'write');
    this.write(
      this.each(() => null),
      (cell) => {
        cell.value = '';
        cell.formula = '';
      },
    );
    return this;
  }
}

export class FakeSheet
  implements
    StandIn<
      GasSheet,
      | 'getName'
      | 'setName'
      | 'getSheetId'
      | 'getIndex'
      | 'getParent'
      | 'getRange'
      | 'getDataRange'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getMaxRows'
      | 'getMaxColumns'
      | 'clear'
      | 'setFrozenRows'
      | 'getFrozenRows'
      | 'setColumnWidth'
      | 'setColumnWidths'
      | 'getColumnWidth'
      | 'getCharts'
      | 'newChart'
      | 'addDeveloperMetadata'
      | 'getDeveloperMetadata'
      | 'insertRowsAfter'
      | 'insertColumnsAfter'
      | 'hideSheet'
      | 'showSheet'
      | 'isSheetHidden'
      | 'activate'
    >
{
  /** Sparse rows of cells (1-based row → column → cell). */
  private readonly cells = new Map<number, Map<number, CellStore>>();
  metadata: FakeDeveloperMetadata[] = [];
  charts: FakeChart[] = [];
  protection: FakeProtection | null = null;
  frozenRows = 0;
  hidden = false;
  readonly columnWidths = new Map<number, number>();
  /** Merged blocks (1-based). */
  merges: { row: number; column: number; numRows: number; numColumns: number }[] = [];
  private lastRowCache = 0;
  private lastColumnCache = 0;
  private dirty = false;

  constructor(
    private readonly rt: Runtime,
    readonly spreadsheet: FakeSpreadsheet,
    public name: string,
    readonly id: number,
    public maxRows = 1000,
    public maxColumns = 26,
  ) {}

  cellAt(row: number, column: number): CellStore {
    return this.cells.get(row)?.get(column) ?? EMPTY;
  }

  cellForWrite(row: number, column: number): CellStore {
    let cells = this.cells.get(row);
    if (!cells) {
      cells = new Map();
      this.cells.set(row, cells);
    }
    let cell = cells.get(column);
    if (!cell) {
      cell = emptyCell();
      cells.set(column, cell);
    }
    return cell;
  }

  touch(): void {
    this.dirty = true;
  }

  private extent(): { lastRow: number; lastColumn: number } {
    if (this.dirty) {
      let lastRow = 0;
      let lastColumn = 0;
      for (const [row, cells] of this.cells) {
        for (const [column, cell] of cells) {
          if (cell.value === '' && cell.formula === '') continue;
          if (row > lastRow) lastRow = row;
          if (column > lastColumn) lastColumn = column;
        }
      }
      this.lastRowCache = lastRow;
      this.lastColumnCache = lastColumn;
      this.dirty = false;
    }
    return { lastRow: this.lastRowCache, lastColumn: this.lastColumnCache };
  }

  /** Test helper: fills the sheet from values as given (not parsed), growing it to fit. Not counted. */
  load(rows: unknown[][]): this {
    this.cells.clear();
    rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === null || value === undefined || value === '') return;
        const cell = this.cellForWrite(r + 1, c + 1);
        cell.value = copyValue(value as StoredValue);
      });
    });
    this.maxRows = Math.max(this.maxRows, rows.length);
    for (const row of rows) if (row.length > this.maxColumns) this.maxColumns = row.length;
    this.touch();
    return this;
  }

  /** Test helper: every value as getValues would give it, uncounted. */
  snapshot(): StoredValue[][] {
    const { lastRow, lastColumn } = this.extent();
    const out: StoredValue[][] = [];
    for (let r = 1; r <= lastRow; r++) {
      const row: StoredValue[] = [];
      for (let c = 1; c <= lastColumn; c++) row.push(copyValue(this.cellAt(r, c).value));
      out.push(row);
    }
    return out;
  }

  /** Test helper: the full stored state (values, formulas, formats, notes, validations), uncounted. */
  state(): unknown {
    const out: unknown[] = [];
    for (const [row, cells] of [...this.cells].sort((a, b) => a[0] - b[0])) {
      for (const [column, cell] of [...cells].sort((a, b) => a[0] - b[0])) out.push([row, column, { ...cell, value: copyValue(cell.value) }]);
    }
    return {
      name: this.name,
      cells: out,
      metadata: this.metadata.map((m) => [m.key, m.value]),
      frozen: this.frozenRows,
      merges: this.merges.map((m) => ({ ...m })),
    };
  }

  /**
   * Test helper: merges a block as a person does in the UI. Sheets keeps the
   * top-left value only: the other cells are emptied, and getValues gives ''
   * for them (https://developers.google.com/apps-script/reference/spreadsheet/range#merge).
   */
  mergeUncounted(a1: string): void {
    const block = this.parseA1(a1);
    for (let r = block.row; r < block.row + block.numRows; r++) {
      for (let c = block.column; c < block.column + block.numColumns; c++) {
        if (r === block.row && c === block.column) continue;
        const cell = this.cellForWrite(r, c);
        cell.value = '';
        cell.formula = '';
      }
    }
    this.merges.push(block);
    this.touch();
  }

  /** The extent getDataRange would give (last row and column with a value), uncounted. */
  extentUncounted(): { lastRow: number; lastColumn: number } {
    return this.extent();
  }

  /** Empties a block of cells (1-based, inclusive), uncounted: for the Sheets API stand-in. */
  clearBlockUncounted(row: number, column: number, lastRow: number, lastColumn: number): void {
    for (const [r, cells] of this.cells) {
      if (r < row || r > lastRow) continue;
      for (const c of [...cells.keys()]) if (c >= column && c <= lastColumn) cells.delete(c);
    }
    this.touch();
  }

  /** Everything a batchUpdate may change, to put back when one of its requests fails. */
  captureUncounted(): () => void {
    const cells = new Map([...this.cells].map(([r, row]) => [r, new Map([...row].map(([c, cell]) => [c, { ...cell, value: copyValue(cell.value) }]))]));
    const saved = {
      name: this.name,
      metadata: [...this.metadata],
      metadataValues: this.metadata.map((m) => m.value),
      charts: this.charts.map((c) => ({ ...c })),
      frozenRows: this.frozenRows,
      hidden: this.hidden,
      maxRows: this.maxRows,
      maxColumns: this.maxColumns,
      widths: new Map(this.columnWidths),
      merges: this.merges.map((m) => ({ ...m })),
    };
    return () => {
      this.cells.clear();
      for (const [r, row] of cells) this.cells.set(r, row);
      this.name = saved.name;
      this.metadata = saved.metadata;
      saved.metadata.forEach((m, i) => {
        m.value = saved.metadataValues[i];
      });
      this.charts = saved.charts;
      this.frozenRows = saved.frozenRows;
      this.hidden = saved.hidden;
      this.maxRows = saved.maxRows;
      this.maxColumns = saved.maxColumns;
      this.columnWidths.clear();
      for (const [c, w] of saved.widths) this.columnWidths.set(c, w);
      this.merges = saved.merges;
      this.touch();
    };
  }

  /** The 1-based position of a one-cell A1 reference, uncounted. */
  cellUncountedPosition(a1: string): { row: number; column: number } {
    const range = this.parseA1(a1);
    return { row: range.row, column: range.column };
  }

  /** A value typed by a person (USER_ENTERED), uncounted: the caller has checked that they may. */
  typeUncounted(row: number, column: number, value: unknown, now: Date): void {
    const cell = this.cellForWrite(row, column);
    const parsed = parseUserEntered(value, cell.format, now);
    cell.value = parsed.value;
    cell.formula = parsed.formula;
    this.touch();
  }

  /** A range as Google hands it to a trigger (the event's e.range), uncounted: the script made no call for it. */
  rangeUncounted(a1: string): FakeRange {
    const r = this.parseA1(a1);
    return new FakeRange(this.rt, this, r.row, r.column, r.numRows, r.numColumns);
  }

  cellUncounted(a1: string): CellStore {
    const range = this.parseA1(a1);
    return this.cellAt(range.row, range.column);
  }

  private parseA1(a1: string): { row: number; column: number; numRows: number; numColumns: number } {
    const cleaned = a1.replace(/\$/g, '').replace(/^.*!/, '');
    const rows = /^(\d+):(\d+)$/.exec(cleaned);
    if (rows) return { row: Number(rows[1]), column: 1, numRows: Number(rows[2]) - Number(rows[1]) + 1, numColumns: this.maxColumns };
    const columns = /^([A-Z]+):([A-Z]+)$/.exec(cleaned);
    if (columns)
      return { row: 1, column: columnNumber(columns[1]), numRows: this.maxRows, numColumns: columnNumber(columns[2]) - columnNumber(columns[1]) + 1 };
    const cells = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(cleaned);
    if (!cells) throw new Error(`Range not found: ${a1}`);
    const row = Number(cells[2]);
    const column = columnNumber(cells[1]);
    if (!cells[3]) return { row, column, numRows: 1, numColumns: 1 };
    return { row, column, numRows: Number(cells[4]) - row + 1, numColumns: columnNumber(cells[3]) - column + 1 };
  }

  private makeRange(row: number, column: number, numRows: number, numColumns: number): FakeRange {
    if (![row, column, numRows, numColumns].every((n) => Number.isInteger(n)) || row < 1 || column < 1 || numRows < 1 || numColumns < 1) {
      throw new Error(
        `The starting row/column of the range is too small, or the number of rows/columns must be at least 1 (${row}, ${column}, ${numRows}, ${numColumns}).`,
      );
    }
    if (row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this.rt, this, row, column, numRows, numColumns);
  }

  getName(): string {
    this.rt.call('Sheet.getName');
    return this.name;
  }
  setName(name: string): this {
    this.rt.call('Sheet.setName', 'write');
    if (this.spreadsheet.sheets.some((s) => s !== this && s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.name = name;
    return this;
  }
  getSheetId(): number {
    this.rt.call('Sheet.getSheetId');
    return this.id;
  }
  getIndex(): number {
    this.rt.call('Sheet.getIndex');
    return this.spreadsheet.sheets.indexOf(this) + 1;
  }
  getParent(): FakeSpreadsheet {
    this.rt.call('Sheet.getParent');
    return this.spreadsheet;
  }
  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): FakeRange {
    this.rt.call('Sheet.getRange');
    if (typeof a === 'string') {
      const r = this.parseA1(a);
      return this.makeRange(r.row, r.column, r.numRows, r.numColumns);
    }
    return this.makeRange(a, column ?? 1, numRows ?? 1, numColumns ?? 1);
  }
  getDataRange(): FakeRange {
    this.rt.call('Sheet.getDataRange');
    const { lastRow, lastColumn } = this.extent();
    return this.makeRange(1, 1, Math.max(1, lastRow), Math.max(1, lastColumn));
  }
  getLastRow(): number {
    this.rt.call('Sheet.getLastRow');
    return this.extent().lastRow;
  }
  getLastColumn(): number {
    this.rt.call('Sheet.getLastColumn');
    return this.extent().lastColumn;
  }
  getMaxRows(): number {
    this.rt.call('Sheet.getMaxRows');
    return this.maxRows;
  }
  getMaxColumns(): number {
    this.rt.call('Sheet.getMaxColumns');
    return this.maxColumns;
  }
  clear(): this {
    this.rt.call('Sheet.clear', 'write');
    this.spreadsheet.checkWrite(this, 0, 0, this.maxRows, this.maxColumns);
    this.cells.clear();
    this.touch();
    return this;
  }
  setFrozenRows(rows: number): void {
    this.rt.call('Sheet.setFrozenRows', 'write');
    this.frozenRows = rows;
  }
  getFrozenRows(): number {
    this.rt.call('Sheet.getFrozenRows');
    return this.frozenRows;
  }
  setColumnWidth(column: number, width: number): this {
    this.rt.call('Sheet.setColumnWidth', 'write');
    this.columnWidths.set(column, width);
    return this;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#setcolumnwidthsstartcolumn,-numcolumns,-width */
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    this.rt.call('Sheet.setColumnWidths', 'write');
    if (startColumn < 1 || numColumns < 1 || startColumn + numColumns - 1 > this.maxColumns)
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    for (let c = startColumn; c < startColumn + numColumns; c++) this.columnWidths.set(c, width);
    return this;
  }
  getColumnWidth(column: number): number {
    this.rt.call('Sheet.getColumnWidth');
    return this.columnWidths.get(column) ?? 100;
  }
  getCharts(): FakeChart[] {
    this.rt.call('Sheet.getCharts');
    return [...this.charts];
  }
  removeChart(chart: FakeChart): void {
    this.rt.call('Sheet.removeChart', 'write');
    this.charts = this.charts.filter((c) => c !== chart);
  }
  newChart(): FakeChartBuilder {
    this.rt.call('Sheet.newChart', 'write');
    return new FakeChartBuilder(this.rt);
  }
  insertChart(chart: FakeChart): void {
    this.rt.call('Sheet.insertChart', 'write');
    this.charts.push({ ...chart, id: chart.id ?? nextObjectId() });
  }
  addDeveloperMetadata(key: string, value?: string, visibility?: unknown): this {
    this.rt.call('Sheet.addDeveloperMetadata', 'write');
    checkMetadataSize([...this.metadata, { key, value: value ?? null }]);
    this.metadata.push(new FakeDeveloperMetadata(this.rt, this, metadataIds++, key, value ?? null, visibilityOf(visibility)));
    return this;
  }
  /** Only what the current Cloud project may see (PROJECT metadata of another project is invisible). */
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    this.rt.call('Sheet.getDeveloperMetadata');
    return this.metadata.filter((m) => metadataVisible(m, this.rt.cloudProject));
  }
  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.rt.call('Sheet.insertRowsAfter', 'write');
    if (afterPosition !== this.maxRows) throw new Error('The stand-in only appends rows at the end.');
    this.maxRows += howMany;
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.rt.call('Sheet.insertColumnsAfter', 'write');
    if (afterPosition !== this.maxColumns) throw new Error('The stand-in only appends columns at the end.');
    this.maxColumns += howMany;
    return this;
  }
  protect(): FakeProtection {
    this.rt.call('Sheet.protect', 'write');
    this.protection = new FakeProtection(this.rt, nextProtectedRangeId(), this.id);
    this.spreadsheet.protectedRanges.push(this.protection);
    return this.protection;
  }
  hideSheet(): this {
    this.rt.call('Sheet.hideSheet', 'write');
    this.hidden = true;
    return this;
  }
  showSheet(): this {
    this.rt.call('Sheet.showSheet', 'write');
    this.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    this.rt.call('Sheet.isSheetHidden');
    return this.hidden;
  }
  activate(): this {
    this.rt.call('Sheet.activate', 'ui');
    this.spreadsheet.activeSheet = this;
    return this;
  }
}

const EMPTY: CellStore = Object.freeze(emptyCell()) as CellStore;

export interface Toast {
  message: string;
  title: string;
}

export class FakeSpreadsheet
  implements
    StandIn<
      GasSpreadsheet,
      | 'getId'
      | 'getName'
      | 'getUrl'
      | 'getSheets'
      | 'getSheetByName'
      | 'getEditors'
      | 'getNumSheets'
      | 'getActiveSheet'
      | 'getActiveRange'
      | 'toast'
      | 'getSpreadsheetTimeZone'
      | 'getSpreadsheetLocale'
      | 'addDeveloperMetadata'
      | 'getDeveloperMetadata'
    >
{
  sheets: FakeSheet[] = [];
  /** Spreadsheet-level developer metadata. */
  metadata: FakeDeveloperMetadata[] = [];
  activeSheet: FakeSheet | null = null;
  activeRange: FakeRange | null = null;
  toasts: Toast[] = [];
  /** The document's owner: always an editor of every protection (protection.ts). */
  owner = 'installer@example.jp';
  /** Accounts the document is shared with; null: everyone who runs here may edit (what tests before the round assumed). */
  sharedWith: Map<string, 'editor' | 'viewer'> | null = null;
  /** Every protected range and sheet (Sheet.protect() and the API's addProtectedRange). */
  protectedRanges: ProtectedRangeRecord[] = [];
  /** Every filter view, with its sheet in its range. */
  filterViews: FilterViewRecord[] = [];
  /** The account the current execution runs as (the stand-in sets it to ScriptApp's user). */
  currentUser: () => string = () => this.owner;

  /** The model protection.ts judges edits by. */
  access(): AccessModel {
    return { owner: this.owner, sharedWith: this.sharedWith, protectedRanges: this.protectedRanges };
  }

  /** Refuses, as Sheets does, a write by the current user to a block (0-based) with a protected cell. */
  checkWrite(sheet: FakeSheet, row: number, column: number, numRows: number, numColumns: number, user = this.currentUser()): void {
    const model = this.access();
    if (model.protectedRanges.length === 0 && model.sharedWith === null) return;
    for (let r = row; r < row + numRows; r++)
      for (let c = column; c < column + numColumns; c++) {
        const refusal = editRefusal(model, user, sheet.id, r, c);
        if (refusal) throw new Error(refusal);
      }
  }
  private nextSheetId = 0;
  /** The first sheet of a new spreadsheet has id 0, as in Sheets (gid=0); later ones other numbers. */
  private newSheetId(): number {
    const n = this.nextSheetId++;
    return n === 0 ? 0 : n * 1000 + 7;
  }

  constructor(
    private readonly rt: Runtime,
    readonly id = 'standin-spreadsheet-1',
    public name = 'Shinchoku stand-in',
  ) {}

  /** Test helper: adds a sheet with values, uncounted. */
  addSheet(name: string, rows: unknown[][] = []): FakeSheet {
    const sheet = new FakeSheet(this.rt, this, name, this.newSheetId());
    sheet.load(rows);
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = sheet;
    return sheet;
  }

  /** For the Sheets API stand-in: a new sheet at the end, with the id asked for or the next one. Uncounted. */
  appendSheetUncounted(name: string, id: number | null, rows: number, columns: number): FakeSheet {
    const sheet = new FakeSheet(this.rt, this, name, id ?? this.newSheetId(), rows, columns);
    this.sheets.push(sheet);
    return sheet;
  }

  /** Everything a batchUpdate may change, to put back when one of its requests fails. */
  captureUncounted(): () => void {
    const sheets = [...this.sheets];
    const metadata = [...this.metadata];
    const restores = sheets.map((sheet) => sheet.captureUncounted());
    const protections = this.protectedRanges.map((p) => [p, p.copy()] as const);
    const views = this.filterViews.map(copyFilterView);
    return () => {
      this.sheets = sheets;
      this.metadata = metadata;
      // The same records put back as they were (a FakeProtection a sheet holds stays that sheet's).
      this.protectedRanges = protections.map(([record, saved]) => Object.assign(record, saved));
      this.filterViews = views;
      for (const restore of restores) restore();
    };
  }

  sheetUncounted(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  getId(): string {
    this.rt.call('Spreadsheet.getId');
    return this.id;
  }
  /** PROJECT metadata is kept with the current Cloud project (rt.cloudProject), readable by it only. */
  addDeveloperMetadata(key: string, value?: string, visibility?: unknown): this {
    this.rt.call('Spreadsheet.addDeveloperMetadata', 'write');
    checkMetadataSize([...this.metadata, { key, value: value ?? null }]);
    this.metadata.push(new FakeDeveloperMetadata(this.rt, this, metadataIds++, key, value ?? null, visibilityOf(visibility)));
    return this;
  }
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    this.rt.call('Spreadsheet.getDeveloperMetadata');
    return this.metadata.filter((m) => metadataVisible(m, this.rt.cloudProject));
  }
  /** Every metadata of the spreadsheet and its sheets (https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder). */
  createDeveloperMetadataFinder(): { withKey(key: string): unknown; find(): FakeDeveloperMetadata[] } {
    this.rt.call('Spreadsheet.createDeveloperMetadataFinder');
    const rt = this.rt;
    const all = () => [...this.metadata, ...this.sheets.flatMap((sheet) => sheet.metadata)];
    let key: string | null = null;
    const finder = {
      withKey(wanted: string) {
        rt.call('DeveloperMetadataFinder.withKey', 'none');
        key = wanted;
        return finder;
      },
      find() {
        rt.call('DeveloperMetadataFinder.find');
        return all().filter((m) => metadataVisible(m, rt.cloudProject) && (key === null || m.key === key));
      },
    };
    return finder;
  }
  getName(): string {
    this.rt.call('Spreadsheet.getName');
    return this.name;
  }
  getUrl(): string {
    this.rt.call('Spreadsheet.getUrl');
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getSheets(): FakeSheet[] {
    this.rt.call('Spreadsheet.getSheets');
    return [...this.sheets];
  }
  /**
   * The document's editors: its owner and the accounts it is shared with as editor — viewers are not among them
   * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#geteditors). With no sharing
   * modelled (sharedWith null) only the owner: never more editors than a test has said there are.
   */
  getEditors(): { getEmail(): string }[] {
    this.rt.call('Spreadsheet.getEditors');
    const shared = [...(this.sharedWith ?? new Map<string, 'editor' | 'viewer'>()).entries()].filter(([, role]) => role === 'editor').map(([user]) => user);
    return [this.owner, ...shared].map((email) => ({ getEmail: () => email }));
  }
  getSheetByName(name: string): FakeSheet | null {
    this.rt.call('Spreadsheet.getSheetByName');
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  insertSheet(name?: string | number, index?: number): FakeSheet {
    this.rt.call('Spreadsheet.insertSheet', 'write');
    const wanted = typeof name === 'string' ? name : `Sheet${this.sheets.length + 1}`;
    if (this.sheets.some((s) => s.name.toLowerCase() === wanted.toLowerCase())) {
      throw new Error(`A sheet with the name "${wanted}" already exists. Please enter another name.`);
    }
    const sheet = new FakeSheet(this.rt, this, wanted, this.newSheetId());
    const at = typeof index === 'number' ? Math.min(Math.max(index, 0), this.sheets.length) : this.sheets.length;
    this.sheets.splice(at, 0, sheet);
    this.activeSheet = sheet;
    return sheet;
  }
  deleteSheet(sheet: FakeSheet): void {
    this.rt.call('Spreadsheet.deleteSheet', 'write');
    if (this.sheets.length === 1) throw new Error('You can\u2019t remove all the sheets in a document.');
    this.sheets = this.sheets.filter((s) => s !== sheet);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0];
  }
  getNumSheets(): number {
    this.rt.call('Spreadsheet.getNumSheets');
    return this.sheets.length;
  }
  getActiveSheet(): FakeSheet | null {
    this.rt.call('Spreadsheet.getActiveSheet');
    return this.activeSheet;
  }
  getActiveRange(): FakeRange | null {
    this.rt.call('Spreadsheet.getActiveRange');
    return this.activeRange;
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this.rt.call('Spreadsheet.setActiveSheet', 'ui');
    this.activeSheet = sheet;
    return sheet;
  }
  toast(message: string, title?: string, _seconds?: number | null): void {
    this.rt.call('Spreadsheet.toast', 'ui');
    this.toasts.push({ message, title: title ?? '' });
  }
  getSpreadsheetTimeZone(): string {
    this.rt.call('Spreadsheet.getSpreadsheetTimeZone');
    return this.rt.timeZone;
  }
  getSpreadsheetLocale(): string {
    this.rt.call('Spreadsheet.getSpreadsheetLocale');
    return this.rt.locale;
  }
}
