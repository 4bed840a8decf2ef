/**
 * The text of a .docx, read from its XML (word/document.xml) with JSZip — no
 * conversion service. One paragraph is one line, so line numbers match what
 * people see when they count paragraphs.
 */
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';

function decodeXml(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function paragraphText(p: string): string {
  return [...p.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>|<w:br\/>/g)]
    .map((m) => (m[0] === '<w:tab/>' ? '\t' : m[0] === '<w:br/>' ? '\n' : decodeXml(m[1] ?? '')))
    .join('');
}

const PARAGRAPH = /<w:p[\s>][\s\S]*?<\/w:p>|<w:p\/>/g;

/**
 * One paragraph is one line; a table row is one line too, its cells separated
 * by tabs (a cell's own paragraphs joined by spaces), so a row reads as the
 * row of figures a person sees — as a PDF-to-text conversion gives it.
 */
export function documentXmlToText(xml: string): string {
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(xml)?.[1] ?? xml;
  const lines: string[] = [];
  // Tables first, as whole rows; the paragraphs between them as lines.
  const parts = body.split(/(<w:tbl(?:\s[^>]*)?>[\s\S]*?<\/w:tbl>)/);
  for (const part of parts) {
    if (/^<w:tbl[\s>]/.test(part)) {
      for (const row of part.match(/<w:tr[\s>][\s\S]*?<\/w:tr>/g) ?? []) {
        const cells = (row.match(/<w:tc[\s>][\s\S]*?<\/w:tc>/g) ?? []).map((cell) =>
          (cell.match(PARAGRAPH) ?? []).map(paragraphText).join(' ').replace(/\n/g, ' '),
        );
        lines.push(cells.join('\t'));
      }
    } else {
      for (const p of part.match(PARAGRAPH) ?? []) lines.push(paragraphText(p));
    }
  }
  return lines.join('\n');
}

export async function readDocxText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const document = zip.file('word/document.xml');
  if (!document) throw new Error('word/document.xml is missing: not a Word document');
  return documentXmlToText(await document.async('string'));
}
