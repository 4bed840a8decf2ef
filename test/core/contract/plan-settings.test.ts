/**
 * settings.ts, schema.ts and indicators.ts tested directly: each expectation
 * tied to behaviour a mutation run found unpinned (npm run mutation;
 * reports/mutation-record-2026.md).
 */

import { JST_OFFSET_MS } from '../../../src/core/base/jst';
import { computedResults, type Indicator, judge, meets, parseRule } from '../../../src/core/contract/indicators';
import { contractColumnKey, contractSheetKey } from '../../../src/core/contract/schema';
import { applySetting, DEFAULT_PERSPECTIVES, defaultSettings, findSettingKey, type Settings, splitList } from '../../../src/core/contract/settings';

function applied(
  key: Parameters<typeof applySetting>[1],
  value: Parameters<typeof applySetting>[2],
): { settings: Settings; outcome: ReturnType<typeof applySetting> } {
  const settings = defaultSettings();
  return { settings, outcome: applySetting(settings, key, value) };
}

describe('settings.ts', () => {
  test('the defaults: truncate to one decimal, the seed’s six perspectives, no recipients, 千円', () => {
    expect(defaultSettings()).toEqual({
      rounding: 'truncate',
      decimals: 1,
      perspectives: DEFAULT_PERSPECTIVES,
      recipients: [],
      moneyUnit: '千円',
      achievementDenominator: 'evaluated',
      roundReminderDays: 7,
    });
    // Each call gives a fresh list: changing one plan's perspectives changes no other.
    const a = defaultSettings();
    a.perspectives.push('x');
    expect(defaultSettings().perspectives).toHaveLength(6);
  });

  test('keys by their Japanese or English name, in any width, case or spacing; anything else is no key', () => {
    expect(findSettingKey('端数処理')).toBe('rounding');
    expect(findSettingKey(' rounding ')).toBe('rounding');
    expect(findSettingKey('Digest  Recipients')).toBe('recipients');
    expect(findSettingKey('Money unit')).toBe('moneyUnit');
    expect(findSettingKey('色')).toBeUndefined();
  });

  test('plan years: a fiscal year in any accepted form, or what is allowed', () => {
    expect(applied('startYear', '令和2年度').settings.startYear).toBe(2020);
    expect(applied('endYear', 2028).settings.endYear).toBe(2028);
    expect(applied('startYear', 'いつか').outcome).toEqual({ ok: false, allowedJa: '例: 令和2年度、2020。', allowedEn: 'Example: 令和2年度, 2020.' });
  });

  test('rounding: 切り捨て or 四捨五入 and their English; anything else is refused with both languages', () => {
    // Read, and (r25 D9) said as a warning naming the name to type: 四捨五入.
    const half = applied('rounding', ' Round Half Up ');
    expect(half.outcome).toEqual({ ok: true, readAs: '四捨五入' });
    expect(applied('rounding', '四捨五入').outcome).toEqual({ ok: true });
    expect(half.settings.rounding).toBe('halfUp');
    const down = defaultSettings();
    down.rounding = 'halfUp';
    applySetting(down, 'rounding', '切捨て');
    expect(down.rounding).toBe('truncate');
    // Refused, with the closest allowed name (r25 D10: two characters off 四捨五入).
    expect(applied('rounding', '五捨六入').outcome).toEqual({
      ok: false,
      allowedJa: '使える値: 切り捨て / 四捨五入。',
      allowedEn: 'Allowed: 切り捨て (truncate) / 四捨五入 (half up).',
      suggestion: '四捨五入',
    });
  });

  test('decimals: an integer from 0 to 4, typed or as a number; 5, -1, 1.5 and words refused', () => {
    expect(applied('decimals', 0).settings.decimals).toBe(0);
    expect(applied('decimals', 4).settings.decimals).toBe(4);
    expect(applied('decimals', '２').settings.decimals).toBe(2);
    for (const bad of [5, -1, 1.5, '三', '', '4.5'])
      expect(applied('decimals', bad).outcome).toEqual({ ok: false, allowedJa: '0～4の整数。', allowedEn: 'An integer 0-4.' });
    // A boolean is not a count: TRUE is not 1.
    expect(applied('decimals', true).outcome.ok).toBe(false);
  });

  test('perspectives: one per line, blank lines dropped, text as typed (NFKC); none at all refused', () => {
    expect(applied('perspectives', '行政の効率化\r\n\n ＩＣＴの活用 \n').settings.perspectives).toEqual(['行政の効率化', 'ICTの活用']);
    // A comma is part of a name, not a separator.
    expect(applied('perspectives', '収入確保, 歳出削減').settings.perspectives).toEqual(['収入確保, 歳出削減']);
    // A number typed as a perspective's name is that name, not a crash.
    expect(applied('perspectives', 2020).settings.perspectives).toEqual(['2020']);
    expect(applied('perspectives', '\n \n').outcome).toEqual({ ok: false, allowedJa: '視点の名前を1行に1つ。', allowedEn: 'One perspective name per line.' });
  });

  test('money unit: 円 / 千円 / 万円 / 百万円 or their English; anything else refused', () => {
    expect(applied('moneyUnit', '百万円').settings.moneyUnit).toBe('百万円');
    expect(applied('moneyUnit', 'ten thousand yen').settings.moneyUnit).toBe('万円');
    expect(applied('moneyUnit', 'ドル').outcome).toEqual({
      ok: false,
      allowedJa: '使える値: 円 / 千円 / 万円 / 百万円。',
      allowedEn: 'Allowed: 円 / 千円 / 万円 / 百万円 (yen, thousand, ten thousand, million yen).',
    });
  });

  test('recipients: split at line breaks, commas (half and full width), semicolons, 、 and spaces', () => {
    expect(applied('recipients', 'a@x.jp, b@x.jp；c@x.jp、d@x.jp，e@x.jp\n\nf@x.jp  g@x.jp').settings.recipients).toEqual([
      'a@x.jp',
      'b@x.jp',
      'c@x.jp',
      'd@x.jp',
      'e@x.jp',
      'f@x.jp',
      'g@x.jp',
    ]);
  });

  test('plan name: as typed, a date as its Japan date', () => {
    expect(applied('planName', ' 第2次 行財政改革計画\u200B ').settings.planName).toBe('第2次 行財政改革計画');
    expect(applied('planName', new Date(Date.UTC(2024, 3, 1) - JST_OFFSET_MS)).settings.planName).toBe('2024-04-01');
  });

  test('splitList drops blanks and keeps order', () => {
    expect(splitList('b\n\na\n \n', /\n+/)).toEqual(['b', 'a']);
  });
});

describe('schema.ts', () => {
  test('a sheet name stands for its contract sheet by Japanese name, English name or alias, in any width or case', () => {
    expect(contractSheetKey('事業')).toBe('projects');
    expect(contractSheetKey(' PROJECTS ')).toBe('projects');
    expect(contractSheetKey('設定')).toBe('settings');
    expect(contractSheetKey('集計')).toBeUndefined();
    expect(contractSheetKey('Stryker was here')).toBeUndefined();
    expect(contractSheetKey('')).toBeUndefined();
  });

  test('a header stands for its column by name or alias; an unknown header for none', () => {
    expect(contractColumnKey('projects', '事業コード')).toBe('code');
    expect(contractColumnKey('projects', '視点')).toBe('perspective');
    expect(contractColumnKey('projects', 'department')).toBe('departments');
    expect(contractColumnKey('projects', '備考')).toBeUndefined();
    expect(contractColumnKey('projects', 'Stryker was here')).toBeUndefined();
  });
});

describe('indicators.ts', () => {
  test('each rule compares as its words say, at and either side of the goal', () => {
    const at = (rule: Parameters<typeof meets>[2]) => [meets(9, 10, rule), meets(10, 10, rule), meets(11, 10, rule)];
    expect(at('atLeast')).toEqual([false, true, true]);
    expect(at('atMost')).toEqual([true, true, false]);
    expect(at('greater')).toEqual([false, false, true]);
    expect(at('less')).toEqual([true, false, false]);
    expect(at('equal')).toEqual([false, true, false]);
  });

  test('rules by their words; a blank is 以上; an unknown word none', () => {
    expect(parseRule('')).toBe('atLeast');
    expect(parseRule('未満')).toBe('less');
    expect(parseRule('＜')).toBe('less');
    expect(parseRule('くらい')).toBeNull();
    expect(judge([])).toBeNull();
    expect(judge([true, true])).toBe('achieved');
    expect(judge([false])).toBe('notAchieved');
    expect(judge([true, false])).toBe('partial');
  });

  test('judged only where an actual is entered and its year has come; a target with nothing judged gets no result', () => {
    const indicator = (target: number, year: number, actual: number | null, goal = 10): Indicator => ({
      code: '0101',
      target,
      name: '件数',
      year,
      goal,
      actual,
      rule: 'atLeast',
      unit: '件',
      row: 2,
    });
    const results = computedResults(
      [
        indicator(0, 2020, 12),
        indicator(0, 2021, null),
        indicator(0, 2022, 5),
        indicator(1, 2020, null),
        indicator(2, 2023, 1),
        indicator(3, 2020, 3),
        indicator(3, 2021, 30),
      ],
      2022,
    );
    expect([...results.entries()]).toEqual([
      [0, { result: 'partial', judged: 2, met: 1 }],
      [3, { result: 'partial', judged: 2, met: 1 }],
    ]);
    // Without a current year every entered actual is judged.
    expect(computedResults([indicator(2, 2030, 1)]).get(2)).toEqual({ result: 'notAchieved', judged: 1, met: 0 });
  });
});

test('照会の督促日数 (#27): a known key in either language; an integer 0-60 (typed as text or full-width too); anything else refused, saying what is allowed', () => {
  expect(findSettingKey('照会の督促日数')).toBe('roundReminderDays');
  expect(findSettingKey('round reminder days')).toBe('roundReminderDays');
  const accepted: [unknown, number][] = [
    [0, 0],
    [3, 3],
    ['14', 14],
    ['３０', 30],
    [60, 60],
  ];
  for (const [value, days] of accepted) {
    const settings = defaultSettings();
    expect(applySetting(settings, 'roundReminderDays', value as never)).toEqual({ ok: true });
    expect(settings.roundReminderDays).toBe(days);
  }
  for (const value of [-1, 61, 2.5, '一週間', '', true]) {
    const settings = defaultSettings();
    const outcome = applySetting(settings, 'roundReminderDays', value as never);
    expect(outcome).toMatchObject({ ok: false, allowedJa: expect.stringContaining('0～60の整数'), allowedEn: expect.stringContaining('0-60') });
    expect(settings.roundReminderDays).toBe(7);
  }
});
