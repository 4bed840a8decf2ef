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

export function documentXmlToText(xml: string): string {
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(xml)?.[1] ?? xml;
  const paragraphs = body.match(/<w:p[\s>][\s\S]*?<\/w:p>|<w:p\/>/g) ?? [];
  return paragraphs
    .map((p) =>
      [...p.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>|<w:br\/>/g)]
        .map((m) => (m[0] === '<w:tab/>' ? '\t' : m[0] === '<w:br/>' ? '\n' : decodeXml(m[1] ?? '')))
        .join(''),
    )
    .join('\n');
}

export async function readDocxText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const document = zip.file('word/document.xml');
  if (!document) throw new Error('word/document.xml is missing: not a Word document');
  return documentXmlToText(await document.async('string'));
}
