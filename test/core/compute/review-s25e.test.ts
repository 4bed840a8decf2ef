/**
 * Review s25e (#25): defects found after the plan-scheme work, each reproduced with a small workbook.
 * Figures are worked out by hand in the comments.
 */
import type { CellValue, WorkbookInput } from '../../../src/core/base/cells';
import { achievementRatio, progressRate, vocabularyFromRange } from '../../../src/core/compute/customFunctions';
import { summarize } from '../../../src/core/compute/pipeline';
import { reportTables } from '../../../src/core/present/tables';

type Rows = CellValue[][];

/** A plan of 2026-2027 (令和8～9年度) with two perspectives. */
function workbook(sheets: { name: string; rows: Rows }[], settings: Rows = []): WorkbookInput {
  return {
    sheets: [
      { name: '設定', rows: [['項目', '値'], ['計画開始年度', 2026], ['計画終了年度', 2027], ['取組の視点', '視点一\n視点二'], ...settings] },
      ...sheets,
    ],
  };
}
const projects = {
  name: '事業',
  rows: [
    ['事業コード', '事業名', '取組の視点'],
    ['A-1', 'a', 1],
    ['B-1', 'b', 2],
  ],
};
const activities = {
  name: '取組活動',
  rows: [
    ['事業コード', '年度', '取組活動', '進捗状況'],
    ['A-1', 2026, 'x', '済'],
  ],
};
const TARGET_HEADER = ['事業コード', '目標年度', '達成するべき事項', '達成状況'];

describe('N1, N4: a target starting after the plan end is outside the period, judged or not, under either denominator', () => {
  // 9 achieved in 2026 + 1 blank in 2027 = 10 targets of the period; the plan ends in 2027 (令和9年度).
  // Row 12: 令和10年度 (2028) with 達成; row 13: 令和10年度以降 with 達成; row 14: 令和11年度 blank — all three after the end.
  const targets = {
    name: '達成事項',
    rows: [
      TARGET_HEADER,
      ...Array.from({ length: 9 }, (_, i) => ['A-1', 2026, `a${i}`, '達成']),
      ['A-1', 2027, 'blank', null],
      ['A-1', '令和10年度', 'late plain', '達成'],
      ['B-1', '令和10年度以降', 'late onwards', '達成'],
      ['B-1', '令和11年度', 'late blank', null],
    ],
  };
  // As of FY2031: every target year has begun, so resultTooEarly says nothing here.
  const run = (denominator: string) => summarize(workbook([projects, activities, targets], [['達成率の分母', denominator]]), { currentYear: 2031 });

  test('全事項: the denominator is the 10 of the period (9 + 1 blank), 3 excluded, no 2028 row', () => {
    const a = run('全事項').achievement;
    expect([a.evaluated, a.unevaluated, a.denominatorCount, a.excluded]).toEqual([9, 1, 10, 3]);
    expect(a.ratioTexts.achieved).toBe('90.0%'); // 9 / 10
    expect(a.byYear.map((y) => [y.year, y.denominatorCount])).toEqual([
      [2026, 9],
      [2027, 1],
    ]);
    // Perspective 1: 9 + 1 blank; perspective 2: nothing of the period.
    expect(a.byPerspective.map((p) => [p.denominatorCount, p.byYear.map((y) => y.year)])).toEqual([
      [10, [2026, 2027]],
      [0, [2026, 2027]],
    ]);
  });

  test('評価済み: the same targets — 9 evaluated, 3 excluded, no 2028 row', () => {
    const a = run('評価済み').achievement;
    expect([a.evaluated, a.denominatorCount, a.excluded, a.counts.achieved]).toEqual([9, 9, 3, 9]);
    expect(a.labels[0].count).toBe(9);
    expect(a.byYear.map((y) => y.year)).toEqual([2026, 2027]);
    expect(a.byPerspective.map((p) => p.evaluated)).toEqual([9, 0]);
  });

  test('a result typed for a target after the end is said at its cell, 令和10年度 and 令和10年度以降 alike', () => {
    const summary = run('全事項');
    const said = summary.problems.filter((p) => p.code === 'resultAfterPlan');
    expect(said.map((p) => [p.severity, p.sheet, p.cell, p.value])).toEqual([
      ['warning', '達成事項', 'D12', '達成'],
      ['warning', '達成事項', 'D13', '達成'],
    ]);
    expect(said[0].message).toBe(
      '目標年度 令和10年度 は計画期間（令和8年度～令和9年度）の後に始まるため、達成状況「達成」は集計に含めず、計画期間外の事項として除きます。目標年度が誤りなら直してください。',
    );
    expect(said[1].message).toContain('目標年度 令和10年度以降 は計画期間');
    const en = summarize(workbook([projects, activities, targets]), { currentYear: 2031, lang: 'en' }).problems.filter((p) => p.code === 'resultAfterPlan');
    expect(en[1].message).toBe(
      'The target year FY2028 onwards begins after the plan (FY2026-FY2027): its result "達成" is left out of the tables, with the targets outside the plan. Correct the target year if it is wrong.',
    );
  });
});

describe('N3: a goal’s second actual for a year is said at its cell, not as a row range', () => {
  test('目標!E4 (the second 実績 of 令和9年度), naming the first at 目標!E3', () => {
    const summary = summarize(
      workbook([
        projects,
        activities,
        {
          name: '目標',
          rows: [
            ['項目', '目標値', '単位', '年度', '実績'],
            ['削減額', 100, '百万円', 2026, 40],
            ['削減額', null, '百万円', 2027, 30],
            ['削減額', null, '百万円', 2027, 35],
          ],
        },
      ]),
    );
    const said = summary.problems.filter((p) => p.code === 'goalYearDuplicate');
    expect(said.map((p) => [p.severity, p.sheet, p.cell, p.value])).toEqual([['warning', '目標', 'E4', '35']]);
    expect(said[0].message).toBe('目標「削減額」の令和9年度の実績が2回あります（最初は E3）。最初の行を使います。');
    // The first row's actual counts: 40 + 30 = 70.
    expect(summary.goals[0].cumulative).toBe(70);
  });
});

describe('N2: a goal in % is a rate, not an amount: never summed, judged on its latest actual', () => {
  const goalSheet = (unit: string) => ({
    name: '目標',
    rows: [
      ['項目', '目標値', '単位', '年度', '実績'],
      ['収納率', 95, unit, 2026, 96.5],
      ['収納率', null, unit, 2027, 97.8],
      ['削減額', 200, '百万円', 2026, 90],
      ['削減額', null, '百万円', 2027, 70],
    ],
  });

  test('収納率 (%): 累計 is the latest actual 97.8 (令和9年度), 進捗率 97.8 / 95 = 102.9% (truncated) — not 194.3 and 204.5%', () => {
    const summary = summarize(workbook([projects, activities, goalSheet('%')]));
    const [rate, amount] = summary.goals;
    expect([rate.name, rate.cumulative, rate.latestYear, rate.rate, rate.rateText]).toEqual(['収納率', 97.8, 2027, 97.8 / 95, '102.9%']);
    // An amount still adds up: 90 + 70 = 160 of 200 = 80.0%, with no latestYear.
    expect([amount.cumulative, amount.rateText, 'latestYear' in amount]).toEqual([160, '80.0%', false]);
  });

  test('full-width ％ alike; a year not yet reported leaves the latest reported one', () => {
    const input = workbook([
      projects,
      activities,
      {
        name: '目標',
        rows: [
          ['項目', '目標値', '単位', '年度', '実績'],
          ['収納率', 95, '％', 2026, 96],
          ['収納率', null, '％', 2027, null],
        ],
      },
    ]);
    const [goal] = summarize(input).goals;
    expect([goal.cumulative, goal.latestYear, goal.rateText]).toEqual([96, 2026, '101.0%']); // 96 / 95 = 101.05…%
  });

  test('the goals table says how a rate goal is read, in both languages', () => {
    const ja = summarize(workbook([projects, activities, goalSheet('%')]));
    const table = reportTables(ja, 'ja').find((t) => t.id === 'goals');
    // 目標値, 令和8年度, 令和9年度, 累計 (the latest, 97.8), 進捗率.
    const text = (cell: unknown) => (typeof cell === 'object' && cell !== null && 'text' in cell ? cell.text : cell);
    expect(table?.rows[0].map(text)).toEqual(['収納率', '%', '95', '96.5', '97.8', '97.8', '102.9%']);
    expect(table?.notes).toEqual(['※収納率は率（%）の目標のため合計せず、累計の欄に最新の実績（令和9年度）を示し、進捗率は最新の実績÷目標値です。']);
    const en = summarize(workbook([projects, activities, goalSheet('%')]), { lang: 'en' });
    expect(reportTables(en, 'en').find((t) => t.id === 'goals')?.notes).toEqual([
      '※収納率 is a rate (%): not summed; Cumulative shows the latest actual (FY2027) and Progress is that actual / the target.',
    ]);
  });
});

describe('N6: an unknown label in a custom function suggests the plan’s label, as the 集計 does', () => {
  // The plan's 区分: A評価 (達成) / B評価 (未達成); progress A (済) / B (遅れ).
  const vocabulary = vocabularyFromRange(
    [
      ['達成状況', 'A評価', '達成', '', ''],
      ['達成状況', 'B評価', '未達成', '', ''],
      ['進捗状況', 'A', '済', '', ''],
      ['進捗状況', 'B', '遅れ', '', ''],
    ],
    'ja',
  );
  if (!vocabulary) throw new Error('no vocabulary');

  test('a width-only difference (Ａ評価, Ｂ) is the plan’s label: read, never refused', () => {
    expect(achievementRatio([['Ａ評価'], ['B 評価']], 'ja', '', 1, 'truncate', vocabulary)).toBe(0.5);
    expect(progressRate([['Ａ'], ['Ｂ']], 'ja', 1, 'truncate', vocabulary)).toBe(0.5);
  });

  test('SHINCHOKU_ACHIEVEMENT_RATIO: 「Ａ評価済」 in the range or as the label asked for is refused with 「A評価」 suggested', () => {
    const refused = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as Error).message;
      }
      return 'not refused';
    };
    // The summary suggests A評価 for the same text (read/sheets/targets.ts): the custom function says the same.
    expect(refused(() => achievementRatio([['Ａ評価済']], 'ja', '', 1, 'truncate', vocabulary))).toBe(
      '達成状況「Ａ評価済」は使えません。使える値: A評価 / B評価（未評価は空欄か －）。「A評価」ではありませんか。',
    );
    expect(refused(() => achievementRatio([['A評価']], 'ja', 'Ａ評価済', 1, 'truncate', vocabulary))).toContain('「A評価」');
    expect(refused(() => achievementRatio([['Ａ評価済']], 'en', '', 1, 'truncate', vocabulary))).toContain('A評価');
  });
});
