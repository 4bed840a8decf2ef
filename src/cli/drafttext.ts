/**
 * A draft report as text, whatever Windows saved it as: UTF-8 (with or
 * without a BOM), UTF-16 (with a BOM), or Shift_JIS (the default of Japanese
 * Windows' Notepad before 2019). A .docx is read from its XML, an HTML page
 * as the text it shows; a workbook or other binary file given as a draft is
 * refused by name.
 */
import { readFileSync } from 'node:fs';
import { readDocxText } from './docx';

export class DraftError extends Error {}

/** Decodes a text file, detecting its encoding. */
export function decodeDraft(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (_notUtf8) {
    // Not valid UTF-8: Japanese Windows' own encoding.
    return new TextDecoder('shift_jis').decode(bytes);
  }
}

export async function readDraft(path: string): Promise<string> {
  const bytes = readFileSync(path);
  const zip = bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50;
  if (/\.docx$/i.test(path) || zip) {
    try {
      return await readDocxText(path);
    } catch (_error) {
      throw new DraftError(
        '原稿として読めません（Word 文書 .docx かテキストファイルを指定してください。Excel ブックは --workbook に指定します）/ not a draft: give a Word document (.docx) or a text file; the workbook goes to --workbook',
      );
    }
  }
  if (bytes.subarray(0, 8192).includes(0)) {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return decodeDraft(bytes);
    // UTF-16 saved without a BOM: every other byte of Japanese and ASCII text alike is mostly zero on one side.
    const sample = bytes.subarray(0, 8192);
    let evenZeros = 0;
    let oddZeros = 0;
    for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 === 0 ? evenZeros++ : oddZeros++;
    // (Japanese characters seldom have a zero byte — 一 and the ideographic space do — ASCII digits and line breaks always do.)
    const half = sample.length / 2;
    if (oddZeros > half * 0.02 && oddZeros > 5 * evenZeros) return new TextDecoder('utf-16le').decode(bytes);
    if (evenZeros > half * 0.02 && evenZeros > 5 * oddZeros) return new TextDecoder('utf-16be').decode(bytes);
    throw new DraftError('原稿として読めません（テキストではありません）/ not a draft: the file is not text');
  }
  const text = decodeDraft(bytes);
  return /^\s*<(?:!doctype html|html)[\s>]/i.test(text) ? htmlToText(text) : text;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * An HTML draft (the report saved as a web page) as the text a reader sees: a
 * table row a line with its cells separated by tabs, each block on its line,
 * scripts, styles and pictures left out — never the markup itself.
 */
export function htmlToText(html: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  return body
    .replace(/<(script|style|svg|title|head)[\s\S]*?<\/\1>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/<\/t[dh]>\s*(?=<t[dh][\s>])/gi, '\t')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(?:p|div|h[1-6]|li|tr|dt|dd|table|thead|tbody|ul|ol|dl|figure|section|main|header|footer)(?:\s[^>]*)?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
      if (entity[0] === '#') return String.fromCodePoint(entity[1].toLowerCase() === 'x' ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1)));
      return ENTITIES[entity.toLowerCase()] ?? whole;
    })
    .split('\n')
    .map((line) => line.replace(/[ ]+/g, ' ').trim())
    .filter((line, index, lines) => line !== '' || (index > 0 && lines[index - 1] !== ''))
    .join('\n');
}
