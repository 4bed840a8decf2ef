/**
 * E-mail addresses people type into the digest settings and the 部署 sheet.
 * Deliberately strict: a plain addr-spec (local@domain), nothing that could
 * smuggle a second recipient or a header (commas, angle brackets, line breaks).
 */
import type { Lang } from './lang';
import { ADDRESS_SEPARATOR } from './text';

export type AddressProblem = 'empty' | 'noAt' | 'badLocal' | 'badDomain' | 'tooLong' | 'forbidden';

const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

export function checkAddress(address: string): AddressProblem | null {
  if (address.trim() === '') return 'empty';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\s,;<>()[\]\\"\u0000-\u001f\u007f]/.test(address)) return 'forbidden';
  if (address.length > 254) return 'tooLong';
  const at = address.lastIndexOf('@');
  if (at < 0) return 'noAt';
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local.length === 0 || local.length > 64 || !LOCAL.test(local)) return 'badLocal';
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label)) || /^\d+$/.test(labels[labels.length - 1])) return 'badDomain';
  return null;
}

const REASONS: Record<AddressProblem, { ja: string; en: string }> = {
  empty: { ja: 'アドレスが空です', en: 'the address is empty' },
  noAt: { ja: '「@」がありません', en: 'there is no "@"' },
  badLocal: { ja: '「@」の前に使えない文字があるか、空です', en: 'the part before "@" is empty or has characters that are not allowed' },
  badDomain: { ja: '「@」の後のドメイン名が正しくありません（例: example.jp）', en: 'the domain after "@" is not valid (e.g. example.jp)' },
  tooLong: { ja: '長すぎます（254文字まで）', en: 'it is too long (254 characters at most)' },
  forbidden: {
    ja: '空白・カンマ・セミコロン・山かっこ・改行は使えません（1つのセルに複数書くときは改行ではなく別の行に）',
    en: 'spaces, commas, semicolons, angle brackets and line breaks are not allowed',
  },
};

export function addressReason(problem: AddressProblem, lang: Lang): string {
  return REASONS[problem][lang];
}

/**
 * A sender typed for a mail's From: `address` or `Name <address>`. The address is checked as every address
 * is (checkAddress); the name may hold no control character, line break or angle bracket (nothing that could
 * become a second header). Returns the From as it will be written, or why it cannot be.
 */
export function checkFrom(text: string): { from: string } | { problem: AddressProblem } {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\u0000-\u001f\u007f\u2028\u2029]/.test(text)) return { problem: 'forbidden' };
  const trimmed = text.trim();
  const named = /^([^<>]*)<([^<>]*)>$/.exec(trimmed);
  const address = named ? named[2].trim() : trimmed;
  const problem = checkAddress(address);
  if (problem) return { problem };
  const name = named ? named[1].trim() : '';
  return { from: name ? `${name} <${address}>` : address };
}

export interface AddressCheck {
  valid: string[];
  invalid: { address: string; reason: string }[];
}

/** Splits a list typed by a person (new lines, commas, semicolons, 、) and checks each address. */
export function checkAddressList(text: string, lang: Lang): AddressCheck {
  const valid: string[] = [];
  const invalid: { address: string; reason: string }[] = [];
  for (const raw of text.split(ADDRESS_SEPARATOR)) {
    const address = raw.trim();
    if (address === '') continue;
    const problem = checkAddress(address);
    if (problem) invalid.push({ address, reason: addressReason(problem, lang) });
    else if (!valid.includes(address.toLowerCase())) valid.push(address.toLowerCase());
  }
  return { valid, invalid };
}

/** HTML-escapes text for mail bodies and pages: & < > " ' and backtick. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' })[ch] as string);
}

/**
 * A header value (the subject, --from): line breaks and other control characters become spaces —
 * C0, DEL, C1 (U+0085 NEL is a line break to some readers), U+2028/U+2029, the bidi overrides and
 * isolates that would show a subject reordered (U+202A–U+202E, U+2066–U+2069), U+FFFE/U+FFFF and a
 * surrogate without its pair (which no UTF-8 encoder can carry).
 */
export function headerSafe(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff\ud800-\udfff]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
