/**
 * The add-on's words: menus, the sidebar, the report dialog, the proof-reader's panel, baselines,
 * the template, and what a Google Sheets API failure tells the user. Part of the one catalogue
 * (words/labels.ts, messages.ts).
 */
/** Menus, sidebar, dialogs and the add-on's messages. */
export const UI_LABELS = {
  categoriesHeading: { ja: '区分の定義', en: 'What the labels mean' },
  progressKind: { ja: '進捗状況', en: 'Progress' },
  resultKind: { ja: '達成状況', en: 'Results' },
  menuValidate: { ja: '入力チェック', en: 'Check entries' },
  menuRegenerate: { ja: '集計シートを作成・更新', en: 'Build or update the summary sheets' },
  menuSidebar: { ja: 'サイドバーを開く', en: 'Open the sidebar' },
  menuTemplate: { ja: 'テンプレートを作成', en: 'Set up the template sheets' },
  sidebarTitle: { ja: '進捗 Shinchoku', en: 'Shinchoku' },
  validateButton: { ja: '入力チェック', en: 'Check entries' },
  regenerateButton: { ja: '集計シートを作成・更新', en: 'Build summary sheets' },
  busy: { ja: '処理中…', en: 'Working…' },
  lastBuilt: { ja: '集計の最終作成', en: 'Summary last built' },
  never: { ja: 'まだ作成していません', en: 'not built yet' },
  problemsHeading: { ja: '入力チェックの結果', en: 'Problems found' },
  clickToSelect: { ja: 'クリックするとセルを選択します', en: 'Click to select the cell' },
  serverError: { ja: '処理に失敗しました', en: 'Something went wrong' },
  validated: { ja: 'チェックしました: エラー {e} 件、警告 {w} 件', en: 'Checked: errors: {e}, warnings: {w}' },
  regenerated: { ja: '集計シート「{sheet}」を更新しました（{time}）', en: 'Summary sheet "{sheet}" updated ({time})' },
  regeneratedWithErrors: {
    ja: '集計シート「{sheet}」を更新しました。エラーが {e} 件残っています',
    en: 'Summary sheet "{sheet}" updated; errors remaining: {e}',
  },
  renamedBecauseUserSheet: {
    ja: 'シート「{wanted}」はご自身のシートのため上書きせず、「{sheet}」に作成しました',
    en: 'Sheet "{wanted}" is yours, so it was kept; the summary went to "{sheet}"',
  },
  sheetsApiMissing: {
    ja: 'Google Sheets API（拡張サービス）が使えません。アドオンの Cloud プロジェクトで Google Sheets API を有効にしてください（README「インストール」参照）',
    en: 'The Google Sheets API (advanced service) is not available: enable the Google Sheets API in the add-on’s Cloud project (see the README, Install)',
  },
  sheetsApiDisabled: {
    ja: 'Google Sheets API がアドオンの Cloud プロジェクトで有効になっていません。アドオンの管理者に Google Cloud コンソールで Google Sheets API を有効にするよう依頼し、数分待ってからもう一度実行してください',
    en: 'The Google Sheets API is not enabled in the add-on’s Cloud project: ask whoever manages the add-on to enable the Google Sheets API in the Google Cloud console, wait a few minutes and run it again',
  },
  sheetsApiPermission: {
    ja: 'このスプレッドシートを編集する権限のないアカウントで実行されました。編集権限のあるアカウントで開き直してください。複数の Google アカウントにログインしているときは、他のアカウントからログアウトしてください',
    en: 'This ran as an account that may not edit this spreadsheet: reopen it with an account that can edit it, and if you are signed in to several Google accounts, sign out of the others',
  },
  sheetsApiQuota: {
    ja: 'Google Sheets API の利用上限（1 人につき 1 分間に読み込み 60 回）に達しました（{n} 回試しました）。1 分ほど待ってからもう一度実行してください',
    en: 'The Google Sheets API’s limit (60 reads per minute per user) was reached (tried {n} times): wait a minute and run it again',
  },
  sheetsApiServer: {
    ja: 'Google のサーバーが一時的に応答しませんでした（{n} 回試しました）。数分待ってからもう一度実行してください',
    en: 'Google’s servers did not answer for now (tried {n} times): wait a few minutes and run it again',
  },
  sheetsApiOther: {
    ja: 'Google Sheets API の呼び出しに失敗しました。もう一度実行し、続くときはアドオンの管理者に次の内容を伝えてください: {detail}',
    en: 'A Google Sheets API call failed: run it again, and if it persists tell whoever manages the add-on: {detail}',
  },
  multipleAccounts: {
    ja: '複数の Google アカウントに同時にログインしているため、アドオンが動けません。他のアカウントからログアウトするか、このアカウントだけでログインした別のブラウザ プロファイル（またはシークレット ウィンドウ）でこのスプレッドシートを開き直してください',
    en: 'You are signed in to several Google accounts at once, which add-ons do not support: sign out of the other accounts, or reopen this spreadsheet in a browser profile (or an incognito window) signed in to this account only',
  },
  sheetsReadFailed: {
    ja: 'ブックを読み込めませんでした。何も変更していません。理由: {detail}',
    en: 'The workbook could not be read; nothing was changed. Reason: {detail}',
  },
  sheetsWritePartial: {
    ja: 'シートの書き込みが途中で止まりました。集計シートが不完全なため、もう一度実行してください。理由: {detail}',
    en: 'Writing the sheets stopped part-way; the summary is incomplete, so run it again. Reason: {detail}',
  },
  sheetsWriteFailed: {
    ja: 'シートを書き込めませんでした。何も変更していません。理由: {detail}',
    en: 'The sheets could not be written; nothing was changed. Reason: {detail}',
  },
  lockBusy: { ja: '他の人が集計中です。少し待ってからもう一度実行してください', en: 'Someone else is building the summary; try again in a moment' },
  templateDone: { ja: 'テンプレートのシートを用意しました: {sheets}', en: 'Template sheets set up: {sheets}' },
  templateNothing: {
    ja: 'テンプレートのシートはすべてそろっています（ドロップダウンを設定し直しました）',
    en: 'All template sheets already exist (dropdowns refreshed)',
  },
  cellNotFound: { ja: 'シート「{sheet}」が見つかりません', en: 'Sheet "{sheet}" was not found' },
  invalidNote: { ja: '使える値: {allowed}', en: 'Allowed values: {allowed}' },
  proofreadHeading: { ja: '原稿の数値チェック', en: 'Check a draft report' },
  proofreadHelp: {
    ja: '報告書の原稿を貼り付けると、数値をブックの集計と原稿内の計算で照合します',
    en: 'Paste a draft report: its figures are checked against the workbook and against its own arithmetic',
  },
  proofreadButton: { ja: '原稿をチェック', en: 'Check the draft' },
  proofreadResult: { ja: '{n} 個の数値を照合し、{f} 件の誤りが見つかりました', en: '{n} figures checked; {f} found wrong' },
  proofreadNotJapanese: {
    ja: '原稿の大部分が日本語ではありません。照合は日本語の原稿に対応しています',
    en: 'the draft is mostly not Japanese; the proof-reader reads Japanese drafts only',
  },
  proofreadNothingChecked: {
    ja: '照合できる数値がありませんでした（報告書の表や文の形が違うか、計画にない数値だけの原稿です。数値ごとの理由は下のとおり）',
    en: 'no figure of the draft could be checked (its tables or sentences are laid out differently, or it states no figure of the plan; each number’s reason below)',
  },
  proofreadCoverageLow: {
    ja: '注意: 照合できたのは原稿の数値のごく一部です（日本語でない原稿や、見出しのない表は読み取れません）。',
    en: 'Note: only a small part of the draft’s figures could be checked (drafts not in Japanese, and tables without a header, are not read).',
  },
  proofreadLine: { ja: '{line}行目: 「{stated}」→ 正しくは「{expected}」（{label}）', en: 'line {line}: "{stated}" should be "{expected}" ({label})' },
  menuFreeze: { ja: '基準日を固定', en: 'Freeze a baseline' },
  menuReport: { ja: '報告書を作成', en: 'Write the annual report' },
  reportButton: { ja: '報告書を作成', en: 'Write the report' },
  reportBuilding: { ja: '報告書を作成しています…', en: 'Writing the report…' },
  reportReady: { ja: '報告書（Word 形式）ができました。', en: 'The report (Word) is ready.' },
  reportDownload: { ja: 'ダウンロード', en: 'Download' },
  reportClose: { ja: '閉じる', en: 'Close' },
  reportSaveHint: {
    ja: 'ダウンロードが始まらないときは、上のリンクを右クリックして「名前を付けてリンク先を保存」を選んでください。',
    en: 'If nothing downloads, right-click the link above and choose “Save link as…”.',
  },
  reportFailed: { ja: '報告書を作成できませんでした', en: 'The report could not be written' },
  reportPlaceholders: {
    ja: '未入力の欄が {n} か所あります（「報告書」シートに入力してください）',
    en: '{n} parts have no text yet (fill in the Report sheet)',
  },
  reportFileSuffix: { ja: '実績報告書', en: 'report' },
  baselineFrozen: { ja: '基準日 {date} の数値を固定しました', en: 'The figures of {date} are frozen as a baseline' },
  baselineExists: { ja: '基準日 {date} はすでに固定されています', en: 'A baseline for {date} already exists' },
  baselineMissing: { ja: '基準日 {date} が見つかりません（あるもの: {found}）', en: 'No baseline {date} (found: {found})' },
  asOfLabel: { ja: '集計の時点', en: 'Build as of' },
  asOfLive: { ja: '現在のブック', en: 'the workbook now' },
  baselineProtected: { ja: 'Shinchoku の基準日 {date}（読み取り専用）', en: 'Shinchoku baseline {date} (read-only)' },
} satisfies Record<string, { ja: string; en: string }>;
