/**
 * Every Sheets API call goes through one wrapper (src/gas/sheetsApi.ts sheetsCall): 429 and 5xx
 * are retried with exponential backoff, and every failure reaches the user in their language with
 * what to do — never a raw GoogleJsonResponseException. Through dist/Code.js in the stand-in,
 * whose Sheets service fails as Google documents (https://developers.google.com/sheets/api/limits).
 */
import { AppsScriptStandIn } from '../../dev/standin';
import { exampleInput } from '../support/example';
import { standInWith } from '../support/standin';

interface Outcome {
  ok: boolean;
  message: string;
  sheet?: string;
}

const sleeps = (standIn: AppsScriptStandIn) => standIn.rt.calls.get('Utilities.sleep') ?? 0;
const apiCalls = (standIn: AppsScriptStandIn) =>
  (standIn.rt.calls.get('Sheets.Spreadsheets.get') ?? 0) + (standIn.rt.calls.get('Sheets.Spreadsheets.batchUpdate') ?? 0);

/** What a call threw, as the user would read it. */
function thrown(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return String((error as Error).message);
  }
  throw new Error('expected the call to fail');
}

describe('429 and 5xx are retried with backoff, then said in the user’s words', () => {
  test('three 429s in a row: 集計 still builds, after three waits', () => {
    const standIn = standInWith();
    standIn.sheetsFaults.failNext(3, 429);
    const outcome = standIn.run<Outcome>('sidebarRegenerate', ['']);
    expect(outcome.ok).toBe(true);
    expect(standIn.sheetsFaults.remaining).toBe(0);
    expect(sleeps(standIn)).toBe(3);
    expect(standIn.spreadsheet.sheets.some((s) => s.name === outcome.sheet)).toBe(true);
  });

  test('two 503s on the report’s read: the report model still comes', () => {
    const standIn = standInWith();
    standIn.sheetsFaults.failNext(2, 503);
    const report = standIn.run<{ fileName: string }>('reportModel');
    expect(report.fileName).toMatch(/\.docx$/);
    expect(sleeps(standIn)).toBe(2);
  });

  test('a quota that does not refill: seven tries within the budget, then “wait a minute” in Japanese', () => {
    const standIn = standInWith();
    standIn.sheetsFaults.failNext(100, 429);
    const message = thrown(() => standIn.run('sidebarValidate'));
    expect(message).toBe(
      'Google Sheets API の利用上限（1 人につき 1 分間に読み込み 60 回）に達しました（7 回試しました）。1 分ほど待ってからもう一度実行してください',
    );
    // 1 + 2 + 4 + 8 + 16 + 32 s of waits (with jitter) fit the 70 s budget; a seventh wait would not.
    expect(sleeps(standIn)).toBe(6);
    expect(apiCalls(standIn)).toBe(7);
  });

  test('late in a run, the waits stop short of its 6 minutes: 290 s in, three waits, then “wait a minute”', () => {
    const loadedAt = Date.now();
    const standIn = new AppsScriptStandIn({ now: () => new Date(loadedAt) });
    for (const sheet of exampleInput().sheets) standIn.spreadsheet.addSheet(sheet.name, sheet.rows);
    standIn.load();
    standIn.rt.now = () => new Date(loadedAt + 290_000);
    standIn.sheetsFaults.failNext(100, 429);
    expect(thrown(() => standIn.run('sidebarValidate'))).toContain('（4 回試しました）');
    expect(sleeps(standIn)).toBe(3);
  });

  test('a server that stays down: said in English for an English user', () => {
    const standIn = standInWith(exampleInput(), 'en');
    standIn.sheetsFaults.failNext(100, 500);
    const message = thrown(() => standIn.run('reportModel'));
    expect(message).toBe('Google’s servers did not answer for now (tried 7 times): wait a few minutes and run it again');
  });
});

test('403 from an account that may not edit the spreadsheet: no retry, and to reopen it with one that can (or sign out of the others)', () => {
  const standIn = standInWith();
  standIn.sheetsFaults.failNext(1, 403);
  const outcome = standIn.run<Outcome>('sidebarRegenerate', ['']);
  expect(outcome.ok).toBe(false);
  expect(outcome.message).toContain('このスプレッドシートを編集する権限のないアカウントで実行されました。');
  expect(outcome.message).toContain('他のアカウントからログアウトしてください');
  expect(sleeps(standIn)).toBe(0);
});

describe('the Sheets API not enabled in the Cloud project: no retry, and what to do, everywhere', () => {
  const DISABLED = 'Google Sheets API がアドオンの Cloud プロジェクトで有効になっていません。';

  function disabled(): AppsScriptStandIn {
    const standIn = standInWith();
    standIn.sheetsFaults.disabled = true;
    return standIn;
  }

  test('入力チェック from the menu: an alert in Japanese, not Apps Script’s red error bar', () => {
    const standIn = disabled();
    standIn.run('menuValidate');
    expect(standIn.ui.alerts).toHaveLength(1);
    expect(standIn.ui.alerts[0]).toContain(DISABLED);
    expect(standIn.ui.alerts[0]).not.toMatch(/GoogleJsonResponseException|API call to|has not been used/);
    expect(sleeps(standIn)).toBe(0);
    expect(apiCalls(standIn)).toBe(1);
  });

  test('入力チェック from the sidebar, 報告書を作成 and the sidebar’s proof-reading: each failure says what to do', () => {
    const standIn = disabled();
    for (const [name, args] of [
      ['sidebarValidate', []],
      ['reportModel', []],
      ['sidebarProofread', ['進捗率は91.4%でした。']],
    ] as [string, unknown[]][]) {
      const message = thrown(() => standIn.run(name, args));
      expect(message).toContain(DISABLED);
      expect(message).not.toMatch(/API call to|has not been used/);
    }
    expect(sleeps(standIn)).toBe(0);
  });

  test('基準日を固定: an alert, and no baseline sheet made', () => {
    const standIn = disabled();
    const before = standIn.spreadsheet.sheets.length;
    standIn.run('menuFreezeBaseline');
    expect(standIn.ui.alerts.join('\n')).toContain(DISABLED);
    expect(standIn.spreadsheet.sheets.length).toBe(before);
  });

  test('集計シートを作成・更新: nothing changed, and why', () => {
    const standIn = disabled();
    const outcome = standIn.run<Outcome>('sidebarRegenerate', ['']);
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toContain('何も変更していません');
    expect(outcome.message).toContain(DISABLED);
  });

  test('the digest’s read of the workbook: the failure is in the user’s words', () => {
    const standIn = disabled();
    let message = '';
    try {
      const outcome = standIn.run<{ message: string }>('digestSendNow', [true]);
      message = outcome.message;
    } catch (error) {
      message = String((error as Error).message);
    }
    expect(message).toContain(DISABLED);
    expect(message).not.toMatch(/API call to|has not been used/);
  });
});
