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
}

/** The entries of a zip's central directory (names and sizes only; nothing is inflated). */
export function zipEntries(buffer: Buffer): ZipEntry[] | null {
  // End of central directory: signature 0x06054b50 within the last 64 KB + 22 bytes.
  const start = Math.max(0, buffer.length - 65_557);
  let eocd = -1;
  for (let i = buffer.length - 22; i >= start; i--) {
    if (buffer.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buffer.readUInt16LE(eocd + 10);
  let offset = buffer.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== 0x02014b50) return null;
    const method = buffer.readUInt16LE(offset + 10);
    const compressedSize = buffer.readUInt32LE(offset + 20);
    const uncompressedSize = buffer.readUInt32LE(offset + 24);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const local = buffer.readUInt32LE(offset + 42);
    const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
    entries.push({ name, compressedSize, uncompressedSize, method, offset: local });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
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

/** Why a file cannot be read as a workbook, or null when it can. */
export function workbookFileProblem(buffer: Buffer): string | null {
  const entries = buffer.length >= 4 && buffer.readUInt32LE(0) === 0x04034b50 ? zipEntries(buffer) : null;
  const kind = fileKind(buffer, entries);
  if (kind !== 'xlsx') return KIND_MESSAGES[kind];
  let total = 0;
  for (const entry of entries ?? []) {
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize === 0xffffffff || (entry.uncompressedSize > RATIO_CHECKED_FROM && ratio > MAX_COMPRESSION_RATIO)) {
      return `部品「${entry.name}」が展開すると ${Math.round(entry.uncompressedSize / 1024 / 1024)} MB（圧縮率 ${Math.round(ratio)} 倍）になり、上限（${MAX_COMPRESSION_RATIO} 倍）を超えるため読みません / part "${entry.name}" would inflate ${Math.round(ratio)} times (limit ${MAX_COMPRESSION_RATIO}): not read`;
    }
  }
  if (total <= MAX_UNCOMPRESSED_BYTES) {
    // The sizes a zip states may be false: each part is inflated once here, stopping as soon as it
    // passes what it claims, so a lying part is refused before any parser holds it whole.
    for (const entry of entries ?? []) {
      if (entry.method !== 8 || entry.offset + 30 > buffer.length) continue;
      const start = entry.offset + 30 + buffer.readUInt16LE(entry.offset + 26) + buffer.readUInt16LE(entry.offset + 28);
      try {
        inflateRawSync(buffer.subarray(start, start + entry.compressedSize), { maxOutputLength: entry.uncompressedSize + 1 });
      } catch (_error) {
        return `部品「${entry.name}」の大きさが zip に書かれた値と違います（壊れているか、意図的に細工されています）。読みません / part "${entry.name}" is not the size the zip states (damaged or crafted): not read`;
      }
    }
  }
  if (total > MAX_UNCOMPRESSED_BYTES) {
    return `展開後の大きさが ${Math.round(total / 1024 / 1024)} MB で、上限（${MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB）を超えるため読みません / it would inflate to ${Math.round(total / 1024 / 1024)} MB, over the limit of ${MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB: not read`;
  }
  return null;
}

/** Reads a file and checks it is a workbook Shinchoku may open; the buffer is for the reader. */
export function checkedWorkbookBuffer(path: string): { buffer: Buffer; problem: string | null } {
  const buffer = readFileSync(path);
  return { buffer, problem: workbookFileProblem(buffer) };
}
