/**
 * Bounded work on any input (issue #22, part 4), through the built CLI: zips
 * whose end record, local headers or extra fields disagree with the central
 * directory the parser walks are refused before any parser runs; a .docx
 * draft passes the same guard, and a draft over 2 MB of text is refused with
 * the limit in the message; a bad character reference in a .docx or HTML
 * draft is read as U+FFFD, not called "not a Word document" or a raw library
 * error; and hostile markup (an unclosed <w:t>, <!-- or tag) leaves the draft's
 * figures read as before. Sizes here are small: the guard works on the sizes
 * a zip declares, so large sizes are declared, never inflated. How long the
 * hostile drafts take is measured in bench/proofread-bench.ts.
 */
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { MAX_DRAFT_FILE_BYTES, MAX_DRAFT_PAGE_BYTES } from '../../src/cli/drafttext';
import { MAX_COMPRESSION_RATIO, MAX_DRAFT_XML_BYTES } from '../../src/cli/filetype';
import { EXAMPLE, ROOT, runCli } from '../support/cli';
import { sha256, tempDir } from '../support/xlsx';

const dir = tempDir();
const REPORT = join(ROOT, 'test', 'fixtures', 'hiratsuka-reform-report-2020-2023.txt');
const report = readFileSync(REPORT, 'utf8');
const lines = report.split('\n');

/** The end record and each central directory entry of a zip (as written by JSZip: no comment). */
function directory(bytes: Buffer) {
  const eocd = bytes.lastIndexOf(Buffer.from('PK\u0005\u0006', 'latin1'));
  const entries: { at: number; name: string; local: number }[] = [];
  let at = bytes.readUInt32LE(eocd + 16);
  while (bytes.readUInt32LE(at) === 0x02014b50) {
    const nameLength = bytes.readUInt16LE(at + 28);
    entries.push({ at, name: bytes.toString('utf8', at + 46, at + 46 + nameLength), local: bytes.readUInt32LE(at + 42) });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return { eocd, entries };
}

/** Declares a part's uncompressed size, in its central record and its local header alike (nothing is inflated). */
function declare(bytes: Buffer, name: string, size: number): Buffer {
  const entry = directory(bytes).entries.find((e) => e.name === name);
  if (!entry) throw new Error(`no ${name}`);
  bytes.writeUInt32LE(size, entry.at + 24);
  bytes.writeUInt32LE(size, entry.local + 22);
  return bytes;
}

async function zipOf(entries: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(entries)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

function write(name: string, bytes: Buffer | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** Exit 2, nothing on stdout, one line on stderr matching `pattern`, no stack trace, the input untouched. */
function refused(args: string[], path: string, pattern: RegExp): void {
  const before = sha256(path);
  const result = runCli(args);
  expect(result.stderr).toMatch(pattern);
  expect(result).toMatchObject({ status: 2, stdout: '' });
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(sha256(path)).toBe(before);
}

const INCONSISTENT = /zip の目録と中身が食い違っています.* \/ the zip’s directory disagrees with its contents/;
const escapeXml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const documentXml = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
const paragraphs = (texts: string[]) => texts.map((line) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`).join('');
const docx = (xml: string) => zipOf({ '[Content_Types].xml': '<?xml version="1.0"?><Types/>', 'word/document.xml': xml });

describe('a workbook zip is read as the parser reads it, or refused', () => {
  test('the end record counting 1 entry of many: refused (the guard once read only the one)', () => {
    const bytes = readFileSync(EXAMPLE);
    const { eocd, entries } = directory(bytes);
    expect(entries.length).toBeGreaterThan(1);
    bytes.writeUInt16LE(1, eocd + 8);
    bytes.writeUInt16LE(1, eocd + 10);
    const path = write('count.xlsx', bytes);
    refused(['summarize', path], path, INCONSISTENT);
  });

  test('the bomb with its count set to 1: a part declaring 2 GB behind the first entry is never reached', async () => {
    const bytes = declare(await zipOf({ 'xl/workbook.xml': '<workbook/>', 'xl/sharedStrings.xml': 'あ'.repeat(1000) }), 'xl/sharedStrings.xml', 0x7fff0000);
    // With the right count the declared size is refused by its ratio; with a count of 1, as a directory that disagrees.
    const honest = write('bomb.xlsx', bytes);
    refused(['validate', honest], honest, new RegExp(`上限（${MAX_COMPRESSION_RATIO} 倍）`));
    const { eocd } = directory(bytes);
    bytes.writeUInt16LE(1, eocd + 8);
    bytes.writeUInt16LE(1, eocd + 10);
    const path = write('bomb-count.xlsx', bytes);
    refused(['validate', path], path, INCONSISTENT);
  });

  test('a local header naming another part than its central record: refused', () => {
    const bytes = readFileSync(EXAMPLE);
    const entry = directory(bytes).entries.find((e) => e.name === 'xl/workbook.xml');
    if (!entry) throw new Error('no workbook.xml');
    // The local header's name (after its 30 bytes) made to say xl/workbook.xmm.
    bytes.write('m', entry.local + 30 + 'xl/workbook.xml'.length - 1, 'latin1');
    const path = write('local-name.xlsx', bytes);
    refused(['validate', path], path, INCONSISTENT);
  });

  test('two entries pointing at the same data (overlap): refused', async () => {
    const bytes = await zipOf({ 'xl/workbook.xml': '<workbook/>', 'xl/aa.xml': 'あ'.repeat(1000), 'xl/ab.xml': 'x' });
    const { entries } = directory(bytes);
    const aa = entries.find((e) => e.name === 'xl/aa.xml');
    const ab = entries.find((e) => e.name === 'xl/ab.xml');
    if (!aa || !ab) throw new Error('entries missing');
    // ab's central record made a copy of aa's (same name length), pointing at aa's local header and data.
    bytes.copy(bytes, ab.at + 4, aa.at + 4, aa.at + 46 + 'xl/aa.xml'.length);
    const path = write('overlap.xlsx', bytes);
    refused(['validate', path], path, INCONSISTENT);
  });

  test('a ZIP64 end locator: refused by name', () => {
    const bytes = readFileSync(EXAMPLE);
    const { eocd } = directory(bytes);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    const path = write('zip64.xlsx', Buffer.concat([bytes.subarray(0, eocd), locator, bytes.subarray(eocd)]));
    refused(['validate', path], path, /ZIP64 形式の zip です/);
  });
});

describe('a .docx draft passes the same guard', () => {
  test('word/document.xml declaring 400 MB: refused with the limit, before it is inflated', async () => {
    const bytes = declare(await docx(documentXml(paragraphs(lines))), 'word/document.xml', 400 * 1024 * 1024);
    const path = write('bomb.docx', bytes);
    refused(['proofread', path, '--workbook', EXAMPLE], path, new RegExp(`上限（${MAX_DRAFT_XML_BYTES / 1024 / 1024} MB）を超えるため読みません`));
  });

  test('word/document.xml inflating past what it declares: refused as lying', async () => {
    const bytes = declare(await docx(documentXml(paragraphs([...lines, 'あ'.repeat(2_000_000)]))), 'word/document.xml', 1000);
    const path = write('liar.docx', bytes);
    refused(['proofread', path, '--workbook', EXAMPLE], path, /部品「word\/document\.xml」の大きさが zip に書かれた値と違います/);
  });

  test('a count that disagrees: refused', async () => {
    const bytes = await docx(documentXml(paragraphs(lines)));
    const { eocd } = directory(bytes);
    bytes.writeUInt16LE(1, eocd + 8);
    bytes.writeUInt16LE(1, eocd + 10);
    const path = write('count.docx', bytes);
    refused(['proofread', path, '--workbook', EXAMPLE], path, INCONSISTENT);
  });
});

describe('a draft over 2 MB of text is refused, with the limit in the message', () => {
  test('the report repeated past 2 MB: refused; the report itself is read', () => {
    const copies = Math.ceil((2 * 1024 * 1024) / Buffer.byteLength(report)) + 1;
    const path = write('long.txt', Array.from({ length: copies }, () => report).join('\n'));
    refused(['proofread', path, '--workbook', EXAMPLE], path, /原稿が大きすぎます（上限 2 MB、この原稿は [\d.]+ MB）.* \/ the draft is too large \(limit 2 MB/);
  });

  test('a text file past the page limit, and any file past the file limit: refused by size before it is decoded or read', () => {
    // Sparse files: the sizes are declared, not written.
    const page = write('huge.txt', '');
    truncateSync(page, MAX_DRAFT_PAGE_BYTES + 1);
    refused(['proofread', page, '--workbook', EXAMPLE], page, new RegExp(`原稿ファイルが大きすぎます（\\d+ MB、上限 ${MAX_DRAFT_PAGE_BYTES / 1024 / 1024} MB`));
    const file = write('huge.docx', '');
    truncateSync(file, MAX_DRAFT_FILE_BYTES + 1);
    refused(['proofread', file, '--workbook', EXAMPLE], file, new RegExp(`原稿ファイルが大きすぎます（\\d+ MB、上限 ${MAX_DRAFT_FILE_BYTES / 1024 / 1024} MB`));
  });

  test('a .docx whose text is over 2 MB: refused the same way', async () => {
    const path = write('long.docx', await docx(documentXml(paragraphs([...lines, 'あ'.repeat(800_000)]))));
    refused(['proofread', path, '--workbook', EXAMPLE], path, /原稿が大きすぎます（上限 2 MB/);
  });
});

describe('bad character references and hostile markup: the draft is read, its figures as before', () => {
  const theMisprint = { checked: 230, findings: [{ stated: '91.2%', expected: '91.6%' }] };

  function proofreadJson(path: string) {
    const result = runCli(['proofread', path, '--workbook', EXAMPLE, '--json']);
    expect(result.stderr).not.toMatch(/Invalid code point|not a Word document|原稿として読めません/);
    expect(result.status).toBe(1);
    return JSON.parse(result.stdout);
  }

  test('a .docx with &#99999999; and &#xD800; in its text', async () => {
    const body = paragraphs(lines).replace('<w:t xml:space="preserve">', '<w:t xml:space="preserve">&#99999999;&#xD800;&#0;');
    const path = write('reference.docx', await docx(documentXml(body)));
    expect(proofreadJson(path)).toMatchObject({ ...theMisprint, findings: [{ line: 195, stated: '91.2%', expected: '91.6%' }] });
  });

  test('an HTML draft with &#99999999; and &#x110000;', () => {
    const html = `<!DOCTYPE html><html><body><p>&#99999999;&#x110000;</p>${lines.map((line) => `${escapeXml(line)}<br>`).join('\n')}</body></html>`;
    expect(proofreadJson(write('reference.html', html))).toMatchObject(theMisprint);
  });

  test('a .docx with an unclosed <w:t>, <w:p> and <w:tbl> after its paragraphs', async () => {
    const hostile = `${'<w:p><w:r><w:t>'.repeat(2000)}${'<w:tbl>'.repeat(2000)}${'<w:t '.repeat(2000)}`;
    const path = write('unclosed.docx', await docx(documentXml(paragraphs(lines) + hostile)));
    expect(proofreadJson(path)).toMatchObject({ ...theMisprint, findings: [{ line: 195 }] });
  });

  test('an HTML draft ending in an unclosed comment, < without >, <script without its end, &# without ;', () => {
    const hostile = `${'<!--'.repeat(2000)}${'<'.repeat(5000)}${'<script>'.repeat(2000)}${'&#'.repeat(2000)}${'<p '.repeat(2000)}`;
    const html = `<!DOCTYPE html><html><body>${lines.map((line) => `${escapeXml(line)}<br>`).join('\n')}${hostile}</body></html>`;
    expect(proofreadJson(write('unclosed.html', html))).toMatchObject(theMisprint);
  });
});
