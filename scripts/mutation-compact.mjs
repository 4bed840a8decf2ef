#!/usr/bin/env node
/**
 * Rewrites a StrykerJS incremental file (reports/stryker-incremental.json by
 * default) in the form that is committed: small, and one mutant or test a line,
 * so that committing the results of a rerun changes only the lines of the
 * mutants and tests that changed.
 *
 * StrykerJS writes the file as one line of about 26 MB, 18.7 MB of it the
 * failure messages of killed mutants (statusReason), and numbers its mutants
 * and tests afresh on every run, so each commit of it was a diff of the whole
 * file twice over (session 7's commits, at about 52 MB each, were refused as too
 * big to land). Here:
 *
 * - a test's id is a short hash of its file and name, and a mutant's of its file,
 *   place, mutator and replacement: the same on every run, so an unchanged line
 *   stays the same. StrykerJS's incremental differ uses old ids only to join a
 *   mutant to its tests (node_modules/@stryker-mutator/core/dist/src/mutants/
 *   incremental-differ.js, collectOldKilledAndCoverageMatrix);
 * - statusReason is cut to its first line, at most 200 characters;
 * - a killed mutant keeps only killedBy: the differ reuses it when one of its
 *   killing tests is unchanged (mutantCanBeReused), and it counts the killing
 *   tests as covering; coveredBy is what decides the reuse of the others, so
 *   they keep it.
 *
 * What StrykerJS reads back is the same results; `npm run mutation` (scripts/
 * mutation.mjs) runs this after each run.
 *
 * Usage: node scripts/mutation-compact.mjs [file]
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

export function compact(report) {
  const hash = (text) => createHash('sha1').update(text).digest('base64url').slice(0, 7);
  const unique = (used, base) => {
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}${n}`;
    used.add(id);
    return id;
  };

  // Tests: (file, name) → a stable id.
  const testId = new Map();
  const usedTests = new Set();
  const testFiles = {};
  for (const file of Object.keys(report.testFiles ?? {}).sort()) {
    const entry = report.testFiles[file];
    const tests = [...entry.tests]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((test) => {
        const id = unique(usedTests, `t${hash(`${file}\u0000${test.name}`)}`);
        testId.set(test.id, id);
        return { ...test, id };
      });
    testFiles[file] = { ...entry, tests };
  }
  const renumber = (list) => [...new Set((list ?? []).map((id) => testId.get(id) ?? null))].filter((id) => id !== null).sort();

  const reason = (text) => {
    if (typeof text !== 'string') return undefined;
    const first = text.split('\n').find((l) => l.trim() !== '') ?? '';
    return first.trim().slice(0, 200);
  };

  const usedMutants = new Set();
  const files = {};
  for (const file of Object.keys(report.files).sort()) {
    const entry = report.files[file];
    const at = (m) => [m.location.start.line, m.location.start.column, m.location.end.line, m.location.end.column];
    const mutants = [...entry.mutants]
      .sort((a, b) => {
        const [x, y] = [at(a), at(b)];
        for (let i = 0; i < 4; i += 1) if (x[i] !== y[i]) return x[i] - y[i];
        return `${a.mutatorName}|${a.replacement}`.localeCompare(`${b.mutatorName}|${b.replacement}`);
      })
      .map((m) => {
        const id = unique(usedMutants, `m${hash(`${file}|${m.mutatorName}|${m.replacement}|${at(m).join(':')}`)}`);
        const out = { ...m, id };
        const why = reason(m.statusReason);
        if (why === undefined) delete out.statusReason;
        else out.statusReason = why;
        const killedBy = renumber(m.killedBy);
        if (m.killedBy) out.killedBy = killedBy;
        if (m.status === 'Killed' && killedBy.length > 0) delete out.coveredBy;
        else if (m.coveredBy) out.coveredBy = renumber(m.coveredBy);
        return out;
      });
    files[file] = { ...entry, mutants };
  }
  return { ...report, files, testFiles };
}

/** One mutant or test a line; everything else on lines of its own. */
export function serialise(report) {
  const out = ['{'];
  const rest = Object.entries(report).filter(([k]) => k !== 'files' && k !== 'testFiles');
  const section = (name, entries, list) => {
    out.push(`${JSON.stringify(name)}:{`);
    entries.forEach(([file, entry], i) => {
      const head = Object.entries(entry).filter(([k]) => k !== list);
      out.push(`${JSON.stringify(file)}:{`);
      for (const [k, v] of head) out.push(`${JSON.stringify(k)}:${JSON.stringify(v)},`);
      out.push(`${JSON.stringify(list)}:[`);
      const items = entry[list];
      for (let j = 0; j < items.length; j += 1) out.push(`${JSON.stringify(items[j])}${j < items.length - 1 ? ',' : ''}`);
      out.push(`]}${i < entries.length - 1 ? ',' : ''}`);
    });
    out.push('},');
  };
  section('files', Object.entries(report.files), 'mutants');
  section('testFiles', Object.entries(report.testFiles ?? {}), 'tests');
  for (let i = 0; i < rest.length; i += 1) out.push(`${JSON.stringify(rest[i][0])}:${JSON.stringify(rest[i][1])}${i < rest.length - 1 ? ',' : ''}`);
  out.push('}');
  return `${out.join('\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = process.argv[2] ?? 'reports/stryker-incremental.json';
  const before = readFileSync(path, 'utf8');
  const report = compact(JSON.parse(before));
  const text = serialise(report);
  JSON.parse(text); // what is written must read back
  writeFileSync(path, text);
  const mutants = Object.values(report.files).reduce((n, f) => n + f.mutants.length, 0);
  console.log(
    `compacted ${path}: ${(before.length / 1e6).toFixed(1)} MB → ${(text.length / 1e6).toFixed(1)} MB, ${mutants} mutants, ${text.split('\n').length} lines`,
  );
}
