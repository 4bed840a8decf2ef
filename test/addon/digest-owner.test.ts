/**
 * Triggers belong to the person who created them, and a time-driven run may
 * have no document context. Through the built bundle in the stand-in.
 */
import type { AppsScriptStandIn, TriggerRecord } from '../../dev/standin';
import { exampleInput } from '../support/example';
import { standInWith } from '../support/standin';

const A = 'kikaku-a@example.jp';
const B = 'kikaku-b@example.jp';

/** A moment given as Japan wall-clock time. */
function jst(y: number, m: number, d: number, h = 9): Date {
  return new Date(Date.UTC(y, m - 1, d, h) - 9 * 3600_000);
}

function setUp(): AppsScriptStandIn {
  const standIn = standInWith(exampleInput());
  standIn.rt.now = () => jst(2024, 3, 5);
  return standIn;
}

function saveAs(standIn: AppsScriptStandIn, user: string, input: Record<string, unknown> = {}) {
  standIn.scriptApp.user = user;
  return standIn.run<{ ok: boolean; message: string }>('digestSave', [{ enabled: true, day: 5, hour: 8, recipients: 'gyokaku@example.jp', ...input }]);
}

/** A trigger fires: it runs as the account that created it. */
function fire(standIn: AppsScriptStandIn, trigger: TriggerRecord): void {
  standIn.scriptApp.user = trigger.user;
  standIn.run('digestTrigger', [{ triggerUid: trigger.id }]);
}

function logRows(standIn: AppsScriptStandIn): unknown[][] {
  const log = standIn.spreadsheet.sheets.find((s) => s.metadata.some((m) => m.value === 'digestLog'));
  return (log?.snapshot() ?? []).slice(1);
}

describe('one sender: the account whose trigger the settings name', () => {
  test('a second editor who saves becomes the sender; the first editor’s trigger stops itself and sends nothing', () => {
    const standIn = setUp();
    saveAs(standIn, A);
    const [triggerA] = standIn.scriptApp.triggers;
    const outcome = saveAs(standIn, B);
    expect(outcome.message).toContain(A);
    // B cannot see or remove A's trigger: both exist until A's next run.
    expect(standIn.scriptApp.triggers.map((t) => t.user)).toEqual([A, B]);
    fire(standIn, triggerA);
    expect(standIn.mail.sent).toHaveLength(0);
    expect(standIn.scriptApp.triggers.map((t) => t.user)).toEqual([B]);
    expect(logRows(standIn)).toEqual([['2024-03', 'trigger', '', jst(2024, 3, 5).toISOString(), 'stopped', 'another editor sends the digest now']]);
    fire(standIn, standIn.scriptApp.triggers[0]);
    expect(standIn.mail.sent.map((m) => m.to)).toEqual(['gyokaku@example.jp', 'midori-koen@example.jp']);
  });

  test('one editor turns the digest off: the other editor’s trigger sends nothing and removes itself', () => {
    const standIn = setUp();
    saveAs(standIn, A);
    const [triggerA] = standIn.scriptApp.triggers;
    saveAs(standIn, B, { enabled: false });
    fire(standIn, triggerA);
    expect(standIn.mail.sent).toHaveLength(0);
    expect(standIn.scriptApp.triggers).toEqual([]);
    expect(logRows(standIn)[0]).toEqual(expect.arrayContaining(['stopped', 'the digest is turned off']));
  });

  test('the sidebar says who sends, and how to take over', () => {
    const standIn = setUp();
    saveAs(standIn, A);
    standIn.scriptApp.user = A;
    expect(standIn.run<{ ownerLine: string; ownerIsYou: boolean }>('digestState')).toMatchObject({
      ownerIsYou: true,
      ownerLine: `あなたのアカウント（${A}）から送信します`,
    });
    standIn.scriptApp.user = B;
    const state = standIn.run<{ ownerLine: string; ownerIsYou: boolean; owner: string }>('digestState');
    expect(state).toMatchObject({ ownerIsYou: false, owner: A });
    expect(state.ownerLine).toContain('設定を保存');
  });
});

describe('no document context: no active spreadsheet, no document properties, no document lock', () => {
  test('the trigger opens the workbook by id, reads the settings there, sends once, and a second firing sends nothing', () => {
    const standIn = setUp();
    saveAs(standIn, A);
    standIn.withoutDocumentContext();
    const [trigger] = standIn.scriptApp.triggers;
    fire(standIn, trigger);
    expect(standIn.rt.calls.get('SpreadsheetApp.openById')).toBe(1);
    // The narrowest lock a contextless run has: the trigger owner's user lock, never the project-wide script lock.
    expect(standIn.userLock(A).acquisitions).toBeGreaterThan(0);
    expect(standIn.scriptLock.acquisitions).toBe(0);
    expect(standIn.mail.sent).toHaveLength(2);
    fire(standIn, trigger);
    expect(standIn.mail.sent).toHaveLength(2);
    expect(logRows(standIn).map((row) => row[4])).toEqual(['sent', 'sent']);
    // The status is where the sidebar reads it, once the document is open again.
    standIn.withDocumentContext();
    const state = standIn.run<{ status: { month: string; sent: number } }>('digestState');
    expect(state.status).toMatchObject({ month: '2024-03', sent: 0 });
  });

  test('a stale trigger stops itself without a document context too', () => {
    const standIn = setUp();
    saveAs(standIn, A);
    const [triggerA] = standIn.scriptApp.triggers;
    saveAs(standIn, B);
    standIn.withoutDocumentContext();
    fire(standIn, triggerA);
    expect(standIn.mail.sent).toHaveLength(0);
    expect(standIn.scriptApp.triggers.map((t) => t.user)).toEqual([B]);
  });
});

test('after the plan’s last fiscal year the trigger sends nothing and the sidebar says why', () => {
  const standIn = setUp();
  saveAs(standIn, A);
  standIn.rt.now = () => jst(2024, 4, 5);
  fire(standIn, standIn.scriptApp.triggers[0]);
  expect(standIn.mail.sent).toHaveLength(0);
  expect(logRows(standIn)[0]).toEqual(expect.arrayContaining(['stopped', 'the plan has ended']));
  const state = standIn.run<{ status: { message: string } }>('digestState');
  expect(state.status.message).toContain('令和5年度まで');
});
