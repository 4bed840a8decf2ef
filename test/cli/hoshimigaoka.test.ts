/**
 * The third example (#25): 星見ヶ丘町, a fictional town whose plan speaks its own scheme — results in
 * four levels (two meaning 達成) with their 定義, three kinds of 未確定, 全事項 as the denominator,
 * target years 「…年度以降」, no 施設面積, no 取組活動 in its first year, a goal with 年度目標.
 * Every figure below is worked out by hand from scripts/example/hoshimigaoka.ts (the targets are
 * numbered #1..#19 in its order), never copied from output; the built CLI must give them.
 */
import { join } from 'node:path';
import { buildHoshimigaokaSheets, HOSHIMIGAOKA_EXAMPLE_PATH } from '../../scripts/example/hoshimigaoka';
import { readWorkbookFile } from '../../src/cli/xlsx';
import type { Summary } from '../../src/core/compute/summarize';
import { ROOT, runCli, runJson } from '../support/cli';
import { tempDir } from '../support/xlsx';

const TOWN = join(ROOT, HOSHIMIGAOKA_EXAMPLE_PATH);
const pct = (n: number, d: number) => `${(Math.trunc((n * 1000) / d) / 10).toFixed(1)}%`;

describe('the 星見ヶ丘町 example through the built CLI (summarize --json, as of 2024-03-31)', () => {
  const { status, json } = runJson<Summary>(['summarize', TOWN, '--as-of', '2024-03-31']);
  const a = json.achievement;

  test('the committed workbook is what the generator writes', async () => {
    const committed = await readWorkbookFile(TOWN);
    const built = buildHoshimigaokaSheets();
    expect(committed.sheets.map((s) => [s.name, s.rows.length])).toEqual(built.map((s) => [s.name, s.rows.length]));
  });

  test('no error, no warning (a 未確定 label before its target year is no slip); one note: no 施設面積', () => {
    expect(status).toBe(0);
    expect(json.problems.map((p) => [p.severity, p.sheet, p.code])).toEqual([['info', '施設面積', 'sheetOptionalMissing']]);
  });

  test('what the plan keeps: no floor area; every JSON key still there, with zeros', () => {
    expect(json.keeps).toEqual({ activities: true, targets: true, effects: true, floorArea: false, goals: true });
    expect(json.floorArea).toMatchObject({ net: 0, netGeneralAccount: 0 });
  });

  test('the result labels carry their 定義', () => {
    expect(json.vocabulary.result.map((t) => [t.label, t.meaning])).toEqual([
      ['目標を上回って達成', 'achieved'],
      ['目標を達成', 'achieved'],
      ['一部達成', 'partial'],
      ['未達成', 'notAchieved'],
      ['最終年度まで', 'undetermined'],
      ['改定時設定', 'undetermined'],
      ['新規追加', 'undetermined'],
    ]);
    expect(json.vocabulary.result[4].definition).toBe('数値目標が計画の最終年度に設定されており、現時点では達成状況を確定できないもの');
    expect(json.vocabulary.progress.every((t) => t.definition === '')).toBe(true);
  });

  test('全事項: 11 evaluated (上回 #1 #7 #15, 達成 #2 #3 #5 #9 #12, 一部 #4 #13, 未達成 #8) + 3 blank (#10 #14 #17) = 14; 4 未確定 outside; #18 (令和7年度) excluded', () => {
    expect(a.denominator).toBe('all');
    expect([a.evaluated, a.undetermined, a.unevaluated, a.denominatorCount, a.excluded]).toEqual([3 + 5 + 2 + 1, 1 + 2 + 1, 3, 11 + 3, 1]);
    expect(a.counts).toEqual({ achieved: 8, partial: 2, notAchieved: 1 });
    expect(a.ratioTexts).toEqual({ achieved: pct(8, 14), partial: pct(2, 14), notAchieved: pct(1, 14) });
    expect(a.ratioTexts.achieved).toBe('57.1%');
    expect(a.labels.map((l) => [l.label, l.count, l.share, l.shareText])).toEqual([
      ['目標を上回って達成', 3, 3 / 14, '21.4%'],
      ['目標を達成', 5, 5 / 14, '35.7%'],
      ['一部達成', 2, 2 / 14, '14.2%'],
      ['未達成', 1, 1 / 14, '7.1%'],
      ['最終年度まで', 1, null, '－'],
      ['改定時設定', 2, null, '－'],
      ['新規追加', 1, null, '－'],
    ]);
    expect(a.unevaluatedShare).toEqual({ count: 3, share: 3 / 14, shareRounded: 0.214, shareText: '21.4%' });
  });

  test('meanings: 達成 計 8 (57.1%) of two labels; 未確定 計 4 without a share', () => {
    expect(a.meanings.map((m) => [m.meaning, m.labels, m.count, m.shareText])).toEqual([
      ['achieved', ['目標を上回って達成', '目標を達成'], 8, '57.1%'],
      ['partial', ['一部達成'], 2, '14.2%'],
      ['notAchieved', ['未達成'], 1, '7.1%'],
      ['undetermined', ['最終年度まで', '改定時設定', '新規追加'], 4, '－'],
    ]);
  });

  test('未達成の一覧: 一部 1-02 and 3-01, 未達成 2-01 — never a 未確定 or blank target', () => {
    expect(a.shortfalls.map((s) => [s.code, s.status, s.label, s.targetYear])).toEqual([
      ['1-02', 'partial', '一部達成', '令和4年度'],
      ['3-01', 'partial', '一部達成', '令和3年度'],
      ['2-01', 'notAchieved', '未達成', '令和4年度'],
    ]);
  });

  test('by due year: 令和4年度以降 and 令和5年度以降 are due in the plan end (2024)', () => {
    // 2021: #1 #3 #7 #13; 2022: #2 #4 #8 #9 #15; 2023: #5 #12, blank #10 #14, 改定 #19; 2024: 最終 #6, 改定 #11, 新規 #16, blank #17.
    expect(a.byYear.map((y) => [y.year, y.evaluated, y.undetermined, y.unevaluated, y.denominatorCount])).toEqual([
      [2021, 4, 0, 0, 4],
      [2022, 5, 0, 0, 5],
      [2023, 2, 1, 2, 4],
      [2024, 0, 3, 1, 1],
    ]);
    expect(a.byYear.map((y) => y.meanings[0].shareText)).toEqual([pct(3, 4), pct(3, 5), pct(2, 4), pct(0, 1)]);
    expect(a.byYear.map((y) => y.unevaluatedShare.shareText)).toEqual(['0.0%', '0.0%', pct(2, 4), pct(1, 1)]);
  });

  test('by perspective: 1 (1-0x) 4 of 5, 2 (2-0x) 3 of 5, 3 (3-0x) 1 of 4', () => {
    expect(a.byPerspective.map((p) => [p.perspective, p.name, p.evaluated, p.undetermined, p.unevaluated, p.denominatorCount])).toEqual([
      [1, '健全な財政運営', 5, 2, 0, 5],
      [2, '効率的な行政運営', 4, 1, 1, 5],
      [3, '住民との協働', 2, 1, 2, 4],
    ]);
    expect(a.byPerspective.map((p) => p.meanings.map((m) => m.count))).toEqual([
      [4, 1, 0, 2],
      [3, 0, 1, 1],
      [1, 1, 0, 1],
    ]);
    expect(a.byPerspective.map((p) => p.meanings[0].shareText)).toEqual([pct(4, 5), pct(3, 5), pct(1, 4)]);
    // Perspective 3 by due year: 2021 一部 #13; 2022 上回 #15; 2023 blank #14; 2024 新規 #16, blank #17.
    expect(a.byPerspective[2].byYear.map((y) => [y.year, y.evaluated, y.undetermined, y.unevaluated])).toEqual([
      [2021, 1, 0, 0],
      [2022, 1, 0, 0],
      [2023, 0, 0, 1],
      [2024, 0, 1, 1],
    ]);
  });

  test('progress: nothing in FY2021, 5 of 6 then 7 of 8; meanings per year', () => {
    expect(json.progress.map((p) => [p.year, p.activities, p.rateText])).toEqual([
      [2021, 0, '－'],
      [2022, 6, pct(5, 6)],
      [2023, 8, pct(7, 8)],
      [2024, 0, '－'],
    ]);
    expect(json.progress[1].meanings.map((m) => [m.meaning, m.count])).toEqual([
      ['done', 2],
      ['onTrack', 3],
      ['delayed', 1],
      ['notStarted', 0],
      ['suspended', 0],
    ]);
  });

  test('goals: 年度目標 10,000 + 12,000 + 15,000 + 13,000 = 50,000; each year 実績 / 年度目標; no actual → －', () => {
    const [effect, staff] = json.goals;
    expect(effect.target).toBe(10000 + 12000 + 15000 + 13000);
    expect(effect.byYear.map((y) => [y.year, y.actual, y.target, y.rateText])).toEqual([
      [2021, 9500, 10000, pct(9500, 10000)],
      [2022, 14000, 12000, pct(14000, 12000)],
      [2023, null, 15000, '－'],
      [2024, null, 13000, '－'],
    ]);
    expect([effect.cumulative, effect.rate, effect.rateText]).toEqual([9500 + 14000, 23500 / 50000, '47.0%']);
    expect([staff.name, staff.target, staff.cumulative, staff.rate, staff.rateText]).toEqual(['職員数の削減', 10, 0, null, '－']);
  });

  test('the report of a plan with 未確定 labels is written (it stopped with an unexpected error before)', () => {
    const out = join(tempDir(), 'report.html');
    const result = runCli(['report', TOWN, '--format', 'html', '--as-of', '2024-03-31', '--out', out]);
    expect(result.stderr).not.toContain('unexpected error');
    expect(result.status).toBe(0);
  });
});
