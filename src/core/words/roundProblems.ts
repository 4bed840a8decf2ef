/**
 * The problems' words about a department's answer file in the round's merge
 * (r27): an answer cell the plan's reading would take for something else.
 * Part of the problems' catalogue (problemMessages.ts).
 */
import { dq, type Entry, q } from './problemText';

export const ROUND_PROBLEMS = {
  // A 部署 row with no address (r27h 9): a warning — the department is split and asked, only its mails are not made.
  departmentNoAddress: {
    ja: (p) => `${p.department}のメールアドレスが空欄です。照会のファイルは作りますが、照会・督促・月次のメールはこの部署には作成しません。`,
    en: (p) => `${p.department} has no e-mail address: its round file is made, but no request, reminder or monthly mail is made for it.`,
  },
  answerDate: {
    ja: (p) =>
      `${p.column}に日付（${p.value}）が入力されています。${p.number ? '数値だけを' : '文字で'}入力してください（Excel が「1/2」や「3-31」を日付に変えることがあります）。`,
    en: (p) => `${p.column} holds a date (${p.value}); enter ${p.number ? 'a number only' : 'text'} (Excel turns "1/2" or "3-31" into a date).`,
  },
  answerAmountText: {
    ja: (p) => `${p.column}の${q(p.value)}は数値として取り込めません。数値だけを入力してください（単位は見出しの${p.unit}です）。`,
    en: (p) => `${p.column}: ${dq(p.value)} cannot be merged as a number; enter a number only (the unit, ${p.unit}, is in the header).`,
  },
  answerTooLong: {
    ja: (p) => `${p.column}が ${p.length} 文字あります。1つのセルに入るのは ${p.limit} 文字までです。短くしてください。`,
    en: (p) => `${p.column} has ${p.length} characters; a cell holds at most ${p.limit}. Shorten it.`,
  },
  answerFormulaNoResult: {
    ja: (p) => `${p.column}は数式（結果が保存されていません）のため、回答として読めません。Excel で開いて保存し直すか、値を入力してください。`,
    en: (p) => `${p.column} is a formula with no saved result, so it cannot be read as an answer; open and save the file in Excel, or type the value.`,
  },
} satisfies Record<string, Entry>;
