/**
 * The annual round's words (照会・取りまとめ): the request sheet and mail, the merge's conflicts and its
 * 取りまとめ結果 sheet, the status lines. Part of the one catalogue (words/messages.ts).
 */
import type { Lang } from '../base/lang';
import { TABLE_LABELS } from './tableLabels';

export const ROUND_LABELS = {
  // The request (照会) a department receives: the first sheet of its file, and the mail.
  requestSheet: { ja: '照会', en: 'Request' },
  requestTitle: { ja: '{plan} {fy}の照会（{department}）', en: '{plan}: request for {fy} ({department})' },
  requestDueLabel: { ja: '回答期限', en: 'Answer by' },
  requestPlanLabel: { ja: '計画名', en: 'Plan' },
  amountColumn: { ja: '効果額（{unit}）', en: 'Amount ({unit})' },
  amountValidation: {
    ja: '数値だけを入力してください（単位は{unit}。日付や「円」などの文字は入れません）',
    en: 'Enter a number only (in {unit}; no date, no unit or words)',
  },
  requestHow: {
    ja: '色の付いたセルに入力し、このファイルを期限までに返送してください。他のセル・行・シートは変更できません（行の追加・削除もしないでください）。',
    en: 'Fill in the coloured cells and send this file back by the deadline. The other cells, rows and sheets are locked (do not add or remove rows).',
  },
  requestCount: { ja: '入力をお願いするセル: {n} 件', en: 'Cells to fill: {n}' },
  requestNone: {
    ja: '入力をお願いするセルはありません。内容を確認し、誤りがあれば修正してください。',
    en: 'No cell is missing; check the entries and correct any mistake.',
  },
  requestListHeader: { ja: 'シート|セル|事業コード|項目|内容', en: 'Sheet|Cell|Code|Column|Row' },
  requestDepartment: { ja: '部署', en: 'Department' },
  requestYear: { ja: '年度', en: 'Fiscal year' },
  requestAllowed: { ja: '{column}の選択肢: {labels}', en: '{column}: one of {labels}' },
  requestSubject: { ja: '【照会】{plan} {fy}の進捗状況（{department}・{due}締切）', en: '[Request] {plan}: progress for {fy} ({department}, due {due})' },
  requestIntro: {
    ja: '{department} ご担当者様\n\n{plan}の{fy}の進捗状況について照会します。添付のファイルの色の付いたセルに入力し、{due}までに返送してください。',
    en: 'To {department},\n\nThis is the request for {plan}: progress in {fy}. Fill in the coloured cells of the attached file and send it back by {due}.',
  },
  requestMailCount: { ja: '入力をお願いするセルは {n} 件です。', en: '{n} cells to fill.' },
  requestCellLine: { ja: '・{sheet} {cell}（{code} {what}）: {column}', en: '- {sheet} {cell} ({code} {what}): {column}' },
  requestMore: { ja: '…ほか {n} 件', en: '… and {n} more' },
  requestErrorCount: {
    ja: '入力された値が使えないセルが {n} 件あります。直してください（このままでは取りまとめに入りません）。',
    en: '{n} cells hold a value that cannot be used; correct them (as they are, they are not counted).',
  },
  requestErrorLine: { ja: '・{sheet} {cell}（{code}）: {message}', en: '- {sheet} {cell} ({code}): {message}' },
  // The merge's 取りまとめ結果 sheet.
  mergeSheet: { ja: '取りまとめ結果', en: 'Merge results' },
  mergeHeader: { ja: '区分|ファイル|シート|セル|事業コード|内容', en: 'Kind|File|Sheet|Cell|Code|Detail' },
  mergeChanged: { ja: '取り込み', en: 'merged' },
  mergeConflict: { ja: '競合', en: 'conflict' },
  mergeError: { ja: 'エラー', en: 'error' },
  mergeNote: { ja: '注意', en: 'note' },
  statusHeader: { ja: '部署|照会|入力済|エラー|状況', en: 'Department|Requested|Filled|Errors|State' },
  mergeTableHeader: { ja: '区分|ファイル|部署|シート|セル|事業コード|内容', en: 'Kind|File|Department|Sheet|Cell|Code|Detail' },
  statusComplete: { ja: '完了', en: 'complete' },
  statusIncomplete: { ja: '未完了', en: 'incomplete' },
  statusCompleteNoFile: { ja: '完了（回答ファイルなし）', en: 'complete (no file sent)' },
  mergeNotAsked: {
    ja: '取り込んだセル {changes} 件のうち {n} 件は照会の対象外の欄（{columns}）への記入で、入力済には数えません',
    en: '{n} of the {changes} cells merged are in columns the round does not ask for ({columns}) and are not counted as filled',
  },
  statusNotStarted: { ja: '未着手', en: 'not started' },
  // 取組推進課 left blank: said so, never as an empty list (r27h 9).
  unroutedBlankLine: {
    ja: '照会先のない事業: {code} {name}（取組推進課が空欄です。入力が必要なセル {n} 件）',
    en: 'Project with no department to ask: {code} {name} (its 取組推進課 is blank; {n} cells to fill)',
  },
  unroutedLine: {
    ja: '照会先のない事業: {code} {name}（取組推進課: {departments}。入力が必要なセル {n} 件）',
    en: 'Project with no department to ask: {code} {name} (取組推進課: {departments}; {n} cells to fill)',
  },
  badAddressLine: {
    ja: '{department}のメールアドレス「{address}」（{cell}）は使えません（{reason}）。このアドレスには照会を送りません（Google スプレッドシートでは編集者にもなりません）',
    en: 'the address "{address}" of {department} ({cell}) cannot be used ({reason}): no request goes to it (and in Google Sheets it is not made an editor)',
  },
  notEditorLine: {
    ja: '{department}（{addresses}）はこのスプレッドシートの編集者ではないため、依頼メールは届いても回答を入力できません。共有から編集者に追加してください',
    en: '{department} ({addresses}) is not an editor of this spreadsheet: the request reaches it, but it cannot enter its answers; add it as an editor (Share)',
  },
  // A department 取組推進課 names that the 部署 sheet does not have (r27h 1).
  notListedLine: {
    ja: '取組推進課の「{department}」（{cells}）は部署シートにない部署名です。照会ファイルは作りましたが、メールアドレスがないため照会メールは作成していません。部署名の誤りなら事業シートを、そうでなければ部署シートに部署とメールアドレスを追加してください',
    en: '{department}, named in 取組推進課 ({cells}), is not on the 部署 sheet: its file is written, but with no address no request mail is; correct the name on the 事業 sheet if it is a typo, else add the department and its address to 部署',
  },
  noAddressLine: {
    ja: '部署シートにメールアドレスのない部署: {department}（照会メールは作成していません）',
    en: 'Department with no address in 部署: {department} (no request mail written)',
  },
  // The merge's conflicts, one line each (the file is said before it).
  conflictNotAnswerFile: {
    ja: '照会シートがないため、照会の回答として読めません（round split で作ったファイルを返送してもらってください）',
    en: 'has no 照会 sheet, so it is not an answer to the round (ask for the file round split made)',
  },
  conflictUnknownDepartment: {
    ja: '照会シートの部署「{department}」はこの照会の部署ではありません（照会先: {other}）',
    en: 'its 照会 sheet names {department}, not a department of this round ({other})',
  },
  conflictYearMismatch: { ja: '{to}の回答です（この取りまとめは{other}）', en: 'answers {to}, not {other}' },
  conflictYearTie: {
    ja: '回答ファイルの年度が分かれています（{years}）。どの年度の取りまとめか決められないため、取り込みません。同じ年度のファイルだけを指定してください',
    en: 'the answer files name different years ({years}), so which round this is cannot be told; nothing is merged. Give the files of one year only',
  },
  // The year a file answers is its rows' year; a 照会 sheet naming another is said, never believed (r27f F1).
  conflictYearSheetMismatch: {
    ja: '照会シートの年度は{to}ですが、回答の行は{other}の行です（照会シートが変えられています）。どちらの年度の回答か決められないため、このファイルは取り込みません。部署に確かめ、照会シートの年度を直してから取りまとめ直してください',
    en: 'its 照会 sheet names {to}, but its rows are of {other} (the 照会 sheet was altered); which year it answers cannot be told, so nothing of the file is merged: check with the department, correct the 照会 sheet’s year and merge again',
  },
  // A locked cell of the 事業 sheet or of the 照会 sheet changed in the answer file (r27f F2).
  conflictLockedCellChanged: {
    ja: '{where}: 変更できないセル（{column}）が回答ファイルで変えられています（「{from}」→「{to}」）。取りまとめ先には取り込みません',
    en: '{where}: the locked cell {column} was changed in the answer file ("{from}" → "{to}"); the master is not changed',
  },
  conflictLockedCellDiffers: {
    ja: '{where}: 変更できないセル（{column}）が取りまとめ先と回答で違います（取りまとめ先「{from}」、回答「{to}」。回答で変えられたか、照会の後に事務局が変えています）。取りまとめ先の値のままです',
    en: '{where}: the locked cell {column} differs between the master ("{from}") and the answer ("{to}"): changed in the answer, or by the office after the request; the master keeps its value',
  },
  // The 照会 sheet's year no year (r27h 5).
  conflictRequestYearInvalid: {
    ja: '照会シートの年度「{to}」は年度として読めません（2024、令和6年度、R6 のように書きます。照会シートが変えられています）。どの年度の回答か確かめられないため、このファイルは取り込みません',
    en: 'its 照会 sheet’s year "{to}" is not a fiscal year (write 2024, 令和6年度 or R6; the 照会 sheet was altered): which year it answers cannot be checked, so nothing of the file is merged',
  },
  // Another plan's file (r27h 7): the 照会 sheet's 計画名 against the master's 設定.
  conflictPlanMismatch: {
    ja: 'この回答ファイルは計画「{from}」の照会です。取りまとめ先の計画は「{to}」のため、このファイルは取り込みません（別の計画のファイルでないか確かめてください）',
    en: 'this answer file is a request of the plan "{from}", and the workbook merged into is the plan "{to}": nothing of the file is merged (check it is not another plan’s file)',
  },
  conflictDepartmentChanged: {
    ja: '照会シートの部署が「{from}」から「{to}」に変えられています。どの部署の回答か決められないため、このファイルは取り込みません',
    en: 'its 照会 sheet’s department was changed from {from} to {to}: whose answer it is cannot be told, so nothing of the file is merged',
  },
  /** Where a conflict is: the master's cell, and the answer file's own row or cell where it helps, said as the answer file's (r27f F6). */
  whereFile: { ja: '{sheet}（回答ファイルの{ref}）', en: '{sheet} (answer file {ref})' },
  columnLetter: { ja: '{letter}列', en: 'column {letter}' },
  whereBoth: { ja: '{sheet} {cell}（回答ファイルの{ref}）', en: '{sheet} {cell} (answer file {ref})' },
  yearTieCount: { ja: '{fy} {n} ファイル', en: '{fy}: {n} files' },
  conflictSheetMissing: {
    ja: 'シート「{sheet}」が回答ファイルにありません（名前が変えられたか、削除されています）。このシートの回答は取り込みません',
    en: 'the answer file has no sheet {sheet} (renamed or removed); none of its answers is merged',
  },
  conflictOtherDepartment: {
    ja: '{where}（{code}）は{other}の行です。この部署の回答では変更できません（「{from}」→「{to}」）',
    en: '{where} ({code}) is a row of {other}: not this department’s to change ("{from}" → "{to}")',
  },
  conflictOtherDepartmentRow: {
    ja: '{where}（{code}）は{other}の行です。この部署の回答では変更できません',
    en: '{where} ({code}) is a row of {other}: not this department’s to change',
  },
  rowRef: { ja: '{n}行目', en: 'row {n}' },
  mergeAnswerIsMail: {
    ja: '{file} はメール（.eml）です。添付されている回答の Excel ファイル（.xlsx）を保存して、そのファイルを指定してください',
    en: '{file} is a mail (.eml): save the Excel file (.xlsx) attached to it and give that file',
  },
  // merge's first argument a department's file: refused, nothing written (r27h 2).
  mergeMasterIsAnswerFile: {
    ja: '{file} は部署の回答ファイル（{department}）で、取りまとめ先のブックではありません。1つ目には計画全体のブックを、その後に回答ファイルを指定してください（何も書き込んでいません）',
    en: '{file} is a department’s answer file ({department}), not the plan’s own workbook: give the whole plan’s workbook first, then the answer files (nothing written)',
  },
  // split's or status's workbook a department's file: refused as merge refuses it (r27 re-review 3), nothing written.
  masterIsAnswerFile: {
    ja: '{file} は部署の回答ファイル（{department}）で、取りまとめ先のブックではありません。計画全体のブックを指定してください（何も書き込んでいません）',
    en: '{file} is a department’s answer file ({department}), not the plan’s own workbook: give the whole plan’s workbook (nothing written)',
  },
  // The locked 元の行 changed in the answer file (r27h 4): which row it answers cannot be trusted.
  conflictOriginChanged: {
    ja: '{where}: 変更できない列「元の行」が回答ファイルで変えられています（「{from}」→「{to}」）。どの行の回答か確かめられないため、この行は取り込みません',
    en: '{where}: the locked column 元の行 was changed in the answer file ("{from}" → "{to}"); which row it answers cannot be trusted, so the row is not merged',
  },
  conflictOriginChangedUnknown: {
    ja: '{where}: 変更できない列「元の行」が回答ファイルで変えられています（今の値「{to}」）。どの行の回答か確かめられないため、この行は取り込みません',
    en: '{where}: the locked column 元の行 was changed in the answer file (now "{to}"); which row it answers cannot be trusted, so the row is not merged',
  },
  // A reference sheet (事業) deleted from the answer file (r27h 6).
  conflictReferenceSheetMissing: {
    ja: 'シート「{sheet}」が回答ファイルにありません（削除されたか、名前が変えられています）。参照用のシートで回答はありませんが、ファイルが変えられているため部署に確かめてください',
    en: 'the answer file has no sheet {sheet} (removed or renamed): it holds no answers, only the department’s projects for reference, but the file was altered; check with the department',
  },
  conflictRowAdded: {
    ja: '{where}: 行が追加されています（{code} {to}）。追加された行は取り込みません',
    en: '{where}: a row was added ({code} {to}); added rows are not merged',
  },
  conflictRowRemoved: {
    ja: '{where}（{code} {from}）の行が回答ファイルにありません（回答で削除されたか、照会の後に追加された行です）',
    en: '{where} ({code} {from}): the row is not in the answer file (removed from it, or added to the master after the request)',
  },
  conflictRowChanged: {
    ja: '{where}: 「{column}」が取りまとめ先と回答で違います（取りまとめ先「{from}」、回答「{to}」。回答で変えられたか、照会の後に事務局が変えています）。この行は取り込みません',
    en: '{where}: {column} differs between the master ("{from}") and the answer ("{to}"): changed in the answer, or by the office after the request; the row is not merged',
  },
  conflictCodeChanged: {
    ja: '{where}: 事業コードが変更されています（「{from}」→「{to}」）。この行は取り込みません',
    en: '{where}: the project code was changed ("{from}" → "{to}"); the row is not merged',
  },
  conflictLockedChanged: {
    ja: '{where}: 変更できない列「{column}」が変更されています（「{from}」→「{to}」）。取り込みません',
    en: '{where}: the locked column {column} was changed ("{from}" → "{to}"); not merged',
  },
  conflictAnsweredTwice: {
    ja: '{where}（{code} {column}）: 「{to}」と回答していますが、{others}。どちらも取り込んでいません',
    en: '{where} ({code} {column}): answered "{to}", but {others}; neither is merged',
  },
  answeredTwiceOther: { ja: '{department}（{file}）は「{value}」と回答しています', en: '{department} ({file}) answered "{value}"' },
  // One department's two files (a resubmission): said as such, with which is later when the files tell it (r27f F7).
  conflictAnsweredAgain: {
    ja: '{where}（{code} {column}）: {department}から回答ファイルが複数あり、このファイルでは「{to}」、{others}。{later}どちらも取り込んでいません。使うファイルだけを指定して取りまとめ直してください',
    en: '{where} ({code} {column}): {department} sent more than one answer file: "{to}" in this one, {others}. {later}Neither is merged: merge again with only the file to keep',
  },
  answeredAgainOther: { ja: '{file}では「{value}」です', en: '"{value}" in {file}' },
  laterSaved: { ja: 'ブックの保存日時は {times} で、新しいのは {file} です。', en: 'The workbooks were saved {times}: the later is {file}. ' },
  laterFileTime: {
    ja: 'ファイルの更新日時は {times} で、新しいのは {file} です（ブックの保存日時では決められません）。',
    en: 'The files were modified {times} (the workbooks’ own save times do not tell): the later is {file}. ',
  },
  laterUnknown: { ja: 'どれが新しいかはファイルから分かりません。', en: 'Which is later cannot be told from the files. ' },
  fileTimeItem: { ja: '{file} {time}', en: '{time} ({file})' },
  conflictChangedSince: {
    ja: '{where}（{code} {column}）: 照会の後に取りまとめ先の値が「{other}」から「{from}」に変わっていますが、回答は「{to}」です。取り込んでいません',
    en: '{where} ({code} {column}): the master changed from "{other}" to "{from}" after the request, and the answer says "{to}"; not merged',
  },
  conflictOriginalsMissing: {
    ja: '照会時の値（隠しシート「{other}」または各シートの「元の行」列）がありません。ファイルが変更されているため、取りまとめ先に値のあるセルは取り込みません',
    en: 'the values as sent (the hidden sheet {other} or a sheet’s 元の行 column) are missing: the file was altered, so no cell the master already fills is merged',
  },
  conflictOriginalUnknown: {
    ja: '{where}（{code} {column}）: 取りまとめ先の値は「{from}」、回答は「{to}」です。照会時の値が分からず、照会の後に事務局が直した値かもしれないため、取り込んでいません',
    en: '{where} ({code} {column}): the master holds "{from}" and the answer says "{to}"; the value as sent is unknown (the office may have corrected it since), so it is not merged',
  },
  conflictRowAmbiguous: {
    ja: '{where}（{code} {to}）: 同じ内容の行が回答に {from} 行、取りまとめ先に {other} 行あり、どの行の回答か決められないため取り込みません（照会の後に行が増減しています）',
    en: '{where} ({code} {to}): the answer has {from} rows alike and the master {other}, so which row each answers cannot be told; not merged (rows were added or removed since the request)',
  },
  conflictRowGone: {
    ja: '{where}: この行（{code} {to}、元の行 {from}）は取りまとめ先に見つかりません（照会の後に削除されたか、内容が変えられています）。取り込みません',
    en: '{where}: this row ({code} {to}, sent as row {from}) is not in the master (removed or changed since the request); not merged',
  },
  conflictAnswerCleared: {
    ja: '{where}（{code} {column}）: 回答では空欄にされていますが、取りまとめ先の値「{other}」を残しました。消す場合は取りまとめ先で消してください',
    en: '{where} ({code} {column}): the answer cleared it, but the master’s value "{other}" is kept; clear it in the master if it is to go',
  },
  mergeErrorLine: { ja: '{sheet} {cell}（{code}）: {message}。取り込んでいません', en: '{sheet} {cell} ({code}): {message}; not merged' },
  // One department's files that never disagree (r27h 13): merged, and said.
  mergeResubmitted: {
    ja: '注意: {department}から回答ファイルが {n} 件あります（{files}）。食い違う回答はないため、どれも取り込みました。再提出であれば、使うファイルだけを指定して取りまとめ直すと確実です',
    en: 'Note: {department} sent {n} answer files ({files}); none disagrees with another, so all were merged. If one is a resubmission, merging again with only the file to keep is surer',
  },
  mergeDone: {
    ja: '取りまとめ: {files} ファイル、取り込んだセル {changes} 件、競合 {conflicts} 件、エラー {errors} 件 → {out}',
    en: 'Merged {files} files: cells merged {changes}, conflicts {conflicts}, errors {errors} → {out}',
  },
  // One file: English says it in the singular (r27h 9).
  mergeDoneOne: {
    ja: '取りまとめ: 1 ファイル、取り込んだセル {changes} 件、競合 {conflicts} 件、エラー {errors} 件 → {out}',
    en: 'Merged 1 file: cells merged {changes}, conflicts {conflicts}, errors {errors} → {out}',
  },
  mergeTitle: { ja: '{fy}の照会の取りまとめ結果', en: 'Merge of the answers for {fy}' },
  mergeFiles: { ja: '回答ファイル', en: 'Answer files' },
  mergeFilesHeader: { ja: 'ファイル|部署|取り込み|競合|エラー', en: 'File|Department|Merged|Conflicts|Errors' },
  blankValue: { ja: '（空欄）', en: '(blank)' },
  mergeNothing: { ja: '競合・エラーはありません', en: 'No conflict and no error' },
  splitMailsNoFrom: {
    ja: '--from を指定していないため、照会メールに差出人を書いていません。各 .eml をメールソフトで開くと下書きになります。事務局のアドレスから送信してください（回答はそのアドレスに返ってきます）',
    en: '--from was not given, so the request mails name no sender: each .eml opens in a mail program as a draft; send it from the office’s address (answers return there)',
  },
  splitMailsFrom: {
    ja: '照会メールは差出人・返信先 {from} の下書きです。各 .eml をメールソフトで開き、送信してください（回答は {from} に返ってきます）',
    en: 'the request mails are drafts from {from} (replies to it too): open each .eml in a mail program and send it (answers return to {from})',
  },
  splitDone: {
    ja: '{fy}の照会ファイルを {out} に作成しました（{departments} 部署、入力が必要なセル {cells} 件、回答期限 {due}）',
    en: 'Request files for {fy} written to {out} ({departments} departments, {cells} cells to fill, due {due})',
  },
  // The split's figures reconciled: a shared project's cell is asked of each of its departments (r27f F5).
  splitShared: {
    ja: '部署ごとの件数の和は {sum} 件です（複数の部署が担当する事業のセル {shared} 件を担当する部署ごとに数えるため、入力が必要なセル {cells} 件より {extra} 件多くなります）',
    en: 'The departments’ counts add up to {sum}: the {shared} cells of projects shared by several departments count once for each of their departments, {extra} more than the {cells} cells to fill',
  },
  // A deadline against the fiscal year asked about (roundDates.ts dueAgainstYear; r27f F4).
  dueBeforeYear: {
    ja: '回答期限 {due} は{fy}が始まる前です（{fy}は {start} から {end} まで）。照会は年度の取組と成果を尋ねるので、期限は年度が終わった後（通常は翌年度の4～6月）にしてください',
    en: 'the deadline {due} is before {fy} begins ({fy} runs from {start} to {end}): a round asks for the year’s work and results, so its deadline comes after the year ends (usually April to June of the next year)',
  },
  // A deadline on the year's last day is not before the year ends (r27h 9), but the year's results are not all in by then.
  dueOnYearEnd: {
    ja: '注意: 回答期限 {due} は{fy}の最終日です。年度の取組と成果がそろうのは年度が終わった後なので、年度途中の照会でなければ、{end} より後の日付にしてください',
    en: 'Note: the deadline {due} is the last day of {fy}; the year’s work and results are complete only after it ends, so unless this is a mid-year round, give a date after {end}',
  },
  dueBeforeYearEnd: {
    ja: '注意: 回答期限 {due} は{fy}が終わる前です（{fy}は {end} まで）。年度途中の照会でなければ、年度が終わった後の日付にしてください',
    en: 'Note: the deadline {due} is before {fy} ends ({end}); unless this is a mid-year round, give a date after the year ends',
  },
  splitLine: { ja: '  {department}: {file}（入力が必要なセル {n} 件）{mail}', en: '  {department}: {file} ({n} cells to fill){mail}' },
  splitMail: { ja: ' ／ 照会メール {file} → {to}', en: ' / request mail {file} → {to}' },
  mergeMoreLines: {
    ja: '…ほか {n} 件（すべて書き出したブックの「{sheet}」シートにあります）',
    en: '… and {n} more (all of them are in the sheet {sheet} of the workbook written)',
  },
  splitFromInvalid: {
    ja: '--from「{from}」は差出人として使えません（{reason}）。office@town.example.jp か「事務局 <office@town.example.jp>」の形で指定してください',
    en: '--from "{from}" cannot be the sender ({reason}); give office@town.example.jp or "Office <office@town.example.jp>"',
  },
  yearOutsidePlan: {
    ja: '--year {fy} はこの計画の期間（{start}～{end}）の外です。計画期間内の年度を指定してください',
    en: '--year {fy} is outside the plan ({start} to {end}); give a fiscal year of the plan',
  },
  // round's usage errors (the command line says each in both languages, Japanese first).
  usageLang: { ja: '--lang は ja か en です（「{value}」は使えません）', en: '--lang must be ja or en, not {value}' },
  usageYearMissing: { ja: '--year が必要です（例: --year 2024）', en: '--year is required, e.g. --year 2024' },
  // An option that takes a value followed by another option (--year --due 2025-04-30): its value is missing (r27h 9).
  usageValueMissing: { ja: '{name} には値が必要です（{next} は別のオプションです）', en: '{name} needs a value ({next} is another option)' },
  usageYearInvalid: {
    ja: '--year「{text}」は年度として読めません。2024 や 令和6年度 のように指定してください',
    en: '--year "{text}" is not a fiscal year; use e.g. 2024 or 令和6年度',
  },
  usageExists: { ja: '{path} はすでにあります。置き換えるには --force を付けてください', en: '{path} exists; add --force to replace it' },
  usagePathMissing: { ja: 'ブックのパスがありません', en: 'workbook path missing' },
  usageExtraArgs: { ja: '余分な引数があります: {args}', en: 'unexpected arguments: {args}' },
  usageDueMissing: { ja: '--due が必要です（例: --due 2025-04-30）', en: '--due is required, e.g. --due 2025-04-30' },
  usageDueInvalid: { ja: '--due「{text}」は日付として読めません。2025-04-30 のように指定してください', en: '--due "{text}" is not a date; use YYYY-MM-DD' },
  usageOutFolderMissing: { ja: '--out <フォルダー> が必要です', en: '--out <dir> is required' },
  usageOutIsFile: { ja: '--out「{out}」はファイルです。書き出し先のフォルダーを指定してください', en: '--out "{out}" is a file; give a folder' },
  outputFolderFailed: { ja: 'フォルダー {out} を作れませんでした', en: 'could not create the folder {out}' },
  usageNoAnswers: { ja: '回答のファイルがありません', en: 'no answer files given' },
  usageOutMergedMissing: { ja: '--out <取りまとめ.xlsx> が必要です', en: '--out <merged.xlsx> is required' },
  usageOutNotXlsx: { ja: '--out は .xlsx のファイル名にしてください（{out}）', en: '--out must name an .xlsx file ({out})' },
  usageOutIsInput: {
    ja: '--out が入力のファイル（{input}）と同じです。Shinchoku は入力を上書きしません',
    en: '--out is an input file ({input}): Shinchoku never overwrites its input',
  },
  mergeUnwritable: {
    ja: 'ブックの中身が Excel の形式どおりでないため、取りまとめを書き込めません（Excel で開いて保存し直してください）',
    en: 'the workbook’s parts are not as Excel writes them, so the merge cannot be written (open and save it again in Excel)',
  },
  usageNoSubcommand: { ja: 'round の後に split、merge、status のどれかを指定してください', en: 'round needs split, merge or status' },
  usageUnknownSubcommand: { ja: 'round に「{sub}」はありません（split、merge、status）', en: 'round has no {sub} (split, merge or status)' },
  usageUnknownOption: { ja: 'round {sub} に {name} というオプションはありません', en: 'round {sub} has no option {name}' },
  usageHelpHint: { ja: '使い方は shinchoku --help で表示します', en: 'run shinchoku --help for usage' },
  splitOutDangling: {
    ja: '--out「{out}」は、存在しない場所を指すリンクです。リンク先のフォルダーを作るか、別のフォルダーを指定してください',
    en: '--out "{out}" is a link to a place that does not exist; create its target folder or give another folder',
  },
  splitOverInput: {
    ja: '書き出すファイル {file} は入力のブック {input} と同じです。Shinchoku は入力を上書きしません（--force でも）。ブックを別のフォルダーに移すか、--out を変えてください（何も書き込んでいません）',
    en: 'the file to write, {file}, is the input workbook {input}: Shinchoku never overwrites its input, even with --force. Move the workbook or give another --out (nothing written)',
  },
  splitDuePast: {
    ja: '--due {due} はすでに過ぎています（今日は {today}）。今日以降の回答期限を指定してください',
    en: '--due {due} has already passed (today is {today}); give today or a later deadline',
  },
  splitNothing: { ja: '{fy}の行がありません。照会するものはありません', en: 'No rows for {fy}: nothing to ask' },
  statusTitle: { ja: '{fy}の照会の状況', en: 'Round for {fy}' },
  statusTotal: { ja: '合計', en: 'Total' },
  mergeSameFile: {
    ja: '{a} と {b} は同じファイルです。回答は1回だけ指定してください（何も書き込んでいません）',
    en: '{a} and {b} are the same file: give each answer once (nothing written)',
  },
  mergeMasterAsAnswer: {
    ja: '{a} は取りまとめ先のブックです。回答には round split で作った部署のファイルを指定してください（何も書き込んでいません）',
    en: '{a} is the workbook being merged into: give the departments’ files made by round split as answers (nothing written)',
  },
  mergeSameContent: {
    ja: '{a} と {b} は中身がまったく同じです。同じ回答を2回取り込まないよう、1つだけ指定してください（何も書き込んでいません）',
    en: '{a} and {b} have exactly the same contents: give one of them, so one answer is not merged twice (nothing written)',
  },
  statusTotalShared: {
    ja: '合計は、複数の部署が担当する事業のセルを1回だけ数えます（部署ごとの照会数の和 {sum} とは一致しません）',
    en: 'The total counts a cell of a project shared by several departments once (not the sum of the departments’ requests, {sum})',
  },
  statusTotalSharedSum: {
    ja: '合計は、複数の部署が担当する事業のセルを1回だけ数えます（部署ごとの照会数の和 {sum} は、それらのセルを担当する部署ごとに数えるため、合計 {total} より {extra} 多くなります）',
    en: 'The total counts a cell of a project shared by several departments once; the departments’ requests add up to {sum}, {extra} more than the total {total}, as each such cell counts for each of its departments',
  },
} satisfies Record<string, { ja: string; en: string }>;

export type RoundLabelKey = keyof typeof ROUND_LABELS;

export function roundLabel(key: RoundLabelKey, lang: Lang, params: Record<string, string | number> = {}): string {
  return ROUND_LABELS[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** The round's note on a project no department is asked for (split, status, the add-on's opening): 取組推進課 said blank when it is (r27h 9), else what it names. */
export function unroutedText(project: { code: string; name: string; departments: readonly string[]; cells: number }, lang: Lang): string {
  const params = { code: project.code, name: project.name, n: project.cells };
  if (project.departments.length === 0) return roundLabel('unroutedBlankLine', lang, params);
  return roundLabel('unroutedLine', lang, { ...params, departments: project.departments.join(TABLE_LABELS.joinList[lang]) });
}
