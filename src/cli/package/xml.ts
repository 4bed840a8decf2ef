/** The few XML readings the package writer needs: namespaces, attributes, an element with its body, a string item's text. */
import { unescapeXml } from '../xmlText';

export const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const WORKSHEET_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
export const WORKSHEET_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

export function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)="([^"]*)"/g)) found.set(m[1], m[2]);
  return found;
}

/**
 * An element with its body, the body never running past the next start or end tag of the same name:
 * one pass over any input, closed or not (a lazy [\s\S]*? up to an end tag that never comes would
 * rescan the rest of the part from every start tag). Groups: 1 the prefix, 2 the attributes, 3 the body.
 */
export function elementPattern(name: string, flags = 'g'): RegExp {
  return new RegExp(`<(\\w+:)?${name}\\b([^<>]*?)(?:/>|>((?:(?!</?(?:\\w+:)?${name}\\b)[\\s\\S])*)</(?:\\w+:)?${name}>)`, flags);
}

/** An XML element without its namespace prefixes, for comparing entries. */
export function plain(element: string): string {
  return element.replace(/<(\/?)\w+:/g, '<$1');
}

/** The text of a string item (<si>, <is>): its runs' text, without the phonetic guide (ふりがな, <rPh>) Excel may add. */
export function itemText(body: string): string {
  let out = '';
  for (const m of body.replace(elementPattern('rPh'), '').matchAll(elementPattern('t'))) out += unescapeXml(m[3] ?? '');
  return out;
}
