/**
 * XML 1.0 as Word reads it: a strict check of the Char production, and a
 * strict parser (saxes, the parser exceljs uses), for the parts of a package.
 */
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import type { WorkbookInput } from '../../src/core/base/cells';
import { writeXlsx } from './xlsx';

/** Every code point XML 1.0 forbids (https://www.w3.org/TR/xml/#charsets: Char), lone surrogates included. */
export function forbiddenChars(text: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      found.push(`U+${c.toString(16)} at ${i}`);
    } else if ((c >= 0xdc00 && c <= 0xdfff) || c === 0xfffe || c === 0xffff || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d))
      found.push(`U+${c.toString(16)} at ${i}`);
  }
  // Character references to forbidden code points are as bad as the characters.
  for (const match of text.matchAll(/&#(x[0-9a-fA-F]+|[0-9]+);/g)) {
    const code = match[1].startsWith('x') ? Number.parseInt(match[1].slice(1), 16) : Number(match[1]);
    const allowed =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      (code >= 0x10000 && code <= 0x10ffff);
    if (!allowed) found.push(`${match[0]} at ${match.index}`);
  }
  return found;
}

/** Well-formed by a strict XML parser (saxes: XML 1.0 with namespaces); the errors, if any. */
export function parseErrors(xml: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => errors.push(error.message));
  parser.write(xml).close();
  return errors;
}

/** Each XML part of a package: valid UTF-8, no forbidden character, well-formed. */
export async function checkXmlParts(bytes: Buffer | Uint8Array): Promise<{ parts: number; text: string }> {
  const zip = await JSZip.loadAsync(bytes);
  let parts = 0;
  let text = '';
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
    const raw = await zip.file(name)?.async('uint8array');
    if (!raw) continue;
    const xml = new TextDecoder('utf-8', { fatal: true }).decode(raw);
    expect({ name, forbidden: forbiddenChars(xml) }).toEqual({ name, forbidden: [] });
    expect({ name, errors: parseErrors(xml) }).toEqual({ name, errors: [] });
    parts += 1;
    text += xml;
  }
  return { parts, text };
}

/**
 * A workbook whose text holds characters an .xlsx can only carry escaped
 * (ECMA-376 Part 1, 22.9.2.19 ST_Xstring: `_xHHHH_`), as a hostile file would:
 * every character below U+0020 but tab and LF, DEL, C1, bidi controls,
 * U+FFFE/U+FFFF and surrogates is written as its escape, which the reader decodes.
 */
export async function writeEscapedXlsx(path: string, input: WorkbookInput): Promise<void> {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: writing them escaped is the point
  const unsafe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff\ud800-\udfff]/g;
  const escaped = (text: string) => text.replace(unsafe, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
  const copy: WorkbookInput = {
    sheets: input.sheets.map((s) => ({ ...s, rows: s.rows.map((row) => row.map((cell) => (typeof cell === 'string' ? escaped(cell) : cell))) })),
  };
  await writeXlsx(path, copy);
}
