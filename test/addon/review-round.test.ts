/**
 * Issue #23 tried as a hostile user and an unlucky office, through dist/Code.js in the stand-in:
 * each test here failed before its fix.
 */
import { AppsScriptStandIn } from '../../dev/standin';
import type { WorkbookInput } from '../../src/core/base/cells';
import { digestLogRows, digestStandIn, digestState, jst, OFFICE_A, releaseProjectLocks, saveDigest } from '../support/digest';
import { exampleInput } from '../support/example';
import { standInWith } from '../support/standin';

const A = OFFICE_A;

const setUp = digestStandIn;

const save = saveDigest;

function fire(standIn: AppsScriptStandIn, triggerId = standIn.scriptApp.triggers[0].id): void {
  standIn.run('digestTrigger', [{ triggerUid: triggerId }]);
}

const logRows = digestLogRows;

const state = digestState;

afterEach(releaseProjectLocks);

describe('a Sheets API failure during the digest’s read of the workbook', () => {
  test('429 on every call, past the backoff budget, when the trigger fires: nothing sent, the month logged as not sent, and the sidebar says why', () => {
    const standIn = setUp();
    save(standIn);
    standIn.withoutDocumentContext();
    standIn.sheetsFaults.failNext(100, 429);
    expect(() => fire(standIn)).not.toThrow();
    expect(standIn.mail.sent).toEqual([]);
    const rows = logRows(standIn);
    expect(rows).toHaveLength(1);
    expect(rows[0].slice(0, 5)).toEqual(['2024-03', 'trigger', '', jst(2024, 3, 5).toISOString(), 'error']);
    // The log keeps the kind of failure, never Google's raw text.
    expect(String(rows[0][5])).not.toMatch(/Quota exceeded|API call to/);
    standIn.sheetsFaults.failNext(0, 429);
    standIn.withDocumentContext();
    const shown = state(standIn);
    expect(shown.status).toMatchObject({ outcome: 'error' });
    expect(shown.status?.message).toMatch(/^2024-03分のダイジェストは、ブックを読み込めなかったため送信していません。/);
    expect(shown.status?.message).toContain('今すぐ送信');
    expect(shown.problems).toEqual(['2024-03: ブックを読み込めなかったため未送信']);
  });

  test('the Sheets API disabled at 今すぐ送信: the same record, and the message says to enable it', () => {
    const standIn = setUp();
    save(standIn);
    standIn.sheetsFaults.disabled = true;
    const outcome = standIn.run<{ sent: string[]; message: string }>('digestSendNow', [false]);
    expect(outcome.sent).toEqual([]);
    expect(outcome.message).toContain('Google Sheets API');
    expect(outcome.message).not.toMatch(/has not been used/);
    expect(logRows(standIn).map((r) => r[4])).toEqual(['error']);
    standIn.sheetsFaults.disabled = false;
    expect(state(standIn).problems).toEqual(['2024-03: ブックを読み込めなかったため未送信']);
    // Once the API answers, the month is sent.
    expect(standIn.run<{ sent: string[] }>('digestSendNow', [false]).sent).toEqual(['office', 'department:みどり公園・水辺課']);
  });
});

describe('two workbooks of the same account, each with a digest', () => {
  test('a workbook the trigger could not open stays said, with its address, after the other workbook’s trigger has sent', () => {
    const standIn = setUp();
    save(standIn);
    const here = standIn.scriptApp.triggers[0].id;
    // The same account's trigger for a second workbook, since deleted (user properties and the
    // project's triggers are per user, across every document).
    standIn.userProperties.store.set('shinchoku.digest.triggers', JSON.stringify({ [here]: standIn.spreadsheet.id, 'gone-trigger': 'deleted-book' }));
    standIn.withoutDocumentContext();
    fire(standIn, 'gone-trigger');
    fire(standIn, here);
    expect(standIn.mail.sent).toHaveLength(2);
    standIn.withDocumentContext();
    const problem = state(standIn).triggerProblem?.message ?? '';
    expect(problem).toContain('ブックを開けませんでした');
    // Which workbook: the sidebar of another workbook shows it, so the message names it.
    expect(problem).toContain('https://docs.google.com/spreadsheets/d/deleted-book');
  });
});

describe('settings metadata corrupted', () => {
  const settingsEntry = (standIn: AppsScriptStandIn) => {
    const found = standIn.spreadsheet.metadata.find((m) => m.key === 'shinchoku.digest');
    if (!found) throw new Error('no settings');
    return found;
  };

  test.each([
    ['text that is not JSON', '{"enabled":true,"day":5'],
    ['JSON of the wrong shape', '{"enabled":true,"day":5,"hour":8,"recipients":"gyokaku@example.jp"}'],
    ['a JSON array', '[1,2]'],
  ])('%s: the trigger sends nothing and says the settings could not be read — not that the digest was turned off', (_what, value) => {
    const standIn = setUp();
    save(standIn);
    settingsEntry(standIn).value = value;
    standIn.withoutDocumentContext();
    expect(() => fire(standIn)).not.toThrow();
    expect(standIn.mail.sent).toEqual([]);
    expect(logRows(standIn).map((r) => [r[4], r[5]])).toEqual([['stopped', 'settings not found']]);
    standIn.withDocumentContext();
    expect(state(standIn).problems).toEqual(['2024-03: 設定が読めないため送信を停止しました。サイドバーで「設定を保存」を押し直してください']);
    // Saving again mends it: one trigger, and the next firing sends.
    expect(save(standIn).ok).toBe(true);
    expect(standIn.scriptApp.triggers).toHaveLength(1);
    fire(standIn);
    expect(standIn.mail.sent).toHaveLength(2);
  });
});

describe('custom functions and a 区分 sheet whose 種類 column is merged', () => {
  // A common layout: 進捗状況 written once, merged down over its labels (Sheets keeps the value in the
  // top-left cell only; the other cells read blank, and a range argument passes them blank).
  const CATEGORIES = [
    ['種類', '区分', '意味', '進捗率に含める', '別名'],
    ['進捗状況', '完了', '済', '○', ''],
    ['', '取組中', '概ね順調', '○', ''],
    ['', '遅延', '遅れ', '×', ''],
    ['', '未着手', '未着手', '×', ''],
  ];

  function merged(): AppsScriptStandIn {
    const standIn = new AppsScriptStandIn({ locale: 'ja' });
    standIn.spreadsheet.addSheet('取組活動', [['事業コード'], ['1']]);
    const sheet = standIn.spreadsheet.addSheet('区分', CATEGORIES);
    sheet.mergeUncounted('A2:A5');
    standIn.load();
    return standIn;
  }

  test('read from the sheet: a label under the merged 種類 is the plan’s, as 集計 reads it', () => {
    const standIn = merged();
    expect(standIn.evaluate('SHINCHOKU_CHECK_STATUS', ['取組中'])).toBe('取組中');
    expect(standIn.evaluate('SHINCHOKU_PROGRESS_RATE', [[['完了'], ['取組中'], ['遅延'], ['未着手']]])).toBe(0.5);
  });

  test('given as the 区分 range (merged cells arrive blank): the same labels', () => {
    const standIn = merged();
    const range = standIn.spreadsheet.sheetUncounted('区分')?.snapshot() ?? [];
    expect(standIn.evaluate('SHINCHOKU_CHECK_STATUS', ['取組中', range])).toBe('取組中');
    expect(standIn.evaluate('SHINCHOKU_PROGRESS_RATE', [[['完了'], ['取組中'], ['遅延'], ['未着手']], 1, '', range])).toBe(0.5);
  });
});

describe('a digest whose fixed parts pass the mail limit', () => {
  /** The example with its department named by `n` more characters (a cell holds up to 50,000). */
  function hugeDepartment(n: number): { input: WorkbookInput; name: string } {
    const input = exampleInput();
    const name = `みどり公園・水辺課${'長'.repeat(n)}`;
    for (const s of input.sheets) s.rows = s.rows.map((row) => row.map((v) => (typeof v === 'string' ? v.split('みどり公園・水辺課').join(name) : v)));
    return { input, name };
  }

  test('a department named by 15,000 characters: its digest is still sent, within 200 KB, the name shortened in subject and intro', () => {
    const { input, name } = hugeDepartment(15_000);
    const standIn = setUp(input);
    save(standIn);
    const outcome = standIn.run<{ sent: string[]; failed: unknown[] }>('digestSendNow', [false]);
    expect(outcome.failed).toEqual([]);
    expect(outcome.sent).toHaveLength(2);
    const department = standIn.mail.sent.find((m) => m.to !== 'gyokaku@example.jp');
    expect(department).toBeDefined();
    expect(department?.subject).toContain('みどり公園・水辺課');
    expect(department?.subject).not.toContain(name);
    expect(Buffer.byteLength(department?.body ?? '') + Buffer.byteLength(department?.htmlBody ?? '')).toBeLessThanOrEqual(200 * 1024);
  });

  test('a message that cannot be brought under the limit is not retried as a send failure: the log and sidebar say it is too large', () => {
    // A 進捗状況 label of 40,000 characters (a cell holds 50,000): every count line carries it, and no list cut removes it.
    const input = exampleInput();
    input.sheets.push({
      name: '区分',
      rows: [
        ['種類', '区分', '意味', '進捗率に含める', '別名'],
        ['進捗状況', '済', '済', '○', '完了'],
        ['進捗状況', '概ね順調', '概ね順調', '○', '順調'],
        ['進捗状況', '遅れ', '遅れ', '×', ''],
        ['進捗状況', '未着手', '未着手', '×', ''],
        ['進捗状況', `休止${'止'.repeat(40_000)}`, '休止', '×', ''],
      ],
    });
    const standIn = setUp(input);
    save(standIn);
    const outcome = standIn.run<{ sent: string[]; failed: { key: string; reason: string }[] }>('digestSendNow', [false]);
    expect(outcome.failed.length).toBeGreaterThan(0);
    expect(standIn.mail.sent.filter((m) => Buffer.byteLength(m.body) + Buffer.byteLength(m.htmlBody ?? '') > 200 * 1024)).toEqual([]);
    expect(
      logRows(standIn)
        .filter((r) => r[4] === 'failed')
        .map((r) => r[5]),
    ).toEqual(outcome.failed.map(() => 'too large'));
    expect(state(standIn).problems).toContain('2024-03: メールで送れる大きさを超えるため未送信（計画名・部署名・区分名が長すぎます）');
  });
});

describe('the daily mail quota running out in the middle of a send', () => {
  test('MailApp refusing for the day is counted as the quota, not a failure, and the sidebar says how to send what is left', () => {
    const standIn = setUp();
    save(standIn);
    // Another script of the same account used the last of the day's quota after this run read it.
    standIn.mail.failNext = 'Service invoked too many times for one day: email.';
    const outcome = standIn.run<{ sent: string[]; failed: unknown[]; quota: string[] }>('digestSendNow', [false]);
    // Once refused for the day, the department's message is not tried: it would be refused too.
    expect(outcome.sent).toEqual([]);
    expect(outcome.failed).toEqual([]);
    expect(outcome.quota).toEqual(['office', 'department:みどり公園・水辺課']);
    expect(standIn.mail.sent).toEqual([]);
    expect(logRows(standIn).map((r) => [r[1], r[4]])).toEqual([
      ['office', 'quota'],
      ['department:みどり公園・水辺課', 'quota'],
    ]);
    expect(state(standIn).problems).toEqual(['2024-03: 1日の送信上限のため未送信']);
    // The next day, 今すぐ送信 sends what is left, once.
    expect(standIn.run<{ sent: string[] }>('digestSendNow', [false]).sent).toEqual(['office', 'department:みどり公園・水辺課']);
    expect(standIn.run<{ sent: string[] }>('digestSendNow', [false]).sent).toEqual([]);
  });

  test('a send that fails for another reason says to send it again from the sidebar (the next trigger is next month’s)', () => {
    const standIn = setUp();
    save(standIn);
    standIn.mail.failNext = 'Failed to send email: no recipient';
    standIn.run('digestSendNow', [false]);
    expect(state(standIn).problems).toEqual(['2024-03: 送信に失敗しました（サイドバーの「今すぐ送信」で送り直せます）']);
  });
});

describe('user properties belong to one account', () => {
  test('the stand-in: another editor does not see this account’s user properties', () => {
    const standIn = setUp();
    standIn.rt.runExecution(() => standIn.userProperties.setProperty('k', 'a'));
    standIn.scriptApp.user = 'kikaku-b@example.jp';
    expect(standIn.rt.runExecution(() => standIn.userProperties.getProperty('k'))).toBeNull();
    standIn.scriptApp.user = A;
    expect(standIn.rt.runExecution(() => standIn.userProperties.getProperty('k'))).toBe('a');
  });

  test('a trigger problem of one account is shown to that account, not to another editor of the workbook', () => {
    const standIn = setUp();
    save(standIn);
    standIn.userProperties.store.set('shinchoku.digest.triggers', JSON.stringify({ [standIn.scriptApp.triggers[0].id]: 'deleted-book' }));
    standIn.withoutDocumentContext();
    fire(standIn);
    standIn.withDocumentContext();
    expect(state(standIn).triggerProblem?.message).toContain('ブックを開けませんでした');
    standIn.scriptApp.user = 'kikaku-b@example.jp';
    expect(state(standIn).triggerProblem).toBeNull();
  });
});

test('in English, the read failure reads as one sentence after another', () => {
  const standIn = standInWith(exampleInput(), 'en');
  standIn.rt.now = () => jst(2024, 3, 5);
  standIn.scriptApp.user = A;
  save(standIn);
  standIn.sheetsFaults.disabled = true;
  const message = standIn.run<{ message: string }>('digestSendNow', [false]).message;
  expect(message).toMatch(/^The 2024-03 digest was not sent because the workbook could not be read\. The Google Sheets API is not enabled/);
  expect(message).toContain('run it again. Once that is solved, send it with “Send now” in the sidebar');
  expect(message).not.toMatch(/ {2}|\.\./);
});

describe('a trigger whose workbook stays out of reach', () => {
  function gone(): AppsScriptStandIn {
    const standIn = setUp();
    save(standIn);
    // The workbook this trigger was made for has been deleted (or unshared) since.
    standIn.userProperties.store.set('shinchoku.digest.triggers', JSON.stringify({ [standIn.scriptApp.triggers[0].id]: 'deleted-book' }));
    standIn.withoutDocumentContext();
    return standIn;
  }

  test('a first failure keeps the trigger (it may be passing); a second, a month later, removes it and says the monthly send stopped', () => {
    const standIn = gone();
    fire(standIn);
    expect(standIn.scriptApp.triggers).toHaveLength(1);
    standIn.rt.now = () => jst(2024, 4, 5);
    fire(standIn);
    expect(standIn.scriptApp.triggers).toEqual([]);
    expect(standIn.userProperties.store.get('shinchoku.digest.triggers')).toBe('{}');
    standIn.withDocumentContext();
    const message = state(standIn).triggerProblem?.message ?? '';
    expect(message).toContain('https://docs.google.com/spreadsheets/d/deleted-book');
    expect(message).toContain('毎月の送信を停止しました');
  });

  test('saving the settings in a workbook clears what was recorded about it', () => {
    const standIn = setUp();
    save(standIn);
    standIn.userProperties.store.set(
      'shinchoku.digest.status',
      JSON.stringify({ [standIn.spreadsheet.id]: { at: jst(2024, 3, 1).toISOString(), outcome: 'error', message: 'ブックを開けませんでした' } }),
    );
    expect(state(standIn).triggerProblem).not.toBeNull();
    save(standIn, { day: 6 });
    expect(state(standIn).triggerProblem).toBeNull();
  });
});
