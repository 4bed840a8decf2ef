/**
 * The digest's language choices (moved from present/digestRender.ts: they live in words/). Each gives, byte for
 * byte, what the digest printed before.
 */
import type { Lang } from '../base/lang';

/** Brackets as each language writes them: 全角 in Japanese, half-width after a space in English. */
export function digestParen(text: string, lang: Lang): string {
  return lang === 'ja' ? `（${text}）` : ` (${text})`;
}

/** A plan's label as the digest names it: in English, its English name where it has one ("済 (Done)"). */
export function digestLabelName(text: string, lang: Lang, englishNames: Readonly<Record<string, string>>): string {
  return lang === 'en' ? (englishNames[text] ?? text) : text;
}

/** The labels counted in the rate: 済・概ね順調; counted in the rate (済, 概ね順調). One text per language. */
export function digestInRateList(labels: readonly string[], lang: Lang): string {
  return lang === 'ja' ? labels.join('・') : `counted in the rate (${labels.join(', ')})`;
}

/** The labels of the attention list's heading: 遅れ・未着手; 遅れ or 未着手. */
export function digestAttentionList(labels: readonly string[], lang: Lang): string {
  return labels.join(lang === 'ja' ? '・' : ' or ');
}
