/**
 * The monthly digest through the built bundle in the stand-in, with a clock we control.
 */
import type { AppsScriptStandIn, FakeSheet, SentMail } from '../../dev/standin';
import type { WorkbookInput } from '../../src/core/base/cells';
import { exampleExtendedInput, exampleInput, sheet } from '../support/example';
import { standInWith } from '../support/standin';

/** A moment given as Japan wall-clock time. */
function jst(y: number, m: number, d: number, h = 9, min = 0): Date {
  return new Date(Date.UTC(y, m - 1, d, h, min) - 9 * 3600_000);
}

interface Outcome {
  month: string;
  sent: string[];
  skipped: string[];
  failed: { key: string; reason: string }[];
  quota: string[];
}

function setUp(input: WorkbookInput = exampleInput(), when = jst(2024, 3, 5)): AppsScriptStandIn {
  const standIn = standInWith(input);
  standIn.rt.now = () => when;
  return standIn;
}

function save(standIn: AppsScriptStandIn, input: Record<string, unknown>) {
  return standIn.run<{ ok: boolean; errors: string[] }>('digestSave', [{ enabled: true, day: 5, hour: 8, recipients: 'gyokaku@example.jp', ...input }]);
}

function sendNow(standIn: AppsScriptStandIn, force = false): Outcome {
  return standIn.run<Outcome>('digestSendNow', [force]);
}

const mailTo = (mails: SentMail[], address: string) => mails.filter((m) => m.to.split(',').includes(address));

describe('settings and the trigger', () => {
  test('turning the digest on installs one monthly trigger at the day and hour, in Japan time', () => {
    const standIn = setUp();
    expect(save(standIn, {})).toMatchObject({ ok: true });
    expect(standIn.scriptApp.triggers).toEqual([
      expect.objectContaining({ handler: 'digestTrigger', eventType: 'CLOCK', monthDay: 5, hour: 8, timeZone: 'Asia/Tokyo' }),
    ]);
  });

  test('saving again keeps the one trigger; changing the day replaces it; turning off removes it', () => {
    const standIn = setUp();
    save(standIn, {});
    const first = standIn.scriptApp.triggers[0].id;
    save(standIn, {});
    expect(standIn.scriptApp.triggers.map((t) => t.id)).toEqual([first]);
    save(standIn, { day: 20 });
    expect(standIn.scriptApp.triggers).toHaveLength(1);
    expect(standIn.scriptApp.triggers[0]).toMatchObject({ monthDay: 20 });
    expect(standIn.scriptApp.triggers[0].id).not.toBe(first);
    save(standIn, { enabled: false });
    expect(standIn.scriptApp.triggers).toEqual([]);
  });

  test('a stray second trigger (installed twice) is cleaned up on the next save', () => {
    const standIn = setUp();
    standIn.scriptApp.addOnLimits = false;
    save(standIn, {});
    standIn.scriptApp.triggers.push({ ...standIn.scriptApp.triggers[0], id: 'stray' });
    save(standIn, { hour: 9 });
    expect(standIn.scriptApp.triggers).toHaveLength(1);
  });

  test('bad settings are refused with the reason, and nothing changes', () => {
    const standIn = setUp();
    const outcome = save(standIn, { day: 31, hour: 24, recipients: 'gyokaku@example.jp\nfoo@bar, a b@example.jp\nx@localhost' });
    expect(outcome.ok).toBe(false);
    expect(outcome.errors).toEqual([
      '送信日は1～28の整数にしてください',
      '送信時刻は0～23の整数（時）にしてください',
      '「foo@bar」は使えません: 「@」の後のドメイン名が正しくありません（例: example.jp）',
      // A space separates addresses, as in 設定's 送信先 and 部署's メール: 「a」 is one address, b@example.jp another.
      '「a」は使えません: 「@」がありません',
      '「x@localhost」は使えません: 「@」の後のドメイン名が正しくありません（例: example.jp）',
    ]);
    expect(standIn.scriptApp.triggers).toEqual([]);
    expect(save(standIn, { recipients: '' }).errors).toEqual(['ダイジェストを有効にするには、企画担当の送信先を1つ以上入力してください']);
  });

  test('settings persist in the spreadsheet’s own developer metadata (reachable without a document context), small', () => {
    const standIn = setUp();
    save(standIn, { recipients: 'a@example.jp\nb@example.jp' });
    const stored = standIn.spreadsheet.metadata.find((m) => m.key === 'shinchoku.digest')?.value ?? '';
    expect(JSON.parse(stored)).toMatchObject({ enabled: true, day: 5, hour: 8, recipients: ['a@example.jp', 'b@example.jp'] });
    expect(stored.length).toBeLessThan(1000);
    const state = standIn.run<{ settings: unknown }>('digestState');
    expect(state.settings).toEqual({ enabled: true, day: 5, hour: 8, recipients: ['a@example.jp', 'b@example.jp'] });
  });
});

describe('content, routing and the example', () => {
  test('the example’s digest for 2024-03 shows 令和5年度 and 97.9%, to the office and to the one department with news', () => {
    const standIn = setUp(exampleInput(), jst(2024, 3, 5));
    save(standIn, {});
    const outcome = sendNow(standIn);
    expect(outcome).toMatchObject({ month: '2024-03', sent: ['office', 'department:みどり公園・水辺課'], failed: [], quota: [] });
    const office = mailTo(standIn.mail.sent, 'gyokaku@example.jp')[0];
    expect(office.subject).toBe('[進捗] 平塚市行財政改革計画（2020-2023） 月次ダイジェスト（2024年3月）');
    expect(office.body).toContain('今年度の進捗（令和5年度）');
    expect(office.body).toContain('進捗率 97.9%');
    expect(office.htmlBody).toContain('進捗率 97.9%');
    expect(office.body).toContain('https://docs.google.com/spreadsheets/d/');
    const department = mailTo(standIn.mail.sent, 'midori-koen@example.jp')[0];
    expect(department.body).toContain('0701-07');
    expect(department.body).not.toContain('0702-01');
  });

  test('the month decides the fiscal year: 31 March is still 令和5年度, 1 April is 令和6年度', () => {
    const march = setUp(exampleInput(), jst(2024, 3, 31, 23, 30));
    save(march, {});
    sendNow(march);
    expect(march.mail.sent[0].body).toContain('（令和5年度）');
    const april = setUp(exampleExtendedInput(), jst(2024, 4, 1, 0, 30));
    save(april, {});
    expect(sendNow(april).month).toBe('2024-04');
    expect(april.mail.sent[0].body).toContain('（令和6年度）');
  });

  test('transitions, new activities and new results since the previous digest; each department only its own', () => {
    const standIn = setUp(exampleInput(), jst(2024, 2, 5));
    save(standIn, {});
    sendNow(standIn);
    const activities = standIn.spreadsheet.sheetUncounted('取組活動') as FakeSheet;
    const rows = activities.snapshot();
    const changed = rows.findIndex((row) => row[0] === '0706-03' && row[1] === '令和5年度');
    expect(changed).toBeGreaterThan(0);
    const before = String(rows[changed][3]);
    const after = before === '済' ? '遅れ' : '済';
    activities.cellForWrite(changed + 1, 4).value = after;
    activities.cellForWrite(rows.length + 1, 1).value = '0706-03';
    activities.cellForWrite(rows.length + 1, 2).value = '令和5年度';
    activities.cellForWrite(rows.length + 1, 3).value = 'AI議事録の全庁展開';
    activities.cellForWrite(rows.length + 1, 4).value = '未着手';
    activities.touch();
    const targets = standIn.spreadsheet.sheetUncounted('達成事項') as FakeSheet;
    const excluded = targets.snapshot().findIndex((row) => row[0] === '0706-08');
    targets.cellForWrite(excluded + 1, 4).value = '達成';
    targets.touch();
    standIn.mail.sent = [];
    standIn.rt.now = () => jst(2024, 3, 5);
    sendNow(standIn);
    const office = mailTo(standIn.mail.sent, 'gyokaku@example.jp')[0];
    expect(office.body).toContain(`進捗状況の変更: 0706-03 ${rows[changed][2]} — ${before} → ${after}`);
    expect(office.body).toContain('新しい取組活動: 0706-03 AI議事録の全庁展開（未着手）');
    expect(office.body).toContain('達成状況の入力: 0706-08 対象の20業務において標準化・共通化システムを導入し、事務の効率化を図ります。 — 達成');
    // 0706-03 belongs to デジタル推進課 and 企画政策課; 0706-08 to デジタル推進課.
    const digital = mailTo(standIn.mail.sent, 'digital-suishin@example.jp')[0];
    expect(digital.body).toContain(`${before} → ${after}`);
    expect(digital.body).toContain('0706-08');
    const kikaku = mailTo(standIn.mail.sent, 'kikaku-seisaku@example.jp')[0];
    expect(kikaku.body).toContain('AI議事録の全庁展開');
    expect(kikaku.body).not.toContain('0706-08');
    expect(mailTo(standIn.mail.sent, 'nozei@example.jp')).toEqual([]);
  });

  test('a department with nothing to report gets no mail', () => {
    const standIn = setUp(exampleInput(), jst(2024, 3, 5));
    save(standIn, {});
    sendNow(standIn);
    expect(standIn.mail.sent.map((m) => m.to)).toEqual(['gyokaku@example.jp', 'midori-koen@example.jp']);
  });
});

describe('exactly once a month', () => {
  test('a trigger firing twice, or 今すぐ送信 in a month already sent, sends nothing more unless forced', () => {
    const standIn = setUp();
    save(standIn, {});
    standIn.run('digestTrigger', [{ triggerUid: standIn.scriptApp.triggers[0].id }]);
    expect(standIn.mail.sent).toHaveLength(2);
    standIn.run('digestTrigger', [{ triggerUid: standIn.scriptApp.triggers[0].id }]);
    expect(sendNow(standIn)).toMatchObject({ sent: [], skipped: ['office', 'department:みどり公園・水辺課'] });
    expect(standIn.mail.sent).toHaveLength(2);
    expect(sendNow(standIn, true).sent).toHaveLength(2);
    expect(standIn.mail.sent).toHaveLength(4);
  });

  test('the hidden log records each send: month, recipient, time, outcome', () => {
    const standIn = setUp();
    save(standIn, {});
    sendNow(standIn);
    const log = standIn.spreadsheet.sheets.find((s) => s.metadata.some((m) => m.value === 'digestLog'));
    expect(log?.hidden).toBe(true);
    expect(log?.snapshot()).toEqual([
      ['month', 'message', 'recipients', 'time', 'outcome', 'detail'],
      ['2024-03', 'office', 'gyokaku@example.jp', jst(2024, 3, 5).toISOString(), 'sent', ''],
      ['2024-03', 'department:みどり公園・水辺課', 'midori-koen@example.jp', jst(2024, 3, 5).toISOString(), 'sent', ''],
    ]);
    const snapshot = standIn.spreadsheet.sheets.find((s) => s.metadata.some((m) => m.value === 'digestSnapshot'));
    expect(snapshot?.hidden).toBe(true);
    expect(snapshot?.snapshot().length).toBe(1 + 198 + 64);
  });

  test('a failure is recorded, shown, and retried at the next run', () => {
    const standIn = setUp();
    save(standIn, {});
    standIn.mail.failNext = 'Service unavailable';
    const first = sendNow(standIn);
    expect(first.failed).toEqual([{ key: 'office', reason: 'Service unavailable' }]);
    expect(first.sent).toEqual(['department:みどり公園・水辺課']);
    const state = standIn.run<{ status: { failed: number; outcome: string; message: string } }>('digestState');
    expect(state.status).toMatchObject({ failed: 1, outcome: 'partial' });
    expect(state.status.message).toBe('2024-03: 送信 1 通、送信済みのため省略 0 通、失敗 1 通、送信上限のため未送信 0 通');
    const retry = sendNow(standIn);
    expect(retry).toMatchObject({ sent: ['office'], skipped: ['department:みどり公園・水辺課'] });
  });

  test('quota shortfall: the planning office first; whoever could not be sent is recorded and sent later', () => {
    const standIn = setUp();
    save(standIn, {});
    standIn.mail.quota = 1;
    const first = sendNow(standIn);
    expect(first).toMatchObject({ sent: ['office'], quota: ['department:みどり公園・水辺課'] });
    standIn.mail.quota = 100;
    expect(sendNow(standIn)).toMatchObject({ sent: ['department:みどり公園・水辺課'], skipped: ['office'] });
  });

  test('at most 50 recipients a message', () => {
    const standIn = setUp();
    const many = Array.from({ length: 120 }, (_, i) => `staff${i}@example.jp`).join('\n');
    save(standIn, { recipients: many });
    standIn.mail.quota = 1000;
    sendNow(standIn);
    const officeSends = standIn.mail.sent.filter((m) => m.to.includes('staff0@') || m.to.includes('staff50@') || m.to.includes('staff100@'));
    expect(officeSends.map((m) => m.to.split(',').length)).toEqual([50, 50, 20]);
  });
});

describe('the trigger handler', () => {
  test('finds its spreadsheet by the id kept at install when getActiveSpreadsheet() is null', () => {
    const standIn = setUp();
    save(standIn, {});
    standIn.activeSpreadsheetAvailable = false;
    standIn.run('digestTrigger', [{ triggerUid: standIn.scriptApp.triggers[0].id }]);
    expect(standIn.mail.sent).toHaveLength(2);
    expect(standIn.rt.calls.get('SpreadsheetApp.openById')).toBe(1);
  });

  test('stops cleanly when authorization is missing: nothing sent, logged, shown in the sidebar', () => {
    const standIn = setUp();
    save(standIn, {});
    standIn.scriptApp.authorizationRequired = true;
    standIn.run('digestTrigger', [{ triggerUid: standIn.scriptApp.triggers[0].id }]);
    expect(standIn.mail.sent).toEqual([]);
    expect(standIn.logs.join('\n')).toContain('authorization required');
    const state = standIn.run<{ triggerProblem: { outcome: string; message: string } }>('digestState');
    expect(state.triggerProblem).toMatchObject({ outcome: 'authorization' });
    expect(state.triggerProblem.message).toContain('承認');
  });

  test('logs carry no address and no workbook content', () => {
    const standIn = setUp();
    save(standIn, {});
    standIn.run('digestTrigger', [{ triggerUid: standIn.scriptApp.triggers[0].id }]);
    const logs = standIn.logs.join('\n');
    expect(logs).not.toMatch(/@/);
    expect(logs).not.toContain('龍城ケ丘');
    expect(logs).toContain('Shinchoku digest 2024-03: sent 2');
  });
});

describe('safety', () => {
  test('workbook text is HTML-escaped in the mail, and nothing but the subject reaches a header', () => {
    const input = exampleInput();
    sheet(input, '設定').rows[1][1] = '計画<b>\r\nBcc: evil@example.com';
    const projects = sheet(input, '事業');
    const row = projects.rows.findIndex((r) => r[0] === '0701-07');
    projects.rows[row][1] = '<script>alert("x")</script>';
    const activities = sheet(input, '取組活動');
    const delayed = activities.rows.findIndex((r) => r[3] === '遅れ' && r[1] === '令和5年度');
    activities.rows[delayed][2] = `"'><img src=x onerror=alert(1)>`;
    const standIn = setUp(input);
    save(standIn, {});
    sendNow(standIn);
    const office = mailTo(standIn.mail.sent, 'gyokaku@example.jp')[0];
    expect(office.subject).toBe('[進捗] 計画<b> Bcc: evil@example.com 月次ダイジェスト（2024年3月）');
    expect(office.subject).not.toMatch(/[\r\n]/);
    expect(office.htmlBody).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(office.htmlBody).toContain('&quot;&#39;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(office.htmlBody).not.toContain('<script>');
    expect(office.htmlBody).not.toContain('<img');
    expect(office.to).toBe('gyokaku@example.jp');
    expect(office.bcc).toBeUndefined();
    expect(office.cc).toBeUndefined();
  });
});
