/**
 * Any municipality's plan: its own words (区分), shares, per-year
 * achievement, headline goals (目標), money units and plan shapes.
 */
import type { CellValue, WorkbookInput } from '../../../src/core/base/cells';
import { runPipeline, summarize } from '../../../src/core/compute/pipeline';
import { reportTables } from '../../../src/core/present/tables';
import { proofread } from '../../../src/core/proofread/proofread';
import { readVocabulary } from '../../../src/core/read/read';
import type { ProblemView } from '../../../src/core/words/problems';

type Rows = CellValue[][];

/** Errors and warnings (an absent optional sheet is only a note). */
function issues(result: { problems: readonly ProblemView[] }): ProblemView[] {
  return result.problems.filter((p) => p.severity !== 'info');
}

interface Plan {
  settings?: Rows;
  categories?: Rows;
  projects?: Rows;
  activities?: Rows;
  targets?: Rows;
  effects?: Rows;
  goals?: Rows;
}

/** A workbook from the given rows (header rows included); 設定 defaults to a 2026-2027 plan rounding half up. */
function workbook(plan: Plan): WorkbookInput {
  const sheets = [
    {
      name: '設定',
      rows: plan.settings ?? [
        ['項目', '値'],
        ['計画開始年度', 2026],
        ['計画終了年度', 2027],
        ['端数処理', '四捨五入'],
      ],
    },
    {
      name: '事業',
      rows: plan.projects ?? [
        ['事業コード', '事業名', '取組の視点'],
        ['1-01', '事業A', 1],
        ['R001', '事業B', 2],
        ['A-1', '事業C', 3],
      ],
    },
    { name: '取組活動', rows: plan.activities ?? [['事業コード', '年度', '取組活動', '進捗状況']] },
  ];
  if (plan.categories) sheets.push({ name: '区分', rows: plan.categories });
  if (plan.targets) sheets.push({ name: '達成事項', rows: plan.targets });
  if (plan.effects) sheets.push({ name: '効果額', rows: plan.effects });
  if (plan.goals) sheets.push({ name: '目標', rows: plan.goals });
  return { sheets };
}

const CATEGORY_HEADER = ['種類', '区分', '意味', '進捗率に含める', '別名'];
const KANRYO: Rows = [
  CATEGORY_HEADER,
  ['進捗状況', '未着手', '未着手', '', ''],
  ['進捗状況', '取組中', '概ね順調', '', '実施中、継続中'],
  ['進捗状況', '完了', '済', '', ''],
];

/** n activity rows of one status in one year, spread over the three projects. */
function activities(year: CellValue, status: string, n: number): Rows {
  const codes = ['1-01', 'R001', 'A-1'];
  return Array.from({ length: n }, (_, i) => [codes[i % 3], year, `活動${status}${i}`, status]);
}

describe('区分: the plan’s own progress words', () => {
  // The published example: 未着手 1 (2.1%), 取組中 40 (83.3%), 完了 7 (14.6%) of 48 items.
  const input = workbook({
    categories: KANRYO,
    activities: [
      ['事業コード', '年度', '取組活動', '進捗状況'],
      ...activities(2026, '未着手', 1),
      ...activities(2026, '取組中', 40),
      ...activities(2026, '完了', 7),
    ],
  });
  let summary: ReturnType<typeof summarize>;
  // beforeEach, not beforeAll: a mutation run switches a mutant on per test (reports/mutation-record-2026.md).
  beforeEach(() => {
    summary = summarize(input);
  });

  test('every label gets its count and its share, half up, in the declared order', () => {
    expect(issues(summary)).toEqual([]);
    const fy2026 = summary.progress.find((p) => p.year === 2026);
    expect(fy2026?.labels.map((l) => [l.label, l.count, l.shareText])).toEqual([
      ['未着手', 1, '2.1%'],
      ['取組中', 40, '83.3%'],
      ['完了', 7, '14.6%'],
    ]);
    expect(fy2026?.counts).toEqual({ done: 7, onTrack: 40, delayed: 0, notStarted: 1, suspended: 0 });
    expect(fy2026?.rateText).toBe('97.9%');
  });

  test('a year with nothing shows zero counts and no share', () => {
    const fy2027 = summary.progress.find((p) => p.year === 2027);
    expect(fy2027).toMatchObject({ activities: 0, projects: 0, rate: null, rateText: '－' });
    expect(fy2027?.labels.map((l) => [l.count, l.share, l.shareText])).toEqual([
      [0, null, '－'],
      [0, null, '－'],
      [0, null, '－'],
    ]);
  });

  test('the seed’s 済 is an error in a plan that replaced the defaults, naming the plan’s labels', () => {
    const bad = summarize(
      workbook({
        categories: KANRYO,
        activities: [
          ['事業コード', '年度', '取組活動', '進捗状況'],
          ['1-01', 2026, 'x', '済'],
        ],
      }),
    );
    expect(issues(bad)).toEqual([
      expect.objectContaining({ severity: 'error', sheet: '取組活動', cell: 'D2', value: '済', message: expect.stringContaining('未着手 / 取組中 / 完了') }),
    ]);
  });

  test('a standard meaning typed by name is refused, with the plan’s label of that meaning suggested', () => {
    const s = summarize(
      workbook({
        categories: KANRYO,
        activities: [
          ['事業コード', '年度', '取組活動', '進捗状況'],
          ['1-01', 2026, 'x', '概ね順調'],
          ['1-01', 2026, 'y', 'done'],
        ],
      }),
    );
    expect(issues(s).map((p) => [p.severity, p.cell, p.suggestion])).toEqual([
      ['error', 'D2', '取組中'],
      ['error', 'D3', '完了'],
    ]);
  });

  test('labels typed as numbers (1 / 2 / 3) are read from number cells too', () => {
    const categories = [CATEGORY_HEADER, ['進捗状況', 1, '済', '', ''], ['進捗状況', 2, '概ね順調', '', ''], ['進捗状況', 3, '遅れ', '', '']];
    const s = summarize(
      workbook({
        categories,
        activities: [
          ['事業コード', '年度', '取組活動', '進捗状況'],
          ['1-01', 2026, 'a', 1],
          ['1-01', 2026, 'b', '3'],
          ['R001', 2026, 'c', 3],
        ],
      }),
    );
    expect(issues(s)).toEqual([]);
    expect(s.progress[0]).toMatchObject({ activities: 3, progressing: 1, rateText: '33.3%' });
  });

  test('a declared variant is accepted with a warning that names the plan’s label', () => {
    const s = summarize(
      workbook({
        categories: KANRYO,
        activities: [
          ['事業コード', '年度', '取組活動', '進捗状況'],
          ['1-01', 2026, 'x', '継続中'],
        ],
      }),
    );
    expect(issues(s)).toEqual([expect.objectContaining({ severity: 'warning', cell: 'D2', suggestion: '取組中' })]);
    expect(s.progress[0].labels[1].count).toBe(1);
  });

  test('進捗率に含める overrides the default: × on a 概ね順調 label leaves it out of the rate', () => {
    const categories = [CATEGORY_HEADER, ['進捗状況', '完了', '済', '', ''], ['進捗状況', '着手', '概ね順調', '×', '']];
    const s = summarize(
      workbook({ categories, activities: [['事業コード', '年度', '取組活動', '進捗状況'], ...activities(2026, '完了', 1), ...activities(2026, '着手', 2)] }),
    );
    expect(s.progress[0]).toMatchObject({ progressing: 1, rateText: '33.3%' });
  });

  test('A to D labels, two labels sharing a meaning are added together in counts', () => {
    const categories = [
      CATEGORY_HEADER,
      ['進捗状況', 'A', 'done', '', ''],
      ['進捗状況', 'B', '概ね順調', '', ''],
      ['進捗状況', 'C', '遅れ', '', ''],
      ['進捗状況', 'C-', '遅れ', '', ''],
    ];
    const s = summarize(
      workbook({
        categories,
        activities: [['事業コード', '年度', '取組活動', '進捗状況'], ...activities(2026, 'C', 1), ...activities(2026, 'C-', 2), ...activities(2026, 'A', 1)],
      }),
    );
    expect(issues(s)).toEqual([]);
    expect(s.progress[0].counts.delayed).toBe(3);
    expect(s.progress[0].labels.map((l) => l.count)).toEqual([1, 0, 1, 2]);
  });
});

describe('区分: mistakes are reported at their cells and the row is left out', () => {
  const categories: Rows = [
    CATEGORY_HEADER,
    ['進捗状況', '完了', '済', '', ''],
    ['進捗状況', '完了', '概ね順調', '', ''],
    ['進捗状況', '検討', 'thinking', '', ''],
    ['状況', '実施', '済', '', ''],
    ['進捗状況', '実施', '概ね順調', 'たぶん', ''],
    ['進捗状況', '取組中', '概ね順調', '', '完了'],
  ];
  const s = summarize(workbook({ categories }));
  const at = (cell: string) => s.problems.find((p) => p.sheet === '区分' && p.cell === cell);

  test('a label declared twice in one kind', () => {
    expect(at('B3')).toMatchObject({ severity: 'error', value: '完了' });
    expect(at('B3')?.message).toContain('B2');
  });

  test('a meaning that is not a standard meaning', () => {
    expect(at('C4')).toMatchObject({ severity: 'error', value: 'thinking' });
    expect(at('C4')?.message).toContain('済 / 概ね順調 / 遅れ / 未着手 / 休止');
  });

  test('an unknown kind and an unreadable 進捗率に含める', () => {
    expect(at('A5')).toMatchObject({ severity: 'error', value: '状況' });
    expect(at('D6')).toMatchObject({ severity: 'error', value: 'たぶん' });
  });

  test('a variant that is another label is ignored with a warning', () => {
    expect(at('E7')).toMatchObject({ severity: 'warning', value: '完了' });
  });

  test('what is left is the vocabulary: the good rows only', () => {
    expect(readVocabulary(workbook({ categories })).progress.labels()).toEqual(['完了', '取組中']);
    expect(readVocabulary(workbook({})).progress.labels()).toEqual(['済', '概ね順調', '遅れ', '未着手', '休止']);
  });
});

describe('達成状況 in the plan’s words, in total and per due year', () => {
  const categories: Rows = [
    CATEGORY_HEADER,
    ['達成状況', '達成', '達成', '', ''],
    ['達成状況', '部分実施', '一部未達成', '', ''],
    ['達成状況', '検討中', '未達成', '', ''],
  ];
  const targets: Rows = [
    ['事業コード', '目標年度', '達成するべき事項', '達成状況'],
    ['1-01', '令和8年度', 't1', '達成'],
    ['1-01', '令和8年度', 't2', '達成'],
    ['R001', '令和8年度', 't3', '部分実施'],
    ['R001', '令和8～9年度', 't4', '検討中'],
    ['A-1', '令和9年度', 't5', ''],
  ];
  const s = summarize(workbook({ categories, targets }));

  test('total shares and counts by meaning', () => {
    expect(issues(s)).toEqual([]);
    expect(s.achievement.labels.map((l) => [l.label, l.count, l.shareText])).toEqual([
      ['達成', 2, '50.0%'],
      ['部分実施', 1, '25.0%'],
      ['検討中', 1, '25.0%'],
    ]);
    expect(s.achievement.counts).toEqual({ achieved: 2, partial: 1, notAchieved: 1 });
  });

  test('per due year (the last year of the range): 2/3 → 66.7% half up', () => {
    expect(s.achievement.byYear.map((y) => [y.year, y.evaluated, y.labels.map((l) => l.shareText)])).toEqual([
      [2026, 3, ['66.7%', '33.3%', '0.0%']],
      [2027, 1, ['0.0%', '0.0%', '100.0%']],
    ]);
  });

  test('the shortfall list uses the plan’s labels', () => {
    expect(s.achievement.shortfalls.map((x) => [x.code, x.label])).toEqual([
      ['R001', '部分実施'],
      ['R001', '検討中'],
    ]);
  });

  test('a seed word is an error in this plan', () => {
    const bad = summarize(workbook({ categories, targets: [targets[0], ['1-01', '令和8年度', 't', '一部未達成']] }));
    expect(issues(bad)).toEqual([expect.objectContaining({ cell: 'D2', value: '一部未達成', message: expect.stringContaining('達成 / 部分実施 / 検討中') })]);
  });
});

describe('indicator judging writes the plan’s label', () => {
  test('a target without a typed result takes the plan’s first label of the judged meaning', () => {
    const categories: Rows = [
      CATEGORY_HEADER,
      ['達成状況', '達成', '達成', '', ''],
      ['達成状況', '部分実施', '一部未達成', '', ''],
      ['達成状況', '検討中', '未達成', '', ''],
    ];
    const input = workbook({
      categories,
      targets: [
        ['事業コード', '目標年度', '達成するべき事項', '達成状況'],
        ['1-01', '令和8年度', '研修', ''],
      ],
    });
    input.sheets.push({
      name: '指標',
      rows: [
        ['事業コード', '達成するべき事項', '指標名', '年度', '目標値', '実績値'],
        ['1-01', '研修', '受講率', 2026, 95, 96],
        ['1-01', '研修', '受講率', 2027, 95, 90],
      ],
    });
    const s = summarize(input, { currentYear: 2027 });
    expect(s.achievement.labels.map((l) => [l.label, l.count])).toEqual([
      ['達成', 0],
      ['部分実施', 1],
      ['検討中', 0],
    ]);
    expect(s.achievement.shortfalls.map((x) => x.label)).toEqual(['部分実施']);
  });
});

describe('目標: headline goals', () => {
  const goals: Rows = [
    ['項目', '目標値', '単位', '年度', '実績'],
    ['削減効果額', 2000, '百万円', '令和8年度', 700],
    ['削減効果額', '', '', '令和9年度', 1900],
    ['職員数の削減', 20, '人', '令和8年度', ''],
    ['施設', 100, '㎡', '令和8年度', 10],
    ['施設', 200, '㎡', '令和9年度', 10],
  ];
  const s = summarize(workbook({ goals }));

  test('cumulative and a rate over 100%', () => {
    expect(s.goals[0]).toMatchObject({
      name: '削減効果額',
      unit: '百万円',
      target: 2000,
      cumulative: 2600,
      rateText: '130.0%',
      byYear: [
        { year: 2026, actual: 700 },
        { year: 2027, actual: 1900 },
      ],
    });
  });

  test('a goal with no result yet has 0 cumulative, every year null, and no 進捗率 (－, never 0.0%: #25)', () => {
    expect(s.goals[1]).toMatchObject({ name: '職員数の削減', cumulative: 0, rate: null, rateText: '－', byYear: [{ actual: null }, { actual: null }] });
  });

  test('two different 目標値 for one goal are an error at the second, and the goal is left out', () => {
    expect(s.goals.map((g) => g.name)).toEqual(['削減効果額', '職員数の削減']);
    expect(issues(s)).toEqual([expect.objectContaining({ severity: 'error', sheet: '目標', cell: 'B6', value: '200' })]);
  });
});

describe('金額単位', () => {
  const effects = (header: string): Rows => [
    ['事業コード', '年度', header],
    ['1-01', 2026, 12.5],
    ['R001', 2026, '1,000百万円'],
    ['A-1', 2027, 0.1],
    ['A-1', 2027, 0.2],
  ];
  const settings: Rows = [
    ['項目', '値'],
    ['計画開始年度', 2026],
    ['計画終了年度', 2027],
    ['金額単位', '百万円'],
  ];

  test('amounts are summed in 百万円, exactly, and the JSON names the unit', () => {
    const s = summarize(workbook({ settings, effects: effects('効果額（百万円）') }));
    expect(issues(s)).toEqual([]);
    expect(s.effects).toMatchObject({ unit: 'million yen', unitLabel: '百万円', total: 1012.8 });
    expect(s.effects.byYear.map((e) => e.amount)).toEqual([1012.5, 0.3]);
  });

  test('a 効果額 header naming another unit is an error, and no amount of it is summed', () => {
    const s = summarize(workbook({ settings, effects: effects('効果額（千円）') }));
    expect(issues(s)[0]).toMatchObject({ severity: 'error', sheet: '効果額', cell: 'C1' });
    expect(issues(s)[0].message).toContain('百万円');
    expect(s.effects.total).toBe(0);
  });

  test('the default unit is 千円, and a cell in another unit is not a number', () => {
    const s = summarize(
      workbook({
        effects: [
          ['事業コード', '年度', '効果額（千円）'],
          ['1-01', 2026, '5百万円'],
        ],
      }),
    );
    expect(s.effects.unitLabel).toBe('千円');
    expect(issues(s)).toEqual([expect.objectContaining({ cell: 'C2', code: 'numberInvalid' })]);
  });
});

describe('any plan shape', () => {
  test('a 6-year plan with data in two years shows every year, the empty ones as zeros', () => {
    const settings: Rows = [
      ['項目', '値'],
      ['計画開始年度', 'R8'],
      ['計画終了年度', 'R13'],
    ];
    const s = summarize(
      workbook({ settings, activities: [['事業コード', '年度', '取組活動', '進捗状況'], ...activities(2026, '済', 3), ...activities(2028, '遅れ', 2)] }),
    );
    expect(s.years).toEqual([2026, 2027, 2028, 2029, 2030, 2031]);
    expect(s.progress.map((p) => p.activities)).toEqual([3, 0, 2, 0, 0, 0]);
    expect(s.perspectives[0].projects.map((p) => p.count)).toEqual([1, 0, 1, 0, 0, 0]);
  });

  test('project codes of any shape, and perspectives from 設定', () => {
    const settings: Rows = [
      ['項目', '値'],
      ['取組の視点', '財政\n施設'],
    ];
    const s = summarize(
      workbook({
        settings,
        projects: [
          ['事業コード', '事業名', '取組の視点'],
          ['1-01', 'a', 1],
          ['R001', 'b', '施設'],
          ['A-1', 'c', 2],
          ['令和-01', 'd', 1],
        ],
        activities: [
          ['事業コード', '年度', '取組活動', '進捗状況'],
          ['令和-01', 2026, 'x', '済'],
          ['R001', 2026, 'y', '済'],
        ],
      }),
    );
    expect(issues(s)).toEqual([]);
    expect(s.projects.map((p) => [p.code, p.perspective])).toEqual([
      ['1-01', 1],
      ['A-1', 2],
      ['R001', 2],
      ['令和-01', 1],
    ]);
    expect(s.perspectives.map((p) => p.name)).toEqual(['財政', '施設']);
  });
});

describe('one pipeline', () => {
  test('the result is frozen and the as-of check is always on', () => {
    const input = workbook({
      targets: [
        ['事業コード', '目標年度', '達成するべき事項', '達成状況'],
        ['1-01', '令和9年度', 't', '達成'],
      ],
    });
    const result = runPipeline(input, { today: new Date('2026-06-01T00:00:00+09:00') });
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.summary)).toBe(true);
    expect(issues(result)).toEqual([expect.objectContaining({ code: 'resultTooEarly', cell: 'D2' })]);
    expect(issues(runPipeline(input, { asOf: '2027-04-01' }))).toEqual([]);
  });
});

describe('the proof-reader reads the plan’s unit, labels and eras', () => {
  test('amounts in 百万円 with decimals', () => {
    const settings: Rows = [
      ['項目', '値'],
      ['計画開始年度', 2026],
      ['計画終了年度', 2027],
      ['金額単位', '百万円'],
    ];
    const effects: Rows = [
      ['事業コード', '年度', '効果額（百万円）'],
      ['1-01', 2026, 12.6],
      ['R001', 2027, 1000.5],
    ];
    const s = summarize(workbook({ settings, effects }));
    const draft = ['【財政健全化効果額一覧】', '1 令和8年度 12.6 百万円', '2 令和9年度 1,000 百万円', '合計 1,013.1 百万円'].join('\n');
    const result = proofread(draft, s);
    expect(result.checked.length).toBe(3);
    expect(result.findings.map((f) => [f.line, f.stated, f.expected])).toEqual([[3, '1,000百万円', '1,000.5百万円']]);
  });

  test('a progress line of a 平成 year, in the plan’s labels', () => {
    const settings: Rows = [
      ['項目', '値'],
      ['計画開始年度', 'H30'],
      ['計画終了年度', 'R1'],
    ];
    const s = summarize(
      workbook({
        settings,
        categories: KANRYO,
        activities: [['事業コード', '年度', '取組活動', '進捗状況'], ...activities('H30', '完了', 2), ...activities('H30', '取組中', 1)],
      }),
    );
    const result = proofread(['【進捗状況】', '平成30年度 2 3 0 2 1'].join('\n'), s);
    expect(result.checked.map((c) => c.label)).toEqual([
      '平成30年度 事業数',
      '平成30年度 取組活動数',
      '平成30年度 未着手',
      '平成30年度 取組中',
      '平成30年度 完了',
    ]);
    expect(result.findings.map((f) => [f.label, f.expected])).toEqual([
      ['平成30年度 取組中', '1'],
      ['平成30年度 完了', '2'],
    ]);
  });
});

test('in English, a label of the plan without an English name shows its meaning beside it', () => {
  const s = summarize(workbook({ categories: KANRYO }), { lang: 'en' });
  const header = reportTables(s, 'en').find((t) => t.id === 'progress')?.header ?? [];
  expect(header).toEqual(expect.arrayContaining(['未着手 (Not started)', '取組中 (On track)', '完了 (Done)']));
});
