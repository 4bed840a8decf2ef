/**
 * What a file given as a workbook really is, by its content rather than its
 * name: an .xlsx is a zip holding xl/workbook.xml. Anything else is refused
 * with a message that says what it is and what to do, before any parser sees it;
 * so is a zip whose parts would inflate beyond the limits below.
 */
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

/** Parts of an .xlsx may inflate to this much in all (the benchmark's 1,000,000-row plan is about 400 MB). */
export const MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024;
/**
 * A part that inflates past RATIO_CHECKED_FROM may not inflate more than this
 * many times its stored size: the text of real workbooks compresses 5-15
 * times; a "zip bomb" of repeated strings, hundreds of times. (A small part may:
 * one cell of a million repeated characters is silly, not dangerous.)
 */
export const MAX_COMPRESSION_RATIO = 50;
export const RATIO_CHECKED_FROM = 64 * 1024 * 1024;

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** 0 stored, 8 deflated. */
  method: number;
  /** Where the entry's local header starts. */
  offset: number;
  /** Where the entry's data starts (after its local header) — where the parser will read it. */
  dataStart: number;
}

/** Why a zip's directory cannot be trusted: cut short, not what it says it is, or ZIP64 (which no workbook or draft we read needs). */
export type ZipDefect = 'damaged' | 'inconsistent' | 'zip64' | 'size' | 'duplicate';

export type ZipDirectory = { entries: ZipEntry[]; defect?: undefined } | { entries?: undefined; defect: ZipDefect; name?: string };

const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_LOCATOR = 0x07064b50;

/**
 * Every entry of a zip's central directory, read as the parser that opens it
 * afterwards (JSZip, for ExcelJS and for drafts) reads it: the last end record
 * in the file, then the central directory walked entry by entry from its
 * offset — never as many entries as the end record counts (a bomb with its
 * count set from 19 to 1 passed a guard that trusted the count, then inflated
 * to 4.2 GB). Anything on which the two readings could differ is refused: a
 * count, size or offset that disagrees with the entries walked, data before
 * the directory or after the end record, ZIP64 fields, a Unicode-path extra
 * field (JSZip names the entry by it), a local header that disagrees with its
 * central record, and entries whose data overlap. (The format:
 * https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT, 4.3.)
 */
export function readZipDirectory(buffer: Buffer): ZipDirectory {
  // JSZip takes the last end-of-central-directory signature in the file.
  const eocd = buffer.length >= 22 ? buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) : -1;
  if (eocd < 0 || eocd + 22 > buffer.length) return { defect: 'damaged' };
  if (eocd >= 20 && buffer.readUInt32LE(eocd - 20) === ZIP64_LOCATOR) return { defect: 'zip64' };
  const disk = buffer.readUInt16LE(eocd + 4);
  const directoryDisk = buffer.readUInt16LE(eocd + 6);
  const countOnDisk = buffer.readUInt16LE(eocd + 8);
  const count = buffer.readUInt16LE(eocd + 10);
  const size = buffer.readUInt32LE(eocd + 12);
  const start = buffer.readUInt32LE(eocd + 16);
  const commentLength = buffer.readUInt16LE(eocd + 20);
  if (count === 0xffff || countOnDisk === 0xffff || size === 0xffffffff || start === 0xffffffff) return { defect: 'zip64' };
  if (start + size > eocd) return buffer.length < start + size ? { defect: 'damaged' } : { defect: 'inconsistent' };
  // Bytes between the directory and its end record, or after the record's comment, or a record on another "disk": not a zip one program wrote.
  if (start + size !== eocd || eocd + 22 + commentLength !== buffer.length || disk !== 0 || directoryDisk !== 0 || countOnDisk !== count)
    return { defect: 'inconsistent' };
  const entries: ZipEntry[] = [];
  let offset = start;
  while (offset < eocd) {
    if (offset + 46 > eocd || buffer.readUInt32LE(offset) !== CENTRAL) return { defect: 'inconsistent' };
    const method = buffer.readUInt16LE(offset + 10);
    const compressedSize = buffer.readUInt32LE(offset + 20);
    const uncompressedSize = buffer.readUInt32LE(offset + 24);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const entryCommentLength = buffer.readUInt16LE(offset + 32);
    const local = buffer.readUInt32LE(offset + 42);
    const end = offset + 46 + nameLength + extraLength + entryCommentLength;
    if (end > eocd) return { defect: 'inconsistent' };
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || local === 0xffffffff) return { defect: 'zip64' };
    // Extra fields: ZIP64 sizes (0x0001) and a Unicode path (0x7075) would make the parser read other sizes or another name.
    for (let at = offset + 46 + nameLength; at + 4 <= offset + 46 + nameLength + extraLength; ) {
      const id = buffer.readUInt16LE(at);
      if (id === 0x0001) return { defect: 'zip64' };
      if (id === 0x7075) return { defect: 'inconsistent' };
      at += 4 + buffer.readUInt16LE(at + 2);
    }
    const nameBytes = buffer.subarray(offset + 46, offset + 46 + nameLength);
    // The local header the parser reads the data after: the same name, method and (unless given after the data, flag 3) sizes.
    if (local + 30 > start || buffer.readUInt32LE(local) !== LOCAL) return { defect: 'inconsistent' };
    const localNameLength = buffer.readUInt16LE(local + 26);
    const localExtraLength = buffer.readUInt16LE(local + 28);
    const localCompressed = buffer.readUInt32LE(local + 18);
    const localUncompressed = buffer.readUInt32LE(local + 22);
    // Sizes given after the data (flag 3, zeros here) or in a ZIP64 field (all ones here, as some packaging
    // libraries write every local header): the parser reads the central directory's sizes, which are checked.
    const sizesAfterData =
      ((buffer.readUInt16LE(local + 6) & 0x08) !== 0 && localCompressed === 0 && localUncompressed === 0) ||
      (localCompressed === 0xffffffff && localUncompressed === 0xffffffff);
    const dataStart = local + 30 + localNameLength + localExtraLength;
    if (
      buffer.readUInt16LE(local + 8) !== method ||
      !buffer.subarray(local + 30, local + 30 + localNameLength).equals(nameBytes) ||
      dataStart + compressedSize > start
    )
      return { defect: 'inconsistent' };
    if (
      (!sizesAfterData && (localCompressed !== compressedSize || localUncompressed !== uncompressedSize)) ||
      (method === 0 && compressedSize !== uncompressedSize)
    )
      return { defect: 'size', name: nameBytes.toString('utf8') };
    // (JSZip decodes names as UTF-8 whatever flag 11 says.)
    entries.push({ name: nameBytes.toString('utf8'), compressedSize, uncompressedSize, method, offset: local, dataStart });
    offset = end;
  }
  // As many entries as the end record says: the count the first guard trusted, and one a reader may trust.
  if (entries.length !== count) return { defect: 'inconsistent' };
  // No two entries' data overlap (a "better zip bomb" points every entry at the same data).
  const byOffset = [...entries].sort((x, y) => x.offset - y.offset);
  for (let i = 1; i < byOffset.length; i++)
    if (byOffset[i].offset < byOffset[i - 1].dataStart + byOffset[i - 1].compressedSize) return { defect: 'inconsistent' };
  // One part, one entry. Of two entries of one name the parser reads the last, a zip viewer shows the first, and Excel
  // refuses the file: the figures would depend on the program. Part names are equal without regard to ASCII case
  // (ECMA-376 Part 2, 9.1.1.1: https://ecma-international.org/publications-and-standards/standards/ecma-376/).
  const seen = new Set<string>();
  for (const entry of entries) {
    // A folder entry (xl/) holds no data: two of them change nothing.
    if (entry.name.endsWith('/')) continue;
    const key = entry.name.replace(/[A-Z]+/g, (upper) => upper.toLowerCase());
    if (seen.has(key)) return { defect: 'duplicate', name: entry.name };
    seen.add(key);
  }
  return { entries };
}

/** The entries of a zip's central directory (names and sizes only; nothing is inflated), or null when it cannot be trusted. */
export function zipEntries(buffer: Buffer): ZipEntry[] | null {
  return readZipDirectory(buffer).entries ?? null;
}

export type FileKind = 'xlsx' | 'xls' | 'encrypted' | 'ods' | 'numbers' | 'zip' | 'damaged' | 'csv' | 'empty' | 'other';

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** The kind of a file, from its first bytes and, for a zip, its parts' names. */
export function fileKind(buffer: Buffer, entries: ZipEntry[] | null): FileKind {
  if (buffer.length === 0) return 'empty';
  if (buffer.subarray(0, 8).equals(OLE2)) {
    // A password-protected .xlsx is an OLE2 container with an EncryptionInfo stream (names are UTF-16LE).
    return buffer.includes(Buffer.from('EncryptionInfo', 'utf16le')) ? 'encrypted' : 'xls';
  }
  if (buffer.length >= 4 && buffer.readUInt32LE(0) === 0x04034b50) {
    // A zip whose directory cannot be read was cut short (an interrupted copy) or is damaged.
    if (entries === null) return 'damaged';
    const names = new Set((entries ?? []).map((e) => e.name));
    if (names.has('xl/workbook.xml')) return 'xlsx';
    // OpenDocument: a mimetype part beside content.xml (the mimetype is usually stored uncompressed, not always).
    if (names.has('mimetype') && names.has('content.xml')) return 'ods';
    if ([...names].some((name) => name.startsWith('Index/') || name.endsWith('.iwa'))) return 'numbers';
    return 'zip';
  }
  const head = buffer.subarray(0, 4096).toString('utf8');
  if (!head.includes('\u0000') && /[,\t]/.test(head)) return 'csv';
  return 'other';
}

const KIND_MESSAGES: Record<Exclude<FileKind, 'xlsx'>, string> = {
  xls: 'Excel 97-2003 形式（.xls）です。Excel で開き、「名前を付けて保存」で Excel ブック（.xlsx）として保存し直してください / an Excel 97-2003 (.xls) file: open it in Excel and save it as an Excel workbook (.xlsx)',
  encrypted:
    'パスワードで保護された Excel ブックです。Excel でパスワードを解除してから保存し直してください / a password-protected workbook: remove the password in Excel and save it again',
  ods: 'OpenDocument 形式（.ods）です。LibreOffice などで Excel ブック（.xlsx）として保存し直してください / an OpenDocument (.ods) spreadsheet: save it as an Excel workbook (.xlsx)',
  numbers: 'Numbers の書類です。Numbers で Excel（.xlsx）に書き出してください / a Numbers document: export it to Excel (.xlsx)',
  zip: 'zip ファイルですが、Excel ブックではありません / a zip file, but not an Excel workbook',
  damaged:
    'ファイルが途中で切れているか壊れています。元のファイルをもう一度コピーするか、Excel で開いて保存し直してください / the file is cut short or damaged: copy it again, or open and save it in Excel',
  csv: 'CSV などのテキストファイルです。シートごとに分かれた Excel ブック（.xlsx）が必要です。テンプレート（shinchoku template）に貼り付けて保存してください / a CSV or other text file: Shinchoku needs an Excel workbook (.xlsx) with one sheet per table; paste it into a template (shinchoku template)',
  empty: '空のファイルです / the file is empty',
  other: 'Excel ブック（.xlsx）ではありません / not an Excel workbook (.xlsx)',
};

/** A part whose sizes disagree (its local header and the directory, or stored data and its size). */
const sizeMessage = (name: string) =>
  `部品「${name}」の大きさが zip に書かれた値と違います（壊れているか、意図的に細工されています）。読みません / part "${name}" is not the size the zip states (damaged or crafted): not read`;

/** Two entries of one part name (see readZipDirectory). */
const duplicateMessage = (name: string) =>
  `部品「${name}」が zip に 2 回入っています（壊れているか、意図的に細工されています）。読みません。Excel で開いて保存し直してください / part "${name}" is in the zip twice (damaged or crafted): not read; open it in Excel and save it again`;

function defectMessage(directory: { defect: Exclude<ZipDefect, 'damaged'>; name?: string }): string {
  if (directory.defect === 'duplicate') return duplicateMessage(directory.name ?? '');
  return directory.defect === 'size' ? sizeMessage(directory.name ?? '') : DEFECT_MESSAGES[directory.defect];
}

const DEFECT_MESSAGES: Record<'inconsistent' | 'zip64', string> = {
  inconsistent:
    'zip の目録と中身が食い違っています（壊れているか、意図的に細工されています）。読みません / the zip’s directory disagrees with its contents (damaged or crafted): not read',
  zip64:
    'ZIP64 形式の zip です（この大きさの報告書やブックには使われません）。元のアプリで開いて保存し直してください / a ZIP64 archive, which no workbook or report of this size needs: open it and save it again',
};

/** What the parser will inflate, and how much it may. */
interface InflateLimits {
  /** The parts it inflates may inflate to this much in all. */
  maxTotal: number;
  /** The parts it inflates (all, for a workbook; word/document.xml, for a draft). */
  inflated: (name: string) => boolean;
  /** Whether a large part's compression ratio is limited too (MAX_COMPRESSION_RATIO). */
  ratio: boolean;
}

/**
 * Why the parts a parser will inflate are too big, or lie about their size;
 * null when they may be read. Sizes are the central directory's, checked
 * consistent with the local headers by readZipDirectory; each part is then
 * inflated once, stopping as soon as it passes what it claims.
 */
function inflateProblem(buffer: Buffer, entries: ZipEntry[], limits: InflateLimits): string | null {
  let total = 0;
  const read = entries.filter((entry) => limits.inflated(entry.name));
  for (const entry of read) {
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (limits.ratio && entry.uncompressedSize > RATIO_CHECKED_FROM && ratio > MAX_COMPRESSION_RATIO) {
      return `部品「${entry.name}」が展開すると ${Math.round(entry.uncompressedSize / 1024 / 1024)} MB（圧縮率 ${Math.round(ratio)} 倍）になり、上限（${MAX_COMPRESSION_RATIO} 倍）を超えるため読みません / part "${entry.name}" would inflate ${Math.round(ratio)} times (limit ${MAX_COMPRESSION_RATIO}): not read`;
    }
  }
  if (total > limits.maxTotal) {
    return `展開後の大きさが ${Math.round(total / 1024 / 1024)} MB で、上限（${limits.maxTotal / 1024 / 1024} MB）を超えるため読みません / it would inflate to ${Math.round(total / 1024 / 1024)} MB, over the limit of ${limits.maxTotal / 1024 / 1024} MB: not read`;
  }
  // The sizes a zip states may be false: each part is inflated once here, stopping as soon as it
  // passes what it claims, so a lying part is refused before any parser holds it whole.
  for (const entry of read) {
    if (entry.method !== 8) continue;
    try {
      inflateRawSync(buffer.subarray(entry.dataStart, entry.dataStart + entry.compressedSize), { maxOutputLength: entry.uncompressedSize + 1 });
    } catch (_error) {
      return sizeMessage(entry.name);
    }
  }
  return null;
}

/** Why a file cannot be read as a workbook, or null when it can. */
export function workbookFileProblem(buffer: Buffer): string | null {
  const directory = buffer.length >= 4 && buffer.readUInt32LE(0) === LOCAL ? readZipDirectory(buffer) : null;
  if (directory?.defect && directory.defect !== 'damaged') return defectMessage({ defect: directory.defect, name: directory.name });
  const kind = fileKind(buffer, directory?.entries ?? null);
  if (kind !== 'xlsx') return KIND_MESSAGES[kind];
  return inflateProblem(buffer, directory?.entries ?? [], { maxTotal: MAX_UNCOMPRESSED_BYTES, inflated: () => true, ratio: true });
}

/**
 * A .docx draft's word/document.xml may inflate to this much: a 100-page report
 * is a few MB of XML; its text is limited to MAX_DRAFT_TEXT_BYTES (core/proofread.ts) after.
 */
export const MAX_DRAFT_XML_BYTES = 64 * 1024 * 1024;

/**
 * Why a zip given as a draft may not be opened, or null when it may: the same
 * directory checks as a workbook's, and word/document.xml — the one part read
 * (docx.ts) — no bigger than MAX_DRAFT_XML_BYTES, and no bigger than it says.
 */
export function draftZipProblem(buffer: Buffer): string | null {
  const directory = readZipDirectory(buffer);
  if (directory.defect === 'damaged')
    return 'ファイルが途中で切れているか壊れています。元のファイルをもう一度コピーするか、Word で開いて保存し直してください / the file is cut short or damaged: copy it again, or open and save it in Word';
  if (directory.defect) return defectMessage({ defect: directory.defect, name: directory.name });
  return inflateProblem(buffer, directory.entries, { maxTotal: MAX_DRAFT_XML_BYTES, inflated: (name) => name === 'word/document.xml', ratio: false });
}

/** Reads a file and checks it is a workbook Shinchoku may open; the buffer is for the reader. */
export function checkedWorkbookBuffer(path: string): { buffer: Buffer; problem: string | null } {
  const buffer = readFileSync(path);
  return { buffer, problem: workbookFileProblem(buffer) };
}
