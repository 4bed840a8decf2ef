/**
 * The digest against the stand-in as Google documents it (issue #23, points 1–5):
 * where triggers are listed, which locks exist and whom they exclude, who can read
 * developer metadata, what onEdit may do in AuthMode.NONE, and MailApp's body limit.
 * Each stand-in rule is proved first, then the add-on's behaviour under it, through dist/Code.js.
 */
import { type AppsScriptStandIn, type FakeSheet, MAIL_BODY_LIMIT, PermissionError, projectLocks } from '../../dev/standin';
import type { WorkbookInput } from '../../src/core/base/cells';
import { digestLogRows, digestStandIn, digestState, jst, OFFICE_A, releaseProjectLocks, saveDigest } from '../support/digest';
import { exampleInput, sheet, smallWorkbook } from '../support/example';
import { standInWith } from '../support/standin';

const A = OFFICE_A;
const B = 'kikaku-b@example.jp';

const setUp = digestStandIn;

const save = saveDigest;

function fire(standIn: AppsScriptStandIn, triggerId = standIn.scriptApp.triggers[0].id): void {
  standIn.scriptApp.user = standIn.scriptApp.triggers.find((t) => t.id === triggerId)?.user ?? standIn.scriptApp.user;
  standIn.run('digestTrigger', [{ triggerUid: triggerId }]);
}

const logRows = digestLogRows;

const state = digestState;

afterEach(releaseProjectLocks);

describe('the stand-in as Google documents it', () => {
  test('getUserTriggers(spreadsheet) leaves out clock triggers; getProjectTriggers() lists the current user’s, in every document', () => {
    const standIn = setUp();
    save(standIn);
    const listed = standIn.rt.runExecution(() => ({
      user: standIn.scriptApp.getUserTriggers(standIn.spreadsheet).length,
      project: standIn.scriptApp.getProjectTriggers().map((t) => t.getTriggerSourceId()),
    }));
    expect(listed).toEqual({ user: 0, project: [null] });
    standIn.scriptApp.user = B;
    expect(standIn.rt.runExecution(() => standIn.scriptApp.getProjectTriggers())).toEqual([]);
  });

  test('one script lock for every document of the project; a user lock per user, in every document', () => {
    const here = setUp();
    const elsewhere = setUp();
    elsewhere.rt.runExecution(() => elsewhere.scriptLock.tryLock(0));
    expect(here.rt.runExecution(() => here.scriptLock.tryLock(0))).toBe(false);
    elsewhere.rt.runExecution(() => elsewhere.userLock(A).tryLock(0));
    expect(here.rt.runExecution(() => here.userLock(A).tryLock(0))).toBe(false);
    expect(here.rt.runExecution(() => here.userLock(B).tryLock(0))).toBe(true);
  });

  test('PROJECT developer metadata is readable by the Cloud project that wrote it only; DOCUMENT by any', () => {
    const standIn = setUp();
    standIn.rt.runExecution(() => {
      standIn.spreadsheet.addDeveloperMetadata('mine', 'p', 'PROJECT');
      standIn.spreadsheet.addDeveloperMetadata('ours', 'd', 'DOCUMENT');
    });
    const keys = () => standIn.rt.runExecution(() => standIn.spreadsheet.getDeveloperMetadata().map((m) => m.getKey()));
    const apiKeys = () =>
      standIn.rt.runExecution(() =>
        (
          (standIn.globals().Sheets as { Spreadsheets: { get(id: string): { developerMetadata?: { metadataKey: string }[] } } }).Spreadsheets.get(
            standIn.spreadsheet.id,
          ).developerMetadata ?? []
        ).map((m) => m.metadataKey),
      );
    expect(keys()).toEqual(['mine', 'ours']);
    expect(apiKeys()).toEqual(['mine', 'ours']);
    standIn.rt.cloudProject = 'published-addon-project';
    expect(keys()).toEqual(['ours']);
    expect(apiKeys()).toEqual(['ours']);
  });

  test('in AuthMode.NONE a service that needs authorization is refused: reading the edited sheet fails', () => {
    const standIn = standInWith(smallWorkbook());
    const activities = standIn.spreadsheet.sheetUncounted('取組活動') as FakeSheet;
    expect(() => standIn.rt.runExecution(() => activities.getRange('D2').getSheet().getName(), 'NONE')).toThrow(PermissionError);
  });

  test('MailApp refuses a body over 200 KB (consumer account), text and HTML together', () => {
    const standIn = setUp();
    const send = (bytes: number) =>
      standIn.rt.runExecution(() => standIn.mail.sendEmail({ to: 'a@example.jp', subject: 's', body: 'x'.repeat(bytes - 10), htmlBody: 'y'.repeat(10) }));
    expect(() => send(MAIL_BODY_LIMIT + 1)).toThrow('Limit Exceeded: Email Body Size.');
    expect(standIn.mail.sent).toEqual([]);
    send(MAIL_BODY_LIMIT);
    expect(standIn.mail.sent).toHaveLength(1);
  });
});

describe('the trigger, found where it lives', () => {
  test('saving twice keeps one trigger and turning off removes it, though getUserTriggers lists none', () => {
    const standIn = setUp();
    save(standIn);
    const [first] = standIn.scriptApp.triggers;
    expect(save(standIn)).toMatchObject({ ok: true });
    expect(standIn.scriptApp.triggers.map((t) => t.id)).toEqual([first.id]);
    save(standIn, { enabled: false });
    expect(standIn.scriptApp.triggers).toEqual([]);
  });

  test('the same account’s digest trigger of another workbook is left alone', () => {
    const standIn = setUp();
    standIn.scriptApp.addOnLimits = false;
    // Another workbook's trigger, recorded for that workbook as the add-on records its own.
    standIn.scriptApp.triggers.push({
      id: 'other-book',
      handler: 'digestTrigger',
      eventType: 'CLOCK',
      sourceId: null,
      monthDay: 1,
      hour: 8,
      user: A,
      document: 'book-2',
    });
    standIn.userProperties.store.set('shinchoku.digest.triggers', JSON.stringify({ 'other-book': 'book-2' }));
    save(standIn);
    save(standIn, { day: 20 });
    save(standIn, { enabled: false });
    expect(standIn.scriptApp.triggers.map((t) => t.id)).toEqual(['other-book']);
    expect(JSON.parse(standIn.userProperties.store.get('shinchoku.digest.triggers') ?? '{}')).toEqual({ 'other-book': 'book-2' });
  });

  test('a trigger that cannot be made is said in the user’s words, and the digest stays off', () => {
    const standIn = setUp();
    // Some other time-driven trigger of this account in this document: add-ons may hold one per type.
    standIn.scriptApp.triggers.push({ id: 'other', handler: 'somethingElse', eventType: 'CLOCK', sourceId: null, user: A, document: standIn.spreadsheet.id });
    const outcome = save(standIn);
    expect(outcome.ok).toBe(false);
    expect(outcome.errors).toEqual(['このアカウントの時間指定の送信が上限に達しています。他のブックのダイジェストを止めるか、別の編集者が設定してください']);
    expect(standIn.scriptApp.triggers.map((t) => t.id)).toEqual(['other']);
    expect(state(standIn).settings).toMatchObject({ enabled: false, day: 5 });
  });

  test('another editor taking over: the first editor’s trigger stops itself, the log and the sidebar say why', () => {
    const standIn = setUp();
    save(standIn);
    const [triggerA] = standIn.scriptApp.triggers;
    standIn.scriptApp.user = B;
    expect(save(standIn).message).toContain(A);
    fire(standIn, triggerA.id);
    expect(standIn.mail.sent).toEqual([]);
    expect(standIn.scriptApp.triggers.map((t) => t.user)).toEqual([B]);
    expect(state(standIn).problems).toEqual(['2024-03: 別の編集者が送信を引き継いだため、このアカウントからの送信を停止しました']);
    fire(standIn);
    expect(standIn.mail.sent).toHaveLength(2);
  });
});

describe('locks: the narrowest that serialises this document’s digest, and a busy one never skips a month silently', () => {
  test('another document holding the script lock does not stop this document’s trigger (no document context)', () => {
    const standIn = setUp();
    save(standIn);
    const elsewhere = setUp();
    elsewhere.rt.runExecution(() => elsewhere.scriptLock.tryLock(0));
    standIn.withoutDocumentContext();
    fire(standIn);
    expect(standIn.mail.sent).toHaveLength(2);
    expect(logRows(standIn).map((row) => row[4])).toEqual(['sent', 'sent']);
  });

  test('a busy lock: nothing sent, a log row and a status saying the month was not sent, shown in the sidebar; 今すぐ送信 then sends', () => {
    const standIn = setUp();
    save(standIn);
    // The same account's digest already running (from another document, or a double firing).
    const elsewhere = setUp();
    elsewhere.rt.runExecution(() => elsewhere.userLock(A).tryLock(0));
    standIn.withoutDocumentContext();
    fire(standIn);
    expect(standIn.mail.sent).toEqual([]);
    expect(logRows(standIn)).toEqual([['2024-03', 'trigger', '', jst(2024, 3, 5).toISOString(), 'busy', 'another send was running']]);
    standIn.withDocumentContext();
    const shown = state(standIn);
    expect(shown.status).toMatchObject({ outcome: 'busy' });
    expect(shown.status?.message).toBe(
      '2024-03分のダイジェストは、同時に別の送信が行われていたため送信していません。サイドバーの「今すぐ送信」で送ってください',
    );
    expect(shown.problems).toEqual(['2024-03: 別の送信と重なったため未送信']);
    // The owner's own 今すぐ送信 waits for the same user lock: busy too, and said so.
    expect(standIn.run<{ sent: string[]; message: string }>('digestSendNow', [false])).toMatchObject({ sent: [], message: shown.status?.message });
    // Once the other run has finished, 今すぐ送信 sends the month.
    projectLocks.user(A).owner = null;
    expect(standIn.run<{ sent: string[] }>('digestSendNow', [false]).sent).toEqual(['office', 'department:みどり公園・水辺課']);
  });

  test('another editor’s 今すぐ送信 holding the document lock keeps a save of this document waiting, said in the user’s words', () => {
    const standIn = setUp();
    save(standIn);
    // Another editor's execution in this document holds its document lock.
    standIn.rt.runExecution(() => standIn.documentLock.tryLock(0));
    expect(save(standIn, { day: 20 })).toMatchObject({
      ok: false,
      errors: ['別の人がダイジェストの設定か送信を行っています。少し待ってから、もう一度押してください'],
    });
    expect(standIn.scriptApp.triggers).toEqual([expect.objectContaining({ monthDay: 5 })]);
  });

  test('a workbook the trigger cannot open is said in the sidebar', () => {
    const standIn = setUp();
    save(standIn);
    standIn.userProperties.store.set('shinchoku.digest.triggers', JSON.stringify({ [standIn.scriptApp.triggers[0].id]: 'deleted-book' }));
    standIn.withoutDocumentContext();
    fire(standIn);
    expect(standIn.mail.sent).toEqual([]);
    standIn.withDocumentContext();
    expect(state(standIn).triggerProblem?.message).toContain('ブックを開けませんでした');
  });
});

describe('settings the published add-on can read after a change of Cloud project', () => {
  test('settings saved now survive a change of Cloud project: the trigger still sends', () => {
    const standIn = setUp();
    save(standIn);
    standIn.rt.cloudProject = 'published-addon-project';
    fire(standIn);
    expect(standIn.mail.sent).toHaveLength(2);
    expect(state(standIn).settings).toMatchObject({ enabled: true, day: 5 });
  });

  test('settings saved the old way (PROJECT) are moved to DOCUMENT while still readable, then survive the change', () => {
    const standIn = setUp();
    save(standIn);
    // As an earlier version kept them: visible to the project that wrote them only.
    const saved = standIn.spreadsheet.metadata.find((m) => m.key === 'shinchoku.digest');
    standIn.spreadsheet.metadata = standIn.spreadsheet.metadata.filter((m) => m !== saved);
    standIn.rt.runExecution(() => standIn.spreadsheet.addDeveloperMetadata('shinchoku.digest', saved?.value ?? '', 'PROJECT'));
    state(standIn);
    expect(standIn.spreadsheet.metadata.filter((m) => m.key === 'shinchoku.digest').map((m) => m.visibility)).toEqual(['DOCUMENT']);
    standIn.rt.cloudProject = 'published-addon-project';
    fire(standIn);
    expect(standIn.mail.sent).toHaveLength(2);
  });

  test('settings left PROJECT-visible by another project cannot be read: the trigger stops, and the log and sidebar say to save again', () => {
    const standIn = setUp();
    save(standIn);
    const saved = standIn.spreadsheet.metadata.find((m) => m.key === 'shinchoku.digest');
    standIn.spreadsheet.metadata = standIn.spreadsheet.metadata.filter((m) => m !== saved);
    standIn.rt.runExecution(() => standIn.spreadsheet.addDeveloperMetadata('shinchoku.digest', saved?.value ?? '', 'PROJECT'));
    standIn.rt.cloudProject = 'published-addon-project';
    fire(standIn);
    expect(standIn.mail.sent).toEqual([]);
    expect(logRows(standIn)[0]).toEqual(expect.arrayContaining(['stopped', 'settings not found']));
    expect(state(standIn).problems).toEqual(['2024-03: 設定が読めないため送信を停止しました。サイドバーで「設定を保存」を押し直してください']);
  });
});

describe('onEdit in AuthMode.NONE', () => {
  test('returns at once: no error, no service call, the cell untouched', () => {
    const standIn = standInWith(smallWorkbook());
    const activities = standIn.spreadsheet.sheetUncounted('取組活動') as FakeSheet;
    activities.cellForWrite(2, 4).value = 'おおむね順調';
    activities.touch();
    const range = standIn.rt.runExecution(() => activities.getRange('D2'));
    standIn.rt.resetCounts();
    expect(() => standIn.edit(range, 'NONE', 'おおむね順調')).not.toThrow();
    expect(standIn.rt.total).toBe(0);
    expect(activities.cellUncounted('D2').value).toBe('おおむね順調');
    // Once the add-on is in use (LIMITED), the same edit is normalised.
    standIn.edit(range, 'LIMITED', 'おおむね順調');
    expect(activities.cellUncounted('D2').value).toBe('概ね順調');
  });
});

describe('a digest over the mail limit', () => {
  /** The example with `n` more delayed activities this fiscal year, each with a long name. */
  function withDelayed(n: number): WorkbookInput {
    const input = exampleInput();
    const activities = sheet(input, '取組活動');
    for (let i = 0; i < n; i++)
      activities.rows.push([
        '0701-07',
        '令和5年度',
        `公園施設の長寿命化計画に基づく改修工事その${i + 1}（${'遊具・便益施設・園路の点検と補修を計画的に進める'.repeat(3)}）`,
        '遅れ',
        '',
      ]);
    return input;
  }

  test('a 400 KB digest is shortened to fit, says so with a count and the workbook link, and is sent; the log and sidebar record it', () => {
    const standIn = setUp(withDelayed(560));
    save(standIn);
    fire(standIn);
    const office = standIn.mail.sent.find((m) => m.to === 'gyokaku@example.jp');
    expect(office).toBeDefined();
    const bytes = Buffer.byteLength(office?.body ?? '', 'utf8') + Buffer.byteLength(office?.htmlBody ?? '', 'utf8');
    expect(bytes).toBeLessThanOrEqual(MAIL_BODY_LIMIT);
    expect(office?.body).toContain('メールで送れる大きさ（200 KB）に収めるため、長い一覧の一部を省略しています。全件はブックでご覧ください。');
    expect(office?.body).toContain('ブックを開く: https://docs.google.com/spreadsheets/d/');
    const more = /ほか (\d+) 件（ブックでご覧ください）/.exec(office?.body ?? '');
    expect(more).not.toBeNull();
    const listed = (office?.body ?? '').split('\n').filter((line) => line.includes('改修工事その')).length;
    // Every delayed activity is either listed or counted.
    expect(listed + Number(more?.[1])).toBeGreaterThanOrEqual(560);
    expect(listed).toBeGreaterThan(0);
    // Whole, the digest would have been well over 400 KB: each cut line weighs as much as a listed one, in text and in HTML.
    const lines = (office?.body ?? '').split('\n').filter((line) => line.includes('改修工事その'));
    const perLine = lines.reduce((sum, line) => sum + Buffer.byteLength(line, 'utf8'), 0) / lines.length;
    expect(bytes + 2 * perLine * Number(more?.[1])).toBeGreaterThan(400 * 1024);
    const officeRow = logRows(standIn).find((row) => row[1] === 'office');
    expect(officeRow?.[4]).toBe('sent');
    expect(String(officeRow?.[5])).toMatch(/^shortened: attention \d+\/\d+$/);
    expect(state(standIn).problems).toContain('2024-03: 大きすぎるため一覧を省略して送信');
  });

  test('a digest within the limit is sent whole', () => {
    const standIn = setUp(withDelayed(20));
    save(standIn);
    fire(standIn);
    const office = standIn.mail.sent.find((m) => m.to === 'gyokaku@example.jp');
    expect(office?.body).not.toContain('省略');
    expect((office?.body ?? '').split('\n').filter((line) => line.includes('改修工事その'))).toHaveLength(20);
    expect(state(standIn).problems).toEqual([]);
  });
});
