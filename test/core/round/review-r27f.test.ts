/**
 * The round's core after the review r27f (F-numbers): the year a file answers is its rows' (F1), the locked
 * cells of its 事業 and 照会 sheets (F2), a deadline against the fiscal year (F4), one department's two files
 * (F7), errors in the office's order (F11), a department's number whatever its address (F12). The plan: A-1
 * 企画課, B-2 財政課・企画課, FY2026, due 2027-04-30; 事業 rows 2-3, 取組活動 rows 2-4 (活動a, 活動b of A-1;
 * 活動c of B-2), 効果額 row 2 (A-1). Each figure below is worked out by hand in its comment.
 */
import type { CellValue, WorkbookInput } from '../../../src/core/base/cells';
import { readWorkbook } from '../../../src/core/read/read';
import {
  type AnswerFile,
  conflictText,
  departmentFile,
  dueAgainstYear,
  laterFile,
  mergeAnswers,
  mergeErrorText,
  roundRequests,
} from '../../../src/core/round/round';

type Rows = CellValue[][];

function master(
  departments: Rows = [
    ['企画課', 'kikaku@town.example.jp'],
    ['財政課', 'zaisei@town.example.jp'],
  ],
): WorkbookInput {
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
    効果額: [
      ['事業コード', '年度', '効果額（千円）', '区分'],
      ['A-1', 2026, null, '歳出削減'],
    ],
    部署: [['課名', 'メール'], ...departments],
  };
  return { sheets: Object.entries(sheets).map(([name, rows]) => ({ name, rows })) };
}

/** A department's file as the split writes it (every sheet, 事業 and the hidden values as sent), then changed by `change`. */
function fileOf(input: WorkbookInput, department: string, change: (sheets: Map<string, Rows>) => void = () => {}, name = `${department}.xlsx`): AnswerFile {
  const data = readWorkbook(input);
  const plan = roundRequests(input, { year: 2026, due: '2027-04-30' }, data);
  const found = plan.departments.find((d) => d.department === department);
  if (!found) throw new Error(department);
  const file = departmentFile(input, data, plan, found, 'ja');
  const sheets = new Map<string, Rows>([
    [file.requestSheet, file.request],
    ...file.sheets.map((sheet): [string, Rows] => [sheet.name, sheet.rows]),
    ['事業', file.projects],
    ['照会_元の値', file.originals],
  ]);
  const copy = new Map([...sheets].map(([key, rows]): [string, Rows] => [key, rows.map((row) => [...row])]));
  change(copy);
  return { file: name, input: { sheets: [...copy].map(([sheetName, rows]) => ({ name: sheetName, rows })) } };
}

const sheet = (sheets: Map<string, Rows>, name: string): Rows => {
  const rows = sheets.get(name);
  if (!rows) throw new Error(name);
  return rows;
};

describe('F4: a deadline against the fiscal year it asks about (one rule for split and the add-on)', () => {
  test('before the year begins is refused; before it ends is said; after it ends is the usual round', () => {
    // FY2028 runs from 2028-04-01 to 2029-03-31.
    expect(dueAgainstYear('2027-01-01', 2028)).toBe('beforeYear');
    expect(dueAgainstYear('2028-03-31', 2028)).toBe('beforeYear');
    expect(dueAgainstYear('2028-04-01', 2028)).toBe('beforeYearEnd');
    // r27h 9: the year's last day is not before the year ends.
    expect(dueAgainstYear('2029-03-31', 2028)).toBe('onYearEnd');
    expect(dueAgainstYear('2029-03-30', 2028)).toBe('beforeYearEnd');
    expect(dueAgainstYear('2029-04-01', 2028)).toBeNull();
    expect(dueAgainstYear('2029-06-30', 2028)).toBeNull();
  });
});

describe('F1: the year a file answers is its rows’ year, never its 照会 sheet’s alone', () => {
  test('a 照会 sheet naming 2025 over rows of 2026: a conflict, nothing of the file merged, and the round stays 2026', () => {
    const input = master();
    const altered = fileOf(input, '財政課', (sheets) => {
      sheet(sheets, '照会')[2] = ['年度', 2025];
      sheet(sheets, '取組活動')[1][3] = '遅れ';
    });
    const alone = mergeAnswers(input, [altered]);
    // Before: the round became 2025 and every row of the file was 「not in the master」 (a conflict per row and per master row).
    expect(alone.year).toBe(2026);
    expect(alone.conflicts.map((c) => [c.kind, c.to, c.other])).toEqual([['yearSheetMismatch', '2025', '2026']]);
    expect(alone.changes).toEqual([]);
    expect(conflictText(alone.conflicts[0], 'ja')).toContain('照会シートの年度は令和7年度ですが、回答の行は令和8年度の行です');
    expect(conflictText(alone.conflicts[0], 'en')).toContain('its 照会 sheet names FY2025, but its rows are of FY2026');
    // With 企画課's file of 2026: no tie of two years (before: 「年度が分かれています」 and nothing merged); 企画課's answer is merged.
    const both = mergeAnswers(input, [altered, fileOf(input, '企画課', (sheets) => (sheet(sheets, '取組活動')[2][3] = '済'))]);
    expect(both.conflicts.map((c) => [c.kind, c.file])).toEqual([['yearSheetMismatch', '財政課.xlsx']]);
    expect(both.changes.map((c) => [c.file, c.cell, c.to])).toEqual([['企画課.xlsx', 'D3', '済']]);
  });
});

describe('F2: a locked cell of the 事業 sheet or the 照会 sheet’s deadline changed is a conflict, never dropped in silence', () => {
  test('事業 取組推進課 and the deadline changed: two conflicts naming the master’s 事業 cell and the answer file’s cells; the answer is still merged', () => {
    const input = master();
    const answer = fileOf(input, '財政課', (sheets) => {
      // 財政課's file holds 事業 B-2 alone (file row 2; master row 3).
      sheet(sheets, '事業')[1][3] = '財政課';
      sheet(sheets, '照会')[3] = ['回答期限', '2027-06-30'];
      sheet(sheets, '取組活動')[1][3] = '遅れ';
    });
    const result = mergeAnswers(input, [answer]);
    expect(result.conflicts.map((c) => [c.kind, c.sheet, c.cell, c.fileRef, c.column, c.from, c.to])).toEqual([
      ['lockedCellChanged', '事業', 'D3', 'D2', '取組推進課', '財政課、企画課', '財政課'],
      ['lockedCellChanged', '照会', '', 'B4', '回答期限', '2027-04-30', '2027-06-30'],
    ]);
    expect(result.conflicts.map((c) => conflictText(c, 'ja'))).toEqual([
      '事業 D3（回答ファイルのD2）: 変更できないセル（取組推進課）が回答ファイルで変えられています（「財政課、企画課」→「財政課」）。取りまとめ先には取り込みません',
      '照会（回答ファイルのB4）: 変更できないセル（回答期限）が回答ファイルで変えられています（「2027-04-30」→「2027-06-30」）。取りまとめ先には取り込みません',
    ]);
    // The master's 事業 is as it was; the answer cell is merged.
    expect(result.merged.sheets[0].rows).toEqual(input.sheets[0].rows);
    expect(result.changes.map((c) => c.cell)).toEqual(['D4']);
  });

  test('the office corrects a project name after the split: not the department’s change, no conflict', () => {
    const input = master();
    const answer = fileOf(input, '財政課');
    const corrected: WorkbookInput = { sheets: input.sheets.map((s) => ({ ...s, rows: s.rows.map((row) => [...row]) })) };
    corrected.sheets[0].rows[2][1] = '事業B';
    expect(mergeAnswers(corrected, [answer]).conflicts).toEqual([]);
  });

  test('a file made before the values as sent were kept: its 事業 compared with the master’s, the author not told', () => {
    const input = master();
    const answer = fileOf(input, '財政課', (sheets) => {
      sheet(sheets, '事業')[1][1] = '改ざん';
      sheet(sheets, '照会_元の値').splice(
        1,
        Number.POSITIVE_INFINITY,
        ...sheet(sheets, '照会_元の値')
          .slice(1)
          .filter((row) => row[0] === '取組活動'),
      );
    });
    const result = mergeAnswers(input, [answer]);
    expect(result.conflicts.map((c) => [c.kind, c.cell, c.from, c.to])).toEqual([['lockedCellDiffers', 'B3', '事業b', '改ざん']]);
  });

  test('the 照会 sheet’s department changed to another asked: nothing of the file merged', () => {
    const input = master();
    const answer = fileOf(input, '財政課', (sheets) => {
      sheet(sheets, '照会')[1] = ['部署', '企画課'];
      sheet(sheets, '取組活動')[1][3] = '遅れ';
    });
    const result = mergeAnswers(input, [answer]);
    expect(result.conflicts.map((c) => [c.kind, c.from, c.to])).toEqual([['departmentChanged', '財政課', '企画課']]);
    expect(result.changes).toEqual([]);
  });
});

describe('F7: one department’s two files are said as a resubmission, with the later one when the files tell it', () => {
  const at = (iso: string) => new Date(iso);

  test('by the workbooks’ own save times; else by the files’ times; else not told', () => {
    const a = { file: 'a.xlsx', input: { sheets: [] } };
    const b = { file: 'b.xlsx', input: { sheets: [] } };
    // 2027-04-20T01:00Z is 10:00 in Japan.
    expect(
      laterFile([
        { ...a, saved: at('2027-04-20T01:00:00Z') },
        { ...b, saved: at('2027-04-25T00:00:00Z') },
      ]),
    ).toEqual({
      source: 'workbook',
      times: [
        { file: 'a.xlsx', time: '2027-04-20 10:00' },
        { file: 'b.xlsx', time: '2027-04-25 09:00' },
      ],
      file: 'b.xlsx',
    });
    // The same save time (a copy): the files' times tell.
    const same = at('2027-04-01T00:00:00Z');
    expect(
      laterFile([
        { ...a, saved: same, modified: at('2027-04-26T00:00:00Z') },
        { ...b, saved: same, modified: at('2027-04-21T00:00:00Z') },
      ]).file,
    ).toBe('a.xlsx');
    expect(laterFile([a, b])).toEqual({ source: null, times: [], file: null });
  });

  test('財政課 answers twice, the later file correcting the earlier: one department answering twice, neither merged', () => {
    const input = master();
    const first = { ...fileOf(input, '財政課', (sheets) => (sheet(sheets, '取組活動')[1][3] = '遅れ'), 'first.xlsx'), saved: at('2027-04-20T01:00:00Z') };
    const second = { ...fileOf(input, '財政課', (sheets) => (sheet(sheets, '取組活動')[1][3] = '済'), 'second.xlsx'), saved: at('2027-04-25T00:00:00Z') };
    const result = mergeAnswers(input, [first, second]);
    expect(result.changes).toEqual([]);
    expect(result.conflicts.map((c) => [c.kind, c.file, c.cell, c.to])).toEqual([
      ['answeredAgain', 'first.xlsx', 'D4', '遅れ'],
      ['answeredAgain', 'second.xlsx', 'D4', '済'],
    ]);
    expect(conflictText(result.conflicts[0], 'ja')).toBe(
      '取組活動 D4（B-2 進捗状況）: 財政課から回答ファイルが複数あり、このファイルでは「遅れ」、second.xlsxでは「済」です。ブックの保存日時は first.xlsx 2027-04-20 10:00、second.xlsx 2027-04-25 09:00 で、新しいのは second.xlsx です。どちらも取り込んでいません。使うファイルだけを指定して取りまとめ直してください',
    );
    // Before: 「…but second.xlsx（済） differs」, as if two departments disagreed, full-width brackets in English (F10).
    expect(conflictText(result.conflicts[1], 'en')).toBe(
      '取組活動 D4 (B-2 進捗状況): 財政課 sent more than one answer file: "済" in this one, "遅れ" in first.xlsx. The workbooks were saved 2027-04-20 10:00 (first.xlsx), 2027-04-25 09:00 (second.xlsx): the later is second.xlsx. Neither is merged: merge again with only the file to keep',
    );
  });

  test('F10: two departments disagreeing are named with their files, in plain English punctuation', () => {
    const input = master();
    const kikaku = fileOf(input, '企画課', (sheets) => (sheet(sheets, '取組活動')[3][3] = '済'));
    const zaisei = fileOf(input, '財政課', (sheets) => (sheet(sheets, '取組活動')[1][3] = '遅れ'));
    const result = mergeAnswers(input, [kikaku, zaisei]);
    expect(result.conflicts.map((c) => c.kind)).toEqual(['answeredTwice', 'answeredTwice']);
    const english = conflictText(result.conflicts[0], 'en');
    expect(english).toBe('取組活動 D4 (B-2 進捗状況): answered "済", but 財政課 (財政課.xlsx) answered "遅れ"; neither is merged');
    expect(english).not.toMatch(/[（）]| differs/);
    expect(conflictText(result.conflicts[1], 'ja')).toBe(
      '取組活動 D4（B-2 進捗状況）: 「遅れ」と回答していますが、企画課（企画課.xlsx）は「済」と回答しています。どちらも取り込んでいません',
    );
  });
});

describe('F11: errors by department, sheet and row; an amount too large is said as not merged', () => {
  test('財政課’s file given first still comes after 企画課 (部署 order), and within 企画課 by sheet and row', () => {
    const input = master();
    const zaisei = fileOf(input, '財政課', (sheets) => (sheet(sheets, '取組活動')[1][3] = 'ZZ'));
    const kikaku = fileOf(input, '企画課', (sheets) => {
      sheet(sheets, '効果額')[1][2] = 1e17;
      sheet(sheets, '取組活動')[2][3] = 'QQ';
    });
    // Given as 財政課, 企画課: before, 財政課's error came first and 企画課's 効果額 C2 before its 取組活動 D3.
    const result = mergeAnswers(input, [zaisei, kikaku]);
    expect(result.errors.map((e) => [e.department, e.sheet, e.cell])).toEqual([
      ['企画課', '取組活動', 'D3'],
      ['企画課', '効果額', 'C2'],
      ['財政課', '取組活動', 'D4'],
    ]);
    const tooLarge = result.errors[1];
    expect(mergeErrorText(tooLarge, 'en')).not.toContain('left out of every sum');
    expect(mergeErrorText(tooLarge, 'ja')).not.toContain('集計から除きました');
    expect(mergeErrorText(tooLarge, 'en')).toMatch(/is too large to be summed exactly .*; not merged$/);
  });
});

describe('F12: a department’s number is its place in 部署, whatever its address', () => {
  test('企画課 with a blank address keeps 1, 財政課 2 (before: 企画課 moved to the end, 財政課 became 1)', () => {
    const blank = master([
      ['企画課', null],
      ['財政課', 'zaisei@town.example.jp'],
    ]);
    const plan = roundRequests(blank, { year: 2026, due: '2027-04-30' });
    expect(plan.departments.map((d) => [d.department, d.number, d.emails.length])).toEqual([
      ['企画課', 1, 0],
      ['財政課', 2, 1],
    ]);
    // A department 部署 does not name comes after every one it does.
    const unnamed = roundRequests(master([['財政課', 'zaisei@town.example.jp']]), { year: 2026, due: '2027-04-30' });
    expect(unnamed.departments.map((d) => [d.department, d.number])).toEqual([
      ['財政課', 1],
      ['企画課', 2],
    ]);
  });
});
