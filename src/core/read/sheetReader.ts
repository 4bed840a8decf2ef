/**
 * SheetReader: a sheet whose header row has been matched to the contract, read cell by cell, each bad cell a problem.
 */
import { a1, type CellValue, cellText, isBlank, isDate, isErrorValue, type SheetInput } from '../base/cells';
import { type NumberParse, SUMMABLE_LIMIT_TEXT } from '../base/numbers';
import { cleanText, clip } from '../base/text';
import { columnMatches, type SheetSpec } from '../contract/schema';
import type { ProblemList } from '../words/problems';

export const SHEETS_CELL_LIMIT = 50_000;

/** A cell read from a row; its A1 reference is only built when a problem needs it. */
export interface Cell {
  value: CellValue;
  row: number;
  column: number;
}

/** A1 reference of a cell; a missing column (-1) refers to the whole row. */
export function ref(cell: Cell): string {
  return cell.column < 0 ? `${cell.row + 1}:${cell.row + 1}` : a1(cell.row, cell.column);
}

/** A sheet whose header row has been matched to the contract. */
export class SheetReader {
  readonly columns = new Map<string, number>();
  ok = true;

  constructor(
    readonly spec: SheetSpec,
    readonly sheet: SheetInput,
    readonly problems: ProblemList,
    /** Column names as this plan shows them (効果額（百万円）), where they differ from the contract's. */
    readonly names: Record<string, { ja: string; en: string }> = {},
  ) {
    const header = sheet.rows[0] ?? [];
    const firstSeen = new Map<string, number>();
    header.forEach((cell, index) => {
      if (typeof cell !== 'string' || isBlank(cell)) return;
      const column = spec.columns.find((c) => columnMatches(c, cell));
      if (!column) return;
      const first = firstSeen.get(column.key);
      if (first !== undefined) {
        problems.add('error', sheet.name, a1(0, index), clip(cell), 'columnDuplicate', {
          column: (names[column.key] ?? column).ja,
          first: a1(0, first),
          cell: a1(0, index),
        });
        return;
      }
      firstSeen.set(column.key, index);
      this.columns.set(column.key, index);
    });
    for (const column of spec.columns) {
      if (column.required && !this.columns.has(column.key)) {
        const shown = names[column.key] ?? column;
        problems.add('error', sheet.name, '1:1', '', 'columnMissing', { sheet: sheet.name, column: shown.ja, alias: shown.en });
        this.ok = false;
      }
    }
  }

  isBlankRow(row: CellValue[]): boolean {
    for (const column of this.columns.values()) if (!isBlank(row[column])) return false;
    return true;
  }

  /** Data rows (0-based indexes) that are not blank in any contract column. */
  *dataRows(): Generator<{ index: number; row: CellValue[] }> {
    const indexes = [...this.columns.values()];
    const rows = this.sheet.rows;
    for (let index = 1; index < rows.length; index++) {
      const row = rows[index];
      if (!row) continue;
      let blank = true;
      for (const column of indexes) {
        if (!isBlank(row[column])) {
          blank = false;
          break;
        }
      }
      if (!blank) yield { index, row };
    }
  }

  /** A column's names in messages: the plan's own where it has one (効果額（百万円）), else the contract's. */
  columnSpec(key: string): { ja: string; en: string } {
    const spec = this.names[key] ?? this.spec.columns.find((c) => c.key === key);
    if (!spec) throw new Error(`unknown column ${key}`);
    return spec;
  }

  cell(row: CellValue[], index: number, key: string): Cell {
    const column = this.columns.get(key);
    return column === undefined ? { value: null, row: index, column: -1 } : { value: row[column], row: index, column };
  }

  /** A cell that must hold something; reports blanks and formula errors. Returns null when unusable. */
  required(row: CellValue[], index: number, key: string): Cell | null {
    const cell = this.cell(row, index, key);
    if (isErrorValue(cell.value)) {
      this.problems.add('error', this.sheet.name, ref(cell), cell.value, 'formulaError');
      return null;
    }
    if (isBlank(cell.value)) {
      const spec = this.columnSpec(key);
      // No advice about merged cells: a merged block's value is filled into every cell before this (fillMerges).
      this.problems.add('error', this.sheet.name, ref(cell), '', 'required', { column: spec.ja, columnEn: spec.en });
      return null;
    }
    return cell;
  }

  /** An optional cell: null when blank; reports formula errors (and then returns null too). */
  optional(row: CellValue[], index: number, key: string): Cell | null {
    const cell = this.cell(row, index, key);
    if (isErrorValue(cell.value)) {
      this.problems.add('error', this.sheet.name, ref(cell), cell.value, 'formulaError');
      return null;
    }
    return isBlank(cell.value) ? null : cell;
  }

  /**
   * A number cell that could not be read: no number (numberInvalid), or one too large to be summed exactly
   * (numberTooLarge: 1e308, 9007199254740993; numbers.ts SUMMABLE_LIMIT). Either is an error at the cell and
   * the value is left out of every sum, so no figure is silently wrong.
   */
  refuseNumber(cell: Cell, key: string, parsed: Extract<NumberParse, { ok: false }>): void {
    const shown = clip(cellText(cell.value));
    if (parsed.reason === 'notNumber') {
      this.problems.add('error', this.sheet.name, ref(cell), shown, 'numberInvalid');
      return;
    }
    const spec = this.columnSpec(key);
    this.problems.add('error', this.sheet.name, ref(cell), shown, 'numberTooLarge', { column: spec.ja, columnEn: spec.en, limit: SUMMABLE_LIMIT_TEXT });
  }

  /** A text cell: dates are refused; very long text is flagged. */
  text(cell: Cell, key: string): string | null {
    if (isDate(cell.value)) {
      const spec = this.columnSpec(key);
      this.problems.add('error', this.sheet.name, ref(cell), cellText(cell.value), 'valueIsDate', { column: spec.ja, columnEn: spec.en });
      return null;
    }
    const raw = cellText(cell.value);
    if (raw.length > SHEETS_CELL_LIMIT) {
      this.problems.add('warning', this.sheet.name, ref(cell), clip(raw), 'textTooLong', { length: raw.length });
    }
    return cleanText(raw.length > 100_000 ? raw.slice(0, 100_000) : raw);
  }
}
