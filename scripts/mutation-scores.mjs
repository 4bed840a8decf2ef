#!/usr/bin/env node
/**
 * Per-file mutation scores from StrykerJS incremental files, as the markdown
 * table reports/mutation-record-2026.md shows, and each file's surviving mutants with their
 * line (--survivors). Score = (killed + timed out) / (killed + timed out +
 * survived + no coverage), as StrykerJS counts it; ignored (static) mutants
 * are not counted, and mutants that do not compile are not kept in these files.
 *
 * Usage: node scripts/mutation-scores.mjs [--survivors] [reports/stryker-incremental.json …]
 */
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const survivors = args.includes('--survivors');
const paths = args.filter((a) => !a.startsWith('--'));
if (paths.length === 0) paths.push('reports/stryker-incremental.json');

const rows = new Map();
for (const path of paths) {
  const report = JSON.parse(readFileSync(path, 'utf8'));
  for (const [file, entry] of Object.entries(report.files)) rows.set(file, entry);
}

const line = (cells) => `| ${cells.join(' | ')} |`;
console.log(line(['file', 'score', 'killed', 'timeout', 'survived', 'no coverage', 'ignored (static, or disabled with a reason)']));
console.log(line(['---', '---:', '---:', '---:', '---:', '---:', '---:']));
for (const [file, entry] of [...rows].sort((a, b) => a[0].localeCompare(b[0]))) {
  const count = (status) => entry.mutants.filter((m) => m.status === status).length;
  const [killed, timeout, survived, none, ignored] = ['Killed', 'Timeout', 'Survived', 'NoCoverage', 'Ignored'].map(count);
  const total = killed + timeout + survived + none;
  const score = total === 0 ? '—' : `${((100 * (killed + timeout)) / total).toFixed(2)}%`;
  console.log(line([`\`${file.replace('src/core/', '')}\``, score, killed, timeout, survived, none, ignored]));
}
if (survivors) {
  for (const [file, entry] of rows) {
    const source = entry.source.split('\n');
    for (const m of entry.mutants.filter((x) => x.status === 'Survived' || x.status === 'NoCoverage')) {
      const at = m.location.start;
      console.log(
        `${file}:${at.line}:${at.column} ${m.status} ${m.mutatorName} ${JSON.stringify(m.replacement ?? '').slice(0, 70)} | ${source[at.line - 1].trim().slice(0, 100)}`,
      );
    }
  }
}
