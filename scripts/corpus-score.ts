/**
 * The proof-reader's score on the corpus of other cities' reports
 * (test/fixtures/corpus/, issue #26): for each case, its workbook written to
 * an .xlsx in a temp folder, the BUILT command line run as a user would
 * (`proofread draft.txt --workbook wb.xlsx --as-of <asOf> --json`), and what it
 * said compared with the hand-written expected.json — each injected error
 * found on its line (stated and right figure the same) or missed, every other
 * finding false, and the numbers left "not placed" where the JSON says.
 *
 *   npm run build && node scripts/run-ts.mjs scripts/corpus-score.ts [--blind] [case…]
 *
 * Open cases only by default; `--blind` adds the blind ones (run once,
 * untuned: see the corpus README). Naming cases runs only those. Exit 0 when
 * every injected error was found and at most one finding was false, else 1.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../test/support/cli';
import { type CorpusCase, corpusCase, corpusCases, corpusDraftPath, readCorpusExpected, writeCorpusWorkbook } from '../test/support/corpusWorkbook';
import { type CaseScore, parseProofread, scoreCase } from '../test/support/proofreadJson';

function table(header: string[], rows: string[][]): string {
  const width = (s: string) =>
    [...s].reduce((w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c + ' '.repeat(widths[i] - width(c))).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

async function scoreOne(c: CorpusCase, folder: string): Promise<CaseScore> {
  const { path, asOf } = await writeCorpusWorkbook(c, folder, `${c.name.replace(/\//g, '-')}.xlsx`);
  const expected = readCorpusExpected(c);
  const run = runCli(['proofread', corpusDraftPath(c), '--workbook', path, '--as-of', asOf, '--json']);
  return scoreCase(expected.errors, parseProofread(run));
}

function printCase(name: string, s: CaseScore): void {
  console.log(`\n## ${name} — exit ${s.run.status}${s.run.refusal ? `, refused: ${s.run.refusal.replace(/\s+/g, ' ')}` : ''}`);
  const rows = s.errors.map((e) => {
    const hit = s.found.includes(e);
    const there = s.run.findings.filter((f) => f.line === e.line);
    const said = hit ? '' : there.map((f) => `${f.stated}→${f.expected}`).join('; ');
    return [String(e.line), `${e.stated}→${e.correct}`, e.kind.slice(0, 60), hit ? 'found' : said ? `missed (read: ${said})` : 'missed'];
  });
  for (const f of s.falseFindings.filter((f) => !s.falseOnErrorLines.includes(f)))
    rows.push([String(f.line), `${f.stated}→${f.expected}`, f.label ?? '', 'FALSE']);
  console.log(table(['line', 'stated→correct', 'kind', 'result'], rows));
  if (s.run.notPlaced && s.run.notPlaced.length > 0) {
    console.log(`not placed (${s.run.notPlaced.length}):`);
    for (const n of s.run.notPlaced) console.log(`  ${n.line ?? '?'}: ${n.text} — ${n.reason}`);
  }
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const blind = args.includes('--blind');
  const names = args.filter((a) => !a.startsWith('--'));
  const cases = names.length > 0 ? names.map(corpusCase) : corpusCases({ blind });
  const folder = mkdtempSync(join(tmpdir(), 'shinchoku-corpus-'));
  const scores: [string, CaseScore][] = [];
  try {
    for (const c of cases) scores.push([c.name, await scoreOne(c, folder)]);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  for (const [name, s] of scores) printCase(name, s);
  const placed = (s: CaseScore) => (s.run.notPlaced === null ? 'n/a' : String(s.run.notPlaced.length));
  const rows = scores.map(([name, s]) => [
    name,
    String(s.run.status),
    String(s.errors.length),
    String(s.found.length),
    String(s.missed.length),
    String(s.falseFindings.length),
    String(s.falseOnErrorLines.length),
    s.run.checked === null ? '-' : String(s.run.checked),
    placed(s),
  ]);
  const sum = (f: (s: CaseScore) => number) => String(scores.reduce((t, [, s]) => t + f(s), 0));
  const anyPlaced = scores.some(([, s]) => s.run.notPlaced !== null);
  rows.push([
    'total',
    '',
    sum((s) => s.errors.length),
    sum((s) => s.found.length),
    sum((s) => s.missed.length),
    sum((s) => s.falseFindings.length),
    sum((s) => s.falseOnErrorLines.length),
    sum((s) => s.run.checked ?? 0),
    anyPlaced ? sum((s) => s.run.notPlaced?.length ?? 0) : 'n/a',
  ]);
  console.log('\n## totals');
  console.log(table(['case', 'exit', 'errors', 'found', 'missed', 'false', 'of which on error lines', 'checked', 'not placed'], rows));
  if (!anyPlaced) console.log('(not placed: n/a — this proof-reader’s JSON does not list the numbers it could not place)');
  const missed = scores.reduce((t, [, s]) => t + s.missed.length, 0);
  const falses = scores.reduce((t, [, s]) => t + s.falseFindings.length, 0);
  return missed === 0 && falses <= 1 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  },
);
