/**
 * The problems' words about one sheet's records: a project, an activity's
 * status, a target's result, an effect, a facility, a department's address,
 * an indicator, a goal, a report text. Part of the problems' catalogue
 * (problemMessages.ts).
 */
import { type AddressProblem, addressReason } from '../base/email';
import { dq, type Entry, q } from './problemText';

export const RECORD_PROBLEMS = {
  codeDuplicate: {
    ja: (p) => `事業コード${q(p.value)}が重複しています（最初は ${p.first}）。最初の行を使います。`,
    en: (p) => `Project code ${dq(p.value)} is used twice (first in ${p.first}); the first row is used.`,
  },
  perspectiveUnknown: {
    ja: (p) => `取組の視点${q(p.value)}がわかりません。1～${p.count}の番号か、視点の名前（${p.names}）を入力してください。`,
    en: (p) => `Perspective ${dq(p.value)} is unknown; enter a number 1-${p.count} or a perspective name (${p.namesEn}).`,
  },
  endKindUnknown: {
    ja: (p) => `終了区分${q(p.value)}は使えません。使える値: ${p.allowed}。`,
    en: (p) => `End kind ${dq(p.value)} is not allowed. Allowed: ${p.allowedEn}.`,
  },
  statusUnknown: {
    ja: (p) => `進捗状況${q(p.value)}は使えません。使える値: ${p.allowed}。`,
    en: (p) => `Progress status ${dq(p.value)} is not allowed. Allowed: ${p.allowedEn}.`,
  },
  statusVariant: {
    ja: (p) => `${q(p.value)}を進捗状況${q(p.label)}として読みました。${q(p.label)}と入力してください。`,
    en: (p) => `${dq(p.value)} was read as the status ${dq(p.label)}; please type ${dq(p.label)}.`,
  },
  resultUnknown: {
    ja: (p) => `達成状況${q(p.value)}は使えません。使える値: ${p.allowed}（未評価は空欄か －）。`,
    en: (p) => `Achievement result ${dq(p.value)} is not allowed. Allowed: ${p.allowedEn} (blank or － if not evaluated yet).`,
  },
  resultVariant: {
    ja: (p) => `${q(p.value)}を達成状況${q(p.label)}として読みました。${q(p.label)}と入力してください。`,
    en: (p) => `${dq(p.value)} was read as the result ${dq(p.label)}; please type ${dq(p.label)}.`,
  },
  effectKindUnknown: {
    ja: (p) => `区分${q(p.value)}は使えません。使える値: ${p.allowed}。`,
    en: (p) => `Kind ${dq(p.value)} is not allowed. Allowed: ${p.allowedEn}.`,
  },
  amountUnitMismatch: {
    ja: (p) =>
      `見出し${q(p.value)}の単位は${p.found}ですが、設定の金額単位は${p.unit}です。見出しを「効果額（${p.unit}）」にするか、設定の金額単位を直してください。この列の金額は集計しません。`,
    en: (p) =>
      `Header ${dq(p.value)} names ${p.found}, but the money unit in Settings is ${p.unit}. Rename it "効果額（${p.unit}）" or fix the setting; its amounts are left out.`,
  },
  changeUnknown: {
    ja: (p) => `区分${q(p.value)}は使えません。使える値: ${p.allowed}。`,
    en: (p) => `Change ${dq(p.value)} is not allowed. Allowed: ${p.allowedEn}.`,
  },
  booleanInvalid: {
    ja: (p) => `一般会計${q(p.value)}が読めません。使える値: TRUE / FALSE、${p.allowed}、はい / いいえ（空欄はTRUE）。`,
    en: (p) => `General account ${dq(p.value)} is unclear. Allowed: TRUE / FALSE, ${p.allowedEn}, yes / no (blank = TRUE).`,
  },
  areaNotPositive: {
    ja: (p) => `面積${q(p.value)}は0より大きい値にしてください（廃止・増加は「区分」で表します）。`,
    en: (p) => `Area ${dq(p.value)} must be greater than zero (abolished or added is given by "Change").`,
  },
  emailInvalid: {
    ja: (p) => `メールアドレス${q(p.value)}は使えません: ${addressReason(p.problem as AddressProblem, 'ja')}。`,
    en: (p) => `E-mail address ${dq(p.value)} is refused: ${addressReason(p.problem as AddressProblem, 'en')}.`,
  },
  indicatorTargetUnknown: {
    ja: (p) =>
      `達成するべき事項${q(p.value)}が「達成事項」シートの事業${q(p.code)}の行にありません。事項の文をそのまま入れるか、行番号（例: #12）を入れてください。`,
    en: (p) => `Target ${dq(p.value)} is not a row of project ${dq(p.code)} on the Targets sheet. Copy the target's text, or give its row number (e.g. #12).`,
  },
  percentMixed: {
    ja: (p) =>
      `${q(p.value)}は小数の割合（1.5以下、例: 0.93）ですが、同じ行のもう一方は百分率です。${p.read}（%）として判定しました。どちらかにそろえてください。`,
    en: (p) =>
      `${dq(p.value)} is a decimal fraction (1.5 or less, e.g. 0.93) while the other value of this row is a percentage; it was judged as ${p.read} (%). Write both the same way.`,
  },
  ruleUnknown: {
    ja: (p) => `判定${q(p.value)}は使えません。使える値: 以上 / 以下 / 以内 / 超 / 未満 / 等しい（空欄は以上）。`,
    en: (p) => `Rule ${dq(p.value)} is not allowed. Allowed: 以上 (>=) / 以下 (<=) / 以内 (<=) / 超 (>) / 未満 (<) / 等しい (=); blank means >=.`,
  },
  goalTargetZero: {
    ja: (p) => `目標${q(p.goal)}の${p.column}が0です。0に対する達成率は計算できないため「－」とします。目標とする値を入力してください。`,
    en: (p) => `Goal ${dq(p.goal)} has ${p.columnEn} 0: a rate against 0 cannot be worked out and is shown as －. Enter the value aimed at.`,
  },
  reportSectionUnknown: {
    ja: (p) => `見出し${q(p.value)}は使えません。使える値: ${p.allowed}。`,
    en: (p) => `Section ${dq(p.value)} is not allowed. Allowed: ${p.allowedEn}.`,
  },
  reportPerspectiveMissing: {
    ja: (p) =>
      p.noColumn
        ? `見出し${q(p.section)}の行には、どの取組の視点の文章かが要ります。「視点」の列を加えて、番号か名前で入力してください。`
        : `見出し${q(p.section)}の行には、どの取組の視点の文章かを「視点」の列に番号か名前で入力してください。`,
    en: (p) =>
      p.noColumn
        ? `A row headed ${dq(p.sectionEn)} needs its perspective: add a Perspective (視点) column and enter a number or name there.`
        : `A row headed ${dq(p.sectionEn)} needs its perspective (number or name) in the Perspective column.`,
  },
} satisfies Record<string, Entry>;
