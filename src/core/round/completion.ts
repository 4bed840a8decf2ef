/**
 * The round's completion: for each department of a round plan, how many cells the round asks of it
 * (requested: the 進捗状況 and 取組内容・成果 of its activities of the year, the 達成状況 of its targets due
 * that year, the amount of its effects of the year — answered before the round or not), how many are
 * answered now (filled), and how many of its answer cells the plan's own validation refuses (errors:
 * readWorkbook's problems, in the plan's vocabulary). A department is complete when every requested cell
 * is filled and none of its answer cells has an error.
 *
 * Rows are found again by their identity (rows.ts), so a row moved since the round opened still counts;
 * a row gone counts as requested and not filled.
 */
import { a1, type CellValue, isBlank, type WorkbookInput } from '../base/cells';
import { readWorkbook, type WorkbookData } from '../read/read';
import type { Problem } from '../words/problems';
import { type RoundCell, type RoundPlan, requestableCells } from './requests';
import { ANSWER_FIELDS, type RoundRow, type RoundSheet, roundRows } from './rows';

/** An answer cell the plan's validation refuses. */
export interface RoundCellError {
  sheet: RoundSheet;
  sheetName: string;
  row: number;
  column: number;
  cell: string;
  code: string;
  /** The validation's problem (its message is filled in by localizeProblem). */
  problem: Problem;
}

export interface DepartmentCompletion {
  department: string;
  emails: string[];
  requested: number;
  filled: number;
  /** Answer cells with an error. */
  errors: number;
  complete: boolean;
  /** Requested cells not filled yet, where they are now. */
  missing: RoundCell[];
  /** Rows of the round no longer found in the workbook (removed, or their code, year or text changed). */
  rowsGone: RoundRow[];
  errorCells: RoundCellError[];
  /** A merge only: this department sent no file in it (its cells may be filled by another's answer to a shared project). */
  noFile?: boolean;
}

export interface RoundCompletion {
  year: number;
  due: string;
  departments: DepartmentCompletion[];
  /** Every department together, each cell counted once (a project of two departments asks its cells of both). */
  total: { requested: number; filled: number; errors: number; departments: number; complete: number };
}

/**
 * Completion of a round plan (roundRequests) on the workbook as it is now. `data` is the workbook read,
 * passed when the caller has it already.
 */
export function roundCompletion(input: WorkbookInput, plan: RoundPlan, data: WorkbookData = readWorkbook(input)): RoundCompletion {
  const now = roundRows(input, data, plan.year);
  const byKey = new Map(now.rows.map((row) => [row.key, row]));
  const errorsAt = new Map<string, Problem>();
  for (const problem of data.problems.items) {
    const key = `${problem.sheet}!${problem.cell}`;
    if (problem.severity === 'error' && !errorsAt.has(key)) errorsAt.set(key, problem);
  }
  const seenRequested = new Set<string>();
  const seenFilled = new Set<string>();
  const seenErrors = new Set<string>();
  const seenGone = new Set<string>();
  const departments = plan.departments.map((department): DepartmentCompletion => {
    let requested = 0;
    let filled = 0;
    const missing: RoundCell[] = [];
    const rowsGone: RoundRow[] = [];
    const errorCells: RoundCellError[] = [];
    for (const planned of department.rows) {
      const row = byKey.get(planned.key);
      const layout = now.layouts[planned.sheet];
      if (!row || !layout) {
        rowsGone.push(planned);
        // The cells asked of a row gone: as many as the plan's layout asked of it, none filled.
        const asked = plan.layouts[planned.sheet];
        for (const { cell } of asked ? requestableCells({ sheets: [] }, asked, planned, data) : []) {
          requested++;
          seenGone.add(`${planned.key}|${cell.field}`);
        }
        continue;
      }
      for (const { cell, answered } of requestableCells(input, layout, row, data)) {
        requested++;
        const id = `${cell.sheet}!${cell.cell}`;
        seenRequested.add(id);
        if (answered) {
          filled++;
          seenFilled.add(id);
        } else missing.push(cell);
      }
      for (const field of ANSWER_FIELDS[row.sheet]) {
        const column = layout.columns[field];
        if (column === undefined) continue;
        // A blank cell's error (a required 進捗状況 or amount) is a cell not filled yet, counted as missing, not as an error.
        if (isBlank(sheetValues(input, layout.name)[row.row]?.[column])) continue;
        const cell = a1(row.row, column);
        const problem = errorsAt.get(`${layout.name}!${cell}`);
        if (!problem) continue;
        errorCells.push({ sheet: row.sheet, sheetName: layout.name, row: row.row, column, cell, code: row.code, problem });
        seenErrors.add(`${row.sheet}!${cell}`);
      }
    }
    const errors = errorCells.length;
    return {
      department: department.department,
      emails: department.emails,
      requested,
      filled,
      errors,
      complete: filled === requested && errors === 0 && rowsGone.length === 0,
      missing,
      rowsGone,
      errorCells,
    };
  });
  return {
    year: plan.year,
    due: plan.due,
    departments,
    total: {
      requested: seenRequested.size + seenGone.size,
      filled: seenFilled.size,
      errors: seenErrors.size,
      departments: departments.length,
      complete: departments.filter((d) => d.complete).length,
    },
  };
}

function sheetValues(input: WorkbookInput, name: string): CellValue[][] {
  return input.sheets.find((sheet) => sheet.name === name)?.rows ?? [];
}

/**
 * Whether a department is reminded: a requested cell still blank, or an answer the plan's rules cannot use
 * (進捗状況 「E」, a negative amount) — a department whose every answer is invalid is exactly one to tell (r27c F9).
 */
export function toRemind(department: DepartmentCompletion): boolean {
  return department.missing.length > 0 || department.errorCells.length > 0;
}
