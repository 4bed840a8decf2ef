/**
 * template.ts tested directly: the empty workbook a new plan starts from and
 * the dropdown lists, for the default plan and for a plan with its own words.
 */

import { SHEET_ORDER } from '../../../src/core/contract/schema';
import { dropdowns, namedPerspectives, templateSheets } from '../../../src/core/contract/template';
import { readVocabulary } from '../../../src/core/read/read';

describe('templateSheets', () => {
  test('every sheet of the contract, in order, each with its Japanese headers', () => {
    const sheets = templateSheets();
    expect(sheets.map((s) => s.key)).toEqual(SHEET_ORDER);
    expect(sheets.find((s) => s.key === 'projects')?.rows[0].slice(0, 2)).toEqual(['事業コード', '事業名']);
    const activities = sheets.find((s) => s.key === 'activities')?.rows ?? [];
    expect(activities).toHaveLength(1);
    expect(activities[0].slice(0, 4)).toEqual(['事業コード', '年度', '取組活動', '進捗状況']);
  });

  test('設定 filled with the plan years, rounding, decimals and unit, its 取組の視点 blank to fill (#25); 効果額 names the unit', () => {
    const sheets = templateSheets(2026, 2030, '百万円');
    expect(sheets.find((s) => s.key === 'settings')?.rows.slice(1)).toEqual([
      ['計画名', ''],
      ['計画開始年度', '2026年度'],
      ['計画終了年度', '2030年度'],
      ['端数処理', '切り捨て'],
      ['小数桁数', 1],
      ['取組の視点', ''],
      ['送信先', ''],
      ['金額単位', '百万円', '効果額の単位: 円 / 千円 / 万円 / 百万円（空欄は千円）'],
      ['達成率の分母', '評価済み', '達成状況の割合の分母: 評価済み（評価を終えた事項で割る。空欄も同じ）/ 全事項（未評価を含む全事項で割る）'],
    ]);
    // A plan's own perspectives (template --plan), one per line of the one cell.
    expect(templateSheets(2026, 2030, '千円', ['見える改革', '人材']).find((s) => s.key === 'settings')?.rows[6]).toEqual(['取組の視点', '見える改革\n人材']);
    expect(sheets.find((s) => s.key === 'effects')?.rows[0]).toContain('効果額（百万円）');
    expect(templateSheets().find((s) => s.key === 'settings')?.rows[2]).toEqual(['計画開始年度', '2024年度']);
    expect(templateSheets().find((s) => s.key === 'effects')?.rows[0]).toContain('効果額（千円）');
  });

  test('報告書: はじめに, 計画の概要, each perspective’s 概要 and 課題, then 総括', () => {
    const report = templateSheets(2024, 2027, '千円', ['A', 'B']).find((s) => s.key === 'report');
    expect(report?.rows.slice(1)).toEqual([
      ['はじめに', null, null],
      ['計画の概要', null, null],
      ['概要', 1, null],
      ['課題と今後の方向性', 1, null],
      ['概要', 2, null],
      ['課題と今後の方向性', 2, null],
      ['総括', null, null],
    ]);
    // No perspectives named: one 概要 and one 課題 row whose 視点 is to fill, never the seed's six pairs.
    expect(
      templateSheets()
        .find((s) => s.key === 'report')
        ?.rows.slice(1),
    ).toEqual([
      ['はじめに', null, null],
      ['計画の概要', null, null],
      ['概要', null, null],
      ['課題と今後の方向性', null, null],
      ['総括', null, null],
    ]);
    // Only 設定 and 報告書 have rows below their headers.
    expect(
      templateSheets()
        .filter((s) => s.rows.length > 1)
        .map((s) => s.key),
    ).toEqual(['settings', 'report']);
  });
});

describe('namedPerspectives', () => {
  test('the names of a 設定 sheet: one cell of lines, or one row per name, in order', () => {
    expect(
      namedPerspectives([
        ['項目', '値'],
        ['計画名', 'x'],
        ['取組の視点', '見える改革\n 人材 \n\n'],
        ['送信先', ''],
      ]),
    ).toEqual(['見える改革', '人材']);
    expect(
      namedPerspectives([
        ['取組の視点', '見える改革'],
        ['Perspectives', '人材'],
        ['取組の視点', null],
      ]),
    ).toEqual(['見える改革', '人材']);
    // The key in any column, its value in the next non-blank cell after it (項目 / 値 moved right).
    expect(namedPerspectives([[null, '取組の視点', '', '行政改革']])).toEqual(['行政改革']);
  });

  test('none named: none, so a template made from the plan invents none', () => {
    expect(namedPerspectives([])).toEqual([]);
    expect(
      namedPerspectives([
        ['項目', '値'],
        ['計画名', '取組の視点'],
      ]),
    ).toEqual([]);
    expect(namedPerspectives([['取組の視点', ''], ['取組の視点', null], ['取組の視点']])).toEqual([]);
    expect(namedPerspectives([['取組の視点', ' \n ']])).toEqual([]);
  });
});

describe('dropdowns', () => {
  test('the default plan: the seed’s labels, － for a result not yet evaluated, the fixed lists', () => {
    const lists = Object.fromEntries(dropdowns().map((d) => [`${d.sheet}/${d.column}`, d.values]));
    expect(lists).toEqual({
      'activities/進捗状況': ['済', '概ね順調', '遅れ', '未着手', '休止'],
      'targets/達成状況': ['達成', '一部未達成', '未達成', '－'],
      'effects/区分': ['歳出削減', '歳入確保'],
      'floorArea/区分': ['廃止', '増加'],
      'projects/終了区分': ['終了', '休止'],
      'categories/種類': ['進捗状況', '達成状況'],
      'categories/意味': ['済', '概ね順調', '遅れ', '未着手', '休止', '達成', '一部未達成', '未達成'],
      'categories/進捗率に含める': ['○', '×'],
      'report/見出し': ['はじめに', '計画の概要', '概要', '課題と今後の方向性', '総括'],
    });
  });

  test('a plan of its own words offers those', () => {
    const vocabulary = readVocabulary({
      sheets: [
        {
          name: '区分',
          rows: [
            ['種類', '区分', '意味', '進捗率に含める'],
            ['進捗状況', '完了', '済', '○'],
            ['進捗状況', '取組中', '概ね順調', '○'],
            ['進捗状況', '未着手', '未着手', '×'],
            ['達成状況', '達成', '達成', ''],
            ['達成状況', '部分実施', '一部未達成', ''],
            ['達成状況', '検討中', '未達成', ''],
          ],
        },
      ],
    });
    const lists = dropdowns(vocabulary);
    expect(lists[0].values).toEqual(['完了', '取組中', '未着手']);
    expect(lists[1].values).toEqual(['達成', '部分実施', '検討中', '－']);
  });
});

// Killed survivors of the mutation audit (reports/mutation-record-2026.md; until #24 in test/core/survivors-audit.test.ts):
// each test names the mutant it kills, and every expectation is worked out by hand in the comments.
describe('template.ts (the mutation audit)', () => {
  test('効果額: only the amount column names the unit; the other headers are their own', () => {
    expect(templateSheets(2026, 2030, '百万円').find((s) => s.key === 'effects')?.rows[0]).toStrictEqual(['事業コード', '年度', '効果額（百万円）', '区分']);
  });
});
