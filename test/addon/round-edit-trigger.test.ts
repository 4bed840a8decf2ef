/**
 * The round's installable edit trigger (src/gas/roundEdit.ts, roundTrace.ts) under what Google gives it:
 * - it fires on every edit of the workbook while a round with shared rows is open, so an edit outside the watched
 *   cells (the answer cells of rows of two or more departments) must end at once, before any read of the workbook,
 *   the round or its log;
 * - its runs are executions of their own that can overlap: the stand-in queues them (editTriggerTiming 'queued'),
 *   so an earlier edit's run reads the sheet after a later edit — the editor is credited with the value the event
 *   gives (e.value, one cell only), never with the value found in the cell;
 * - an edit of several cells gives no value (https://developers.google.com/apps-script/guides/triggers/events#edit):
 *   the values read then are credited to nobody.
 * The plan (threeProjectPlan): 取組活動 row 4 is C-3 (2026), asked of 企画課 and 財政課 (watched: D4, E4); row 2 is
 * A-1, 企画課's alone (not watched).
 */
import type { AppsScriptStandIn } from '../../dev/standin';
import { jst, KIKAKU, OFFICE, threeProjectPlan, ZAISEI } from '../support/roundSheets';

type View = { changes: string[] };
const ONE_OF = '変更できたのは 企画課・財政課・事務局。だれが変更したかはセルを右クリックし「編集履歴を表示」で確かめてください';

function opened(): AppsScriptStandIn {
  const standIn = threeProjectPlan();
  standIn.rt.now = () => jst(2027, 4, 1, 9);
  expect(standIn.run<{ ok: boolean }>('roundOpen', ['2026', '2027-04-30']).ok).toBe(true);
  return standIn;
}

const at = (standIn: AppsScriptStandIn, date: Date) => {
  standIn.rt.now = () => date;
};

/** The service calls an edit made (the trigger's run; the stand-in's own edit is uncounted), by name. */
function callsOf(standIn: AppsScriptStandIn, edit: () => unknown): Record<string, number> {
  const before = new Map(standIn.rt.calls);
  edit();
  const delta: Record<string, number> = {};
  for (const [name, n] of standIn.rt.calls) if (n !== (before.get(name) ?? 0)) delta[name] = n - (before.get(name) ?? 0);
  return delta;
}

describe('an edit outside the watched cells ends before any read', () => {
  test('another sheet: the range’s sheet name only; a round sheet’s unwatched cell: the range and one property read', () => {
    const standIn = opened();
    expect(callsOf(standIn, () => expect(standIn.typeAs(OFFICE, '事業', 'B2', '事業a（改）')).toEqual({ ok: true }))).toEqual({
      'Range.getSheet': 1,
      'Sheet.getName': 1,
    });
    const unwatched = callsOf(standIn, () => expect(standIn.typeAs(KIKAKU, '取組活動', 'D2', '済')).toEqual({ ok: true }));
    // Before: ScriptApp.getAuthorizationInfo, the round's metadata, the log read whole, two Sheets API calls (readDocument).
    expect(Object.keys(unwatched).sort()).toEqual(
      [
        'DocumentProperties.getProperty',
        'PropertiesService.getDocumentProperties',
        'Range.getColumn',
        'Range.getNumColumns',
        'Range.getNumRows',
        'Range.getRow',
        'Range.getSheet',
        'Sheet.getName',
      ].sort(),
    );
    // A watched cell still reads and logs (the Sheets API read is there), and the change is traced.
    const watched = callsOf(standIn, () => standIn.typeAs(KIKAKU, '取組活動', 'D4', '済'));
    expect(Object.keys(watched).some((name) => name.startsWith('Sheets.'))).toBe(true);
    standIn.typeAs(ZAISEI, '取組活動', 'D4', '遅れ');
    expect(standIn.run<View>('roundState').changes).toHaveLength(1);
  });

  test('a row moved since the last reading: the index follows it at the next reading', () => {
    const standIn = opened();
    // A row above C-3's (the stand-in has no insertRow; its protections stay where they were, so the office edits):
    // C-3 is now row 5, where the index made at the opening has nothing.
    standIn.spreadsheet.sheetUncounted('取組活動')?.load([
      ['事業コード', '年度', '取組活動', '進捗状況', '取組内容・成果'],
      ['X-9', 2026, '表にない事業', '', ''],
      ['A-1', 2026, '活動a', '', ''],
      ['B-2', 2026, '活動b', '', ''],
      ['C-3', 2026, '活動c', '', ''],
      ['A-1', 2025, '活動old', '済', ''],
    ]);
    at(standIn, jst(2027, 4, 2, 9));
    standIn.run<View>('roundState');
    at(standIn, jst(2027, 4, 2, 10));
    expect(standIn.typeAs(OFFICE, '取組活動', 'D5', '済')).toEqual({ ok: true });
    at(standIn, jst(2027, 4, 2, 11));
    expect(standIn.typeAs(OFFICE, '取組活動', 'D5', '遅れ')).toEqual({ ok: true });
    expect(standIn.run<View>('roundState').changes).toEqual([`取組活動 D5（C-3 活動c・進捗状況）: 「済」→「遅れ」（2027-04-02 11:00 JST、${ONE_OF}）`]);
  });
});

describe('overlapping runs: each editor credited with the value of their own edit', () => {
  test('企画課 writes 済, 財政課 writes 遅れ before 企画課’s run reads the sheet: 済 is 企画課’s, 遅れ 財政課’s', () => {
    const standIn = opened();
    standIn.editorEmailVisible = true;
    standIn.editTriggerTiming = 'queued';
    at(standIn, jst(2027, 4, 2, 10));
    standIn.typeAs(KIKAKU, '取組活動', 'D4', '済');
    standIn.typeAs(ZAISEI, '取組活動', 'D4', '遅れ');
    expect(standIn.queuedEdits).toHaveLength(2);
    expect(standIn.runQueuedEdits()).toBe(2);
    standIn.editTriggerTiming = 'now';
    at(standIn, jst(2027, 4, 2, 12));
    // Before: the first run read 遅れ and credited it to 企画課; the second saw no change — no trace at all.
    expect(standIn.run<View>('roundState').changes).toEqual([
      `取組活動 D4（C-3 活動c・進捗状況）: 「済」（${KIKAKU} が入力）→「遅れ」（2027-04-02 10:00 JST、変更した人 ${ZAISEI}）`,
    ]);
  });

  test('an edit of several cells gives no value: what is read after it is credited to nobody, with the departments that could', () => {
    const standIn = opened();
    standIn.editorEmailVisible = true;
    at(standIn, jst(2027, 4, 2, 10));
    standIn.typeAs(KIKAKU, '取組活動', 'D4', '済');
    at(standIn, jst(2027, 4, 2, 11));
    expect(standIn.pasteAs(ZAISEI, '取組活動', 'D4:E4', [['遅れ', '委託先の選定が遅れた']])).toEqual({ ok: true });
    expect(standIn.run<View>('roundState').changes).toEqual([
      `取組活動 D4（C-3 活動c・進捗状況）: 「済」（${KIKAKU} が入力）→「遅れ」（2027-04-02 11:00 JST、${ONE_OF}）`,
    ]);
    // A paste over a cell the account may not edit is refused whole, as Sheets refuses it.
    expect(standIn.pasteAs(ZAISEI, '取組活動', 'D2:D4', [['済'], ['済'], ['済']]).ok).toBe(false);
    expect(standIn.spreadsheet.sheetUncounted('取組活動')?.cellUncounted('D3').value).toBe('');
  });
});
