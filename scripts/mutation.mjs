#!/usr/bin/env node
/**
 * `npm run mutation [-- stryker options]`: StrykerJS (stryker.config.json), then the
 * incremental file it wrote rewritten in its committed form (scripts/mutation-compact.mjs:
 * stable ids, one mutant a line, short reasons), so a commit of a rerun's results holds
 * only what changed. Options go to StrykerJS, e.g. `npm run mutation -- --mutate src/core/read/read.ts`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compact, serialise } from './mutation-compact.mjs';

const args = process.argv.slice(2);
const bin = join('node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js');
const run = spawnSync(process.execPath, [bin, 'run', ...args], { stdio: 'inherit' });
const given = args.indexOf('--incrementalFile');
const file = given >= 0 ? args[given + 1] : JSON.parse(readFileSync('stryker.config.json', 'utf8')).incrementalFile;
if (existsSync(file)) {
  writeFileSync(file, serialise(compact(JSON.parse(readFileSync(file, 'utf8')))));
  console.log(`${file}: compacted (scripts/mutation-compact.mjs)`);
}
process.exit(run.status ?? 1);
