/** A month's digest messages in a folder: their names, their count, and writing them as one set. */
import { lstatSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { OutputError, writeFailure } from '../output';
import { discardStaged, failureReason, placeStagedSet, SafeWriteError, type StagedFile, stageFile } from '../safeWrite';

export function fileSlug(text: string): string {
  // Controls (C0, DEL, C1), direction marks and lone surrogates have no place in a file name; cut by characters, never inside a pair.
  const paired = text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\u0000');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: file names must not carry them
  const cleaned = paired.replace(/[\\/:*?"<>|\s\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffe\uffff]+/g, '_');
  // At most 60 characters and 180 bytes: with "2024-03-01-", a batch's "-12" and ".html" the name stays within NAME_MAX
  // (255 bytes on ext4, APFS, NTFS), even when every character takes 4 bytes in UTF-8 (𠮷, emoji).
  let slug = '';
  for (const char of Array.from(cleaned).slice(0, 60)) {
    if (Buffer.byteLength(slug + char) > 180) break;
    slug += char;
  }
  return slug;
}

/** The names of a month's messages in a folder: <month>-NN-<who>.eml and .html, as commandDigest writes them. */
export function monthMessages(folder: string, month: string): string[] {
  let names: string[];
  try {
    if (!statSync(folder).isDirectory()) return [];
    names = readdirSync(folder);
  } catch (_error) {
    return [];
  }
  const pattern = new RegExp(`^${month.replace(/[^0-9-]/g, '')}-\\d{2}-.*\\.(?:eml|html)$`);
  // A folder of that name is no message of ours: never counted, never removed.
  return names.filter((name) => pattern.test(name) && !isFolder(join(folder, name)));
}

function isFolder(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch (_error) {
    return false;
  }
}

/** A message is its .eml (one per batch of at most 50 recipients); the .html beside it is its page, not another message. */
export function messageCount(names: string[]): number {
  return names.filter((name) => name.endsWith('.eml')).length;
}

/**
 * A month's messages as one set. Every file is staged first (src/cli/safeWrite.ts):
 * a failure there (a full disk) removes the staged files and leaves the earlier
 * set as it was. Only then are they placed — each atomically, never through a
 * symbolic link — and, with --force, that month's earlier messages this run did
 * not write are removed. Without --force a file that appeared meanwhile (another
 * run) undoes this run's placed files and refuses.
 */
export function writeMessageSet(out: string, month: string, files: { name: string; bytes: string }[], force: boolean): { earlier: number; removed: number } {
  const staged: StagedFile[] = [];
  try {
    for (const file of files) staged.push(stageFile(join(out, file.name), file.bytes));
  } catch (error) {
    for (const file of staged) discardStaged(file);
    if (error instanceof SafeWriteError) throw new OutputError(error.message);
    throw error;
  }
  // Without --force there were none when the command started; what a run beside this one writes is not ours to remove.
  const earlier = force ? monthMessages(out, month) : [];
  // A folder at a message's name cannot be replaced by a file: refused before anything is placed.
  const blocked = staged.find((file) => isFolder(file.destination));
  if (blocked) {
    for (const file of staged) discardStaged(file);
    throw new OutputError(new SafeWriteError(blocked.destination, { ja: 'ファイルではなくフォルダーです', en: 'it is a folder, not a file' }).message);
  }
  try {
    placeStagedSet(staged, { replace: force });
  } catch (error) {
    throw writeFailure(error);
  }
  const names = new Set(files.map((file) => file.name));
  const stale = earlier.filter((name) => !names.has(name));
  for (const name of stale) {
    try {
      // unlink removes a symbolic link itself, never the file it points at.
      unlinkSync(join(out, name));
    } catch (error) {
      const reason = failureReason(error);
      throw new OutputError(
        `${month} の新しいメッセージは書き出しましたが、以前の ${join(out, name)} を削除できませんでした（${reason.ja}）/ the new messages for ${month} were written, but the earlier ${join(out, name)} could not be removed (${reason.en})`,
      );
    }
  }
  return { earlier: messageCount(earlier), removed: messageCount(stale) };
}
