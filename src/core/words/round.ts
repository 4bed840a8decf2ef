/**
 * The annual round's words (照会・取りまとめ): the request sheet and mail, the merge's conflicts and its
 * 取りまとめ結果 sheet, the status lines. Part of the one catalogue (words/messages.ts).
 */
import type { Lang } from '../base/lang';

export const ROUND_LABELS = {
  // The request (照会) a department receives: the first sheet of its file, and the mail.
  requestSheet: { ja: '照会', en: 'Request' },
  requestTitle: { ja: '{plan} {fy}の照会（{department}）', en: '{plan}: request for {fy} ({department})' },
  requestDue: { ja: '回答期限: {due}', en: 'Answer by: {due}' },
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
  // The merge's 取りまとめ結果 sheet.
  mergeSheet: { ja: '取りまとめ結果', en: 'Merge results' },
  mergeHeader: { ja: '区分|ファイル|シート|セル|事業コード|内容', en: 'Kind|File|Sheet|Cell|Code|Detail' },
  mergeChanged: { ja: '取り込み', en: 'merged' },
  mergeConflict: { ja: '競合', en: 'conflict' },
  mergeError: { ja: 'エラー', en: 'error' },
  statusHeader: { ja: '部署|照会|入力済|エラー|状況', en: 'Department|Requested|Filled|Errors|State' },
  statusComplete: { ja: '完了', en: 'complete' },
  statusIncomplete: { ja: '未完了', en: 'incomplete' },
  statusNotStarted: { ja: '未着手', en: 'not started' },
  unroutedLine: {
    ja: '照会先のない事業: {code} {name}（取組推進課: {departments}。入力が必要なセル {n} 件）',
    en: 'Project with no department to ask: {code} {name} (取組推進課: {departments}; {n} cells to fill)',
  },
  noAddressLine: {
    ja: '部署シートにメールアドレスのない部署: {department}（照会メールは作成していません）',
    en: 'Department with no address in 部署: {department} (no request mail written)',
  },
} satisfies Record<string, { ja: string; en: string }>;

export type RoundLabelKey = keyof typeof ROUND_LABELS;

export function roundLabel(key: RoundLabelKey, lang: Lang, params: Record<string, string | number> = {}): string {
  return ROUND_LABELS[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}
