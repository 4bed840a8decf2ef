/**
 * What every problem's words are made of: the values a message is given, an
 * entry's two languages, and each language's quotation marks around a value
 * (「…」 and "…"). Shared by the parts of the problems' catalogue.
 */
export type MessageParams = Record<string, string | number | undefined>;

export type Entry = { ja: (p: MessageParams) => string; en: (p: MessageParams) => string };

export const q = (value: string | number | undefined) => `「${value ?? ''}」`;
export const dq = (value: string | number | undefined) => `"${value ?? ''}"`;
