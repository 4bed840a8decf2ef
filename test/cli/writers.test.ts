/**
 * Every writer goes through the one safe writer (src/cli/safeWrite.ts), run
 * through the built CLI as a user would: a symbolic link at the output name is
 * never written through, an existing file is replaced only with --force, a
 * write that fails part-way (a file-size limit on the child process, as a full
 * disk would) leaves the earlier file byte-identical and no temporary file,
 * and of two runs started together to one new path exactly one wins.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { type Preview, startPreview } from '../../dev/preview/server';
import { DestinationExistsError, writeFileSafely } from '../../src/cli/safeWrite';
import { type CliResult, EXAMPLE, ROOT, runCli } from '../support/cli';
import { sha256, tempDir } from '../support/xlsx';

const BIN = join(ROOT, 'bin', 'shinchoku.cjs');

/** The CLI with a file-size limit of 2 KiB (bash's `ulimit -f` counts 1,024-byte blocks): any larger write fails part-way with EFBIG. */
function runLimited(args: string[]): CliResult {
  const result = spawnSync('bash', ['-c', 'ulimit -f 2; exec "$0" "$@"', process.execPath, BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Two runs of the CLI started together; both exit statuses and stderrs. */
function race(args: string[]): Promise<CliResult[]> {
  const one = () =>
    new Promise<CliResult>((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => {
        stdout += String(chunk);
      });
      child.stderr.on('data', (chunk) => {
        stderr += String(chunk);
      });
      child.on('error', reject);
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
  return Promise.all([one(), one()]);
}

/** Every name in a folder, dot-files (our temporary files) included. */
function listing(dir: string): string[] {
  return readdirSync(dir).sort();
}

function hashes(dir: string): Record<string, string> {
  return Object.fromEntries(listing(dir).map((name) => [name, lstatSync(join(dir, name)).isFile() ? sha256(join(dir, name)) : 'not a file']));
}

/** A refusal or failure: exit 2, nothing on stdout, one readable line in Japanese then English, no errno, no stack. */
function failedInWords(result: CliResult, pattern: RegExp): void {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(RAW);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

/** Raw error codes, which a user should never have to read. */
const RAW = /\b(?:EFBIG|EEXIST|ENOENT|EISDIR|ENOTDIR|EACCES|EPERM|ENOSPC|EDQUOT|EXDEV|ENAMETOOLONG|ELOOP|EMLINK|EROFS|EIO)\b/;
const WRITE_FAILED = /の書き込みに失敗しました。途中のファイルは残していません（.+）\/ could not write .+; nothing half-written was left \(.+\)/;
const EXISTS = /はすでにあります。置き換えるには --force を付けてください/;

interface Writer {
  name: string;
  /** The command line writing to `out`. */
  args: (out: string) => string[];
  /** The output file's name. */
  file: string;
  /** How the first bytes of a whole output look. */
  magic: string;
}

const WRITERS: Writer[] = [
  { name: 'summarize --out', args: (out) => ['summarize', EXAMPLE, '--out', out], file: 'summary.xlsx', magic: 'PK' },
  { name: 'report --out (.docx)', args: (out) => ['report', EXAMPLE, '--out', out], file: 'report.docx', magic: 'PK' },
  { name: 'report --out (.html)', args: (out) => ['report', EXAMPLE, '--out', out], file: 'report.html', magic: '<!' },
  { name: 'template', args: (out) => ['template', out], file: 'template.xlsx', magic: 'PK' },
];

describe.each(WRITERS)('$name', (writer) => {
  test('a symbolic link at the output name: refused without --force, replaced itself with --force; the file it points at untouched', () => {
    const dir = tempDir();
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'the user’s own file');
    const out = join(dir, writer.file);
    symlinkSync(victim, out);
    failedInWords(runCli(writer.args(out)), EXISTS);
    expect(readlinkSync(out)).toBe(victim);
    const forced = runCli([...writer.args(out), '--force']);
    expect(forced.status).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('the user’s own file');
    expect(lstatSync(out).isFile()).toBe(true);
    expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe(writer.magic);
    expect(listing(dir)).toEqual([writer.file, 'victim.txt'].sort());
  });

  test('a symbolic link pointing nowhere is something there too: refused without --force, nothing created where it points', () => {
    const dir = tempDir();
    const out = join(dir, writer.file);
    symlinkSync(join(dir, 'nowhere', 'made.txt'), out);
    failedInWords(runCli(writer.args(out)), EXISTS);
    expect(existsSync(join(dir, 'nowhere'))).toBe(false);
    expect(listing(dir)).toEqual([writer.file]);
  });

  test('an existing file: refused without --force (byte-identical), replaced with --force', () => {
    const dir = tempDir();
    const out = join(dir, writer.file);
    writeFileSync(out, 'keep me');
    const before = sha256(out);
    failedInWords(runCli(writer.args(out)), EXISTS);
    expect(sha256(out)).toBe(before);
    expect(runCli([...writer.args(out), '--force']).status).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe(writer.magic);
    expect(listing(dir)).toEqual([writer.file]);
  });

  test('a write failing part-way (a 2 KiB file-size limit): the earlier file byte-identical, no temporary file, said in words', () => {
    const dir = tempDir();
    const out = join(dir, writer.file);
    writeFileSync(out, 'the earlier output');
    const before = sha256(out);
    failedInWords(runLimited([...writer.args(out), '--force']), WRITE_FAILED);
    expect(sha256(out)).toBe(before);
    expect(listing(dir)).toEqual([writer.file]);
    // And to a new name: nothing at all is left.
    const fresh = join(dir, `new-${writer.file}`);
    failedInWords(runLimited(writer.args(fresh)), WRITE_FAILED);
    expect(listing(dir)).toEqual([writer.file]);
  });

  test('two runs started together to one new path without --force: exactly one wins, the other is refused', async () => {
    const dir = tempDir();
    const out = join(dir, writer.file);
    const results = await race(writer.args(out));
    expect(results.map((r) => r.status).sort()).toEqual([0, 2]);
    const loser = results.find((r) => r.status === 2) as CliResult;
    failedInWords(loser, EXISTS);
    expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe(writer.magic);
    expect(listing(dir)).toEqual([writer.file]);
  });
});

test('template writes only an .xlsx: a typo with --force cannot replace a baseline', () => {
  const dir = tempDir();
  const baseline = join(dir, 'plan.baseline-2024-03-31.json');
  writeFileSync(baseline, '{"a baseline":true}');
  failedInWords(runCli(['template', baseline, '--force']), /\.xlsx のファイル名/);
  expect(readFileSync(baseline, 'utf8')).toBe('{"a baseline":true}');
});

test('an output name too long for the file system is said in words, and nothing is left', () => {
  const dir = tempDir();
  const out = join(dir, `${'進'.repeat(100)}.xlsx`);
  failedInWords(runCli(['summarize', EXAMPLE, '--out', out]), /ファイル名またはパスが長すぎます/);
  expect(listing(dir)).toEqual([]);
});

describe('freeze', () => {
  function setUp(): { dir: string; plan: string; baseline: string } {
    const dir = tempDir();
    const plan = join(dir, 'plan.xlsx');
    copyFileSync(EXAMPLE, plan);
    return { dir, plan, baseline: join(dir, 'plan.baseline-2024-03-31.json') };
  }

  test('interrupted part-way: nothing at the final name, no temporary file; the next freeze succeeds, read-only and readable', () => {
    const { dir, plan, baseline } = setUp();
    failedInWords(runLimited(['freeze', plan, '--date', '2024-03-31']), WRITE_FAILED);
    expect(listing(dir)).toEqual(['plan.xlsx']);
    const retried = runCli(['freeze', plan, '--date', '2024-03-31']);
    expect(retried.status).toBe(0);
    expect(statSync(baseline).mode & 0o222).toBe(0);
    expect(listing(dir)).toEqual(['plan.baseline-2024-03-31.json', 'plan.xlsx']);
    const asOf = runCli(['summarize', plan, '--baseline', '2024-03-31', '--json']);
    expect(asOf.status).toBe(0);
    expect(asOf.stderr).not.toMatch(/not a baseline file/);
  });

  test('an existing baseline is never replaced, said in words', () => {
    const { plan, baseline } = setUp();
    expect(runCli(['freeze', plan, '--date', '2024-03-31']).status).toBe(0);
    const before = sha256(baseline);
    failedInWords(runCli(['freeze', plan, '--date', '2024-03-31']), /基準日 2024-03-31 はすでに固定されています.*a baseline is never overwritten/);
    expect(sha256(baseline)).toBe(before);
  });

  test('a symbolic link at the baseline name, to a file or to nowhere: refused, never written through', () => {
    const { dir, plan, baseline } = setUp();
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'the user’s own file');
    symlinkSync(victim, baseline);
    failedInWords(runCli(['freeze', plan, '--date', '2024-03-31']), /はすでに固定されています/);
    expect(readFileSync(victim, 'utf8')).toBe('the user’s own file');
    const dangling = join(dir, 'plan.baseline-2024-04-30.json');
    symlinkSync(join(dir, 'made-through-the-link.json'), dangling);
    failedInWords(runCli(['freeze', plan, '--date', '2024-04-30']), /はすでに固定されています/);
    expect(existsSync(join(dir, 'made-through-the-link.json'))).toBe(false);
  });

  test('two freezes started together: exactly one wins, the other says the baseline exists', async () => {
    const { dir, plan } = setUp();
    const results = await race(['freeze', plan, '--date', '2024-03-31']);
    expect(results.map((r) => r.status).sort()).toEqual([0, 2]);
    failedInWords(results.find((r) => r.status === 2) as CliResult, /はすでに固定されています/);
    expect(listing(dir)).toEqual(['plan.baseline-2024-03-31.json', 'plan.xlsx']);
  });
});

describe('digest --out writes the month as one set', () => {
  const digest = (out: string, ...extra: string[]) => ['digest', EXAMPLE, '--month', '2024-03', '--out', out, ...extra];
  let expected: string[];

  beforeAll(() => {
    const out = join(tempDir(), 'digest');
    expect(runCli(digest(out)).status).toBe(0);
    expected = listing(out);
  });

  test('into a new folder: made, with the month’s messages only', () => {
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.every((name) => /^2024-03-\d{2}-.+\.(eml|html)$/.test(name))).toBe(true);
  });

  test('over that month’s earlier messages: refused without --force, every file byte-identical', () => {
    const out = join(tempDir(), 'digest');
    expect(runCli(digest(out)).status).toBe(0);
    const before = hashes(out);
    failedInWords(runCli(digest(out)), /2024-03 のメッセージがすでに \d+ 通あります。置き換えるには --force/);
    expect(hashes(out)).toEqual(before);
  });

  test('with --force: the earlier messages of that month replaced and the ones not written again removed; other months and files kept', () => {
    const out = join(tempDir(), 'digest');
    mkdirSync(out);
    // Another month's messages and the user's own files need no --force: none of them is replaced.
    writeFileSync(join(out, '2024-02-01-office.eml'), 'February');
    writeFileSync(join(out, 'notes.txt'), 'mine');
    mkdirSync(join(out, '2024-03-09-folder.eml'));
    expect(runCli(digest(out)).status).toBe(0);
    writeFileSync(join(out, '2024-03-07-old.eml'), 'an earlier message');
    writeFileSync(join(out, '2024-03-07-old.html'), 'an earlier message');
    const earlier = new Set(
      listing(out)
        .filter((n) => n.startsWith('2024-03-') && lstatSync(join(out, n)).isFile())
        .map((n) => n.replace(/\.(eml|html)$/, '')),
    ).size;
    const removed = earlier - new Set(expected.map((n) => n.replace(/\.(eml|html)$/, ''))).size;
    const result = runCli(digest(out, '--force'));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`以前の ${earlier} 通を置き換えました（うち今回の宛先にない ${removed} 通は削除しました）`);
    expect(listing(out)).toEqual([...expected, '2024-02-01-office.eml', '2024-03-09-folder.eml', 'notes.txt'].sort());
    expect(readFileSync(join(out, '2024-02-01-office.eml'), 'utf8')).toBe('February');
    const english = runCli(digest(out, '--force', '--lang', 'en'));
    expect(english.stdout).toContain(`Replaced ${expected.length / 2} earlier messages`);
  });

  test('a symbolic link at a message’s name: refused without --force, replaced itself with --force; the file it points at untouched', () => {
    const dir = tempDir();
    const out = join(dir, 'digest');
    mkdirSync(out);
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'the user’s own file');
    symlinkSync(victim, join(out, expected[0]));
    failedInWords(runCli(digest(out)), /すでに 1 通あります/);
    expect(readFileSync(victim, 'utf8')).toBe('the user’s own file');
    expect(runCli(digest(out, '--force')).status).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('the user’s own file');
    expect(lstatSync(join(out, expected[0])).isFile()).toBe(true);
    expect(listing(out)).toEqual(expected);
  });

  test('a rerun failing part-way (a 2 KiB file-size limit) leaves the earlier complete set byte-identical and no temporary file', () => {
    const out = join(tempDir(), 'digest');
    expect(runCli(digest(out)).status).toBe(0);
    const before = hashes(out);
    failedInWords(runLimited(digest(out, '--force')), WRITE_FAILED);
    expect(hashes(out)).toEqual(before);
  });

  test('a folder that cannot be made (a file in the way) is said in words', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'afile'), 'x');
    failedInWords(runCli(digest(join(dir, 'afile', 'digest'))), /フォルダー .+ を作れませんでした（.+）\/ could not create the folder/);
    expect(listing(dir)).toEqual(['afile']);
  });

  test('two runs started together into one new folder: exactly one wins, the set is whole', async () => {
    const out = join(tempDir(), 'digest');
    const results = await race(digest(out));
    expect(results.map((r) => r.status).sort()).toEqual([0, 2]);
    // Refused as it places its files, or — on a machine so loaded that the winner was done before it started — as it begins.
    failedInWords(results.find((r) => r.status === 2) as CliResult, /すでに(?:あります| \d+ 通あります)。置き換えるには --force/);
    expect(listing(out)).toEqual(expected);
  });
});

describe('the preview’s Save .xlsx', () => {
  let preview: Preview;
  let outDir: string;

  beforeAll(async () => {
    outDir = join(tempDir(), 'out');
    preview = await startPreview({ workbook: EXAMPLE, outDir });
  });

  afterAll(() => preview.close());

  function save(): Promise<string> {
    const { port } = new URL(preview.url);
    return new Promise((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, method: 'POST', path: '/api/save', headers: { Host: `127.0.0.1:${port}`, Origin: `http://127.0.0.1:${port}` } },
        (res) => {
          let text = '';
          res.on('data', (chunk) => {
            text += String(chunk);
          });
          res.on('end', () => resolve((JSON.parse(text) as { path: string }).path));
        },
      );
      req.on('error', reject);
      req.end('{}');
    });
  }

  test('saves at once, within one second, are each kept under their own name, whole', async () => {
    const paths = await Promise.all([save(), save(), save(), save()]);
    expect(new Set(paths).size).toBe(4);
    expect(listing(outDir)).toEqual(paths.map((path) => path.slice(outDir.length + 1)).sort());
    for (const path of paths) expect(readFileSync(path).subarray(0, 2).toString('latin1')).toBe('PK');
  });
});

describe('where the file system has no hard links (FAT and exFAT refuse link() with EPERM)', () => {
  const noLinks = () => {
    throw Object.assign(new Error('operation not permitted'), { code: 'EPERM' });
  };

  test('a new file is still placed whole, by claiming the name exclusively', () => {
    const dir = tempDir();
    writeFileSafely(join(dir, 'a.txt'), 'whole', { replace: false, link: noLinks });
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('whole');
    expect(listing(dir)).toEqual(['a.txt']);
  });

  test('an existing file or a symbolic link at the name is refused, never written through', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'keep');
    expect(() => writeFileSafely(join(dir, 'a.txt'), 'new', { replace: false, link: noLinks })).toThrow(DestinationExistsError);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('keep');
    symlinkSync(join(dir, 'made-through.txt'), join(dir, 'b.txt'));
    expect(() => writeFileSafely(join(dir, 'b.txt'), 'new', { replace: false, link: noLinks })).toThrow(DestinationExistsError);
    expect(existsSync(join(dir, 'made-through.txt'))).toBe(false);
    expect(listing(dir)).toEqual(['a.txt', 'b.txt']);
  });
});
