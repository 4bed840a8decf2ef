/**
 * The round's requests and completion (src/core/round), on a small plan worked out by hand for 令和8年度
 * (FY2026), due 2027-04-30:
 * - A-1 企画課; B-2 財政課、企画課 (asked of both); C-3 関係課 (unrouted); D-4 総務課 (no address in 部署);
 *   E-5 企画課 with rows of FY2025 only (not asked).
 * - 取組活動 rows 2..10 (A1 rows): A-1 活動a 済 without notes (E2), A-1 活動b blank (D3, E3), A-1 FY2025
 *   (ignored), B-2 活動c blank (D5, E5), B-2 活動d filled, C-3 blank (unrouted, 2 cells), D-4 blank (D8, E8),
 *   E-5 FY2025, X-9 unknown code (ignored).
 * - 達成事項: A-1 2024～2026 blank (D2), B-2 2026 － (D3: － is not evaluated, still asked), B-2 2027 and
 *   A-1 2025～2027 not due, D-4 2026 達成 (filled).
 * - 効果額: A-1 2026 blank (C2), B-2 2026 100 (filled), A-1 2025.
 * So 企画課 must fill E2, D3, E3, D5, E5 (取組活動), D2, D3 (達成事項), C2 (効果額): 8 cells; 財政課 D5, E5,
 * 達成事項 D3: 3 cells; 総務課 D8, E8: 2 cells.
 */
import type { CellValue, WorkbookInput } from '../../../src/core/base/cells';
import { parseDue, roundCompletion, roundRequests } from '../../../src/core/round/round';

type Rows = CellValue[][];

const PROJECTS: Rows = [
  ['事業コード', '事業名', '取組の視点', '取組推進課'],
  ['A-1', '事業a', 1, '企画課'],
  ['B-2', '事業b', 1, '財政課、企画課'],
  ['C-3', '事業c', 1, '関係課'],
  ['D-4', '事業d', 1, '総務課'],
  ['E-5', '事業e', 1, '企画課'],
];

const ACTIVITIES: Rows = [
  ['事業コード', '年度', '取組活動', '進捗状況', '取組内容・成果'],
  ['A-1', 2026, '活動a', '済', ''],
  ['A-1', 2026, '活動b', '', ''],
  ['A-1', 2025, '活動old', '済', ''],
  ['B-2', '令和8年度', '活動c', null, null],
  ['B-2', 2026, '活動d', '概ね順調', '順調に進んだ'],
  ['C-3', 2026, '活動e', '', ''],
  ['D-4', 2026, '活動f', '', ''],
  ['E-5', 2025, '活動g', '済', ''],
  ['X-9', 2026, '活動h', '', ''],
];

const TARGETS: Rows = [
  ['事業コード', '目標年度', '達成するべき事項', '達成状況', '概要'],
  ['A-1', '令和6～8年度', '目標1', '', ''],
  ['B-2', 2026, '目標2', '－', ''],
  ['B-2', 2027, '目標3', '', ''],
  ['A-1', '2025-2027', '目標4', '', ''],
  ['D-4', 2026, '目標5', '達成', ''],
];

const EFFECTS: Rows = [
  ['事業コード', '年度', '効果額（千円）', '区分'],
  ['A-1', 2026, null, '歳出削減'],
  ['B-2', 2026, 100, '歳入確保'],
  ['A-1', 2025, 50, '歳出削減'],
];

const DEPARTMENTS: Rows = [
  ['課名', 'メール'],
  ['企画課', 'kikaku@town.example.jp'],
  ['財政課', 'zaisei@town.example.jp'],
  ['財政課', 'zaisei2@town.example.jp'],
];

function workbook(change: (sheets: Record<string, Rows>) => void = () => {}): WorkbookInput {
  const sheets: Record<string, Rows> = {
    事業: PROJECTS.map((r) => [...r]),
    取組活動: ACTIVITIES.map((r) => [...r]),
    達成事項: TARGETS.map((r) => [...r]),
    効果額: EFFECTS.map((r) => [...r]),
    部署: DEPARTMENTS.map((r) => [...r]),
  };
  change(sheets);
  return { sheets: Object.entries(sheets).map(([name, rows]) => ({ name, rows })) };
}

const OPTIONS = { year: 2026, due: '2027-04-30' };

const cellsOf = (plan: ReturnType<typeof roundRequests>, name: string) =>
  plan.departments.find((d) => d.department === name)?.cells.map((c) => `${c.sheetName}!${c.cell} ${c.code} ${c.field}`);

describe('roundRequests', () => {
  test('each department gets exactly its blank cells of the year, routed by 取組推進課 and 部署', () => {
    const plan = roundRequests(workbook(), OPTIONS);
    expect(plan.year).toBe(2026);
    expect(plan.due).toBe('2027-04-30');
    expect(plan.departments.map((d) => [d.department, d.emails, d.projects])).toEqual([
      ['企画課', ['kikaku@town.example.jp'], ['A-1', 'B-2']],
      ['財政課', ['zaisei@town.example.jp', 'zaisei2@town.example.jp'], ['B-2']],
      ['総務課', [], ['D-4']],
    ]);
    expect(cellsOf(plan, '企画課')).toEqual([
      '取組活動!E2 A-1 notes',
      '取組活動!D3 A-1 status',
      '取組活動!E3 A-1 notes',
      '取組活動!D5 B-2 status',
      '取組活動!E5 B-2 notes',
      '達成事項!D2 A-1 result',
      '達成事項!D3 B-2 result',
      '効果額!C2 A-1 amount',
    ]);
    expect(cellsOf(plan, '財政課')).toEqual(['取組活動!D5 B-2 status', '取組活動!E5 B-2 notes', '達成事項!D3 B-2 result']);
    expect(cellsOf(plan, '総務課')).toEqual(['取組活動!D8 D-4 status', '取組活動!E8 D-4 notes']);
    expect(plan.unrouted).toEqual([{ code: 'C-3', name: '事業c', departments: ['関係課'], cells: 2 }]);
    expect(plan.noAddress).toEqual(['総務課']);
  });

  test('a department’s rows are all its rows of the year, filled or not, each with its identity', () => {
    const plan = roundRequests(workbook(), OPTIONS);
    const kikaku = plan.departments[0];
    expect(kikaku.rows.map((r) => `${r.sheet} ${r.row + 1} ${r.what}`)).toEqual([
      'activities 2 活動a',
      'activities 3 活動b',
      'activities 5 活動c',
      'activities 6 活動d',
      'targets 2 目標1',
      'targets 3 目標2',
      'effects 2 歳出削減',
      'effects 3 歳入確保',
    ]);
    // 令和8年度 and 2026 are one year: the identity holds the year, not its spelling.
    expect(kikaku.rows[2].key).toBe('activities|B-2|2026|活動c');
    expect(kikaku.cells[0]).toMatchObject({ sheet: 'activities', sheetName: '取組活動', row: 1, column: 4, cell: 'E2', what: '活動a' });
  });

  test('a year with no rows asks nothing of anyone', () => {
    const plan = roundRequests(workbook(), { year: 2030, due: '2031-04-30' });
    expect(plan.departments).toEqual([]);
    expect(plan.unrouted).toEqual([]);
  });

  test('a plan with its own labels: － is not evaluated, a label is an answer', () => {
    const plan = roundRequests(
      workbook((s) => {
        s.区分 = [
          ['種類', '区分', '意味'],
          ['達成状況', '一部達成', '一部未達成'],
          ['達成状況', '達成', '達成'],
          ['達成状況', '未達成', '未達成'],
        ];
        s.達成事項[1][3] = '一部達成';
      }),
      OPTIONS,
    );
    expect(cellsOf(plan, '企画課')?.filter((c) => c.startsWith('達成事項'))).toEqual(['達成事項!D3 B-2 result']);
  });
});

describe('roundCompletion', () => {
  test('before any answer: requested counts every asked cell of the year, filled those already there', () => {
    const input = workbook();
    const completion = roundCompletion(input, roundRequests(input, OPTIONS));
    // 企画課: 4 activities × 2 + 2 targets + 2 effects = 12; filled: D2 済, D6 and E6, effects C3 = 4.
    expect(completion.departments.map((d) => [d.department, d.requested, d.filled, d.errors, d.complete])).toEqual([
      ['企画課', 12, 4, 0, false],
      ['財政課', 6, 3, 0, false],
      ['総務課', 3, 1, 0, false],
    ]);
    // Distinct cells: activities rows 2,3,5,6,8 × 2 = 10, targets 3, effects 2 = 15; filled 4 + 目標5 = 5.
    expect(completion.total).toEqual({ requested: 15, filled: 5, errors: 0, departments: 3, complete: 0 });
  });

  test('answers counted where they are, errors by the plan’s rules, a shared row for both departments', () => {
    const input = workbook();
    const plan = roundRequests(input, OPTIONS);
    const answered = workbook((s) => {
      s.取組活動[2][3] = '済';
      s.取組活動[2][4] = '完了した';
      s.取組活動[5][3] = 'ZZ';
    });
    const completion = roundCompletion(answered, plan);
    expect(completion.departments.map((d) => [d.department, d.requested, d.filled, d.errors, d.complete])).toEqual([
      ['企画課', 12, 6, 1, false],
      ['財政課', 6, 3, 1, false],
      ['総務課', 3, 1, 0, false],
    ]);
    expect(completion.departments[1].errorCells.map((e) => [e.sheetName, e.cell, e.problem.code])).toEqual([['取組活動', 'D6', 'statusUnknown']]);
    expect(completion.departments[1].missing.map((c) => c.cell)).toEqual(['D5', 'E5', 'D3']);
    expect(completion.total).toEqual({ requested: 15, filled: 7, errors: 1, departments: 3, complete: 0 });
  });

  test('every cell filled and valid: complete', () => {
    const input = workbook();
    const plan = roundRequests(input, OPTIONS);
    const done = workbook((s) => {
      s.取組活動[7][3] = '遅れ';
      s.取組活動[7][4] = '用地交渉が長引いた';
    });
    const somu = roundCompletion(done, plan).departments[2];
    expect([somu.requested, somu.filled, somu.errors, somu.complete, somu.missing]).toEqual([3, 3, 0, true, []]);
  });

  test('rows found again by identity after a row is inserted; a row removed counts as not filled', () => {
    const input = workbook();
    const plan = roundRequests(input, OPTIONS);
    const moved = workbook((s) => {
      s.取組活動.splice(1, 0, ['A-1', 2026, '活動new', '', '']);
      s.取組活動[8][3] = '済';
      s.取組活動[8][4] = '済んだ';
      s.達成事項.splice(1, 1);
    });
    const [kikaku, , somu] = roundCompletion(moved, plan).departments;
    expect([somu.requested, somu.filled, somu.complete]).toEqual([3, 3, true]);
    // 企画課: 目標1 removed (1 cell, not filled); the new row is not the round's.
    expect([kikaku.requested, kikaku.filled, kikaku.rowsGone.map((r) => r.what), kikaku.complete]).toEqual([12, 4, ['目標1'], false]);
    expect(kikaku.missing.map((c) => `${c.sheetName}!${c.cell}`)).toContain('取組活動!E3');
  });
});

test('parseDue takes a real date only', () => {
  expect(parseDue(' 2027-04-30 ')).toBe('2027-04-30');
  expect(parseDue('2027-02-30')).toBeNull();
  expect(parseDue('2027/04/30')).toBeNull();
});
