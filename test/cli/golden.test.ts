/**
 * The golden record (#24): what the built command line prints and writes on
 * both examples, and the top-level functions of dist/Code.js with their JSDoc,
 * compared byte for byte with test/fixtures/golden/. A restructuring of src/
 * must leave every byte of it alone; a deliberate change of output is recorded
 * with `SHINCHOKU_UPDATE_GOLDEN=1 npx jest test/cli/golden.test.ts` and its diff
 * reviewed like any other change.
 *
 * Only what depends on the clock is normalised: the temporary folder named in
 * a message, and the Date: header of a digest's .eml (the time it was written).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli } from '../support/cli';
import { tempDir } from '../support/xlsx';

const GOLDEN = join(ROOT, 'test', 'fixtures', 'golden');
const UPDATE = process.env.SHINCHOKU_UPDATE_GOLDEN === '1';

interface Example {
  key: string;
  file: string;
  asOf: string;
  month: string;
}

const EXAMPLES: Example[] = [
  { key: 'hiratsuka', file: 'examples/hiratsuka-2020-2023.xlsx', asOf: '2024-03-31', month: '2024-03' },
  { key: 'sakuragawa', file: 'examples/sakuragawa-2024-2028.xlsx', asOf: '2026-03-31', month: '2026-03' },
];
const DRAFTS = readdirSync(join(ROOT, 'test', 'fixtures', 'drafts'))
  .filter((name) => name.endsWith('.txt'))
  .sort();

interface Case {
  name: string;
  /** The arguments; OUT stands for a fresh temporary path. */
  args: string[];
  /** What OUT is: a file or a folder whose files are recorded too. */
  out?: 'file' | 'folder';
}

const OUT = '\u0000OUT';

const CASES: Case[] = EXAMPLES.flatMap((e) => [
  { name: `${e.key}-summarize-ja`, args: ['summarize', e.file, '--as-of', e.asOf] },
  { name: `${e.key}-summarize-en`, args: ['summarize', e.file, '--as-of', e.asOf, '--lang', 'en'] },
  { name: `${e.key}-summarize-json`, args: ['summarize', e.file, '--as-of', e.asOf, '--json'] },
  { name: `${e.key}-validate-ja`, args: ['validate', e.file, '--as-of', e.asOf] },
  { name: `${e.key}-validate-json`, args: ['validate', e.file, '--as-of', e.asOf, '--json'] },
  { name: `${e.key}-report-html-ja`, args: ['report', e.file, '--format', 'html', '--as-of', e.asOf, '--out', OUT], out: 'file' as const },
  {
    name: `${e.key}-report-html-en`,
    args: ['report', e.file, '--format', 'html', '--as-of', e.asOf, '--lang', 'en', '--out', OUT],
    out: 'file' as const,
  },
  { name: `${e.key}-digest`, args: ['digest', e.file, '--month', e.month, '--out', OUT], out: 'folder' as const },
  { name: `${e.key}-digest-en`, args: ['digest', e.file, '--month', e.month, '--lang', 'en', '--out', OUT], out: 'folder' as const },
  ...DRAFTS.flatMap((draft) => {
    const stem = draft.replace(/\.txt$/, '');
    const args = ['proofread', join('test', 'fixtures', 'drafts', draft), '--workbook', e.file, '--as-of', e.asOf];
    return [
      { name: `${e.key}-proofread-${stem}`, args },
      { name: `${e.key}-proofread-${stem}-json`, args: [...args, '--json'] },
    ];
  }),
]);

/** The only clock-dependent bytes: the temporary folder's name and an .eml's Date: header. */
function normalise(text: string, tmp: string): string {
  return text
    .split(tmp)
    .join('<tmp>')
    .replace(/^Date: .*$/m, 'Date: <when written>');
}

/** Every file the run wrote, as name → normalised content. */
function written(kind: Case['out'], path: string, tmp: string): Map<string, string> {
  const files = new Map<string, string>();
  if (kind === 'file') files.set('out', normalise(readFileSync(path, 'utf8'), tmp));
  if (kind === 'folder') for (const name of readdirSync(path).sort()) files.set(name, normalise(readFileSync(join(path, name), 'utf8'), tmp));
  return files;
}

function record(dir: string, name: string, content: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), content);
}

describe.each(CASES.map((c) => [c.name, c]))('%s', (name, c) => {
  test('prints and writes exactly the recorded bytes', () => {
    const tmp = tempDir('shinchoku-golden-');
    const outPath = join(tmp, c.out === 'folder' ? 'out' : 'out.html');
    const result = runCli(c.args.map((arg) => (arg === OUT ? outPath : arg)));
    const dir = join(GOLDEN, name);
    const files = written(c.out, outPath, tmp);
    const actual = {
      status: `${result.status}\n`,
      stdout: normalise(result.stdout, tmp),
      stderr: normalise(result.stderr, tmp),
      files: [...files.keys()].join('\n'),
    };
    if (UPDATE) {
      rmSync(dir, { recursive: true, force: true });
      record(dir, 'status.txt', actual.status);
      record(dir, 'stdout.txt', actual.stdout);
      record(dir, 'stderr.txt', actual.stderr);
      for (const [file, content] of files) record(join(dir, 'files'), file, content);
    }
    expect(actual.status).toBe(readFileSync(join(dir, 'status.txt'), 'utf8'));
    expect(actual.stdout).toBe(readFileSync(join(dir, 'stdout.txt'), 'utf8'));
    expect(actual.stderr).toBe(readFileSync(join(dir, 'stderr.txt'), 'utf8'));
    const filesDir = join(dir, 'files');
    const recorded = existsSync(filesDir) ? readdirSync(filesDir).sort() : [];
    expect(actual.files).toBe(recorded.join('\n'));
    for (const [file, content] of files) expect(content).toBe(readFileSync(join(filesDir, file), 'utf8'));
  });
});

describe('dist/', () => {
  // Everything after the bundle's one IIFE: the top-level function of every entry point,
  // and the custom functions' JSDoc that Sheets shows in its formula help
  // (https://developers.google.com/apps-script/guides/sheets/functions#autocomplete).
  test('Code.js: the top-level functions and their JSDoc are the recorded bytes', () => {
    const code = readFileSync(join(ROOT, 'dist', 'Code.js'), 'utf8');
    const start = code.search(/^(\/\*\*|function )/m);
    expect(start).toBeGreaterThan(0);
    const topLevel = code.slice(start);
    const names = [...topLevel.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]).join('\n');
    if (UPDATE) {
      record(GOLDEN, 'code-top-level.js', topLevel);
      record(GOLDEN, 'code-functions.txt', `${names}\n`);
    }
    expect(`${names}\n`).toBe(readFileSync(join(GOLDEN, 'code-functions.txt'), 'utf8'));
    expect(topLevel).toBe(readFileSync(join(GOLDEN, 'code-top-level.js'), 'utf8'));
  });

  test('appsscript.json is the recorded bytes', () => {
    const manifest = readFileSync(join(ROOT, 'dist', 'appsscript.json'), 'utf8');
    if (UPDATE) record(GOLDEN, 'appsscript.json', manifest);
    expect(manifest).toBe(readFileSync(join(GOLDEN, 'appsscript.json'), 'utf8'));
  });
});
