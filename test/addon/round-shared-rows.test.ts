/**
 * r27g F8 in Sheets: a project of two departments (C-3, 財政課・企画課) is theirs together, so the round lets both
 * edit its rows; one department's answer written over by the other must never go without a trace. The office's
 * opening logs the shared rows' answer cells and makes an installable edit trigger (it runs as the office, so it
 * writes the office's log whoever edits); the status, the 照会 tab, the 照会の状況 dialog and 照会結果 list each
 * answer written over: the value before, the value after, when, and who — the editor's address only when Google
 * gives it to the trigger (never by default in the stand-in), else the departments that could edit the row.
 *
 * The plan (threeProjectPlan): 取組活動 row 4 is C-3 (2026), asked of 企画課 and 財政課; D4 進捗状況, E4 取組内容・成果.
 */
import type { AppsScriptStandIn } from '../../dev/standin';
import { jst, KIKAKU, OFFICE, threeProjectPlan, ZAISEI } from '../support/roundSheets';

type View = { open: boolean; changes: string[]; labels: Record<string, string> };

function opened(): AppsScriptStandIn {
  const standIn = threeProjectPlan();
  standIn.rt.now = () => jst(2027, 4, 1, 9);
  expect(standIn.run<{ ok: boolean }>('roundOpen', ['2026', '2027-04-30']).ok).toBe(true);
  return standIn;
}

const at = (standIn: AppsScriptStandIn, date: Date) => {
  standIn.rt.now = () => date;
};

const HEADING = '回答のあとで書き換えられたセル（2つ以上の部署が編集できる行。前の値も残しています。事務局で確認してください）';
const ONE_OF = '変更できたのは 企画課・財政課・事務局。だれが変更したかはセルを右クリックし「編集履歴を表示」で確かめてください';

describe('an answer of a shared row written over by the other department', () => {
  test('is listed in the 照会 tab with both values, the minute of the edit, and the departments that could have made it', () => {
    const standIn = opened();
    at(standIn, jst(2027, 4, 2, 10));
    expect(standIn.typeAs(KIKAKU, '取組活動', 'D4', '済')).toEqual({ ok: true });
    at(standIn, jst(2027, 4, 2, 11));
    expect(standIn.typeAs(ZAISEI, '取組活動', 'D4', '遅れ')).toEqual({ ok: true });
    at(standIn, jst(2027, 4, 3, 9));
    const view = standIn.run<View>('roundState');
    // Before: no trace at all — 財政課 and 企画課 "filled" D4, and 「済」 was gone.
    expect(view.changes).toEqual([`取組活動 D4（C-3 活動c・進捗状況）: 「済」→「遅れ」（2027-04-02 11:00 JST、${ONE_OF}）`]);
    expect(view.labels.roundAnswerChangedHeading).toBe(HEADING);
    // A first answer is not a change: E4 typed once is not listed.
    at(standIn, jst(2027, 4, 3, 10));
    standIn.typeAs(ZAISEI, '取組活動', 'E4', '見直しを実施');
    expect(standIn.run<View>('roundState').changes).toHaveLength(1);
  });

  test('the 照会の状況 dialog and 照会結果 say it too; the trace outlives the round, and closing removes the edit trigger', () => {
    const standIn = opened();
    at(standIn, jst(2027, 4, 2, 10));
    standIn.typeAs(KIKAKU, '取組活動', 'E4', '委託先を選定した');
    at(standIn, jst(2027, 4, 5, 14));
    standIn.typeAs(ZAISEI, '取組活動', 'E4', '');
    const line = `取組活動 E4（C-3 活動c・取組内容・成果）: 「委託先を選定した」→「（空欄）」（2027-04-05 14:00 JST、${ONE_OF}）`;
    standIn.run('menuRoundStatus');
    expect(standIn.ui.alerts.at(-1)?.split('\n').slice(-2)).toEqual([HEADING, line]);
    expect(standIn.scriptApp.triggers.filter((t) => t.eventType === 'ON_EDIT')).toMatchObject([{ handler: 'roundTrigger', user: OFFICE }]);
    at(standIn, jst(2027, 5, 7));
    expect(standIn.run<{ ok: boolean }>('roundClose').ok).toBe(true);
    const result = (standIn.spreadsheet.sheetUncounted('照会結果（令和8年度）')?.snapshot() ?? []).map((r) => String(r[0]));
    expect(result.slice(-2)).toEqual([HEADING, line]);
    expect(standIn.scriptApp.triggers).toEqual([]);
  });

  test('where Google gives the trigger the editor’s address (one Workspace domain), the line names who wrote each value', () => {
    const standIn = opened();
    standIn.editorEmailVisible = true;
    at(standIn, jst(2027, 4, 2, 10));
    standIn.typeAs(KIKAKU, '取組活動', 'D4', '済');
    at(standIn, new Date(jst(2027, 4, 2, 11).getTime() + 30 * 60_000));
    standIn.typeAs(ZAISEI, '取組活動', 'D4', '遅れ');
    expect(standIn.run<View>('roundState').changes).toEqual([
      `取組活動 D4（C-3 活動c・進捗状況）: 「済」（${KIKAKU} が入力）→「遅れ」（2027-04-02 11:30 JST、変更した人 ${ZAISEI}）`,
    ]);
  });

  test('a value there before the round, written over, is said to be the opening’s; an English office reads it in English', () => {
    const standIn = threeProjectPlan();
    standIn.spreadsheet.sheetUncounted('取組活動')?.load([
      ['事業コード', '年度', '取組活動', '進捗状況', '取組内容・成果'],
      ['A-1', 2026, '活動a', '', ''],
      ['B-2', 2026, '活動b', '', ''],
      ['C-3', 2026, '活動c', '順調', ''],
      ['A-1', 2025, '活動old', '済', ''],
    ]);
    standIn.rt.locale = 'en';
    at(standIn, jst(2027, 4, 1, 9));
    expect(standIn.run<{ ok: boolean }>('roundOpen', ['2026', '2027-04-30']).ok).toBe(true);
    at(standIn, jst(2027, 4, 2, 10));
    standIn.typeAs(KIKAKU, '取組活動', 'D4', '遅れ');
    expect(standIn.run<View>('roundState').changes).toEqual([
      '取組活動 D4 (C-3 活動c, 進捗状況): "順調" (the value when the round opened) → "遅れ" (2027-04-02 10:00 JST, one of 企画課・財政課 or the office could change it; right-click the cell and choose Show edit history to see who did)',
    ]);
  });

  test('a row of one department is not watched: 企画課 correcting its own answer is no change', () => {
    const standIn = opened();
    at(standIn, jst(2027, 4, 2, 10));
    standIn.typeAs(KIKAKU, '取組活動', 'D2', '済');
    at(standIn, jst(2027, 4, 2, 11));
    standIn.typeAs(KIKAKU, '取組活動', 'D2', '遅れ');
    expect(standIn.run<View>('roundState').changes).toEqual([]);
  });

  test('a department reading the status sees the same lines and writes nothing to the office’s log', () => {
    const standIn = opened();
    at(standIn, jst(2027, 4, 2, 10));
    standIn.typeAs(KIKAKU, '取組活動', 'D4', '済');
    at(standIn, jst(2027, 4, 2, 11));
    standIn.typeAs(ZAISEI, '取組活動', 'D4', '遅れ');
    // A change no edit trigger saw (a script's write fires none): an office reading would log it; a department's
    // reading must not try to (the log is the office's alone) — without this the test could not fail.
    standIn.spreadsheet.sheetUncounted('取組活動')?.typeUncounted(4, 4, '概ね順調', jst(2027, 4, 2, 12));
    const log = () => standIn.spreadsheet.sheets.find((s) => s.name.startsWith('_shinchoku_round_log'))?.snapshot().length;
    const rows = log();
    standIn.scriptApp.user = ZAISEI;
    at(standIn, jst(2027, 4, 3, 9));
    expect(standIn.run<View>('roundState').changes).toHaveLength(1);
    expect(log()).toBe(rows);
  });
});

describe('without the edit trigger (Sheets refused it): the readings keep the trace', () => {
  function refusedTrigger(): { standIn: AppsScriptStandIn; notes: string[] } {
    const standIn = threeProjectPlan();
    // The office already holds an edit trigger in this document (another add-on function): one per type per user.
    standIn.scriptApp.triggers.push({
      id: 'theirs',
      handler: 'somethingElse',
      eventType: 'ON_EDIT',
      sourceId: standIn.spreadsheet.id,
      user: OFFICE,
      document: standIn.spreadsheet.id,
    });
    at(standIn, jst(2027, 4, 1, 9));
    const outcome = standIn.run<{ ok: boolean; notes: string[] }>('roundOpen', ['2026', '2027-04-30']);
    expect(outcome.ok).toBe(true);
    return { standIn, notes: outcome.notes };
  }

  test('the opening says so; an answer written over between two readings is listed as between them', () => {
    const { standIn, notes } = refusedTrigger();
    expect(notes).toContain(
      '編集のたびに記録する設定ができなかったため、共有の行で回答が書き換えられたことは、状況を読むたび（毎日の自動実行・照会タブ・照会の状況）にだけ記録します',
    );
    at(standIn, jst(2027, 4, 2, 10));
    standIn.typeAs(KIKAKU, '取組活動', 'D4', '済');
    at(standIn, jst(2027, 4, 2, 12));
    expect(standIn.run<View>('roundState').changes).toEqual([]);
    at(standIn, jst(2027, 4, 2, 15));
    standIn.typeAs(ZAISEI, '取組活動', 'D4', '遅れ');
    // The daily run reads too: no document context, the office's trigger.
    const daily = standIn.scriptApp.triggers.find((t) => t.handler === 'roundTrigger' && t.eventType === 'CLOCK');
    standIn.withoutDocumentContext();
    at(standIn, jst(2027, 4, 3, 8));
    standIn.run('roundTrigger', [{ triggerUid: daily?.id }]);
    standIn.withDocumentContext();
    at(standIn, jst(2027, 4, 3, 9));
    expect(standIn.run<View>('roundState').changes).toEqual([
      `取組活動 D4（C-3 活動c・進捗状況）: 「済」→「遅れ」（2027-04-02 12:00～2027-04-03 08:00 JST の間、${ONE_OF}）`,
    ]);
  });
});

test('an edit trigger no open round names (closed elsewhere, or another round’s) removes itself when it fires', () => {
  const standIn = opened();
  const edit = standIn.scriptApp.triggers.find((t) => t.eventType === 'ON_EDIT');
  expect(edit).toMatchObject({ handler: 'roundTrigger', user: OFFICE });
  // The round's record gone without the closing (its metadata removed by hand).
  standIn.rt.runExecution(() => {
    for (const m of standIn.spreadsheet.getDeveloperMetadata()) if (m.getKey() === 'shinchoku.round') m.remove();
  });
  standIn.typeAs(KIKAKU, '取組活動', 'D4', '済');
  expect(standIn.scriptApp.triggers.map((t) => t.id)).not.toContain(edit?.id);
});
