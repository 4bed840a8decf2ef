/**
 * The claim reader reads a figure by what its report's layout says of it (issue #26, the second blind set's lessons), as
 * rules of Japanese reports rather than of one city's words: a column's header (目標額 | 実績額 | 増減 | 達成率) or the
 * words just before a number (「計画額…に対して実績額は…」) name its measure; a 差 or 増減, or 「…上回り」, is no figure; a
 * goal's amount in 億・万 words is its amount; a heading naming a perspective makes the counts under it that
 * perspective's, until a sentence speaks of the whole; a rate named by a label's words (完了率) is that label's share.
 * Checked on a plan of an imaginary city in phrasings none of the corpus drafts uses: the right draft reads clean, each
 * injected error is found as the figure it is, and nothing else.
 */
import { measureOf } from '../../../src/core/proofread/claims';
import { normalizeDraftLine, numbersOf, yearsOf } from '../../../src/core/proofread/draftText';
import { claimsReader, expectNotPlacedAsFigures, expectPlaced, injected } from '../../support/claimsDraft';

describe('the measure a header or the words before a number name', () => {
  test('plan, actual, difference, rate and cumulative, as columns are headed', () => {
    expect(['計画額a', '目標額', '実績額b', '決算額', '差b-a', '増減', '達成率（金額ベース）b/a*100', '累計額'].map(measureOf)).toEqual([
      'target',
      'target',
      'actual',
      'actual',
      'difference',
      'difference',
      'rate',
      'cumulative',
    ]);
  });

  test('the last named wins (「実績額が計画額を」 ends on the plan); a word that only contains 率 or 計 names none', () => {
    expect(measureOf('に対して実績額（決算額）は')).toBe('actual');
    expect(measureOf('実績額が計画額を')).toBe('target');
    expect(['効率化', '合計', '区分', '評価得点'].map(measureOf)).toEqual([null, null, null, null]);
  });
});

describe('what is a number', () => {
  test('a goal’s own unit makes a figure of a word that otherwise is none (84点 in a plan scored in 点)', () => {
    expect(numbersOf(normalizeDraftLine('合計評価得点は、84点となりました'), 1, ['点']).map((t) => [t.text, t.unit])).toEqual([['84点', '点']]);
    expect(numbersOf(normalizeDraftLine('合計評価得点は、84点となりました'), 1)).toEqual([]);
  });

  test('「5年度目」 is an ordinal of the plan’s years, no fiscal year', () => {
    expect(yearsOf('最終年度（5年度目）である令和元年度の', '平成').map((y) => y.text)).toEqual(['令和元年度']);
  });
});

/** A plan of an imaginary city: two perspectives, four targets with results, a savings goal in 千円 for the whole and per perspective. */
const read = claimsReader({
  asOf: '2023-06-30',
  sheets: {
    事業: [
      ['事業コード', '事業名', '取組の視点', '計画期間'],
      ['A-01', '補助金の見直し', 1, 'R3～R5'],
      ['A-02', '公共施設の統廃合', 1, 'R3～R5'],
      ['A-03', '市民提案制度の創設', 2, 'R3～R5'],
      ['A-04', '協働事業の拡充', 2, 'R3～R5'],
    ],
    達成事項: [
      ['事業コード', '目標年度', '達成するべき事項', '達成状況'],
      ['A-01', '令和4年度', '補助金の見直しの完了', '完了'],
      ['A-02', '令和4年度', '公共施設の統廃合の完了', '完了'],
      ['A-03', '令和4年度', '市民提案制度の創設', '完了'],
      ['A-04', '令和4年度', '協働事業の拡充', '未完了'],
    ],
    目標: [
      ['項目', '目標値', '単位', '年度', '実績', '年度目標'],
      ['削減額（全体）', '', '千円', '令和4年度', 61000, 60000],
      ['削減額（健全な財政運営）', '', '千円', '令和4年度', 40000, 42000],
      ['削減額（市民協働の推進）', '', '千円', '令和4年度', 21000, 18000],
    ],
    区分: [
      ['種類', '区分', '意味'],
      ['達成状況', '完了', '達成'],
      ['達成状況', '未完了', '未達成'],
    ],
    設定: [
      ['項目', '値'],
      ['計画名', '架空市行政改革プラン'],
      ['計画開始年度', '令和3年度'],
      ['計画終了年度', '令和5年度'],
      ['端数処理', '四捨五入'],
      ['小数桁数', 1],
      ['金額単位', '千円'],
      ['取組の視点', '健全な財政運営\n市民協働の推進'],
    ],
  },
});

const RIGHT = [
  '令和4年度 行政改革の取組結果', // 1
  '', // 2
  '削減額は全体で6,100万円となり、目標額6,000万円を100万円上回りました。', // 3
  '', // 4
  '（単位：千円）', // 5
  '区分\t目標額\t実績額\t増減\t達成率', // 6
  '健全な財政運営\t42,000\t40,000\t-2,000\t95.2%', // 7
  '市民協働の推進\t18,000\t21,000\t3,000\t116.7%', // 8
  '合計\t60,000\t61,000\t1,000\t101.7%', // 9
  '', // 10
  '1 健全な財政運営', // 11
  '・対象取組：2項目', // 12
  'うち2項目が完了（完了率100.0%）', // 13
  '', // 14
  '2 市民協働の推進', // 15
  '・対象取組：2項目', // 16
  'うち1項目が完了（完了率50.0%）', // 17
  '計画全体では、完了率は75.0%となりました。', // 18
  '「補助金の見直し」では、削減額は1,500万円となりました。', // 19: one project's amount — the workbook has none
];

describe('a report of another layout, read by its columns, its words and its headings', () => {
  test('the right draft reads clean, each column’s figure placed by what its header says', () => {
    const { findings, placed } = read(RIGHT);
    expect(findings).toEqual([]);
    expectPlaced(placed, [
      '3: 6,100万円',
      '3: 6,000万円',
      '7: 42,000',
      '7: 40,000',
      '7: 95.2%',
      '8: 116.7%',
      '12: 2項目',
      '13: 2項目',
      '17: 50.0%',
      '18: 75.0%',
    ]);
    // A difference (増減 column, 「…を100万円上回り」) is no figure of the plan: never placed, never found wrong.
    expectNotPlacedAsFigures(placed, ['3: 100万円', '7: -2,000', '8: 3,000']);
    // One project's amount is not the whole plan's, though its sentence says 削減額 unqualified.
    expectNotPlacedAsFigures(placed, ['19: 1,500万円']);
  });

  test('each injected error is found as the figure it is, and nothing else', () => {
    const wrong = injected(RIGHT, [
      [3, '6,000万円', '6,500万円'], // the year's target, in 億・万 words
      [7, '\t40,000', '\t41,000'], // a perspective's actual, under 実績額
      [8, '116.7%', '116.6%'], // a yearly rate, truncated instead of rounded
      [16, '2項目', '3項目'], // a perspective's count of targets, under its heading
      [17, 'うち1項目', 'うち2項目'], // a label's count within the perspective (its rate beside it right)
      [18, '75.0%', '66.7%'], // the whole plan's rate, said after a perspective's heading
    ]);
    expect(read(wrong).findings).toEqual([
      '3: 6,500万円 → 60,000千円',
      '7: 41,000 → 40,000',
      '8: 116.6% → 116.7%',
      '16: 3項目 → 2項目',
      '17: 2項目 → 1項目',
      '18: 66.7% → 75.0%',
    ]);
  });
});
