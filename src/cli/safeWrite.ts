/**
 * The one way Shinchoku writes a file (summarize/report --out, template,
 * freeze, digest, the preview's save): the bytes go to a temporary file in
 * the destination's own folder, created exclusively, flushed to the disk
 * (fsync), and only then put in place in one step:
 *
 * - never replacing (no --force, a baseline, a preview save): link(temp, dest)
 *   then unlink(temp). link fails with EEXIST when anything at all is at the
 *   name — a file, a folder, a symbolic link even when it points nowhere — so
 *   the check and the placement are one atomic step: of two runs started
 *   together, exactly one wins, and a link is never followed.
 * - replacing (--force): rename(temp, dest). rename replaces a symbolic link
 *   itself; it never writes through it to the file it points at.
 *
 * A failure anywhere (a full disk, a size limit, no permission, a folder in
 * the way) removes the temporary file: nothing half-written is ever at a
 * final name, and the user's earlier file stays byte-identical.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fchmodSync,
  fstatSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileErrorText } from './xlsx';

/** Something is already at the destination and this write may not replace it. */
export class DestinationExistsError extends Error {
  constructor(readonly path: string) {
    super(`${path} はすでにあります / ${path} exists`);
  }
}

/** A write that failed; its message is one line in both languages, and nothing was left behind. */
export class SafeWriteError extends Error {
  constructor(
    readonly path: string,
    readonly reason: { ja: string; en: string },
  ) {
    super(
      `${path} の書き込みに失敗しました。途中のファイルは残していません（${reason.ja}）/ could not write ${path}; nothing half-written was left (${reason.en})`,
    );
  }
}

/** The reason for a file-system failure in both languages, never a raw errno or a library's message. */
export function failureReason(error: unknown): { ja: string; en: string } {
  const text = fileErrorText(error);
  const split = text.indexOf(' / ');
  if (split > 0) return { ja: text.slice(0, split), en: text.slice(split + 3) };
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  return code
    ? { ja: `ファイルシステムが書き込みを拒みました（${code}）`, en: `the file system refused the write (${code})` }
    : { ja: '予期しない理由で書き込めませんでした', en: 'an unexpected failure' };
}

/** Whether anything — a file, a folder, a symbolic link, even a dangling one — is at a path. */
export function somethingAt(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch (_error) {
    return false;
  }
}

/** A file written whole to its temporary name, ready to be put in place. */
export interface StagedFile {
  readonly temporary: string;
  /** As the user gave it: the messages name it so. */
  readonly destination: string;
}

/** At most this many bytes of the destination's name in the temporary's, so that it stays within NAME_MAX (255 bytes). */
const NAME_BYTES = 60;

function temporaryName(destination: string): string {
  let stem = '';
  for (const char of basename(destination)) {
    if (Buffer.byteLength(stem + char) > NAME_BYTES) break;
    stem += char;
  }
  // A leading dot hides it, and no reader of ours takes it for an output (baselines and messages are found by prefix).
  return join(dirname(resolve(destination)), `.${stem}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Writes the bytes to a new temporary file beside the destination: created
 * exclusively ('wx': never an existing file, never through a link), written
 * in full, given its mode, and flushed to the disk before it is closed.
 */
export function stageFile(destination: string, bytes: Uint8Array | string, mode?: number): StagedFile {
  try {
    mkdirSync(dirname(resolve(destination)), { recursive: true });
  } catch (error) {
    throw new SafeWriteError(destination, failureReason(error));
  }
  const temporary = temporaryName(destination);
  let fd: number | null = null;
  try {
    fd = openSync(temporary, 'wx', 0o666);
    const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
    for (let offset = 0; offset < data.length; ) offset += writeSync(fd, data, offset, data.length - offset);
    if (mode !== undefined) fchmodSync(fd, mode);
    // Flushed before it is named: after a power cut the final name holds the whole file or the earlier one, never a truncated one.
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    return { temporary, destination };
  } catch (error) {
    if (fd !== null) {
      try {
        closeSync(fd);
      } catch (_close) {
        // Closing a descriptor that failed to write cannot fail in a way we could act on.
      }
    }
    rmSync(temporary, { force: true });
    throw new SafeWriteError(destination, failureReason(error));
  }
}

/** Removes a staged file that will not be placed. */
export function discardStaged(staged: StagedFile): void {
  try {
    rmSync(staged.temporary, { force: true });
  } catch (_error) {
    // Nothing more can be done; the name starts with a dot and is never read as an output.
  }
}

/** Codes with which link() says the file system has no hard links (FAT and exFAT say EPERM; some network shares ENOTSUP). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EMLINK']);

function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
}

/** Makes the folder's new entry durable too (POSIX: fsync on the folder); some systems (Windows) cannot, which is no failure of ours. */
function syncFolder(path: string): void {
  try {
    const fd = openSync(dirname(path), 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (_error) {
    // Best effort only.
  }
}

export interface PlaceOptions {
  /** Replace whatever is at the destination (--force). Without it, anything there refuses the write. */
  replace: boolean;
  /** How to make a hard link: tests pass one that fails as FAT's does. */
  link?: (existing: string, created: string) => void;
}

/**
 * Puts a staged file at its final name in one step (see the file's comment).
 * Throws DestinationExistsError when it may not replace what is there; the
 * staged file is then still there for the caller to discard.
 */
export function placeStaged(staged: StagedFile, options: PlaceOptions): void {
  const { temporary, destination } = staged;
  if (options.replace) {
    try {
      renameSync(temporary, destination);
    } catch (error) {
      throw new SafeWriteError(destination, failureReason(error));
    }
    syncFolder(destination);
    return;
  }
  try {
    (options.link ?? linkSync)(temporary, destination);
  } catch (error) {
    const code = codeOf(error);
    if (code === 'EEXIST') throw new DestinationExistsError(destination);
    if (!NO_HARD_LINKS.has(code)) throw new SafeWriteError(destination, failureReason(error));
    placeWithoutHardLinks(staged);
    return;
  }
  // The file now has two names; the temporary one goes. Should that fail, the output is whole and only a dot-file is left.
  try {
    unlinkSync(temporary);
  } catch (_error) {
    // See above.
  }
  syncFolder(destination);
}

/**
 * Where the file system has no hard links, the name is claimed by creating an
 * empty file exclusively (O_CREAT|O_EXCL: fails on anything there, a dangling
 * symbolic link included, and never follows one), then the whole staged file
 * is renamed over our own claim. Two runs still cannot both win. The price:
 * were the process killed between those two calls, an empty file would be
 * left at the name — empty, never partial. (Checking with lstat and then
 * renaming would leave nothing, but two runs could both pass the check.)
 */
function placeWithoutHardLinks(staged: StagedFile): void {
  const { temporary, destination } = staged;
  let claim: number;
  try {
    claim = openSync(destination, 'wx', 0o600);
  } catch (error) {
    if (codeOf(error) === 'EEXIST') throw new DestinationExistsError(destination);
    throw new SafeWriteError(destination, failureReason(error));
  }
  const claimed = fstatSync(claim);
  closeSync(claim);
  try {
    renameSync(temporary, destination);
  } catch (error) {
    // Remove our empty claim, and only ours: still the same, empty file.
    try {
      const now = lstatSync(destination);
      if (now.ino === claimed.ino && now.dev === claimed.dev && now.size === 0) unlinkSync(destination);
    } catch (_cleanup) {
      // Gone already.
    }
    throw new SafeWriteError(destination, failureReason(error));
  }
  syncFolder(destination);
}

/**
 * Writes one file safely: staged, then placed; on any failure nothing is left
 * but what was there before. Throws DestinationExistsError (without replace)
 * or SafeWriteError.
 */
export function writeFileSafely(destination: string, bytes: Uint8Array | string, options: PlaceOptions & { mode?: number }): void {
  const staged = stageFile(destination, bytes, options.mode);
  try {
    placeStaged(staged, options);
  } catch (error) {
    discardStaged(staged);
    throw error;
  }
}

/**
 * Whether two paths are the same file: by device and inode when the output
 * exists (links, hard links, a case-insensitive file system, ..), else by the
 * resolved real path of the folder.
 */
export function sameFile(a: string, b: string): boolean {
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch (_error) {
    try {
      return join(realpathSync(dirname(resolve(a))), basename(a)) === join(realpathSync(dirname(resolve(b))), basename(b));
    } catch (_inner) {
      return resolve(a) === resolve(b);
    }
  }
}

/**
 * Places a set of staged files one by one (placeStaged). A failure discards the ones not yet placed and,
 * without `replace`, removes the ones this call placed — ours only: each still the same file (its inode)
 * — then throws the failure for the caller to word.
 */
export function placeStagedSet(staged: readonly StagedFile[], options: PlaceOptions): void {
  const placed: { path: string; ino: number }[] = [];
  let index = 0;
  try {
    for (; index < staged.length; index++) {
      const ino = lstatSync(staged[index].temporary).ino;
      placeStaged(staged[index], options);
      placed.push({ path: staged[index].destination, ino });
    }
  } catch (error) {
    for (const file of staged.slice(index)) discardStaged(file);
    if (!options.replace)
      for (const file of placed) {
        try {
          if (lstatSync(file.path).ino === file.ino) unlinkSync(file.path);
        } catch (_gone) {
          // Removed already.
        }
      }
    throw error;
  }
}
