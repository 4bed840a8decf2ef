/**
 * r27 #6 in Sheets: a round does not open with a deadline already past (Japan's calendar), and a reminder after
 * the deadline says it is past — never 【本日締切】 ("deadline today") days later.
 */
import { jst, oneProjectPlan } from '../support/roundSheets';

const plan = oneProjectPlan;

test('a deadline before today (JST) is refused at opening, and nothing is protected or sent; today itself is accepted', () => {
  const standIn = plan();
  // 2027-04-01 00:30 JST is still 2027-03-31 in UTC: the day is Japan's.
  standIn.rt.now = () => jst(2027, 4, 1, 0.5);
  const refused = standIn.run<{ ok: boolean; message: string }>('roundOpen', ['2026', '2027-03-31']);
  expect(refused).toEqual({ ok: false, message: '回答期限 2027-03-31 はすでに過ぎています（今日は 2027-04-01）。今日以降の日付を入力してください', notes: [] });
  expect(standIn.run<{ ok: boolean }>('roundOpen', ['2026', '2020-01-01']).ok).toBe(false);
  expect(standIn.spreadsheet.protectedRanges).toEqual([]);
  expect(standIn.mail.sent).toEqual([]);
  expect(standIn.run<{ ok: boolean }>('roundOpen', ['2026', '2027-04-01']).ok).toBe(true);
});

test('no run on the deadline itself: the run 15 days later says the deadline is past, once, not 本日締切', () => {
  const standIn = plan();
  standIn.rt.now = () => jst(2027, 4, 1);
  expect(standIn.run<{ ok: boolean }>('roundOpen', ['2026', '2027-04-05']).ok).toBe(true);
  const trigger = standIn.scriptApp.triggers.find((t) => t.handler === 'roundTrigger');
  standIn.mail.sent = [];
  standIn.withoutDocumentContext();
  const fire = (date: Date) => {
    standIn.rt.now = () => date;
    standIn.run('roundTrigger', [{ triggerUid: trigger?.id }]);
  };
  fire(jst(2027, 4, 20, 8));
  expect(standIn.mail.sent.map((m) => m.subject)).toEqual(['【期限超過】 令和8年度の照会（企画課・2027-04-05締切・未入力 2 件）']);
  expect(standIn.mail.sent[0].body).toContain('回答期限 2027-04-05 を過ぎています');
  expect(standIn.mail.sent[0].body).not.toContain('までに入力をお願いします');
  fire(jst(2027, 4, 21, 8));
  expect(standIn.mail.sent).toHaveLength(1);
});

test('an unreadable 照会の督促日数 (r27 #16): the opening says so, with the setting’s problem, and reminders start at the default 7 days', () => {
  const standIn = plan();
  standIn.spreadsheet.addSheet('設定', [
    ['項目', '値'],
    ['照会の督促日数', 90],
  ]);
  standIn.rt.now = () => jst(2027, 4, 1);
  const opened = standIn.run<{ ok: boolean; notes: string[] }>('roundOpen', ['2026', '2027-04-30']);
  expect(opened.ok).toBe(true);
  const note = opened.notes.find((n) => n.startsWith('設定!B2: '));
  expect(note).toContain('0～60の整数');
  expect(note).toContain('督促メールは締切の 7 日前（既定）から送ります');
  const trigger = standIn.scriptApp.triggers.find((t) => t.handler === 'roundTrigger');
  standIn.mail.sent = [];
  standIn.withoutDocumentContext();
  for (const [day, sent] of [
    [22, 0],
    [23, 1],
  ]) {
    standIn.rt.now = () => jst(2027, 4, day, 8);
    standIn.run('roundTrigger', [{ triggerUid: trigger?.id }]);
    expect(standIn.mail.sent).toHaveLength(sent);
  }
});

test('a deadline before the year asked about ends opens the round with the command line’s note (dueBeforeYearEnd); one after the year ends, none', () => {
  const early = plan();
  early.rt.now = () => jst(2026, 10, 1);
  const opened = early.run<{ ok: boolean; notes: string[] }>('roundOpen', ['2026', '2027-02-15']);
  expect(opened.ok).toBe(true);
  expect(opened.notes).toContain(
    '注意: 回答期限 2027-02-15 は令和8年度が終わる前です（令和8年度は 2027-03-31 まで）。年度途中の照会でなければ、年度が終わった後の日付にしてください',
  );
  // The menu shows the notes in an alert (a toast is for an opening with nothing to say).
  const menu = plan();
  menu.rt.now = () => jst(2026, 10, 1);
  menu.ui.promptAnswers = [
    ['2026', 'OK'],
    ['2027-02-15', 'OK'],
  ];
  menu.run('menuRoundOpen');
  expect(menu.ui.alerts.at(-1)).toContain('注意: 回答期限 2027-02-15 は令和8年度が終わる前です');
  const late = plan();
  late.rt.now = () => jst(2027, 4, 1);
  expect(late.run<{ notes: string[] }>('roundOpen', ['2026', '2027-04-30']).notes.filter((n) => n.startsWith('注意: 回答期限'))).toEqual([]);
});

test('a deadline on the year’s last day opens the round with the command line’s own note for it (dueOnYearEnd, r27h 9), not "before the year ends"', () => {
  const onEnd = plan();
  onEnd.rt.now = () => jst(2027, 3, 1);
  const opened = onEnd.run<{ ok: boolean; notes: string[] }>('roundOpen', ['2026', '2027-03-31']);
  expect(opened.ok).toBe(true);
  expect(opened.notes).toContain(
    '注意: 回答期限 2027-03-31 は令和8年度の最終日です。年度の取組と成果がそろうのは年度が終わった後なので、年度途中の照会でなければ、2027-03-31 より後の日付にしてください',
  );
  expect(opened.notes.filter((n) => n.includes('が終わる前です'))).toEqual([]);
});
