/**
 * The round's merge (取りまとめ): the departments' returned files matched to the master row by row — by
 * project code, year and what the row is (rows.ts identity), the 元の行 column telling which row a changed
 * one was — each answer validated with the plan's own rules (readWorkbook on the master with that answer
 * applied), and every conflict reported, never resolved: a row of another department changed, a row added
 * or removed, a code or a locked column changed, the same cell answered differently by two files. Only
 * answer cells that are valid and in no conflict are merged; everything else keeps the master's value, and a
 * blank answer never clears one (so a late file can be merged into a master already merged).
 */
import { a1, type CellValue, cellText, isBlank, type WorkbookInput } from '../base/cells';
import { cleanText, matchKey } from '../base/text';
import { readWorkbook, type WorkbookData } from '../read/read';
import type { Problem } from '../words/problems';
import { type RoundCompletion, roundCompletion } from './completion';
import { fileRowsYear, laterFile, lockedCellConflicts, sentDepartment } from './mergeChecks';
import { matchFile } from './mergeFile';
import type { AnswerFile, Candidate, LaterFile, MergeChange, MergeConflict, MergeError, MergeResult } from './mergeTypes';
import { sameValue, shown } from './mergeValue';
import { readOriginals, readRequestSheet } from './requestSheet';
import { roundRequests } from './requests';
import { ANSWER_FIELDS, REQUESTED_FIELDS, ROUND_SHEETS, roundLayouts } from './rows';

/** The conflicts that set a whole file aside: such a file is no resubmission of its department's answers. */
const WHOLE_FILE = new Set<string>([
  'notAnswerFile',
  'yearTie',
  'yearSheetMismatch',
  'yearMismatch',
  'departmentChanged',
  'unknownDepartment',
  'planMismatch',
  'requestYearInvalid',
]);

/** The master with the changes written in (every other cell as it was). */
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
 * Merges the departments' files into the master for the round the files are of: each file's year is its rows'
 * year (the 照会 sheet's only when it has no rows to tell), a file whose 照会 sheet names another year than its
 * rows is a conflict, and so is a file of another year than most (r27f F1). `data` is the master read, when the
 * caller has it.
 */
export function mergeAnswers(master: WorkbookInput, answers: AnswerFile[], data: WorkbookData = readWorkbook(master)): MergeResult {
  const requests = answers.map((answer) => readRequestSheet(answer.input));
  // Each file's values as sent, read once for all the checks below (r27h 10: were read three times a file).
  const originalsOf = answers.map((answer) => readOriginals(answer.input));
  const layouts = roundLayouts(master, data);
  const rowYears = answers.map((answer, index) => (requests[index] ? fileRowsYear(answer.input, layouts) : null));
  const fileYears = requests.map((request, index) => (request ? { year: rowYears[index] ?? request.year } : null));
  const { year, tied } = roundYearOf(fileYears);
  const plan = roundRequests(master, { year, due: requests.find((_request, index) => fileYears[index]?.year === year)?.due ?? '' }, data);
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
    // Another plan's file (r27h 7): its 照会 sheet's 計画名 against the master's, when both have one.
    const masterPlan = cleanText(data.settings.planName ?? '');
    if (request.plan && masterPlan !== '' && matchKey(request.plan) !== matchKey(masterPlan)) {
      conflicts.push({ ...none, kind: 'planMismatch', file: answer.file, department: request.department, from: request.plan, to: masterPlan });
      return;
    }
    // The 照会 sheet's year typed as no year (r27h 5): the file's year cannot be checked.
    if (request.yearInvalid !== '') {
      conflicts.push({ ...none, kind: 'requestYearInvalid', file: answer.file, department: request.department, to: request.yearInvalid });
      return;
    }
    if (tied.length > 0) {
      conflicts.push({ ...none, kind: 'yearTie', file: answer.file, department: request.department, other: tied.map(([y, n]) => `${y}:${n}`).join(',') });
      return;
    }
    const rowsYear = rowYears[index];
    if (rowsYear !== null && request.year !== null && rowsYear !== request.year) {
      conflicts.push({
        ...none,
        kind: 'yearSheetMismatch',
        file: answer.file,
        department: request.department,
        to: String(request.year),
        other: String(rowsYear),
      });
      return;
    }
    const fileYear = fileYears[index]?.year ?? null;
    if (fileYear !== year) {
      conflicts.push({ ...none, kind: 'yearMismatch', file: answer.file, department: request.department, to: String(fileYear ?? ''), other: String(year) });
      return;
    }
    // The 照会 sheet's department as sent, changed: whose answer the file is cannot be told (r27f F2).
    const sent = sentDepartment(answer.input, originalsOf[index]);
    if (sent !== null && matchKey(sent) !== matchKey(request.department)) {
      conflicts.push({ ...none, kind: 'departmentChanged', file: answer.file, department: request.department, from: sent, to: request.department });
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
    const found = matchFile(answer, master, plan, department, allRows, owners, conflicts, data, originalsOf[index]);
    conflicts.push(...lockedCellConflicts(answer, master, data, department.department, originalsOf[index]));
    for (const candidate of found)
      if (candidate.problem)
        errors.push({
          file: answer.file,
          department: department.department,
          sheet: candidate.sheetName,
          cell: a1(candidate.row, candidate.column),
          row: candidate.row,
          column: candidate.column,
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
      const found = isBlank(candidate.to) ? undefined : errorAt.get(`${candidate.sheetName}!${cell}`);
      // Quoted as typed (△5), not as read (-5) (r27h 8).
      const value = shown(candidate.typed ?? candidate.to);
      const problem = found && candidate.typed !== undefined ? { ...found, value, params: { ...found.params, value } } : found;
      if (problem)
        errors.push({
          file: answer.file,
          department: department.department,
          sheet: candidate.sheetName,
          cell,
          row: candidate.row,
          column: candidate.column,
          code: candidate.code,
          value,
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
  // A department that sent more than one file (a resubmission): which is the later, as its files tell it (r27f F7).
  const laterOf = new Map<string, LaterFile>();
  const departmentOf = (c: { department: string }) => matchKey(c.department);
  for (const group of byCell.values()) {
    const first = group[0];
    const cell = a1(first.row, first.column);
    if (group.every((c) => sameValue(c.to, first.to))) {
      changes.push({ ...first, cell });
      continue;
    }
    // The same department's files only: said as one department answering twice, never as two departments disagreeing.
    const again = group.every((c) => departmentOf(c) === departmentOf(first));
    for (const candidate of group) {
      const others = group.filter((c) => c.file !== candidate.file);
      let later: LaterFile | undefined;
      if (again) {
        const key = departmentOf(candidate);
        later = laterOf.get(key);
        if (!later) {
          later = laterFile(answers.filter((_answer, index) => requests[index] && matchKey(requests[index].department) === key));
          laterOf.set(key, later);
        }
      }
      conflicts.push({
        kind: again ? 'answeredAgain' : 'answeredTwice',
        file: candidate.file,
        department: candidate.department,
        sheet: candidate.sheetName,
        cell,
        code: candidate.code,
        column: cellText(plan.layouts[candidate.sheet]?.header[candidate.column] ?? ''),
        from: shown(candidate.from),
        to: shown(candidate.to),
        other: others.map((c) => c.file).join(','),
        others: others.map((c) => ({ file: c.file, department: c.department, value: shown(c.to) })),
        ...(later ? { later } : {}),
      });
    }
  }
  // Errors in the order the office reads them: by department (the 部署 sheet's order), sheet, row and column (r27f F11).
  const departmentRank = (name: string) => {
    const at = plan.departments.findIndex((d) => matchKey(d.department) === matchKey(name));
    return at < 0 ? plan.departments.length : at;
  };
  const sheetRank = (name: string) => {
    const at = ROUND_SHEETS.findIndex((sheet) => plan.layouts[sheet]?.name === name);
    return at < 0 ? ROUND_SHEETS.length : at;
  };
  errors.sort(
    (a, b) => departmentRank(a.department) - departmentRank(b.department) || sheetRank(a.sheet) - sheetRank(b.sheet) || a.row - b.row || a.column - b.column,
  );
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
  // One department's several files that never disagree: merged, and said with their names (r27h 13).
  const filesOf = new Map<string, { department: string; files: string[] }>();
  answers.forEach((answer, index) => {
    const request = requests[index];
    if (!request || conflicts.some((c) => c.file === answer.file && WHOLE_FILE.has(c.kind))) return;
    const entry = filesOf.get(matchKey(request.department)) ?? { department: request.department, files: [] };
    entry.files.push(answer.file);
    filesOf.set(matchKey(request.department), entry);
  });
  const resubmitted = [...filesOf.values()].filter(
    (entry) => entry.files.length > 1 && !conflicts.some((c) => c.kind === 'answeredAgain' && entry.files.includes(c.file)),
  );
  return {
    year,
    changes,
    conflicts,
    errors,
    files,
    merged,
    notAsked,
    resubmitted,
    completion: mergeCompletion(roundCompletion(merged, plan), errors, requests),
  };
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
