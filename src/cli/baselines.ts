/**
 * Baselines for the command line: one read-only JSON file per 基準日, next to
 * the workbook: plan.xlsx → plan.baseline-2024-03-31.json.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { type Baseline, decodeBaseline, encodeBaseline } from '../core/compute/baseline';
import { DestinationExistsError, somethingAt, writeFileSafely } from './safeWrite';

/** A baseline for that date is already there: a baseline is never overwritten. */
export class BaselineExistsError extends Error {
  constructor(
    readonly path: string,
    readonly date: string,
  ) {
    super(
      `基準日 ${date} はすでに固定されています（${path}）。基準日のファイルは上書きしません / a baseline for ${date} already exists (${path}); a baseline is never overwritten`,
    );
  }
}

function stem(workbookPath: string): string {
  return basename(workbookPath).replace(/\.xlsx$/i, '');
}

export function baselinePath(workbookPath: string, date: string): string {
  return join(dirname(workbookPath), `${stem(workbookPath)}.baseline-${date}.json`);
}

/** The baselines next to a workbook; a file that is not one of ours is skipped and named in `skipped`. */
export function loadBaselines(workbookPath: string, skipped: string[] = []): Baseline[] {
  const dir = dirname(workbookPath);
  const prefix = `${stem(workbookPath)}.baseline-`;
  if (!existsSync(dir)) return [];
  const baselines: Baseline[] = [];
  for (const name of readdirSync(dir).filter((n) => n.startsWith(prefix) && n.endsWith('.json'))) {
    try {
      baselines.push(decodeBaseline(readFileSync(join(dir, name), 'utf8')));
    } catch (_error) {
      skipped.push(name);
    }
  }
  return baselines.sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Writes a baseline file, read-only, and never over an existing one: through
 * the one safe writer (src/cli/safeWrite.ts), made read-only before it gets
 * its name, so an interrupted freeze leaves nothing at that name and can
 * simply be run again. Throws BaselineExistsError or SafeWriteError.
 */
export function saveBaseline(workbookPath: string, baseline: Baseline): string {
  const path = baselinePath(workbookPath, baseline.date);
  // Early, for the usual case; the placement below refuses atomically if another freeze got there first.
  if (somethingAt(path)) throw new BaselineExistsError(path, baseline.date);
  try {
    writeFileSafely(path, encodeBaseline(baseline), { replace: false, mode: 0o444 });
  } catch (error) {
    if (error instanceof DestinationExistsError) throw new BaselineExistsError(path, baseline.date);
    throw error;
  }
  return path;
}
