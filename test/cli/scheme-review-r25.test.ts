/**
 * The defects of the review r25 of #25, each through the built CLI on small workbooks (東丘町, after the
 * reviewer's hostile cases; figures worked out by hand in each test), each failing before its fix.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbookFile } from '../../src/cli/xlsx';
import type { CellValue, WorkbookInput } from '../../src/core/base/cells';
import { runCli, runJson } from '../support/cli';
import { tempDir, writeXlsx } from '../support/xlsx';

const AS_OF = '2026-06-30';

interface Problem {
  severity: string;
  sheet: string;
  cell: string;
  value: string;
  code: string;
  message: string;
}
interface Goal {
  name: string;
  target: number;
  cumulative: number;
  rateText: string;
  byYear: { year: number; actual: number | null; target: number | null; rateText: string }[];
}
interface Json {
  goals: Goal[];
  problems: Problem[];
}

/** 東丘町: 令和3～5年度, two perspectives, four projects, the given extra 設定 rows and sheets. */
function plan(sheets: Record<string, CellValue[][]>, settings: CellValue[][] = []): WorkbookInput {
  const base: Record<string, CellValue[][]> = {
    設定: [
      ['項目', '値'],
      ['計画名', '東丘町改革計画'],
      ['計画開始年度', '令和3年度'],
      ['計画終了年度', '令和5年度'],
      ['取組の視点', '財政\n組織'],
      ...settings,
    ],
    事業: [
      ['事業コード', '事業名', '取組の視点', '計画期間', '取組推進課'],
      ...[1, 2, 3, 4].map((i) => [`P${i}`, `事業${i}`, ((i - 1) % 2) + 1, 'R3～R5', '総務課']),
    ],
    達成事項: [
      ['事業コード', '目標年度', '達成するべき事項', '達成状況'],
      ['P1', '令和3年度', '事項1', '達成'],
    ],
  };
  return { sheets: Object.entries({ ...base, ...sheets }).map(([name, rows]) => ({ name, rows })) };
}

async function fileOf(input: WorkbookInput): Promise<string> {
  const path = join(tempDir(), 'plan.xlsx');
  await writeXlsx(path, input);
  return path;
}

const GOAL_HEADER: CellValue[] = ['項目', '目標値', '単位', '年度', '実績', '年度目標'];

test('D1: a negative 年度目標 is an error at its cell and left out of the target (負: 100, 累計 20, 20.0%)', async () => {
  const path = await fileOf(
    plan({
      目標: [GOAL_HEADER, ['負', null, '千円', '令和3年度', 10, -50], ['負', null, '千円', '令和4年度', 10, 100]],
    }),
  );
  const { json } = runJson<Json>(['summarize', path, '--as-of', AS_OF]);
  const negative = json.problems.find((p) => p.sheet === '目標' && p.cell === 'F2');
  expect(negative).toMatchObject({ severity: 'error', code: 'numberNegative' });
  expect(negative?.message).toContain('年度目標');
  const goal = json.goals.find((g) => g.name === '負');
  expect(goal).toMatchObject({ target: 100, cumulative: 20, rateText: '20.0%' });
  expect(goal?.byYear[0]).toMatchObject({ year: 2021, actual: 10, target: null, rateText: '－' });
  const terminal = runCli(['summarize', path, '--as-of', AS_OF]).stdout;
  expect(terminal).toMatch(/負\s+千円\s+令和3年度\s+－\s+10\s+－\n/);
  expect(terminal).not.toContain('-20.0%');
});

test('D2: 年度目標 on rows outside the plan years are left out of 目標値 as the warning says (100 + 100 = 200, 20 / 200 = 10.0%)', async () => {
  const path = await fileOf(
    plan({
      目標: [
        GOAL_HEADER,
        ['効果', null, '千円', '令和3年度', 10, 100],
        ['効果', null, '千円', '令和5年度', 10, 100],
        ['効果', null, '千円', '令和8年度', 999, 100],
        ['効果', null, '千円', '令和2年度', 5, 100],
      ],
    }),
  );
  const { json } = runJson<Json>(['summarize', path, '--as-of', AS_OF]);
  expect(json.problems.filter((p) => p.code === 'yearOutsidePlan').map((p) => p.cell)).toEqual(['D4', 'D5']);
  expect(json.goals[0]).toMatchObject({ target: 200, cumulative: 20, rateText: '10.0%' });
  expect(runCli(['summarize', path, '--as-of', AS_OF]).stdout).toMatch(/効果\s+千円\s+200\s+10\s+－\s+10\s+20\s+10\.0%/);
});

test('D11: an unreadable 年度目標 (百) is an error at its cell, and the row’s 実績 stays in 累計 (10 + 10 = 20, 20 / 100 = 20.0%)', async () => {
  const path = await fileOf(
    plan({
      目標: [GOAL_HEADER, ['文字', null, '千円', '令和3年度', 10, '百'], ['文字', null, '千円', '令和4年度', 10, 100]],
    }),
  );
  const { json } = runJson<Json>(['summarize', path, '--as-of', AS_OF]);
  expect(json.problems.find((p) => p.cell === 'F2')).toMatchObject({ severity: 'error', code: 'numberInvalid', value: '百' });
  expect(json.goals[0]).toMatchObject({ target: 100, cumulative: 20, rateText: '20.0%' });
  expect(json.goals[0].byYear[0]).toMatchObject({ year: 2021, actual: 10, target: null, rateText: '－' });
});

/** 南丘町: 平成30～令和2年度 (FY2018-2020), one perspective, P1 planned H30～R2 and P2 planned R1 (FY2019). */
function heiseiPlan(targets: CellValue[][]): WorkbookInput {
  return plan({
    設定: [
      ['項目', '値'],
      ['計画名', '南丘町改革計画'],
      ['計画開始年度', '平成30年度'],
      ['計画終了年度', '令和2年度'],
      ['取組の視点', '財政'],
    ],
    事業: [
      ['事業コード', '事業名', '取組の視点', '計画期間', '取組推進課'],
      ['P1', '事業1', 1, 'H30～R2', '総務課'],
      ['P2', '事業2', 1, 'R1', '財政課'],
    ],
    達成事項: [['事業コード', '目標年度', '達成するべき事項', '達成状況'], ...targets],
  });
}

test('D5: as of 2019-03-31 the 計画期間 of a project is named in 平成 (H30～R2 → H30～H32, R1 → H31) in the terminal, the 集計 sheet and the JSON', async () => {
  // 令和 began on 2019-05-01: as of 2019-03-31, FY2019 is 平成31年度 (H31) and FY2020 平成32年度 (H32) (workbook.md "Era names").
  // P1's target 令和元年度 (FY2019) is 未達成: the 未達成 list names it 平成31年度.
  const path = await fileOf(heiseiPlan([['P1', '令和元年度', '事項1', '未達成']]));
  const asOf = '2019-03-31';
  const terminal = runCli(['summarize', path, '--as-of', asOf]).stdout;
  expect(terminal).toMatch(/P1\s+事業1\s+1\s+H30～H32\s+総務課/);
  expect(terminal).toMatch(/P2\s+事業2\s+1\s+H31\s+財政課/);
  expect(terminal).toMatch(/未達成\s+P1\s+事業1\s+平成31年度\s+事項1/);
  // The tables (after the problems, whose messages quote the year as typed: a known gap) never say 令和.
  expect(terminal.slice(terminal.indexOf('【'))).not.toMatch(/R[12]|令和/);
  const { json } = runJson<{ projects: { code: string; period: string }[]; achievement: { shortfalls: { targetYear: string }[] } }>([
    'summarize',
    path,
    '--as-of',
    asOf,
  ]);
  expect(json.projects.map((p) => p.period)).toEqual(['H30～H32', 'H31']);
  expect(json.achievement.shortfalls.map((s) => s.targetYear)).toEqual(['平成31年度']);
  const out = join(tempDir(), 'sum.xlsx');
  expect(runCli(['summarize', path, '--as-of', asOf, '--out', out]).status).toBe(0);
  const summarySheet = (await readWorkbookFile(out)).sheets.find((s) => s.name === '集計');
  const texts = (summarySheet?.rows ?? []).flat().filter((v): v is string => typeof v === 'string');
  expect(texts).toContain('H30～H32');
  expect(texts).toContain('H31');
  // Only the problem's message (the year as typed: a known gap) may say 令和.
  expect(texts.filter((t) => /R[12]\b|令和/.test(t) && !t.includes('はまだ始まっていません'))).toEqual([]);
  // From 2019-05-01 the same plan says 令和: H30～R2.
  expect(runCli(['summarize', path, '--as-of', '2019-05-01']).stdout).toMatch(/P1\s+事業1\s+1\s+H30～R2\s+総務課/);
});

test('D6: a target year written 令和3年度以降 is printed as typed in the 未達成 list of the terminal, the 集計 sheet and the report, never as 令和3～5年度', async () => {
  // 東丘町 runs 令和3～5年度: 令和3年度以降 is due in 令和5年度 (the plan end), and is written as typed wherever it is printed.
  const path = await fileOf(
    plan(
      {
        事業: [
          ['事業コード', '事業名', '取組の視点', '計画期間', '取組推進課'],
          ['P1', '事業1', 1, 'R3以降', '総務課'],
        ],
        達成事項: [
          ['事業コード', '目標年度', '達成するべき事項', '達成状況'],
          ['P1', '令和3年度以降', '事項1', '未達成'],
        ],
      },
      [],
    ),
  );
  const terminal = runCli(['summarize', path, '--as-of', AS_OF]).stdout;
  expect(terminal).toMatch(/未達成\s+P1\s+事業1\s+令和3年度以降\s+事項1/);
  expect(terminal).toMatch(/P1\s+事業1\s+1\s+R3以降\s+総務課/);
  expect(terminal).not.toMatch(/令和3～5年度|R3～R5/);
  const folder = tempDir();
  const out = join(folder, 'sum.xlsx');
  runCli(['summarize', path, '--as-of', AS_OF, '--out', out]);
  const summarySheet = (await readWorkbookFile(out)).sheets.find((s) => s.name === '集計');
  const texts = (summarySheet?.rows ?? []).flat().filter((v): v is string => typeof v === 'string');
  expect(texts).toContain('令和3年度以降');
  expect(texts.filter((t) => /令和3～5年度|R3～R5/.test(t))).toEqual([]);
  const html = join(folder, 'r.html');
  expect(runCli(['report', path, '--out', html, '--as-of', AS_OF]).status).toBe(0);
  const report = readFileSync(html, 'utf8');
  expect(report).toContain('令和3年度以降');
  expect(report).not.toMatch(/令和3～5年度|R3～R5/);
  // In English: FY2021 onwards.
  const en = join(folder, 'en.html');
  runCli(['report', path, '--out', en, '--as-of', AS_OF, '--lang', 'en']);
  expect(readFileSync(en, 'utf8')).toContain('FY2021 onwards');
  expect(readFileSync(en, 'utf8')).not.toContain('FY2021-FY2023');
});

const CATEGORY_HEADER: CellValue[] = ['種類', '区分', '意味', '進捗率に含める', '別名', '定義'];
/** 達成 / 未達成 and one 未確定 label, 最終年度まで (定義 最終年度に判定). */
const UNDETERMINED_CATEGORIES: CellValue[][] = [
  CATEGORY_HEADER,
  ['達成状況', '達成', '達成'],
  ['達成状況', '未達成', '未達成'],
  ['達成状況', '最終年度まで', '未確定', null, null, '最終年度に判定'],
];

test.each([
  ['全事項', [['達成率の分母', '全事項']]],
  ['評価済み', []],
] as [string, CellValue[][]][])(
  'D8: every result 未確定 (3 of 3) under %s: the terminal, the 集計 sheet and the report say 3件すべてが未確定, never 全事項0件 or このほか3件',
  async (_denominator, settings) => {
    // 3 targets, all 最終年度まで (未確定): nothing to divide by (0 judged, 0 blank) — the shares cannot be given yet.
    const path = await fileOf(
      plan(
        {
          区分: UNDETERMINED_CATEGORIES,
          達成事項: [
            ['事業コード', '目標年度', '達成するべき事項', '達成状況'],
            ['P1', '令和3年度', '事項1', '最終年度まで'],
            ['P2', '令和4年度', '事項2', '最終年度まで'],
            ['P3', '令和5年度', '事項3', '最終年度まで'],
          ],
        },
        settings,
      ),
    );
    const terminal = runCli(['summarize', path, '--as-of', AS_OF]).stdout;
    expect(terminal).toContain('※3件すべてが未確定のため、割合はまだ出せません');
    expect(terminal).not.toContain('（0件）');
    expect(terminal).not.toContain('※未確定の事項（3件）は割合の分母に含まない');
    const folder = tempDir();
    const html = join(folder, 'r.html');
    expect(runCli(['report', path, '--out', html, '--as-of', AS_OF]).status).toBe(0);
    const report = readFileSync(html, 'utf8');
    expect(report).toContain('3件すべてが達成状況未確定のため、割合はまだ出せません。');
    expect(report).toContain('最終年度まで 3件：最終年度に判定');
    expect(report).not.toMatch(/全事項（?0件|このほか3件/);
    const en = join(folder, 'en.html');
    runCli(['report', path, '--out', en, '--as-of', AS_OF, '--lang', 'en']);
    expect(readFileSync(en, 'utf8')).toContain('All 3 targets are undetermined, so there are no shares yet.');
  },
);

test('D7: a plan that keeps targets but no 取組活動 gets its results in the report’s 総括 and in the office digest (全事項 4: 達成 計 2 = 50.0%)', async () => {
  // 全事項: 上回って達成 1 + おおむね達成 1 (both 達成) + 未達成 1 + 1 blank (未評価) = 4 in the denominator; 最終年度まで 1 (未確定) outside.
  // 達成 計 2 / 4 = 50.0%; 上回って達成 1/4 = 25.0%, おおむね達成 25.0%, 未達成 25.0%, 未評価 25.0%. The plan lists 4 projects.
  const path = await fileOf(
    plan(
      {
        区分: [
          CATEGORY_HEADER,
          ['達成状況', '上回って達成', '達成'],
          ['達成状況', 'おおむね達成', '達成'],
          ['達成状況', '未達成', '未達成'],
          ['達成状況', '最終年度まで', '未確定'],
        ],
        達成事項: [
          ['事業コード', '目標年度', '達成するべき事項', '達成状況'],
          ['P1', '令和3年度', '事項1', '上回って達成'],
          ['P2', '令和3年度', '事項2', 'おおむね達成'],
          ['P3', '令和4年度', '事項3', '未達成'],
          ['P4', '令和5年度', '事項4', null],
          ['P1', '令和5年度', '事項5', '最終年度まで'],
        ],
      },
      [
        ['達成率の分母', '全事項'],
        ['送信先', 'kikaku@example.jp'],
      ],
    ),
  );
  const folder = tempDir();
  const html = join(folder, 'r.html');
  expect(runCli(['report', path, '--out', html, '--as-of', AS_OF]).status).toBe(0);
  const conclusion = readFileSync(html, 'utf8').split('総括</h1>')[1] ?? '';
  expect(conclusion).toMatch(/までの3年間で4事業に取り組みました。割合の分母とした全事項4件のうち、達成は2件（50.0%）でした。/);
  const en = join(folder, 'en.html');
  runCli(['report', path, '--out', en, '--as-of', AS_OF, '--lang', 'en']);
  expect(readFileSync(en, 'utf8')).toContain('Achieved: 2 of all 4 targets (50.0%).');
  // The office digest of 令和5年度 (FY2023), as of 2023-10-31: the whole plan's results, with the meaning's total.
  const out = join(folder, 'digest');
  expect(runCli(['digest', path, '--month', '2023-10', '--as-of', '2023-10-31', '--out', out]).status).toBe(0);
  const office = readFileSync(join(out, '2023-10-01-office.html'), 'utf8');
  expect(office).toContain('達成状況（計画全体）');
  expect(office).toContain('割合の分母（全事項） 4件');
  expect(office).toContain(
    '上回って達成 1件（25.0%）、おおむね達成 1件（25.0%）、未達成 1件（25.0%）、最終年度まで 1件、達成 計 2件（50.0%）、未評価 1件（25.0%）',
  );
  expect(office).toContain('※未確定の事項（1件）は割合の分母に含まない');
});

test.each([
  ['全 事項 ', '全事項', 'all'],
  ['all', '全事項', 'all'],
  ['評価済', '評価済み', 'evaluated'],
])('D9: 達成率の分母 %j is accepted as %s and said as a warning at 設定!B6 (the contract: width, spacing or a known variant)', async (typed, readAs, code) => {
  const path = await fileOf(plan({}, [['達成率の分母', typed]]));
  const { json } = runJson<Json & { achievement: { denominator: string }; problems: (Problem & { suggestion?: string })[] }>([
    'summarize',
    path,
    '--as-of',
    AS_OF,
  ]);
  expect(json.achievement.denominator).toBe(code);
  const warning = json.problems.find((p) => p.sheet === '設定' && p.cell === 'B6');
  expect(warning).toMatchObject({ severity: 'warning', code: 'settingVariant', suggestion: readAs });
  expect(warning?.message).toMatch(new RegExp(`^設定「達成率の分母」の値「.+」を「${readAs}」として読みました。「${readAs}」と入力してください。$`));
});

test('D9: the canonical 全事項 draws no warning', async () => {
  const path = await fileOf(plan({}, [['達成率の分母', '全事項']]));
  const { json } = runJson<Json>(['summarize', path, '--as-of', AS_OF]);
  expect(json.problems.filter((p) => p.sheet === '設定')).toEqual([]);
});

test('D10: a misspelt value names the closest allowed one — 設定 (全項目 → 全事項, 四捨五人 → 四捨五入), a label typed in katakana (ｵｵﾑﾈ達成 → おおむね達成), a 意味 (達性 → 達成)', async () => {
  const path = await fileOf(
    plan(
      {
        区分: [
          CATEGORY_HEADER,
          ['達成状況', '達成', '達成'],
          ['達成状況', 'おおむね達成', '達成'],
          ['達成状況', '未達成', '未達成'],
          ['達成状況', 'ほぼ達成', '達性'],
        ],
        達成事項: [
          ['事業コード', '目標年度', '達成するべき事項', '達成状況'],
          ['P1', '令和3年度', '事項1', 'ｵｵﾑﾈ達成'],
        ],
      },
      [
        ['達成率の分母', '全項目'],
        ['端数処理', '四捨五人'],
      ],
    ),
  );
  const { json } = runJson<Json & { problems: (Problem & { suggestion?: string })[] }>(['summarize', path, '--as-of', AS_OF]);
  const at = (sheet: string, cell: string) => json.problems.find((p) => p.sheet === sheet && p.cell === cell);
  expect(at('設定', 'B6')).toMatchObject({ severity: 'error', code: 'settingInvalid', suggestion: '全事項' });
  expect(at('設定', 'B6')?.message).toContain('「全事項」ではありませんか。');
  expect(at('設定', 'B7')).toMatchObject({ severity: 'error', code: 'settingInvalid', suggestion: '四捨五入' });
  expect(at('区分', 'C5')).toMatchObject({ severity: 'error', code: 'categoryMeaningUnknown', suggestion: '達成' });
  expect(at('区分', 'C5')?.message).toContain('「達成」ではありませんか。');
  expect(at('達成事項', 'D2')).toMatchObject({ severity: 'error', code: 'resultUnknown', suggestion: 'おおむね達成' });
  const terminal = runCli(['validate', path, '--as-of', AS_OF]).stdout;
  expect(terminal).toMatch(/達成事項!D2: .*→ おおむね達成/);
});
