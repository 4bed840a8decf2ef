/**
 * The annual round in Sheets through dist/Code.js and the stand-in (protections and their editors, filter
 * views, a department editing its own rows and another's, request mails once, reminders once each from a
 * time-driven run with no active spreadsheet, closing with its baseline and 照会結果, only the round's
 * protections removed).
 *
 * The plan, for 令和8年度 (2026), due 2027-04-30: A-1 企画課, B-2 財政課, C-3 財政課・企画課.
 * 取組活動 rows 2-5: A-1 (2026, blank), B-2 (2026, blank), C-3 (2026, blank), A-1 (2025, 済: not asked).
 * 企画課 is asked 取組活動 D2 E2 D4 E4 + 効果額 C2 = 5 cells; 財政課 D3 E3 D4 E4 = 4 cells.
 */
import { type AppsScriptStandIn, PROTECTED_MESSAGE } from '../../dev/standin';
import { jst, KIKAKU, OFFICE, threeProjectPlan, ZAISEI } from '../support/roundSheets';
import { standInWith } from '../support/standin';

function plan(): AppsScriptStandIn {
  return threeProjectPlan({ メモ: [['office notes']] });
}

function open(standIn: AppsScriptStandIn): { ok: boolean; message: string; notes: string[] } {
  return standIn.run('roundOpen', ['2026', '2027-04-30']);
}

/** The time-driven triggers (the add-on may hold one per user per document). */
const clock = (standIn: AppsScriptStandIn) => standIn.scriptApp.triggers.filter((t) => t.eventType === 'CLOCK');
const activities = (standIn: AppsScriptStandIn) => standIn.spreadsheet.sheetUncounted('取組活動');
/** The log's mail rows (not the batches, the rows asked at the opening, or the answers of shared rows seen: roundTrace.ts). */
const logOf = (standIn: AppsScriptStandIn) =>
  (standIn.spreadsheet.sheets.find((s) => s.name.startsWith('_shinchoku_round_log'))?.snapshot() ?? [])
    .slice(1)
    .filter((r) => r[4] !== 'batch' && r[4] !== 'asked' && r[4] !== 'answer')
    .map((r) => `${r[1]} ${r[4]}`);

describe('opening the round', () => {
  test('one batchUpdate protects each department’s rows for its addresses and the office, the other sheets for the office alone', () => {
    const standIn = plan();
    standIn.rt.resetCounts();
    const outcome = open(standIn);
    expect(outcome.ok).toBe(true);
    expect(standIn.rt.calls.get('Sheets.Spreadsheets.batchUpdate')).toBe(1);
    const sheetId = activities(standIn)?.id;
    const ranges = standIn.spreadsheet.protectedRanges.filter((p) => p.range.sheetId === sheetId && !p.isSheet);
    expect(ranges.map((p) => [p.range.startRowIndex, p.range.endRowIndex, p.editors?.users])).toEqual([
      [1, 2, [KIKAKU, OFFICE]],
      [2, 3, [ZAISEI, OFFICE]],
      [3, 4, [KIKAKU, ZAISEI, OFFICE]],
    ]);
    // 取組活動 and 効果額 (rows left out), 事業, 部署 and 設定: a sheet protection each, the office alone; メモ is not the contract's.
    const sheetProtections = standIn.spreadsheet.protectedRanges.filter((p) => p.isSheet);
    // So is the round's hidden log (what makes each mail go once): a department cannot make a reminder go again, or never.
    expect(sheetProtections.map((p) => standIn.spreadsheet.sheets.find((s) => s.id === p.range.sheetId)?.name).sort()).toEqual(
      ['事業', '効果額', '取組活動', '設定', '部署', '_shinchoku_round_log'].sort(),
    );
    for (const p of sheetProtections) expect(p.editors?.users).toEqual([OFFICE]);
    expect(standIn.typeAs(KIKAKU, '_shinchoku_round_log', 'E2', 'quota')).toEqual({ ok: false, message: PROTECTED_MESSAGE });
    expect(outcome.message).toContain('2 部署');
  });

  test('a department edits its own rows; another department’s rows, the header and the other sheets refuse it; the office edits all', () => {
    const standIn = plan();
    open(standIn);
    expect(standIn.typeAs(KIKAKU, '取組活動', 'D2', '済')).toEqual({ ok: true });
    expect(standIn.typeAs(ZAISEI, '取組活動', 'D2', '遅れ')).toEqual({ ok: false, message: PROTECTED_MESSAGE });
    expect(standIn.typeAs(ZAISEI, '取組活動', 'D3', '概ね順調')).toEqual({ ok: true });
    expect(standIn.typeAs(ZAISEI, '取組活動', 'D4', '概ね順調')).toEqual({ ok: true });
    expect(standIn.typeAs(KIKAKU, '取組活動', 'D4', '済')).toEqual({ ok: true });
    expect(standIn.typeAs(KIKAKU, '取組活動', 'D5', '遅れ')).toEqual({ ok: false, message: PROTECTED_MESSAGE });
    expect(standIn.typeAs(KIKAKU, '取組活動', 'A1', 'x')).toEqual({ ok: false, message: PROTECTED_MESSAGE });
    expect(standIn.typeAs(KIKAKU, '事業', 'D2', '財政課')).toEqual({ ok: false, message: PROTECTED_MESSAGE });
    expect(standIn.typeAs(ZAISEI, '効果額', 'C2', 100)).toEqual({ ok: false, message: PROTECTED_MESSAGE });
    expect(standIn.typeAs(KIKAKU, '効果額', 'C2', 100)).toEqual({ ok: true });
    expect(standIn.typeAs(OFFICE, '事業', 'D2', '企画課')).toEqual({ ok: true });
    expect(standIn.typeAs(KIKAKU, 'メモ', 'A1', 'mine')).toEqual({ ok: true });
    expect(activities(standIn)?.cellUncounted('D2').value).toBe('済');
  });

  test('each department’s filter view shows exactly its rows; its request mail lists its cells and links the view, once', () => {
    const standIn = plan();
    open(standIn);
    const views = standIn.spreadsheet.filterViews.filter((v) => v.range.sheetId === activities(standIn)?.id);
    expect(views.map((v) => [v.title, standIn.filterViewRows(v.filterViewId)])).toEqual([
      ['照会 令和8年度 企画課', [2, 4]],
      ['照会 令和8年度 財政課', [3, 4]],
    ]);
    expect(standIn.mail.sent.map((m) => m.to)).toEqual([KIKAKU, ZAISEI]);
    const kikaku = standIn.mail.sent[0];
    expect(kikaku.subject).toContain('企画課');
    expect(kikaku.body).toContain(`#gid=${activities(standIn)?.id}&fvid=${views[0].filterViewId}`);
    expect(kikaku.body).toContain('入力をお願いするセルは 5 件です。');
    expect(kikaku.body).toContain('・取組活動 D2（A-1 活動a）: 進捗状況');
    expect(kikaku.body).not.toContain('D3');
    expect(logOf(standIn)).toEqual(['request:企画課 sent', 'request:財政課 sent']);
    // Opening again is refused while the round is open, and nobody is asked twice.
    const again = open(standIn);
    expect(again.ok).toBe(false);
    expect(again.message).toContain('すでに開始');
    expect(standIn.mail.sent).toHaveLength(2);
  });
});

describe('reminders from the time-driven trigger', () => {
  test('N days before the deadline and on it, only to departments with cells missing, each once; no active spreadsheet', () => {
    const standIn = plan();
    open(standIn);
    const trigger = standIn.scriptApp.triggers.find((t) => t.handler === 'roundTrigger');
    expect(trigger).toMatchObject({ eventType: 'CLOCK', everyDays: 1, hour: 8 });
    for (const cell of ['D3', 'E3', 'D4', 'E4']) standIn.typeAs(ZAISEI, '取組活動', cell, cell.startsWith('D') ? '概ね順調' : '実施した');
    standIn.mail.sent = [];
    standIn.withoutDocumentContext();
    const fire = (date: Date) => {
      standIn.rt.now = () => date;
      standIn.run('roundTrigger', [{ triggerUid: trigger?.id }]);
    };
    fire(jst(2027, 4, 22, 8));
    expect(standIn.mail.sent).toHaveLength(0);
    fire(jst(2027, 4, 23, 8));
    expect(standIn.mail.sent.map((m) => [m.to, m.subject.slice(0, 4)])).toEqual([[KIKAKU, '【督促】']]);
    expect(standIn.mail.sent[0].subject).toContain('未入力 3 件');
    fire(jst(2027, 4, 24, 8));
    expect(standIn.mail.sent).toHaveLength(1);
    fire(jst(2027, 4, 30, 8));
    expect(standIn.mail.sent.map((m) => m.subject.split('】')[0])).toEqual(['【督促', '【本日締切']);
    // The day after: once, the deadline said to be past (never 本日締切 again).
    fire(jst(2027, 5, 1, 8));
    expect(standIn.mail.sent.map((m) => m.subject.split('】')[0])).toEqual(['【督促', '【本日締切', '【期限超過']);
    fire(jst(2027, 5, 2, 8));
    expect(standIn.mail.sent).toHaveLength(3);
    expect(logOf(standIn)).toEqual(['request:企画課 sent', 'request:財政課 sent', 'remind:企画課 sent', 'due:企画課 sent', 'late:企画課 sent']);
  });
});

describe('closing the round', () => {
  test('removes only the round’s protections and filter views, writes 照会結果, freezes a baseline, stops the trigger', () => {
    const standIn = plan();
    // The office's own protection of a row, made before the round: never the round's to remove.
    const own = standIn.rt.runExecution(() => standIn.spreadsheet.sheetUncounted('メモ')?.protect());
    standIn.run('sidebarRegenerate');
    open(standIn);
    const ownView = { filterViewId: 5, title: 'mine', range: { sheetId: activities(standIn)?.id ?? 0 }, specs: [], sortSpecs: [] };
    standIn.spreadsheet.filterViews.push(ownView);
    standIn.typeAs(KIKAKU, '取組活動', 'D2', '済');
    standIn.scriptApp.user = ZAISEI;
    const refused = standIn.run<{ ok: boolean; message: string }>('roundClose');
    expect(refused.ok).toBe(false);
    expect(refused.message).toContain(OFFICE);
    standIn.scriptApp.user = OFFICE;
    standIn.rt.now = () => jst(2027, 5, 7);
    const closed = standIn.run<{ ok: boolean; message: string }>('roundClose');
    expect(closed.ok).toBe(true);
    const baseline = standIn.spreadsheet.sheets.find((s) => s.name === '_shinchoku_baseline_2027-05-07');
    // What is left: the office's own protection, and the baseline's (frozen after the round's were removed).
    expect(standIn.spreadsheet.protectedRanges).toEqual([own, baseline?.protection]);
    expect(standIn.spreadsheet.filterViews).toEqual([ownView]);
    expect(standIn.typeAs(ZAISEI, '取組活動', 'D2', '遅れ')).toEqual({ ok: true });
    expect(standIn.spreadsheet.sheets.some((s) => s.name === '_shinchoku_baseline_2027-05-07')).toBe(true);
    const result = standIn.spreadsheet.sheetUncounted('照会結果（令和8年度）')?.snapshot() ?? [];
    expect(result.slice(1).map((r) => r.slice(0, 4))).toEqual([
      ['部署', '照会', '入力済', 'エラー'],
      ['企画課', 5, 1, 0],
      ['財政課', 4, 0, 0],
    ]);
    expect(standIn.scriptApp.triggers.filter((t) => t.handler === 'roundTrigger')).toHaveLength(0);
    // Closed: a new round may open; closing it again rewrites this year's sheet, and another year's is kept.
    // (On 2027-05-07 a deadline of 2027-04-30 is past: the new rounds are due at the end of May.)
    expect(standIn.run<{ ok: boolean }>('roundOpen', ['2026', '2027-05-31']).ok).toBe(true);
    expect(standIn.run<{ ok: boolean }>('roundClose').ok).toBe(true);
    expect(standIn.spreadsheet.sheets.filter((s) => s.name.startsWith('照会結果')).map((s) => s.name)).toEqual(['照会結果（令和8年度）']);
    expect(standIn.run<{ ok: boolean }>('roundOpen', ['2025', '2027-05-31']).ok).toBe(true);
    expect(standIn.run<{ ok: boolean }>('roundClose').ok).toBe(true);
    expect(standIn.spreadsheet.sheets.filter((s) => s.name.startsWith('照会結果')).map((s) => s.name)).toEqual([
      '照会結果（令和8年度）',
      '照会結果（令和7年度）',
    ]);
  });
});

test('the menu offers 照会を開始 / 照会の状況 / 照会を締め切る', () => {
  const standIn = plan();
  standIn.run('onOpen', [{ authMode: 'NONE' }], 'NONE');
  const items = standIn.ui.menus[0].items.flatMap((i) => (i === 'separator' ? [] : [i.caption]));
  expect(items.slice(-3)).toEqual(['照会を開始', '照会の状況', '照会を締め切る']);
  standIn.ui.promptAnswers = [
    ['令和8年度', 'OK'],
    ['2027-04-30', 'OK'],
  ];
  standIn.run('menuRoundOpen');
  expect(standIn.mail.sent).toHaveLength(2);
  standIn.run('menuRoundStatus');
  expect(standIn.ui.alerts.at(-1)).toContain('企画課: 0 / 5');
  // The dialog says when it read the figures (it reads them as it opens).
  expect(standIn.ui.alerts.at(-1)).toContain('2027-04-01 09:00 JST 時点');
});

describe('what Sheets allows and what the round says about it', () => {
  test('the office already sends the digest here: ONE daily trigger at the digest’s hour serves both, reminders and the digest each once; closing gives the digest its monthly trigger back', () => {
    const standIn = plan();
    standIn.spreadsheet.sheetUncounted('設定')?.load([
      ['項目', '値'],
      ['計画名', '桜川町行財政改革プラン'],
      ['計画開始年度', 2024],
      ['計画終了年度', 2030],
    ]);
    const saved = standIn.run<{ ok: boolean }>('digestSave', [{ enabled: true, day: 1, hour: 7, recipients: OFFICE }]);
    expect(saved.ok).toBe(true);
    const outcome = open(standIn);
    expect(outcome.ok).toBe(true);
    expect(outcome.notes.join('\n')).not.toContain('督促メールの自動送信を設定できませんでした');
    // The add-on's one time-driven trigger per user per document: the digest's monthly one gave way. (The round's
    // edit trigger, for its shared row C-3, is another type: roundTrace.ts.)
    expect(clock(standIn)).toHaveLength(1);
    const trigger = clock(standIn)[0];
    expect(trigger).toMatchObject({ handler: 'roundTrigger', eventType: 'CLOCK', everyDays: 1, hour: 7 });
    // Saving the digest again (the same hour) keeps that one trigger; no second is attempted.
    expect(standIn.run<{ ok: boolean }>('digestSave', [{ enabled: true, day: 1, hour: 7, recipients: OFFICE }]).ok).toBe(true);
    expect(clock(standIn).map((t) => t.id)).toEqual([trigger.id]);
    standIn.mail.sent = [];
    standIn.withoutDocumentContext();
    const subjects: string[][] = [];
    for (const [m, d] of [
      [4, 22],
      [4, 23],
      [4, 24],
      [4, 30],
      [5, 1],
      [5, 2],
      [6, 1],
    ]) {
      standIn.rt.now = () => jst(2027, m, d, 7);
      const before = standIn.mail.sent.length;
      standIn.run('roundTrigger', [{ triggerUid: trigger.id }]);
      subjects.push(standIn.mail.sent.slice(before).map((mail) => mail.subject.slice(0, 6)));
    }
    // The day after the deadline, each department still missing cells is told once that it is past.
    expect(subjects).toEqual([
      [],
      ['【督促】桜川', '【督促】桜川'],
      [],
      ['【本日締切】', '【本日締切】'],
      ['【期限超過】', '【期限超過】', '[進捗] 桜'],
      [],
      ['[進捗] 桜'],
    ]);
    expect(logOf(standIn).filter((line) => !line.startsWith('request'))).toEqual([
      'remind:企画課 sent',
      'remind:財政課 sent',
      'due:企画課 sent',
      'due:財政課 sent',
      'late:企画課 sent',
      'late:財政課 sent',
    ]);
    standIn.withDocumentContext();
    expect(standIn.run<{ ok: boolean }>('roundClose').ok).toBe(true);
    expect(standIn.scriptApp.triggers).toHaveLength(1);
    expect(standIn.scriptApp.triggers[0]).toMatchObject({ handler: 'digestTrigger', monthDay: 1, hour: 7 });
    // The digest's own trigger sends on its day again.
    const monthly = standIn.scriptApp.triggers[0];
    standIn.withoutDocumentContext();
    standIn.rt.now = () => jst(2027, 7, 1, 7);
    const before = standIn.mail.sent.length;
    standIn.run('digestTrigger', [{ triggerUid: monthly.id }]);
    expect(standIn.mail.sent.slice(before).map((mail) => mail.to)).toEqual([OFFICE]);
  });

  test('the round opened first, the digest turned on after: it takes the round’s daily trigger (at its own hour), never a second one', () => {
    const standIn = plan();
    open(standIn);
    const first = clock(standIn).map((t) => ({ ...t }));
    expect(first).toMatchObject([{ handler: 'roundTrigger', hour: 8 }]);
    const saved = standIn.run<{ ok: boolean; message: string }>('digestSave', [{ enabled: true, day: 2, hour: 6, recipients: OFFICE }]);
    expect(saved).toMatchObject({ ok: true });
    expect(clock(standIn)).toHaveLength(1);
    const shared = clock(standIn)[0];
    expect(shared).toMatchObject({ handler: 'roundTrigger', everyDays: 1, hour: 6 });
    expect(shared.id).not.toBe(first[0].id);
    standIn.mail.sent = [];
    standIn.withoutDocumentContext();
    standIn.rt.now = () => jst(2027, 4, 23, 6);
    standIn.run('roundTrigger', [{ triggerUid: shared.id }]);
    expect(standIn.mail.sent.map((m) => m.subject.slice(0, 4))).toEqual(['【督促】', '【督促】']);
    // The trigger the round no longer names stops itself if it ever fires; the digest turned off leaves the round's.
    standIn.withDocumentContext();
    expect(standIn.run<{ ok: boolean }>('digestSave', [{ enabled: false, day: 2, hour: 6, recipients: OFFICE }]).ok).toBe(true);
    expect(clock(standIn).map((t) => t.id)).toEqual([shared.id]);
    standIn.run('roundClose');
    expect(standIn.scriptApp.triggers).toEqual([]);
  });

  test('a sheet the user protected already keeps its protection, is named in the notes, and survives the closing', () => {
    const standIn = plan();
    const sheetId = standIn.spreadsheet.sheetUncounted('事業')?.id ?? -1;
    const api = standIn.globals().Sheets as { Spreadsheets: { batchUpdate(resource: unknown, id: string): unknown } };
    const request = { addProtectedRange: { protectedRange: { range: { sheetId }, editors: { users: [OFFICE] } } } };
    standIn.rt.runExecution(() => api.Spreadsheets.batchUpdate({ requests: [request] }, standIn.spreadsheet.id));
    const mine = standIn.spreadsheet.protectedRanges[0];
    const outcome = open(standIn);
    expect(outcome.ok).toBe(true);
    expect(outcome.notes).toContain('「事業」にはすでにシートの保護があるため、照会ではシート全体を保護していません');
    standIn.run('roundClose');
    expect(standIn.spreadsheet.protectedRanges.filter((p) => p.range.sheetId === sheetId)).toEqual([mine]);
  });

  test('a request the day’s mail quota held back at opening is logged “quota” and sent by the next daily run, once', () => {
    const standIn = plan();
    standIn.mail.quota = 1;
    expect(open(standIn).notes).toContain('財政課 へのメールは1日の送信上限のため未送信です（毎日の自動実行で送ります）');
    expect(standIn.mail.sent.map((m) => m.to)).toEqual([KIKAKU]);
    expect(logOf(standIn)).toEqual(['request:企画課 sent', 'request:財政課 quota']);
    standIn.mail.quota = 100;
    const trigger = standIn.scriptApp.triggers.find((t) => t.handler === 'roundTrigger');
    standIn.withoutDocumentContext();
    standIn.rt.now = () => jst(2027, 4, 2, 8);
    standIn.run('roundTrigger', [{ triggerUid: trigger?.id }]);
    standIn.run('roundTrigger', [{ triggerUid: trigger?.id }]);
    expect(standIn.mail.sent.map((m) => m.to)).toEqual([KIKAKU, ZAISEI]);
  });

  test('a department without an address in 部署: its rows are the office’s alone, and the opening says no mail was sent', () => {
    const standIn = plan();
    const departments = standIn.spreadsheet.sheetUncounted('部署');
    departments?.load([
      ['課名', 'メール'],
      ['企画課', KIKAKU],
    ]);
    const outcome = open(standIn);
    expect(outcome.notes.join('\n')).toContain('財政課');
    expect(standIn.typeAs(ZAISEI, '取組活動', 'D3', '済')).toEqual({ ok: false, message: PROTECTED_MESSAGE });
    expect(standIn.typeAs(OFFICE, '取組活動', 'D3', '済')).toEqual({ ok: true });
    expect(standIn.mail.sent.map((m) => m.to)).toEqual([KIKAKU]);
  });
});

test('設定’s 照会の督促日数 moves the first reminder (3 days before the deadline instead of 7); the menu speaks English to an English user', () => {
  const standIn = plan();
  const settings = standIn.spreadsheet.sheetUncounted('設定');
  settings?.load([
    ['項目', '値'],
    ['計画名', '桜川町行財政改革プラン'],
    ['照会の督促日数', 3],
  ]);
  open(standIn);
  const trigger = standIn.scriptApp.triggers.find((t) => t.handler === 'roundTrigger');
  standIn.mail.sent = [];
  standIn.withoutDocumentContext();
  for (const day of [23, 26, 27]) {
    standIn.rt.now = () => jst(2027, 4, day, 8);
    standIn.run('roundTrigger', [{ triggerUid: trigger?.id }]);
    expect(standIn.mail.sent).toHaveLength(day < 27 ? 0 : 2);
  }
  const english = standInWith({ sheets: [] }, 'en');
  english.run('onOpen', [{ authMode: 'NONE' }], 'NONE');
  expect(english.ui.menus[0].items.slice(-3)).toEqual([
    { caption: 'Open the round', functionName: 'menuRoundOpen' },
    { caption: 'Round status', functionName: 'menuRoundStatus' },
    { caption: 'Close the round', functionName: 'menuRoundClose' },
  ]);
});

test('a department of 120 addresses: batches of at most 50, each sent once and logged; a short quota holds only the rest, says so, and the next run sends only those', () => {
  const standIn = plan();
  const many = Array.from({ length: 120 }, (_, i) => `k${i}@town.example.jp`);
  standIn.spreadsheet.sheetUncounted('部署')?.load([
    ['課名', 'メール'],
    ['企画課', many.join('\n')],
    ['財政課', ZAISEI],
  ]);
  standIn.mail.quota = 71;
  const outcome = open(standIn);
  // 企画課's first batch (50) and 財政課 (1) fit in 71; 企画課's next 50 do not; its last 20 do.
  expect(outcome.notes).toContain(
    'このアカウントが今日送れるメールは残り 0 宛先で、あと 50 宛先に送れませんでした（1宛先が1通と数えられます）。送れなかった宛先だけを、明日以降の毎日の自動実行で送ります',
  );
  const reached = () => standIn.mail.sent.flatMap((m) => m.to.split(','));
  expect(standIn.mail.sent.every((m) => m.to.split(',').length <= 50)).toBe(true);
  expect(new Set(reached()).size).toBe(reached().length);
  expect(reached()).toHaveLength(71);
  const trigger = standIn.scriptApp.triggers.find((t) => t.handler === 'roundTrigger');
  standIn.withoutDocumentContext();
  standIn.mail.quota = 100;
  for (const day of [2, 3]) {
    standIn.rt.now = () => jst(2027, 4, day, 8);
    standIn.run('roundTrigger', [{ triggerUid: trigger?.id }]);
  }
  // Every address mailed the request exactly once, over two days.
  expect(reached().sort()).toEqual([...many, ZAISEI].sort());
  expect(logOf(standIn)).toEqual(['request:企画課 quota', 'request:財政課 sent', 'request:企画課 sent']);
});

test('設定’s 照会の督促日数 is a known key: no “unknown” warning; a value out of 0-60 is an error naming what is allowed', () => {
  const standIn = plan();
  const settings = standIn.spreadsheet.sheetUncounted('設定');
  settings?.load([
    ['項目', '値'],
    ['計画名', '桜川町行財政改革プラン'],
    ['照会の督促日数', 5],
  ]);
  standIn.run('menuRegenerate');
  const problems = () => (standIn.spreadsheet.sheets.find((s) => s.name === '入力チェック結果')?.snapshot() ?? []).map((r) => r.join(' ')).join('\n');
  expect(problems()).not.toContain('照会の督促日数');
  settings?.load([
    ['項目', '値'],
    ['計画名', '桜川町行財政改革プラン'],
    ['照会の督促日数', 90],
  ]);
  standIn.run('menuRegenerate');
  expect(problems()).toContain('0～60の整数');
});

test('the 照会 tab says when it read the figures, and an edit seen a day after the reading before is shown as between the two', () => {
  const standIn = plan();
  open(standIn);
  type View = { measured: string; departments: { department: string; filled: number; lastEdit: string | null; lastEditAfter: string | null }[] };
  standIn.rt.now = () => jst(2027, 4, 2, 10);
  expect(standIn.run<View>('roundState').measured).toContain('2027-04-02 10:00 JST 時点の状況です');
  standIn.rt.now = () => jst(2027, 4, 2, 15);
  standIn.typeAs(ZAISEI, '取組活動', 'D3', '概ね順調');
  standIn.rt.now = () => jst(2027, 4, 3, 9);
  const view = standIn.run<View>('roundState');
  expect(view.measured).toContain('2027-04-03 09:00 JST');
  const zaisei = view.departments.find((d) => d.department === '財政課');
  expect(zaisei).toMatchObject({ filled: 1, lastEdit: jst(2027, 4, 3, 9).toISOString(), lastEditAfter: jst(2027, 4, 2, 10).toISOString() });
  expect(view.departments.find((d) => d.department === '企画課')).toMatchObject({ lastEdit: null, lastEditAfter: null });
});
