/**
 * The round's merge (取りまとめ): the departments' returned files matched to the master row by row — by
 * project code, year and what the row is (rows.ts identity), the 元の行 column telling which row a changed
 * one was — each answer validated with the plan's own rules (readWorkbook on the master with that answer
 * applied), and every conflict reported, never resolved: a row of another department changed, a row added
 * or removed, a code or a locked column changed, the same cell answered differently by two files. Only
 * answer cells that are valid and in no conflict are merged; everything else keeps the master's value, and a
 * blank answer never clears one (so a late file can be merged into a master already merged).
 */
import { a1, type CellValue, cellText, isBlank, isDate, type SheetInput, type WorkbookInput } from '../base/cells';
import { cleanText, matchKey } from '../base/text';
import { fillMerges, readWorkbook, type WorkbookData } from '../read/read';
import type { MessageKey, MessageParams } from '../words/messages';
import { type Problem, ProblemList } from '../words/problems';
import { type RoundCompletion, roundCompletion } from './completion';
import { checkedAnswer } from './mergeAnswer';
import { fileRowsOf, matchByIdentity } from './mergeRows';
import { ORIGIN_HEADER, ORIGINALS_SHEET, originalKey, readOriginals, readRequestSheet } from './requestSheet';
import { type RoundDepartment, type RoundPlan, roundRequests } from './requests';
import { ANSWER_FIELDS, IDENTITY_FIELDS, REQUESTED_FIELDS, ROUND_SHEETS, type RoundLayout, type RoundRow, type RoundSheet, roundLayoutOf } from './rows';

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

/** Two cells hold the same answer: both blank, equal numbers or dates, or the same text once invisible marks and edges are taken off. */
export function sameValue(a: CellValue, b: CellValue): boolean {
  if (isBlank(a) || isBlank(b)) return isBlank(a) && isBlank(b);
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  if (isDate(a) && isDate(b)) return a.getTime() === b.getTime();
  return cleanText(cellText(a)) === cleanText(cellText(b));
}

const shown = (value: CellValue) => cellText(value).slice(0, 60);

/** The answer sheet for a master sheet: the same name (matched as headers are), or the contract's names. */
function answerSheet(input: WorkbookInput, layout: RoundLayout): SheetInput | undefined {
  return input.sheets.find((s) => matchKey(s.name) === matchKey(layout.name));
}

interface Candidate {
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

function withChanges(master: WorkbookInput, changes: readonly { sheetName: string; row: number; column: number; to: CellValue }[]): WorkbookInput {
  const bySheet = new Map<string, typeof changes>();
  for (const change of changes) bySheet.set(change.sheetName, [...(bySheet.get(change.sheetName) ?? []), change]);
  return {
    sheets: master.sheets.map((sheet) => {
      const list = bySheet.get(sheet.name);
      if (!list) return sheet;
      const rows = sheet.rows.map((row) => row);
      for (const change of list) {
        const row = [...(rows[change.row] ?? [])];
        while (row.length < change.column) row.push(null);
        row[change.column] = change.to;
        rows[change.row] = row;
      }
      return { ...sheet, rows };
    }),
  };
}

/**
 * Matches one file's rows to the master's and returns its candidate answers and its conflicts.
 */
function matchFile(
  answer: AnswerFile,
  master: WorkbookInput,
  plan: RoundPlan,
  department: RoundDepartment,
  allRows: RoundRow[],
  owners: Map<string, Set<string>>,
  conflicts: MergeConflict[],
  data: WorkbookData,
): Candidate[] {
  const candidates: Candidate[] = [];
  const mine = new Set(department.rows.map((row) => row.key));
  const base = { file: answer.file, department: department.department };
  const originals = readOriginals(answer.input);
  // Without the values as sent (照会_元の値 removed, or a sheet's 元の行 column deleted), a master cell changed
  // since the split cannot be told from one that was not: the file is reported, and no answer replaces a master value.
  let missingOriginals = originals.size === 0;
  for (const sheet of ROUND_SHEETS) {
    const layout = plan.layouts[sheet];
    if (!layout) continue;
    // Compared as the reader sees the master: a merged 事業コード filled into every row of its block.
    const masterSheet = master.sheets.find((s) => s.name === layout.name);
    const masterRows = masterSheet ? fillMerges(masterSheet, new ProblemList()).rows : [];
    const ownRows = department.rows.filter((row) => row.sheet === sheet);
    const found = answerSheet(answer.input, layout);
    if (!found) {
      if (ownRows.length > 0)
        conflicts.push({ ...base, kind: 'sheetMissing', sheet: layout.name, cell: '', code: '', column: '', from: '', to: '', other: '' });
      continue;
    }
    const fileLayout = roundLayoutOf(sheet, found);
    const header = found.rows[0] ?? [];
    const originColumn = header.findIndex((cell) => typeof cell === 'string' && matchKey(cell) === matchKey(ORIGIN_HEADER));
    if (originColumn < 0 && ownRows.length > 0) missingOriginals = true;
    // The master's columns in the file, by header (the file's columns are the master's, in the same order, unless someone moved them).
    const columnIn = new Map<number, number>();
    // A column of the plan's the file lacks is a conflict; one the office added to the master since (担当メモ) is
    // not the department's doing, and nothing of the file is lost for it (r27c F3).
    const contractColumns = new Set(Object.values(layout.columns));
    layout.header.forEach((cell, column) => {
      if (isBlank(cell)) return;
      const at = header.findIndex((h) => !isBlank(h) && matchKey(cellText(h)) === matchKey(cellText(cell)));
      if (at >= 0) columnIn.set(column, at);
      else if (contractColumns.has(column))
        conflicts.push({
          ...base,
          kind: 'lockedChanged',
          sheet: layout.name,
          cell: a1(0, column),
          code: '',
          column: cellText(cell),
          from: cellText(cell),
          to: '',
          other: '',
        });
    });
    const answerColumns = new Set(ANSWER_FIELDS[sheet].map((field) => layout.columns[field]).filter((c): c is number => c !== undefined));
    const identityColumns = new Set(IDENTITY_FIELDS[sheet].map((field) => layout.columns[field]).filter((c): c is number => c !== undefined));
    const sheetRows = allRows.filter((row) => row.sheet === sheet);
    const byIndex = new Map(sheetRows.map((row) => [row.row, row]));
    // Text answers (取組内容・成果, 概要) keep a link's address; a label or an amount is what it shows.
    const textColumns = new Set(
      (['notes', 'summary'] as const).map((field) => columnIn.get(layout.columns[field] ?? -1)).filter((c): c is number => c !== undefined),
    );
    const fileRows = fileRowsOf(sheet, fileLayout, found, originColumn, { at: answer.links ?? new Map(), columns: textColumns });
    const { matchOf, ambiguous, claimed } = matchByIdentity(fileRows, sheetRows);
    for (const fileRow of fileRows) {
      const { index, values, identity, origin: originNumber } = fileRow;
      const at = (column: number): CellValue => {
        const c = columnIn.get(column);
        return c === undefined ? null : values[c];
      };
      const originValue = originColumn >= 0 ? values[originColumn] : null;
      const code = identity?.code ?? cellText(at(layout.columns.code ?? -1));
      const fileCell = `${found.name}!${a1(index, 0)}`;
      const masterRow = matchOf.get(fileRow);
      const differs = (row: RoundRow) => [...columnIn.keys()].filter((column) => !sameValue(masterRows[row.row]?.[column] ?? null, at(column)));
      const alike = ambiguous.get(fileRow);
      if (alike) {
        conflicts.push({
          ...base,
          kind: 'rowAmbiguous',
          sheet: layout.name,
          cell: a1(index, 0),
          code,
          column: '',
          from: String(alike.file),
          to: identity?.what ?? '',
          other: String(alike.master),
        });
        continue;
      }
      if (masterRow && !mine.has(masterRow.key)) {
        // Another department's row: harmless while it is as the master has it; any change to it is theirs to make.
        const changed = differs(masterRow).filter((column) => !identityColumns.has(column));
        if (changed.length > 0)
          conflicts.push({
            ...base,
            kind: 'otherDepartment',
            sheet: layout.name,
            cell: a1(masterRow.row, changed[0]),
            code: masterRow.code,
            column: cellText(layout.header[changed[0]]),
            from: shown(masterRows[masterRow.row]?.[changed[0]] ?? null),
            to: shown(at(changed[0])),
            other: [...(owners.get(masterRow.key) ?? [])].join('、'),
          });
        continue;
      }
      const row: RoundRow | undefined = masterRow;
      if (!row) {
        // Not found by what it is: the row it was sent as (元の行), unless that row is another's by what it is.
        const origin = originNumber === null ? undefined : byIndex.get(originNumber - 1);
        if (origin && !claimed.has(origin.key) && mine.has(origin.key)) {
          // The row it came from, its code, year or text changed: which row it now means cannot be known, so nothing of it is merged.
          claimed.add(origin.key);
          const changed = differs(origin).filter((column) => identityColumns.has(column));
          const column = changed[0] ?? layout.columns.code ?? 0;
          // Who changed it cannot be told (the file's code, year and text are not kept as sent): said of neither (r27c F2).
          conflicts.push({
            ...base,
            kind: 'rowChanged',
            sheet: layout.name,
            cell: a1(origin.row, column),
            code: origin.code,
            column: cellText(layout.header[column]),
            from: shown(masterRows[origin.row]?.[column] ?? null),
            to: shown(at(column)),
            other: '',
          });
        } else if (origin && !claimed.has(origin.key)) {
          conflicts.push({
            ...base,
            kind: 'otherDepartment',
            sheet: layout.name,
            cell: `${origin.row + 1}:${origin.row + 1}`,
            code: origin.code,
            column: '',
            from: '',
            to: '',
            other: [...(owners.get(origin.key) ?? [])].join('、'),
          });
        } else if (originNumber !== null) {
          // Sent as a row of the round, and neither it nor its place is in the master now: the office removed or changed it.
          conflicts.push({
            ...base,
            kind: 'rowGone',
            sheet: layout.name,
            cell: fileCell,
            code,
            column: '',
            from: String(originNumber),
            to: identity?.what ?? '',
            other: '',
          });
        } else {
          conflicts.push({ ...base, kind: 'rowAdded', sheet: layout.name, cell: fileCell, code, column: '', from: '', to: identity?.what ?? '', other: '' });
        }
        continue;
      }
      const fieldAt = new Map(ANSWER_FIELDS[sheet].map((field) => [layout.columns[field], field]));
      const candidate = (column: number, to: CellValue, problem?: Problem): Candidate => ({
        ...base,
        ...(problem ? { problem } : {}),
        sheet,
        sheetName: layout.name,
        row: row.row,
        column,
        code: row.code,
        from: masterRows[row.row]?.[column] ?? null,
        to,
      });
      const problemAt = (column: number, value: CellValue, code: MessageKey, params: MessageParams): Problem => ({
        severity: 'error',
        sheet: layout.name,
        cell: a1(row.row, column),
        value: shown(value),
        code,
        params: { value: shown(value), ...params },
        message: '',
      });
      // A formula with no saved result reads as blank: said as an error, never skipped as if unanswered.
      for (const column of answerColumns) {
        const c = columnIn.get(column);
        if (c !== undefined && answer.uncalculated?.has(`${found.name}!${a1(index, c)}`))
          candidates.push(candidate(column, null, problemAt(column, null, 'answerFormulaNoResult', { column: cellText(layout.header[column]) })));
      }
      for (const column of differs(row)) {
        if (answerColumns.has(column)) {
          // A blank answer never clears the master: merging a late file into a master already merged, its blank for a
          // shared project's cell (left to the other department, or entered by the office since) must not undo that answer.
          // The values as sent are keyed by the file's column (the master's at the split), not the master's now (r27c F3).
          const originKey = typeof originValue === 'number' ? originalKey(layout.name, originValue, (columnIn.get(column) ?? column) + 1) : '';
          const now = masterRows[row.row]?.[column] ?? null;
          if (isBlank(at(column))) {
            // …but a value the file was sent with and the department cleared is its answer too: kept, and said, for the office to decide.
            if (!isBlank(originals.get(originKey) ?? null))
              conflicts.push({
                ...base,
                kind: 'answerCleared',
                sheet: layout.name,
                cell: a1(row.row, column),
                code: row.code,
                column: cellText(layout.header[column]),
                from: shown(now),
                to: '',
                other: shown(now),
              });
            continue;
          }
          if (!originals.has(originKey) && !isBlank(now)) {
            // The value as sent is unknown: the master's value may be the office's correction since; never overwritten.
            conflicts.push({
              ...base,
              kind: 'originalUnknown',
              sheet: layout.name,
              cell: a1(row.row, column),
              code: row.code,
              column: cellText(layout.header[column]),
              from: shown(now),
              to: shown(at(column)),
              other: '',
            });
            continue;
          }
          if (originals.has(originKey)) {
            const original = originals.get(originKey) ?? null;
            // As the file was made: not the department's answer, whatever the master holds now.
            if (sameValue(at(column), original)) continue;
            if (!sameValue(now, original)) {
              conflicts.push({
                ...base,
                kind: 'changedSince',
                sheet: layout.name,
                cell: a1(row.row, column),
                code: row.code,
                column: cellText(layout.header[column]),
                from: shown(now),
                to: shown(at(column)),
                other: shown(original),
              });
              continue;
            }
          }
          const field = fieldAt.get(column);
          const checked = field ? checkedAnswer(field, at(column), data, cellText(layout.header[column])) : { to: at(column) };
          if ('code' in checked) candidates.push(candidate(column, at(column), problemAt(column, at(column), checked.code, checked.params)));
          else if (!sameValue(checked.to, masterRows[row.row]?.[column] ?? null)) candidates.push(candidate(column, checked.to));
          continue;
        }
        // Matched by what it is, its code, year and text are the master's (１－０１ is 1-01, R8 is 令和8年度): no conflict (r27c F4).
        if (identityColumns.has(column)) continue;
        conflicts.push({
          ...base,
          kind: column === layout.columns.code ? 'codeChanged' : 'lockedChanged',
          sheet: layout.name,
          cell: a1(row.row, column),
          code: row.code,
          column: cellText(layout.header[column]),
          from: shown(masterRows[row.row]?.[column] ?? null),
          to: shown(at(column)),
          other: '',
        });
      }
    }
    for (const row of ownRows)
      if (!claimed.has(row.key))
        conflicts.push({
          ...base,
          kind: 'rowRemoved',
          sheet: layout.name,
          cell: `${row.row + 1}:${row.row + 1}`,
          code: row.code,
          column: '',
          from: row.what,
          to: '',
          other: '',
        });
  }
  if (missingOriginals)
    conflicts.push({ ...base, kind: 'originalsMissing', sheet: '', cell: '', code: '', column: '', from: '', to: '', other: ORIGINALS_SHEET });
  return candidates;
}

/**
 * The round the files are for: the year most of them name — never merely the first file's, so last year's
 * file given first does not turn every answer of this year into "another year". A tie is no answer: the
 * years tied are returned and the merge takes nothing (r27c F6: one stray file of a later year voided the
 * real answers).
 */
function roundYearOf(requests: ({ year: number | null } | null)[]): { year: number; tied: [number, number][] } {
  const counts = new Map<number, number>();
  for (const request of requests) if (request && request.year !== null) counts.set(request.year, (counts.get(request.year) ?? 0) + 1);
  const most = Math.max(0, ...counts.values());
  const top = [...counts].filter(([, n]) => n === most).sort((a, b) => a[0] - b[0]);
  if (top.length > 1) return { year: 0, tied: [...counts].sort((a, b) => a[0] - b[0]) };
  return { year: top[0]?.[0] ?? 0, tied: [] };
}

/**
 * Merges the departments' files into the master for the round the files name (their 照会 sheet's year;
 * a file for another year is a conflict). `data` is the master read, when the caller has it.
 */
export function mergeAnswers(master: WorkbookInput, answers: AnswerFile[], data: WorkbookData = readWorkbook(master)): MergeResult {
  const requests = answers.map((answer) => readRequestSheet(answer.input));
  const { year, tied } = roundYearOf(requests);
  const plan = roundRequests(master, { year, due: requests.find((r) => r?.year === year)?.due ?? '' }, data);
  const allRows = plan.departments.flatMap((d) => d.rows).filter((row, index, rows) => rows.findIndex((r) => r.key === row.key) === index);
  const owners = new Map<string, Set<string>>();
  for (const department of plan.departments)
    for (const row of department.rows) owners.set(row.key, (owners.get(row.key) ?? new Set()).add(department.department));
  const conflicts: MergeConflict[] = [];
  const errors: MergeError[] = [];
  const accepted: Candidate[] = [];
  const none = { sheet: '', cell: '', code: '', column: '', from: '', to: '', other: '' };
  answers.forEach((answer, index) => {
    const request = requests[index];
    if (!request) {
      conflicts.push({ ...none, kind: 'notAnswerFile', file: answer.file, department: '' });
      return;
    }
    if (tied.length > 0) {
      conflicts.push({ ...none, kind: 'yearTie', file: answer.file, department: request.department, other: tied.map(([y, n]) => `${y}:${n}`).join(',') });
      return;
    }
    if (request.year !== year) {
      conflicts.push({ ...none, kind: 'yearMismatch', file: answer.file, department: request.department, to: String(request.year ?? ''), other: String(year) });
      return;
    }
    const department = plan.departments.find((d) => matchKey(d.department) === matchKey(request.department));
    if (!department) {
      conflicts.push({
        ...none,
        kind: 'unknownDepartment',
        file: answer.file,
        department: request.department,
        other: plan.departments.map((d) => d.department).join('、'),
      });
      return;
    }
    const found = matchFile(answer, master, plan, department, allRows, owners, conflicts, data);
    for (const candidate of found)
      if (candidate.problem)
        errors.push({
          file: answer.file,
          department: department.department,
          sheet: candidate.sheetName,
          cell: a1(candidate.row, candidate.column),
          code: candidate.code,
          value: candidate.problem.value,
          problem: candidate.problem,
        });
    const candidates = found.filter((candidate) => !candidate.problem);
    if (candidates.length === 0) return;
    // The plan's own rules: the master as this one file would make it, read as every command reads a workbook.
    const problems = readWorkbook(withChanges(master, candidates)).problems.items;
    const errorAt = new Map<string, Problem>();
    for (const problem of problems)
      if (problem.severity === 'error' && !errorAt.has(`${problem.sheet}!${problem.cell}`)) errorAt.set(`${problem.sheet}!${problem.cell}`, problem);
    for (const candidate of candidates) {
      const cell = a1(candidate.row, candidate.column);
      const problem = isBlank(candidate.to) ? undefined : errorAt.get(`${candidate.sheetName}!${cell}`);
      if (problem)
        errors.push({
          file: answer.file,
          department: department.department,
          sheet: candidate.sheetName,
          cell,
          code: candidate.code,
          value: shown(candidate.to),
          problem,
        });
      else accepted.push(candidate);
    }
  });
  // The same cell answered by two files: merged only when they agree.
  const byCell = new Map<string, Candidate[]>();
  for (const candidate of accepted) {
    const id = `${candidate.sheetName}!${candidate.row}!${candidate.column}`;
    byCell.set(id, [...(byCell.get(id) ?? []), candidate]);
  }
  const changes: MergeChange[] = [];
  for (const group of byCell.values()) {
    const first = group[0];
    const cell = a1(first.row, first.column);
    if (group.every((c) => sameValue(c.to, first.to))) {
      changes.push({ ...first, cell });
      continue;
    }
    for (const candidate of group) {
      const others = group.filter((c) => c.file !== candidate.file);
      conflicts.push({
        kind: 'answeredTwice',
        file: candidate.file,
        department: candidate.department,
        sheet: candidate.sheetName,
        cell,
        code: candidate.code,
        column: cellText(plan.layouts[candidate.sheet]?.header[candidate.column] ?? ''),
        from: shown(candidate.from),
        to: shown(candidate.to),
        other: others.map((c) => `${c.file}（${shown(c.to)}）`).join('、'),
      });
    }
  }
  changes.sort((a, b) => ROUND_SHEETS.indexOf(a.sheet) - ROUND_SHEETS.indexOf(b.sheet) || a.row - b.row || a.column - b.column);
  const merged = withChanges(master, changes);
  const files = answers.map((answer) => ({
    file: answer.file,
    department: requests[answers.indexOf(answer)]?.department ?? '',
    changes: changes.filter((c) => c.file === answer.file).length,
    conflicts: conflicts.filter((c) => c.file === answer.file).length,
    errors: errors.filter((e) => e.file === answer.file).length,
  }));
  const notAskedChanges = changes.filter((c) => {
    const layout = plan.layouts[c.sheet];
    const field = ANSWER_FIELDS[c.sheet].find((f) => layout?.columns[f] === c.column);
    return field !== undefined && !REQUESTED_FIELDS[c.sheet].includes(field);
  });
  const notAsked = {
    cells: notAskedChanges.length,
    columns: [...new Set(notAskedChanges.map((c) => cellText(plan.layouts[c.sheet]?.header[c.column] ?? '')))],
  };
  return { year, changes, conflicts, errors, files, merged, notAsked, completion: mergeCompletion(roundCompletion(merged, plan), errors, requests) };
}

/**
 * The completion after a merge, as the merge's lines say it: an answer refused as an error counts among its
 * department's errors (it was listed two lines above; the master does not hold it), and a department that sent
 * no file is marked so — 完了 by another department's answers to a shared project is not its own answer (r27 #9).
 */
function mergeCompletion(completion: RoundCompletion, errors: MergeError[], requests: ({ department: string } | null)[]): RoundCompletion {
  const sent = new Set(requests.filter((r): r is { department: string } => r !== null).map((r) => matchKey(r.department)));
  const departments = completion.departments.map((d) => {
    const refused = errors.filter((e) => matchKey(e.department) === matchKey(d.department)).length;
    return { ...d, errors: d.errors + refused, complete: d.complete && refused === 0, noFile: !sent.has(matchKey(d.department)) };
  });
  const refusedCells = new Set(errors.map((e) => `${e.sheet}!${e.cell}`)).size;
  return {
    ...completion,
    departments,
    total: { ...completion.total, errors: completion.total.errors + refusedCells, complete: departments.filter((d) => d.complete).length },
  };
}
