/**
 * The annual round in Sheets (照会): the add-on's menus, its messages, the request and reminder mails
 * sent from Sheets (with filter-view links, no attachment), the 照会結果 sheet and the sidebar's 照会
 * tab. Part of the one catalogue; the round's shared words (the request's lines, the status) are
 * in words/round.ts.
 */
import type { Lang } from '../base/lang';

export const ROUND_UI_LABELS = {
  menuRoundOpen: { ja: '照会を開始', en: 'Open the round' },
  menuRoundStatus: { ja: '照会の状況', en: 'Round status' },
  menuRoundClose: { ja: '照会を締め切る', en: 'Close the round' },
  roundAskYear: { ja: '照会する年度（例: 2024 または 令和6年度）', en: 'Fiscal year to ask for (e.g. 2024)' },
  roundAskDue: { ja: '回答期限（YYYY-MM-DD）', en: 'Deadline (YYYY-MM-DD)' },
  roundYearInvalid: {
    ja: '「{text}」は年度として読めません。2024 や 令和6年度 のように入力してください',
    en: '"{text}" is not a fiscal year; enter e.g. 2024',
  },
  roundRemindDaysInvalid: {
    ja: '{cell}: {message} 督促メールは締切の {n} 日前（既定）から送ります',
    en: '{cell}: {message} Reminders start {n} days before the deadline (the default)',
  },
  roundPreviewUsage: {
    ja: '--round には 年度:回答期限 を指定してください（例: npm run preview -- --round 2023:2024-04-30）',
    en: '--round needs FISCAL-YEAR:DEADLINE, e.g. npm run preview -- --round 2023:2024-04-30',
  },
  roundPreviewAsOf: {
    ja: '回答期限が過ぎているため、{day} 09:00 JST の時点としてプレビューします',
    en: 'the deadline has passed, so the preview runs as of {day} 09:00 JST',
  },
  // The command line's yearOutsidePlan, worded for 照会を開始's prompt (no --year flag there).
  roundYearOutsidePlan: {
    ja: '{fy} はこの計画の期間（{start}～{end}）の外です。計画期間内の年度を入力してください',
    en: '{fy} is outside the plan ({start} to {end}); enter a fiscal year of the plan',
  },
  roundDuePast: {
    ja: '回答期限 {due} はすでに過ぎています（今日は {today}）。今日以降の日付を入力してください',
    en: 'The deadline {due} has already passed (today is {today}); enter today or a later date',
  },
  roundDueInvalid: { ja: '「{text}」は日付として読めません。2025-04-30 のように入力してください', en: '"{text}" is not a date; enter e.g. 2025-04-30' },
  roundAlreadyOpen: {
    ja: '{fy}の照会がすでに開始されています（{owner}、期限 {due}）。先に「照会を締め切る」を実行してください',
    en: 'The round for {fy} is already open ({owner}, due {due}); close it first',
  },
  roundNoneOpen: { ja: '開始されている照会はありません', en: 'No round is open' },
  roundNoDepartments: {
    ja: '{fy}に照会する部署がありません（事業シートの取組推進課と、その年度の行を確認してください）',
    en: 'No department to ask for {fy} (check 取組推進課 in 事業 and the rows of that year)',
  },
  roundNoAccount: {
    ja: 'このアカウントのメールアドレスを取得できないため、照会を開始できません',
    en: 'The round cannot be opened: this account’s address is not available',
  },
  roundBusy: { ja: '別の処理が実行中です。しばらくしてからもう一度お試しください', en: 'Something else is running; try again in a moment' },
  roundOpened: {
    ja: '{fy}の照会を開始しました（{n} 部署、保護 {p} 件、フィルタ表示 {f} 件、依頼メール {m} 通）',
    en: 'The round for {fy} is open ({n} departments, {p} protections, {f} filter views, {m} request mails)',
  },
  roundRemindersOff: {
    ja: '督促メールの自動送信を設定できませんでした（このアカウントは、このブックで時刻指定の実行をすでに1つ使っています。月次ダイジェストの送信者を別の編集者にすると設定できます）',
    en: 'Reminders could not be scheduled (this account already has its one timed run in this workbook: the monthly digest; let another editor send the digest)',
  },
  roundClosed: {
    ja: '{fy}の照会を締め切りました（保護 {p} 件・フィルタ表示 {f} 件を解除、基準日 {date} を固定、「{sheet}」シートを作成）',
    en: 'The round for {fy} is closed ({p} protections and {f} filter views removed, baseline {date} frozen, sheet “{sheet}” written)',
  },
  roundCloseNotOwner: {
    ja: '照会を締め切れるのは、開始した {owner} です（保護を外せるのはその保護の編集者だけのため）',
    en: 'Only {owner}, who opened the round, can close it (only an editor of a protection can remove it)',
  },
  roundBaselineKept: { ja: '（基準日 {date} はすでに固定済みです）', en: '(baseline {date} was already frozen)' },
  roundProtectionNote: { ja: '照会 {fy}（Shinchoku）: {who}', en: 'Round {fy} (Shinchoku): {who}' },
  roundOfficeOnly: { ja: '企画担当のみ', en: 'planning office only' },
  roundFilterTitle: { ja: '照会 {fy} {department}', en: 'Round {fy} {department}' },
  roundSheetProtectedAlready: {
    ja: '「{sheet}」にはすでにシートの保護があるため、照会ではシート全体を保護していません',
    en: '“{sheet}” already had a sheet protection, so the round did not protect the whole sheet',
  },
  // Mails sent from Sheets.
  roundMailIntro: {
    ja: '{department} ご担当者様\n\n{plan}の{fy}の進捗状況について照会します。下記のセルを、共有のブックで{due}までに入力してください。ご担当の行だけを表示するリンクを添えています（ご担当の行のみ編集できます）。',
    en: 'To {department},\n\nThis is the request for {plan}: progress in {fy}. Please fill in the cells below in the shared workbook by {due}. The links show only your rows (only your rows can be edited).',
  },
  roundMailLink: { ja: '{sheet}（ご担当の行）: {url}', en: '{sheet} (your rows): {url}' },
  roundReminderSubject: {
    ja: '【督促】{plan} {fy}の照会（{department}・{due}締切・未入力 {n} 件）',
    en: '[Reminder] {plan}: request for {fy} ({department}, due {due}, {n} cells missing)',
  },
  roundReminderDueSubject: {
    ja: '【本日締切】{plan} {fy}の照会（{department}・未入力 {n} 件）',
    en: '[Due today] {plan}: request for {fy} ({department}, {n} cells missing)',
  },
  roundReminderLateSubject: {
    ja: '【期限超過】{plan} {fy}の照会（{department}・{due}締切・未入力 {n} 件）',
    en: '[Overdue] {plan}: request for {fy} ({department}, was due {due}, {n} cells missing)',
  },
  roundReminderLateIntro: {
    ja: '{department} ご担当者様\n\n{plan}の{fy}の照会は、回答期限 {due} を過ぎています。まだ入力されていないセルが {n} 件あります。至急入力をお願いします。',
    en: 'To {department},\n\nThe request for {plan} ({fy}) was due {due}, and {n} cells are still missing. Please fill them in as soon as possible.',
  },
  roundReminderIntro: {
    ja: '{department} ご担当者様\n\n{plan}の{fy}の照会について、まだ入力されていないセルが {n} 件あります。{due}までに入力をお願いします。',
    en: 'To {department},\n\n{n} cells of the request for {plan} ({fy}) are still missing. Please fill them in by {due}.',
  },
  roundMailsHeld: {
    ja: '{departments} へのメールは1日の送信上限のため未送信です（毎日の自動実行で送ります）',
    en: 'Mail to {departments} was not sent: the daily mail quota is used up (the daily run sends it)',
  },
  roundQuotaShort: {
    ja: 'このアカウントが今日送れるメールは残り {left} 宛先で、あと {need} 宛先に送れませんでした（1宛先が1通と数えられます）。送れなかった宛先だけを、明日以降の毎日の自動実行で送ります',
    en: 'This account can mail {left} more recipients today; {need} recipients were not reached (each recipient counts as one). Only those are mailed by the daily run from tomorrow',
  },
  roundMailFooter: { ja: 'このメールは Shinchoku（進捗）が自動で送信しました。', en: 'Sent automatically by Shinchoku.' },
  // The 照会結果 sheet.
  roundResultSheet: { ja: '照会結果（{fy}）', en: 'Round results ({fy})' },
  roundResultHeader: { ja: '部署|照会|入力済|エラー|完了日時|状況', en: 'Department|Requested|Filled|Errors|Completed at|State' },
  roundResultTitle: { ja: '{fy}の照会結果（期限 {due}、締切 {closed}）', en: 'Round results for {fy} (due {due}, closed {closed})' },
  // The sidebar's 照会 tab and the status dialog.
  roundTab: { ja: '照会', en: 'Round' },
  roundTabMain: { ja: 'メイン', en: 'Main' },
  roundRefresh: { ja: '最新の状況', en: 'Refresh' },
  roundStateLine: { ja: '{fy}の照会（期限 {due}、開始 {owner}）', en: 'Round for {fy} (due {due}, opened by {owner})' },
  roundProgress: {
    ja: '全体: {filled} / {requested} セル入力済（{pct}）、完了 {complete} / {departments} 部署、エラー {errors} 件',
    en: 'All: {filled} of {requested} cells filled ({pct}), {complete} of {departments} departments complete, {errors} errors',
  },
  roundNotStartedHeading: { ja: '未着手の部署', en: 'Departments not started' },
  roundRowsGoneHeading: {
    ja: '照会の後に事業コード・年度・内容が変わった行（その部署は完了になりません。事務局で確認してください）',
    en: 'Rows whose code, year or text changed after the round opened (their department is not complete; the office should check them)',
  },
  roundRowGoneLine: { ja: '{department}: {sheet} {code} {what}', en: '{department}: {sheet} {code} {what}' },
  roundStateRowsGone: { ja: '未完了（照会後に変わった行 {n}）', en: 'incomplete ({n} rows changed after the round opened)' },
  roundColumns: { ja: '部署|照会|入力済|エラー|最終入力', en: 'Department|Requested|Filled|Errors|Last edit' },
  roundNever: { ja: '—', en: '—' },
  roundAsOf: { ja: '{at} 時点', en: 'As of {at}' },
  roundMeasuredAt: {
    ja: '{at} 時点の状況です（このタブを開いている間は1分ごとに読み直します）。最終入力は、入力の変化を前回の確認と今回の確認の間に見つけた時刻です',
    en: 'As of {at} (read again every minute while this tab is open). Last edit is when a change was found, between the check before and the check that saw it',
  },
  roundNoRound: {
    ja: '開始されている照会はありません。メニューの「照会を開始」で始めます',
    en: 'No round is open; start one with “Open the round” in the menu',
  },
  // The trace of the round's shared rows (src/gas/roundTrace.ts, r27g F8).
  roundAnswerChangedHeading: {
    ja: '回答のあとで書き換えられたセル（2つ以上の部署が編集できる行。前の値も残しています。事務局で確認してください）',
    en: 'Cells written over after an answer (rows more than one department can edit; the earlier value is kept here; the office should check them)',
  },
  roundAnswerChangedLine: {
    ja: '{sheet} {cell}（{code} {what}・{column}）: 「{from}」{fromWho}→「{to}」（{when}、{who}）',
    en: '{sheet} {cell} ({code} {what}, {column}): "{from}"{fromWho} → "{to}" ({when}, {who})',
  },
  roundChangedAt: { ja: '{at} JST', en: '{at} JST' },
  roundChangedBetween: { ja: '{after}～{at} JST の間', en: 'between {after} and {at} JST' },
  roundChangedBy: { ja: '変更した人 {by}', en: 'by {by}' },
  roundChangedByOneOf: {
    ja: '変更できたのは {departments}・事務局。だれが変更したかはセルを右クリックし「編集履歴を表示」で確かめてください',
    en: 'one of {departments} or the office could change it; right-click the cell and choose Show edit history to see who did',
  },
  roundAnsweredBy: { ja: '（{by} が入力）', en: ' (entered by {by})' },
  roundAnsweredAtOpening: { ja: '（照会の開始時の値）', en: ' (the value when the round opened)' },
  roundEditTraceOff: {
    ja: '編集のたびに記録する設定ができなかったため、共有の行で回答が書き換えられたことは、状況を読むたび（毎日の自動実行・照会タブ・照会の状況）にだけ記録します',
    en: 'Edits could not be recorded as they happen: an answer written over in a shared row is recorded only when the status is read (the daily run, the Round tab, Round status)',
  },
} satisfies Record<string, { ja: string; en: string }>;

export type RoundUiKey = keyof typeof ROUND_UI_LABELS;

export function roundUiLabel(key: RoundUiKey, lang: Lang, params: Record<string, string | number> = {}): string {
  return ROUND_UI_LABELS[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}
