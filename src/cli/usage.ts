/** What `shinchoku --help` and `shinchoku <command> --help` print, and the answer to a command that does not exist. */

import { editDistance } from '../core/base/text';

/** Each command's arguments, in the order --help lists them. */
const COMMAND_ARGS: [string, string][] = [
  ['summarize', '<workbook.xlsx> [--out <file.xlsx> [--force]] [--json] [--lang ja|en] [--as-of YYYY-MM-DD] [--baseline YYYY-MM-DD]'],
  ['validate', '<workbook.xlsx> [--json] [--lang ja|en] [--as-of YYYY-MM-DD]'],
  ['template', '<file.xlsx> [--plan <workbook.xlsx>] [--force]'],
  ['freeze', '<workbook.xlsx> [--date YYYY-MM-DD]'],
  ['report', '<workbook.xlsx> --out <report.docx|report.html> [--format docx|html] [--lang ja|en] [--as-of YYYY-MM-DD] [--baseline YYYY-MM-DD] [--force]'],
  ['proofread', '<draft.txt|draft.docx> --workbook <workbook.xlsx> [--json] [--lang ja|en] [--as-of YYYY-MM-DD] [--out <annotated.html> [--force]]'],
  ['digest', '<workbook.xlsx> --month YYYY-MM [--previous <older.xlsx>] --out <dir> [--lang ja|en] [--force] [--from <address>] [--as-of YYYY-MM-DD]'],
  ['round', 'split  <workbook.xlsx> --year YYYY --due YYYY-MM-DD --out <dir> [--lang ja|en] [--from <address>] [--force]'],
  ['round', 'merge  <workbook.xlsx> <answers.xlsx>... --out <merged.xlsx> [--lang ja|en] [--force]'],
  ['round', 'status <workbook.xlsx> --year YYYY [--json] [--lang ja|en]'],
];

/** What each command does, for its own --help: one line in Japanese, one in English. */
const COMMAND_PURPOSE: Record<string, [string, string]> = {
  summarize: [
    '集計の表を表示します。--out で「集計」「入力チェック結果」シートを加えたブックの写しを、--json で JSON を書き出します',
    'Prints the tables; --out writes a copy of the workbook with the summary and problems sheets, --json prints the summary as JSON',
  ],
  validate: ['入力チェックの結果だけを表示します', 'Prints only the problems'],
  round: [
    '年度の照会（部署ごとの回答ファイルの作成・回答の取りまとめ・部署ごとの回答状況）を行います',
    "Runs the year's round: one answer file per department, merging the answers, each department's completion",
  ],
  template: [
    '空のブック（すべてのシート・見出し・ドロップダウン）を書き出します。--plan でそのブックの設定・区分を引き継ぎます',
    "Writes an empty workbook with every sheet, header and dropdown; --plan carries that workbook's settings and labels",
  ],
  freeze: ['その日の数値を基準日として、ブックの隣に読み取り専用で保存します', "Keeps the day's figures as a read-only baseline beside the workbook"],
  report: ['実績報告書を .docx か .html で書き出します', 'Writes the annual report as .docx or .html'],
  proofread: ['報告書の原稿の数値を、ブックの集計と原稿内の計算で照合します', "Checks a draft report's figures against the workbook and its own arithmetic"],
  digest: ['月次ダイジェストのメッセージ（.eml と .html）をフォルダーに書き出します', "Writes the month's digest messages (.eml and .html) to a folder"],
};

const EXIT_STATUS = '終了コード / Exit status: 0 エラーなし / no errors, 1 ブックにエラー / workbook has errors, 2 読めない / unreadable file or bad usage';

export const USAGE = `使い方 / Usage:
${COMMAND_ARGS.map(([name, args]) => `  shinchoku ${name.padEnd(9)} ${args}`).join('\n')}

${EXIT_STATUS}`;

/** One command's usage: `shinchoku <command> --help` (or -h). */
export function commandUsage(command: string): string {
  const args = COMMAND_ARGS.filter(([name]) => name === command).map(([, rest]) => rest);
  const [ja, en] = COMMAND_PURPOSE[command] ?? ['', ''];
  return `使い方 / Usage:
${args.map((rest) => `  shinchoku ${command} ${rest}`).join('\n')}

${ja}
${en}

${EXIT_STATUS}`;
}

export const COMMANDS = ['summarize', 'validate', 'template', 'freeze', 'report', 'proofread', 'digest', 'round'];

/** An unknown command, with the command it most likely meant (valdate → validate): a typo is the usual cause. */
export function unknownCommand(command: string): string {
  const lower = command.toLowerCase();
  const near = COMMANDS.find((name) => name === lower || (command.length <= 20 && editDistance(lower, name) <= 2));
  return near
    ? `「${command}」というコマンドはありません。${near} ですか？ / unknown command: ${command}; did you mean ${near}?`
    : `「${command}」というコマンドはありません / unknown command: ${command}`;
}
