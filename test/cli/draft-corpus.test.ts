/**
 * The draft corpus (test/fixtures/drafts/injected-errors.json): three layouts
 * of a report — the seed's PDF text, the generated report, a free-form draft
 * for another plan — each with one error of every kind injected. The built
 * CLI must find exactly those (and the draft's own), and nothing else.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli } from '../support/cli';
import { type CorpusDraft, type CorpusFinding, draftCorpus } from '../support/corpus';
import { tempDir } from '../support/xlsx';

type Finding = CorpusFinding;
type Draft = CorpusDraft;

const corpus = { drafts: draftCorpus() };

function proofread(text: string, draft: Draft): { status: number | null; findings: Finding[]; checked: number } {
  const path = join(tempDir(), 'draft.txt');
  writeFileSync(path, text);
  const args = ['proofread', path, '--workbook', join(ROOT, draft.workbook), '--json', ...(draft.asOf ? ['--as-of', draft.asOf] : [])];
  const run = runCli(args);
  expect(run.stderr).toBe('');
  const result = JSON.parse(run.stdout) as { findings: Finding[]; checked: number };
  return { status: run.status, findings: result.findings.map(({ line, stated, expected }) => ({ line, stated, expected })), checked: result.checked };
}

const sorted = (findings: Finding[]) => [...findings].sort((a, b) => a.line - b.line || a.stated.localeCompare(b.stated));

describe.each(corpus.drafts.map((draft) => [draft.name, draft] as const))('%s', (_name, draft) => {
  const original = readFileSync(join(ROOT, draft.draft), 'utf8');

  test('as given: only its own errors', () => {
    const { findings, checked } = proofread(original, draft);
    expect(sorted(findings)).toEqual(sorted(draft.native));
    expect(checked).toBe(draft.checked.figures);
  });

  test('an error of every kind injected: each found exactly, nothing else flagged', () => {
    expect(new Set(draft.edits.map((e) => e.kind))).toEqual(new Set(['amount', 'rate', 'share', 'count', 'area', 'total', 'year label', 'category label']));
    const lines = original.split('\n');
    for (const edit of draft.edits) {
      expect(lines[edit.line - 1]).toContain(edit.from);
      lines[edit.line - 1] = lines[edit.line - 1].replace(edit.from, edit.to);
    }
    const { status, findings } = proofread(lines.join('\n'), draft);
    expect(status).toBe(1);
    expect(sorted(findings)).toEqual(sorted([...draft.native, ...draft.edits.map((e) => ({ line: e.line, ...e.finding }))]));
  });

  test.each(draft.edits.map((edit) => [edit.kind, edit] as const))('%s alone is found alone', (_kind, edit) => {
    const lines = original.split('\n');
    lines[edit.line - 1] = lines[edit.line - 1].replace(edit.from, edit.to);
    const { findings } = proofread(lines.join('\n'), draft);
    expect(sorted(findings)).toEqual(sorted([...draft.native, { line: edit.line, ...edit.finding }]));
  });
});
