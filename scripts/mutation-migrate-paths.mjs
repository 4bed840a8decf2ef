#!/usr/bin/env node
/**
 * Carries the mutation results over a move of files (#24: src/core and test/core
 * in stage folders): renames the source and test files of the incremental file
 * (reports/stryker-incremental.json by default) to their new paths, as git
 * records the renames since a commit, and writes it back in its committed form
 * (scripts/mutation-compact.mjs).
 *
 * Only the paths change. The sources and tests kept in the file stay as they
 * were measured, so the next `npm run mutation` sees the lines that changed with
 * the move (the import lines) and tests those mutants again; every other result
 * is the one that was measured, under its file's new name.
 *
 * Usage: node scripts/mutation-migrate-paths.mjs <commit before the moves> [file]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { compact, serialise } from './mutation-compact.mjs';

const [since, path = 'reports/stryker-incremental.json'] = process.argv.slice(2);
if (!since) {
  console.error('使い方 / Usage: node scripts/mutation-migrate-paths.mjs <commit> [incremental file]');
  process.exit(2);
}

/** old path → new path, for every file git sees renamed between the commit and HEAD. */
const renames = new Map(
  execFileSync('git', ['diff', '-M', '--name-status', '--diff-filter=R', since, 'HEAD', '--', 'src', 'test'], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.startsWith('R'))
    .map((line) => line.split('\t').slice(1, 3)),
);

const report = JSON.parse(readFileSync(path, 'utf8'));
const moved = { files: 0, testFiles: 0 };
for (const section of ['files', 'testFiles']) {
  const entries = Object.entries(report[section] ?? {});
  const next = {};
  for (const [file, entry] of entries) {
    const to = renames.get(file) ?? file;
    if (to !== file) moved[section] += 1;
    if (to in next) throw new Error(`${to}: two entries would share this path`);
    next[to] = entry;
  }
  report[section] = next;
}

const text = serialise(compact(report));
JSON.parse(text); // what is written must read back
const temporary = `${path}.tmp-${process.pid}`;
writeFileSync(temporary, text);
renameSync(temporary, path);
const kept = (section) => Object.keys(report[section]).filter((file) => !renames.has(file) && ![...renames.values()].includes(file));
console.log(
  `${path}: ${moved.files} source files and ${moved.testFiles} test files renamed (${renames.size} renames since ${since}); not moved: ${[...kept('files'), ...kept('testFiles')].join(', ') || 'none'}`,
);
