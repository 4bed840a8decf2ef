/**
 * The open cases of the corpus that is not ours (test/fixtures/corpus/<case>,
 * issue #26): each published report's draft, proof-read with the built CLI on
 * its workbook, has every injected error found on its line and no finding on
 * any other line. The blind cases (test/fixtures/corpus/blind/) are not read
 * here: they are run once, untuned.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CellValue } from '../../src/core/base/cells';
import { ROOT, runCli } from '../support/cli';
import { tempDir, writeXlsx } from '../support/xlsx';

const OPEN = ['saitama', 'fukuchiyama', 'iwaki', 'tama', 'miyawaka', 'kaikaku-plan5-h29', 'taiko2-h27'];

interface Expected {
  asOf: string;
  errors: { line: number; stated: string; correct: string; kind: string }[];
}

interface Result {
  findings: { line: number; stated: string; expected: string }[];
  checked: number;
  notPlaced: { line: number; stated: string; reason: string }[];
}

async function proofreadCase(name: string): Promise<{ status: number | null; stderr: string; result: Result; expected: Expected }> {
  const dir = join(ROOT, 'test', 'fixtures', 'corpus', name);
  const workbook = JSON.parse(readFileSync(join(dir, 'workbook.json'), 'utf8')) as { asOf?: string; sheets: Record<string, CellValue[][]> };
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
  const xlsx = join(tempDir(), 'workbook.xlsx');
  await writeXlsx(xlsx, { sheets: Object.entries(workbook.sheets).map(([sheet, rows]) => ({ name: sheet, rows })) });
  const run = runCli(['proofread', join(dir, 'draft.txt'), '--workbook', xlsx, '--as-of', workbook.asOf ?? expected.asOf, '--json']);
  return { status: run.status, stderr: run.stderr, result: JSON.parse(run.stdout || '{"findings":[],"checked":0,"notPlaced":[]}') as Result, expected };
}

describe.each(OPEN)('%s', (name) => {
  test('every injected error is found on its line; nothing else is flagged', async () => {
    const { status, stderr, result, expected } = await proofreadCase(name);
    expect(stderr).toBe('');
    expect(status).toBe(1);
    const errorLines = expected.errors.map((e) => e.line).sort((a, b) => a - b);
    expect([...new Set(result.findings.map((f) => f.line))].sort((a, b) => a - b)).toEqual(errorLines);
    // Each number not matched to a figure is listed with a reason.
    for (const n of result.notPlaced) expect(n.reason).not.toBe('');
    expect(result.checked).toBeGreaterThan(expected.errors.length);
  });
});

test('a readable draft with nothing placed: exit 1, 「照合できる数値がありませんでした」 and each number’s reason (not "cannot read the draft")', () => {
  const path = join(tempDir(), 'draft.txt');
  writeFileSync(path, '本年度は約3件の見直しを行いました。\n');
  const run = runCli(['proofread', path, '--workbook', join(ROOT, 'examples', 'hiratsuka-2020-2023.xlsx')]);
  expect(run).toMatchObject({ status: 1, stderr: '' });
  expect(run.stdout.trimEnd().split('\n')).toEqual([expect.stringMatching(/^照合できる数値がありませんでした/), '1行目: 「3件」 概数（約）です']);
});
