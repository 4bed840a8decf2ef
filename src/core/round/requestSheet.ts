/**
 * A department's file for the round: the rows it holds (its rows of the year, each with the master row it
 * came from), the first sheet (照会) that says what to fill and by when, and that sheet read back by the
 * merge to know whose answer a file is. The adapters write these values (the CLI with exceljs); what a file
 * holds is decided here, once.
 */
import { a1, type CellValue, cellText, isBlank, type SheetInput, type WorkbookInput } from '../base/cells';
import { parseFiscalYearAsNamed } from '../base/fiscalYear';
import { cleanText, matchKey } from '../base/text';
import { SHEETS, type SheetKey } from '../contract/schema';
import type { WorkbookData } from '../read/read';
import type { Lang } from '../words/messages';
import { roundLabel } from '../words/round';
import { fiscalYearLabel } from '../words/yearLabels';
import type { RoundCell, RoundDepartment, RoundPlan } from './requests';
import { ANSWER_FIELDS, ROUND_SHEETS, type RoundSheet, roundSheetInput } from './rows';

/** The column a department's file adds to each round sheet: the row it came from in the master (1-based), locked. */
export const ORIGIN_HEADER = '元の行';

/**
 * A hidden sheet of the department's file: each answer cell's value when the file was made (sheet, 元の行,
 * column, value), so the merge tells an answer from a value the master has changed since.
 */
export const ORIGINALS_SHEET = '照会_元の値';

/** The sheet of a department's file holding its projects' 事業 rows, for reference (locked). */
export const FILE_PROJECTS_SHEET = '事業';

/**
 * The 照会 sheet's locked cells the merge checks against the values as sent (1-based row and column): the
 * department and the deadline (requestRows writes them there). The year is checked against the file's rows.
 */
export const REQUEST_CELLS = {
  department: { row: 2, column: 2 },
  year: { row: 3, column: 2 },
  due: { row: 4, column: 2 },
  /** The plan's name (設定's 計画名), so that another plan's file is told (r27h 7); absent from files split before it. */
  plan: { row: 5, column: 2 },
} as const;

/** The 照会 sheet's keys, read back by the merge in either language. */
const KEY_DEPARTMENT = ['部署', 'department'];
const KEY_YEAR = ['年度', 'fiscalyear'];
const KEY_DUE = ['回答期限', 'answerby', 'due'];
const KEY_PLAN = ['計画名', 'plan'];

/** One round sheet of a department's file: its rows, and which cells of them are answer cells (unlocked). */
export interface FileSheet {
  sheet: RoundSheet;
  name: string;
  rows: CellValue[][];
  /** 0-based (row, column) of the answer cells, row 0 being the header. */
  answerCells: { row: number; column: number }[];
  /** 0-based columns of the answer fields (for dropdowns), by field. */
  answerColumns: Partial<Record<string, number>>;
  /** Where each master row went: master row (0-based) → row in this sheet (0-based). */
  rowOf: Map<number, number>;
}

export interface DepartmentFile {
  department: string;
  /** The first sheet's name (照会, or Request in English): readRequestSheet knows both. */
  requestSheet: string;
  /** The 照会 sheet's rows. */
  request: CellValue[][];
  /** 事業: the department's projects, for reference (locked). */
  projects: CellValue[][];
  sheets: FileSheet[];
  /**
   * The ORIGINALS_SHEET's rows: header, then [sheet name, 元の行 (1-based), column (1-based), value] for each
   * answer cell; and, for the sheets sent for reference only (事業, and the 照会 sheet's department and deadline),
   * [sheet name, row in the file (1-based), column (1-based), value], so a locked cell changed is told (r27f F2).
   */
  originals: CellValue[][];
}

function sheetRows(input: WorkbookInput, name: string): CellValue[][] {
  return input.sheets.find((sheet) => sheet.name === name)?.rows ?? [];
}

/** What a department's file holds: its rows of the year from the master (every column, and 元の行), and the 照会 sheet. */
export function departmentFile(input: WorkbookInput, data: WorkbookData, plan: RoundPlan, department: RoundDepartment, lang: Lang): DepartmentFile {
  const sheets: FileSheet[] = [];
  for (const sheet of ROUND_SHEETS) {
    const layout = plan.layouts[sheet];
    if (!layout) continue;
    // Merged blocks filled as the reader fills them: a 事業コード merged over two rows names both rows in the file.
    const master = roundSheetInput(input, data, sheet)?.rows ?? [];
    const width = Math.max(layout.header.length, ...department.rows.filter((r) => r.sheet === sheet).map((r) => (master[r.row] ?? []).length));
    const header: CellValue[] = Array.from({ length: width }, (_, i) => layout.header[i] ?? null);
    header.push(ORIGIN_HEADER);
    const rows: CellValue[][] = [header];
    const rowOf = new Map<number, number>();
    const answerCells: { row: number; column: number }[] = [];
    const answerColumns: Partial<Record<string, number>> = {};
    for (const field of ANSWER_FIELDS[sheet]) {
      const column = layout.columns[field];
      if (column !== undefined) answerColumns[field] = column;
    }
    for (const row of department.rows.filter((r) => r.sheet === sheet)) {
      const values = master[row.row] ?? [];
      rowOf.set(row.row, rows.length);
      for (const column of Object.values(answerColumns)) if (column !== undefined) answerCells.push({ row: rows.length, column });
      rows.push([...Array.from({ length: width }, (_, i) => values[i] ?? null), row.row + 1]);
    }
    sheets.push({ sheet, name: layout.name, rows, answerCells, answerColumns, rowOf });
  }
  const projectsSheet = data.sheetNames.projects;
  const projectRows = projectsSheet ? sheetRows(input, projectsSheet) : [];
  const codes = new Set(department.projects);
  const projects = [projectRows[0] ?? [], ...data.projects.filter((p) => codes.has(p.code)).map((p) => projectRows[p.row] ?? [])];
  const originals: CellValue[][] = [['シート', ORIGIN_HEADER, '列', '値']];
  for (const sheet of sheets)
    for (const { row, column } of sheet.answerCells) {
      const origin = sheet.rows[row][sheet.rows[0].length - 1];
      originals.push([sheet.name, origin, column + 1, sheet.rows[row][column] ?? null]);
    }
  // The reference sheets as sent: every cell of 事業 (written when it has a project), the 照会 sheet's department and deadline.
  if (projects.length > 1) {
    const width = Math.max(0, ...projects.map((row) => row.length));
    projects.forEach((row, index) => {
      for (let column = 0; column < width; column++) originals.push([FILE_PROJECTS_SHEET, index + 1, column + 1, row[column] ?? null]);
    });
  }
  const requestSheet = roundLabel('requestSheet', lang);
  const request = requestRows(data, plan, department, sheets, lang);
  for (const { row, column } of [REQUEST_CELLS.department, REQUEST_CELLS.due, REQUEST_CELLS.plan])
    originals.push([requestSheet, row, column, request[row - 1]?.[column - 1] ?? null]);
  return {
    department: department.department,
    originals,
    requestSheet,
    request,
    projects,
    sheets,
  };
}

/** A round column's name as the plan shows it (効果額（百万円）), in the reader's language. */
export function roundFieldName(sheet: RoundSheet, field: string, data: WorkbookData, lang: Lang): string {
  const column = SHEETS[sheet as SheetKey].columns.find((c) => c.key === field);
  if (!column) return field;
  if (field === 'amount') return roundLabel('amountColumn', lang, { unit: data.settings.moneyUnit });
  return column[lang];
}

/** The cell of a request in the department's file (not the master's: its rows are only the department's). */
function fileCell(cell: RoundCell, sheets: FileSheet[]): string {
  const sheet = sheets.find((s) => s.sheet === cell.sheet);
  const row = sheet?.rowOf.get(cell.row);
  return row === undefined ? cell.cell : a1(row, cell.column);
}

function requestRows(data: WorkbookData, plan: RoundPlan, department: RoundDepartment, sheets: FileSheet[], lang: Lang): CellValue[][] {
  const plan_ = data.settings.planName ?? '';
  const fy = fiscalYearLabel(plan.year, lang);
  const rows: CellValue[][] = [
    [roundLabel('requestTitle', lang, { plan: plan_, fy, department: department.department })],
    [roundLabel('requestDepartment', lang), department.department],
    [roundLabel('requestYear', lang), plan.year],
    [roundLabel('requestDueLabel', lang), plan.due],
    [roundLabel('requestPlanLabel', lang), plan_],
    [],
    [roundLabel('requestHow', lang)],
    [department.cells.length > 0 ? roundLabel('requestCount', lang, { n: department.cells.length }) : roundLabel('requestNone', lang)],
  ];
  const allowed: string[] = [];
  if (sheets.some((s) => s.sheet === 'activities' && s.rows.length > 1))
    allowed.push(
      roundLabel('requestAllowed', lang, {
        column: roundFieldName('activities', 'status', data, lang),
        labels: data.vocabulary.progress.terms.map((t) => t.label).join(' / '),
      }),
    );
  if (sheets.some((s) => s.sheet === 'targets' && s.rows.length > 1))
    allowed.push(
      roundLabel('requestAllowed', lang, {
        column: roundFieldName('targets', 'result', data, lang),
        labels: data.vocabulary.result.terms.map((t) => t.label).join(' / '),
      }),
    );
  for (const line of allowed) rows.push([line]);
  if (department.cells.length > 0) {
    rows.push([]);
    rows.push(roundLabel('requestListHeader', lang).split('|'));
    for (const cell of department.cells)
      rows.push([cell.sheetName, fileCell(cell, sheets), cell.code, roundFieldName(cell.sheet, cell.field, data, lang), cell.what]);
  }
  return rows;
}

/** A department's file's 照会 sheet (照会, or Request in English). */
export function requestSheetOf(input: WorkbookInput): SheetInput | undefined {
  const names = [roundLabel('requestSheet', 'ja'), roundLabel('requestSheet', 'en')].map(matchKey);
  return input.sheets.find((s) => names.includes(matchKey(s.name)));
}

/** What a department's file's 照会 sheet says of itself (readRequestSheet). */
export interface RequestSheet {
  department: string;
  /** The year as the plan's year reader reads it (2024, 令和6年度, R6, 2024年度); null when blank or no year. */
  year: number | null;
  /** The year cell as typed, when it holds something that is no year (r27h 5); '' otherwise. */
  yearInvalid: string;
  due: string;
  /** The plan's name (r27h 7); null for a file split before it was written. */
  plan: string | null;
}

/** The department and year a 照会 sheet names; null when the workbook has no such sheet (not a department's file). */
export function readRequestSheet(input: WorkbookInput): RequestSheet | null {
  const sheet = requestSheetOf(input);
  if (!sheet) return null;
  const value = (keys: string[]): CellValue => {
    const row = sheet.rows.find((r) => typeof r?.[0] === 'string' && keys.includes(matchKey(r[0] as string)));
    return row ? row[1] : null;
  };
  const department = value(KEY_DEPARTMENT);
  if (typeof department !== 'string' || department.trim() === '') return null;
  const year = value(KEY_YEAR);
  const due = value(KEY_DUE);
  // Read as the plan reads a year: 令和6年度 typed over 2024 is 2024, never passed over (r27h 5).
  const fiscalYear = isBlank(year) ? null : parseFiscalYearAsNamed(typeof year === 'string' ? year.trim() : year);
  const hasPlan = sheet.rows.some((r) => typeof r?.[0] === 'string' && KEY_PLAN.includes(matchKey(r[0] as string)));
  return {
    department: department.trim(),
    year: fiscalYear,
    yearInvalid: !isBlank(year) && fiscalYear === null ? cellText(year) : '',
    due: String(due ?? ''),
    plan: hasPlan ? cleanText(cellText(value(KEY_PLAN))) : null,
  };
}

/** The values a department's file held when it was made, by `sheet|元の行|column` (1-based); empty for a file without them. */
export function readOriginals(input: WorkbookInput): Map<string, CellValue> {
  const found = new Map<string, CellValue>();
  const sheet = input.sheets.find((s) => matchKey(s.name) === matchKey(ORIGINALS_SHEET));
  for (const row of sheet?.rows.slice(1) ?? []) {
    if (typeof row?.[0] !== 'string' || typeof row[1] !== 'number' || typeof row[2] !== 'number') continue;
    found.set(originalKey(row[0], row[1], row[2]), row[3] ?? null);
  }
  return found;
}

/** The values a reference sheet (事業, 照会) of a department's file held when it was made, by `row|column` (1-based, the file's own). */
export function readSentCells(input: WorkbookInput, sheet: string, originals: ReadonlyMap<string, CellValue> = readOriginals(input)): Map<string, CellValue> {
  const found = new Map<string, CellValue>();
  const prefix = `${matchKey(sheet)}|`;
  for (const [key, value] of originals) if (key.startsWith(prefix)) found.set(key.slice(prefix.length), value);
  return found;
}

/** The 元の行 a round sheet's rows were sent with, as its values as sent name them (readOriginals' keys). */
export function sentOrigins(originals: ReadonlyMap<string, CellValue>, sheet: string): Set<number> {
  const prefix = `${matchKey(sheet)}|`;
  const found = new Set<number>();
  for (const key of originals.keys()) if (key.startsWith(prefix)) found.add(Number(key.slice(prefix.length).split('|')[0]));
  return found;
}

export function originalKey(sheet: string, origin: number, column: number): string {
  return `${matchKey(sheet)}|${origin}|${column}`;
}
