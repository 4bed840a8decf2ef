/**
 * The monthly digest's words: the message itself, its settings in the sidebar, and its run log.
 * Part of the one catalogue (words/labels.ts, messages.ts).
 */
/** The digest message, its settings and its log. */
export const DIGEST_LABELS = {
  digestSubject: { ja: '[進捗] {plan} 月次ダイジェスト（{month}）', en: '[Shinchoku] {plan} monthly digest ({month})' },
  digestSubjectDepartment: { ja: '[進捗] {plan} 月次ダイジェスト（{month}）— {department}', en: '[Shinchoku] {plan} monthly digest ({month}) — {department}' },
  digestMonth: { ja: '{y}年{m}月', en: '{y}-{mm}' },
  digestIntroOffice: { ja: '計画全体の状況です（{fy}、{month}時点）。', en: 'Where the whole plan stands ({fy}, as of {month}).' },
  digestIntroDepartment: { ja: '{department}が担当する事業の状況です（{fy}、{month}時点）。', en: 'The projects of {department} ({fy}, as of {month}).' },
  digestProgress: { ja: '今年度の進捗', en: 'Progress this fiscal year' },
  digestRate: { ja: '進捗率 {rate}（取組活動 {n} 件のうち{labels} {p} 件）', en: 'Progress rate {rate} ({p} of {n} activities {labels})' },
  digestAttention: { ja: '{labels}の取組活動', en: 'Activities {labels}' },
  digestDue: { ja: '今年度が目標年度で達成状況が未入力の事項', en: 'Targets due this fiscal year without a result' },
  digestEffects: { ja: '財政健全化効果額', en: 'Fiscal effect' },
  digestEffectsLine: {
    ja: '今年度 {year} {unit}、計画開始からの累計 {total} {unit}',
    en: 'This fiscal year {year} {unitEn}; since the plan start {total} {unitEn}',
  },
  digestResults: { ja: '達成状況（計画全体）', en: 'Achievement (whole plan)' },
  digestCount: { ja: '{n}件', en: '{n}' },
  digestCountShare: { ja: '{n}件（{share}）', en: '{n} ({share})' },
  digestChanges: { ja: '前回のダイジェストからの変化', en: 'Changes since the previous digest' },
  digestNoPrevious: {
    ja: '前回の記録がないため、今回から変化をお知らせします。',
    en: 'No previous digest was recorded; changes will be reported from next time.',
  },
  digestNoChanges: { ja: '変化はありません。', en: 'No changes.' },
  digestTransition: { ja: '進捗状況の変更', en: 'Status changed' },
  digestNewActivity: { ja: '新しい取組活動', en: 'New activity' },
  digestNewResult: { ja: '達成状況の入力', en: 'Result entered' },
  digestProblems: { ja: '入力チェック', en: 'Entry check' },
  digestProblemsLine: { ja: 'エラー {e} 件、警告 {w} 件', en: 'errors: {e}, warnings: {w}' },
  digestOpen: { ja: 'ブックを開く', en: 'Open the workbook' },
  digestNone: { ja: 'ありません。', en: 'None.' },
  // An activity's departments after its project's name; a project with no 取組推進課 says so, never an empty 【】.
  digestDepartments: { ja: '【{departments}】', en: ' [{departments}]' },
  digestNoDepartment: { ja: '担当課未設定', en: 'no department' },
  menuDigest: { ja: '月次ダイジェストの設定', en: 'Monthly digest settings' },
  digestDayInvalid: { ja: '送信日は1～28の整数にしてください', en: 'The day must be a whole number from 1 to 28' },
  digestHourInvalid: { ja: '送信時刻は0～23の整数（時）にしてください', en: 'The hour must be a whole number from 0 to 23' },
  digestNoRecipients: {
    ja: 'ダイジェストを有効にするには、企画担当の送信先を1つ以上入力してください',
    en: 'Enter at least one planning-office recipient to turn the digest on',
  },
  digestAddressInvalid: { ja: '「{address}」は使えません: {reason}', en: '"{address}" is refused: {reason}' },
  digestSaved: { ja: '設定を保存しました', en: 'Settings saved' },
  digestPlanEnded: {
    ja: '計画期間（{end}まで）が終わったため、ダイジェストは送っていません。続ける場合は設定シートの計画終了年度を延ばしてください',
    en: 'The plan ended ({end}), so no digest was sent. To go on, extend the plan end in Settings',
  },
  digestTakenOver: {
    ja: 'これからはあなたのアカウントから送信します（{owner} のトリガーは次回の実行時に止まります）',
    en: 'From now on the digest is sent from your account ({owner}’s trigger stops at its next run)',
  },
  digestOwnerYou: { ja: 'あなたのアカウント（{owner}）から送信します', en: 'Sent from your account ({owner})' },
  digestOwnerOther: {
    ja: '{owner} のアカウントから送信しています。「設定を保存」を押すと、あなたのアカウントからの送信に切り替わります',
    en: 'Sent from {owner}’s account. Saving the settings makes your account the sender',
  },
  digestAuthorizationNeeded: {
    ja: '月次ダイジェストを送るには再度の承認が必要です。メニューからサイドバーを開き、承認してください',
    en: 'The monthly digest needs your authorization again: open the sidebar from the menu and authorize',
  },
  digestNoSpreadsheet: {
    ja: 'ブックを開けませんでした（トリガーに記録されたIDがありません）',
    en: 'The workbook could not be opened (no id recorded for the trigger)',
  },
  digestRunSummary: {
    ja: '{month}: 送信 {sent} 通、送信済みのため省略 {skipped} 通、失敗 {failed} 通、送信上限のため未送信 {quota} 通',
    en: '{month}: {sent} sent, {skipped} already sent, {failed} failed, {quota} held back by the daily quota',
  },
  digestHeading: { ja: '月次ダイジェスト', en: 'Monthly digest' },
  digestEnabled: { ja: '毎月メールで送る', en: 'Send every month' },
  digestDay: { ja: '送信日（毎月）', en: 'Day of the month' },
  digestHour: { ja: '送信時刻（日本時間）', en: 'Hour (Japan time)' },
  digestRecipients: { ja: '企画担当の送信先（1行に1つ）', en: 'Planning-office recipients (one per line)' },
  digestRecipientsHelp: { ja: '各課への振り分けは「部署」シート（課名・メール）で設定します', en: 'Departments are routed by the 部署 sheet (課名 / メール)' },
  digestSaveButton: { ja: '設定を保存', en: 'Save settings' },
  digestSendButton: { ja: '今すぐ送信', en: 'Send now' },
  digestForce: { ja: '今月送信済みでも再送する', en: 'Send again even if already sent this month' },
  digestLastRun: { ja: '前回の送信', en: 'Last run' },
  digestFooter: { ja: 'このメールは Shinchoku（進捗）が自動で送信しました。', en: 'Sent automatically by Shinchoku.' },
  digestShortened: {
    ja: 'メールで送れる大きさ（{limit} KB）に収めるため、長い一覧の一部を省略しています。全件はブックでご覧ください。',
    en: 'Long lists are cut to keep this mail within the size mail allows ({limit} KB); see the workbook for every entry.',
  },
  digestMore: { ja: 'ほか {n} 件（ブックでご覧ください）', en: '{n} more (see the workbook)' },
  digestBusy: {
    ja: '{month}分のダイジェストは、同時に別の送信が行われていたため送信していません。サイドバーの「今すぐ送信」で送ってください',
    en: 'The {month} digest was not sent because another send was running at the same time; send it with “Send now” in the sidebar',
  },
  digestReadFailed: {
    ja: '{month}分のダイジェストは、ブックを読み込めなかったため送信していません。{reason}解決したら、サイドバーの「今すぐ送信」で送ってください',
    en: 'The {month} digest was not sent because the workbook could not be read. {reason}Once that is solved, send it with “Send now” in the sidebar',
  },
  digestReadUnexpected: {
    ja: '予期しないエラーが発生しました（アドオンの管理者が実行ログで確認できます）。',
    en: 'An unexpected error occurred (whoever manages the add-on can see it in the executions log).',
  },
  digestTriggerFailed: {
    ja: '毎月の送信を設定できませんでした（ダイジェストはオフのままです）。少し待ってから、もう一度「設定を保存」を押してください',
    en: 'The monthly send could not be set up (the digest stays off); wait a moment and press “Save settings” again',
  },
  digestSaveBusy: {
    ja: '別の人がダイジェストの設定か送信を行っています。少し待ってから、もう一度押してください',
    en: 'Someone else is saving or sending the digest; wait a moment and try again',
  },
  digestTriggerTooMany: {
    ja: 'このアカウントの時間指定の送信が上限に達しています。他のブックのダイジェストを止めるか、別の編集者が設定してください',
    en: 'This account has reached its limit of timed sends; turn off the digest in another workbook, or let another editor set it up',
  },
  digestOpenFailed: {
    ja: 'ダイジェストの送信時にブックを開けませんでした（{url}。削除されたか、アクセス権がなくなった可能性があります）。ブックを開き、サイドバーで「設定を保存」を押し直してください',
    en: 'The digest could not open its workbook ({url}: it may have been deleted or your access removed); open the workbook and press “Save settings” in the sidebar again',
  },
  digestOpenStopped: {
    ja: 'ダイジェストの送信時に、先月に続いてブックを開けなかったため、このブックへの毎月の送信を停止しました（{url}。削除されたか、アクセス権がなくなった可能性があります）。続ける場合は、ブックを開き、サイドバーで「設定を保存」を押してください',
    en: 'The digest could not open its workbook again, as at the previous run, so its monthly send has stopped ({url}: it may have been deleted or your access removed); to continue, open the workbook and press “Save settings” in the sidebar',
  },
  digestLogProblem: { ja: '{month}: {reason}', en: '{month}: {reason}' },
  digestReasonFailed: {
    ja: '送信に失敗しました（サイドバーの「今すぐ送信」で送り直せます）',
    en: 'sending failed (send it again with “Send now” in the sidebar)',
  },
  digestReasonQuota: { ja: '1日の送信上限のため未送信', en: 'not sent: daily mail quota reached' },
  digestReasonShortened: { ja: '大きすぎるため一覧を省略して送信', en: 'sent with lists cut (too large)' },
  digestReasonReadFailed: { ja: 'ブックを読み込めなかったため未送信', en: 'not sent: the workbook could not be read' },
  digestReasonTooLarge: {
    ja: 'メールで送れる大きさを超えるため未送信（計画名・部署名・区分名が長すぎます）',
    en: 'not sent: too large for mail (the plan, department or label names are too long)',
  },
  digestReasonBusy: { ja: '別の送信と重なったため未送信', en: 'not sent: another send was running' },
  digestReasonStopped: { ja: '送信を停止しました', en: 'stopped' },
  digestReasonOff: { ja: 'ダイジェストがオフのため、送信を停止しました', en: 'stopped: the digest is turned off' },
  digestReasonOtherEditor: {
    ja: '別の編集者が送信を引き継いだため、このアカウントからの送信を停止しました',
    en: 'stopped: another editor sends the digest now',
  },
  digestReasonReplaced: { ja: '新しい設定に置き換わったため、古い送信を停止しました', en: 'stopped: replaced by newer settings' },
  digestReasonEnded: { ja: '計画期間が終わったため送信していません', en: 'not sent: the plan has ended' },
  digestReasonNoSettings: {
    ja: '設定が読めないため送信を停止しました。サイドバーで「設定を保存」を押し直してください',
    en: 'stopped: the settings could not be read; press “Save settings” in the sidebar again',
  },
  digestProblemsHeading: { ja: '送信できなかった・省略した月', en: 'Months not sent or shortened' },
} satisfies Record<string, { ja: string; en: string }>;
