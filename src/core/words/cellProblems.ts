/**
 * The problems' words about one cell's value, whatever its sheet: empty, an
 * error, too long, a date, a number, a year, a word or a project code that
 * cannot be read as typed. Part of the problems' catalogue (problemMessages.ts).
 */
import { dq, type Entry, q } from './problemText';

export const CELL_PROBLEMS = {
  required: {
    ja: (p) => `${q(p.column)}が空です。値を入力してください。`,
    en: (p) => `${dq(p.columnEn)} is empty; enter a value.`,
  },
  formulaError: {
    ja: (p) => `数式のエラー値 ${p.value} です。元の数式を直してください。`,
    en: (p) => `Formula error ${p.value}; fix the formula that produces it.`,
  },
  textTooLong: {
    ja: (p) => `${p.length}文字あります。Googleスプレッドシートの1セルの上限（50,000文字）を超えています。`,
    en: (p) => `The cell holds ${p.length} characters, more than a Google Sheets cell allows (50,000).`,
  },
  valueIsDate: {
    ja: (p) => `日付（${p.value}）が入っています。${q(p.column)}には文字を入力してください。`,
    en: (p) => `A date (${p.value}) was found; ${dq(p.columnEn)} needs text.`,
  },
  numberInvalid: {
    ja: (p) => `${q(p.value)}は数値として読めません。例: 1,234、１２３４、－（0）。`,
    en: (p) => `${dq(p.value)} is not a number. Examples: 1,234, １２３４, － (zero).`,
  },
  numberTooLarge: {
    ja: (p) =>
      `${p.column ? `${p.column}の値` : '値'}${q(p.value)}は大きすぎて正確に集計できません（扱える大きさは絶対値${p.limit}まで）。${p.formula || p.merge ? '' : 'この値は集計から除きました。'}単位と桁を確かめてください。`,
    en: (p) =>
      `${p.columnEn ? `${p.columnEn} ` : 'Value '}${dq(p.value)} is too large to be summed exactly (the limit is ${p.limit} either way)${p.formula || p.merge ? '' : '; it was left out of every sum'}. Check its unit and digits.`,
  },
  sumTooLarge: {
    ja: (p) =>
      `${q(p.value)}を${p.merge ? '取り込む' : '加える'}と${p.total}の合計が正確に集計できる大きさ（${Number(p.decimals) > 0 ? `小数${p.decimals}桁で` : ''}絶対値${p.limit}まで）を超え${p.merge ? 'ます' : 'るため、この値は集計から除きました'}。桁を確かめてください。`,
    en: (p) =>
      `${p.merge ? 'Merging' : 'Adding'} ${dq(p.value)} would take the total of ${p.totalEn} beyond what can be summed exactly (${p.limit} either way${Number(p.decimals) > 0 ? `, at ${p.decimals} decimal places` : ''})${p.merge ? '' : '; it was left out of every sum'}. Check its digits.`,
  },
  numberNegative: {
    ja: (p) => `${q(p.value)}は負の値です。${p.column}には0以上の値を入力してください。`,
    en: (p) => `${dq(p.value)} is negative; ${p.columnEn} must be zero or more.`,
  },
  yearInvalid: {
    ja: (p) => `${q(p.value)}は年度として読めません。例: 令和2年度、R2、2020、FY2020、年度内の日付。`,
    en: (p) => `${dq(p.value)} is not a fiscal year. Examples: 令和2年度, R2, 2020, FY2020, or a date in the year.`,
  },
  yearRangeInvalid: {
    ja: (p) => `${q(p.value)}は年度または年度の範囲として読めません。例: 令和5年度、令和2～5年度、H28～R5、2020-2023。`,
    en: (p) => `${dq(p.value)} is not a fiscal year or range. Examples: 令和5年度, 令和2～5年度, H28～R5, 2020-2023.`,
  },
  wordVariant: {
    ja: (p) => `${q(p.value)}を${p.column}${q(p.label)}として読みました。${q(p.label)}と入力してください。`,
    en: (p) => `${dq(p.value)} was read as ${p.columnEn} ${dq(p.label)}; please type ${dq(p.label)}.`,
  },
  suggestion: {
    ja: (p) => `${q(p.value)}ではありませんか。`,
    en: (p) => `Did you mean ${dq(p.value)}?`,
  },
  codeUnknown: {
    ja: (p) => `事業コード${q(p.value)}は「事業」シートにありません。${p.suggestion ? `${q(p.suggestion)}ではありませんか。` : ''}`,
    en: (p) => `Project code ${dq(p.value)} is not on the Projects sheet.${p.suggestion ? ` Did you mean ${dq(p.suggestion)}?` : ''}`,
  },
  codeNormalized: {
    ja: (p) => `事業コード${q(p.value)}に全角文字・空白・見えない文字が含まれています。${q(p.normalized)}として読みました。`,
    en: (p) => `Project code ${dq(p.value)} contains full-width, space or invisible characters; read as ${dq(p.normalized)}.`,
  },
} satisfies Record<string, Entry>;
