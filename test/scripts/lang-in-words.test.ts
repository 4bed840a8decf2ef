import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from '../support/cli';
import { tempDir } from '../support/xlsx';

/**
 * The lint rule that keeps language choices (lang === 'ja') inside
 * src/core/words/ (lint/lang-in-words.grit, issue #24): it fires on a sample in
 * core, not in words/ nor in an adapter; the repository passes; and its list
 * of debt names only files that still owe.
 */
const RULE = join(ROOT, 'lint', 'lang-in-words.grit');
const BIOME = join(ROOT, 'node_modules', '.bin', 'biome');

function lint(files: Record<string, string>): { status: number | null; output: string } {
  const dir = tempDir('shinchoku-lang-lint-');
  mkdirSync(join(dir, 'lint'));
  writeFileSync(join(dir, 'lint', 'lang-in-words.grit'), readFileSync(RULE, 'utf8'));
  writeFileSync(join(dir, 'biome.json'), JSON.stringify({ plugins: ['./lint/lang-in-words.grit'] }));
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), source);
  }
  const result = spawnSync(BIOME, ['lint', 'src'], { cwd: dir, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const SAMPLES = [
  "export const f = (lang: string) => (lang === 'ja' ? '件' : 'items');\n",
  "export const f = (options: { lang: string }) => options.lang !== 'en';\n",
  "export const f = (lang: string) => 'en' === lang;\n",
];

describe('lint/lang-in-words.grit', () => {
  test.each(SAMPLES)('fires in src/core outside words/: %s', (source) => {
    const result = lint({ 'src/core/present/probe.ts': source });
    expect(result.status).toBe(1);
    expect(result.output).toContain('outside src/core/words/');
  });

  test.each(SAMPLES)('is silent in src/core/words/ and in the adapters: %s', (source) => {
    const result = lint({ 'src/core/words/probe.ts': source, 'src/cli/probe.ts': source, 'src/gas/probe.ts': source });
    expect([result.status, result.output]).toEqual([0, expect.not.stringContaining('outside src/core/words/')]);
  });

  test('a comparison of other values is not a language choice', () => {
    expect(lint({ 'src/core/present/probe.ts': "export const f = (slang: string, lang: string) => slang === 'ja' || lang === 'fr';\n" }).status).toBe(0);
  });

  test('the repository passes (npm run lint runs the rule on src/core)', () => {
    const result = spawnSync(BIOME, ['lint', 'src/core'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(0);
  });

  test('each file on the list of debt still owes: a file paid leaves the list', () => {
    const listed = [...readFileSync(RULE, 'utf8').matchAll(/r"\.\*(src\/core\/[\w/]+)\\\.ts"/g)].map((m) => `${m[1]}.ts`);
    expect(listed.length).toBeGreaterThan(0);
    for (const path of listed) expect([path, /\blang [!=]==? ['"](ja|en)['"]/.test(readFileSync(join(ROOT, path), 'utf8'))]).toEqual([path, true]);
  });
});
