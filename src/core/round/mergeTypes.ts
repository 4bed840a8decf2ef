/**
 * The merge's vocabulary (merge.ts): the files it is given, the conflicts, errors and changes it finds, and
 * its result. Split from merge.ts (#24): one job, no behaviour change.
 */
import type { CellValue, WorkbookInput } from '../base/cells';
import type { Problem } from '../words/problems';
import type { RoundCompletion } from './completion';
import type { RoundSheet } from './rows';

export interface AnswerFile {
  /** The file's name as the user gave it, for messages. */
  file: string;
  /** When the workbook was last saved, by its own record (docProps/core.xml dcterms:modified), if it has one. */
  saved?: Date | null;
  /** When the file was last modified on disk, if known (a copy or a saved attachment has the time it was made). */
  modified?: Date | null;
  input: WorkbookInput;
  /** Cells (`sheet!A1`, the file's own) holding a formula with no saved result: read as blank, but not blank. */
  uncalculated?: ReadonlySet<string>;
  /** Cells (`sheet!A1`, the file's own) holding a hyperlink: its address (a link typed in an answer, r27c F13). */
  links?: ReadonlyMap<string, string>;
}

export type ConflictKind =
  | 'notAnswerFile'
  | 'unknownDepartment'
  | 'yearMismatch'
  | 'sheetMissing'
  | 'otherDepartment'
  | 'rowAdded'
  | 'rowRemoved'
  | 'codeChanged'
  | 'lockedChanged'
  | 'answeredTwice'
  | 'changedSince'
  | 'originalsMissing'
  | 'originalUnknown'
  | 'rowAmbiguous'
  | 'rowGone'
  | 'answerCleared'
  | 'yearTie'
  | 'rowChanged'
  | 'yearSheetMismatch'
  | 'lockedCellChanged'
  | 'lockedCellDiffers'
  | 'departmentChanged'
  | 'answeredAgain'
  | 'originChanged'
  | 'originChangedUnknown'
  | 'referenceSheetMissing'
  | 'requestYearInvalid'
  | 'planMismatch';

export interface MergeConflict {
  kind: ConflictKind;
  file: string;
  /** The department the file answers for ('' when it names none). */
  department: string;
  /** Sheet name ('' for the whole file). */
  sheet: string;
  /** The master's cell (D5) or row (5:5) where there is one; '' when the master has none (a row added, gone). */
  cell: string;
  /** The answer file's own cell or row (5:5), where it helps, said as the answer file's (r27f F6). */
  fileRef?: string;
  code: string;
  /** The column concerned (lockedChanged, answeredTwice), in the master's header. */
  column: string;
  /** The master's value and the file's, as text. */
  from: string;
  to: string;
  /** answeredTwice: the other file; yearMismatch: the round's year; yearTie: year:files,… ; unknownDepartment: the departments asked. */
  other: string;
  /** answeredTwice, answeredAgain: the other files' answers for the cell. */
  others?: { file: string; department: string; value: string }[];
  /** answeredAgain: the department's files with the time each tells, and the later one (null when it cannot be told). */
  later?: LaterFile;
}

/** Which of one department's files is the later, by the workbooks' own save times, else the files' times (r27f F7). */
export interface LaterFile {
  source: 'workbook' | 'file' | null;
  /** Each file with its time (YYYY-MM-DD HH:MM, Japan), in the order given. */
  times: { file: string; time: string }[];
  /** The later file; null when the times are missing or equal. */
  file: string | null;
}

/** An answer cell the plan's validation refuses: not merged. */
export interface MergeError {
  file: string;
  department: string;
  sheet: string;
  cell: string;
  /** The master's row and column (0-based), for the order errors are listed in. */
  row: number;
  column: number;
  code: string;
  value: string;
  problem: Problem;
}

/** An answer merged into the master. */
export interface MergeChange {
  file: string;
  department: string;
  sheet: RoundSheet;
  sheetName: string;
  row: number;
  column: number;
  cell: string;
  code: string;
  from: CellValue;
  to: CellValue;
  /** The answer as typed, where it is read as something else (「△5」 read as −5): messages quote it as typed (r27h 8). */
  typed?: CellValue;
}

export interface MergeFileOutcome {
  file: string;
  department: string;
  changes: number;
  conflicts: number;
  errors: number;
}

export interface MergeResult {
  year: number;
  changes: MergeChange[];
  conflicts: MergeConflict[];
  errors: MergeError[];
  files: MergeFileOutcome[];
  /** The master with the changes applied (every other cell as it was). */
  merged: WorkbookInput;
  /** Completion of the round on the merged master. */
  completion: RoundCompletion;
  /**
   * A department that sent more than one file, none of them disagreeing with another (a quiet resubmission,
   * r27h 13): each with its files, for a note — merged, but said.
   */
  resubmitted: { department: string; files: string[] }[];
  /** Changes in answer columns the round does not ask for (概要): merged, but never counted as filled; their columns' names. */
  notAsked: { cells: number; columns: string[] };
}

/** An answer a file gives for a master cell, before the files are compared (mergeFile.ts → merge.ts). */
export interface Candidate {
  /** The plan's rules refuse it as typed (a date, a unit in an amount, too long, a formula with no result): an error, never merged. */
  problem?: Problem;
  file: string;
  department: string;
  sheet: RoundSheet;
  sheetName: string;
  row: number;
  column: number;
  code: string;
  from: CellValue;
  to: CellValue;
  /** The answer as typed, where it is read as something else (「△5」 read as −5): messages quote it as typed (r27h 8). */
  typed?: CellValue;
}
