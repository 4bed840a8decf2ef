import { summarize } from '../../../src/core/compute/pipeline';
import { judge, meets, parseRule } from '../../../src/core/contract/indicators';
import { exampleInput, sheet, smallWorkbook } from '../../support/example';

describe('judging', () => {
  test.each([
    [95.4, 95, '以上', true],
    [94.7, 95, '以上', false],
    [3, 5, '以下', true],
    [5, 5, '以内', true],
    [26, 25, '超', true],
    [25, 25, '超', false],
    [4, 5, '未満', true],
    [5, 5, '等しい', true],
    [5, 5, '', true],
    [5, 5, '>=', true],
  ])('%p against %p (%s) → %p', (actual, goal, rule, expected) => {
    const parsed = parseRule(rule);
    if (!parsed) throw new Error('rule');
    expect(meets(actual, goal, parsed)).toBe(expected);
  });

  test('all met → 達成, none → 未達成, some → 一部未達成, nothing judged → null', () => {
    expect(judge([true, true])).toBe('achieved');
    expect(judge([false, false])).toBe('notAchieved');
    expect(judge([true, false])).toBe('partial');
    expect(judge([])).toBeNull();
    expect(parseRule('だいたい')).toBeNull();
  });
});

describe('the example’s indicators reproduce the report’s results', () => {
  let summary: ReturnType<typeof summarize>;
  // beforeEach, not beforeAll: a mutation run switches a mutant on per test (reports/mutation-record-2026.md).
  beforeEach(() => {
    summary = summarize(exampleInput(), { currentYear: 2024 });
  });

  test('no indicator disagrees with a typed result', () => {
    expect(summary.problems).toEqual([]);
    for (const c of summary.achievement.computed) expect(c.computed).toBe(c.typed);
  });

  test.each([
    ['0705-05', '研修が能力向上', 'partial', 4, 2],
    ['0703-13', 'BPR（事業の見直し）の必要性', 'partial', 2, 1],
    ['0706-03', '5業務以上でRPA', 'achieved', 1, 1],
    ['0705-11', '12回以上', 'achieved', 3, 3],
    ['0704-07', '返礼品を5件以上', 'achieved', 4, 4],
    ['0706-01', 'ペーパーレス会議', 'achieved', 2, 2],
    ['0703-13', '実施件数を上回る', 'achieved', 1, 1],
  ])('%s %s → %s (%i judged, %i met)', (code, phrase, result, judged, met) => {
    const found = summary.achievement.computed.find((c) => c.code === code && c.target.includes(phrase));
    expect(found).toMatchObject({ computed: result, judged, met });
  });

  test('every numeric target of the report has indicators (17 targets)', () => {
    expect(summary.achievement.computed).toHaveLength(17);
    expect(summary.achievement.counts).toEqual({ achieved: 55, partial: 3, notAchieved: 2 });
  });
});

describe('indicator problems', () => {
  test('a typed result that disagrees is a warning naming both, at the result cell', () => {
    const input = exampleInput();
    const targets = sheet(input, '達成事項');
    const row = targets.rows.findIndex((r) => r[0] === '0705-05');
    targets.rows[row][3] = '達成';
    const summary = summarize(input, { currentYear: 2024 });
    expect(summary.problems).toEqual([
      expect.objectContaining({ sheet: '達成事項', cell: `D${row + 1}`, severity: 'warning', code: 'indicatorDisagrees', suggestion: '一部未達成' }),
    ]);
    expect(summary.problems[0].message).toBe('入力された達成状況「達成」は、指標から判定した「一部未達成」（4件中2件が目標を満たす）と異なります。');
  });

  test('years not reached are not judged', () => {
    const found = summarize(exampleInput(), { currentYear: 2021 }).achievement.computed.find((c) => c.code === '0705-05');
    expect(found).toMatchObject({ computed: 'achieved', judged: 2, met: 2 });
  });

  test('a blank typed result takes the computed one', () => {
    const input = exampleInput();
    const targets = sheet(input, '達成事項');
    const row = targets.rows.findIndex((r) => r[0] === '0705-05');
    targets.rows[row][3] = null;
    expect(summarize(input, { currentYear: 2024 }).achievement.counts).toEqual({ achieved: 55, partial: 3, notAchieved: 2 });
  });

  test('unknown targets, rules and numbers are errors at their cells; a row number works as a reference', () => {
    const input = smallWorkbook();
    input.sheets.push({
      name: '指標',
      rows: [
        ['事業コード', '達成するべき事項', '指標名', '年度', '目標値', '実績値', '判定', '単位'],
        ['0701-01', '目標1', '件数', '令和3年度', 5, 6, '以上', '件'],
        ['0701-01', 'ない目標', '件数', '令和3年度', 5, 6, '以上', '件'],
        ['0701-01', '目標1', '件数', '令和3年度', 5, 6, 'だいたい', '件'],
        ['0701-01', '目標1', '件数', '令和3年度', 'たくさん', 6, '以上', '件'],
        ['0702-01', '#3', '件数', '令和3年度', '10件', '4件', '以上', '件'],
      ],
    });
    const summary = summarize(input, { currentYear: 2024 });
    expect(summary.problems.map((p) => [p.sheet, p.cell, p.code])).toEqual([
      ['指標', 'B3', 'indicatorTargetUnknown'],
      ['指標', 'G4', 'ruleUnknown'],
      ['指標', 'E5', 'numberInvalid'],
    ]);
    expect(summary.achievement.computed.map((c) => [c.code, c.computed, c.typed])).toEqual([
      ['0701-01', 'achieved', 'achieved'],
      ['0702-01', 'notAchieved', 'notAchieved'],
    ]);
  });
});
