/**
 * What the fourth blind set taught (issue #26), as rules of how Japanese reports summarise results, not of one town's words:
 * - a share in brackets right after its count (「C：やや遅れ⇒3（50.0%）」) is of the count's label; a label said to be included
 *   (「ほぼ計画どおりを含めた完了率」) is counted with the label named before it; 「6の取組中」 is what the count after it is out of;
 * - a year named in a sentence that has no targets due, its figures those of one other year, is the wrong year (and so is the year
 *   of a goal's or an effect's amount that is another year's);
 * - a table's column headed by a label's letter (定義 「A：計画どおり」 → 「A 計画通り」), and a count column beside the labels'
 *   columns (取組数: what they rate); a row that counts the targets by the year they are due (「取組目標① 4 5 3 2 14」);
 * - a line naming one perspective of several (「基本項目1 まちの経営改革 ： 7項目中、5項目を達成（達成率71.4%）」) is that
 *   perspective's; a line that is only a bracket (「（達成率106.7%）」) continues the sentence above; the figure set against a
 *   target (「目標額…に対し、…の効果額」) is the actual; a rate the draft defines (「実施率＝（実施②＋一部実施③）÷取組目標①」) is
 *   that share wherever the draft says it, 「…年度までの」 of the targets due up to that year;
 * - the claims reader's reading with a goal or a perspective named is more specific than the layouts' 「達成率」 (the whole plan's
 *   share), and a number the layouts did not read on a line they read (「10項目中、7項目を達成」) is the claims reader's.
 * Checked on three imaginary plans: each right draft reads clean, and each injected error is found as the figure it is.
 */
import { claimsReader, expectPlaced, injected } from '../../support/claimsDraft';

/** A town rating six targets due in 令和3年度 in four levels with letters; no 取組活動; it truncates. */
const town = claimsReader({
  asOf: '2023-06-30',
  sheets: {
    事業: [
      ['事業コード', '事業名', '取組の視点', '計画期間'],
      ['P-01', '窓口の集約', 1, 'R3～R5'],
      ['P-02', '公用車の削減', 1, 'R3～R5'],
      ['P-03', '委託の見直し', 1, 'R3～R5'],
      ['P-04', '電子申請の拡大', 1, 'R3～R5'],
      ['P-05', '地区懇談会の開催', 2, 'R3～R5'],
      ['P-06', '町民提案の募集', 2, 'R3～R5'],
    ],
    達成事項: [
      ['事業コード', '目標年度', '達成するべき事項', '達成状況'],
      ['P-01', '令和3年度', '窓口の集約', '計画どおり'],
      ['P-02', '令和3年度', '公用車の削減', 'ほぼ計画どおり'],
      ['P-03', '令和3年度', '委託の見直し', 'やや遅れ'],
      ['P-04', '令和3年度', '電子申請の拡大', 'やや遅れ'],
      ['P-05', '令和3年度', '地区懇談会の開催', 'ほぼ計画どおり'],
      ['P-06', '令和3年度', '町民提案の募集', 'やや遅れ'],
    ],
    区分: [
      ['種類', '区分', '意味', '定義'],
      ['達成状況', '計画どおり', '達成', 'A：計画どおり'],
      ['達成状況', 'ほぼ計画どおり', '達成', 'B：ほぼ計画どおり'],
      ['達成状況', 'やや遅れ', '一部未達成', 'C：やや遅れ'],
      ['達成状況', '未着手', '未達成', 'D：未着手'],
    ],
    設定: [
      ['項目', '値'],
      ['計画名', '架空町行政改革実施計画'],
      ['計画開始年度', '令和3年度'],
      ['計画終了年度', '令和5年度'],
      ['端数処理', '切り捨て'],
      ['小数桁数', 1],
      ['取組の視点', '行政運営の効率化\n住民との協働'],
    ],
  },
});

const TOWN = [
  '架空町行政改革 令和3年度の取組結果', // 1
  '', // 2
  '令和3年度は、1の取組（16.6%）が計画どおり完了（ほぼ計画どおりを含めた完了率は50.0%）', // 3
  '', // 4
  '令和3年度は、6の取組中1の取組が計画どおり完了しました。', // 5
  '', // 6
  '（表1参照）', // 7
  '・A：計画どおり⇒1（16.6%）', // 8
  '・B：ほぼ計画どおり⇒2（33.3%）', // 9
  '・C：やや遅れ⇒3（50.0%）', // 10
  '・D：未着手⇒0（0.0%）', // 11
  '', // 12
  '表1 取組の視点別の実施状況', // 13
  '取組の視点\t取組数\t実施状況 A 計画通り\t実施状況 B ほぼ計画通り\t実施状況 C やや遅れ\t実施状況 D 未着手', // 14
  '1 行政運営の効率化\t4\t1\t1\t2\t0', // 15
  '2 住民との協働\t2\t0\t1\t1\t0', // 16
  '合計\t6\t1\t2\t3\t0', // 17
];

describe('a town’s results by label: shares after their counts, labels by their letters, a year with nothing due', () => {
  test('the right draft reads clean, its counts, shares and table placed; a table’s and a figure’s number are no figures', () => {
    const { findings, placed, numbersOn } = town(TOWN);
    expect(findings).toEqual([]);
    expectPlaced(placed, ['3: 1', '3: 16.6%', '3: 50.0%', '5: 6', '5: 1', '8: 16.6%', '10: 50.0%', '11: 0.0%', '15: 4', '16: 0', '17: 6']);
    // 表1 is a table's name: the reader takes no number from its lines — none found, placed or left not placed.
    expect([7, 13].map((line) => [line, numbersOn(line)])).toEqual([
      [7, []],
      [13, []],
    ]);
  });

  test('each injected error is found as the figure it is, and nothing else', () => {
    const wrong = injected(TOWN, [
      [3, '令和3年度', '令和4年度'], // a year with no targets due: its figures are 令和3年度's
      [5, '中1の取組', '中2の取組'], // a label's count, out of the six
      [8, '16.6%', '16.7%'], // a share after its count, rounded half up where the town truncates
      [15, '\t1\t1\t2', '\t1\t2\t2'], // a perspective's count of B, under 「B ほぼ計画通り」
      [16, '\t2\t0\t1', '\t2\t1\t1'], // a perspective's count of A, under 「A 計画通り」 (the label's letter)
      [17, '合計\t6', '合計\t7'], // the count of what the labels rate, beside their columns
    ]);
    expect(town(wrong).findings).toEqual(['3: 令和4年度 → 令和3年度', '5: 2 → 1', '8: 16.7% → 16.6%', '15: 2 → 1', '16: 1 → 0', '17: 7 → 6']);
  });
});

/** A city rating ten targets 達成 / 未達成 by two perspectives, with a savings goal in 千円 and its actual of each year. */
const city = claimsReader({
  asOf: '2024-06-30',
  sheets: {
    事業: [['事業コード', '事業名', '取組の視点', '計画期間'], ...Array.from({ length: 10 }, (_, k) => [`K${k + 1}`, `取組${k + 1}`, k < 7 ? 1 : 2, 'R3～R5'])],
    達成事項: [
      ['事業コード', '目標年度', '達成するべき事項', '達成状況'],
      ...Array.from({ length: 10 }, (_, k) => [`K${k + 1}`, '令和5年度', `取組${k + 1}の目標`, [5, 6, 9].includes(k) ? '未達成' : '達成']),
    ],
    目標: [
      ['項目', '目標値', '単位', '年度', '実績'],
      ['効果額', 50000, '千円', '令和3年度', 15000],
      ['効果額', '', '千円', '令和4年度', 18000],
      ['効果額', '', '千円', '令和5年度', 20370],
    ],
    設定: [
      ['項目', '値'],
      ['計画名', '第3次架空市行政改革実施計画'],
      ['計画開始年度', '令和3年度'],
      ['計画終了年度', '令和5年度'],
      ['端数処理', '四捨五入'],
      ['小数桁数', 1],
      ['金額単位', '千円'],
      ['取組の視点', 'まちの経営改革\n市民サービスの向上'],
    ],
  },
});

const CITY = [
  '第3次架空市行政改革の総括（案）', // 1
  '', // 2
  '本計画では、「1まちの経営改革」及び「2市民サービスの向上」を基本項目としています。', // 3
  '', // 4
  '総括', // 5
  ' 取組項目数における達成度 ： 10項目中、7項目を達成 （達成率70.0%）', // 6
  '   基本項目1 まちの経営改革 ： 7項目中、5項目を達成 （達成率71.4%）', // 7
  '   基本項目2 市民サービスの向上 ： 3項目中、2項目を達成 （達成率66.7%）', // 8
  ' 目標額に対する効果額 ： 目標額5,000万円に対し、5,337万円の効果額', // 9
  '            （達成率106.7%）', // 10
  '', // 11
  '令和4年度の効果額は1,800万円でした。', // 12
];

describe('a city’s summary: a perspective named on its line, a goal’s rate on the line below, a year of an amount', () => {
  test('the right draft reads clean: a perspective’s share is not the whole plan’s, the goal’s rate not a label’s share', () => {
    const { findings, placed, numbersOn } = city(CITY);
    expect(findings).toEqual([]);
    expectPlaced(placed, [
      '6: 10項目',
      '6: 7項目',
      '7: 7項目',
      '7: 5項目',
      '7: 71.4%',
      '8: 66.7%',
      '9: 5,000万円',
      '9: 5,337万円',
      '10: 106.7%',
      '12: 1,800万円',
    ]);
    // A quoted name's own number (「1まちの経営改革」) is no figure.
    // (None found, placed or left not placed: a misread 1 placed as a count would be read here.)
    expect(numbersOn(3)).toEqual([]);
  });

  test('each injected error is found as the figure it is, and nothing else', () => {
    const wrong = injected(CITY, [
      [6, '7項目を達成', '8項目を達成'], // a label's count on a line whose rate the layouts read
      [8, '66.7%', '67.7%'], // a perspective's share
      [9, '5,337万円', '5,437万円'], // the actual set against the target
      [10, '106.7%', '106.8%'], // the goal's rate, on the line below its sentence
      [12, '令和4年度', '令和5年度'], // the year of an amount that is 令和4年度's
    ]);
    expect(city(wrong).findings).toEqual([
      '6: 8項目 → 7項目',
      '8: 67.7% → 66.7%',
      '9: 5,437万円 → 53,370千円',
      '10: 106.8% → 106.7%',
      '12: 令和5年度 → 令和4年度',
    ]);
  });
});

/** A village with targets due each year (実施 and 一部実施 both 達成), savings and revenue by perspective, in 円, two decimals. */
const village = claimsReader({
  asOf: '2024-06-30',
  sheets: {
    事業: [
      ['事業コード', '事業名', '取組の視点', '計画期間'],
      ...Array.from({ length: 14 }, (_, k) => [`T${k + 1}`, `取組項目${k + 1}`, 1, 'R2～R5']),
      ['E1', '人件費の削減', 2, 'R2～R5'],
      ['R1', '使用料の見直し', 3, 'R2～R5'],
    ],
    達成事項: [
      ['事業コード', '目標年度', '達成するべき事項', '達成状況'],
      ...(
        [
          ['令和2年度', '実施'],
          ['令和2年度', '実施'],
          ['令和2年度', '実施'],
          ['令和2年度', '未実施'],
          ['令和3年度', '実施'],
          ['令和3年度', '実施'],
          ['令和3年度', '一部実施'],
          ['令和3年度', '未実施'],
          ['令和3年度', '未実施'],
          ['令和4年度', '実施'],
          ['令和4年度', '一部実施'],
          ['令和4年度', '未実施'],
          ['令和5年度', '実施'],
          ['令和5年度', '未実施'],
        ] as const
      ).map(([year, label], k) => [`T${k + 1}`, year, `取組項目${k + 1}の取組目標`, label]),
    ],
    効果額: [
      ['事業コード', '年度', '効果額（円）', '区分'],
      ['E1', '令和2年度', 10000000, '歳出削減'],
      ['R1', '令和2年度', 200000, '歳入確保'],
      ['E1', '令和3年度', 12500000, '歳出削減'],
      ['R1', '令和3年度', 300000, '歳入確保'],
      ['E1', '令和4年度', 15000000, '歳出削減'],
      ['R1', '令和4年度', 250000, '歳入確保'],
    ],
    区分: [
      ['種類', '区分', '意味'],
      ['達成状況', '実施', '達成'],
      ['達成状況', '一部実施', '達成'],
      ['達成状況', '未実施', '未達成'],
    ],
    設定: [
      ['項目', '値'],
      ['計画名', '架空村行政改革プラン'],
      ['計画開始年度', '令和2年度'],
      ['計画終了年度', '令和5年度'],
      ['端数処理', '切り捨て'],
      ['小数桁数', 2],
      ['金額単位', '円'],
      ['取組の視点', '取組事項\n削減額\n増収額'],
    ],
  },
});

const VILLAGE = [
  '令和5年度 架空村行政改革プラン実施状況報告書（案）', // 1
  '', // 2
  '事務事業の見直しなどにより財政効果がありました。（令和5年度までの実施率：64.28%）', // 3
  '', // 4
  '(1) 財政効果額（単位：円）', // 5
  '年 度      令和2年度     令和3年度     令和4年度', // 6
  '削減額     10,000,000    12,500,000    15,000,000', // 7
  '増収額        200,000       300,000       250,000', // 8
  '計         10,200,000    12,800,000    15,250,000', // 9
  '令和4年度の財政効果額は1,525万円で、3年間で最も大きくなりました。', // 10
  '', // 11
  '(2) 取組事項の実施状況', // 12
  '目標に対する実施率＝（実施②＋一部実施③）÷取組目標①', // 13
  '取組項目     2年度   3年度   4年度   5年度   計     実施率', // 14
  '取組目標①      4       5       3       2      14    64.28%', // 15
];

describe('a village’s report: a rate it defines, targets counted by the year they are due, a year’s total of effects', () => {
  test('the right draft reads clean, the table rows and the defined rate placed', () => {
    const { findings, placed } = village(VILLAGE);
    expect(findings).toEqual([]);
    expectPlaced(placed, ['3: 64.28%', '9: 10,200,000', '9: 12,800,000', '10: 1,525万円', '15: 4', '15: 5', '15: 14', '15: 64.28%']);
  });

  test('each injected error is found as the figure it is, and nothing else', () => {
    const wrong = injected(VILLAGE, [
      [3, '64.28%', '71.42%'], // the rate the draft defines, of the targets due up to 令和5年度
      [9, '12,800,000', '12,080,000'], // a year's total under a heading that names the effects
      [10, '令和4年度', '令和3年度'], // the year of an amount that is 令和4年度's
      [15, '  5  ', '  6  '], // the targets due in 令和3年度
    ]);
    expect(village(wrong).findings).toEqual(['3: 71.42% → 64.28%', '9: 12,080,000 → 12,800,000', '10: 令和3年度 → 令和4年度', '15: 6 → 5']);
  });
});
