/**
 * A row that counts the plan's targets, named as each report names them — not one town's row label (取組目標①): the
 * contract's own names for the targets (達成事項, 達成するべき事項, 対象の事項), or a count of what a plan sets (目標, 取組, 項目,
 * 事項, 対象) said so (…数) or named as planned or rated (計画した取組, 対象事項). Phrasings written for this test, in the
 * styles of four imaginary towns' tables: tabs, runs of spaces, a 計 column, a 合計 column.
 */
import { countsTargets } from '../../../src/core/proofread/claimWords';
import { claimsReader, expectPlaced, injected } from '../../support/claimsDraft';

/** Nine targets due over three years (2, 3, 4), rated 達成 / 未達成; no 取組活動. */
const read = claimsReader({
  asOf: '2024-06-30',
  sheets: {
    事業: [['事業コード', '事業名', '取組の視点', '計画期間'], ...Array.from({ length: 9 }, (_, k) => [`S${k + 1}`, `事業${k + 1}`, 1, 'R3～R5'])],
    達成事項: [
      ['事業コード', '目標年度', '達成するべき事項', '達成状況'],
      ...Array.from({ length: 9 }, (_, k) => [
        `S${k + 1}`,
        k < 2 ? '令和3年度' : k < 5 ? '令和4年度' : '令和5年度',
        `事業${k + 1}の目標`,
        k % 3 === 0 ? '未達成' : '達成',
      ]),
    ],
    区分: [
      ['種類', '区分', '意味'],
      ['達成状況', '達成', '達成'],
      ['達成状況', '未達成', '未達成'],
    ],
    設定: [
      ['項目', '値'],
      ['計画名', '架空町行財政改革プラン'],
      ['計画開始年度', '令和3年度'],
      ['計画終了年度', '令和5年度'],
      ['端数処理', '四捨五入'],
      ['小数桁数', 1],
      ['取組の視点', '行政運営の改革'],
    ],
  },
});

const STYLES: [string, string[]][] = [
  ['目標数, tabs and a 計 column', ['年度別の状況', '区分\t令和3年度\t令和4年度\t令和5年度\t計', '目標数\t2\t3\t4\t9']],
  [
    '計画した取組, runs of spaces',
    ['(2) 年度ごとの取組', '              令和3年度   令和4年度   令和5年度     合計', '計画した取組        2           3           4         9'],
  ],
  ['対象事項, a 合計 column', ['３　評価の対象', '項目\t令和3年度\t令和4年度\t令和5年度\t合計', '対象事項\t2\t3\t4\t9']],
  ['取組項目数 with its mark', ['◆年度別内訳', '\t3年度\t4年度\t5年度\t計', '取組項目数（Ａ）\t2\t3\t4\t9']],
];

describe('a row counting the plan’s targets by the year they are due, named in four towns’ words', () => {
  test.each(STYLES)('%s: the right row is placed, cell by cell', (_, lines) => {
    const { findings, placed } = read(lines);
    expect(findings).toEqual([]);
    expectPlaced(placed, ['3: 2', '3: 3', '3: 4', '3: 9']);
  });

  test.each(STYLES)('%s: a year’s count and the total, each wrong, are found as the targets due', (_, lines) => {
    const row = lines[2];
    const cells = row.split(/(\t|\s{2,})/);
    // The second year's 3 → 5 and the total 9 → 10.
    const yearCell = cells.findIndex((c) => c === '3');
    const totalCell = cells.findIndex((c) => c === '9');
    cells[yearCell] = '5';
    cells[totalCell] = '10';
    const wrong = injected(lines, [[3, row, cells.join('')]]);
    expect(read(wrong).findings).toEqual(['3: 5 → 3', '3: 10 → 9']);
  });

  test('a row of what a plan sets that is no count of the targets is not read as one: 目標値, 取組内容', () => {
    const { findings, placed } = read(['区分\t令和3年度\t令和4年度\t令和5年度\t計', '目標値\t5\t5\t5\t15', '取組内容\t1\t1\t1\t3']);
    expect(findings).toEqual([]);
    expect([...placed].filter((p) => /^[23]:/.test(p))).toEqual([]);
  });
});

describe('countsTargets: a row label that counts the targets', () => {
  test('the contract’s names, a noun of what a plan sets counted, two such nouns, or one said planned or rated', () => {
    const yes = [
      '達成するべき事項',
      '対象の事項',
      '取組目標①',
      '目標数',
      '目標件数',
      '評価数',
      '対象事項',
      '評価対象',
      '計画した取組',
      '取組項目数（Ａ）',
      '予定の項目数',
    ];
    expect(yes.filter((l) => !countsTargets(l))).toEqual([]);
  });

  test('a measure, a description or one bare noun is none; 取組数 is none where the plan keeps 取組活動', () => {
    const no = ['目標値', '目標額', '取組内容', '項目', '取組', '達成率', '効果額', '合計'];
    expect(no.filter((l) => countsTargets(l))).toEqual([]);
    expect([countsTargets('取組数', false), countsTargets('取組数', true), countsTargets('取組項目数', true)]).toEqual([true, false, true]);
  });
});
