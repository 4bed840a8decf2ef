/**
 * Issue #25 through the built CLI's `summarize --json`: a plan with no 取組活動, results in a city's
 * own scheme (three labels meaning 達成, 未確定 in two kinds), the default denominator 評価済み, a bad
 * 達成率の分母 at its cell, and a target year 「…年度以降」. Figures worked out by hand in the comments.
 */
import { join } from 'node:path';
import type { CellValue, WorkbookInput } from '../../src/core/base/cells';
import type { Summary } from '../../src/core/compute/summarize';
import { runJson } from '../support/cli';
import { tempDir, writeXlsx } from '../support/xlsx';

type Rows = CellValue[][];

function plan(settings: Rows): WorkbookInput {
  // 上回 2, 概ね 3, 遅れ達成 1 (達成 計 6), 未達成 2 → 8 evaluated; 最終年度 2 + 改定 1 = 3 未確定; 1 blank (2027).
  const results: [string, number][] = [
    ['上回って達成', 2],
    ['おおむね達成', 3],
    ['遅れて達成', 1],
    ['未達成', 2],
    ['最終年度まで', 2],
    ['改定時設定', 1],
  ];
  const targets: Rows = [['事業コード', '目標年度', '達成するべき事項', '達成状況']];
  for (const [label, n] of results) for (let i = 0; i < n; i++) targets.push([i % 2 === 0 ? '1-01' : '2-01', '令和8年度', `${label}${i}`, label]);
  targets.push(['2-01', 'R9以降', '新しい事項', null]);
  return {
    sheets: [
      { name: '設定', rows: [['項目', '値'], ['計画開始年度', '令和8年度'], ['計画終了年度', '令和9年度'], ['取組の視点', '一\n二'], ...settings] },
      {
        name: '区分',
        rows: [
          ['種類', '区分', '意味', '定義'],
          ['達成状況', '上回って達成', '達成', '目標を上回ったもの'],
          ['達成状況', 'おおむね達成', '達成', null],
          ['達成状況', '遅れて達成', '達成', null],
          ['達成状況', '未達成', '未達成', null],
          ['達成状況', '最終年度まで', '未確定', '最終年度に判定するもの'],
          ['達成状況', '改定時設定', 'undetermined', null],
        ],
      },
      {
        name: '事業',
        rows: [
          ['事業コード', '事業名', '取組の視点'],
          ['1-01', 'a', 1],
          ['2-01', 'b', 2],
        ],
      },
      { name: '達成事項', rows: targets },
    ],
  };
}

describe('a city’s own result scheme, with no 取組活動, through the built CLI', () => {
  const dir = tempDir();
  const file = (name: string) => join(dir, name);

  test('評価済み (default): 達成 計 6 of 8 = 75.0%; 3 未確定 and 1 blank outside; no 取組活動 is no error', async () => {
    await writeXlsx(file('plain.xlsx'), plan([]));
    const { status, json } = runJson<Summary>(['summarize', file('plain.xlsx'), '--as-of', '2027-03-31']);
    expect(status).toBe(0);
    expect(json.problems.map((p) => [p.severity, p.sheet, p.code])).toEqual([
      ['info', '取組活動', 'sheetOptionalMissing'],
      ['info', '効果額', 'sheetOptionalMissing'],
      ['info', '施設面積', 'sheetOptionalMissing'],
    ]);
    expect(json.keeps).toEqual({ activities: false, targets: true, effects: false, floorArea: false, goals: false });
    const a = json.achievement;
    expect([a.denominator, a.evaluated, a.undetermined, a.unevaluated, a.denominatorCount]).toEqual(['evaluated', 8, 3, 1, 8]);
    expect(a.counts).toEqual({ achieved: 6, partial: 0, notAchieved: 2 });
    expect(a.meanings.map((m) => [m.meaning, m.labels, m.count, m.shareText])).toEqual([
      ['achieved', ['上回って達成', 'おおむね達成', '遅れて達成'], 6, '75.0%'],
      ['notAchieved', ['未達成'], 2, '25.0%'],
      ['undetermined', ['最終年度まで', '改定時設定'], 3, '－'],
    ]);
    expect(a.unevaluatedShare.shareText).toBe('－');
    expect(a.shortfalls.map((s) => s.label)).toEqual(['未達成', '未達成']);
    expect(json.vocabulary.result.map((t) => t.definition)).toEqual(['目標を上回ったもの', '', '', '', '最終年度に判定するもの', '']);
    // By perspective: 1-01 takes the even-numbered of each label (上回 1, おおむね 2, 遅れ 1, 未達成 1, 最終 1, 改定 1) → 4 of 5.
    expect(a.byPerspective.map((p) => [p.perspective, p.evaluated, p.undetermined, p.meanings[0].count, p.meanings[0].shareText])).toEqual([
      [1, 5, 2, 4, '80.0%'],
      [2, 3, 1, 2, '66.6%'],
    ]);
    // R9以降 runs to the plan end (2027): the blank is due then.
    expect(a.byYear.map((y) => [y.year, y.evaluated, y.unevaluated])).toEqual([
      [2026, 8, 0],
      [2027, 0, 1],
    ]);
  });

  test('全事項: 6 of 9 = 66.6%; the blank 未評価 is 1 of 9 = 11.1%', async () => {
    await writeXlsx(file('all.xlsx'), plan([['達成率の分母', '全事項']]));
    const { status, json } = runJson<Summary>(['summarize', file('all.xlsx'), '--as-of', '2027-03-31']);
    expect(status).toBe(0);
    const a = json.achievement;
    expect([a.denominator, a.denominatorCount, a.meanings[0].shareText, a.ratioTexts.achieved, a.unevaluatedShare.shareText]).toEqual([
      'all',
      9,
      '66.6%',
      '66.6%',
      '11.1%',
    ]);
  });

  test('a bad 達成率の分母: exit 1, an error at 設定!B5 naming 評価済み / 全事項; the default stands', async () => {
    await writeXlsx(file('bad.xlsx'), plan([['達成率の分母', '全部の事業']]));
    const { status, json } = runJson<Summary>(['summarize', file('bad.xlsx'), '--as-of', '2027-03-31']);
    expect(status).toBe(1);
    const bad = json.problems.filter((p) => p.severity === 'error');
    expect(bad.map((p) => [p.sheet, p.cell, p.value, p.code])).toEqual([['設定', 'B5', '全部の事業', 'settingInvalid']]);
    expect(bad[0].message).toContain('評価済み / 全事項');
    expect(json.achievement.denominator).toBe('evaluated');
  });
});
