/**
 * The round in Sheets after the second review of #27 (r27c F9), through the built dist/ bundle in the stand-in:
 * a department whose answers are all filled but cannot be used is reminded, with each cell and the reason.
 * The plan: 企画課 alone, one 令和8年度 activity (A-1 活動a, row 2), so 2 cells asked (D2 進捗状況, E2 取組内容・成果).
 */
import { jst, KIKAKU, oneProjectPlan } from '../support/roundSheets';

const plan = oneProjectPlan;

test('F9: every cell filled but 進捗状況 「E」 (not a label): the reminder still goes, naming the cell and why', () => {
  const standIn = plan();
  standIn.rt.now = () => jst(2027, 4, 1);
  expect(standIn.run<{ ok: boolean }>('roundOpen', ['2026', '2027-04-30']).ok).toBe(true);
  standIn.typeAs(KIKAKU, '取組活動', 'D2', 'E');
  standIn.typeAs(KIKAKU, '取組活動', 'E2', '実施した');
  const trigger = standIn.scriptApp.triggers.find((t) => t.handler === 'roundTrigger');
  standIn.mail.sent = [];
  standIn.withoutDocumentContext();
  standIn.rt.now = () => jst(2027, 4, 23, 8);
  standIn.run('roundTrigger', [{ triggerUid: trigger?.id }]);
  // 0 cells missing, 1 error (D2). Before: no mail at all, ever — reminders went to blank cells only.
  expect(standIn.mail.sent.map((m) => m.to)).toEqual([KIKAKU]);
  expect(standIn.mail.sent[0].subject).toContain('【督促】');
  expect(standIn.mail.sent[0].body).toContain('入力された値が使えないセルが 1 件あります');
  expect(standIn.mail.sent[0].body).toMatch(/・取組活動 D2（A-1）: 進捗状況「E」は使えません/);
});

test('F14: opening the round names a department whose address is not an editor of the file (a viewer here); an editor is not named', () => {
  const standIn = plan();
  standIn.spreadsheet.sharedWith = new Map([[KIKAKU, 'viewer']]);
  standIn.rt.now = () => jst(2027, 4, 1);
  const opened = standIn.run<{ ok: boolean; notes: string[] }>('roundOpen', ['2026', '2027-04-30']);
  expect(opened.ok).toBe(true);
  // Before: notes [] — the mail went, and every edit of 企画課 failed with "You do not have permission".
  expect(opened.notes).toContain(
    '企画課（kikaku@town.example.jp）はこのスプレッドシートの編集者ではないため、依頼メールは届いても回答を入力できません。共有から編集者に追加してください',
  );
  const shared = plan();
  shared.rt.now = () => jst(2027, 4, 1);
  expect(shared.run<{ notes: string[] }>('roundOpen', ['2026', '2027-04-30']).notes.join('\n')).not.toContain('編集者ではない');
});
