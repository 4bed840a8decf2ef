/**
 * mergeAnswers and the department file (src/core/round), pure: the files made by departmentFile, answered
 * in memory, merged back. The plan: A-1 企画課, B-2 財政課、企画課, FY2026 (figures as in requests.test.ts).
 */
import type { CellValue, WorkbookInput } from '../../../src/core/base/cells';
import { readWorkbook } from '../../../src/core/read/read';
import { type AnswerFile, departmentFile, mergeAnswers, roundRequests, sameValue } from '../../../src/core/round/round';

type Rows = CellValue[][];

function master(): WorkbookInput {
  const sheets: Record<string, Rows> = {
    事業: [
      ['事業コード', '事業名', '取組の視点', '取組推進課'],
      ['A-1', '事業a', 1, '企画課'],
      ['B-2', '事業b', 1, '財政課、企画課'],
    ],
    取組活動: [
      ['事業コード', '年度', '取組活動', '進捗状況', '取組内容・成果'],
      ['A-1', 2026, '活動a', '済', '済んだ'],
      ['A-1', 2026, '活動b', null, null],
      ['B-2', 2026, '活動c', null, null],
    ],
    部署: [
      ['課名', 'メール'],
      ['企画課', 'kikaku@town.example.jp'],
      ['財政課', 'zaisei@town.example.jp'],
    ],
  };
  return { sheets: Object.entries(sheets).map(([name, rows]) => ({ name, rows })) };
}

/** A department's file as the split writes it, then changed by `answer` (rows of its 取組活動, header first). */
function fileOf(input: WorkbookInput, department: string, answer: (rows: Rows) => void = () => {}, name = `${department}.xlsx`): AnswerFile {
  const data = readWorkbook(input);
  const plan = roundRequests(input, { year: 2026, due: '2027-04-30' }, data);
  const found = plan.departments.find((d) => d.department === department);
  if (!found) throw new Error(department);
  const file = departmentFile(input, data, plan, found, 'ja');
  const rows = file.sheets[0].rows.map((row) => [...row]);
  answer(rows);
  return {
    file: name,
    input: {
      sheets: [
        { name: file.requestSheet, rows: file.request },
        { name: file.sheets[0].name, rows },
        { name: '照会_元の値', rows: file.originals },
        // The 事業 sheet sent for reference (last here, so the sheets above keep their places): a file without it is a conflict (r27h 6).
        { name: '事業', rows: file.projects },
      ],
    },
  };
}

test('the department file: its rows with 元の行, its answer cells, its 照会 sheet', () => {
  const input = master();
  const data = readWorkbook(input);
  const plan = roundRequests(input, { year: 2026, due: '2027-04-30' }, data);
  const file = departmentFile(input, data, plan, plan.departments[1], 'ja');
  expect(file.department).toBe('財政課');
  expect(file.sheets[0].rows).toEqual([
    ['事業コード', '年度', '取組活動', '進捗状況', '取組内容・成果', '元の行'],
    ['B-2', 2026, '活動c', null, null, 4],
  ]);
  expect(file.sheets[0].answerCells).toEqual([
    { row: 1, column: 3 },
    { row: 1, column: 4 },
  ]);
  expect(file.request.slice(1, 4)).toEqual([
    ['部署', '財政課'],
    ['年度', 2026],
    ['回答期限', '2027-04-30'],
  ]);
});

test('files returned as they were: nothing merged, no conflict', () => {
  const input = master();
  const result = mergeAnswers(input, [fileOf(input, '企画課'), fileOf(input, '財政課')]);
  expect([result.changes, result.conflicts, result.errors]).toEqual([[], [], []]);
  expect(result.merged.sheets[1].rows).toEqual(input.sheets[1].rows);
  expect(result.files.map((f) => [f.file, f.department, f.changes])).toEqual([
    ['企画課.xlsx', '企画課', 0],
    ['財政課.xlsx', '財政課', 0],
  ]);
});

test('two files agreeing on a shared cell: merged once; a value cleared in the answer is a conflict and the master keeps it (r27c F7)', () => {
  const input = master();
  const kikaku = fileOf(input, '企画課', (rows) => {
    rows[3][3] = '遅れ';
    rows[1][4] = null;
  });
  const zaisei = fileOf(input, '財政課', (rows) => {
    rows[1][3] = ' 遅れ';
  });
  const result = mergeAnswers(input, [kikaku, zaisei]);
  // E2 was sent as 済んだ and came back blank: never a silent clear, never a silent keep.
  expect(result.conflicts.map((c) => [c.kind, c.file, c.cell, c.from, c.to])).toEqual([['answerCleared', '企画課.xlsx', 'E2', '済んだ', '']]);
  expect(result.merged.sheets[1].rows[1][4]).toBe('済んだ');
  expect(result.changes.map((c) => [c.file, c.cell, c.to])).toEqual([['企画課.xlsx', 'D4', '遅れ']]);
  // Completion after the merge: 企画課 asks 6 cells (3 rows × 2), filled D2, E2 (kept), D4 = 3.
  expect(result.completion.departments.map((d) => [d.department, d.requested, d.filled])).toEqual([
    ['企画課', 6, 3],
    ['財政課', 2, 1],
  ]);
});

test('a late file merged into a master already merged: its blanks leave the other department’s answers', () => {
  const input = master();
  const first = mergeAnswers(input, [fileOf(input, '財政課', (rows) => (rows[1][3] = '遅れ'))]);
  expect(first.changes.map((c) => c.cell)).toEqual(['D4']);
  // 企画課's file was split from the master before 財政課's answer: B-2 活動c blank there.
  const late = fileOf(input, '企画課', (rows) => (rows[2][3] = '済'));
  const second = mergeAnswers(first.merged, [late]);
  expect(second.conflicts).toEqual([]);
  expect(second.changes.map((c) => [c.cell, c.to])).toEqual([['D3', '済']]);
  expect(second.merged.sheets[1].rows[3][3]).toBe('遅れ');
});

test('the master changed since the file was made: a value left as sent is no answer; a different answer is a conflict', () => {
  const input = master();
  const kept = fileOf(input, '企画課');
  const changed = fileOf(input, '企画課', (rows) => (rows[1][3] = '遅れ'), 'changed.xlsx');
  // The office corrects 活動a after the split: 済 → 概ね順調.
  const corrected: WorkbookInput = { sheets: input.sheets.map((sheet) => ({ ...sheet, rows: sheet.rows.map((row) => [...row]) })) };
  corrected.sheets[1].rows[1][3] = '概ね順調';
  const untouched = mergeAnswers(corrected, [kept]);
  expect([untouched.changes, untouched.conflicts]).toEqual([[], []]);
  const both = mergeAnswers(corrected, [changed]);
  expect(both.changes).toEqual([]);
  expect(both.conflicts.map((c) => [c.kind, c.cell, c.from, c.to, c.other])).toEqual([['changedSince', 'D2', '概ね順調', '遅れ', '済']]);
});

/** A file of 2025 as last year's split made it: its rows are of 2025 (the year column), not only its 照会 sheet (r27f F1). */
const lastYear = (rows: Rows) => {
  for (const row of rows.slice(1)) row[1] = 2025;
};

test('files that are no answer to this round: not an answer file, another year, a department not asked', () => {
  const input = master();
  // A file made for 総務課 (its 照会 sheet as sent says so too): not a department of this round.
  const other = fileOf(input, '企画課', () => {}, 'other.xlsx');
  other.input.sheets[0].rows[1] = ['部署', '総務課'];
  for (const row of other.input.sheets[2].rows) if (row[0] === '照会' && row[1] === 2) row[3] = '総務課';
  // 企画課's file whose 照会 sheet was changed to name 財政課: whose answer it is cannot be told (r27f F2).
  const renamed = fileOf(input, '企画課', (rows) => (rows[2][3] = '済'), 'renamed.xlsx');
  renamed.input.sheets[0].rows[1] = ['部署', '財政課'];
  const year = fileOf(input, '財政課', lastYear, 'year.xlsx');
  year.input.sheets[0].rows[2] = ['年度', 2025];
  const result = mergeAnswers(input, [fileOf(input, '企画課'), { file: 'plain.xlsx', input }, other, renamed, year]);
  expect(result.conflicts.map((c) => [c.kind, c.file, c.from, c.to, c.other])).toEqual([
    ['notAnswerFile', 'plain.xlsx', '', '', ''],
    ['unknownDepartment', 'other.xlsx', '', '', '企画課、財政課'],
    ['departmentChanged', 'renamed.xlsx', '企画課', '財政課', ''],
    ['yearMismatch', 'year.xlsx', '', '2025', '2026'],
  ]);
  expect(result.changes).toEqual([]);
});

test('last year’s file given first: the round is the year most files name, and only that file is another year', () => {
  const input = master();
  const old = fileOf(input, '財政課', lastYear, 'last-year.xlsx');
  old.input.sheets[0].rows[2] = ['年度', 2025];
  const result = mergeAnswers(input, [old, fileOf(input, '企画課', (rows) => (rows[2][3] = '済')), fileOf(input, '財政課', (rows) => (rows[1][3] = '遅れ'))]);
  expect(result.year).toBe(2026);
  expect(result.conflicts.map((c) => [c.kind, c.file, c.to, c.other])).toEqual([['yearMismatch', 'last-year.xlsx', '2025', '2026']]);
  expect(result.changes).toHaveLength(2);
  // One file against one: a tie is no answer (r27c F6: the later year used to win): nothing merged, each file a yearTie naming both years.
  const tie = mergeAnswers(input, [old, fileOf(input, '企画課', (rows) => (rows[2][3] = '済'))]);
  expect(tie.changes).toEqual([]);
  expect(tie.conflicts.map((c) => [c.kind, c.file, c.other])).toEqual([
    ['yearTie', 'last-year.xlsx', '2025:1,2026:1'],
    ['yearTie', '企画課.xlsx', '2025:1,2026:1'],
  ]);
});

test('a 事業コード merged over two rows: both rows carry it in the file, and the file merges back without a conflict', () => {
  const input = master();
  input.sheets[1].rows[2][0] = null;
  input.sheets[1].merges = [{ row: 1, column: 0, numRows: 2, numColumns: 1 }];
  const answer = fileOf(input, '企画課', (rows) => {
    rows[2][3] = '済';
  });
  expect(answer.input.sheets[1].rows.map((row) => row[0])).toEqual(['事業コード', 'A-1', 'A-1', 'B-2']);
  const result = mergeAnswers(input, [answer]);
  expect(result.conflicts).toEqual([]);
  expect(result.changes.map((c) => [c.cell, c.to])).toEqual([['D3', '済']]);
});

test('a file without its 取組活動 sheet: the sheet missing, its rows not answered', () => {
  const input = master();
  const answer = fileOf(input, '財政課');
  answer.input.sheets = answer.input.sheets.slice(0, 1);
  const result = mergeAnswers(input, [answer]);
  // Only its 照会 sheet is left: the hidden 照会_元の値 went with the rest, and the file is said to be altered.
  expect(result.conflicts.map((c) => [c.kind, c.sheet])).toEqual([
    ['sheetMissing', '取組活動'],
    ['originalsMissing', ''],
  ]);
  expect(result.changes).toEqual([]);
});

test('an answer the plan refuses is an error and is not merged', () => {
  const input = master();
  const result = mergeAnswers(input, [fileOf(input, '財政課', (rows) => (rows[1][3] = 'たぶん'))]);
  expect(result.errors.map((e) => [e.cell, e.value, e.problem.code])).toEqual([['D4', 'たぶん', 'statusUnknown']]);
  expect(result.changes).toEqual([]);
});

test('sameValue: blanks, numbers, text without its edges', () => {
  expect(sameValue(null, '')).toBe(true);
  expect(sameValue(100, 100)).toBe(true);
  expect(sameValue(100, '100')).toBe(true);
  expect(sameValue('済 ', '済')).toBe(true);
  expect(sameValue('済', null)).toBe(false);
  expect(sameValue(1, 2)).toBe(false);
});
