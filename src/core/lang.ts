/** The two languages of every message, menu, sheet and mail. */
export type Lang = 'ja' | 'en';
