/**
 * Text normalisation shared by every parser: what people type in a shared
 * workbook differs by width, spacing and invisible characters.
 */

/**
 * Zero-width and direction marks and the soft hyphen, which survive copy-paste but carry no meaning:
 * the one set both the cleaning here and cells.ts's isBlank use (a cell of only these is blank).
 */
export const INVISIBLE_CHARS = '\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD';
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, 'g');

/** The text without the invisible marks (a draft's lines; cleanText and normalizeText use the same set). */
export function stripInvisible(value: string): string {
  return value.replace(INVISIBLE, '');
}

/** Between e-mail addresses in one cell or box (設定's 送信先, 部署's メール, the sidebar): lines, commas, semicolons, 、, white space. */
export const ADDRESS_SEPARATOR = /[\n\r,;、，\s]+/;
/** Between names in one cell (取組推進課, 区分's 別名): lines, commas and 、 — a name may hold a space. */
export const NAME_SEPARATOR = /[、,，\n\r]+/;

/** NFKC, invisible characters removed, every run of white space (incl. NBSP, U+3000) as one space, trimmed. */
/**
 * Characters NFKC leaves as they are — ASCII, kana, CJK unified ideographs and the common CJK
 * punctuation (、。「」『』【】) — so that a text of only these is not normalised again (a 2 MB draft
 * is normalised a line at a time).
 */
const NFKC_STABLE = /^[\t\n\r -~\u3001\u3002\u300c-\u3011\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff]*$/;

/** value.normalize('NFKC'), without the work where nothing would change. */
export function nfkc(value: string): string {
  return NFKC_STABLE.test(value) ? value : value.normalize('NFKC');
}

export function normalizeText(value: string): string {
  return nfkc(value).replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
}

/** Text kept as the person typed it, minus invisible characters and surrounding white space (names, notes). */
export function cleanText(value: string): string {
  return value
    .replace(INVISIBLE, '')
    .replace(/\u00A0/g, ' ')
    .trim();
}

/** Text to put literally inside a regular expression (a money unit, a label). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The key headers, sheet names and settings keys are matched by: normalised, lower case, no white space. */
export function matchKey(value: string): string {
  return normalizeText(value).toLowerCase().replace(/\s+/g, '');
}

/** Katakana as hiragana (オオムネ → おおむね): a label typed in the other script is close to it, for suggestions only. */
export function kanaFold(value: string): string {
  return value.replace(/[\u30a1-\u30f6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));
}

/** How far a typed key may be from a name of `length` characters to be suggested: sharing something (済 is not close to A). */
export function suggestionDistance(length: number): number {
  return Math.min(length - 1, Math.max(1, Math.ceil(length / 2)));
}

/**
 * The name closest to a typed value (both compared by matchKey, katakana as hiragana), within suggestionDistance of it;
 * undefined when none is. For the fixed lists (設定's values, 区分's 意味); the plan's labels use Vocabulary.suggest.
 */
export function closestName(typed: string, names: readonly string[]): string | undefined {
  const key = kanaFold(matchKey(typed));
  if (key === '' || key.length > 40) return undefined;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const name of names) {
    const candidate = kanaFold(matchKey(name));
    const distance = editDistance(key, candidate);
    if (distance <= suggestionDistance(Array.from(candidate).length) && distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
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

const WIDE =
  /[\u1100-\u115F\u231A\u231B\u2329\u232A\u23E9-\u23EC\u23F0\u23F3\u25FD\u25FE\u2614\u2615\u2648-\u2653\u267F\u2693\u26A1\u26AA\u26AB\u26BD\u26BE\u26C4\u26C5\u26CE\u26D4\u26EA\u26F2\u26F3\u26F5\u26FA\u26FD\u2705\u270A\u270B\u2728\u274C\u274E\u2753-\u2755\u2757\u2795-\u2797\u27B0\u27BF\u2B1B\u2B1C\u2B50\u2B55\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE10-\uFE19\uFE30-\uFE6F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{16FE0}-\u{1B2FF}\u{1F004}\u{1F0CF}\u{1F18E}\u{1F191}-\u{1F19A}\u{1F200}-\u{1F64F}\u{1F680}-\u{1F6FF}\u{1F900}-\u{1F9FF}\u{1FA70}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u;
const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}]/u;

/** Columns a string takes in a terminal or a spreadsheet column: East Asian wide characters count two, marks none. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (ZERO_WIDTH.test(ch)) continue;
    const code = ch.codePointAt(0) ?? 0;
    if (code < 32 || (code >= 0x7f && code < 0xa0)) continue;
    width += WIDE.test(ch) ? 2 : 1;
  }
  return width;
}

/**
 * What XML 1.0 cannot hold (https://www.w3.org/TR/xml/#charsets, production [2] Char): the C0 controls
 * but tab, LF and CR, U+FFFE, U+FFFF, and a surrogate without its pair (with the u flag a pair is one
 * code point above U+FFFF, which the class does not match). A sheet's cell can hold each of them
 * (Sheets, or an .xlsx with `_xFFFF_`); a Word part holding one is not XML, and Word refuses the file.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

/** Text any XML part can carry: each forbidden character becomes U+FFFD (�), visible where it was, never dropped silently. */
export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, '\uFFFD');
}

/** The same characters taken out instead, for text that must read back exactly as it was less them (the generated sheets' cells and names). */
export function xmlStrip(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}
