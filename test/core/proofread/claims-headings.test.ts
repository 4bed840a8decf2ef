/**
 * The headings a table is under, by the draft's heading structure (its numbering and nesting) at any distance — not the three
 * lines over the table: 「２　財政効果額（単位：千円）」 twelve lines and another table above a 計 row makes that row the effects'
 * total, in 千円. Phrasings written for this test.
 */
import { headingLevel } from '../../../src/core/proofread/claimWords';
import { claimsReader, expectPlaced, injected } from '../../support/claimsDraft';

/** Two years of effects in 円, by 区分; three targets due in 令和4年度. */
const read = claimsReader({
  asOf: '2023-06-30',
  sheets: {
    事業: [
      ['事業コード', '事業名', '取組の視点', '計画期間'],
      ['E-01', '人件費の抑制', 1, 'R3～R4'],
      ['E-02', '使用料の改定', 1, 'R3～R4'],
      ['E-03', '窓口の統合', 1, 'R3～R4'],
    ],
    達成事項: [
      ['事業コード', '目標年度', '達成するべき事項', '達成状況'],
      ['E-01', '令和4年度', '人件費の抑制', '達成'],
      ['E-02', '令和4年度', '使用料の改定', '達成'],
      ['E-03', '令和4年度', '窓口の統合', '未達成'],
    ],
    効果額: [
      ['事業コード', '年度', '効果額（円）', '区分'],
      ['E-01', '令和3年度', 10000000, '歳出削減'],
      ['E-02', '令和3年度', 2000000, '歳入確保'],
      ['E-01', '令和4年度', 12000000, '歳出削減'],
      ['E-02', '令和4年度', 3000000, '歳入確保'],
    ],
    区分: [
      ['種類', '区分', '意味'],
      ['達成状況', '達成', '達成'],
      ['達成状況', '未達成', '未達成'],
    ],
    設定: [
      ['項目', '値'],
      ['計画名', '架空市行政改革推進計画'],
      ['計画開始年度', '令和3年度'],
      ['計画終了年度', '令和4年度'],
      ['端数処理', '四捨五入'],
      ['小数桁数', 1],
      ['金額単位', '円'],
      ['取組の視点', '行政運営の改革'],
    ],
  },
});

const RIGHT = [
  '２　財政効果額（単位：千円）', // 1
  '', // 2
  '(1) 区分別の推移', // 3
  '区分\t令和3年度\t令和4年度', // 4
  '歳出削減の取組\t一部\t継続', // 5
  '歳入確保の取組\t新規\t継続', // 6
  '', // 7
  '上の表のとおり、歳出の削減が効果の大半を占めています。', // 8
  '各年度とも、見直しは計画どおりに進みました。', // 9
  '', // 10
  '(2) 年度ごとの合計', // 11
  '年度\t令和3年度\t令和4年度', // 12
  '計\t12,000\t15,000', // 13
  '', // 14
  '３　達成状況', // 15
  '', // 16
  '(1) 区分別の件数', // 17
  '区分\t件数', // 18
  '達成\t2', // 19
  '未達成\t1', // 20
  '計\t3', // 21
];

describe('a table’s 計 row under a heading twelve lines above, another table between', () => {
  test('the right draft: each year’s total placed as the effects’, in the 千円 its heading states', () => {
    const { findings, placed } = read(RIGHT);
    expect(findings).toEqual([]);
    expectPlaced(placed, ['13: 12,000', '13: 15,000', '19: 2', '21: 3']);
  });

  test('a year’s total wrong is found as the effects’ of that year; a heading of another part (３　達成状況) ends the effects’', () => {
    const wrong = injected(RIGHT, [[13, '15,000', '15,500']]);
    expect(read(wrong).findings).toEqual(['13: 15,500 → 15,000']);
  });
});

describe('headingLevel: a line’s place in the heading structure', () => {
  test('numbered and marked headings by their level; sentences, rows and figures are none', () => {
    expect(['第2 計画の概要', '三、成果', '2. 効果額', '２　効果額（単位：千円）', '(3) 内訳', '①歳出', '■主な効果'].map(headingLevel)).toEqual([
      1, 1, 2, 2, 3, 4, 5,
    ]);
    expect(['効果額は12,000千円でした。', '計\t12,000', '12,000 15,000', '', '年度別の状況'].map(headingLevel)).toEqual([null, null, null, null, null]);
  });
});

/** Five targets due in 令和5年度 rated 優 / 良 / 可 — 優 and 良 said in their 定義 to count in the 改善率 — by two perspectives. */
const rated = claimsReader({
  asOf: '2024-06-30',
  sheets: {
    事業: [['事業コード', '事業名', '取組の視点', '計画期間'], ...Array.from({ length: 5 }, (_, k) => [`G${k + 1}`, `改善${k + 1}`, k < 2 ? 1 : 2, 'R4～R6'])],
    達成事項: [
      ['事業コード', '目標年度', '達成するべき事項', '達成状況'],
      ...['優', '可', '良', '良', '可'].map((r, k) => [`G${k + 1}`, '令和5年度', `改善${k + 1}の目標`, r]),
    ],
    区分: [
      ['種類', '区分', '意味', '定義'],
      ['達成状況', '優', '達成', '目標を上回る（改善率に算入）'],
      ['達成状況', '良', '達成', '目標どおり（改善率に算入）'],
      ['達成状況', '可', '未達成', '目標に届かない'],
    ],
    設定: [
      ['項目', '値'],
      ['計画名', '架空村改善計画'],
      ['計画開始年度', '令和4年度'],
      ['計画終了年度', '令和6年度'],
      ['端数処理', '四捨五入'],
      ['小数桁数', 1],
      ['取組の視点', '窓口の改善\n財政の改善'],
    ],
  },
});

const RATED = [
  '●改善率　60.0％（前年度比 5.0%増）', // 1
  '', // 2
  '視点\t件数\t優\t良\t可\t改善率(%) R5\t改善率(%) R4', // 3
  '1 窓口の改善\t2\t1\t0\t1\t50.0\t40.0', // 4
  '2 財政の改善\t3\t0\t2\t1\t66.7\t55.0', // 5
  '合計\t5\t1\t2\t2\t60.0\t50.0', // 6
];

describe('a rate the plan’s labels say they count in (定義 「…（改善率に算入）」), wherever the draft says it', () => {
  test('the right draft: the rate in a sentence and in a column headed (%) placed, a year without results and a rise not read', () => {
    const { findings, placed } = rated(RATED);
    expect(findings).toEqual([]);
    expectPlaced(placed, ['1: 60.0%', '4: 50.0', '5: 66.7', '6: 60.0']);
    expect([...placed].filter((p) => ['1: 5.0%', '4: 40.0', '5: 55.0', '6: 50.0'].includes(p))).toEqual([]);
  });

  test('a wrong rate, the whole plan’s or a perspective’s, is found as the share of the labels the 定義 name', () => {
    const wrong = injected(RATED, [
      [1, '60.0％', '62.0％'],
      [5, '66.7', '67.7'],
    ]);
    expect(rated(wrong).findings).toEqual(['1: 62.0% → 60.0%', '5: 67.7 → 66.7']);
  });
});
