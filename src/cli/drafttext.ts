/**
 * A draft report as text, whatever Windows saved it as: UTF-8 (with or
 * without a BOM), UTF-16 (with a BOM), or Shift_JIS (the default of Japanese
 * Windows' Notepad before 2019). A .docx is read from its XML, an HTML page
 * as the text it shows; a workbook or other binary file given as a draft is
 * refused by name.
 */
import { readFileSync, statSync } from 'node:fs';
import { draftSizeProblem } from '../core/proofread/proofread';
import { docxText, forwardSearch, referencedCharacter, unreadableReferences } from './docx';
import { draftZipProblem } from './filetype';

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

/**
 * A draft file may be this large on disk: a .docx with its pictures. Its text
 * is then limited to MAX_DRAFT_TEXT_BYTES, its XML by the zip guard (filetype.ts).
 */
export const MAX_DRAFT_FILE_BYTES = 256 * 1024 * 1024;
/** A text or HTML draft may be this large before it is decoded (HTML's markup, UTF-16's two bytes a character). */
export const MAX_DRAFT_PAGE_BYTES = 32 * 1024 * 1024;

function tooLarge(bytes: number, limit: number): DraftError {
  const mb = (n: number) => Math.round(n / 1024 / 1024);
  return new DraftError(
    `原稿ファイルが大きすぎます（${mb(bytes)} MB、上限 ${mb(limit)} MB。照合できる本文は 2 MB までです）。章ごとなどに分けて照合してください / the draft file is too large (${mb(bytes)} MB, limit ${mb(limit)} MB; up to 2 MB of text can be proof-read): proof-read it in parts`,
  );
}

/** A draft's text, and how many of its character references (&#99999999;, &#0;) named no character and were read as U+FFFD. */
export interface DraftRead {
  text: string;
  unreadableReferences: number;
}

/** The text of a draft file, or a DraftError that says why not in the user's words. */
export async function readDraft(path: string): Promise<DraftRead> {
  // Refused by its size before it is read whole.
  const size = statSync(path).size;
  if (size > MAX_DRAFT_FILE_BYTES) throw tooLarge(size, MAX_DRAFT_FILE_BYTES);
  const bytes = readFileSync(path);
  unreadableReferences.count = 0;
  const text = await draftText(path, bytes);
  const problem = draftSizeProblem(text);
  if (problem) throw new DraftError(problem);
  return { text, unreadableReferences: unreadableReferences.count };
}

async function draftText(path: string, bytes: Buffer): Promise<string> {
  const zip = bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50;
  if (/\.docx$/i.test(path) || zip) {
    // The zip guard first: nothing is inflated that it has not bounded.
    const problem = zip ? draftZipProblem(bytes) : null;
    if (problem) throw new DraftError(problem);
    try {
      return await docxText(bytes);
    } catch (_error) {
      throw new DraftError(
        '原稿として読めません（Word 文書 .docx かテキストファイルを指定してください。Excel ブックは --workbook に指定します）/ not a draft: give a Word document (.docx) or a text file; the workbook goes to --workbook',
      );
    }
  }
  if (bytes.length > MAX_DRAFT_PAGE_BYTES) throw tooLarge(bytes.length, MAX_DRAFT_PAGE_BYTES);
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

/** What /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] gives: from the first <body …> to the last </body>. */
function bodyOf(html: string): string | undefined {
  const open = /<body/i.exec(html);
  if (!open) return undefined;
  const gt = html.indexOf('>', open.index + 5);
  if (gt < 0) return undefined;
  let close = -1;
  for (const m of html.matchAll(/<\/body>/gi)) close = m.index ?? -1;
  // A later <body ends its tag no earlier: if the last </body> is not after this one, it is after none.
  return close > gt ? html.slice(gt + 1, close) : undefined;
}

/** What html.replace(/<(script|style|svg|title|head)[\s\S]*?<\/\1>/gi, '') gives, searching forward only. */
function withoutBlocks(html: string): string {
  const open = /<(script|style|svg|title|head)/gi;
  const closes = new Map<string, (from: number) => number>();
  let out = '';
  let copied = 0;
  for (let m = open.exec(html); m !== null; m = open.exec(html)) {
    const name = m[1].toLowerCase();
    let nextClose = closes.get(name);
    if (!nextClose) {
      nextClose = forwardSearch(html, new RegExp(`</${name}>`, 'gi'));
      closes.set(name, nextClose);
    }
    const close = nextClose(m.index + m[0].length);
    if (close < 0) {
      open.lastIndex = m.index + 1;
      continue;
    }
    out += html.slice(copied, m.index);
    copied = close + name.length + 3;
    open.lastIndex = copied;
  }
  return out + html.slice(copied);
}

/** What html.replace(/<!--[\s\S]*?-->/g, '') gives, searching forward only. */
function withoutComments(html: string): string {
  let out = '';
  let copied = 0;
  let open = html.indexOf('<!--');
  while (open >= 0) {
    const close = html.indexOf('-->', open + 4);
    // An unclosed comment: no later one closes either.
    if (close < 0) break;
    out += html.slice(copied, open);
    copied = close + 3;
    open = html.indexOf('<!--', copied);
  }
  return out + html.slice(copied);
}

/**
 * `replace` applied to the text up to its last >, the rest kept: for a pattern
 * whose every match ends with >. A tag pattern tried at a < with no > after it
 * scans to the end of the text and fails; from every such <, that is quadratic
 * (a page of < took seconds). Up to the last >, each scan ends at a > it matches.
 */
function beforeLastGt(text: string, replace: (head: string) => string): string {
  const last = text.lastIndexOf('>');
  return last < 0 ? text : replace(text.slice(0, last + 1)) + text.slice(last + 1);
}

/**
 * An HTML draft (the report saved as a web page) as the text a reader sees: a
 * table row a line with its cells separated by tabs, each block on its line,
 * scripts, styles and pictures left out — never the markup itself. Each step
 * is linear in the page: no pattern is tried from a place where it must scan
 * to the end of the page and fail.
 */
export function htmlToText(html: string): string {
  const body = bodyOf(html) ?? html;
  const spaced = withoutComments(withoutBlocks(body))
    // A run of white space holding a line break is one space (/\s*\n\s*/ gives the same, but backtracks over a long run without one).
    .replace(/\s+/g, (space) => (space.includes('\n') ? ' ' : space))
    .replace(/<\/t[dh]>\s*(?=<t[dh][\s>])/gi, '\t')
    .replace(/<br\s*\/?>/gi, '\n');
  const blocks = beforeLastGt(spaced, (head) =>
    head.replace(/<\/?(?:p|div|h[1-6]|li|tr|dt|dd|table|thead|tbody|ul|ol|dl|figure|section|main|header|footer)(?:\s[^>]*)?>/gi, '\n'),
  );
  const text = beforeLastGt(blocks, (head) => head.replace(/<[^>]+>/g, ''));
  return text
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
      // A reference to no character (&#99999999;) is read as U+FFFD, as a browser shows it.
      if (entity[0] === '#') return referencedCharacter(entity[1].toLowerCase() === 'x' ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1)));
      return ENTITIES[entity.toLowerCase()] ?? whole;
    })
    .split('\n')
    .map((line) => line.replace(/[ ]+/g, ' ').trim())
    .filter((line, index, lines) => line !== '' || (index > 0 && lines[index - 1] !== ''))
    .join('\n');
}
