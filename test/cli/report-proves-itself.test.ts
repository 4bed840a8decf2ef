/**
 * The report proves itself on every plan (issue #26, deliverable 5): the
 * report Shinchoku writes — as HTML and as .docx — for each example
 * (examples/*.xlsx) and each corpus workbook, open and blind (test/fixtures/corpus/),
 * proof-reads against the same workbook with zero findings, figures checked,
 * and nothing "not placed" (where the proof-reader's JSON lists what it could
 * not place: test/support/proofreadJson.ts; the JSON at 2f5b884 does not, and
 * then only the findings and the refusal are asserted).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli } from '../support/cli';
import { corpusCases, writeCorpusWorkbook } from '../support/corpusWorkbook';
import { parseProofread } from '../support/proofreadJson';
import { tempDir } from '../support/xlsx';

/** The date each example's report is written for: the end of the year its figures run to. */
const EXAMPLE_AS_OF: Record<string, string> = {
  'hiratsuka-2020-2023.xlsx': '2024-03-31',
  'sakuragawa-2024-2028.xlsx': '2027-03-31',
  'hoshimigaoka-2021-2024.xlsx': '2025-03-31',
};

/**
 * Plans whose own report the proof-reader does not yet read clean: none since issue #26 (the numbers
 * of the report's lists — project codes such as 1-04, a name's number — are no longer read as counts;
 * blind4/otaki-r3's 「0」「0.0%」 of its result label 未着手 are read as that label's, not as the default
 * progress label of the same name in a plan that keeps no 取組活動).
 * A plan listed here must stay unclean until fixed — the test below fails when one reads clean — and
 * every other plan must read clean.
 */
const KNOWN_UNCLEAN = new Set<string>([]);

const examples = readdirSync(join(ROOT, 'examples'))
  .filter((name) => name.endsWith('.xlsx'))
  .sort();

test('every example has the date its report is written for', () => {
  expect(examples.length).toBeGreaterThanOrEqual(2);
  for (const name of examples) expect([name, EXAMPLE_AS_OF[name]]).toEqual([name, expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)]);
});

interface Plan {
  name: string;
  workbook: () => Promise<{ path: string; asOf: string }>;
}

const plans: Plan[] = [
  ...examples.map((name) => ({ name: `examples/${name}`, workbook: async () => ({ path: join(ROOT, 'examples', name), asOf: EXAMPLE_AS_OF[name] }) })),
  ...corpusCases({ blind: true }).map((c) => ({ name: `corpus/${c.name}`, workbook: () => writeCorpusWorkbook(c, tempDir()) })),
];

describe.each(plans.map((plan) => [plan.name, plan] as const))('%s', (_name, plan) => {
  test.each(['html', 'docx'])('its %s report proof-reads clean: figures checked, no finding, nothing not placed', async (format) => {
    const { path, asOf } = await plan.workbook();
    const out = join(tempDir(), `report.${format}`);
    const report = runCli(['report', path, '--out', out, '--format', format, '--as-of', asOf]);
    expect(report.stderr).toBe('');
    expect(existsSync(out)).toBe(true);
    const run = parseProofread(runCli(['proofread', out, '--workbook', path, '--as-of', asOf, '--json']));
    expect(run.refusal).toBeNull();
    expect(run.checked).toBeGreaterThan(0);
    if (KNOWN_UNCLEAN.has(plan.name)) {
      expect(run.findings.length + (run.notPlaced?.length ?? 0)).toBeGreaterThan(0);
      return;
    }
    expect(run.findings.map((f) => `${f.line}: ${f.stated}→${f.expected} (${f.label ?? ''})`)).toEqual([]);
    expect(run.status).toBe(0);
    if (run.notPlaced !== null) expect(run.notPlaced.map((n) => `${n.line ?? '?'}: ${n.text} — ${n.reason}`)).toEqual([]);
  });
});
