/**
 * Goals named by their period (削減額（令和2～3年度）) and a key-value layout: a heading naming the goal with another wave dash
 * (〜 for ～) is that goal's; a line that is only a measure's word (「目標」「見込」「実績」) keys the figure on the line below; a row
 * labelled with the goal's period under the goal's words is the goal's, its period no year of the figure. Phrasings written for
 * this test.
 */
import { rangeMarks } from '../../../src/core/proofread/claimNames';
import { claimsReader, expectPlaced, injected } from '../../support/claimsDraft';

const read = claimsReader({
  asOf: '2024-06-30',
  sheets: {
    事業: [
      ['事業コード', '事業名', '取組の視点', '計画期間'],
      ['C-01', '委託料の見直し', 1, 'R2～R5'],
    ],
    取組活動: [
      ['事業コード', '年度', '取組活動', '進捗状況'],
      ['C-01', '令和2年度', '委託料の見直し', '済'],
    ],
    目標: [
      ['項目', '目標値', '単位', '年度', '実績'],
      ['削減額（令和2～3年度）', 40000, '千円', '令和2年度', 20000],
      ['削減額（令和2～3年度）', '', '千円', '令和3年度', 25000],
      ['削減額（令和4～5年度）', 60000, '千円', '令和4年度', 28000],
      ['削減額（令和4～5年度）', '', '千円', '令和5年度', 29000],
    ],
    設定: [
      ['項目', '値'],
      ['計画名', '架空市経営改革プラン'],
      ['計画開始年度', '令和2年度'],
      ['計画終了年度', '令和5年度'],
      ['端数処理', '四捨五入'],
      ['小数桁数', 1],
      ['金額単位', '千円'],
    ],
  },
});

const RIGHT = [
  '◆削減額（令和2〜3年度）', // 1
  '目標', // 2
  '2年間で4,000万円', // 3
  '実績', // 4
  '2年間で4,500万円（目標を達成）', // 5
  '', // 6
  '◆削減額（令和4〜5年度）', // 7
  '目標', // 8
  '2年間で6,000万円', // 9
  '実績', // 10
  '2年間で5,700万円', // 11
  '', // 12
  '削減額の目標と実績（単位：千円）', // 13
  '期間\t目標\t実績\t達成率', // 14
  '令和2〜3年度\t40,000\t45,000\t112.5%', // 15
  '令和4〜5年度\t60,000\t57,000\t95.0%', // 16
];

describe('goals named by their period, in a key-value layout and a table of periods', () => {
  test('the right draft: each key’s figure placed as the goal’s target or actual, each period row’s as that goal’s', () => {
    const { findings, placed } = read(RIGHT);
    expect(findings).toEqual([]);
    expectPlaced(placed, ['3: 4,000万円', '5: 4,500万円', '9: 6,000万円', '11: 5,700万円', '15: 40,000', '15: 45,000', '15: 112.5%', '16: 95.0%']);
  });

  test('a wrong target under 「目標」, a wrong actual under 「実績」 and a period row’s rate are found as the goal’s', () => {
    const wrong = injected(RIGHT, [
      [5, '4,500万円', '4,550万円'],
      [9, '6,000万円', '6,500万円'],
      [16, '95.0%', '94.0%'],
    ]);
    expect(read(wrong).findings).toEqual(['5: 4,550万円 → 45,000千円', '9: 6,500万円 → 60,000千円', '16: 94.0% → 95.0%']);
  });

  test('the wave dashes of a range are one mark', () => {
    expect(['令和2～3年度', '令和2〜3年度', '令和2~3年度'].map(rangeMarks)).toEqual(['令和2~3年度', '令和2~3年度', '令和2~3年度']);
  });
});

describe('a heading naming a goal with a period not its own', () => {
  test('the one goal of those words whose period begins the same year: the period’s end is reported, and the heading carries it', () => {
    const wrong = injected(RIGHT, [
      [7, '令和4〜5年度', '令和4〜6年度'],
      [9, '6,000万円', '6,200万円'],
    ]);
    expect(read(wrong).findings).toEqual(['7: 令和4〜6年度 → 令和4〜5年度', '9: 6,200万円 → 60,000千円']);
  });

  test('a period that begins in a year no goal’s does is not guessed', () => {
    const other = injected(RIGHT, [[7, '令和4〜5年度', '令和3〜5年度']]);
    expect(read(other).findings).toEqual([]);
  });
});

describe('a rate whose goal and year only the sentence before names', () => {
  const readSavings = claimsReader({
    asOf: '2024-06-30',
    sheets: {
      事業: [
        ['事業コード', '事業名', '取組の視点', '計画期間'],
        ['D-01', '庁舎管理の見直し', 1, 'R4～R5'],
      ],
      取組活動: [
        ['事業コード', '年度', '取組活動', '進捗状況'],
        ['D-01', '令和4年度', '庁舎管理の見直し', '済'],
      ],
      目標: [
        ['項目', '目標値', '単位', '年度', '実績', '年度目標'],
        ['経費節減額', '', '千円', '令和4年度', 44000, 40000],
        ['経費節減額', '', '千円', '令和5年度', 45000, 50000],
        ['職員数', '', '人', '令和4年度', 300, 310],
      ],
      設定: [
        ['項目', '値'],
        ['計画名', '架空市経費節減計画'],
        ['計画開始年度', '令和4年度'],
        ['計画終了年度', '令和5年度'],
        ['端数処理', '四捨五入'],
        ['小数桁数', 1],
        ['金額単位', '千円'],
      ],
    },
  });
  const SAVINGS = [
    '令和5年度 経費節減の状況', // 1
    '', // 2
    '　令和4年度の経費節減額は、目標額4,000万円に対し、実績は4,400万円でした。', // 3
    '　目標額に対する達成率は110.0%です。', // 4
    '　令和5年度の経費節減額は4,500万円でした。目標に対する達成率は90.0%となりました。', // 5
  ];

  test('the right draft reads clean, each rate placed as the goal’s of the year the sentence before names', () => {
    const { findings, placed } = readSavings(SAVINGS);
    expect(findings).toEqual([]);
    expectPlaced(placed, ['4: 110.0%', '5: 90.0%']);
  });

  test('a wrong rate is found as that goal’s of that year, on the line below or after a 。 on the same line', () => {
    const wrong = injected(SAVINGS, [
      [4, '110.0%', '111.0%'],
      [5, '90.0%', '91.0%'],
    ]);
    expect(readSavings(wrong).findings).toEqual(['4: 111.0% → 110.0%', '5: 91.0% → 90.0%']);
  });
});
