/**
 * Every writer of the round's hidden log takes the same lock (src/gas/roundCommon.ts withRoundLock: the document lock
 * where there is one, and the user lock — every writer runs as the office, so its user lock is the one they all
 * share, the time-driven run included, which has no document lock). The log's next row is picked from getLastRow:
 * without the one lock, a run starting while another is between that pick and its write picks the same row, and one
 * writer's rows are written over. The stand-in's locks are per execution (dev/standin/services.ts FakeLock: another
 * execution's tryLock fails); a second execution is started in the middle of the first's log write (rt.onCall).
 * The plan (threeProjectPlan): 取組活動 D4/E4 are the shared row's (C-3) answer cells, watched.
 */
import type { AppsScriptStandIn } from '../../dev/standin';
import { jst, KIKAKU, threeProjectPlan, ZAISEI } from '../support/roundSheets';

function opened(): AppsScriptStandIn {
  const standIn = threeProjectPlan();
  standIn.rt.now = () => jst(2027, 4, 1, 9);
  expect(standIn.run<{ ok: boolean }>('roundOpen', ['2026', '2027-04-30']).ok).toBe(true);
  standIn.editorEmailVisible = true;
  standIn.rt.now = () => jst(2027, 4, 2, 10);
  standIn.typeAs(KIKAKU, '取組活動', 'D4', '済');
  // A value no trigger saw (a script's write fires none): the office's next reading logs it.
  standIn.spreadsheet.sheetUncounted('取組活動')?.typeUncounted(4, 5, '見直しを実施', jst(2027, 4, 2, 10));
  return standIn;
}

const logSheet = (standIn: AppsScriptStandIn) => standIn.spreadsheet.sheets.find((s) => s.name.startsWith('_shinchoku_round_log'));
const logRows = (standIn: AppsScriptStandIn) => (logSheet(standIn)?.snapshot() ?? []).map((row) => row.map(String));

/** Runs `second` once, as its own execution, when the office's reading is between picking the log's row and writing it. */
function duringLogWrite(standIn: AppsScriptStandIn, second: () => void): void {
  let armed = true;
  standIn.rt.onCall = (name) => {
    if (armed && name === 'Sheet.getMaxRows') {
      armed = false;
      second();
    }
  };
}

test('an edit’s trigger run during the office’s reading waits its turn: no row of the log is written over', () => {
  const standIn = opened();
  const before = logRows(standIn);
  duringLogWrite(standIn, () => standIn.typeAs(ZAISEI, '取組活動', 'D4', '遅れ'));
  standIn.rt.now = () => jst(2027, 4, 2, 11);
  standIn.run('roundState');
  standIn.rt.onCall = null;
  const after = logRows(standIn);
  // Every row there before is there still, in place; and so is every row added by either run.
  expect(after.slice(0, before.length)).toEqual(before);
  const added = after.slice(before.length);
  // Before the one lock: the trigger (user lock) and the reading (no lock) both wrote from the same row, and the
  // reading's E4 row replaced the trigger's D4 row (遅れ by 財政課): 2 rows added where 3 were written.
  expect(added.map((row) => [JSON.parse(row[5]).cell, JSON.parse(row[5]).v])).toEqual([['E4', '見直しを実施']]);
  expect(standIn.logs).toContain('Shinchoku round: another run held the lock; this edit is logged by the next reading');
  // The edit not logged at once is logged by the next reading, between the two readings.
  standIn.rt.now = () => jst(2027, 4, 2, 12);
  const changes = standIn.run<{ changes: string[] }>('roundState').changes;
  expect(changes).toHaveLength(1);
  expect(changes[0]).toContain('「済」（kikaku@town.example.jp が入力）→「遅れ」（2027-04-02 11:00～2027-04-02 12:00 JST の間');
});

test('the daily run (no document lock: the user lock alone) during the office’s reading is refused, not run beside it', () => {
  const standIn = opened();
  const daily = standIn.scriptApp.triggers.find((t) => t.handler === 'roundTrigger' && t.eventType === 'CLOCK');
  const before = logRows(standIn);
  duringLogWrite(standIn, () => {
    standIn.withoutDocumentContext();
    try {
      standIn.run('roundTrigger', [{ triggerUid: daily?.id }]);
    } finally {
      standIn.withDocumentContext();
    }
  });
  standIn.rt.now = () => jst(2027, 4, 2, 11);
  standIn.run('roundState');
  standIn.rt.onCall = null;
  const after = logRows(standIn);
  expect(after.slice(0, before.length)).toEqual(before);
  expect(after.slice(before.length).map((row) => JSON.parse(row[5]).cell)).toEqual(['E4']);
  expect(standIn.logs).toContain('Shinchoku round: another run held the lock; no reminder sent today');
});

test('a reading that cannot take the lock shows the figures and records nothing', () => {
  const standIn = opened();
  const before = logRows(standIn);
  // Another execution of the office holds the round's lock (its user lock) for the whole reading.
  const other = standIn.userLock('installer@example.jp');
  standIn.rt.runExecution(() => expect(other.tryLock(0)).toBe(true));
  const view = standIn.run<{ open: boolean; departments: { department: string; filled: number }[] }>('roundState');
  expect(view.open).toBe(true);
  expect(view.departments.map((d) => [d.department, d.filled])).toEqual([
    ['企画課', 2],
    ['財政課', 2],
  ]);
  expect(logRows(standIn)).toEqual(before);
  other.owner = null;
});
