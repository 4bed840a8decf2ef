/**
 * The words the adapters put together themselves: the lines the CLI prints after writing a digest
 * or a report, a usage error every command shares, and the break between two sentences of one
 * add-on message. Part of the one catalogue (words/labels.ts), read through label().
 */
export const ADAPTER_LABELS = {
  sentenceBreak: { ja: '。', en: '. ' },
  cliDigestWritten: {
    ja: '月次ダイジェスト {month}（{fy}）: {n} 通を {out} に書き出しました',
    en: 'Monthly digest {month} ({fy}): {n} messages written to {out}',
  },
  cliDigestReplaced: { ja: '以前の {n} 通を置き換えました', en: 'Replaced {n} earlier messages' },
  cliDigestReplacedRemoved: { ja: '（うち今回の宛先にない {n} 通は削除しました）', en: ' ({n} not in this run removed)' },
  cliDigestQuiet: { ja: '報告事項なし（送信しない）: {departments}', en: 'Nothing to report (not sent): {departments}' },
  cliDigestNoOffice: {
    ja: '設定シートの「送信先」が空のため、企画担当あてのメッセージは書き出していません。設定シートの「送信先」にアドレスを入力してください',
    en: "No message for the planning office: the Settings sheet's 送信先 (Digest recipients) is empty. Enter the office's addresses there",
  },
  cliDigestUnrouted: {
    ja: '部署シートにアドレスがない課（メッセージを書き出していません。部署シートに課名とメールを入力してください）: {departments}',
    en: 'No address in the Departments sheet (no message written; enter the department and its email in the Departments sheet): {departments}',
  },
  cliDigestInvalidAddress: { ja: '使えないアドレス {where}: {address} — {reason}', en: 'Invalid address {where}: {address} — {reason}' },
  cliReportWritten: {
    ja: '報告書を書き出しました: {out}（表 {tables} 個、グラフ {charts} 個）',
    en: 'Report written: {out} ({tables} tables, {charts} charts)',
  },
  cliReportMissing: { ja: '未入力の欄が {n} か所あります:', en: '{n} parts have no text yet:' },
  cliReportNoSheet: {
    ja: '  （このブックには「報告書」シートがありません。shinchoku template で見出しを並べたシートを作れます）',
    en: '  (This workbook has no Report sheet; shinchoku template makes one with every section listed.)',
  },
  // Every command's options (cli/args.ts parseArgs): one that takes a value, given twice (r27f F13).
  cliOptionRepeated: {
    ja: '{name} が2回指定されています（{values}）。1回だけ指定してください',
    en: '{name} is given more than once ({values}); give it once',
  },
  // Excel offers a list of at most 255 characters: longer, the column is left without a dropdown (the file stays valid).
  cliTemplateListTooLong: {
    ja: '{sheet}の「{column}」の選択肢は合わせて{length}文字あり、Excel のドロップダウン（255文字まで）に収まらないため、ドロップダウンを付けていません。区分シートのとおりに入力してください',
    en: 'The choices of {column} on {sheet} come to {length} characters, more than an Excel dropdown holds (255): that column has no dropdown; type the labels as the 区分 sheet gives them',
  },
  cliReportErrors: { ja: 'ブックにエラーが {n} 件あります（validate で確認できます）', en: 'The workbook has {n} errors (see validate)' },
} as const;
