/**
 * What the fifth blind set taught of a table laid out one cell a line (issue #26), as a rule of layout, not of one city's words:
 * the column headers one a line (「項目名」 「項目数」 「区分」 「改善額」), then each row — its label (a perspective's name, or 合計)
 * on a line of words and no number, its count on the line below under the 「項目数」 column, then each measure's word (目標額,
 * 実績額, 差引額) over its figure. The count is the perspective's projects (the plan's on the 合計 row); a figure under 目標額 or
 * 実績額 is the target or actual of the goal the row's label qualifies (改善額（協働のまちづくり）, 改善額（合計）), negative as it
 * may be; 差引額 is a difference, no figure of the plan.
 * Checked on an imaginary town: the right draft reads clean, each injected error is found as the figure it is.
 */
import { claimsReader, expectNotPlacedAsFigures, expectPlaced, injected } from '../../support/claimsDraft';

const town = claimsReader({
  asOf: '2020-12-31',
  sheets: {
    事業: [['事業コード', '事業名', '取組の視点', '計画期間'], ...Array.from({ length: 8 }, (_, k) => [`T${k + 1}`, `取組${k + 1}`, k < 5 ? 1 : 2, 'R2～R4'])],
    取組活動: [
      ['事業コード', '年度', '取組活動', '進捗状況'],
      ...Array.from({ length: 8 }, (_, k) => [`T${k + 1}`, '令和2年度', `取組${k + 1}の実施`, '実施']),
    ],
    目標: [
      ['項目', '目標値', '単位', '年度', '実績'],
      ['改善額（まちの効率化）', 24000, '万円', '令和2年度', 26500],
      ['改善額（協働のまちづくり）', -300, '万円', '令和2年度', -200],
      ['改善額（合計）', 23700, '万円', '令和2年度', 26300],
    ],
    区分: [
      ['種類', '区分', '意味', '進捗率に含める'],
      ['進捗状況', '実施', '済', '○'],
      ['進捗状況', '未実施', '未着手', '×'],
    ],
    設定: [
      ['項目', '値'],
      ['計画名', '架空町行政改革実施計画'],
      ['計画開始年度', '令和2年度'],
      ['計画終了年度', '令和4年度'],
      ['端数処理', '四捨五入'],
      ['小数桁数', 1],
      ['取組の視点', 'まちの効率化\n協働のまちづくり'],
    ],
  },
});

const RIGHT = [
  '架空町行政改革 令和2年度取組結果', // 1
  '', // 2
  '令和2年度の行政改革の成果', // 3
  '項目名', // 4
  '項目数', // 5
  '区分', // 6
  '改善額', // 7
  'まちの効率化', // 8
  '5', // 9
  '目標額', // 10
  '2億4,000万円', // 11
  '実績額', // 12
  '2億6,500万円', // 13
  '差引額', // 14
  '2,500万円', // 15
  '協働のまちづくり', // 16
  '3', // 17
  '目標額', // 18
  '-300万円', // 19
  '実績額', // 20
  '-200万円', // 21
  '差引額', // 22
  '100万円', // 23
  '合計', // 24
  '8', // 25
  '目標額', // 26
  '2億3,700万円', // 27
  '実績額', // 28
  '2億6,300万円', // 29
  '差引額', // 30
  '2,600万円', // 31
];

describe('a table laid out one cell a line: rows of perspectives and their 合計, each with its count and its goal’s measures', () => {
  test('the right draft reads clean: counts, targets and actuals placed (negative too), differences not', () => {
    const { findings, placed } = town(RIGHT);
    expect(findings).toEqual([]);
    expectPlaced(placed, [
      '9: 5',
      '11: 2億4,000万円',
      '13: 2億6,500万円',
      '17: 3',
      '19: -300万円',
      '21: -200万円',
      '25: 8',
      '27: 2億3,700万円',
      '29: 2億6,300万円',
    ]);
    expectNotPlacedAsFigures(placed, ['15: 2,500万円', '23: 100万円', '31: 2,600万円']);
  });

  test('each injected error is found as the figure it is', () => {
    const wrong = injected(RIGHT, [
      [9, '5', '6'], // the perspective's projects, under 「項目数」
      [13, '2億6,500万円', '2億5,600万円'], // the perspective's goal's actual
      [19, '-300万円', '-350万円'], // a negative target of the other perspective's goal
      [27, '2億3,700万円', '2億3,000万円'], // the 合計 row's target: the goal qualified 合計
    ]);
    expect(town(wrong).findings).toEqual(['9: 6 → 5', '13: 2億5,600万円 → 26,500万円', '19: -350万円 → -300万円', '27: 2億3,000万円 → 23,700万円']);
  });
});
