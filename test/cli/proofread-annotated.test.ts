/**
 * proofread --out annotated.html (issue #26): the draft with each number
 * marked ✓ checked / ✗ wrong (with the right figure) / ? not placed (with
 * why), written through the one safe writer: never over a file without
 * --force, every draft text HTML-escaped.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE, ROOT, runCli } from '../support/cli';
import { tempDir } from '../support/xlsx';

const SEED = join(ROOT, 'test', 'fixtures', 'hiratsuka-reform-report-2020-2023.txt');

describe('proofread --out annotated.html', () => {
  test('each number marked: the misprint ✗ with the right figure, the checked ✓; the same verdict as without --out', () => {
    const dir = tempDir();
    const out = join(dir, 'annotated.html');
    const run = runCli(['proofread', SEED, '--workbook', EXAMPLE, '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(runCli(['proofread', SEED, '--workbook', EXAMPLE]).stdout);
    const html = readFileSync(out, 'utf8');
    const line195 = html.split('\n').find((l) => l.startsWith('<li value="195">')) ?? '';
    expect(line195).toContain('<mark class="wrong">91.2%</mark>');
    expect(line195).toContain('✗ 正しくは 91.6%');
    expect((html.match(/<mark class="ok">/g) ?? []).length).toBeGreaterThan(100);
  });

  test('the draft’s text is escaped, and an existing file is replaced only with --force', () => {
    const dir = tempDir();
    const draft = join(dir, 'draft.txt');
    writeFileSync(draft, '<script>alert(1)</script> 本年度は約3件の見直しを行いました。\n');
    const out = join(dir, 'annotated.html');
    writeFileSync(out, 'keep');
    const refused = runCli(['proofread', draft, '--workbook', EXAMPLE, '--out', out]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('keep');
    const run = runCli(['proofread', draft, '--workbook', EXAMPLE, '--out', out, '--force']);
    expect(run.status).toBe(1);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('? 概数（約）です');
  });
});
