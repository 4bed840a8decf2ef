/**
 * Baselines (基準日): frozen, read-only, round-tripping; the summary as of a
 * baseline; 増減 against the previous one.
 */
import { copyFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { decodeBaseline, encodeBaseline, freeze, missingBaseline } from '../../src/core/compute/baseline';
import type { Summary } from '../../src/core/compute/summarize';
import { baselineMissingText } from '../../src/core/words/messages';
import { EXAMPLE, runCli } from '../support/cli';
import { exampleInput, sheet } from '../support/example';
import { tempDir, writeXlsx } from '../support/xlsx';

test('a baseline round-trips through its JSON, dates included', () => {
  const input = exampleInput();
  sheet(input, '取組活動').rows[1][1] = new Date('2020-06-01T00:00:00+09:00');
  const baseline = freeze(input, '2024-03-31', new Date('2024-04-01T00:00:00Z'));
  expect(decodeBaseline(encodeBaseline(baseline))).toEqual(baseline);
  expect(baseline.input.sheets.map((s) => s.name)).not.toContain('注記');
});

describe('freeze, then summarize with 増減 and as of the baseline', () => {
  const dir = tempDir();
  const plan = join(dir, 'plan.xlsx');
  let current: Summary;
  let asOf: Summary;

  beforeAll(async () => {
    // The workbook in January 2024: one 令和5年度 activity still 概ね順調, one effect 1,000 千円 lower.
    const older = exampleInput();
    const activities = sheet(older, '取組活動');
    const row = activities.rows.findIndex((r) => r[1] === '令和5年度' && r[3] === '済');
    activities.rows[row][3] = '概ね順調';
    const effects = sheet(older, '効果額');
    const last = effects.rows.findIndex((r) => r[1] === '令和5年度');
    effects.rows[last][2] = Number(effects.rows[last][2]) - 1000;
    await writeXlsx(plan, older);
    const frozen = runCli(['freeze', plan, '--date', '2024-01-31']);
    expect(frozen.status).toBe(0);
    // Then the departments finish their entries: the workbook becomes the example.
    copyFileSync(EXAMPLE, plan);
    current = JSON.parse(runCli(['summarize', plan, '--json']).stdout) as Summary;
    asOf = JSON.parse(runCli(['summarize', plan, '--json', '--baseline', '2024-01-31']).stdout) as Summary;
  });

  test('the baseline file sits next to the workbook and is read-only', () => {
    expect(statSync(join(dir, 'plan.baseline-2024-01-31.json')).mode & 0o222).toBe(0);
    expect(runCli(['freeze', plan, '--date', '2024-01-31']).status).toBe(2);
  });

  test('the live summary shows 増減 against the baseline', () => {
    expect(current.delta?.against).toBe('2024-01-31');
    const fy2023 = current.delta?.progress.find((p) => p.year === 2023);
    expect(fy2023).toMatchObject({ activities: 0, progressing: 0, counts: { done: 1, onTrack: -1, delayed: 0, notStarted: 0, suspended: 0 } });
    expect(current.delta?.effects.total).toBe(1000);
    expect(current.delta?.effects.byYear.find((e) => e.year === 2023)?.amount).toBe(1000);
    expect(current.delta?.achievement).toEqual({ evaluated: 0, counts: { achieved: 0, partial: 0, notAchieved: 0 }, labels: [0, 0, 0] });
    expect(current.effects.total).toBe(4698997);
  });

  test('the summary as of the baseline has the frozen figures and no earlier baseline to compare with', () => {
    expect(asOf.asOfBaseline).toBe('2024-01-31');
    expect(asOf.effects.total).toBe(4698997 - 1000);
    expect(asOf.progress.find((p) => p.year === 2023)?.counts.done).toBe(36);
    expect(asOf.delta).toBeUndefined();
  });

  test('the terminal and the summary sheet show the 増減 table', () => {
    const text = runCli(['summarize', plan]).stdout;
    expect(text).toContain('【前回の基準日（2024-01-31）からの増減】');
    expect(text).toMatch(/財政健全化効果額（千円）\s+±0\s+±0\s+±0\s+\+1,000\s+\+1,000/);
  });

  test('an unknown baseline date is a usage error, said once in both languages with the dates there are', () => {
    const said = '基準日 2020-01-01 が見つかりません（あるもの: 2024-01-31） / No baseline 2020-01-01 (found: 2024-01-31)';
    for (const command of [
      ['summarize', plan],
      ['report', plan, '--out', join(dirname(plan), 'r.docx')],
    ]) {
      const run = runCli([...command, '--baseline', '2020-01-01']);
      expect([run.status, run.stderr.split('\n')[0]]).toEqual([2, `shinchoku: ${said}`]);
    }
  });
});

describe('missingBaseline: the one check of a baseline asked for and not frozen', () => {
  const frozen = [{ date: '2024-01-31' }, { date: '2024-03-31' }];
  test('none asked, or the one asked is there: nothing missing', () => {
    expect([missingBaseline(frozen, undefined), missingBaseline(frozen, '2024-03-31'), missingBaseline([], undefined)]).toEqual([null, null, null]);
  });
  test('one not there: its date and the dates there are', () => {
    expect(missingBaseline(frozen, '2024-02-29')).toEqual({ date: '2024-02-29', found: ['2024-01-31', '2024-03-31'] });
    expect(missingBaseline([], '2024-02-29')).toEqual({ date: '2024-02-29', found: [] });
  });
  test('one message, in both languages, in words/', () => {
    expect(baselineMissingText({ date: '2024-02-29', found: ['2024-01-31', '2024-03-31'] }, 'ja')).toBe(
      '基準日 2024-02-29 が見つかりません（あるもの: 2024-01-31、2024-03-31）',
    );
    expect(baselineMissingText({ date: '2024-02-29', found: [] }, 'en')).toBe('No baseline 2024-02-29 (found: none)');
  });
});
