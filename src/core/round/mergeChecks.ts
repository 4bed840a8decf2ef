/**
 * What a returned file says of itself before its answers are matched (merge.ts): the year its rows are of
 * (r27f F1: the rows decide, never the 照会 sheet alone), the locked cells of its reference sheets changed —
 * 事業 and the 照会 sheet's deadline (r27f F2) — and, for a department that sent more than one file, which
 * is the later (r27f F7).
 */
import { a1, type CellValue, cellText, isBlank, type WorkbookInput } from '../base/cells';
import type { FiscalYear } from '../base/fiscalYear';
import { jstStamp } from '../base/jst';
import { matchKey } from '../base/text';
import { SHEETS } from '../contract/schema';
import { normalizeCode, type WorkbookData } from '../read/read';
import { SheetReader } from '../read/sheetReader';
import { ProblemList } from '../words/problems';
import { answerSheet } from './mergeRows';
import type { AnswerFile, LaterFile, MergeConflict } from './mergeTypes';
import { sameValue, shown } from './mergeValue';
import { FILE_PROJECTS_SHEET, REQUEST_CELLS, readSentCells, requestSheetOf } from './requestSheet';
import { ROUND_SHEETS, type RoundLayout, type RoundSheet, roundLayoutOf, rowIdentity } from './rows';

/**
 * The fiscal year a file's rows are of: the year most of its rows of 取組活動, 達成事項 (the last year of the
 * target's range) and 効果額 name; null when it has no such row or two years are tied.
 */
export function fileRowsYear(input: WorkbookInput, layouts: Partial<Record<RoundSheet, RoundLayout>>): FiscalYear | null {
  const counts = new Map<FiscalYear, number>();
  for (const sheet of ROUND_SHEETS) {
    const layout = layouts[sheet];
    const found = layout ? answerSheet(input, layout) : undefined;
    if (!found) continue;
    const fileLayout = roundLayoutOf(sheet, found);
    for (const row of found.rows.slice(1)) {
      const identity = rowIdentity(sheet, fileLayout, row ?? []);
      if (identity) counts.set(identity.year, (counts.get(identity.year) ?? 0) + 1);
    }
  }
  const most = Math.max(0, ...counts.values());
  const top = [...counts].filter(([, n]) => n === most);
  return most > 0 && top.length === 1 ? top[0][0] : null;
}

/** The department a file's 照会 sheet named when it was made (null for a file made before it was kept). */
export function sentDepartment(input: WorkbookInput, originals?: ReadonlyMap<string, CellValue>): string | null {
  const sheet = requestSheetOf(input);
  if (!sheet) return null;
  const { row, column } = REQUEST_CELLS.department;
  const sent = readSentCells(input, sheet.name, originals).get(`${row}|${column}`);
  return sent === undefined || isBlank(sent) ? null : cellText(sent).trim();
}

type Base = { file: string; department: string };
const blank = { code: '', column: '', from: '', to: '', other: '' };

/** The 照会 sheet's deadline as sent, changed in the file: a conflict (the deadline is the office's). */
function requestConflicts(input: WorkbookInput, base: Base, originals?: ReadonlyMap<string, CellValue>): MergeConflict[] {
  const sheet = requestSheetOf(input);
  if (!sheet) return [];
  const sent = readSentCells(input, sheet.name, originals);
  const { row, column } = REQUEST_CELLS.due;
  const was = sent.get(`${row}|${column}`);
  if (was === undefined) return [];
  const now = sheet.rows[row - 1]?.[column - 1] ?? null;
  if (sameValue(now, was)) return [];
  return [
    {
      ...base,
      ...blank,
      kind: 'lockedCellChanged',
      sheet: sheet.name,
      cell: '',
      fileRef: a1(row - 1, column - 1),
      column: cellText(sheet.rows[row - 1]?.[0] ?? ''),
      from: shown(was),
      to: shown(now),
    },
  ];
}

/** The column of a header row (by the contract's names) of the 事業 sheet: 事業コード's. */
function codeColumn(header: CellValue[]): number | undefined {
  return new SheetReader(SHEETS.projects, { name: FILE_PROJECTS_SHEET, rows: [header] }, new ProblemList()).columns.get('code');
}

/**
 * The 事業 sheet of a file against what was sent: each locked cell changed is a conflict, named by the master's
 * 事業 cell (the project's row, the column of the same header) with the answer file's row. A file made before
 * the values as sent were kept is compared with the master's 事業 as it is now, said as a difference whose
 * author cannot be told.
 */
function projectConflicts(
  input: WorkbookInput,
  master: WorkbookInput,
  data: WorkbookData,
  base: Base,
  originals?: ReadonlyMap<string, CellValue>,
): MergeConflict[] {
  const file = input.sheets.find((s) => matchKey(s.name) === matchKey(FILE_PROJECTS_SHEET));
  const masterName = data.sheetNames.projects;
  const masterSheet = masterName === undefined ? undefined : master.sheets.find((s) => s.name === masterName);
  const sent = readSentCells(input, FILE_PROJECTS_SHEET, originals);
  // Sent with a 事業 sheet and returned without one (r27h 6): said, never passed over.
  if (!file && sent.size > 0) return [{ ...base, ...blank, kind: 'referenceSheetMissing', sheet: FILE_PROJECTS_SHEET, cell: '' }];
  if (!file || !masterSheet) return [];
  const masterHeader = masterSheet.rows[0] ?? [];
  const masterCode = codeColumn(masterHeader);
  const masterColumn = (header: CellValue): number => {
    if (isBlank(header)) return -1;
    return masterHeader.findIndex((h) => !isBlank(h) && matchKey(cellText(h)) === matchKey(cellText(header)));
  };
  const masterRow = (code: CellValue): number => {
    if (isBlank(code)) return -1;
    return data.projects.find((p) => p.code === normalizeCode(code))?.row ?? -1;
  };
  const conflicts: MergeConflict[] = [];
  const report = (
    kind: 'lockedCellChanged' | 'lockedCellDiffers',
    row: number,
    column: number,
    header: CellValue,
    code: CellValue,
    from: CellValue,
    to: CellValue,
  ) => {
    const atRow = row === 0 ? 0 : masterRow(code);
    const atColumn = masterColumn(header);
    conflicts.push({
      ...base,
      ...blank,
      kind,
      sheet: masterName ?? FILE_PROJECTS_SHEET,
      cell: atRow >= 0 && atColumn >= 0 ? a1(atRow, atColumn) : '',
      fileRef: a1(row, column),
      code: row === 0 ? '' : cellText(code),
      column: cellText(header),
      from: shown(from),
      to: shown(to),
    });
  };
  if (sent.size > 0) {
    // Every cell as sent, and every cell the file has beyond them (a row or a column added).
    const sentRows: CellValue[][] = [];
    for (const [key, value] of sent) {
      const [row, column] = key.split('|').map(Number);
      sentRows[row - 1] ??= [];
      sentRows[row - 1][column - 1] = value;
    }
    const sentCode = codeColumn(sentRows[0] ?? []);
    const height = Math.max(sentRows.length, file.rows.length);
    for (let row = 0; row < height; row++) {
      const width = Math.max(sentRows[row]?.length ?? 0, file.rows[row]?.length ?? 0);
      for (let column = 0; column < width; column++) {
        const was = sentRows[row]?.[column] ?? null;
        const now = file.rows[row]?.[column] ?? null;
        if (sameValue(now, was)) continue;
        const code = sentCode === undefined ? null : (sentRows[row]?.[sentCode] ?? file.rows[row]?.[sentCode] ?? null);
        report('lockedCellChanged', row, column, sentRows[0]?.[column] ?? file.rows[0]?.[column] ?? null, code, was, now);
      }
    }
    return conflicts;
  }
  // Made before the values as sent were kept: the master's 事業 now, row by code and column by header.
  const fileHeader = file.rows[0] ?? [];
  const fileCode = codeColumn(fileHeader);
  if (fileCode === undefined || masterCode === undefined) return conflicts;
  file.rows.slice(1).forEach((values, index) => {
    const row = index + 1;
    const code = values?.[fileCode] ?? null;
    const at = masterRow(code);
    if (at < 0) {
      if (!(values ?? []).every((value) => isBlank(value))) report('lockedCellDiffers', row, fileCode, fileHeader[fileCode] ?? null, code, null, code);
      return;
    }
    fileHeader.forEach((header, column) => {
      const m = masterColumn(header);
      if (m < 0) return;
      const was = masterSheet.rows[at]?.[m] ?? null;
      const now = values?.[column] ?? null;
      if (!sameValue(now, was)) report('lockedCellDiffers', row, column, header, code, was, now);
    });
  });
  return conflicts;
}

/** The locked cells a department changed in the sheets it was sent for reference: its 事業 rows and the 照会 sheet's deadline. */
export function lockedCellConflicts(
  answer: AnswerFile,
  master: WorkbookInput,
  data: WorkbookData,
  department: string,
  originals?: ReadonlyMap<string, CellValue>,
): MergeConflict[] {
  const base = { file: answer.file, department };
  return [...projectConflicts(answer.input, master, data, base, originals), ...requestConflicts(answer.input, base, originals)];
}

/**
 * Which of one department's files is the later: by the workbooks' own save times when every file has one and
 * one is latest, else by the files' times on the same terms; null when neither tells (r27f F7).
 */
export function laterFile(files: readonly AnswerFile[]): LaterFile {
  for (const source of ['workbook', 'file'] as const) {
    const times = files.map((f) => (source === 'workbook' ? f.saved : f.modified) ?? null);
    if (times.some((t) => t === null || Number.isNaN(t.getTime()))) continue;
    const ms = times.map((t) => (t as Date).getTime());
    const latest = Math.max(...ms);
    if (ms.filter((t) => t === latest).length !== 1) continue;
    return {
      source,
      times: files.map((f, i) => ({ file: f.file, time: jstStamp(times[i] as Date) })),
      file: files[ms.indexOf(latest)].file,
    };
  }
  return { source: null, times: [], file: null };
}
