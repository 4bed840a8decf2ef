/**
 * A label's count and share are read as the label the plan has (issue #26, found by the fourth blind set): a plan that keeps
 * no 取組活動 has no progress labels of its own — its vocabulary lists the defaults (済, 概ね順調, 遅れ, 未着手, 休止) — so a
 * draft's 「未着手」 is its result label of that name, and the 「0」「0.0%」 of a label no target has are that label's figures,
 * as the summary produces them. Checked on an imaginary town's plan, not on a corpus draft.
 */
import { claimsReader, expectPlaced, injected } from '../../support/claimsDraft';

/** Five targets rated in four labels, the last called 未着手 (the name of a default progress label); no 取組活動 sheet. */
const read = claimsReader({
  asOf: '2022-06-30',
  sheets: {
    事業: [
      ['事業コード', '事業名', '取組の視点', '計画期間'],
      ['M-01', '窓口業務の見直し', 1, 'R3～R5'],
      ['M-02', '使用料の見直し', 2, 'R3～R5'],
      ['M-03', '補助金の整理', 2, 'R3～R5'],
      ['M-04', '職員研修の充実', 1, 'R3～R5'],
      ['M-05', '施設の統廃合', 2, 'R3～R5'],
    ],
    達成事項: [
      ['事業コード', '目標年度', '達成するべき事項', '達成状況'],
      ['M-01', '令和3年度', '窓口業務の見直し', '計画どおり'],
      ['M-02', '令和3年度', '使用料の見直し', 'ほぼ計画どおり'],
      ['M-03', '令和3年度', '補助金の整理', 'ほぼ計画どおり'],
      ['M-04', '令和3年度', '職員研修の充実', 'やや遅れ'],
      ['M-05', '令和3年度', '施設の統廃合', 'やや遅れ'],
    ],
    区分: [
      ['種類', '区分', '意味'],
      ['達成状況', '計画どおり', '達成'],
      ['達成状況', 'ほぼ計画どおり', '達成'],
      ['達成状況', 'やや遅れ', '一部未達成'],
      ['達成状況', '未着手', '未達成'],
    ],
    設定: [
      ['項目', '値'],
      ['計画名', '架空町行政改革推進計画'],
      ['計画開始年度', '令和3年度'],
      ['計画終了年度', '令和5年度'],
      ['端数処理', '四捨五入'],
      ['小数桁数', 1],
      ['取組の視点', '事務の効率化\n財政の健全化'],
    ],
  },
});

const RIGHT = [
  '令和3年度 達成状況', // 1
  '', // 2
  '評価数\t計画どおり 件数\t計画どおり（割合）\tやや遅れ 件数\tやや遅れ（割合）\t未着手 件数\t未着手（割合）', // 3
  '5\t1\t20.0%\t2\t40.0%\t0\t0.0%', // 4
  '', // 5
  '区分\t件数\t割合', // 6
  '計画どおり\t1\t20.0%', // 7
  'ほぼ計画どおり\t2\t40.0%', // 8
  'やや遅れ\t2\t40.0%', // 9
  '未着手\t0\t0.0%', // 10
];

describe('a result label named like a default progress label, in a plan that keeps no 取組活動', () => {
  test('its 0 and 0.0% are placed as the label’s count and share, in a column and in a row', () => {
    const { findings, placed, notPlaced } = read(RIGHT);
    expect(findings).toEqual([]);
    expect(notPlaced).toEqual([]);
    expectPlaced(placed, ['4: 0', '4: 0.0%', '10: 0', '10: 0.0%']);
  });

  test('a wrong count or share of it is found as the result label’s', () => {
    const wrong = injected(RIGHT, [[10, '未着手\t0\t0.0%', '未着手\t1\t20.0%']]);
    expect(read(wrong).findings).toEqual(['10: 1 → 0', '10: 20.0% → 0.0%']);
  });
});
