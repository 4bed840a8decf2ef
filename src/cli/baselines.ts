/**
 * Baselines for the command line: one read-only JSON file per 基準日, next to
 * the workbook: plan.xlsx → plan.baseline-2024-03-31.json.
 */
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { type Baseline, decodeBaseline, encodeBaseline } from '../core/baseline';

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

/** Writes a baseline file and makes it read-only; never replaces an existing one. */
export function saveBaseline(workbookPath: string, baseline: Baseline): string {
  const path = baselinePath(workbookPath, baseline.date);
  if (existsSync(path)) throw new Error(`${path} exists: a baseline is never overwritten`);
  writeFileSync(path, encodeBaseline(baseline), { flag: 'wx' });
  chmodSync(path, 0o444);
  return path;
}
