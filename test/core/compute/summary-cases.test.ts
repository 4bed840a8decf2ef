/**
 * The summary's tables on small workbooks whose every figure is worked out by
 * hand in the comments: the activity matrix at the plan's edges, achievement
 * with a plan's own result words (two labels for 達成, none for 一部未達成),
 * effects, floor area, goals and the plan-level problems, in both languages.
 * Each test builds its own summary (reports/mutation-record-2026.md).
 */
import type { CellValue, WorkbookInput } from '../../../src/core/base/cells';
import { summarize } from '../../../src/core/compute/pipeline';

type Rows = CellValue[][];
type Sheet = { name: string; rows: Rows };

const FY2026_2027: Rows = [
  ['計画開始年度', 2026],
  ['計画終了年度', 2027],
];

function workbook(sheets: Sheet[], settings: Rows = FY2026_2027): WorkbookInput {
  return { sheets: [{ name: '設定', rows: [['項目', '値'], ...settings] }, ...sheets] };
}

const ACTIVITY_HEADER = ['事業コード', '年度', '取組活動', '進捗状況'];
const activities = (...rows: Rows): Sheet => ({ name: '取組活動', rows: [ACTIVITY_HEADER, ...rows] });
const projects = (...rows: Rows): Sheet => ({ name: '事業', rows: [['事業コード', '事業名', '取組の視点'], ...rows] });

describe('the activity matrix: only plan years count, each project in its own row', () => {
  // Projects in the order B-2, A-1, C-3 (not the codes' order); plan 2026-2027.
  const input = () =>
    workbook([
      projects(['B-2', '事業B', 1], ['A-1', '事業A', 1], ['C-3', '事業C', 2]),
      activities(
        ['A-1', 2027, 'a', '済'],
        ['A-1', 2025, 'a0', '済'], // before the plan: must not touch B-2's 2027
        ['C-3', 2026, 'c', '遅れ'],
        ['B-2', 2028, 'b', '済'], // after the plan: must not touch A-1's 2026
      ),
    ]);

  test('each project’s active years, projects in code order', () => {
    const summary = summarize(input());
    expect(summary.projects.map((p) => [p.code, p.activeYears])).toEqual([
      ['A-1', [2027]],
      ['B-2', []],
      ['C-3', [2026]],
    ]);
  });

  test('per year: one project and one activity each; 2026 all 遅れ, 2027 all 済', () => {
    const summary = summarize(input());
    expect(summary.progress.map((row) => [row.year, row.projects, row.activities, row.progressing, row.rateText])).toEqual([
      [2026, 1, 1, 0, '0.0%'],
      [2027, 1, 1, 1, '100.0%'],
    ]);
    // The progress labels carry inRate (the rate's numerator); 遅れ is outside it.
    expect(summary.progress[0].labels[2]).toStrictEqual({
      label: '遅れ',
      meaning: 'delayed',
      inRate: false,
      count: 1,
      share: 1,
      shareRounded: 1,
      shareText: '100.0%',
    });
    expect(summary.progress[1].labels[0]).toMatchObject({ label: '済', inRate: true, count: 1 });
  });

  test('the two stray years are warned about at their cells, in English too', () => {
    const summary = summarize(input(), { lang: 'en' });
    expect(summary.problems.filter((p) => p.code === 'yearOutsidePlan').map((p) => [p.sheet, p.cell, p.value, p.message])).toEqual([
      ['取組活動', 'B3', '2025', 'FY2025 is outside the plan (FY2026-FY2027) and is left out of the tables.'],
      ['取組活動', 'B5', '2028', 'FY2028 is outside the plan (FY2026-FY2027) and is left out of the tables.'],
    ]);
  });

  test('perspectives: a project with no activity in the plan is not counted, whatever follows it', () => {
    // B-2 (perspective 1) has no activity in the plan; C-3, next in the sheet, is active in 2026.
    const summary = summarize(
      workbook([projects(['B-2', '事業B', 1], ['C-3', '事業C', 2], ['A-1', '事業A', 1]), activities(['C-3', 2026, 'c', '済'], ['A-1', 2027, 'a', '済'])]),
    );
    const [first, second] = summary.perspectives;
    expect([first.projectsTotal, first.projects.map((y) => y.count), first.added.map((y) => y.count), first.addedTotal]).toEqual([1, [0, 1], [0, 1], 1]);
    // C-3 starts in the plan's first year: that is not an addition.
    expect([second.projectsTotal, second.projects.map((y) => y.count), second.added.map((y) => y.count), second.addedTotal]).toEqual([1, [1, 0], [0, 0], 0]);
  });
});

describe('the project list', () => {
  test('period written short, end year and kind kept', () => {
    const summary = summarize(
      workbook([
        {
          name: '事業',
          rows: [
            ['事業コード', '事業名', '取組の視点', '計画期間', '終了年度', '終了区分'],
            ['C-3', '事業C', 2, '令和8年度～令和9年度', '令和9年度', '終了'],
            ['A-1', '事業A', 1, '', '', ''],
          ],
        },
        activities(['A-1', 2026, 'a', '済']),
      ]),
    );
    expect(summary.projects.map((p) => [p.code, p.period, p.endYear, p.endKind])).toEqual([
      ['A-1', '', null, null],
      ['C-3', 'R8～R9', 2027, 'ended'],
    ]);
    expect(summary.perspectives[1].ended.map((y) => y.count)).toEqual([0, 1]);
  });
});

describe('achievement with the plan’s own result words', () => {
  // 区分: A and B both mean 達成, D means 未達成; no word for 一部未達成.
  const input = () =>
    workbook([
      projects(['C-3', '事業C', 2], ['A-1', '事業A', 1], ['B-2', '事業B', 1]),
      activities(['A-1', 2027, 'a', '済']),
      {
        name: '区分',
        rows: [
          ['種類', '区分', '意味'],
          ['達成状況', 'A', '達成'],
          ['達成状況', 'B', '達成'],
          ['達成状況', 'D', '未達成'],
        ],
      },
      {
        // The result column first, under an English sheet name.
        name: 'Targets',
        rows: [
          ['達成状況', '事業コード', '目標年度', '達成するべき事項'],
          ['B', 'C-3', '令和8年度', 't1'], // typed B; its indicator says D
          ['D', 'C-3', '令和8年度', 't2'],
          ['D', 'A-1', '令和8年度', 't3'],
          ['', 'B-2', '令和7年度', 't4'], // judged partial (one of two met): the plan has no word for it
          ['', 'B-2', '令和9年度', 't5'], // judged achieved: counted under A, the first word for 達成
          ['', 'A-1', '令和10年度', 't6'], // after the plan: excluded
          ['D', 'A-1', '令和9年度', 't7'],
          ['A', 'B-2', '令和8年度～令和9年度', 't8'],
          ['', 'A-1', '令和9年度', 't9'], // no result, no indicator: not evaluated
          ['A', 'C-3', '令和6年度', 't10'], // due before the plan
        ],
      },
      {
        name: '指標',
        rows: [
          ['事業コード', '達成するべき事項', '指標名', '年度', '目標値', '実績値', '判定'],
          ['C-3', 't1', 'i', 2026, 10, 5, '以上'],
          ['B-2', 't4', 'i', 2025, 10, 5, '以上'],
          ['B-2', 't4', 'i', 2026, 10, 15, '以上'],
          ['B-2', 't5', 'i', 2027, 10, 15, '以上'],
        ],
      },
    ]);

  test('counts: 4 achieved (t1 typed, t5, t8, t10), 1 partial (t4), 3 not (t2, t3, t7); t6 excluded, t9 not evaluated', () => {
    const a = summarize(input(), { currentYear: 2027 }).achievement;
    expect([a.evaluated, a.excluded, a.notEvaluated]).toEqual([8, 1, 1]);
    expect(a.counts).toEqual({ achieved: 4, partial: 1, notAchieved: 3 });
    // 4/8, 1/8, 3/8 truncated to one decimal.
    expect(a.ratioTexts).toEqual({ achieved: '50.0%', partial: '12.5%', notAchieved: '37.5%' });
    expect(a.ratiosRounded).toEqual({ achieved: 0.5, partial: 0.125, notAchieved: 0.375 });
    expect(a.ratios).toEqual({ achieved: 0.5, partial: 0.125, notAchieved: 0.375 });
  });

  test('per label: a typed B stays B; a judged 達成 goes under A; the partial has no label to go under', () => {
    const a = summarize(input(), { currentYear: 2027 }).achievement;
    // A: t5, t8, t10 = 3; B: t1 = 1; D: t2, t3, t7 = 3 — of 8 evaluated (t4 has no label).
    expect(a.labels).toStrictEqual([
      { label: 'A', meaning: 'achieved', count: 3, share: 0.375, shareRounded: 0.375, shareText: '37.5%' },
      { label: 'B', meaning: 'achieved', count: 1, share: 0.125, shareRounded: 0.125, shareText: '12.5%' },
      { label: 'D', meaning: 'notAchieved', count: 3, share: 0.375, shareRounded: 0.375, shareText: '37.5%' },
    ]);
  });

  test('per due year, in year order: 2024 (before the plan) first; t4’s 2025 has no label and no row', () => {
    const a = summarize(input(), { currentYear: 2027 }).achievement;
    expect(a.byYear.map((y) => [y.year, y.evaluated, y.labels.map((l) => l.count)])).toEqual([
      [2024, 1, [1, 0, 0]], // t10
      [2026, 3, [0, 1, 2]], // t1 (B), t2, t3
      [2027, 3, [2, 0, 1]], // t5 (A), t8 (A), t7
    ]);
    expect(Object.keys(a.byYear[1].labels[1])).toEqual(['label', 'meaning', 'count', 'share', 'shareRounded', 'shareText']);
  });

  test('shortfalls: the partial first, then the not achieved by code, each code’s in sheet order', () => {
    const a = summarize(input(), { currentYear: 2027 }).achievement;
    expect(a.shortfalls).toStrictEqual([
      {
        code: 'B-2',
        projectName: '事業B',
        status: 'partial',
        label: '一部未達成',
        targetYear: '令和7年度',
        years: { first: 2025, last: 2025 },
        target: 't4',
        summary: '',
      },
      {
        code: 'A-1',
        projectName: '事業A',
        status: 'notAchieved',
        label: 'D',
        targetYear: '令和8年度',
        years: { first: 2026, last: 2026 },
        target: 't3',
        summary: '',
      },
      {
        code: 'A-1',
        projectName: '事業A',
        status: 'notAchieved',
        label: 'D',
        targetYear: '令和9年度',
        years: { first: 2027, last: 2027 },
        target: 't7',
        summary: '',
      },
      {
        code: 'C-3',
        projectName: '事業C',
        status: 'notAchieved',
        label: 'D',
        targetYear: '令和8年度',
        years: { first: 2026, last: 2026 },
        target: 't2',
        summary: '',
      },
    ]);
  });

  test('the typed B against the judged D: a warning at A2 of the sheet as named, with the plan’s words', () => {
    for (const [lang, message] of [
      ['ja', '入力された達成状況「B」は、指標から判定した「D」（1件中0件が目標を満たす）と異なります。'],
      ['en', 'The result typed, "B (Achieved)", differs from "D (Not achieved)" judged from the indicators (0 of 1 measurements met).'],
    ] as const) {
      const problems = summarize(input(), { currentYear: 2027, lang }).problems.filter((p) => p.code === 'indicatorDisagrees');
      expect(problems.map((p) => [p.severity, p.sheet, p.cell, p.value, p.suggestion, p.message])).toEqual([['warning', 'Targets', 'A2', 'B', 'D', message]]);
    }
  });

  test('the plan’s words are listed without an English name of their own', () => {
    const summary = summarize(input(), { currentYear: 2027 });
    expect(summary.vocabulary.result).toStrictEqual([
      { label: 'A', meaning: 'achieved', inRate: false, definition: '' },
      { label: 'B', meaning: 'achieved', inRate: false, definition: '' },
      { label: 'D', meaning: 'notAchieved', inRate: false, definition: '' },
    ]);
    expect(summary.vocabulary.progress[0]).toStrictEqual({ label: '済', meaning: 'done', inRate: true, en: 'Done', definition: '' });
  });

  test('without plan years a target with no result is not evaluated, not excluded', () => {
    const a = summarize(
      workbook(
        [
          projects(['A-1', '事業A', 1]),
          activities(),
          {
            name: '達成事項',
            rows: [
              ['事業コード', '目標年度', '達成するべき事項', '達成状況'],
              ['A-1', '令和9年度', 't', ''],
            ],
          },
        ],
        [],
      ),
    ).achievement;
    expect([a.evaluated, a.excluded, a.notEvaluated]).toEqual([0, 0, 1]);
  });
});

describe('effects', () => {
  test('sums per year, perspective and project to the places typed; a year outside the plan is left out', () => {
    const summary = summarize(
      workbook([
        projects(['C-3', '事業C', 2], ['A-1', '事業A', 1]),
        activities(['A-1', 2026, 'a', '済']),
        {
          name: '効果額',
          rows: [
            ['事業コード', '年度', '効果額（千円）'],
            ['A-1', 2026, 12.5],
            ['C-3', 2026, 0.25],
            ['A-1', 2027, 100],
            ['C-3', 2030, 7], // outside the plan
          ],
        },
      ]),
    );
    const e = summary.effects;
    expect(e.decimals).toBe(2);
    expect(e.byYear).toStrictEqual([
      { year: 2026, amount: 12.75 },
      { year: 2027, amount: 100 },
    ]);
    expect(e.total).toBe(112.75);
    expect(e.byPerspective.slice(0, 2).map((p) => [p.perspective, p.byYear.map((y) => y.amount), p.total])).toEqual([
      [1, [12.5, 100], 112.5],
      [2, [0.25, 0], 0.25],
    ]);
    expect(e.byProject.map((p) => [p.code, p.perspective, p.byYear.map((y) => y.amount), p.total])).toEqual([
      ['A-1', 1, [12.5, 100], 112.5],
      ['C-3', 2, [0.25, 0], 0.25],
    ]);
    expect(summary.problems.filter((p) => p.code === 'yearOutsidePlan').map((p) => [p.sheet, p.cell, p.value])).toEqual([['効果額', 'B5', '2030']]);
  });
});

describe('floor area', () => {
  test('abolished and added per year, the general account apart (a blank 一般会計 is yes)', () => {
    const summary = summarize(
      workbook([
        projects(['A-1', '事業A', 1]),
        activities(['A-1', 2026, 'a', '済']),
        {
          name: '施設面積',
          rows: [
            ['年度', '施設名', '区分', '面積（㎡）', '一般会計'],
            [2026, '甲', '廃止', 100.5, 'はい'],
            [2026, '乙', '増加', 20.25, 'いいえ'],
            [2027, '丙', '増加', 10, ''],
            [2026, '丁', '廃止', 3, 'いいえ'],
            [2029, '戊', '廃止', 50, 'はい'], // outside the plan
          ],
        },
      ]),
    );
    const f = summary.floorArea;
    // 2026: abolished 100.5 + 3, added 20.25; general account: abolished 100.5, added 0.
    // 2027: added 10 (general account).
    expect(f.byYear).toStrictEqual([
      {
        year: 2026,
        abolished: 103.5,
        added: 20.25,
        net: -83.25,
        abolishedGeneralAccount: 100.5,
        addedGeneralAccount: 0,
        netGeneralAccount: -100.5,
        facilities: [
          { name: '甲', change: 'abolished', area: 100.5, generalAccount: true },
          { name: '乙', change: 'added', area: 20.25, generalAccount: false },
          { name: '丁', change: 'abolished', area: 3, generalAccount: false },
        ],
      },
      {
        year: 2027,
        abolished: 0,
        added: 10,
        net: 10,
        abolishedGeneralAccount: 0,
        addedGeneralAccount: 10,
        netGeneralAccount: 10,
        facilities: [{ name: '丙', change: 'added', area: 10, generalAccount: true }],
      },
    ]);
    expect([f.abolished, f.added, f.net, f.netGeneralAccount]).toEqual([103.5, 30.25, -73.25, -90.5]);
    expect(summary.problems.filter((p) => p.code === 'yearOutsidePlan').map((p) => [p.sheet, p.cell])).toEqual([['施設面積', 'A6']]);
  });
});

describe('goals (目標)', () => {
  const input = () =>
    workbook([
      projects(['A-1', '事業A', 1]),
      activities(['A-1', 2026, 'a', '済']),
      {
        name: 'Goals',
        rows: [
          ['項目', '目標値', '単位', '年度', '実績'],
          ['G', 100, '', 2026, 1.5],
          ['G', '', 'km', 2027, 2.25],
          ['G', '', '', 2027, 9], // a second actual for 2027: the first is kept
          ['H', 5, '', 2026, 1],
          ['H', 6, '', 2027, 1], // a second target value
          ['I', '', '', 2026, 1], // no target value at all
          ['G', '', '', 2028, 4], // outside the plan
          ['G', '', '', 2027, ''], // a blank duplicate says nothing
        ],
      },
    ]);

  test('G: the first unit given, actuals to their own places, 累計 3.75 of 100 → 3.7%', () => {
    const goals = summarize(input()).goals;
    expect(goals).toStrictEqual([
      {
        name: 'G',
        unit: 'km',
        target: 100,
        byYear: [
          { year: 2026, actual: 1.5, target: null, rate: null, rateRounded: null, rateText: '－' },
          { year: 2027, actual: 2.25, target: null, rate: null, rateRounded: null, rateText: '－' },
        ],
        cumulative: 3.75,
        rate: 0.0375,
        rateRounded: 0.037,
        rateText: '3.7%',
      },
    ]);
  });

  test('the duplicate, the conflict and the missing target, in row order, in both languages', () => {
    const codes = ['goalYearDuplicate', 'goalTargetConflict', 'goalTargetMissing', 'yearOutsidePlan'];
    const ja = summarize(input()).problems.filter((p) => codes.includes(p.code));
    expect(ja.map((p) => [p.severity, p.sheet, p.cell, p.value, p.code])).toEqual([
      ['warning', 'Goals', 'E4', '9', 'goalYearDuplicate'],
      ['error', 'Goals', 'B6', '6', 'goalTargetConflict'],
      ['error', 'Goals', 'B7', '', 'goalTargetMissing'],
      ['warning', 'Goals', 'D8', '2028', 'yearOutsidePlan'],
    ]);
    const en = summarize(input(), { lang: 'en' }).problems.filter((p) => codes.slice(0, 3).includes(p.code));
    expect(en.map((p) => p.message)).toEqual([
      'Goal "G" has two actuals for FY2027 (first in E3); the first row is used.',
      'Goal "H" has two target values (5 and 6); keep one. The goal is left out.',
      'Goal "I" has no target value and no yearly target; enter its target value (or each year\'s yearly target) on one of its rows.',
    ]);
    expect(ja[0].message).toContain('令和9年度');
  });
});

describe('the plan’s years', () => {
  test('a start after the end: an error at 設定, no years at all', () => {
    for (const [lang, message] of [
      ['ja', null],
      ['en', 'FY2027'],
    ] as const) {
      const summary = summarize(
        workbook(
          [projects(['A-1', '事業A', 1]), activities(['A-1', 2026, 'a', '済'])],
          [
            ['計画開始年度', 2027],
            ['計画終了年度', 2026],
          ],
        ),
        { lang },
      );
      expect(summary.years).toEqual([]);
      const invalid = summary.problems.filter((p) => p.code === 'planRangeInvalid');
      expect(invalid.map((p) => [p.severity, p.sheet, p.cell, p.value])).toEqual([['error', '設定', 'A1', '2027-2026']]);
      if (message) expect(invalid[0].message).toContain('FY2027');
      else expect(invalid[0].message).toContain('令和9年度');
      // Nothing is "outside" a plan that has no years.
      expect(summary.problems.filter((p) => p.code === 'yearOutsidePlan')).toEqual([]);
    }
  });

  test('no activities and no plan years: a warning at 取組活動 A2, no years', () => {
    const summary = summarize(workbook([projects(['A-1', '事業A', 1]), activities()], []));
    expect(summary.years).toEqual([]);
    expect(summary.problems.filter((p) => p.code === 'noActivities').map((p) => [p.severity, p.sheet, p.cell, p.value])).toEqual([
      ['warning', '取組活動', 'A2', ''],
    ]);
  });

  test('only an end year and no activities: no years, nothing called outside them', () => {
    const summary = summarize(
      workbook(
        [
          projects(['A-1', '事業A', 1]),
          activities(),
          {
            name: '効果額',
            rows: [
              ['事業コード', '年度', '効果額（千円）'],
              ['A-1', 2030, 5],
            ],
          },
        ],
        [['計画終了年度', 2027]],
      ),
    );
    expect([summary.plan.startYear, summary.plan.endYear, summary.years]).toEqual([null, 2027, []]);
    expect(summary.problems.map((p) => p.code)).not.toContain('yearOutsidePlan');
    expect(summary.effects.total).toBe(0);
  });

  test('a summary built from a baseline says so; one built from the sheets does not', () => {
    const plain = summarize(workbook([projects(['A-1', '事業A', 1]), activities(['A-1', 2026, 'a', '済'])]));
    expect('asOfBaseline' in plain).toBe(false);
  });
});

describe('cases the mutation run of summarize.ts left open', () => {
  test('a start after the end, under an English settings sheet name: the error there, both years in English', () => {
    const summary = summarize(
      {
        sheets: [
          {
            name: 'Settings',
            rows: [
              ['項目', '値'],
              ['計画開始年度', 2027],
              ['計画終了年度', 2026],
            ],
          },
          projects(['A-1', '事業A', 1]),
          activities(['A-1', 2026, 'a', '済']),
        ],
      },
      { lang: 'en' },
    );
    const invalid = summary.problems.filter((p) => p.code === 'planRangeInvalid');
    expect(invalid.map((p) => [p.sheet, p.cell, p.value])).toEqual([['Settings', 'A1', '2027-2026']]);
    expect(invalid[0].message).toContain('FY2027');
    expect(invalid[0].message).toContain('FY2026');
  });

  test('one end given and the activities far from it: only the warning that says so, no other plan problem', () => {
    // A single activity: a window holding one activity must still be found (or not) for what it is.
    for (const years of [[2040], [2040, 2041]]) {
      const summary = summarize(
        workbook([projects(['A-1', '事業A', 1]), activities(...years.map((y) => ['A-1', y, `a${y}`, '済']))], [['計画開始年度', 2026]]),
      );
      expect(summary.problems.filter((p) => p.severity !== 'info').map((p) => p.code)).toEqual(['planYearsUnknown']);
      expect(summary.years).toEqual([]);
    }
  });

  test('the window runs from the given start, not from the busiest years', () => {
    // Busiest: 2020-2022 (three activities); from the start 2030: 2031 only.
    const fromStart = summarize(
      workbook([projects(['A-1', '事業A', 1]), activities(...[2020, 2021, 2022, 2031].map((y) => ['A-1', y, `a${y}`, '済']))], [['計画開始年度', 2030]]),
    );
    expect([fromStart.plan.startYear, fromStart.plan.endYear]).toEqual([2030, 2031]);
    // Back from the given end 2031: 2022-2031 holds 2025 (2001-2003 are busier but out of reach); 2020 is one year too early.
    const toEnd = summarize(
      workbook([projects(['A-1', '事業A', 1]), activities(...[2001, 2002, 2003, 2020, 2025].map((y) => ['A-1', y, `a${y}`, '済']))], [['計画終了年度', 2031]]),
    );
    expect([toEnd.plan.startYear, toEnd.plan.endYear]).toEqual([2025, 2031]);
  });

  test('a window’s first year counts in it: 2020 ×2 and 2025 (3) beat 2025, 2030 and 2031 (3), the earlier winning a tie', () => {
    const summary = summarize(
      workbook([projects(['A-1', '事業A', 1]), activities(...[2020, 2020, 2025, 2030, 2031].map((y, i) => ['A-1', y, `a${i}`, '済']))], []),
    );
    expect([summary.plan.startYear, summary.plan.endYear]).toEqual([2020, 2025]);
  });

  test('two problems in one row come in column order', () => {
    const summary = summarize(workbook([projects(['A-1', '事業A', 1]), activities(['A-1', 'いつか', 'a', 'がんばった'], ['A-1', 2026, 'b', '済'])]));
    expect(summary.problems.filter((p) => p.severity === 'error').map((p) => p.cell)).toEqual(['B2', 'D2']);
  });

  test('a shortfall shows the label typed, even when another label of its meaning comes first', () => {
    const summary = summarize(
      workbook([
        projects(['A-1', '事業A', 1]),
        activities(['A-1', 2026, 'a', '済']),
        {
          name: '区分',
          rows: [
            ['種類', '区分', '意味'],
            ['達成状況', 'D', '未達成'],
            ['達成状況', 'E', '未達成'],
            ['達成状況', 'A', '達成'],
          ],
        },
        {
          name: '達成事項',
          rows: [
            ['事業コード', '目標年度', '達成するべき事項', '達成状況'],
            ['A-1', '令和8年度', 't1', 'E'],
            ['A-1', '令和8年度', 't2', 'D'],
          ],
        },
      ]),
    );
    expect(summary.achievement.shortfalls.map((s) => [s.target, s.label])).toEqual([
      ['t1', 'E'],
      ['t2', 'D'],
    ]);
  });

  test('goals: actuals summed to their places (1.1 + 2.2 is 3.3); a goal without any unit has none', () => {
    const summary = summarize(
      workbook([
        projects(['A-1', '事業A', 1]),
        activities(['A-1', 2026, 'a', '済']),
        {
          name: '目標',
          rows: [
            ['項目', '目標値', '単位', '年度', '実績'],
            ['J', 10, '', 2026, 1.1],
            ['J', '', '', 2027, 2.2],
          ],
        },
      ]),
    );
    expect(summary.goals.map((g) => [g.name, g.unit, g.cumulative, g.rateText])).toEqual([['J', '', 3.3, '33.0%']]);
  });
});
