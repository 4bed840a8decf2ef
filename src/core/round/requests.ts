/**
 * The annual round's requests (照会): for a fiscal year and a deadline, each department's rows and the
 * cells it must fill — its projects' 取組活動 rows of the year without a 進捗状況 or 取組内容・成果, its
 * 達成事項 due that year without a 達成状況, its 効果額 rows of the year without an amount — routed by
 * the 事業 sheet's 取組推進課 and the 部署 sheet's addresses, as the monthly digest routes
 * (present/digest.ts planDigest). A project with several departments is asked of each of them: each
 * gets its rows, and a cell answered differently by two of them is a conflict the merge reports.
 */
import { a1, type WorkbookInput } from '../base/cells';
import type { FiscalYear } from '../base/fiscalYear';
import { matchKey } from '../base/text';
import { GENERIC_DEPARTMENTS } from '../present/digestContent';
import { readWorkbook, type WorkbookData } from '../read/read';
import { type BadAddress, routes } from './addresses';
import { departmentsCell, projectDepartments } from './departmentNames';
import { answered, REQUESTED_FIELDS, type RoundField, type RoundLayout, type RoundRow, type RoundSheet, roundRows } from './rows';

export interface RoundOptions {
  year: FiscalYear;
  /** The deadline, a Japan calendar date YYYY-MM-DD (parseDue). */
  due: string;
}

/** One cell a department is asked to fill. */
export interface RoundCell {
  sheet: RoundSheet;
  /** The sheet's name in the workbook. */
  sheetName: string;
  /** 0-based row and column. */
  row: number;
  column: number;
  /** A1 reference (D5). */
  cell: string;
  code: string;
  field: RoundField;
  /** What the row is: the activity, the target, or the effect's kind. */
  what: string;
  /** The row's identity (rows.ts RoundRow.key). */
  key: string;
}

export interface RoundDepartment {
  /** The department's name as the 部署 sheet writes it (or the 事業 sheet, when 部署 has no row for it). */
  department: string;
  /**
   * Its number, for the files split writes (2026-03-税務課.xlsx): its place among the 部署 sheet's departments,
   * whether or not its address is filled and whether or not it is asked this year; a department 部署 does not
   * name comes after them all, in 事業 order (r27f F12: a blank address no longer renumbers the others).
   */
  number: number;
  /** Its valid addresses in the 部署 sheet; [] when it has none (no request mail, and no editor in Sheets). */
  emails: string[];
  /** Codes of its projects with a row this year, in 事業 order. */
  projects: string[];
  /** Its rows of the year, in sheet order (取組活動, 達成事項, 効果額). */
  rows: RoundRow[];
  /** The cells still to fill. */
  cells: RoundCell[];
}

/** A project with rows this year and no department to ask: 取組推進課 blank or only 関係課. */
export interface UnroutedProject {
  code: string;
  name: string;
  /** What 取組推進課 says (関係課 …), [] when blank. */
  departments: string[];
  /** Its cells still to fill, which nobody is asked for. */
  cells: number;
}

export interface RoundPlan {
  year: FiscalYear;
  due: string;
  departments: RoundDepartment[];
  unrouted: UnroutedProject[];
  /** Departments asked for something but with no valid address in 部署. */
  noAddress: string[];
  /**
   * Departments named in 取組推進課 that the 部署 sheet does not have (a typo, or a department not yet listed), each
   * with the 取組推進課 cells naming it (r27h 1): said with their cells, never routed nowhere in silence.
   */
  unlisted: { department: string; cells: string[] }[];
  /** Addresses of the departments asked that cannot be used (zaisei@, 山田 <…>): each with its cell and why (r27c F5). */
  badAddresses: BadAddress[];
  /** The round sheets' layouts in the workbook the plan was made from (the split writes them). */
  layouts: Partial<Record<RoundSheet, RoundLayout>>;
}
/**
 * The cells a plan asks for, each once (`cells`); the departments' counts added up (`sum`), where a shared
 * project's cell is asked of each of its departments; and how many cells are so shared (r27f F5).
 */
export function askedCounts(plan: RoundPlan): { cells: number; sum: number; shared: number } {
  const askedOf = new Map<string, number>();
  for (const cell of plan.departments.flatMap((d) => d.cells)) {
    const key = `${cell.sheet}!${cell.cell}`;
    askedOf.set(key, (askedOf.get(key) ?? 0) + 1);
  }
  const counts = [...askedOf.values()];
  return { cells: askedOf.size, sum: counts.reduce((n, k) => n + k, 0), shared: counts.filter((k) => k > 1).length };
}

/**
 * The requestable answer cells of a row (REQUESTED_FIELDS whose column the sheet has, or the `fields` given), each
 * with whether it is answered now.
 */
export function requestableCells(
  input: WorkbookInput,
  layout: RoundLayout,
  row: RoundRow,
  data: WorkbookData,
  fields: readonly RoundField[] = REQUESTED_FIELDS[row.sheet],
): { cell: RoundCell; answered: boolean }[] {
  const sheet = input.sheets.find((s) => s.name === layout.name);
  const values = sheet?.rows[row.row] ?? [];
  const cells: { cell: RoundCell; answered: boolean }[] = [];
  for (const field of fields) {
    const column = layout.columns[field];
    if (column === undefined) continue;
    const cell: RoundCell = {
      sheet: row.sheet,
      sheetName: layout.name,
      row: row.row,
      column,
      cell: a1(row.row, column),
      code: row.code,
      field,
      what: row.what,
      key: row.key,
    };
    cells.push({ cell, answered: answered(field, values[column], data.vocabulary.result) });
  }
  return cells;
}
/**
 * Each department's requests for the year. `data` is the workbook read (readWorkbook), passed when the
 * caller has it already.
 */
export function roundRequests(input: WorkbookInput, options: RoundOptions, data: WorkbookData = readWorkbook(input)): RoundPlan {
  const { layouts, rows } = roundRows(input, data, options.year);
  const known = routes(data);
  const listed = departmentOrder(data);
  const listedKeys = new Set(listed.keys());
  const cellOf = departmentsCell(input, data);
  const unlisted = new Map<string, { department: string; cells: string[] }>();
  const byDepartment = new Map<string, RoundDepartment>();
  const unrouted: UnroutedProject[] = [];
  const rowsByCode = new Map<string, RoundRow[]>();
  for (const row of rows) rowsByCode.set(row.code, [...(rowsByCode.get(row.code) ?? []), row]);
  let unknownOrder = listed.size;
  for (const project of data.projects) {
    const own = rowsByCode.get(project.code);
    if (!own) continue;
    const toFill = own.flatMap((row) => {
      const layout = layouts[row.sheet];
      return layout ? requestableCells(input, layout, row, data).filter((c) => !c.answered) : [];
    });
    const names = projectDepartments(project, listedKeys).filter((name) => !GENERIC_DEPARTMENTS.has(name));
    if (names.length === 0) {
      unrouted.push({ code: project.code, name: project.name, departments: project.departments, cells: toFill.length });
      continue;
    }
    const keys = new Set<string>();
    for (const name of names) {
      const key = matchKey(name);
      if (keys.has(key)) continue;
      keys.add(key);
      if (!listed.has(key)) {
        const entry = unlisted.get(key) ?? { department: name, cells: [] };
        const cell = cellOf(project);
        if (cell !== '' && !entry.cells.includes(cell)) entry.cells.push(cell);
        unlisted.set(key, entry);
      }
      let department = byDepartment.get(key);
      if (!department) {
        const route = known.get(key);
        const place = listed.get(key);
        department = {
          department: route?.name ?? place?.name ?? name,
          number: (place?.order ?? unknownOrder++) + 1,
          emails: route ? [...route.emails] : [],
          projects: [],
          rows: [],
          cells: [],
        };
        byDepartment.set(key, department);
      }
      department.projects.push(project.code);
      department.rows.push(...own);
      department.cells.push(...toFill.map((c) => c.cell));
    }
  }
  const departments = [...byDepartment.values()]
    .sort((a, b) => a.number - b.number)
    .map((department) => ({ ...department, rows: sheetOrder(department.rows), cells: sheetOrder(department.cells) }));
  return {
    year: options.year,
    due: options.due,
    departments,
    unrouted,
    noAddress: departments.filter((d) => d.emails.length === 0).map((d) => d.department),
    unlisted: [...unlisted.values()],
    badAddresses: departments.flatMap((d) => (known.get(matchKey(d.department))?.bad ?? []).map((bad) => ({ department: d.department, ...bad }))),
    layouts,
  };
}

/**
 * The 部署 sheet's departments in its order, each with its place (0-based) — every row naming one, its address
 * filled or not (the reader keeps a row with a blank address, r27h 11).
 */
function departmentOrder(data: WorkbookData): Map<string, { name: string; order: number }> {
  const found = new Map<string, { name: string; order: number }>();
  for (const { name } of data.departments) {
    const key = matchKey(name);
    if (name !== '' && !found.has(key)) found.set(key, { name, order: found.size });
  }
  return found;
}

const SHEET_RANK: Record<RoundSheet, number> = { activities: 0, targets: 1, effects: 2 };

/** Rows and cells in the order a person reads the workbook: 取組活動, 達成事項, 効果額; top to bottom, left to right. */
export function sheetOrder<T extends { sheet: RoundSheet; row: number; column?: number }>(items: T[]): T[] {
  return [...items].sort((a, b) => SHEET_RANK[a.sheet] - SHEET_RANK[b.sheet] || a.row - b.row || (a.column ?? 0) - (b.column ?? 0));
}
