/**
 * .xlsx in and out through exceljs: the command line's only file format.
 */
import ExcelJS from 'exceljs';
import { type CellValue, JST_OFFSET_MS, type SheetInput, type WorkbookInput } from '../core/cells';
import { numberFormat, type ReportTable, type TableCell } from '../core/tables';

export class UnreadableWorkbookError extends Error {}

type ExcelValue = ExcelJS.CellValue;

/** exceljs reads dates as if the workbook were in UTC; core reads dates in Japan time. */
function fromExcelDate(date: Date): Date {
  return new Date(date.getTime() - JST_OFFSET_MS);
}

/** One exceljs value as the plain value Apps Script's getValues() would give. */
export function plainValue(value: ExcelValue): CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return fromExcelDate(value);
  if (typeof value !== 'object') return value;
  if ('error' in value) return String(value.error);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    // A formula cell is read by its cached result, as Sheets shows it.
    const result = (value as { result?: ExcelValue }).result;
    return result === undefined ? null : plainValue(result as ExcelValue);
  }
  if ('text' in value) return String((value as { text: unknown }).text);
  return null;
}

function sheetRows(worksheet: ExcelJS.Worksheet): CellValue[][] {
  const rows: CellValue[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as ExcelValue[];
    const plain: CellValue[] = [];
    for (let column = 1; column < values.length; column++) plain[column - 1] = plainValue(values[column]);
    for (let i = 0; i < plain.length; i++) if (plain[i] === undefined) plain[i] = null;
    rows[rowNumber - 1] = plain;
  });
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  return rows;
}

export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UnreadableWorkbookError(`${path}: ${reason}`);
  }
  return workbook;
}

export function workbookInput(workbook: ExcelJS.Workbook): WorkbookInput {
  const sheets: SheetInput[] = [];
  workbook.eachSheet((worksheet) => {
    sheets.push({ name: worksheet.name, rows: sheetRows(worksheet) });
  });
  return { sheets };
}

export async function readWorkbookFile(path: string): Promise<WorkbookInput> {
  return workbookInput(await loadWorkbook(path));
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE7F0' } };

/** Display width of text in a column, counting East Asian characters as two. */
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u.test(ch) ? 2 : 1;
  return width;
}

/** Writes plain rows as a sheet with a styled, frozen header row. */
export function addDataSheet(workbook: ExcelJS.Workbook, name: string, rows: CellValue[][]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  for (const row of rows) {
    sheet.addRow(row.map((value) => (value instanceof Date ? new Date(value.getTime() + JST_OFFSET_MS) : (value ?? null))));
  }
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((value, index) => {
      const text = value === null || value === undefined ? '' : String(value);
      widths[index] = Math.max(widths[index] ?? 8, Math.min(60, textWidth(text.split('\n')[0]) + 2));
    });
  }
  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  return sheet;
}

function tableValue(cell: TableCell): ExcelJS.CellValue {
  if (cell === null) return null;
  // Text stays text: exceljs writes strings as shared strings, never as formulas.
  if (typeof cell === 'string') return cell;
  return cell.value;
}

export interface SummarySheetHeader {
  title: string;
  lines: string[];
}

/** Lays the report tables one under another on one sheet, with number formats and bold headers. */
export function addSummarySheet(
  workbook: ExcelJS.Workbook,
  name: string,
  header: SummarySheetHeader,
  tables: ReportTable[],
  decimals: number,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const widths: number[] = [];
  const track = (index: number, text: string) => {
    widths[index] = Math.max(widths[index] ?? 10, Math.min(50, textWidth(text) + 2));
  };
  const titleRow = sheet.addRow([header.title]);
  titleRow.font = { bold: true, size: 14 };
  for (const line of header.lines) sheet.addRow([line]);
  for (const table of tables) {
    sheet.addRow([]);
    const title = sheet.addRow([table.title]);
    title.font = { bold: true, size: 12 };
    const head = sheet.addRow(table.header);
    head.font = { bold: true };
    head.eachCell((cell) => {
      cell.fill = HEADER_FILL;
      cell.alignment = { wrapText: true, vertical: 'middle' };
    });
    table.header.forEach((text, index) => {
      track(index, text);
    });
    for (const cells of table.rows) {
      const row = sheet.addRow(cells.map(tableValue));
      cells.forEach((cell, index) => {
        if (cell !== null && typeof cell !== 'string') {
          const target = row.getCell(index + 1);
          target.numFmt = numberFormat(cell.kind, decimals);
          target.alignment = { horizontal: 'right' };
          track(index, cell.text);
        } else if (typeof cell === 'string') {
          track(index, cell);
        }
      });
    }
    for (const note of table.notes) sheet.addRow([note]).font = { italic: true };
  }
  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  return sheet;
}

/** The problems sheet: one row per problem, cells as written. */
export function addProblemsSheet(workbook: ExcelJS.Workbook, name: string, header: string[], rows: string[][]): ExcelJS.Worksheet {
  return addDataSheet(workbook, name, [header, ...rows]);
}
