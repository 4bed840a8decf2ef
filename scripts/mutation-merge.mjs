#!/usr/bin/env node
/**
 * Merges the incremental files of mutation runs made a few files at a time
 * (reports/stryker-incremental-<name>.json, see reports/mutation-record-2026.md) into the one
 * `npm run mutation` reads, reports/stryker-incremental.json, so that a run
 * over all of src/core tests again only what changed since.
 *
 * Each source file is taken from the newest report that mutated it; reports
 * of line ranges of one file (--mutate 'file:1-420', 'file:421-800' …) are
 * joined when they read the same source, each range's mutants from the newest
 * report of it. Test files come from the newest report that ran them. Test ids are per report, so every mutant's
 * coveredBy / killedBy is renumbered against one merged list of tests.
 *
 * Usage: node scripts/mutation-merge.mjs [reports/stryker-incremental-a.json …]
 * (default: every reports/stryker-incremental-*.json).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const reportsDir = 'reports';
const target = join(reportsDir, 'stryker-incremental.json');
const given = process.argv.slice(2);
const paths = (
  given.length > 0
    ? given
    : readdirSync(reportsDir)
        .filter((f) => /^stryker-incremental-.+\.json$/.test(f))
        .map((f) => join(reportsDir, f))
)
  // Oldest first: a newer report overrides an older one.
  .sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs);

/** A report of a line range mutates only part of its file: its other mutants are absent, not killed. */
function partial(report) {
  const ranges = report.config?.mutate ?? [];
  return ranges.some((pattern) => /:\d+(-\d+)?$/.test(pattern));
}

/**
 * The files a report measured: those its --mutate names (a run started from another incremental
 * file also carries that file's other results, which are not its own), or all for a glob.
 */
function own(report, file) {
  const patterns = report.config?.mutate ?? [];
  if (patterns.some((pattern) => /[*?{]/.test(pattern))) return true;
  return patterns.some((pattern) => pattern.replace(/:\d+(-\d+)?$/, '') === file);
}

/** A mutant's identity within one version of its file. */
const mutantKey = (m) =>
  `${m.mutatorName}|${m.replacement}|${m.location.start.line}:${m.location.start.column}-${m.location.end.line}:${m.location.end.column}`;

const files = {};
/** Each mutant's report, to renumber its tests. */
const mutantReport = new Map();
const testFiles = {};
const testReport = {};
let base = null;
for (const path of paths) {
  const report = JSON.parse(readFileSync(path, 'utf8'));
  const range = partial(report);
  if (!range) base = report;
  for (const [file, entry] of Object.entries(report.files)) {
    if (!own(report, file)) continue;
    const earlier = files[file];
    // A range of the same source adds its mutants to the file's (replacing its own range's); otherwise the newer report stands alone.
    const joined = range && earlier && earlier.source === entry.source;
    if (range && earlier && !joined) console.log(`  ${file}: this range read another version of the file; the ranges read before are left out`);
    const byKey = new Map(joined ? earlier.mutants.map((m) => [mutantKey(m), m]) : []);
    for (const m of entry.mutants) {
      byKey.set(mutantKey(m), m);
      mutantReport.set(m, report);
    }
    files[file] = { ...entry, mutants: [...byKey.values()] };
  }
  for (const [file, entry] of Object.entries(report.testFiles ?? {})) {
    testFiles[file] = entry;
    testReport[file] = report;
  }
  const measured = Object.keys(report.files).filter((file) => own(report, file));
  console.log(`read ${path}${range ? ` (lines ${report.config.mutate.join(', ')})` : ''}: ${measured.join(', ')}`);
}
if (!base) throw new Error('no report to merge');

// One list of tests: (test file, name) → new id.
const ids = new Map();
const mergedTests = {};
for (const [file, entry] of Object.entries(testFiles)) {
  mergedTests[file] = {
    source: entry.source,
    tests: entry.tests.map((test) => {
      const id = String(ids.size);
      ids.set(`${file}\u0000${test.name}`, id);
      return { ...test, id };
    }),
  };
}

// A report's test id → (file, name), to renumber its mutants' tests.
function testKeys(report) {
  const keys = new Map();
  for (const [file, entry] of Object.entries(report.testFiles ?? {})) for (const test of entry.tests) keys.set(test.id, `${file}\u0000${test.name}`);
  return keys;
}
const keysOf = new Map();
let dropped = 0;
const mergedFiles = {};
for (const [file, entry] of Object.entries(files)) {
  const mutants = [];
  for (const mutant of entry.mutants) {
    const report = mutantReport.get(mutant);
    if (!keysOf.has(report)) keysOf.set(report, testKeys(report));
    const keys = keysOf.get(report);
    const renumber = (list) => list?.map((id) => ids.get(keys.get(id)));
    const coveredBy = renumber(mutant.coveredBy);
    const killedBy = renumber(mutant.killedBy);
    // A test this mutant's result rests on is gone (its file was run again since, without it): leave the
    // mutant out, so that the next run tests it afresh rather than trusting a result no test stands behind.
    if ([...(coveredBy ?? []), ...(killedBy ?? [])].includes(undefined)) {
      dropped += 1;
      continue;
    }
    mutants.push({ ...mutant, ...(coveredBy ? { coveredBy } : {}), ...(killedBy ? { killedBy } : {}) });
  }
  mergedFiles[file] = { ...entry, mutants };
}

writeFileSync(target, `${JSON.stringify({ ...base, files: mergedFiles, testFiles: mergedTests })}\n`);
console.log(
  `wrote ${target}: ${Object.keys(mergedFiles).length} source files, ${ids.size} tests${dropped ? `; ${dropped} mutants left out to be tested again (a test they rested on is gone)` : ''}`,
);
