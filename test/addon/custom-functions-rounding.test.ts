/**
 * Review r25 D4: SHINCHOKU_ACHIEVEMENT_RATIO rounds as the 集計 sheet does — the plan's 設定 (端数処理, 小数桁数)
 * unless its decimals / rounding arguments say otherwise — like SHINCHOKU_PROGRESS_RATE (one rule in core,
 * ratioFormatOf). Through dist/Code.js in the stand-in. By hand: 4 達成 of 6 judged = 0.6666…: 四捨五入 1 place
 * 0.667 (66.7%, the 集計 sheet of plan (a)), 切り捨て 0.666, 四捨五入 2 places 0.6667.
 */
import { AppsScriptStandIn } from '../../dev/standin';

const CATEGORIES = [
  ['種類', '区分', '意味'],
  ['達成状況', '目標をおおむね達成', '達成'],
  ['達成状況', '時期の遅れはあるが目標をおおむね達成', '達成'],
  ['達成状況', '目標を未達成', '未達成'],
  ['達成状況', '改定により目標を設定', '未確定'],
];
const RESULTS = [
  ['目標をおおむね達成'],
  ['目標をおおむね達成'],
  ['時期の遅れはあるが目標をおおむね達成'],
  ['時期の遅れはあるが目標をおおむね達成'],
  ['目標を未達成'],
  ['目標を未達成'],
  ['改定により目標を設定'],
];

function standInWith(settings: string[][] | null): AppsScriptStandIn {
  const standIn = new AppsScriptStandIn({ locale: 'ja' });
  if (settings) standIn.spreadsheet.addSheet('設定', [['項目', '値'], ...settings]);
  standIn.spreadsheet.addSheet('区分', CATEGORIES);
  standIn.load();
  return standIn;
}

test('a plan rounding 四捨五入: 4 of 6 is 0.667 as on its 集計 sheet; the arguments still choose (切り捨て 0.666, 2 places 0.6667)', () => {
  const standIn = standInWith([['端数処理', '四捨五入']]);
  const call = (...args: unknown[]) => standIn.run('SHINCHOKU_ACHIEVEMENT_RATIO', args, 'CUSTOM_FUNCTION');
  expect(call(RESULTS)).toBe(0.667);
  expect(call(RESULTS, '', CATEGORIES)).toBe(0.667);
  expect(call(RESULTS, '', CATEGORIES, '全事項')).toBe(0.667);
  expect(call(RESULTS, '', CATEGORIES, '', 1, '切り捨て')).toBe(0.666);
  expect(call(RESULTS, '', CATEGORIES, '', 2)).toBe(0.6667);
  expect(call(RESULTS, '目標を未達成', CATEGORIES, '', '', '')).toBe(0.333);
  // The same rule for the progress rate: 2 of 3 under the plan's 四捨五入.
  expect(standIn.run('SHINCHOKU_PROGRESS_RATE', [[['済'], ['済'], ['遅れ']]], 'CUSTOM_FUNCTION')).toBe(0.667);
});

test('a plan with 2 places 切り捨て gives 0.6666; without 設定, 1 place 切り捨て 0.666 (the default)', () => {
  const two = standInWith([
    ['端数処理', '切り捨て'],
    ['小数桁数', '2'],
  ]);
  expect(two.run('SHINCHOKU_ACHIEVEMENT_RATIO', [RESULTS], 'CUSTOM_FUNCTION')).toBe(0.6666);
  const none = standInWith(null);
  expect(none.run('SHINCHOKU_ACHIEVEMENT_RATIO', [RESULTS, '', CATEGORIES], 'CUSTOM_FUNCTION')).toBe(0.666);
  expect(none.run('SHINCHOKU_ACHIEVEMENT_RATIO', [RESULTS, '', CATEGORIES, '', 1, '四捨五入'], 'CUSTOM_FUNCTION')).toBe(0.667);
});
