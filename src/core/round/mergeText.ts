/**
 * The merge's findings as a person reads them (the terminal and the 取りまとめ結果 sheet), and the
 * 取りまとめ結果 sheet itself as a grid the adapters write (summarize's grid shape, present/grid.ts).
 */
import { type CellValue, cellText, isBlank } from '../base/cells';
import type { Grid, GridCell, GridValue } from '../present/grid';
import { HEADER_FILL } from '../present/grid';
import { countCell, type ReportTable } from '../present/tableCells';
import { type Lang, label } from '../words/messages';
import { localizeProblem } from '../words/problems';
import { type RoundLabelKey, roundLabel } from '../words/round';
import { fiscalYearLabel } from '../words/yearLabels';
import type { DepartmentCompletion, RoundCompletion } from './completion';
import type { ConflictKind, LaterFile, MergeConflict, MergeError, MergeResult } from './mergeTypes';

const CONFLICT_LABEL: Record<ConflictKind, RoundLabelKey> = {
  notAnswerFile: 'conflictNotAnswerFile',
  unknownDepartment: 'conflictUnknownDepartment',
  yearMismatch: 'conflictYearMismatch',
  sheetMissing: 'conflictSheetMissing',
  otherDepartment: 'conflictOtherDepartment',
  rowAdded: 'conflictRowAdded',
  rowRemoved: 'conflictRowRemoved',
  codeChanged: 'conflictCodeChanged',
  lockedChanged: 'conflictLockedChanged',
  answeredTwice: 'conflictAnsweredTwice',
  changedSince: 'conflictChangedSince',
  originalsMissing: 'conflictOriginalsMissing',
  originalUnknown: 'conflictOriginalUnknown',
  rowAmbiguous: 'conflictRowAmbiguous',
  rowGone: 'conflictRowGone',
  answerCleared: 'conflictAnswerCleared',
  yearTie: 'conflictYearTie',
  rowChanged: 'conflictRowChanged',
  yearSheetMismatch: 'conflictYearSheetMismatch',
  lockedCellChanged: 'conflictLockedCellChanged',
  lockedCellDiffers: 'conflictLockedCellDiffers',
  departmentChanged: 'conflictDepartmentChanged',
  answeredAgain: 'conflictAnsweredAgain',
  originChanged: 'conflictOriginChanged',
  originChangedUnknown: 'conflictOriginChangedUnknown',
  referenceSheetMissing: 'conflictReferenceSheetMissing',
  requestYearInvalid: 'conflictRequestYearInvalid',
  planMismatch: 'conflictPlanMismatch',
};

/** A cell as a person reads it: 「81行目」 for a whole row (81:81, Excel's notation), else the reference as it is. */
export function cellRef(cell: string, lang: Lang): string {
  const row = /^(\d+):\1$/.exec(cell);
  return row ? roundLabel('rowRef', lang, { n: row[1] }) : cell;
}

/**
 * Where a conflict is, in one form everywhere (r27f F6): the sheet and the master's cell or row (取組活動 D80,
 * 取組活動 80行目), and the answer file's own row or cell beside it where it helps, said as the answer file's
 * (取組活動（回答ファイルの6行目）); '' for a conflict of the whole file.
 */
export function conflictPlace(conflict: MergeConflict, lang: Lang): string {
  const { sheet, cell, fileRef } = conflict;
  if (sheet === '') return '';
  if (cell !== '' && fileRef) return roundLabel('whereBoth', lang, { sheet, cell: cellRef(cell, lang), ref: cellRef(fileRef, lang) });
  if (fileRef) return roundLabel('whereFile', lang, { sheet, ref: cellRef(fileRef, lang) });
  return cell === '' ? sheet : `${sheet} ${cellRef(cell, lang)}`;
}

/** Which of a department's files is the later, as the conflict says it (r27f F7). */
function laterText(later: LaterFile | undefined, lang: Lang): string {
  if (!later || later.file === null || later.source === null) return roundLabel('laterUnknown', lang);
  const times = later.times.map((t) => roundLabel('fileTimeItem', lang, t)).join(label('joinList', lang));
  return roundLabel(later.source === 'workbook' ? 'laterSaved' : 'laterFileTime', lang, { times, file: later.file });
}

export function conflictText(conflict: MergeConflict, lang: Lang): string {
  const { kind: _, others = [], later, fileRef: __, ...params } = conflict;
  // A row of another department matched by its 元の行 alone: there is no before and after to show.
  const key = conflict.kind === 'otherDepartment' && conflict.from === '' && conflict.to === '' ? 'conflictOtherDepartmentRow' : CONFLICT_LABEL[conflict.kind];
  // Years as every other line says them (令和8年度 / FY2026), not 2026年度 (r27c F12).
  const fy = (text: string) => (/^\d+$/.test(text) ? fiscalYearLabel(Number(text), lang) : text);
  if (conflict.kind === 'yearMismatch' || conflict.kind === 'yearSheetMismatch')
    return roundLabel(key, lang, { ...params, to: fy(conflict.to), other: fy(conflict.other) });
  if (conflict.kind === 'yearTie') {
    const years = conflict.other.split(',').map((pair) => {
      const [year, n] = pair.split(':');
      return roundLabel('yearTieCount', lang, { fy: fy(year), n });
    });
    return roundLabel(key, lang, { years: years.join(label('joinList', lang)) });
  }
  const otherKey = conflict.kind === 'answeredAgain' ? 'answeredAgainOther' : 'answeredTwiceOther';
  // A locked cell under no header (a value typed beside the table) is named by its column's letter.
  const letter = /^([A-Z]+)\d+$/.exec(conflict.fileRef ?? '')?.[1];
  const column = conflict.column === '' && letter ? roundLabel('columnLetter', lang, { letter }) : conflict.column;
  return roundLabel(key, lang, {
    ...params,
    column,
    cell: cellRef(conflict.cell, lang),
    where: conflictPlace(conflict, lang),
    others: others.map((o) => roundLabel(otherKey, lang, o)).join(label('joinList', lang)),
    later: conflict.kind === 'answeredAgain' ? laterText(later, lang) : '',
  });
}

export function mergeErrorText(error: MergeError, lang: Lang): string {
  // The problem's own sentence ends with its stop; the line adds its own after it. A summary's words
  // (「集計から除きました」) are not a merge's: such a problem is said as an answer not merged (r27f F11).
  // The catalogue's own sentence, told it is a merge's (its decimals and all, r27h 12): no 「集計から除きました」.
  const sentence = localizeProblem({ ...error.problem, params: { ...error.problem.params, merge: 1 } }, lang).message;
  const message = sentence.replace(/[。.]+$/, '');
  return roundLabel('mergeErrorLine', lang, { sheet: error.sheet, cell: error.cell, code: error.code, message });
}

/** One department's state: complete, not started (nothing filled), or incomplete. */
export function completionState(department: { requested: number; filled: number; complete: boolean; noFile?: boolean }, lang: Lang): string {
  if (department.complete) return roundLabel(department.noFile ? 'statusCompleteNoFile' : 'statusComplete', lang);
  return roundLabel(department.filled === 0 ? 'statusNotStarted' : 'statusIncomplete', lang);
}

/** The completion table's rows: header, one per department, the total. */
export function completionRows(completion: RoundCompletion, lang: Lang): (string | number)[][] {
  return [
    roundLabel('statusHeader', lang).split('|'),
    ...completion.departments.map((d) => [d.department, d.requested, d.filled, d.errors, completionState(d, lang)]),
    [
      roundLabel('statusTotal', lang),
      completion.total.requested,
      completion.total.filled,
      completion.total.errors,
      `${completion.total.complete}/${completion.total.departments}`,
    ],
  ];
}

/** The completion as a table the terminal aligns (renderTable: wide characters two columns, figures to the right). */
export function completionTable(completion: RoundCompletion, lang: Lang, title: string): ReportTable {
  const [header, ...rows] = completionRows(completion, lang);
  const sum = completion.departments.reduce((n, d) => n + d.requested, 0);
  return {
    id: 'roundCompletion',
    title,
    header: header.map(String),
    rows: rows.map((row) => row.map((value) => (typeof value === 'number' ? countCell(value) : value))),
    // The figures reconciled: the departments' sum is the total plus each shared cell once more for each further department (r27f F5).
    notes:
      sum === completion.total.requested
        ? []
        : [roundLabel('statusTotalSharedSum', lang, { sum, total: completion.total.requested, extra: sum - completion.total.requested })],
  };
}

/** A value in the table: its text, or 空欄 for a blank (a change from nothing reads 「（空欄） → B」). */
function shownValue(value: CellValue, lang: Lang): string {
  return isBlank(value) ? roundLabel('blankValue', lang) : cellText(value);
}

function cell(value: GridValue, options: Partial<GridCell> = {}): GridCell {
  const text = typeof value === 'string';
  return { value, format: text ? '@' : 'General', bold: false, italic: false, fill: null, text, ...options };
}

/** The 取りまとめ結果 sheet: what was merged, every conflict and error, and each department's completion after the merge. */
export function mergeGrid(result: MergeResult, lang: Lang): Grid {
  const width = 7;
  const pad = (cells: GridCell[]) => [...cells, ...Array.from({ length: width - cells.length }, () => cell(''))];
  const header = (values: string[]) => pad(values.map((v) => cell(v, { bold: true, fill: HEADER_FILL })));
  const rows: GridCell[][] = [pad([cell(roundLabel('mergeTitle', lang, { fy: fiscalYearLabel(result.year, lang) }), { bold: true })])];
  rows.push(pad([cell(roundLabel('mergeFiles', lang), { bold: true })]));
  rows.push(header(roundLabel('mergeFilesHeader', lang).split('|')));
  for (const file of result.files) rows.push(pad([cell(file.file), cell(file.department), cell(file.changes), cell(file.conflicts), cell(file.errors)]));
  rows.push(pad([]));
  rows.push(header(roundLabel('mergeTableHeader', lang).split('|')));
  const kind = (key: RoundLabelKey) => roundLabel(key, lang);
  for (const c of result.changes)
    rows.push(
      pad([
        cell(kind('mergeChanged')),
        cell(c.file),
        cell(c.department),
        cell(c.sheetName),
        cell(c.cell),
        cell(c.code),
        cell(`${shownValue(c.from, lang)} → ${shownValue(c.to, lang)}`),
      ]),
    );
  for (const c of result.conflicts)
    rows.push(
      pad([
        cell(kind('mergeConflict')),
        cell(c.file),
        cell(c.department),
        cell(c.sheet),
        cell(cellRef(c.cell, lang)),
        cell(c.code),
        cell(conflictText(c, lang)),
      ]),
    );
  for (const e of result.errors)
    rows.push(pad([cell(kind('mergeError')), cell(e.file), cell(e.department), cell(e.sheet), cell(e.cell), cell(e.code), cell(mergeErrorText(e, lang))]));
  for (const { department, files } of result.resubmitted)
    rows.push(
      pad([
        cell(kind('mergeNote')),
        cell(files.join(label('joinList', lang))),
        cell(department),
        cell(''),
        cell(''),
        cell(''),
        cell(roundLabel('mergeResubmitted', lang, { department, n: files.length, files: files.join(label('joinList', lang)) })),
      ]),
    );
  if (result.conflicts.length === 0 && result.errors.length === 0) rows.push(pad([cell(kind('mergeNothing'))]));
  rows.push(pad([]));
  const table = completionRows(result.completion, lang);
  rows.push(header(table[0].map(String)));
  for (const row of table.slice(1)) rows.push(pad(row.map((v) => cell(v))));
  const columnWidths = [14, 28, 14, 10, 8, 10, 80];
  return { rows, width, charts: [], columnWidths };
}

/** A reminder's lines for the answers that cannot be used: how many, then each cell with the plan's reason (r27c F9). */
export function errorCellLines(department: DepartmentCompletion, lang: Lang, shown = 200): string[] {
  const cells = department.errorCells;
  if (cells.length === 0) return [];
  const lines = [roundLabel('requestErrorCount', lang, { n: cells.length })];
  for (const cell of cells.slice(0, shown))
    lines.push(
      roundLabel('requestErrorLine', lang, {
        sheet: cell.sheetName,
        cell: cell.cell,
        code: cell.code,
        message: localizeProblem(cell.problem, lang).message.replace(/[。.]+$/, ''),
      }),
    );
  if (cells.length > shown) lines.push(roundLabel('requestMore', lang, { n: cells.length - shown }));
  return lines;
}
