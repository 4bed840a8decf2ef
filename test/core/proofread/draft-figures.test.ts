/**
 * The proof-reader's figures in any layout (draftFigures.ts): tables with
 * years or labels across, and figures in sentences, on a small plan whose
 * figures are worked out by hand:
 *
 * Plan 令和8～9年度 (2026–2027), truncation, 千円 with no decimals.
 * 令和8年度: A-1 済, A-1 遅れ, B-2 済, B-2 概ね順調 → 2 projects, 4 activities,
 *   済 2, 概ね順調 1, 遅れ 1, 未着手 0, 休止 0; 済＋概ね順調 3, 進捗率 3/4 = 75.0%, 遅れ 1/4 = 25.0%.
 * 令和9年度: A-1 済, C-3 未着手 → 2 projects, 2 activities, 済 1, 未着手 1; 1 in the rate, 50.0%.
 * Targets: 令和8年度 A-1 達成, B-2 未達成; 令和9年度 C-3 達成 ×2, A-1 一部未達成 →
 *   令和8年度 evaluated 2 (達成 1, 一部未達成 0, 未達成 1), 令和9年度 evaluated 3 (達成 2, 一部未達成 1, 未達成 0);
 *   the plan: 5 evaluated, 達成 3 (60.0%), 一部未達成 1 (20.0%), 未達成 1 (20.0%).
 * Effects: 令和8年度 100 + 50 = 150, 令和9年度 30; total 180.
 * Floor area: 令和8年度 100.5㎡ abolished, 令和9年度 20.25㎡ added.
 * Each test builds its own summary (reports/mutation-record-2026.md).
 */
import type { CellValue, WorkbookInput } from '../../../src/core/base/cells';
import { summarize } from '../../../src/core/compute/pipeline';
import { type Finding, proofread } from '../../../src/core/proofread/proofread';

type Rows = CellValue[][];

function workbook(...more: { name: string; rows: Rows }[]): WorkbookInput {
  const sheet = (name: string, rows: Rows) => ({ name, rows });
  return {
    sheets: [
      sheet('設定', [
        ['項目', '値'],
        ['計画開始年度', 2026],
        ['計画終了年度', 2027],
      ]),
      sheet('事業', [
        ['事業コード', '事業名', '取組の視点'],
        ['A-1', '事業A', 1],
        ['B-2', '事業B', 2],
        ['C-3', '事業C', 1],
      ]),
      sheet('取組活動', [
        ['事業コード', '年度', '取組活動', '進捗状況'],
        ['A-1', 2026, 'a', '済'],
        ['A-1', 2026, 'b', '遅れ'],
        ['B-2', 2026, 'c', '済'],
        ['B-2', 2026, 'd', '概ね順調'],
        ['A-1', 2027, 'e', '済'],
        ['C-3', 2027, 'f', '未着手'],
      ]),
      sheet('達成事項', [
        ['事業コード', '目標年度', '達成するべき事項', '達成状況'],
        ['A-1', '令和8年度', 'x', '達成'],
        ['B-2', '令和8年度', 'y', '未達成'],
        ['C-3', '令和9年度', 'z', '達成'],
        ['C-3', '令和9年度', 'v', '達成'],
        ['A-1', '令和9年度', 'w', '一部未達成'],
      ]),
      sheet('効果額', [
        ['事業コード', '年度', '効果額（千円）'],
        ['A-1', 2026, 100],
        ['B-2', 2026, 50],
        ['A-1', 2027, 30],
      ]),
      sheet('施設面積', [
        ['年度', '施設名', '区分', '面積（㎡）', '一般会計'],
        [2026, '甲', '廃止', 100.5, 'はい'],
        [2027, '乙', '増加', 20.25, 'はい'],
      ]),
      ...more,
    ],
  };
}

/** Proof-reads a draft whose lines are tab-separated cells. */
function check(...lines: string[][]) {
  return proofread(lines.map((cells) => cells.join('\t')).join('\n'), summarize(workbook(), { asOf: '2028-03-31' }));
}

/** Proof-reads prose; returns what was checked and found, briefly. */
function prose(text: string, input = workbook()) {
  const result = proofread(text, summarize(input, { asOf: '2028-03-31' }));
  return {
    checked: result.checked.map((c) => `${c.label} ${c.stated}`),
    findings: result.findings.map((f) => `${f.label}: ${f.stated} → ${f.expected}`),
  };
}

describe('years across', () => {
  test('every measure a row can name, right: each checked once, a － counted as none', () => {
    const result = check(
      ['区分', '令和8年度', '令和9年度'],
      ['事業数', '2', '2'],
      ['取組活動数', '4', '2'],
      ['進捗率', '75.0%', '50.0%'],
      ['済＋概ね順調', '3', '1'],
      ['済', '2', '1'],
      ['未着手', '－', '1'],
      ['遅れ(割合)', '25.0%', '－'],
      ['評価数', '2', '3'],
      ['達成', '1', '2'],
      ['一部未達成(割合)', '0.0%', '33.3%'],
    );
    expect(result.findings).toEqual([]);
    // 遅れ's share of 令和9年度 is － ("none"): not a figure. 未着手's － is a count of 0.
    expect(result.checked).toEqual([
      { line: 2, label: '令和8年度 事業数', stated: '2' },
      { line: 2, label: '令和9年度 事業数', stated: '2' },
      { line: 3, label: '令和8年度 取組活動数', stated: '4' },
      { line: 3, label: '令和9年度 取組活動数', stated: '2' },
      { line: 4, label: '令和8年度 進捗率', stated: '75.0%' },
      { line: 4, label: '令和9年度 進捗率', stated: '50.0%' },
      { line: 5, label: '令和8年度 済＋概ね順調', stated: '3' },
      { line: 5, label: '令和9年度 済＋概ね順調', stated: '1' },
      { line: 6, label: '令和8年度 済', stated: '2' },
      { line: 6, label: '令和9年度 済', stated: '1' },
      // NFKC makes the full-width － a hyphen.
      { line: 7, label: '令和8年度 未着手', stated: '-' },
      { line: 7, label: '令和9年度 未着手', stated: '1' },
      { line: 8, label: '令和8年度 遅れ 割合', stated: '25.0%' },
      { line: 9, label: '令和8年度 評価数', stated: '2' },
      { line: 9, label: '令和9年度 評価数', stated: '3' },
      { line: 10, label: '令和8年度 達成 件数', stated: '1' },
      { line: 10, label: '令和9年度 達成 件数', stated: '2' },
      { line: 11, label: '令和8年度 一部未達成 割合', stated: '0.0%' },
      { line: 11, label: '令和9年度 一部未達成 割合', stated: '33.3%' },
    ]);
  });

  test('each measure wrong by one: found with the workbook’s figure', () => {
    const result = check(
      ['区分', '令和8年度', '令和9年度'],
      ['事業数', '3', '2'],
      ['取組活動数', '4', '3'],
      ['進捗率', '75.1%', '50.0%'],
      ['済＋概ね順調', '3', '2'],
      ['遅れ', '2', '0'],
      ['評価数', '2', '4'],
      ['一部未達成', '1', '1'],
      ['未達成(割合)', '50.0%', '33.3%'],
    );
    expect(result.findings.map(({ line, stated, expected, label }) => [line, label, stated, expected])).toEqual([
      [2, '令和8年度 事業数', '3', '2'],
      [3, '令和9年度 取組活動数', '3', '2'],
      [4, '令和8年度 進捗率', '75.1%', '75.0%'],
      [5, '令和9年度 済＋概ね順調', '2', '1'],
      [6, '令和8年度 遅れ', '2', '1'],
      [7, '令和9年度 評価数', '4', '3'],
      [8, '令和8年度 一部未達成 件数', '1', '0'],
      [9, '令和9年度 未達成 割合', '33.3%', '0.0%'],
    ]);
  });

  test('効果額 with its total: a wrong part is the part’s finding; a wrong total is wrong twice over', () => {
    const right = check(['区分', '令和8年度', '令和9年度', '計'], ['効果額', '150', '30', '180']);
    expect(right.findings).toEqual([]);
    expect(right.checked.map((c) => c.label)).toEqual(['令和8年度 財政健全化効果額', '令和9年度 財政健全化効果額', '財政健全化効果額 合計']);
    // 35 for 30: the total 180 is the workbook's, so only the part is reported.
    expect(check(['区分', '令和8年度', '令和9年度', '計'], ['効果額', '150', '35', '180']).findings).toEqual([
      { line: 2, stated: '35', expected: '30', label: '令和9年度 財政健全化効果額', kind: 'workbook' },
    ]);
    // 190: neither the workbook's 180 nor 150 + 30.
    expect(check(['区分', '令和8年度', '令和9年度', '計'], ['財政健全化効果額', '150千円', '30千円', '190千円']).findings).toEqual([
      { line: 2, stated: '190千円', expected: '180千円', label: '財政健全化効果額 合計', kind: 'workbook+arithmetic' },
    ]);
  });

  test('a year header that puts its column out of place is one finding at the header; a row of one wrong figure is that figure', () => {
    // The header says 令和9年度 over 令和8年度's column and the other way round: two findings, both on line 1.
    const swapped = check(['区分', '令和9年度', '令和8年度'], ['取組活動数', '4', '2'], ['済', '2', '1'], ['評価数', '2', '3']);
    expect(swapped.findings).toEqual([
      { line: 1, stated: '令和9年度', expected: '令和8年度', label: '年度', kind: 'workbook' },
      { line: 1, stated: '令和8年度', expected: '令和9年度', label: '年度', kind: 'workbook' },
    ]);
    // 一部未達成 1 and 1: right for 令和9年度 in both columns, but a row is not a year — the 令和8年度 figure is simply wrong.
    expect(check(['区分', '令和8年度', '令和9年度'], ['一部未達成', '1', '1'], ['済', '2', '1']).findings).toEqual([
      { line: 2, stated: '1', expected: '0', label: '令和8年度 一部未達成 件数', kind: 'workbook' },
    ]);
  });

  test('a year header with one year, a row of another length or an unknown measure: not read', () => {
    const result = check(['区分', '令和8年度', '計'], ['事業数', '9', '9'], ['区分', '令和8年度', '令和9年度'], ['事業数', '9'], ['その他', '9', '9']);
    expect(result.checked).toEqual([]);
  });
});

describe('labels across', () => {
  test('a year per row: counts, shares, the evaluated; the total row adds up the 効果額 column', () => {
    const result = check(
      ['年度', '評価数', '達成', '達成(割合)', '済', '効果額'],
      ['令和8年度', '2', '1', '50.0%', '2', '150'],
      ['令和9年度', '3', '2', '66.6%', '1', '30'],
      ['合計', '5', '3', '60.0%', '3', '181'],
    );
    // The total row checks only 効果額: 181 is neither the workbook's 180 nor 150 + 30.
    expect(result.findings).toEqual([{ line: 4, stated: '181', expected: '180', label: '財政健全化効果額 合計', kind: 'workbook+arithmetic' }]);
    expect(result.checked.map((c) => `${c.line} ${c.label} ${c.stated}`)).toEqual([
      '2 令和8年度 評価数 2',
      '2 令和8年度 達成 件数 1',
      '2 令和8年度 達成 割合 50.0%',
      '2 令和8年度 済 2',
      '2 令和8年度 財政健全化効果額 150',
      '3 令和9年度 評価数 3',
      '3 令和9年度 達成 件数 2',
      '3 令和9年度 達成 割合 66.6%',
      '3 令和9年度 済 1',
      '3 令和9年度 財政健全化効果額 30',
      '4 財政健全化効果額 合計 181',
    ]);
  });

  test('a result column under the wrong label is one finding at the header, naming the label its figures belong to', () => {
    // The column headed 一部未達成 holds 未達成's figures (1 in 令和8年度, 0 in 令和9年度).
    const result = check(['年度', '達成', '一部未達成'], ['令和8年度', '1', '1'], ['令和9年度', '2', '0']);
    expect(result.findings).toEqual([{ line: 1, stated: '一部未達成', expected: '未達成', label: '区分', kind: 'workbook' }]);
  });

  test('a progress share under the wrong label, likewise', () => {
    // The column headed 遅れ(割合) holds 済's shares: 50.0% (2 of 4) and 50.0% (1 of 2).
    const result = check(['年度', '遅れ(割合)', '取組活動数'], ['令和8年度', '50.0%', '4'], ['令和9年度', '50.0%', '2']);
    expect(result.findings).toEqual([{ line: 1, stated: '遅れ(割合)', expected: '済', label: '区分', kind: 'workbook' }]);
  });

  test('a row under a year label whose figures are all another year’s is one finding at the year', () => {
    const result = check(['年度', '評価数', '達成', '済'], ['令和8年度', '3', '2', '1']);
    expect(result.findings).toEqual([{ line: 2, stated: '令和8年度', expected: '令和9年度', label: '年度', kind: 'workbook' }]);
  });
});

describe('what is not a table of the plan', () => {
  test('headers that only contain a measure, a year header with another column, a total row’s parts', () => {
    // 総事業数, 事業数計, 効果額等: not the measures; 小計 and 計算 are not totals, 備考 is no year: none of these is a header.
    for (const header of ['総事業数', '事業数計', '総活動数', '活動数計', '総効果額', '効果額等']) {
      expect([header, check(['年度', header], ['令和8年度', '2']).checked]).toEqual([header, []]);
    }
    expect(check(['区分', '令和8年度', '令和9年度', '小計'], ['事業数', '2', '2', '4']).checked).toEqual([]);
    expect(check(['区分', '令和8年度', '令和9年度', '計算'], ['事業数', '2', '2', '4']).checked).toEqual([]);
    expect(check(['区分', '令和8年度', '令和9年度', '備考'], ['事業数', '2', '2', '4']).checked).toEqual([]);
    expect(check(['年度', '事業数', '備考'], ['令和8年度', '2', 'x']).checked).toEqual([]);
    expect(check(['年度', '事業数'], ['令和8年度', 'x']).checked).toEqual([]);
    // A 計 column sums 効果額 only: a count's 計 is not checked.
    expect(check(['区分', '令和8年度', '令和9年度', '計'], ['事業数', '2', '2', '4']).checked.map((c) => c.label)).toEqual([
      '令和8年度 事業数',
      '令和9年度 事業数',
    ]);
  });

  test('an empty cell between a header’s cells is no column', () => {
    expect(check(['区分', '令和8年度', '', '令和9年度'], ['事業数', '2', '2']).checked.map((c) => c.label)).toEqual(['令和8年度 事業数', '令和9年度 事業数']);
  });

  test('a total that its parts add up to but the workbook does not: wrong by the workbook only', () => {
    expect(check(['区分', '令和8年度', '令和9年度', '計'], ['効果額', '150', '31', '181']).findings).toEqual([
      { line: 2, stated: '31', expected: '30', label: '令和9年度 財政健全化効果額', kind: 'workbook' },
      { line: 2, stated: '181', expected: '180', label: '財政健全化効果額 合計', kind: 'workbook' },
    ]);
  });
});

describe('what a table cannot check', () => {
  test('a year outside the plan: checked against nothing, so nothing found; a － under a rate is no figure', () => {
    const result = check(
      ['年度', '事業数', '進捗率', '済(割合)', '達成', '達成(割合)', '評価数', '効果額'],
      ['令和10年度', '9', '－', '50.0%', '9', '50.0%', '9', '9'],
      ['令和11年度', '9', '50.0%', '－', '9', '－', '9', '9'],
      ['平均', '1', '1', '1', '1', '1', '1', '1'],
    );
    expect(result.findings).toEqual([]);
    // The 平均 row is neither a year nor the total: not read.
    expect(result.checked.map((c) => c.label)).toEqual([
      '令和10年度 事業数',
      '令和10年度 済 割合',
      '令和10年度 達成 件数',
      '令和10年度 達成 割合',
      '令和10年度 評価数',
      '令和10年度 財政健全化効果額',
      '令和11年度 事業数',
      '令和11年度 進捗率',
      '令和11年度 達成 件数',
      '令和11年度 評価数',
      '令和11年度 財政健全化効果額',
    ]);
  });

  test('floor area: each year’s abolished and added; a year outside the plan has none to check', () => {
    const result = check(
      ['区分', '令和8年度', '令和9年度', '令和10年度'],
      ['廃止面積', '100.50m2', '0.00m2', '1.00m2'],
      ['増加面積', '0.00m2', '20.26m2', '－'],
    );
    expect(result.findings).toEqual([{ line: 3, stated: '20.26m2', expected: '20.25㎡', label: '令和9年度 増加面積', kind: 'workbook' }]);
    expect(result.checked.map((c) => c.label)).toEqual([
      '令和8年度 廃止面積',
      '令和9年度 廃止面積',
      '令和10年度 廃止面積',
      '令和8年度 増加面積',
      '令和9年度 増加面積',
      '令和10年度 増加面積',
    ]);
  });

  test('a rate without decimals is worked out without decimals; a header’s (件) is a count', () => {
    const result = check(['区分', '令和8年度', '令和9年度'], ['進捗率', '75%', '51%'], ['済(件)', '2', '2']);
    expect(result.findings.map((f) => `${f.label}: ${f.stated} → ${f.expected}`)).toEqual(['令和9年度 進捗率: 51% → 50%', '令和9年度 済: 2 → 1']);
  });

  test('a total row with no year above it has nothing to add up: the workbook alone says it is wrong', () => {
    expect(check(['年度', '効果額'], ['合計', '181']).findings).toEqual([
      { line: 2, stated: '181', expected: '180', label: '財政健全化効果額 合計', kind: 'workbook' },
    ]);
  });

  test('合計 without a unit is the plan’s total only under a 効果額 heading', () => {
    expect(prose('【効果額の推移】\n合計 181').findings).toEqual(['財政健全化効果額 合計: 181 → 180']);
    expect(prose('【効果額の推移】\n総計額 180千円').checked).toEqual(['財政健全化効果額 合計 180千円']);
    expect(prose('【その他】\n合計 181')).toEqual({ checked: [], findings: [] });
  });
});

describe('sentences', () => {
  test.each([
    ['令和8年度の取組活動は4件、進捗率は75.0%でした。', ['令和8年度 取組活動数 4件', '令和8年度 進捗率 75.0%']],
    ['令和9年度の事業数は2事業でした。', ['令和9年度 事業数 2事業']],
    ['令和9年度の効果額は30千円でした。', ['令和9年度 財政健全化効果額 30千円']],
    ['令和8年度から令和9年度までの効果額は180千円でした。', ['財政健全化効果額 合計 180千円']],
    ['効果額の合計は180千円です。', ['財政健全化効果額 合計 180千円']],
    ['令和8年度は済が2件（50.0%）でした。', ['令和8年度 済 2件', '令和8年度 済 割合 50.0%']],
    ['達成は3件（60.0%）でした。', ['達成 件数 3件', '達成 割合 60.0%']],
    ['達成率は60.0%でした。', ['達成 割合 60.0%']],
    ['評価した事項は5件でした。', ['達成するべき事項の合計数 5件']],
  ])('right: checked, nothing found — %s', (text, checked) => {
    expect(prose(text)).toEqual({ checked, findings: [] });
  });

  test.each([
    // An approximation, a measure in another unit, a plan-wide measure given a year: not read as a figure.
    '令和8年度の効果額は約150千円でした。',
    '令和8年度の進捗率は3件でした。',
    '令和8年度の取組活動の75.0%が順調でした。',
    '令和8年度の効果額は2件でした。',
    '令和8年度の達成率は50.0%でした。',
    '令和8年度の達成するべき事項は2件でした。',
    '達成するべき事項は60.0%でした。',
    '令和8年度の達成は1件でした。',
    '令和8年度の済の件数は150千円でした。',
    '令和8年度の済の件数は50.0%でした。',
    '達成の件数は60.0%でした。',
    // 合計…事業: the plan's projects over the years, not the year's.
    '令和9年度までの合計は3事業でした。',
  ])('not a figure of the plan: nothing checked — %s', (text) => {
    expect(prose(text)).toEqual({ checked: [], findings: [] });
  });

  test('wrong figures are found with the workbook’s', () => {
    expect(prose('令和9年度の取組活動は3件、進捗率は66.6%でした。効果額は31千円でした。').findings).toEqual([
      '令和9年度 取組活動数: 3件 → 2件',
      '令和9年度 進捗率: 66.6% → 50.0%',
      '令和9年度 財政健全化効果額: 31千円 → 30千円',
    ]);
  });

  test('a count and share under the wrong label are one finding, naming the label they belong to', () => {
    // 遅れ 2件 (50.0%) are 済's figures for 令和8年度; 一部未達成 3件 (60.0%) are 達成's for the plan.
    expect(prose('令和8年度は遅れが2件（50.0%）でした。').findings).toEqual(['区分: 遅れ → 済']);
    expect(prose('一部未達成は3件（60.0%）、未達成は1件（20.0%）でした。').findings).toEqual(['区分: 一部未達成 → 達成']);
  });

  test('a year label whose figures are all another year’s is one finding', () => {
    expect(prose('令和8年度の取組活動は2件で、進捗率は50.0%でした。').findings).toEqual(['年度: 令和8年度 → 令和9年度']);
  });

  test('figures right for two other years, or two other labels, are each wrong: no label is blamed', () => {
    // A third year, 令和10年度, like 令和9年度: 2 activities, 50.0%.
    const input = workbook();
    input.sheets[0].rows[2] = ['計画終了年度', 2028];
    input.sheets[2].rows.push(['A-1', 2028, 'g', '済'], ['C-3', 2028, 'h', '未着手']);
    expect(prose('令和8年度の取組活動は2件で、進捗率は50.0%でした。', input).findings).toEqual([
      '令和8年度 取組活動数: 2件 → 4件',
      '令和8年度 進捗率: 50.0% → 75.0%',
    ]);
    // 令和9年度: 済 1 and 未着手 1, each 50.0% — 遅れ's 1件 (50.0%) could be either.
    expect(prose('令和9年度は遅れが1件（50.0%）でした。').findings).toEqual(['令和9年度 遅れ: 1件 → 0件', '令和9年度 遅れ 割合: 50.0% → 0.0%']);
  });

  test('a plan with no label meaning 達成 has no 達成率 to check', () => {
    const categories = {
      name: '区分',
      rows: [
        ['種類', '区分', '意味'],
        ['達成状況', '一部', '一部未達成'],
        ['達成状況', 'だめ', '未達成'],
      ],
    };
    expect(prose('達成率は60.0%でした。', workbook(categories))).toEqual({ checked: [], findings: [] });
  });
});

describe('the seed’s layout on another plan', () => {
  const lines = [
    '【進捗状況】',
    '令和10年度 1 3 1 1 0 0 0',
    '令和8年度 2 4 2 1 1 0 0',
    '【進捗率】',
    '令和10年度 50.0% 4 3',
    '令和9年度 50.0% 2 1',
    '【目標年度別の達成状況】',
    '令和10年度 2 1 50.0% 0 0.0% 1 50.0%',
    '令和9年度 3 2 66.6% 1 33.3% 0 0.0%',
    '【達成状況】',
    '3 60.0% 1 20.0% 1 20.0%',
    '【財政健全化効果額】',
    '1 令和10年度 5千円',
    '2 令和8年度 150千円',
    '合計 180千円',
    '令和10年度は施設の見直しにより合計で1.00m2の縮減となりました。',
    '令和9年度は施設の見直しにより合計で20.25m2の増加となりました。',
    '令和8年度は施設の見直しにより合計で100.50m2の増加となりました。',
  ];

  test('a year outside the plan is checked by its own arithmetic only; a year without targets has none to count', () => {
    const result = proofread(lines.join('\n'), summarize(workbook(), { asOf: '2028-03-31' }));
    const finding = (line: number, label: string, stated: string, expected: string, kind: Finding['kind'] = 'workbook') => ({
      line,
      stated,
      expected,
      label,
      kind,
    });
    expect(result.findings).toEqual([
      // 令和10年度: 1 + 1 + 0 + 0 + 0 = 2 activities by label, not 3; 3 of 4 is 75.0%, not 50.0%. The workbook has no such year.
      finding(2, '令和10年度 取組活動数', '3', '2', 'arithmetic'),
      finding(5, '令和10年度 進捗率', '50.0%', '75.0%', 'arithmetic'),
      // No target is due in 令和10年度: none evaluated, no share.
      finding(8, '令和10年度 評価数', '2', '0'),
      finding(8, '令和10年度 達成 件数', '1', '0'),
      finding(8, '令和10年度 達成 割合', '50.0%', '－'),
      finding(8, '令和10年度 一部未達成 割合', '0.0%', '－'),
      finding(8, '令和10年度 未達成 件数', '1', '0'),
      finding(8, '令和10年度 未達成 割合', '50.0%', '－'),
      // 令和8年度's floor area went down by 100.50㎡.
      finding(18, '令和8年度 延床面積の増減', '100.50㎡の増加', '100.50㎡の縮減'),
    ]);
    // Every figure of every line is checked: 7 + 7 + 3 + 3 + 7 + 7 + 6 + 1 + 1 + 1 + 3.
    expect(result.checked).toHaveLength(46);
    expect(result.checked.slice(-5).map((c) => `${c.line} ${c.label} ${c.stated}`)).toEqual([
      '14 令和8年度 財政健全化効果額 150千円',
      '15 財政健全化効果額 合計 180千円',
      '16 令和10年度 延床面積の増減 1.00㎡の縮減',
      '17 令和9年度 延床面積の増減 20.25㎡の増加',
      '18 令和8年度 延床面積の増減 100.50㎡の増加',
    ]);
  });
});

describe('the list of targets not achieved', () => {
  // The plan's shortfalls: 事業B's y (未達成, 令和8年度) and 事業A's w (一部未達成, 令和9年度).
  const read = (...lines: string[]) =>
    proofread(['【一部未達成、未達成の事項】', ...lines].join('\n'), summarize(workbook(), { asOf: '2028-03-31' })).findings.map(
      (f) => `${f.line} ${f.label}: ${f.stated} → ${f.expected}`,
    );

  test('headings whose every project belongs under the other: one finding at each heading; a name not in the plan is passed over', () => {
    expect(read('一部未達成の事項', '(1) 事業B', '(2) 事業Z', '未達成の事項', '(1) 事業A')).toEqual([
      '2 区分: 一部未達成の事項 → 未達成の事項',
      '5 区分: 未達成の事項 → 一部未達成の事項',
    ]);
  });

  test('one project under the wrong heading among right ones: that project', () => {
    expect(read('未達成の事項', '(1) 事業B', '(2) 事業A')).toEqual(['4 事業A の区分: 未達成 → 一部未達成']);
  });

  test('as a table, the label first and then the code', () => {
    expect(read('未達成 A-1 事業A', '未達成 B-2 事業B', '達成 C-3 事業C')).toEqual(['2 A-1 の区分: 未達成 → 一部未達成']);
  });
});

describe('the seed’s 取組結果 and 達成状況 on another plan', () => {
  // Perspective 1 (民間活力の活用): 1 project in 令和8年度, 2 in 令和9年度 (C-3 added), 2 in all; none ended;
  // effects 100 + 30 = 130 千円. The plan: 5 targets evaluated.
  const read = (...lines: string[]) =>
    proofread(lines.join('\n'), summarize(workbook(), { asOf: '2028-03-31' })).findings.map(
      (f) => `${f.line} ${f.label}: ${f.stated} → ${f.expected} (${f.kind})`,
    );

  test('a perspective’s counts, flows and effects, each wrong once', () => {
    expect(
      read(
        '(1) 民間活力の活用',
        '取組事業数 1 事業 3 事業 2 事業',
        '(追加事業数) － (2 事業) (1 事業)',
        '(終了事業数) － － (1 事業)',
        '財政健全化効果額 100 千円 30 千円 131 千円',
      ),
    ).toEqual([
      '2 (1) 令和9年度 取組事業数: 3事業 → 2事業 (workbook)',
      '3 (1) 令和9年度 追加事業数: (2 事業) → (1 事業) (workbook)',
      '4 (1) 計 終了事業数: (1 事業) → － (workbook)',
      '5 (1) 計 財政健全化効果額: 131千円 → 130千円 (workbook+arithmetic)',
    ]);
  });

  test('the same lines right: nothing found, every value checked under its year or 計', () => {
    const result = proofread(
      ['(1) 民間活力の活用', '取組事業数 1 事業 2 事業 2 事業', '(追加事業数) － (1 事業) (1 事業)', '財政健全化効果額 100 千円 30 千円 130 千円'].join('\n'),
      summarize(workbook(), { asOf: '2028-03-31' }),
    );
    expect(result.findings).toEqual([]);
    expect(result.checked.map((c) => `${c.label} ${c.stated}`)).toEqual([
      '(1) 令和8年度 取組事業数 1事業',
      '(1) 令和9年度 取組事業数 2事業',
      '(1) 計 取組事業数 2事業',
      '(1) 令和8年度 追加事業数 －',
      '(1) 令和9年度 追加事業数 (1 事業)',
      '(1) 計 追加事業数 (1 事業)',
      '(1) 令和8年度 財政健全化効果額 100千円',
      '(1) 令和9年度 財政健全化効果額 30千円',
      '(1) 計 財政健全化効果額 130千円',
    ]);
  });

  test('達成状況 with its total on a line of its own, or first on the line', () => {
    expect(read('【達成状況】', '6', '3 60.0% 1 20.0% 1 20.0%')).toEqual(['2 達成するべき事項の合計数: 6 → 5 (workbook)']);
    expect(read('【達成状況】', '5 3 60.0% 1 20.0% 2 20.0%')).toEqual(['2 未達成 件数: 2 → 1 (workbook)']);
    // Without a total, the shares are of the counts' sum: 3 of 4 is 75.0%, and the workbook says 60.0%.
    expect(read('【達成状況】', '3 75.0% 1 25.0% 0 0.0%')).toEqual([
      '2 達成 割合: 75.0% → 60.0% (workbook)',
      '2 一部未達成 割合: 25.0% → 20.0% (workbook)',
      '2 未達成 件数: 0 → 1 (workbook)',
      '2 未達成 割合: 0.0% → 20.0% (workbook)',
    ]);
  });

  test('進捗率 rows name the plan’s labels counted in the rate', () => {
    const result = proofread(['【進捗率】', '令和8年度 75.0% 4 3'].join('\n'), summarize(workbook(), { asOf: '2028-03-31' }));
    expect(result.checked.map((c) => `${c.label} ${c.stated}`)).toEqual(['令和8年度 進捗率 75.0%', '令和8年度 取組活動数 4', '令和8年度 済＋概ね順調 3']);
  });
});

describe('the seed’s project list and plan sentences on another plan', () => {
  // Effects by project: A-1 130, B-2 50, C-3 none (－). Floor area: 令和8年度 100.50 reduced, 令和9年度 20.25 added,
  // the plan 80.25 reduced, all in the general account. 3 projects in all (2 in perspective 1, 1 in 2).
  const read = (...lines: string[]) =>
    proofread(lines.join('\n'), summarize(workbook(), { asOf: '2028-03-31' })).findings.map(
      (f) => `${f.line} ${f.label}: ${f.stated} → ${f.expected} (${f.kind})`,
    );

  test('the list as a table and as code lines: amounts and － checked against each project', () => {
    expect(
      read('【取組事業一覧表】', 'A-1 事業A 131千円', 'C-3 事業C －', 'B-2 事業B －', '【その他】', 'A-1', '130千円', 'B-2', '－', 'C-3', '5千円'),
    ).toEqual([
      '2 A-1 財政健全化効果額: 131千円 → 130千円 (workbook)',
      '4 B-2 財政健全化効果額: － → 50千円 (workbook)',
      '9 B-2 財政健全化効果額: － → 50千円 (workbook)',
      '11 C-3 財政健全化効果額: 5千円 → － (workbook)',
    ]);
  });

  test('the plan’s sentences: its floor area with the general account, its total effect, its projects', () => {
    expect(
      read(
        '計画期間全体では、80.25（一般会計の施設80.25）㎡の縮減となりました。',
        '取組状況 100.50 ㎡の縮減 20.25 ㎡の増加',
        '180千円の財政健全化効果額が生まれました。',
        '3事業に取り組み、',
      ),
    ).toEqual([]);
    expect(
      read(
        '計画期間全体では、80.25（一般会計の施設80.25）㎡の増加となりました。',
        '取組状況 100.50 ㎡の増加 20.25 ㎡の増加',
        '181千円の財政健全化効果額が生まれました。',
        '4事業に取り組み、',
      ),
    ).toEqual([
      '1 計画期間の延床面積の増減: 80.25㎡の増加 → 80.25㎡の縮減 (workbook+arithmetic)',
      '1 計画期間の延床面積の増減（一般会計）: 80.25㎡の増加（一般会計） → 80.25㎡の縮減 (workbook)',
      '2 令和8年度 延床面積の増減: 100.50㎡の増加 → 100.50㎡の縮減 (workbook)',
      '3 財政健全化効果額 合計: 181千円 → 180千円 (workbook)',
      '4 計画期間の事業数: 4事業 → 3事業 (workbook)',
    ]);
  });

  test('findings in line order, whichever rule found them', () => {
    expect(read('令和9年度の取組活動は3件でした。', '【一部未達成、未達成の事項】', '未達成の事項', '(1) 事業A')).toEqual([
      '1 令和9年度 取組活動数: 3件 → 2件 (workbook)',
      '3 区分: 未達成の事項 → 一部未達成の事項 (workbook)',
    ]);
    expect(read('【一部未達成、未達成の事項】', '未達成の事項', '(1) 事業A', '令和9年度の取組活動は3件でした。')).toEqual([
      '2 区分: 未達成の事項 → 一部未達成の事項 (workbook)',
      '4 令和9年度 取組活動数: 3件 → 2件 (workbook)',
    ]);
  });
});
