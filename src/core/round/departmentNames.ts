/**
 * The departments a project's 取組推進課 names, as the round asks them (r27h 1). The plan's reader splits the
 * cell on 、 , and new lines (workbook.md); offices also write 「総務課・財政課」「総務課／財政課」「総務課 財政課」.
 * Those are split here too where it is unambiguous, the 部署 sheet's names preferred: a text that is a 部署 name
 * as a whole is kept whole (「まち・ひと推進課」), a run of pieces forming a 部署 name is joined again, and a
 * piece that does not read as a department's name (「まち」) is joined to the next. A name the 部署 sheet does
 * not have is said with its cell, never routed nowhere in silence.
 */
import { a1, type WorkbookInput } from '../base/cells';
import { matchKey } from '../base/text';
import { SHEETS } from '../contract/schema';
import { GENERIC_DEPARTMENTS } from '../present/digestContent';
import type { Project, WorkbookData } from '../read/read';
import { SheetReader } from '../read/sheetReader';
import { ProblemList } from '../words/problems';

/** Separators the reader leaves inside a name: ・ ／ / and spaces (full- and half-width). */
const INNER_SEPARATOR = /([・･／/\s\u3000]+)/;

/** How a department's name ends (課, 室, センター, Division …): a piece that does not is part of the next one's name. */
const DEPARTMENT_END =
  /(?:課|室|局|部|所|係|班|館|署|園|院|庁|センター|委員会|事務局|本部|組合|division|department|section|office|bureau|unit|center|centre)$/i;

/** One 取組推進課 entry (already split on 、 , and new lines) as the departments it names. */
export function splitDepartmentName(name: string, listed: ReadonlySet<string>): string[] {
  const whole = name.trim();
  if (whole === '' || listed.has(matchKey(whole)) || GENERIC_DEPARTMENTS.has(whole)) return whole === '' ? [] : [whole];
  // Pieces with the separators between them: [piece, sep, piece, sep, piece].
  const parts = whole.split(INNER_SEPARATOR);
  const pieces = parts.filter((_, i) => i % 2 === 0);
  const separators = parts.filter((_, i) => i % 2 === 1);
  if (pieces.length < 2) return [whole];
  const join = (from: number, to: number) =>
    pieces.slice(from, to + 1).reduce((text, piece, k) => (k === 0 ? piece : `${text}${separators[from + k - 1]}${piece}`), '');
  const names: string[] = [];
  let i = 0;
  while (i < pieces.length) {
    // The longest run from here that is a 部署 name.
    let end = -1;
    for (let j = pieces.length - 1; j >= i; j--)
      if (listed.has(matchKey(join(i, j)))) {
        end = j;
        break;
      }
    if (end < 0) {
      // Not a 部署 name: up to the first piece that ends as a department's name does (まち・ひと推進課).
      end = i;
      while (end < pieces.length - 1 && !DEPARTMENT_END.test(pieces[end]) && !listed.has(matchKey(pieces[end + 1]))) end++;
    }
    names.push(join(i, end));
    i = end + 1;
  }
  // Nothing in it reads as several departments (General Affairs, 企画 調整): the text as it is.
  if (names.length < 2) return [whole];
  return names;
}

/** The departments a project names for the round: its 取組推進課's entries split (splitDepartmentName), each once. */
export function projectDepartments(project: Pick<Project, 'departments'>, listed: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const entry of project.departments)
    for (const name of splitDepartmentName(entry, listed)) if (!found.some((f) => matchKey(f) === matchKey(name))) found.push(name);
  return found;
}

/** A project's 取組推進課 cell (`事業!D5`); '' when the sheet has no such column. */
export function departmentsCell(input: WorkbookInput, data: WorkbookData): (project: Pick<Project, 'row'>) => string {
  const name = data.sheetNames.projects;
  const sheet = name === undefined ? undefined : input.sheets.find((s) => s.name === name);
  const column = sheet ? new SheetReader(SHEETS.projects, sheet, new ProblemList()).columns.get('departments') : undefined;
  return (project) => (column === undefined || name === undefined ? '' : `${name}!${a1(project.row, column)}`);
}
