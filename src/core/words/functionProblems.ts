/**
 * The problems' words about a custom function's arguments in a Sheets
 * formula: a range of the 区分 sheet, a style, a denominator, two ranges of
 * different sizes. Part of the problems' catalogue (problemMessages.ts).
 */
import { dq, type Entry, q } from './problemText';

export const FUNCTION_PROBLEMS = {
  categoriesRangeUnread: {
    ja: () => '区分の範囲から進捗状況・達成状況の区分を1つも読めませんでした。区分シートの範囲（例: 区分!A:E）を渡してください。',
    en: () => 'No progress or result label could be read from the 区分 range: pass the range of the 区分 sheet (e.g. 区分!A:E).',
  },
  styleUnknown: {
    ja: (p) => `書式${q(p.value)}は使えません。使える値: long / short / western / fy（空欄は long）。`,
    en: (p) => `Style ${dq(p.value)} is not allowed. Allowed: long / short / western / fy; blank means long.`,
  },
  denominatorUnknown: {
    ja: (p) => `達成率の分母${q(p.value)}は使えません。${p.allowed}（空欄は評価済み）`,
    en: (p) => `Achievement denominator ${dq(p.value)} is not allowed. ${p.allowedEn} Blank means 評価済み (evaluated).`,
  },
  rangeSizesDiffer: {
    ja: (p) => `目標値（${p.goals}個）と実績値（${p.actuals}個）の数が合いません。同じ大きさの範囲を指定してください。`,
    en: (p) => `There are ${p.goals} goals but ${p.actuals} actuals; give two ranges of the same size.`,
  },
} satisfies Record<string, Entry>;
