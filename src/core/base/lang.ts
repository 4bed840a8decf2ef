/** The two languages of every message, menu, sheet and mail. */
export type Lang = 'ja' | 'en';

/** Japanese unless a locale (ja, ja_JP, en_US …) names another language; no locale: Japanese. */
export function langOfLocale(locale: string | null | undefined): Lang {
  return locale && !locale.toLowerCase().startsWith('ja') ? 'en' : 'ja';
}
