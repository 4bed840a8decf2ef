/**
 * The proof-reader's seed-layout rules and its line handling (proofread.ts),
 * case by case for the mutants a mutation run left alive (reports/mutation-record-2026.md),
 * on a small plan of three years worked out by hand:
 *
 * Plan 平成30～令和2年度 (2018–2020), truncation, 千円 with no decimals.
 * 平成30年度: P-1 済, P-1 遅れ, P-2 済, P-2 概ね順調 → 2 projects, 4 activities,
 *   済 2, 概ね順調 1, 遅れ 1, 未着手 0, 休止 0; 3 in the rate, 75.0%.
 * 令和元年度: P-1 済, P-3 未着手 → 2 projects, 2 activities, 済 1, 未着手 1; 1 in the rate, 50.0%.
 * 令和2年度: no activity.
 * Targets: 平成30年度 P-1 達成, P-2 未達成; 令和元年度 P-3 達成 ×2, P-1 一部未達成, P-1 未達成 →
 *   平成30年度 2 evaluated (達成 1, 未達成 1), 令和元年度 4 (達成 2, 一部未達成 1, 未達成 1);
 *   the plan: 6 evaluated, 達成 3 (50.0%), 一部未達成 1 (16.6%), 未達成 2 (33.3%).
 *   Shortfalls: 事業甲 (P-1) 一部未達成 and 未達成 (a list by name finds its first, 一部未達成), 事業乙 (P-2) 未達成.
 * Perspective 1 (民間活力の活用: P-1, P-3): 1, 2 and 0 projects, 2 in all; P-3 added in 令和元年度;
 *   effects 100, 30, 0 = 130. Perspective 2 (施設の総合的管理: P-2): 1, 0, 0 projects, 1 in all.
 * Effects: 平成30年度 100 (P-1) + 50 (P-2) = 150, 令和元年度 30 (P-1), 令和2年度 0; total 180.
 * Floor area: 平成30年度 100.5㎡ abolished (general account), 令和元年度 20.25㎡ added (not
 *   general account), 令和2年度 none: the plan 80.25㎡ reduced, the general account 100.50㎡.
 * Each test builds its own summary (reports/mutation-record-2026.md).
 */
import type { CellValue, WorkbookInput } from '../../../src/core/base/cells';
import { summarize } from '../../../src/core/compute/pipeline';
import { proofread } from '../../../src/core/proofread/proofread';

type Rows = CellValue[][];

function workbook(): WorkbookInput {
  const sheet = (name: string, rows: Rows) => ({ name, rows });
  return {
    sheets: [
      sheet('設定', [
        ['項目', '値'],
        ['計画開始年度', 2018],
        ['計画終了年度', 2020],
      ]),
      sheet('事業', [
        ['事業コード', '事業名', '取組の視点'],
        ['P-1', '事業甲', 1],
        ['P-2', '事業乙', 2],
        ['P-3', '事業丙', 1],
      ]),
      sheet('取組活動', [
        ['事業コード', '年度', '取組活動', '進捗状況'],
        ['P-1', 2018, 'a', '済'],
        ['P-1', 2018, 'b', '遅れ'],
        ['P-2', 2018, 'c', '済'],
        ['P-2', 2018, 'd', '概ね順調'],
        ['P-1', 2019, 'e', '済'],
        ['P-3', 2019, 'f', '未着手'],
      ]),
      sheet('達成事項', [
        ['事業コード', '目標年度', '達成するべき事項', '達成状況'],
        ['P-1', '平成30年度', 'x', '達成'],
        ['P-2', '平成30年度', 'y', '未達成'],
        ['P-3', '令和元年度', 'z', '達成'],
        ['P-3', '令和元年度', 'v', '達成'],
        ['P-1', '令和元年度', 'w', '一部未達成'],
        ['P-1', '令和元年度', 'u', '未達成'],
      ]),
      sheet('効果額', [
        ['事業コード', '年度', '効果額（千円）'],
        ['P-1', 2018, 100],
        ['P-2', 2018, 50],
        ['P-1', 2019, 30],
      ]),
      sheet('施設面積', [
        ['年度', '施設名', '区分', '面積（㎡）', '一般会計'],
        [2018, '甲', '廃止', 100.5, 'はい'],
        [2019, '乙', '増加', 20.25, 'いいえ'],
      ]),
    ],
  };
}

/** Proof-reads the lines; findings and checked figures, each as one line of text. */
function read(...lines: string[]) {
  const result = proofread(lines.join('\n'), summarize(workbook(), { asOf: '2021-03-31' }));
  return {
    findings: result.findings.map((f) => `${f.line} ${f.label}: ${f.stated} → ${f.expected} (${f.kind})`),
    checked: result.checked.map((c) => `${c.line} ${c.label} ${c.stated}`),
  };
}

describe('a line as the proof-reader reads it', () => {
  test('a bracketed western year, with or without spaces, and 元 are the era year; zero-width characters are dropped', () => {
    const result = read('【進捗状況】', '平成30（2018）年度 2 4 2 1 1 0 0', '令和元( 2019 )年度 2 2 1 0 0 1 0', '令和2年度\u200B 0 0 0 0 0 0 0');
    expect(result.findings).toStrictEqual([]);
    expect(result.checked).toStrictEqual([
      ...['事業数 2', '取組活動数 4', '済 2', '概ね順調 1', '遅れ 1', '未着手 0', '休止 0'].map((c) => `2 平成30年度 ${c}`),
      ...['事業数 2', '取組活動数 2', '済 1', '概ね順調 0', '遅れ 0', '未着手 1', '休止 0'].map((c) => `3 令和元年度 ${c}`),
      ...['事業数 0', '取組活動数 0', '済 0', '概ね順調 0', '遅れ 0', '未着手 0', '休止 0'].map((c) => `4 令和2年度 ${c}`),
    ]);
  });

  test('a soft hyphen or a direction mark inside a year is dropped too, as everywhere else (cleanText’s set)', () => {
    const result = read('【進捗状況】', '平成3\u00AD0年度 2 4 2 1 1 0 0', '令和\u202A2年度 0 0 0 0 0 0 0');
    expect(result.findings).toStrictEqual([]);
    expect(result.checked).toStrictEqual([
      ...['事業数 2', '取組活動数 4', '済 2', '概ね順調 1', '遅れ 1', '未着手 0', '休止 0'].map((c) => `2 平成30年度 ${c}`),
      ...['事業数 0', '取組活動数 0', '済 0', '概ね順調 0', '遅れ 0', '未着手 0', '休止 0'].map((c) => `3 令和2年度 ${c}`),
    ]);
  });

  test('spaces between an era and a two-digit year, and before 年度, are dropped', () => {
    expect(read('【進捗状況】', '平成  30  年度 2 4 2 1 1 0 1')).toStrictEqual({
      findings: ['2 平成30年度 休止: 1 → 0 (workbook)'],
      checked: ['事業数 2', '取組活動数 4', '済 2', '概ね順調 1', '遅れ 1', '未着手 0', '休止 1'].map((c) => `2 平成30年度 ${c}`),
    });
  });

  test('a run of spaces is one space, in the cells of a table too: 合計  181 is the total', () => {
    expect(read('【効果額の推移】', '合計  181')).toStrictEqual({
      findings: ['2 財政健全化効果額 合計: 181 → 180 (workbook)'],
      checked: ['2 財政健全化効果額 合計 181'],
    });
  });

  test('a cell with a space inside, in a tab-separated table, is one cell', () => {
    expect(read('区分\t平成30年度\t令和元年度', '取組 活動数\t4\t3')).toStrictEqual({
      findings: ['2 令和元年度 取組活動数: 3 → 2 (workbook)'],
      checked: ['2 平成30年度 取組活動数 4', '2 令和元年度 取組活動数 3'],
    });
  });

  test('a line of two bare figures is a table’s, not prose; a line the rules read leaves the sentence around it whole', () => {
    // 60.0% 70.0%: not read as the end of the sentence before.
    expect(read('令和元年度の進捗率は', '60.0% 70.0%')).toStrictEqual({ findings: [], checked: [] });
    // 1 2 between the two halves of a sentence: the sentence is read as if it were not there.
    expect(read('令和元年度の進捗率は', '1 2', '60.0%でした。')).toStrictEqual({
      findings: ['3 令和元年度 進捗率: 60.0% → 50.0% (workbook)'],
      checked: ['3 令和元年度 進捗率 60.0%'],
    });
  });
});

describe('percentages in the seed’s tables', () => {
  test('a rate is worked out to the places it is stated with: none for 76%, one for .5%', () => {
    expect(read('【進捗率】', '平成30年度 76% 4 3', '令和元年度 .5% 2 1').findings).toStrictEqual([
      '2 平成30年度 進捗率: 76% → 75% (workbook+arithmetic)',
      '3 令和元年度 進捗率: .5% → 50.0% (workbook+arithmetic)',
    ]);
  });

  test('a rate of no activities has no arithmetic: a year outside the plan is then not checked at all', () => {
    expect(read('【進捗率】', '令和3年度 0.0% 0 0')).toStrictEqual({
      findings: [],
      checked: ['2 令和3年度 進捗率 0.0%', '2 令和3年度 取組活動数 0', '2 令和3年度 済＋概ね順調 0'],
    });
  });

  test('a rate line with more before or after it is not a rate line', () => {
    expect(read('【進捗率】', '1 令和元年度 50.0% 2 1', '令和元年度 50.0% 2 1 備考')).toStrictEqual({ findings: [], checked: [] });
  });

  test('each seed table is read only under its own heading', () => {
    expect(
      read('【その他】', '令和元年度 2 2 1 0 0 1 0', '令和元年度 50.0% 2 1', '3 50.0% 1 16.6% 2 33.3%', '令和元年度 4 2 50.0% 1 25.0% 1 25.0%'),
    ).toStrictEqual({ findings: [], checked: [] });
  });
});

describe('【達成状況】', () => {
  test('only a line that is a bare number is the total, and only the first', () => {
    expect(read('【達成状況】', '評価 6')).toStrictEqual({ findings: [], checked: [] });
    expect(read('【達成状況】', '6', '7')).toStrictEqual({ findings: [], checked: ['2 達成するべき事項の合計数 6'] });
  });

  test('a total first on the line: checked, and the shares are the workbook’s', () => {
    expect(read('【達成状況】', '7 3 50.0% 1 16.6% 2 33.3%')).toStrictEqual({
      findings: ['2 達成するべき事項の合計数: 7 → 6 (workbook)'],
      checked: [
        '2 達成するべき事項の合計数 7',
        '2 達成 件数 3',
        '2 達成 割合 50.0%',
        '2 一部未達成 件数 1',
        '2 一部未達成 割合 16.6%',
        '2 未達成 件数 2',
        '2 未達成 割合 33.3%',
      ],
    });
  });

  test('without a total, a share is also worked out of the counts’ sum: wrong by both', () => {
    // 3 of 3 + 1 + 2 = 6 is 50.0%, as the workbook says.
    expect(read('【達成状況】', '3 40.0% 1 16.6% 2 33.3%').findings).toStrictEqual(['2 達成 割合: 40.0% → 50.0% (workbook+arithmetic)']);
  });
});

describe('a perspective’s 取組結果', () => {
  const projects = '取組事業数 1 事業 2 事業 0 事業 2 事業';
  const right = ['平成30年度 取組事業数 1事業', '令和元年度 取組事業数 2事業', '令和2年度 取組事業数 0事業', '計 取組事業数 2事業'];

  test('the perspective is the one a heading names: not one named after other text, nor a heading naming none', () => {
    expect(read('(1) 民間活力の活用', '参考(2) 施設の総合的管理', projects)).toStrictEqual({ findings: [], checked: right.map((c) => `3 (1) ${c}`) });
    expect(read('(1) 民間活力の活用', '(9) その他', projects)).toStrictEqual({ findings: [], checked: right.map((c) => `3 (1) ${c}`) });
    expect(read('( 1 ) 民間活力の活用', projects)).toStrictEqual({ findings: [], checked: right.map((c) => `2 (1) ${c}`) });
  });

  test('counts of two digits, and (1事業) without a space', () => {
    expect(read('(1) 民間活力の活用', '取組事業数 1 事業 12 事業 0 事業 2 事業').findings).toStrictEqual([
      '2 (1) 令和元年度 取組事業数: 12事業 → 2事業 (workbook)',
    ]);
    expect(read('(1) 民間活力の活用', '(追加事業数) － (12 事業) － (1 事業)').findings).toStrictEqual([
      '2 (1) 令和元年度 追加事業数: (12 事業) → (1 事業) (workbook)',
    ]);
    expect(read('(1) 民間活力の活用', '(追加事業数) － (1事業) － (1事業)')).toStrictEqual({
      findings: [],
      checked: ['平成30年度 追加事業数 －', '令和元年度 追加事業数 (1 事業)', '令和2年度 追加事業数 －', '計 追加事業数 (1 事業)'].map((c) => `2 (1) ${c}`),
    });
  });

  test('effects: the total is checked against the years’ sum, a year’s figure against the workbook only', () => {
    // 31 for 30: the part is wrong by the workbook; the total 131 is the parts' sum, so wrong by the workbook only.
    expect(read('(1) 民間活力の活用', '財政健全化効果額 100 千円 31 千円 0 千円 131 千円').findings).toStrictEqual([
      '2 (1) 令和元年度 財政健全化効果額: 31千円 → 30千円 (workbook)',
      '2 (1) 計 財政健全化効果額: 131千円 → 130千円 (workbook)',
    ]);
  });
});

describe('the list of targets not achieved', () => {
  const section = '【一部未達成、未達成の事項】';

  test('a heading is a whole line naming one of the plan’s labels, in a section that ends with の事項', () => {
    // 未達成の事項は次のとおり is no heading: 事業乙 stays under 一部未達成, where it does not belong.
    expect(read(section, '一部未達成の事項', '(1) 事業甲', '未達成の事項は次のとおり', '(2) 事業乙').findings).toStrictEqual([
      '5 事業乙 の区分: 一部未達成 → 未達成 (workbook)',
    ]);
    // その他 is none of the plan's labels: likewise.
    expect(read(section, '一部未達成の事項', '(1) 事業甲', 'その他の事項', '(2) 事業乙').findings).toStrictEqual([
      '5 事業乙 の区分: 一部未達成 → 未達成 (workbook)',
    ]);
    // Under 【未達成の事項一覧】 a heading is not read; the projects listed after the next section's heading have none.
    expect(read('【未達成の事項一覧】', '未達成の事項', section, '(1) 事業甲')).toStrictEqual({ findings: [], checked: [] });
  });

  test('a listed project is (n) at the start of the line, n of any digits, in a section that ends with の事項', () => {
    expect(read(section, '未達成の事項', '(10) 事業甲').findings).toStrictEqual(['2 区分: 未達成の事項 → 一部未達成の事項 (workbook)']);
    expect(read(section, '未達成の事項', '(1) 事業乙', '注(2) 事業甲').findings).toStrictEqual([]);
    expect(read(section, '未達成の事項', '(1) 事業乙', '【未達成の事項の理由】', '(1) 事業甲').findings).toStrictEqual([]);
  });

  test('projects under a heading that belong under two other labels: each project, not the heading', () => {
    expect(read(section, '達成の事項', '(1) 事業甲', '(2) 事業乙').findings).toStrictEqual([
      '3 事業甲 の区分: 達成 → 一部未達成 (workbook)',
      '4 事業乙 の区分: 達成 → 未達成 (workbook)',
    ]);
  });

  test('as a table: a row under a label of the plan, in a section that ends with の事項; a project with two shortfalls is right under either', () => {
    expect(read(section, '一部未達成 P-2 事業乙', '未達成 P-1 事業甲', '一部未達成 P-1 事業甲', 'その他 P-2 事業乙').findings).toStrictEqual([
      '2 P-2 の区分: 一部未達成 → 未達成 (workbook)',
    ]);
    expect(read('【未達成の事項一覧】', '達成 P-2 事業乙').findings).toStrictEqual([]);
  });
});

describe('floor area', () => {
  test('the 取組状況 row: on the first line too, ㎡ with or without a space, a figure past the plan’s years without a year', () => {
    expect(read('取組状況 100.50㎡の縮減 20.25㎡の増加 0.00㎡の増加 2.00㎡の増加')).toStrictEqual({
      findings: [],
      checked: [
        '1 平成30年度 延床面積の増減 100.50㎡の縮減',
        '1 令和元年度 延床面積の増減 20.25㎡の増加',
        '1 令和2年度 延床面積の増減 0.00㎡の増加',
        '1  延床面積の増減 2.00㎡の増加',
      ],
    });
  });

  test('only a line that starts with 取組状況 is the row', () => {
    expect(read('【施設】', '各年度の取組状況 100.50 ㎡の縮減 20.25 ㎡の増加')).toStrictEqual({ findings: [], checked: [] });
  });

  test('the expected change reads 増加 above zero and at zero, 縮減 below', () => {
    expect(read('取組状況 100.50 ㎡の縮減 20.00 ㎡の増加 1.00 ㎡の縮減').findings).toStrictEqual([
      '1 令和元年度 延床面積の増減: 20.00㎡の増加 → 20.25㎡の増加 (workbook)',
      '1 令和2年度 延床面積の増減: 1.00㎡の縮減 → 0.00㎡の増加 (workbook)',
    ]);
  });

  test('the plan’s change with the general account’s: each at its own line; the years’ sum (in ㎡) blames the total too', () => {
    // 802,500.00 is the years' sum in hundredths of a ㎡ times 100 (8,025 × 100): still wrong by the sum of the years, 80.25.
    expect(read('はじめに、この報告書の概要を述べます。', '802,500.00（一般会計の施設100.00）㎡の縮減でした。').findings).toStrictEqual([
      '2 計画期間の延床面積の増減: 802,500.00㎡の縮減 → 80.25㎡の縮減 (workbook+arithmetic)',
      '2 計画期間の延床面積の増減（一般会計）: 100.00㎡の縮減（一般会計） → 100.50㎡の縮減 (workbook)',
    ]);
  });
});

describe('findings', () => {
  test('a difference of exactly 0.005 is a difference', () => {
    expect(read('【取組事業一覧表】', 'P-3 事業丙 0.005千円').findings).toStrictEqual(['2 P-3 財政健全化効果額: 0.005千円 → － (workbook)']);
  });

  test('the same figure stated twice on one line, under one label, is one finding', () => {
    expect(read('令和元年度の進捗率は60.0%、進捗率は60.0%でした。')).toStrictEqual({
      findings: ['1 令和元年度 進捗率: 60.0% → 50.0% (workbook)'],
      checked: ['1 令和元年度 進捗率 60.0%', '1 令和元年度 進捗率 60.0%'],
    });
  });
});
