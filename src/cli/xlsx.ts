/**
 * .xlsx in and out through exceljs: the command line's only file format.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { type CellBlock, type CellValue, JST_OFFSET_MS, parseBlock, type SheetInput, type WorkbookInput } from '../core/base/cells';
import { displayWidth } from '../core/base/text';
import { contractSheetKey } from '../core/contract/schema';
import { HEADER_FILL as GRID_HEADER_FILL } from '../core/present/grid';
import { checkedWorkbookBuffer } from './filetype';

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

/** Words for a file-system failure, in both languages, instead of a raw errno. */
export function fileErrorText(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  switch (code) {
    case 'ENOENT':
      return 'ファイルまたはフォルダーがありません / no such file or folder';
    case 'EISDIR':
      return 'ファイルではなくフォルダーです / it is a folder, not a file';
    case 'ENOTDIR':
      return 'フォルダーの位置にファイルがあります / a file stands where a folder should be';
    case 'EACCES':
    case 'EPERM':
      return '読み書きの権限がありません / permission denied';
    case 'ENOSPC':
      return 'ディスクの空き容量がありません / the disk is full';
    case 'EEXIST':
      return 'その名前のファイルがすでにあり、フォルダーを作れません / a file of that name already exists where a folder is needed';
    case 'EROFS':
      return '読み取り専用の場所です / the location is read-only';
    // Codes a write can meet (see src/cli/safeWrite.ts), each said in words.
    case 'EFBIG':
      return 'ファイルの大きさの上限を超えました / the file would exceed the size allowed';
    case 'EDQUOT':
      return 'ディスクの使用量の割り当てを超えました / the disk quota is used up';
    case 'EXDEV':
      return '別のディスクをまたいで移動できません / it cannot be moved across disks';
    case 'ENAMETOOLONG':
      return 'ファイル名またはパスが長すぎます / the file name or path is too long';
    case 'ELOOP':
      return 'シンボリックリンクが循環しているか、多すぎます / too many symbolic links (or a loop)';
    case 'EMLINK':
      return 'リンクまたは項目の数が上限に達しています / too many links or entries';
    case 'EIO':
      return 'ディスクの読み書きに失敗しました（装置の異常の可能性があります） / the disk failed to read or write (the device may be faulty)';
    case 'EBUSY':
      return 'ほかのプログラムが使用中です / it is in use by another program';
    case 'EMFILE':
    case 'ENFILE':
      return '開いているファイルが多すぎます / too many files are open';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  let buffer: Buffer;
  let problem: string | null;
  try {
    ({ buffer, problem } = checkedWorkbookBuffer(path));
  } catch (error) {
    throw new UnreadableWorkbookError(`${path}: ${fileErrorText(error)}`);
  }
  // By content, before any parser: .xls, .ods, .csv, encrypted files and zip bombs each get their own message.
  if (problem) throw new UnreadableWorkbookError(`${path}: ${problem}`);
  const workbook = new ExcelJS.Workbook();
  let sheets: SheetPart[] = [];
  try {
    const resolved = await withResolvedTargets(buffer);
    sheets = resolved.sheets;
    await workbook.xlsx.load(resolved.buffer as unknown as ArrayBuffer);
  } catch (_error) {
    // The parser's own message (「1:56: disallowed character.」) is not the user's words: said in ours, with what to do.
    throw new UnreadableWorkbookError(
      `${path}: Excel ブックとして読めません（壊れている可能性があります）。Excel で開いて保存し直してください / cannot be read as an Excel workbook (it may be damaged): open it in Excel and save it again`,
    );
  }
  // A sheet the workbook lists that the parser did not read would be taken for a missing sheet (and its figures for none): refused by name.
  const loaded = new Set(workbook.worksheets.map((sheet) => sheet.name));
  // Only a sheet the plan is read from (事業, 効果額, 設定 …): another one unread (a sheet of ours, a chart's) costs no figure.
  const unread = sheets.filter((sheet) => !loaded.has(sheet.name) && contractSheetKey(sheet.name) !== undefined).map((sheet) => sheet.name);
  const names = unread.slice(0, 5).map((name) => `"${name}"`);
  if (unread.length > 0)
    throw new UnreadableWorkbookError(
      `${path}: シート${unread
        .slice(0, 5)
        .map((name) => `「${name}」`)
        .join(
          '',
        )}を読めませんでした（ブックの中でその部品が読めない形で参照されています）。Excel で開いて保存し直してください / sheet ${names.join(', ')} could not be read (the workbook refers to its part in a form that cannot be read): open it in Excel and save it again`,
    );
  return workbook;
}

/** A worksheet the workbook lists (xl/workbook.xml), by its name. */
interface SheetPart {
  name: string;
}

function xmlAttributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) found.set(m[1], m[2] ?? m[3] ?? '');
  return found;
}

function xmlText(text: string): string {
  return text.replace(/&(quot|apos|lt|gt|amp|#x[0-9a-fA-F]+|#[0-9]+);/g, (entity, name: string) => {
    const named: Record<string, string> = { quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' };
    if (name in named) return named[name];
    const code = name.startsWith('#x') ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const WORKSHEET_TYPE = /\/relationships\/worksheet$/;
const WORKSHEET_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

/**
 * The workbook's worksheets, and the package with every relationship of the
 * workbook given as exceljs finds it. A relationship's Target is a URI relative
 * to the workbook part (https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oi29500/
 * and ECMA-376 Part 2, 9.3: "./worksheets/sheet2.xml" and "../xl/worksheets/sheet2.xml" name
 * the same part as "worksheets/sheet2.xml"); exceljs looks the part up as "xl/" + the Target with
 * a leading "/xl/" removed (lib/xlsx/xform/book/workbook-xform.js, reconcile), so it silently
 * skipped such a sheet and the plan was read as if the sheet were missing. Those Targets are
 * rewritten as absolute part names, which exceljs reads; a package that needs none is passed on untouched.
 */
async function withResolvedTargets(buffer: Buffer): Promise<{ buffer: Buffer; sheets: SheetPart[] }> {
  const zip = await JSZip.loadAsync(buffer);
  const rels = await zip.file(WORKBOOK_RELS)?.async('string');
  const book = await zip.file('xl/workbook.xml')?.async('string');
  if (rels === undefined || book === undefined) return { buffer, sheets: [] };
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  const overrides = new Map<string, string>();
  const defaults = new Map<string, string>();
  for (const m of types.matchAll(/<(?:\w+:)?(Override|Default)\b[^>]*>/g)) {
    const attrs = xmlAttributes(m[0]);
    if (m[1] === 'Override') overrides.set(xmlText(attrs.get('PartName') ?? '').toLowerCase(), attrs.get('ContentType') ?? '');
    else defaults.set(xmlText(attrs.get('Extension') ?? '').toLowerCase(), attrs.get('ContentType') ?? '');
  }
  // Part names are compared without regard to case (ECMA-376 Part 2, 9.1.1.1).
  const names = new Set(Object.keys(zip.files).map((name) => `/${name}`.toLowerCase()));
  const contentType = (part: string) => overrides.get(part.toLowerCase()) ?? defaults.get(part.slice(part.lastIndexOf('.') + 1).toLowerCase()) ?? '';
  // A sheet is one we must read when its relationship leads to a worksheet, or to no part at all (Excel refuses such a
  // file); one that leads to a part of another kind (a forged relationship to styles.xml) is no worksheet, as before.
  const worksheetIds = new Set<string>();
  const mustRead = (part: string | null) => part === null || !names.has(part.toLowerCase()) || contentType(part) === WORKSHEET_CONTENT;
  let changed = false;
  const rewritten = rels.replace(/<(?:\w+:)?Relationship\b[^>]*>/g, (tag) => {
    const attrs = xmlAttributes(tag);
    const worksheet = WORKSHEET_TYPE.test(attrs.get('Type') ?? '');
    const target = attrs.get('Target');
    if (target === undefined || attrs.get('TargetMode') === 'External') {
      if (worksheet) worksheetIds.add(attrs.get('Id') ?? '');
      return tag;
    }
    let part: string | null = null;
    try {
      part = decodeURIComponent(new URL(xmlText(target), 'http://package/xl/workbook.xml').pathname);
    } catch (_error) {
      // No part can be named so.
    }
    if (worksheet && mustRead(part)) worksheetIds.add(attrs.get('Id') ?? '');
    if (part === null) return tag;
    const asRead = `/xl/${xmlText(target).replace(/^(\s|\/xl\/)+/, '')}`;
    if (asRead === part) return tag;
    changed = true;
    const escaped = part.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
    return tag.replace(/\bTarget\s*=\s*(?:"[^"]*"|'[^']*')/, () => `Target="${escaped}"`);
  });
  const sheets: SheetPart[] = [];
  for (const m of book.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const attrs = xmlAttributes(m[0]);
    const id = [...attrs].find(([key]) => key === 'r:id' || key.endsWith(':id'))?.[1];
    if (id !== undefined && worksheetIds.has(id)) sheets.push({ name: xmlText(attrs.get('name') ?? '') });
  }
  if (!changed) return { buffer, sheets };
  zip.file(WORKBOOK_RELS, rewritten);
  return { buffer: await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' }), sheets };
}

/**
 * A sheet as Sheets' getValues gives it: exceljs repeats a merged block's value
 * in every cell, Sheets keeps it in the top-left cell only. The merges go to
 * core, which applies them the same way for the CLI and the add-on.
 */
function sheetInput(worksheet: ExcelJS.Worksheet): SheetInput {
  const rows = sheetRows(worksheet);
  const merges: CellBlock[] = [];
  for (const text of (worksheet.model as { merges?: string[] }).merges ?? []) {
    const block = parseBlock(text);
    if (!block) continue;
    merges.push(block);
    for (let r = block.row; r < block.row + block.numRows; r++) {
      for (let c = block.column; c < block.column + block.numColumns; c++) {
        if ((r !== block.row || c !== block.column) && rows[r] && c < rows[r].length) rows[r][c] = null;
      }
    }
  }
  return merges.length > 0 ? { name: worksheet.name, rows, merges } : { name: worksheet.name, rows };
}

export function workbookInput(workbook: ExcelJS.Workbook): WorkbookInput {
  const sheets: SheetInput[] = [];
  workbook.eachSheet((worksheet) => {
    sheets.push(sheetInput(worksheet));
  });
  return { sheets };
}

/**
 * Reads every sheet's values with exceljs's full reader. (Its streaming reader
 * was tried for large files and rejected: it splits multi-byte UTF-8 characters
 * at chunk boundaries, turning 令和 into 令��, which test/scripts/example.test.ts caught.)
 */
export async function readWorkbookFile(path: string): Promise<WorkbookInput> {
  return workbookInput(await loadWorkbook(path));
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${GRID_HEADER_FILL.slice(1).toUpperCase()}` } };

/** Writes plain rows as a sheet with a styled, frozen header row. */
/**
 * Excel's list validation as a literal: the values joined by commas, at most 255 characters, no value with a comma
 * or a double quote (neither can be offered in it). undefined where the values do not fit: a longer list makes Excel
 * drop the validation and ask to repair the file.
 */
export function listLiteral(values: readonly string[]): { literal?: string; length: number } {
  const joined = values.join(',');
  if (values.some((value) => /[,"]/.test(value)) || joined.length > 255) return { length: joined.length };
  return { literal: `"${joined}"`, length: joined.length };
}

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
      widths[index] = Math.max(widths[index] ?? 8, Math.min(60, displayWidth(text.split('\n')[0]) + 2));
    });
  }
  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  return sheet;
}

/** The cells of a workbook holding a hyperlink (Insert > Link): `sheet!A1` → its address, which plainValue drops. */
export function linkedCells(workbook: ExcelJS.Workbook): Map<string, string> {
  const found = new Map<string, string>();
  workbook.eachSheet((worksheet) => {
    worksheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = cell.value as ExcelValue;
        if (value && typeof value === 'object' && 'hyperlink' in value && typeof value.hyperlink === 'string')
          found.set(`${worksheet.name}!${cell.address}`, value.hyperlink);
      });
    });
  });
  return found;
}

/**
 * The cells of a workbook holding a formula with no saved result (a file written by a tool that does not
 * calculate): read as blank by plainValue, so the round's merge must say so rather than skip them. `sheet!A1`.
 */
export function uncalculatedCells(workbook: ExcelJS.Workbook): Set<string> {
  const found = new Set<string>();
  workbook.eachSheet((worksheet) => {
    worksheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = cell.value as ExcelValue;
        if (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value) && (value as { result?: unknown }).result === undefined)
          found.add(`${worksheet.name}!${cell.address}`);
      });
    });
  });
  return found;
}
