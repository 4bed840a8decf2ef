/**
 * One way for the claims tests (test/core/proofread/claims-*.test.ts) to build a plan's summary
 * from a corpus-style workbook, proof-read a draft written as lines against it, and say what the
 * reader did with each number — found wrong, placed, or not placed — as `line: stated` texts; and
 * to inject errors into a right draft (each change checked to be there first).
 */

import type { Summary } from '../../src/core/compute/model';
import { runPipeline } from '../../src/core/compute/pipeline';
import { proofread } from '../../src/core/proofread/proofread';
import { type CorpusWorkbookJson, corpusInput } from './corpusWorkbook';

/** What the proof-reader said of a draft: findings as `line: stated → expected`, numbers placed and not placed as `line: stated`. */
export interface DraftReading {
  findings: string[];
  placed: Set<string>;
  notPlaced: string[];
  /** Every number the reader took from a line (found, placed or not placed), as `stated` texts: [] when it read none there. */
  numbersOn(line: number): string[];
}

/** A workbook (as corpus workbook.json holds it) to its summary, at its asOf. */
export function summaryOf(json: CorpusWorkbookJson): Summary {
  return runPipeline(corpusInput(json), { asOf: json.asOf }).summary;
}

/** A reader of drafts written as lines, against the plan of a workbook. */
export function claimsReader(json: CorpusWorkbookJson): (lines: string[]) => DraftReading {
  const summary = summaryOf(json);
  return (lines) => readDraft(lines, summary);
}

export function readDraft(lines: string[], summary: Summary): DraftReading {
  const result = proofread(lines.join('\n'), summary);
  const placedRecords = [...result.placed, ...result.checked];
  return {
    findings: result.findings.map((f) => `${f.line}: ${f.stated} → ${f.expected}`),
    placed: new Set(placedRecords.map((p) => `${p.line}: ${p.stated}`)),
    notPlaced: result.notPlaced.map((n) => `${n.line}: ${n.stated}`),
    numbersOn: (line) => [...result.findings, ...placedRecords, ...result.notPlaced].filter((r) => r.line === line).map((r) => r.stated.replace(/\s/g, '')),
  };
}

/** A right draft with errors injected: each [line, from, to] replaces `from` (which must be on that line) with `to`. */
export function injected(right: string[], changes: [number, string, string][]): string[] {
  const wrong = [...right];
  for (const [line, from, to] of changes) {
    expect(wrong[line - 1]).toContain(from);
    wrong[line - 1] = wrong[line - 1].replace(from, to);
  }
  return wrong;
}

/** Each figure (`line: stated`) was placed — said figure by figure, so a failure names the one that was not. */
export function expectPlaced(placed: Set<string>, figures: string[]): void {
  for (const figure of figures) expect([figure, placed.has(figure)]).toEqual([figure, true]);
}

/** None of the figures (`line: stated`) was placed (a difference, another project's amount …). */
export function expectNotPlacedAsFigures(placed: Set<string>, figures: string[]): void {
  for (const figure of figures) expect([figure, placed.has(figure)]).toEqual([figure, false]);
}
