/**
 * The proof-reader (proofread.ts, draftFigures.ts) tested directly on the
 * draft corpus (test/fixtures/drafts/injected-errors.json): three layouts of
 * a report, each as given — only its own errors, and exactly this many
 * figures checked — and with one error of every kind injected, each found
 * and nothing else. test/cli/draft-corpus.test.ts runs the same corpus
 * through the built CLI. Each test proof-reads in its body (reports/mutation-record-2026.md);
 * a workbook's cells are read once, inside the first test that needs them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbookFile } from '../../../src/cli/xlsx';
import type { WorkbookInput } from '../../../src/core/base/cells';
import { runPipeline } from '../../../src/core/compute/pipeline';
import { type Finding, proofread } from '../../../src/core/proofread/proofread';
import { ROOT } from '../../support/cli';
import { type CorpusDraft, draftCorpus } from '../../support/corpus';

type Draft = CorpusDraft;

const corpus = { drafts: draftCorpus() };

const workbooks = new Map<string, WorkbookInput>();
async function workbookOf(path: string): Promise<WorkbookInput> {
  const cached = workbooks.get(path);
  if (cached) return cached;
  const input = await readWorkbookFile(join(ROOT, path));
  workbooks.set(path, input);
  return input;
}

async function check(text: string, draft: Draft) {
  // The seed's plan ended in 令和5年度: read as of its end unless the corpus says otherwise.
  const { summary } = runPipeline(await workbookOf(draft.workbook), { asOf: draft.asOf ?? '2024-03-31' });
  return proofread(text, summary);
}

const brief = (findings: Finding[]) =>
  findings.map(({ line, stated, expected }) => ({ line, stated, expected })).sort((a, b) => a.line - b.line || a.stated.localeCompare(b.stated));

describe.each(corpus.drafts.map((draft) => [draft.name, draft] as const))('%s', (_name, draft) => {
  const original = () => readFileSync(join(ROOT, draft.draft), 'utf8');

  test('as given: only its own errors, and as many figures checked as ever', async () => {
    const result = await check(original(), draft);
    expect(brief(result.findings)).toEqual(brief(draft.native as Finding[]));
    expect({ figures: result.checked.length, labels: new Set(result.checked.map((c) => c.label)).size }).toEqual(draft.checked);
  });

  test('an error of every kind injected: each found exactly, nothing else', async () => {
    const lines = original().split('\n');
    for (const edit of draft.edits) {
      expect(lines[edit.line - 1]).toContain(edit.from);
      lines[edit.line - 1] = lines[edit.line - 1].replace(edit.from, edit.to);
    }
    const result = await check(lines.join('\n'), draft);
    expect(brief(result.findings)).toEqual(brief([...draft.native, ...draft.edits.map((e) => ({ line: e.line, ...e.finding }))] as Finding[]));
  });
});
