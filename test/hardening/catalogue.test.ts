/**
 * The bad-input catalogue: each case names the input, the problems expected
 * (sheet, cell, severity), and proves the input is left unchanged — through
 * the command line on an .xlsx file and through the built bundle in the stand-in.
 */
import { join } from 'node:path';
import type { CellValue, WorkbookInput } from '../../src/core/base/cells';
import type { ProblemView } from '../../src/core/words/problems';
import { runCli } from '../support/cli';
import { sheet, smallWorkbook } from '../support/example';
import { sheetStates, standInWith } from '../support/standin';
import { sha256, tempDir, writeXlsx } from '../support/xlsx';

jest.setTimeout(60_000);

type Expected = [sheet: string, cell: string, severity: 'error' | 'warning' | 'info'];

interface Case {
  name: string;
  change: (input: WorkbookInput) => void;
  expected: Expected[];
  /** Fiscal-year date results are judged against (CLI --as-of; the stand-in's clock). */
  asOf?: string;
}

const jstDate = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - 9 * 3600_000);
const rows = (input: WorkbookInput, name: string) => sheet(input, name).rows;
const set = (input: WorkbookInput, name: string, r: number, c: number, value: CellValue) => {
  rows(input, name)[r][c] = value;
};

const CASES: Case[] = [
  { name: 'a clean workbook', change: () => {}, expected: [] },
  {
    // #25: 取組活動 is required only where 達成事項 has no rows: with both gone, an error at 取組活動 names both.
    name: 'missing required sheet',
    change: (input) => {
      input.sheets = input.sheets.filter((s) => s.name !== '取組活動' && s.name !== '達成事項');
    },
    expected: [
      ['取組活動', 'A1', 'error'],
      ['達成事項', 'A1', 'info'],
    ],
  },
  {
    name: 'no 取組活動, with 達成事項 rows (a plan that tracks results only)',
    change: (input) => {
      input.sheets = input.sheets.filter((s) => s.name !== '取組活動');
    },
    expected: [['取組活動', 'A1', 'info']],
  },
  { name: 'missing required column', change: (input) => set(input, '取組活動', 0, 3, '状態'), expected: [['取組活動', '1:1', 'error']] },
  {
    name: 'duplicate headers',
    change: (input) => {
      for (const row of rows(input, '取組活動')) row[5] = row === rows(input, '取組活動')[0] ? '年度' : 'x';
    },
    expected: [['取組活動', 'F1', 'error']],
  },
  { name: 'duplicate project codes', change: (input) => rows(input, '事業').push(['0701-01', '重複した事業', 1]), expected: [['事業', 'A4', 'error']] },
  { name: 'unknown codes', change: (input) => set(input, '取組活動', 1, 0, '9999-99'), expected: [['取組活動', 'A2', 'error']] },
  {
    name: 'blank rows in the middle are skipped',
    change: (input) => {
      rows(input, '取組活動').splice(2, 0, [], [null, '', '  ', null, null], ['\u200B', '', '', '', '']);
    },
    expected: [],
  },
  { name: 'a merged-cell blank below a value', change: (input) => set(input, '取組活動', 2, 0, null), expected: [['取組活動', 'A3', 'error']] },
  {
    name: 'formula error values #N/A, #REF!, #DIV/0!',
    change: (input) => {
      set(input, '取組活動', 1, 3, '#N/A');
      set(input, '取組活動', 2, 1, '#REF!');
      set(input, '効果額', 1, 2, '#DIV/0!');
    },
    expected: [
      ['取組活動', 'D2', 'error'],
      ['取組活動', 'B3', 'error'],
      ['効果額', 'C2', 'error'],
    ],
  },
  {
    name: 'a Date in a year column is a fiscal year; in a status column an error',
    change: (input) => {
      set(input, '取組活動', 1, 1, jstDate(2020, 6, 1));
      set(input, '取組活動', 2, 3, jstDate(2020, 6, 1));
    },
    expected: [['取組活動', 'D3', 'error']],
  },
  {
    name: 'numbers stored as text are read as numbers',
    change: (input) => {
      set(input, '取組活動', 1, 1, '2020');
      set(input, '効果額', 2, 2, '250');
      set(input, '施設面積', 1, 3, '100.50');
      set(input, '事業', 1, 2, '1');
    },
    expected: [],
  },
  {
    name: 'negative and non-numeric amounts and areas',
    change: (input) => {
      set(input, '効果額', 1, 2, -5);
      set(input, '効果額', 2, 2, '多い');
      set(input, '施設面積', 1, 3, -100);
      set(input, '施設面積', 2, 3, 'abc');
    },
    expected: [
      ['効果額', 'C2', 'error'],
      ['効果額', 'C3', 'error'],
      ['施設面積', 'D2', 'error'],
      ['施設面積', 'D3', 'error'],
    ],
  },
  {
    name: 'years outside the plan',
    change: (input) => rows(input, '取組活動').push(['0701-01', '令和9年度', '計画外の活動', '済']),
    expected: [['取組活動', 'B6', 'warning']],
  },
  {
    name: 'a target result typed for a year not reached',
    change: (input) => rows(input, '達成事項').push(['0701-01', '令和5年度', '将来の目標', '達成']),
    expected: [['達成事項', 'D5', 'warning']],
    asOf: '2021-06-01',
  },
  { name: 'a 1,000,000-character cell', change: (input) => set(input, '取組活動', 1, 2, 'あ'.repeat(1_000_000)), expected: [['取組活動', 'C2', 'warning']] },
  {
    name: 'emoji and surrogate pairs',
    change: (input) => {
      set(input, '取組活動', 1, 3, '😀済');
      set(input, '取組活動', 2, 0, '0701-01😀');
      set(input, '事業', 1, 1, '𠮷野家との連携事業 🍚');
    },
    expected: [
      ['取組活動', 'D2', 'error'],
      ['取組活動', 'A3', 'error'],
    ],
  },
  {
    name: 'zero-width spaces, NBSP and right-to-left marks inside codes and statuses',
    change: (input) => {
      set(input, '取組活動', 1, 0, '0701\u200B-01');
      set(input, '取組活動', 2, 3, '済\u200F');
      set(input, '取組活動', 3, 3, '遅\u00A0れ');
    },
    expected: [
      ['取組活動', 'A2', 'warning'],
      ['取組活動', 'D3', 'warning'],
      ['取組活動', 'D4', 'warning'],
    ],
  },
  {
    name: 'a sheet with 100,000 empty rows after the data',
    change: (input) => {
      const activities = rows(input, '取組活動');
      for (let i = 0; i < 100_000; i++) activities.push([null, '', null, null, null]);
    },
    expected: [],
  },
];

function found(problems: ProblemView[]): Expected[] {
  return problems.map((p) => [p.sheet, p.cell, p.severity]);
}

describe.each(CASES)('$name', ({ change, expected, asOf }) => {
  const input = smallWorkbook();
  change(input);

  test('through the command line: the problems expected, the file byte-identical', async () => {
    const path = join(tempDir(), 'case.xlsx');
    await writeXlsx(path, input);
    const before = sha256(path);
    const result = runCli(['validate', path, '--json', ...(asOf ? ['--as-of', asOf] : ['--as-of', '2024-06-01'])]);
    expect(result.status).toBe(expected.some((e) => e[2] === 'error') ? 1 : 0);
    const json = JSON.parse(result.stdout) as { problems: ProblemView[] };
    expect(found(json.problems)).toEqual(expected);
    for (const problem of json.problems) expect(problem.message.length).toBeLessThan(400);
    expect(sha256(path)).toBe(before);
  });

  test('through the bundle in the stand-in: the same problems, the input sheets unchanged', () => {
    const standIn = standInWith(input);
    standIn.rt.now = () => (asOf ? new Date(`${asOf}T00:00:00+09:00`) : jstDate(2024, 6, 1));
    const names = input.sheets.map((s) => s.name);
    const before = sheetStates(standIn, names);
    const outcome = standIn.run<{ problems: ProblemView[] }>('sidebarValidate');
    expect(found(outcome.problems)).toEqual(expected);
    standIn.run('sidebarRegenerate');
    expect(sheetStates(standIn, names)).toEqual(before);
  });
});
