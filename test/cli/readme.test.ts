/**
 * The README is a contract: the usage it quotes is what the built CLI prints, and every relative
 * link in README.md, CONTRIBUTING.md and docs/ names a file of the repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT, runCli } from '../support/cli';

test('the usage quoted in the README is exactly what shinchoku --help prints', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const quoted = readme.split('`npx shinchoku --help` prints:')[1]?.split('```')[1];
  expect(quoted).toBeDefined();
  const help = runCli(['--help']);
  expect(help.status).toBe(0);
  expect(`${help.stdout.trim()}\n`).toBe(quoted?.replace(/^\n/, ''));
});

test('every relative link of the README, CONTRIBUTING and docs/ names a file that exists', () => {
  const files = [
    'README.md',
    'CONTRIBUTING.md',
    ...readdirSync(join(ROOT, 'docs'))
      .filter((n) => n.endsWith('.md'))
      .map((n) => `docs/${n}`),
  ];
  const broken: string[] = [];
  let checked = 0;
  for (const file of files) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const match of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = match[1].split('#')[0];
      if (target === '' || /^[a-z]+:/i.test(target)) continue;
      checked += 1;
      if (!existsSync(join(ROOT, dirname(file), target))) broken.push(`${file}: ${match[1]}`);
    }
  }
  expect(broken).toEqual([]);
  expect(checked).toBeGreaterThan(10);
});

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, each space a hyphen. */
const anchorOf = (heading: string) =>
  heading
    .replace(/`/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

test('every link to a heading of a Markdown file (README.md#…, #…) names a heading it has', () => {
  const files = [
    'README.md',
    'CONTRIBUTING.md',
    ...readdirSync(join(ROOT, 'docs'))
      .filter((n) => n.endsWith('.md'))
      .map((n) => `docs/${n}`),
  ];
  const broken: string[] = [];
  let checked = 0;
  for (const file of files) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const match of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const [target, anchor] = match[1].split('#');
      if (anchor === undefined || /^[a-z]+:/i.test(match[1])) continue;
      const path = target === '' ? file : join(dirname(file), target);
      if (!path.endsWith('.md')) continue;
      checked += 1;
      const headings = readFileSync(join(ROOT, path), 'utf8')
        .split('\n')
        .filter((line) => /^#+ /.test(line))
        .map((line) => anchorOf(line.replace(/^#+ /, '')));
      if (!headings.includes(decodeURIComponent(anchor))) broken.push(`${file}: ${match[1]}`);
    }
  }
  expect(broken).toEqual([]);
  expect(checked).toBeGreaterThan(5);
});
