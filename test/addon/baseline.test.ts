/** 基準日を固定 in Sheets: a hidden, protected baseline sheet; 増減 on the next summary. */
import type { FakeSheet } from '../../dev/standin';
import { standInWith } from '../support/standin';

test('freezing stores the input in a hidden, protected sheet; the next summary shows 増減 against it', () => {
  const standIn = standInWith();
  standIn.rt.now = () => new Date('2024-01-31T10:00:00+09:00');
  standIn.run('menuFreezeBaseline');
  const baseline = standIn.spreadsheet.sheets.find((s) => s.name === '_shinchoku_baseline_2024-01-31') as FakeSheet;
  expect(baseline.hidden).toBe(true);
  expect(baseline.protection).toMatchObject({ warningOnly: true, description: 'Shinchoku の基準日 2024-01-31（読み取り専用）' });
  expect(standIn.spreadsheet.toasts.at(-1)?.message).toBe('基準日 2024-01-31 の数値を固定しました');

  standIn.run('menuFreezeBaseline');
  expect(standIn.ui.alerts.at(-1)).toContain('基準日 2024-01-31 はすでに固定されています');

  // A department turns one 概ね順調 of 令和5年度 into 済.
  const activities = standIn.spreadsheet.sheetUncounted('取組活動') as FakeSheet;
  const rows = activities.snapshot();
  const row = rows.findIndex((r) => r[1] === '令和5年度' && r[3] === '概ね順調');
  activities.cellForWrite(row + 1, 4).value = '済';
  activities.touch();
  standIn.rt.now = () => new Date('2024-03-05T10:00:00+09:00');
  standIn.run('sidebarRegenerate');
  const summary = (standIn.spreadsheet.sheetUncounted('集計') as FakeSheet).snapshot();
  const title = summary.findIndex((r) => r[0] === '【前回の基準日（2024-01-31）からの増減】');
  expect(title).toBeGreaterThan(0);
  const done = summary.slice(title).find((r) => r[0] === '済');
  const onTrack = summary.slice(title).find((r) => r[0] === '概ね順調');
  expect(done?.slice(1, 6)).toEqual([0, 0, 0, 1, 1]);
  expect(onTrack?.slice(1, 6)).toEqual([0, 0, 0, -1, -1]);
  // The baseline sheet itself is not read as input and is untouched by regenerate.
  expect(standIn.spreadsheet.sheets.filter((s) => s.name.startsWith('_shinchoku_baseline_'))).toHaveLength(1);
});

test('the summary can be built as of a baseline, from its frozen figures', () => {
  const standIn = standInWith();
  standIn.rt.now = () => new Date('2024-01-31T10:00:00+09:00');
  standIn.run('menuFreezeBaseline');
  const effects = standIn.spreadsheet.sheetUncounted('効果額') as FakeSheet;
  effects.cellForWrite(2, 3).value = Number(effects.cellAt(2, 3).value) + 5000;
  effects.touch();
  expect(standIn.run<{ baselines: string[] }>('sidebarState').baselines).toEqual(['2024-01-31']);
  const live = standIn.run<{ ok: boolean }>('sidebarRegenerate', ['']);
  expect(live.ok).toBe(true);
  const liveTotal = (standIn.spreadsheet.sheetUncounted('集計') as FakeSheet).snapshot().flat();
  expect(liveTotal).toContain(4698997 + 5000);
  const asOf = standIn.run<{ ok: boolean }>('sidebarRegenerate', ['2024-01-31']);
  expect(asOf.ok).toBe(true);
  const frozen = (standIn.spreadsheet.sheetUncounted('集計') as FakeSheet).snapshot();
  expect(frozen.flat()).toContain(4698997);
  expect(String(frozen[1][0])).toContain('基準日 2024-01-31 時点の集計です');
  expect(standIn.run<{ ok: boolean; message: string }>('sidebarRegenerate', ['2020-01-01'])).toMatchObject({
    ok: false,
    message: '基準日 2020-01-01 が見つかりません（あるもの: 2024-01-31）',
  });
});
