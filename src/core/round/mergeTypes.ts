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
  | 'rowChanged';

export interface MergeConflict {
  kind: ConflictKind;
  file: string;
  /** The department the file answers for ('' when it names none). */
  department: string;
  /** Sheet name ('' for the whole file). */
  sheet: string;
  /** The master's cell (or row) where there is one, else the file's. */
  cell: string;
  code: string;
  /** The column concerned (lockedChanged, answeredTwice), in the master's header. */
  column: string;
  /** The master's value and the file's, as text. */
  from: string;
  to: string;
  /** answeredTwice: the other file; yearMismatch: the round's year; yearTie: year:files,… ; unknownDepartment: the departments asked. */
  other: string;
}

/** An answer cell the plan's validation refuses: not merged. */
export interface MergeError {
  file: string;
  department: string;
  sheet: string;
  cell: string;
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
}
