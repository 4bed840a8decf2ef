/**
 * What the third blind set taught (issue #26), as rules of how Japanese reports state a goal's result, not of one town's
 * words: the figure reached after 「目標を…上回り、」「目標より…増加し」 is the actual; 上積み額 is by how much the actual
 * exceeds the target (no figure of the plan) and 達成額 is the actual (not a count of the label 達成); a 合計 row under
 * rows named by goals is no one goal's, but the column's sum; a row's parts add to its 計 with ▲ as a minus, the 計 too.
 * Checked on an imaginary town's plan: the right draft reads clean, each injected error is found as the figure it is.
 */
import { numbersOf } from '../../../src/core/proofread/draftText';
import { claimsReader, expectNotPlacedAsFigures, expectPlaced, injected } from '../../support/claimsDraft';

/** Two goals of one year in 千円 (the year's target and actual), four targets rated 達成 / 未達成. */
const SHEETS = {
  事業: [
    ['事業コード', '事業名', '取組の視点', '計画期間'],
    ['K-01', '人件費の抑制', 1, 'R3～R5'],
    ['K-02', '施設の統廃合', 1, 'R3～R5'],
    ['K-03', '使用料の見直し', 2, 'R3～R5'],
    ['K-04', '滞納整理の強化', 2, 'R3～R5'],
  ],
  達成事項: [
    ['事業コード', '目標年度', '達成するべき事項', '達成状況'],
    ['K-01', '令和4年度', '人件費の抑制', '達成'],
    ['K-02', '令和4年度', '施設の統廃合', '達成'],
    ['K-03', '令和4年度', '使用料の見直し', '達成'],
    ['K-04', '令和4年度', '滞納整理の強化', '未達成'],
  ],
  目標: [
    ['項目', '目標値', '単位', '年度', '実績', '年度目標'],
    ['経費削減額', '', '千円', '令和4年度', 70000, 60000],
    ['歳入増額', '', '千円', '令和4年度', 25000, 20000],
  ],
  区分: [
    ['種類', '区分', '意味'],
    ['達成状況', '達成', '達成'],
    ['達成状況', '未達成', '未達成'],
  ],
  設定: [
    ['項目', '値'],
    ['計画名', '架空町集中改革プラン'],
    ['計画開始年度', '令和3年度'],
    ['計画終了年度', '令和5年度'],
    ['端数処理', '四捨五入'],
    ['小数桁数', 1],
    ['金額単位', '千円'],
    ['取組の視点', '歳出の削減\n歳入の確保'],
  ],
};
const read = claimsReader({ asOf: '2023-06-30', sheets: SHEETS });

const RIGHT = [
  '令和4年度の数値目標と実績', // 1
  '', // 2
  '経費削減額は目標より1,000万円増加し7,000万円となりました。', // 3
  '歳入増額は、目標を500万円上回り、2,500万円となりました。', // 4
  '経費削減額は、目標額6,000万円に対し、達成額は7,000万円、目標額に対する上積み額は1,000万円となりました。', // 5
  '', // 6
  '（単位：千円）', // 7
  '区分\t数値目標\t実績\t達成率', // 8
  '経費削減額\t60,000\t70,000\t116.7%', // 9
  '歳入増額\t20,000\t25,000\t125.0%', // 10
  '合計\t80,000\t95,000', // 11
  '', // 12
  '（単位：千円）', // 13
  '\t前期\t後期\t見直し計', // 14
  '収支\t12,000\t▲ 2,000\t10,000', // 15
  '補正\t▲ 12,000\t2,000\t▲ 10,000', // 16
  '', // 17
  '経費削減額・歳入増額ともに数値目標を達成', // 18: a heading naming a goal, carried to the table below
  '', // 19
  '（単位：千円）', // 20
  '区分\t数値目標\t実績', // 21
  '経費削減額\t60,000\t70,000', // 22
  '歳入増額\t20,000\t25,000', // 23
  '合計\t80,000\t95,000', // 24: the goals' sum, not the goal the heading names
  '', // 25
  '\t経費削減額\t歳入増額\t改善額合計', // 26
  '達成額\t70,000\t25,000\t95,000', // 27: 達成額 is an amount, not the count of the label 達成
  '', // 28
  '令和4年度の数値目標は、経費削減額6,000万円、歳入増額2,000万円と設定していました。', // 29: the topic names the measure
];

describe('a goal’s result as a report states it', () => {
  test('the right draft reads clean: the figure reached is the actual, 上積み額 no figure, 達成額 no count, ▲ a minus', () => {
    const { findings, placed } = read(RIGHT);
    expect(findings).toEqual([]);
    expectPlaced(placed, ['3: 7,000万円', '4: 2,500万円', '5: 6,000万円', '5: 7,000万円', '9: 70,000', '10: 125.0%', '29: 6,000万円', '29: 2,000万円']);
    // By how much the actual exceeds the target: no figure of the plan, never placed.
    expectNotPlacedAsFigures(placed, ['3: 1,000万円', '4: 500万円', '5: 1,000万円']);
  });

  test('each injected error is found as the figure it is, and nothing else', () => {
    const wrong = injected(RIGHT, [
      [3, '7,000万円', '7,100万円'], // the actual reached after 「目標より…増加し」
      [4, '2,500万円', '2,600万円'], // the actual reached after 「目標を…上回り、」
      [11, '95,000', '95,500'], // a 合計 row under rows of goals: the column's sum
      [15, '\t10,000', '\t14,000'], // a row's 計 with a ▲ part
      [24, '95,000', '95,500'], // the goals' sum under a heading naming one
      [29, '6,000万円', '6,500万円'], // a year's target, the measure named by the sentence's topic
    ]);
    expect(read(wrong).findings).toEqual([
      '3: 7,100万円 → 70,000千円',
      '4: 2,600万円 → 25,000千円',
      '11: 95,500 → 95,000',
      '15: 14,000 → 10,000',
      '24: 95,500 → 95,000',
      '29: 6,500万円 → 60,000千円',
    ]);
  });
});

/** The same town rating its targets A / B (one character each), by perspective. */
const readRanked = claimsReader({
  asOf: '2023-06-30',
  sheets: {
    ...SHEETS,
    達成事項: [
      ['事業コード', '目標年度', '達成するべき事項', '達成状況'],
      ['K-01', '令和4年度', '人件費の抑制', 'A'],
      ['K-02', '令和4年度', '施設の統廃合', 'A'],
      ['K-03', '令和4年度', '使用料の見直し', 'A'],
      ['K-04', '令和4年度', '滞納整理の強化', 'B'],
    ],
    区分: [
      ['種類', '区分', '意味'],
      ['達成状況', 'A', '達成'],
      ['達成状況', 'B', '未達成'],
    ],
  },
});

const RANKED = [
  '評価ランク別内訳', // 1
  '\tプラン数\tA\tB\t進展率(%)', // 2
  'Ⅰ.歳出の削減\t2\t2\t0\t100.0', // 3
  'Ⅱ.歳入の確保\t2\t1\t1\t50.0', // 4
  '計\t4\t3\t1\t75.0', // 5
];

describe('a table of ranks by perspective', () => {
  test('the right table reads clean: a column of rates does not add up to its 計', () => {
    expect(readRanked(RANKED).findings).toEqual([]);
  });

  test('a rank’s count in a perspective’s row is checked by its one-character column (B), the right 計 not blamed', () => {
    const wrong = injected(RANKED, [[4, '\t2\t1\t1\t', '\t2\t1\t2\t']]);
    expect(readRanked(wrong).findings).toEqual(['4: 2 → 1']);
  });
});

describe('a table of projects’ amounts under a 効果額 header', () => {
  const readWithEffects = claimsReader({
    asOf: '2023-06-30',
    sheets: {
      ...SHEETS,
      効果額: [
        ['事業コード', '年度', '効果額（千円）', '区分'],
        ['K-01', '令和4年度', 30000, '歳出削減'],
        ['K-03', '令和4年度', 5000, '歳入確保'],
      ],
    },
  });

  test('a project’s row is no sentence about the plan’s total (its tabbed cells are the header’s columns)', () => {
    const draft = ['■主な財政効果', 'プラン名\t効果額\t備考', 'K-01 人件費の抑制\t30,000千円\t職員数の削減', 'K-03 使用料の見直し\t5,000千円\t手数料の改定'];
    expect(readWithEffects(draft).findings).toEqual([]);
  });

  test('a project’s amount, its row named by its code, is checked against that project’s', () => {
    const draft = ['■主な財政効果', 'プラン名\t効果額\t備考', 'K-01 人件費の抑制\t30,000千円\t職員数の削減', 'K-03 使用料の見直し\t5,500千円\t手数料の改定'];
    const result = readWithEffects(draft);
    expect(result.findings).toEqual(['4: 5,500千円 → 5,000千円']);
    expectPlaced(result.placed, ['3: 30,000千円']);
  });
});

describe('an amount in 万 and 千 words', () => {
  test('8182万7千円 is 81,827千円 (千 counting 円); 62万2,971千円 is 622,971千円 (万 counting 千円)', () => {
    expect(numbersOf('歳入増額8182万7千円と設定', 1).map((t) => [t.value, t.unit])).toEqual([[81827000, '円']]);
    expect(numbersOf('効果額62万2,971千円', 1).map((t) => [t.value, t.unit])).toEqual([[622971, '千円']]);
  });
});
