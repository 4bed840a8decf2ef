/**
 * The text of a .docx, read from its XML (word/document.xml) with JSZip — no
 * conversion service. One paragraph is one line, so line numbers match what
 * people see when they count paragraphs.
 *
 * The XML is walked by searching forward for each element's end, never with a
 * lazy regular expression from every start tag: /<w:t>([\s\S]*?)<\/w:t>/g on a
 * document with an unclosed <w:t> scanned to its end once per start tag (a
 * 1,917-byte .docx took 59 s). Every search below goes forward only, so the
 * work is linear in the XML.
 */
import JSZip from 'jszip';

/**
 * The first place at or after `from` where `needle` stands, remembered: asked
 * with `from` that never goes back (as a walk through a document asks), the
 * text is searched once in all.
 */
export function forwardSearch(text: string, needle: string | RegExp): (from: number) => number {
  const re = typeof needle === 'string' ? null : new RegExp(needle.source, needle.flags.includes('g') ? needle.flags : `${needle.flags}g`);
  let askedFrom = -1;
  let found = -2;
  return (from: number) => {
    if (found !== -2 && from >= askedFrom && (found === -1 || from <= found)) return found;
    askedFrom = from;
    if (re) {
      re.lastIndex = from;
      found = re.exec(text)?.index ?? -1;
    } else found = text.indexOf(needle as string, from);
    return found;
  };
}

const WHITE = /\s/;

/** How many references read so far named no character: readDraft counts them per draft, so that the user is told (never silently a �). */
export const unreadableReferences = { count: 0 };

/**
 * A character reference's character. One that names no character XML allows
 * (&#0;, a surrogate, past U+10FFFF — https://www.w3.org/TR/xml/#NT-Char) is read
 * as U+FFFD, the replacement character, as HTML reads it
 * (https://html.spec.whatwg.org/multipage/parsing.html#numeric-character-reference-end-state):
 * the draft is read on, and no figure depends on such a character.
 */
export function referencedCharacter(codePoint: number): string {
  if (!Number.isInteger(codePoint) || codePoint <= 0 || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) {
    unreadableReferences.count++;
    return '\uFFFD';
  }
  return String.fromCodePoint(codePoint);
}

function decodeXml(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => referencedCharacter(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => referencedCharacter(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * Where a start tag `<name` that /<name(?:\s[^>]*)?>/ matches at `at` ends (after its >), or -1.
 * `nextGt` finds the next >.
 */
function startTagEnd(xml: string, at: number, name: string, nextGt: (from: number) => number): number {
  const after = at + 1 + name.length;
  const c = xml[after];
  if (c === '>') return after + 1;
  if (c === undefined || !WHITE.test(c)) return -1;
  const gt = nextGt(after + 1);
  return gt < 0 ? -1 : gt + 1;
}

/** The text of a paragraph: what /<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>|<w:br\/>/g finds, each as its text. */
function paragraphText(p: string): string {
  const candidates = /<w:t|<w:br\/>/g;
  const nextGt = forwardSearch(p, '>');
  const nextClose = forwardSearch(p, '</w:t>');
  let text = '';
  for (let m = candidates.exec(p); m !== null; m = candidates.exec(p)) {
    const at = m.index;
    if (m[0] === '<w:br/>') {
      text += '\n';
      continue;
    }
    const open = startTagEnd(p, at, 'w:t', nextGt);
    const close = open < 0 ? -1 : nextClose(open);
    if (close >= 0) {
      text += decodeXml(p.slice(open, close));
      candidates.lastIndex = close + '</w:t>'.length;
    } else if (p.startsWith('<w:tab/>', at)) {
      text += '\t';
      candidates.lastIndex = at + '<w:tab/>'.length;
    } else candidates.lastIndex = at + 1;
  }
  return text;
}

/**
 * What text.match(/<name[\s>][\s\S]*?<\/name>/g) finds (with `empty`, also <name/>),
 * searching forward only.
 */
function elements(text: string, name: string, empty = false): string[] {
  const found: string[] = [];
  const open = `<${name}`;
  const closeTag = `</${name}>`;
  const nextClose = forwardSearch(text, closeTag);
  let at = text.indexOf(open);
  while (at >= 0) {
    const c = text[at + open.length];
    if (c === '>' || (c !== undefined && WHITE.test(c))) {
      const close = nextClose(at + open.length + 1);
      if (close >= 0) {
        found.push(text.slice(at, close + closeTag.length));
        at = text.indexOf(open, close + closeTag.length);
        continue;
      }
      // No end tag after this start tag: none after a later one either; only <name/> may still come.
      if (!empty) break;
    } else if (empty && text.startsWith(`${open}/>`, at)) {
      found.push(`${open}/>`);
      at = text.indexOf(open, at + open.length + 2);
      continue;
    }
    at = text.indexOf(open, at + 1);
  }
  return found;
}

/** What body.split(/(<w:tbl(?:\s[^>]*)?>[\s\S]*?<\/w:tbl>)/) gives: the text between tables, and each table. */
function splitTables(body: string): string[] {
  const parts: string[] = [];
  const nextGt = forwardSearch(body, '>');
  const nextClose = forwardSearch(body, '</w:tbl>');
  let copied = 0;
  let at = body.indexOf('<w:tbl');
  while (at >= 0) {
    const open = startTagEnd(body, at, 'w:tbl', nextGt);
    const close = open < 0 ? -1 : nextClose(open);
    if (close >= 0) {
      const end = close + '</w:tbl>'.length;
      parts.push(body.slice(copied, at), body.slice(at, end));
      copied = end;
      at = body.indexOf('<w:tbl', end);
    } else at = body.indexOf('<w:tbl', at + 1);
  }
  parts.push(body.slice(copied));
  return parts;
}

/** What /<w:body>([\s\S]*)<\/w:body>/.exec(xml)?.[1] gives: from the first <w:body> to the last </w:body>. */
function bodyOf(xml: string): string | undefined {
  const start = xml.indexOf('<w:body>');
  if (start < 0) return undefined;
  const end = xml.lastIndexOf('</w:body>');
  return end >= start + '<w:body>'.length ? xml.slice(start + '<w:body>'.length, end) : undefined;
}

/**
 * One paragraph is one line; a table row is one line too, its cells separated
 * by tabs (a cell's own paragraphs joined by spaces), so a row reads as the
 * row of figures a person sees — as a PDF-to-text conversion gives it.
 */
export function documentXmlToText(xml: string): string {
  const body = bodyOf(xml) ?? xml;
  const lines: string[] = [];
  // Tables first, as whole rows; the paragraphs between them as lines.
  for (const part of splitTables(body)) {
    if (/^<w:tbl[\s>]/.test(part)) {
      for (const row of elements(part, 'w:tr')) {
        const cells = elements(row, 'w:tc').map((cell) => elements(cell, 'w:p', true).map(paragraphText).join(' ').replace(/\n/g, ' '));
        lines.push(cells.join('\t'));
      }
    } else {
      for (const p of elements(part, 'w:p', true)) lines.push(paragraphText(p));
    }
  }
  return lines.join('\n');
}

/** The .docx's word/document.xml as text; the bytes have passed the zip guard (filetype.ts) before this is called. */
export async function docxText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const document = zip.file('word/document.xml');
  if (!document) throw new Error('word/document.xml is missing: not a Word document');
  return documentXmlToText(await document.async('string'));
}
