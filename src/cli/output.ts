/** Where a command writes: never over its input, over an existing file only with --force, always through the one safe writer. */

import { type Args, UsageError } from './args';
import { DestinationExistsError, SafeWriteError, sameFile, somethingAt, writeFileSafely } from './safeWrite';

/** An output may never be the input, and replaces an existing file only with --force. */
export function checkOutput(out: string, inputs: string[], args: Args): void {
  for (const input of inputs) {
    if (sameFile(out, input))
      throw new UsageError(
        `--out が入力のブック（${input}）と同じファイルです。Shinchoku は入力を上書きしません / --out is the input workbook (${input}): Shinchoku never overwrites its input`,
      );
  }
  // lstat, not stat: a symbolic link at the name, even one pointing nowhere, is something there.
  if (somethingAt(out) && !args.flags.has('--force')) throw existsError(out);
}

export function existsError(out: string): UsageError {
  return new UsageError(`${out} はすでにあります。置き換えるには --force を付けてください / ${out} exists; add --force to replace it`);
}

/** A write that failed: exit 2, one line in both languages, nothing on stdout. */
export class OutputError extends Error {}

/**
 * Writes an output through the one safe writer (src/cli/safeWrite.ts): whole
 * or not at all, never through a symbolic link, and over an existing file only
 * with --force — the check made again, atomically, as the file is placed, so
 * that of two runs started together only one can win.
 */
export function writeOutput(path: string, bytes: Uint8Array | string, args: Args): void {
  try {
    writeFileSafely(path, bytes, { replace: args.flags.has('--force') });
  } catch (error) {
    throw writeFailure(error);
  }
}

/**
 * A failed write of the safe writer as a command says it: a name taken meanwhile is the usage error of
 * an existing output (add --force), a write that failed an OutputError; anything else as it was thrown.
 */
export function writeFailure(error: unknown): unknown {
  if (error instanceof DestinationExistsError) return existsError(error.path);
  if (error instanceof SafeWriteError) return new OutputError(error.message);
  return error;
}
