/**
 * The problems' words about the plan's own settings: the 設定 sheet's items
 * and values, and the 区分 sheet's labels, meanings and variants. Part of the
 * problems' catalogue (problemMessages.ts).
 */
import { dq, type Entry, q } from './problemText';

export const SETTING_PROBLEMS = {
  settingUnknown: {
    ja: (p) => `設定項目${q(p.value)}は使われません。使える項目: ${p.allowed}。`,
    en: (p) => `Setting ${dq(p.value)} is not used. Known settings: ${p.allowedEn}.`,
  },
  settingInvalid: {
    ja: (p) => `設定${q(p.key)}の値${q(p.value)}が使えません。${p.suggestion ? `${q(p.suggestion)}ではありませんか。` : ''}${p.allowed}`,
    en: (p) => `Setting ${dq(p.keyEn)} has an unusable value ${dq(p.value)}.${p.suggestion ? ` Did you mean ${dq(p.suggestion)}?` : ''} ${p.allowedEn}`,
  },
  settingVariant: {
    ja: (p) => `設定${q(p.key)}の値${q(p.value)}を${q(p.label)}として読みました。${q(p.label)}と入力してください。`,
    en: (p) => `Setting ${dq(p.keyEn)}: ${dq(p.value)} was read as ${dq(p.label)}; please type ${dq(p.label)}.`,
  },
  categoryKindUnknown: {
    ja: (p) => `種類${q(p.value)}は使えません。使える値: 進捗状況 / 達成状況。この行は使いません。`,
    en: (p) => `Kind ${dq(p.value)} is not allowed. Allowed: 進捗状況 (progress) / 達成状況 (result). The row is left out.`,
  },
  categoryLabelDuplicate: {
    ja: (p) => `区分${q(p.value)}は${p.kind}に2回あります（最初は ${p.first}）。この行は使いません。`,
    en: (p) => `Label ${dq(p.value)} appears twice in ${p.kindEn} (first in ${p.first}); this row is left out.`,
  },
  categoryMeaningUnknown: {
    ja: (p) =>
      `意味${q(p.value)}は標準の意味ではありません。${p.suggestion ? `${q(p.suggestion)}ではありませんか。` : ''}使える値: ${p.allowed}。この行は使いません。`,
    en: (p) =>
      `Meaning ${dq(p.value)} is not a standard meaning.${p.suggestion ? ` Did you mean ${dq(p.suggestion)}?` : ''} Allowed: ${p.allowedEn}. The row is left out.`,
  },
  categoryInRateInvalid: {
    ja: (p) => `進捗率に含める${q(p.value)}が読めません。使える値: ○ / ×（TRUE / FALSE、はい / いいえ）。この行は使いません。`,
    en: (p) => `In rate ${dq(p.value)} is unclear. Allowed: ○ / × (TRUE / FALSE, yes / no). The row is left out.`,
  },
  categoryVariantDuplicate: {
    ja: (p) => `別名${q(p.value)}は${p.kind}の区分${q(p.other)}の区分名か別名でもあります。この別名は使いません。`,
    en: (p) => `Variant ${dq(p.value)} is also the label or a variant of ${dq(p.other)} in ${p.kindEn}; this variant is ignored.`,
  },
  categoryInRateIgnored: {
    ja: () => `進捗率に含めるは進捗状況の区分だけに使います。達成状況の行では無視します。`,
    en: () => `"In rate" applies to progress labels only; it is ignored on a result row.`,
  },
} satisfies Record<string, Entry>;
