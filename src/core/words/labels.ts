/**
 * The labels: the generated tables' and sheets' headings (tableLabels.ts), the add-on's menus,
 * sidebar and dialogs (uiLabels.ts), the monthly digest (digestLabels.ts), the lines the adapters
 * put together (adapterLabels.ts), as one table LABELS
 * read through label(). Part of the one catalogue (words/messages.ts).
 */
import type { Lang } from '../base/lang';
import { ADAPTER_LABELS } from './adapterLabels';
import { DIGEST_LABELS } from './digestLabels';
import { message } from './problemMessages';
import { TABLE_LABELS } from './tableLabels';
import { UI_LABELS } from './uiLabels';

/** Every label, by key: a key is one audience's (the four tables share none). */
export const LABELS = { ...TABLE_LABELS, ...UI_LABELS, ...DIGEST_LABELS, ...ADAPTER_LABELS };

export type LabelKey = keyof typeof LABELS;

export function label(key: LabelKey, lang: Lang, params: Record<string, string | number> = {}): string {
  return LABELS[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** The one message of a baseline asked for and not frozen (compute/baseline.ts missingBaseline), with the dates there are. */
export function baselineMissingText(missing: { date: string; found: readonly string[] }, lang: Lang): string {
  const found = missing.found.length > 0 ? missing.found.join(lang === 'ja' ? '、' : ', ') : lang === 'ja' ? 'なし' : 'none';
  return label('baselineMissing', lang, { date: missing.date, found });
}

/** A plan's label as a person reads it: in English, its English name where it has one (withLabel: 「済 (Done)」). */
export function termName(term: { label: string; en?: string }, lang: Lang, withLabel = false): string {
  if (lang === 'ja' || !term.en) return term.label;
  return withLabel ? `${term.label} (${term.en})` : term.en;
}

/** A vocabulary's labels joined for a message: 済 / 概ね順調 / … (English adds each label's English name: 済 (Done) / …). */
export function termList(terms: readonly { label: string; en?: string }[], lang: Lang): string {
  return terms.map((term) => termName(term, lang, true)).join(' / ');
}

/** The allowed labels of a vocabulary, as a message's parameters in both languages (allowed, allowedEn). */
export function allowedLabels(vocabulary: { terms: readonly { label: string; en?: string }[] }): { allowed: string; allowedEn: string } {
  return { allowed: termList(vocabulary.terms, 'ja'), allowedEn: termList(vocabulary.terms, 'en') };
}

/** A problem's text and, when there is one, the closest label: joined with no space in Japanese, one in English. */
export function withSuggestion(text: string, suggestion: string | null | undefined, lang: Lang): string {
  if (!suggestion) return text;
  return `${text}${lang === 'ja' ? '' : ' '}${message('suggestion', lang, { value: suggestion })}`;
}
