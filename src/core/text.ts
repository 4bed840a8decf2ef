/**
 * Text normalisation shared by every parser: what people type in a shared
 * workbook differs by width, spacing and invisible characters.
 */

/** Zero-width and direction marks that survive copy-paste but carry no meaning. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/g;

/** NFKC, invisible characters removed, every run of white space (incl. NBSP, U+3000) as one space, trimmed. */
export function normalizeText(value: string): string {
  return value.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
}

/** Text kept as the person typed it, minus invisible characters and surrounding white space (names, notes). */
export function cleanText(value: string): string {
  return value
    .replace(INVISIBLE, '')
    .replace(/\u00A0/g, ' ')
    .trim();
}

/** The key headers, sheet names and settings keys are matched by: normalised, lower case, no white space. */
export function matchKey(value: string): string {
  return normalizeText(value).toLowerCase().replace(/\s+/g, '');
}

/** Levenshtein distance, small strings only (vocabulary suggestions). */
export function editDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let previous = Array.from({ length: y.length + 1 }, (_, index) => index);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[y.length];
}

/** Shortens a cell value for messages: a 1,000,000-character cell must not become a 1 MB message. */
export function clip(value: string, max = 60): string {
  if (value.length <= max) return value;
  const head = value.slice(0, max * 2 + 2);
  const chars = Array.from(head);
  if (head.length === value.length && chars.length <= max) return value;
  return `${chars.slice(0, max).join('')}…`;
}
