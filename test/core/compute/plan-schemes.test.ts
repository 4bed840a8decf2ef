/**
 * Issue #25 in core: every plan's own scheme — 区分's 定義, the result meaning 未確定, 設定's
 * 達成率の分母, meanings' totals, achievement by perspective, 目標's 年度目標, what the plan keeps,
 * 「…年度以降」 and era names as of a date. Each figure is worked out by hand in the comments.
 */
import type { CellValue, WorkbookInput } from '../../../src/core/base/cells';
import { eraDateOf, formatFiscalYear, formatYearRange, parseFiscalYearRange } from '../../../src/core/base/fiscalYear';
import { achievementRatio, CustomFunctionError, vocabularyFromRange } from '../../../src/core/compute/customFunctions';
import { summarize } from '../../../src/core/compute/pipeline';
import { needsMeaningRows } from '../../../src/core/compute/summarize';
import { yearRangeLabel } from '../../../src/core/words/yearLabels';

type Rows = CellValue[][];

const CATEGORY_HEADER = ['種類', '区分', '意味', '進捗率に含める', '別名', '定義'];

function workbook(sheets: { name: string; rows: Rows }[], settings: Rows = []): WorkbookInput {
  return {
    sheets: [
      {
        name: '設定',
        rows: [['項目', '値'], ['計画開始年度', 2026], ['計画終了年度', 2027], ['取組の視点', '視点一\n視点二'], ...settings],
      },
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

/** The city: 上回って達成 7, おおむね達成 38, 遅れ達成 2, 未達成 7 (= 54), and 未確定 in three kinds (6 + 5 + 1 = 12). */
function city(settings: Rows = [], blanks = 0): WorkbookInput {
  const categories = {
    name: '区分',
    rows: [
      CATEGORY_HEADER,
      ['達成状況', '目標を上回って達成', '達成', null, null, '目標を上回ったもの'],
      ['達成状況', '目標をおおむね達成', '達成', null, null, null],
      ['達成状況', '時期の遅れはあるが目標をおおむね達成', 'achieved', null, null, null],
      ['達成状況', '目標を未達成', '未達成', null, null, null],
      ['達成状況', '数値目標が最終年度まで', '未確定', null, null, '数値目標が最終年度に設定されているもの'],
      ['達成状況', '改定により目標を設定', 'undetermined', null, null, null],
      ['達成状況', '新規追加', '未確定', null, null, null],
    ],
  };
  const counts: [string, number, string][] = [
    ['目標を上回って達成', 7, 'A-1'],
    ['目標をおおむね達成', 38, 'A-1'],
    ['時期の遅れはあるが目標をおおむね達成', 2, 'B-1'],
    ['目標を未達成', 7, 'B-1'],
    ['数値目標が最終年度まで', 6, 'A-1'],
    ['改定により目標を設定', 5, 'B-1'],
    ['新規追加', 1, 'B-1'],
  ];
  const rows: Rows = [['事業コード', '目標年度', '達成するべき事項', '達成状況']];
  for (const [label, n, code] of counts) for (let i = 0; i < n; i++) rows.push([code, 2026, `${label}${i}`, label]);
  for (let i = 0; i < blanks; i++) rows.push(['B-1', 2027, `blank${i}`, null]);
  return workbook([categories, projects, activities, { name: '達成事項', rows }], [['小数桁数', 0], ...settings]);
}

describe('未確定 and the meanings’ totals (評価済み, the default)', () => {
  const a = summarize(city(), { currentYear: 2027 }).achievement;

  test('54 evaluated; the 12 未確定 are counted per label, outside the denominator, never shortfalls', () => {
    expect([a.denominator, a.evaluated, a.undetermined, a.unevaluated, a.denominatorCount]).toEqual(['evaluated', 7 + 38 + 2 + 7, 6 + 5 + 1, 0, 54]);
    // counts keep the three standard codes: 未確定 is not among them.
    expect(a.counts).toEqual({ achieved: 47, partial: 0, notAchieved: 7 });
    expect(a.labels.slice(4).map((l) => [l.label, l.meaning, l.count, l.share, l.shareText])).toEqual([
      ['数値目標が最終年度まで', 'undetermined', 6, null, '－'],
      ['改定により目標を設定', 'undetermined', 5, null, '－'],
      ['新規追加', 'undetermined', 1, null, '－'],
    ]);
    expect(a.shortfalls.map((s) => s.label)).toEqual(Array(7).fill('目標を未達成'));
  });

  test('達成 計 47 = 87% (47 / 54 = 87.03…%, 0 decimals, truncated): the city’s printed figure', () => {
    expect(a.meanings.map((m) => [m.meaning, m.labels.length, m.count, m.shareText])).toEqual([
      ['achieved', 3, 47, '87%'],
      ['notAchieved', 1, 7, '12%'],
      ['undetermined', 3, 12, '－'],
    ]);
    expect(a.meanings[0].share).toBe(47 / 54);
    expect(a.ratioTexts.achieved).toBe('87%');
  });

  test('by perspective: A-1 (perspective 1) 45 of 45; B-1 (perspective 2) 2 achieved of 9', () => {
    expect(a.byPerspective.map((p) => [p.perspective, p.name, p.evaluated, p.undetermined, p.meanings[0].count, p.meanings[0].shareText])).toEqual([
      [1, '視点一', 45, 6, 45, '100%'],
      [2, '視点二', 9, 6, 2, '22%'],
    ]);
  });

  test("定義 reaches the vocabulary: the plan’s text, or '' where blank", () => {
    const summary = summarize(city(), { currentYear: 2027 });
    expect(summary.vocabulary.result.map((t) => t.definition)).toEqual(['目標を上回ったもの', '', '', '', '数値目標が最終年度に設定されているもの', '', '']);
  });

  test('needsMeaningRows: two labels of one meaning need the rows; the defaults do not', () => {
    const summary = summarize(city(), { currentYear: 2027 });
    expect(needsMeaningRows(summary.vocabulary.result)).toBe(true);
    expect(needsMeaningRows(summary.vocabulary.progress)).toBe(false);
    expect(needsMeaningRows([{ meaning: 'done' }, { meaning: 'onTrack' }])).toBe(false);
    expect(needsMeaningRows([{ meaning: 'done' }, { meaning: 'onTrack' }, { meaning: 'done' }])).toBe(true);
  });
});

describe('達成率の分母', () => {
  test('全事項: the issue’s 62 programs, 7 achieved (11.2%, truncated to 1 place: 7 / 62 = 11.29…%) — blanks in, 未確定 still out', () => {
    // 7 achieved + 55 blank = 62; no 未確定 here, so the city’s 62 is the denominator.
    const input = workbook(
      [
        projects,
        activities,
        {
          name: '達成事項',
          rows: [
            ['事業コード', '目標年度', '達成するべき事項', '達成状況'],
            ...Array.from({ length: 7 }, (_, i) => ['A-1', 2026, `a${i}`, '達成']),
            ...Array.from({ length: 55 }, (_, i) => ['A-1', 2027, `b${i}`, null]),
          ],
        },
      ],
      [['達成率の分母', '全事項']],
    );
    const a = summarize(input, { currentYear: 2027 }).achievement;
    expect([a.denominator, a.evaluated, a.unevaluated, a.denominatorCount]).toEqual(['all', 7, 55, 62]);
    expect(a.ratioTexts.achieved).toBe('11.2%');
    expect(a.unevaluatedShare.shareText).toBe('88.7%'); // 55 / 62 = 88.70…%
    expect(a.shortfalls).toEqual([]);
    expect(a.byYear.map((y) => [y.year, y.denominatorCount, y.labels[0].shareText])).toEqual([
      [2026, 7, '100.0%'],
      [2027, 55, '0.0%'],
    ]);
  });

  test('全事項 with 未確定: 47 of (54 + 3 blank) = 82.4%; the 12 未確定 still outside', () => {
    const a = summarize(city([['達成率の分母', 'all']], 3), { currentYear: 2027 }).achievement;
    expect([a.evaluated, a.undetermined, a.unevaluated, a.denominatorCount]).toEqual([54, 12, 3, 57]);
    expect(a.meanings[0].shareText).toBe('82%'); // 0 decimals: 47 / 57 = 82.45…%
  });

  test('評価済み: blanks are counted as unevaluated but stay outside; their row has no share', () => {
    const a = summarize(city([], 3), { currentYear: 2027 }).achievement;
    expect([a.denominatorCount, a.unevaluated, a.notEvaluated, a.unevaluatedShare.shareText]).toEqual([54, 3, 3, '－']);
  });

  test('a bad value is an error at its cell, with the allowed values; the default stands', () => {
    const summary = summarize(city([['達成率の分母', '半分']]), { currentYear: 2027 });
    const bad = summary.problems.filter((p) => p.code === 'settingInvalid');
    expect(bad.map((p) => [p.severity, p.sheet, p.cell, p.value])).toEqual([['error', '設定', 'B6', '半分']]);
    expect(bad[0].message).toContain('評価済み / 全事項');
    expect(summary.achievement.denominator).toBe('evaluated');
    const en = summarize(city([['Achievement denominator', 'half']]), { currentYear: 2027, lang: 'en' }).problems.filter((p) => p.code === 'settingInvalid');
    expect(en[0].message).toContain('全事項 (all');
  });
});

describe('SHINCHOKU_ACHIEVEMENT_RATIO with the denominator', () => {
  const range: CellValue[][] = [['達成'], ['達成'], ['未達成'], [''], ['－']];
  test('omitted or 評価済み: 2 of 3; 全事項: 2 of 5 (blank and － are 未評価)', () => {
    expect(achievementRatio(range, 'ja')).toBe(0.666);
    expect(achievementRatio(range, 'ja', '', 1, 'truncate', undefined, '評価済み')).toBe(0.666);
    expect(achievementRatio(range, 'ja', '', 1, 'truncate', undefined, '全事項')).toBe(0.4);
    expect(achievementRatio(range, 'ja', '未達成', 1, 'truncate', undefined, 'all')).toBe(0.2);
  });

  test('a 未確定 label is outside both; its own share is －', () => {
    const vocabulary = vocabularyFromRange(
      [
        ['達成状況', '達成', '達成', '', ''],
        ['達成状況', '未達成', '未達成', '', ''],
        ['達成状況', '最終年度まで', '未確定', '', ''],
      ],
      'ja',
    );
    if (!vocabulary) throw new Error('no vocabulary');
    const cells: CellValue[][] = [['達成'], ['最終年度まで'], ['未達成'], ['']];
    expect(achievementRatio(cells, 'ja', '', 1, 'truncate', vocabulary)).toBe(0.5);
    expect(achievementRatio(cells, 'ja', '', 1, 'truncate', vocabulary, '全事項')).toBe(0.333);
    expect(achievementRatio(cells, 'ja', '最終年度まで', 1, 'truncate', vocabulary)).toBe('－');
  });

  test('a bad denominator is an error naming the allowed values, in the reader’s language', () => {
    expect(() => achievementRatio(range, 'ja', '', 1, 'truncate', undefined, '半分')).toThrow(CustomFunctionError);
    expect(() => achievementRatio(range, 'ja', '', 1, 'truncate', undefined, '半分')).toThrow(
      '達成率の分母「半分」は使えません。使える値: 評価済み / 全事項。',
    );
    expect(() => achievementRatio(range, 'en', '', 1, 'truncate', undefined, 'half')).toThrow('Achievement denominator "half" is not allowed.');
  });
});

describe('目標: 年度目標', () => {
  const goals = (rows: Rows, settings: Rows = []) =>
    summarize(workbook([projects, activities, { name: '目標', rows: [['項目', '目標値', '単位', '年度', '実績', '年度目標'], ...rows] }], settings)).goals;

  test('the spec’s goal (四捨五入): 2,085 / 950 = 219.47…% → 219.5% of the year, 2,085 / 5,140 = 40.56…% → 40.6% of the total', () => {
    const [goal] = goals(
      [
        ['改革の効果額', 5140, '百万円', 2026, 2085, 950],
        ['改革の効果額', null, '百万円', 2027, null, 1030],
      ],
      [['端数処理', '四捨五入']],
    );
    expect(goal.byYear.map((y) => [y.year, y.actual, y.target, y.rate, y.rateText])).toEqual([
      [2026, 2085, 950, 2085 / 950, '219.5%'],
      [2027, null, 1030, null, '－'],
    ]);
    expect([goal.cumulative, goal.rate, goal.rateText]).toEqual([2085, 2085 / 5140, '40.6%']);
    // 切り捨て (the default) drops the digits: 219.4% and 40.5%.
    const [truncated] = goals([['改革の効果額', 5140, '百万円', 2026, 2085, 950]]);
    expect([truncated.byYear[0].rateText, truncated.rateText]).toEqual(['219.4%', '40.5%']);
  });

  test('a blank 目標値 is the sum of the yearly targets (950 + 1,030 = 1,980)', () => {
    const [goal] = goals([
      ['g', null, '百万円', 2026, 990, 950],
      ['g', null, '百万円', 2027, null, 1030],
    ]);
    expect([goal.target, goal.rateText]).toEqual([1980, '50.0%']);
  });

  test('no 目標値 and no 年度目標: an error naming both', () => {
    const summary = summarize(
      workbook([
        projects,
        activities,
        {
          name: '目標',
          rows: [
            ['項目', '目標値', '単位', '年度', '実績', '年度目標'],
            ['g', null, '', 2026, 1, null],
          ],
        },
      ]),
    );
    expect(summary.goals).toEqual([]);
    expect(summary.problems.find((p) => p.code === 'goalTargetMissing')?.message).toContain('年度目標');
  });
});

describe('what the plan keeps', () => {
  const targets = {
    name: '達成事項',
    rows: [
      ['事業コード', '目標年度', '達成するべき事項', '達成状況'],
      ['A-1', 2026, 't', '達成'],
    ],
  };

  test('達成事項 with rows and no 取組活動: no error, the JSON keeps every key with zeros', () => {
    const summary = summarize(workbook([projects, targets]));
    expect(summary.problemCounts.error).toBe(0);
    expect(summary.keeps).toEqual({ activities: false, targets: true, effects: false, floorArea: false, goals: false });
    expect(summary.progress.map((p) => [p.year, p.activities, p.rateText])).toEqual([
      [2026, 0, '－'],
      [2027, 0, '－'],
    ]);
    expect(summary.effects.total).toBe(0);
  });

  test('no 取組活動 and no plan years in 設定: the years come from the targets’ target years (2025, 2026～2028)', () => {
    const input: WorkbookInput = {
      sheets: [
        projects,
        {
          name: '達成事項',
          rows: [
            ['事業コード', '目標年度', '達成するべき事項', '達成状況'],
            ['A-1', '令和7年度', 't', '達成'],
            ['A-1', '令和8～10年度', 'u', null],
          ],
        },
      ],
    };
    const summary = summarize(input);
    expect(summary.years).toEqual([2025, 2026, 2027, 2028]);
    const derived = summary.problems.filter((p) => p.code === 'planYearsDerived');
    expect(derived.map((p) => [p.severity, p.sheet, p.cell])).toEqual([['info', '設定', 'A1']]);
    expect(derived[0].message).toContain('達成事項の目標年度から');
  });

  test('neither 取組活動 nor 達成事項 with rows: one error at 取組活動 naming both', () => {
    const empty = { name: '達成事項', rows: [['事業コード', '目標年度', '達成するべき事項', '達成状況']] };
    const errors = summarize(workbook([projects, empty])).problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.sheet, p.cell, p.code])).toEqual([['取組活動', 'A1', 'sheetMissing']]);
    expect(errors[0].message).toContain('「取組活動」');
    expect(errors[0].message).toContain('「達成事項」');
  });
});

describe('years: 「…年度以降」 and era names as of a date', () => {
  test('平成25年度以降 and R5以降 are ranges to the plan end, written as typed', () => {
    expect(parseFiscalYearRange('平成25年度以降')).toEqual({ first: 2013, last: 2013, open: true });
    expect(parseFiscalYearRange('R5以降')).toEqual({ first: 2023, last: 2023, open: true });
    expect(parseFiscalYearRange('以降')).toBeNull();
    expect(formatYearRange({ first: 2013, last: 2018, open: true })).toBe('平成25年度以降');
    expect(yearRangeLabel({ first: 2013, last: 2018, open: true }, 'en')).toBe('FY2013 onwards');
    const input = workbook([
      projects,
      {
        name: '達成事項',
        rows: [
          ['事業コード', '目標年度', '達成するべき事項', '達成状況'],
          ['A-1', '令和8年度以降', 't', '達成'],
        ],
      },
    ]);
    const summary = summarize(input);
    // Due in the plan end, 2027: its byYear entry.
    expect(summary.achievement.byYear.map((y) => [y.year, y.evaluated])).toEqual([
      [2026, 0],
      [2027, 1],
    ]);
  });

  test('FY2019 is 平成31年度 as of 2019-03-31 and 令和元年度 from 2019-05-01; 令和 never before', () => {
    expect(formatFiscalYear(2019, 'long', '2019-03-31')).toBe('平成31年度');
    expect(formatFiscalYear(2019, 'long', '2019-04-30')).toBe('平成31年度');
    expect(formatFiscalYear(2019, 'long', '2019-05-01')).toBe('令和元年度');
    expect(formatFiscalYear(2020, 'long', '2018-03-31')).toBe('平成32年度');
    expect(formatFiscalYear(2020, 'short', '2018-03-31')).toBe('H32');
    expect(formatFiscalYear(2018, 'long', '2018-03-31')).toBe('平成30年度');
    expect(formatFiscalYear(2019)).toBe('令和元年度');
    expect(formatYearRange({ first: 2018, last: 2020 }, 'long', '2018-03-31')).toBe('平成30～32年度');
    // A fiscal year stands for its last day: as of FY2018 = 2019-03-31.
    expect(eraDateOf('FY2018')).toBe('2019-03-31');
    expect(formatFiscalYear(2019, 'long', 'FY2018')).toBe('平成31年度');
    expect(formatFiscalYear(2019, 'long', new Date('2019-05-01T00:00:00+09:00'))).toBe('令和元年度');
    expect(formatFiscalYear(2019, 'long', new Date('2019-04-30T23:59:59+09:00'))).toBe('平成31年度');
  });
});
