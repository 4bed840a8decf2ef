/**
 * r27g F3 in Sheets: 照会を開始 refuses a fiscal year outside the plan's years as `shinchoku round` does (core
 * yearOutsidePlan), in the same words of the catalogue, in the user's language, and writes nothing.
 * The plan (threeProjectPlan): 取組活動 of 2025 and 2026; 設定 gives the plan's years where a test says so (the rule
 * applies only then: see the last test).
 */
import type { AppsScriptStandIn } from '../../dev/standin';
import { roundLabel } from '../../src/core/words/round';
import { roundUiLabel } from '../../src/core/words/roundUi';
import { jst, threeProjectPlan } from '../support/roundSheets';

type Outcome = { ok: boolean; message: string; notes: string[] };

function planOf(start: number, end: number): AppsScriptStandIn {
  return threeProjectPlan({
    設定: [
      ['項目', '値'],
      ['計画名', '桜川町行財政改革プラン'],
      ['計画開始年度', start],
      ['計画終了年度', end],
    ],
  });
}

/** Nothing of a round: no protection, filter view, mail, trigger, record or log sheet. */
function nothingWritten(standIn: AppsScriptStandIn): void {
  expect(standIn.spreadsheet.protectedRanges).toEqual([]);
  expect(standIn.spreadsheet.filterViews).toEqual([]);
  expect(standIn.mail.sent).toEqual([]);
  expect(standIn.scriptApp.triggers).toEqual([]);
  expect(standIn.spreadsheet.sheets.map((s) => s.name).filter((name) => name.startsWith('_shinchoku'))).toEqual([]);
  expect(standIn.run<{ open: boolean }>('roundState').open).toBe(false);
}

test('a year after the plan whose rows exist (2026 in a 2024-2025 plan) is refused with the command line’s message; nothing is written', () => {
  const standIn = planOf(2024, 2025);
  const outcome = standIn.run<Outcome>('roundOpen', ['2026', '2027-04-30']);
  // Before: ok, 令和8年度の照会を開始しました（2 部署、保護 10 件 …）.
  expect(outcome).toEqual({
    ok: false,
    message: roundUiLabel('roundYearOutsidePlan', 'ja', { fy: '令和8年度', start: '令和6年度', end: '令和7年度' }),
    notes: [],
  });
  expect(outcome.message).toBe('令和8年度 はこの計画の期間（令和6年度～令和7年度）の外です。計画期間内の年度を入力してください');
  nothingWritten(standIn);
  // The same plan, a year inside it: opens.
  expect(standIn.run<Outcome>('roundOpen', ['2025', '2027-04-30']).ok).toBe(true);
});

test('a year with no rows outside the plan (2030 in a 2024-2026 plan) says the plan’s years, not “no department”', () => {
  const standIn = planOf(2024, 2026);
  const outcome = standIn.run<Outcome>('roundOpen', ['令和12年度', '2031-04-30']);
  // Before: 令和12年度に照会する部署がありません（…）.
  expect(outcome.message).toBe(roundUiLabel('roundYearOutsidePlan', 'ja', { fy: '令和12年度', start: '令和6年度', end: '令和8年度' }));
  expect(outcome.ok).toBe(false);
  nothingWritten(standIn);
});

test('without the plan’s years in 設定, the year asked (its rows still blank) still opens: a year with cells to ask for is the plan’s', () => {
  // Derived from the rows read, the plan is 令和7年度 alone (2026's rows have no 進捗状況 yet); core's rule counts
  // a year with cells to ask for as the plan's where 設定 gives no years (the command line alike).
  const standIn = threeProjectPlan();
  expect(standIn.run<Outcome>('roundOpen', ['2026', '2027-04-30']).ok).toBe(true);
});

test('an English user reads the same rule in English; 照会を開始 from the menu shows it', () => {
  const standIn = planOf(2024, 2025);
  standIn.rt.locale = 'en';
  const outcome = standIn.run<Outcome>('roundOpen', ['2026', '2027-04-30']);
  expect(outcome.message).toBe(roundUiLabel('roundYearOutsidePlan', 'en', { fy: 'FY2026', start: 'FY2024', end: 'FY2025' }));
  expect(outcome.message).toBe('FY2026 is outside the plan (FY2024 to FY2025); enter a fiscal year of the plan');
  standIn.ui.promptAnswers = [
    ['2026', 'OK'],
    ['2027-04-30', 'OK'],
  ];
  standIn.run('menuRoundOpen');
  expect(standIn.ui.alerts).toEqual([outcome.message]);
  nothingWritten(standIn);
});

test('a deadline still ahead is checked first: a past deadline is said as before, whatever the year', () => {
  const standIn = planOf(2024, 2025);
  standIn.rt.now = () => jst(2027, 5, 1);
  expect(standIn.run<Outcome>('roundOpen', ['2026', '2027-04-30']).message).toContain('回答期限 2027-04-30 はすでに過ぎています');
});

test('a deadline before the fiscal year begins (2028-01-01 for 令和10年度) is refused as the command line refuses it (r27f F4); nothing is written', () => {
  const standIn = planOf(2024, 2028);
  const outcome = standIn.run<Outcome>('roundOpen', ['2028', '2028-01-01']);
  // Before: ok, 令和10年度の照会を開始しました.
  expect(outcome).toEqual({
    ok: false,
    message: roundLabel('dueBeforeYear', 'ja', { due: '2028-01-01', fy: '令和10年度', start: '2028-04-01', end: '2029-03-31' }),
    notes: [],
  });
  expect(outcome.message).toContain('回答期限 2028-01-01 は令和10年度が始まる前です');
  nothingWritten(standIn);
});
