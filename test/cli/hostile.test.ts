/**
 * Hostile cases through the built CLI: each gets exactly the documented
 * outcome — exit 2, nothing on stdout, one readable line on stderr (no stack
 * trace) — and the input stays byte-identical.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { MAX_COMPRESSION_RATIO, RATIO_CHECKED_FROM } from '../../src/cli/filetype';
import { EXAMPLE, ROOT, runCli } from '../support/cli';
import { sha256, tempDir } from '../support/xlsx';

const dir = tempDir();
const plan = join(dir, 'plan.xlsx');
copyFileSync(EXAMPLE, plan);
const original = sha256(plan);

function refused(args: string[], pattern: RegExp): void {
  const result = runCli(args);
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(sha256(plan)).toBe(original);
}

describe('the input is never the output', () => {
  test('a symbolic link to the input', () => {
    const link = join(dir, 'link.xlsx');
    symlinkSync(plan, link);
    refused(['summarize', plan, '--out', link, '--force'], /入力のブック.*never overwrites/);
  });

  test('a hard link to the input', () => {
    const hard = join(dir, 'hard.xlsx');
    linkSync(plan, hard);
    refused(['summarize', plan, '--out', hard, '--force'], /入力のブック/);
  });

  test('the same file through .. and ./', () => {
    mkdirSync(join(dir, 'sub'), { recursive: true });
    refused(['summarize', plan, '--out', join(dir, 'sub', '..', '.', 'plan.xlsx'), '--force'], /入力のブック/);
  });

  test('template --plan cannot overwrite the plan', () => {
    refused(['template', plan, '--plan', plan, '--force'], /--plan/);
  });
});

describe('outputs', () => {
  test('an existing --out needs --force, like template', () => {
    const out = join(dir, 'exists.xlsx');
    writeFileSync(out, 'keep me');
    refused(['summarize', plan, '--out', out], /--force/);
    expect(runCli(['summarize', plan, '--out', out, '--force']).status).toBe(0);
  });

  test('--out a folder: exit 2, words instead of EISDIR, no half file', () => {
    const folder = join(dir, 'folder.xlsx');
    mkdirSync(folder);
    refused(['summarize', plan, '--out', folder, '--force'], /フォルダー|folder/);
  });

  test('--out under a file: exit 2 with words', () => {
    const file = join(dir, 'afile');
    writeFileSync(file, 'x');
    refused(['summarize', plan, '--out', join(file, 'out.xlsx')], /書き込めません|could not write/);
  });

  test('digest --out an existing file', () => {
    const file = join(dir, 'digest.txt');
    writeFileSync(file, 'x');
    refused(['digest', plan, '--month', '2024-03', '--out', file], /ファイルです/);
  });
});

describe('usage errors, in Japanese first', () => {
  test.each([
    [['summarize', EXAMPLE, '-o', 'x.xlsx'], /-o というオプションはありません/],
    [['summarize', EXAMPLE, '--jsno'], /--jsno というオプションはありません/],
    [['validate', EXAMPLE, '--lang', 'xx'], /--lang は ja か en/],
    [['digest', EXAMPLE, '--month', '2024-13', '--out', 'x'], /年月として読めません/],
    [['digest', EXAMPLE, '--month', '2030-01', '--out', 'x'], /計画期間.*の外/],
    [['freeze', EXAMPLE, '--date', '2025-02-30'], /実在する日付/],
    [['nonsense'], /というコマンドはありません/],
  ])('%p', (args, pattern) => {
    const result = runCli(args as string[]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(pattern as RegExp);
    expect(existsSync('x')).toBe(false);
  });
});

describe('files that are not workbooks are named for what they are', () => {
  async function zip(entries: Record<string, string>, name: string): Promise<string> {
    const z = new JSZip();
    for (const [path, content] of Object.entries(entries)) z.file(path, content);
    const path = join(dir, name);
    writeFileSync(path, await z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    return path;
  }

  test.each([
    ['plan.xls', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]), /Excel 97-2003 形式（\.xls）/],
    [
      'locked.xlsx',
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(600)]),
      /パスワードで保護/,
    ],
    ['plan.csv', Buffer.from('事業コード,事業名\n0701-01,テスト\n'), /CSV/],
    ['empty.xlsx', Buffer.alloc(0), /空のファイル/],
  ])('%s', (name, bytes, pattern) => {
    const path = join(dir, name as string);
    writeFileSync(path, bytes as Buffer);
    const result = runCli(['summarize', path]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(pattern as RegExp);
  });

  test('.ods, .numbers and a zip that is no workbook', async () => {
    const ods = await zip({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' }, 'plan.ods');
    const numbers = await zip({ 'Index/Document.iwa': 'x' }, 'plan.numbers');
    const other = await zip({ 'readme.txt': 'hello' }, 'other.xlsx');
    expect(runCli(['summarize', ods]).stderr).toMatch(/OpenDocument 形式（\.ods）/);
    expect(runCli(['summarize', numbers]).stderr).toMatch(/Numbers の書類/);
    expect(runCli(['validate', other]).stderr).toMatch(/Excel ブックではありません/);
  });

  test('a zip bomb is refused before parsing', async () => {
    const size = RATIO_CHECKED_FROM + 1024 * 1024;
    const bomb = await zip({ 'xl/workbook.xml': '<workbook/>', 'xl/sharedStrings.xml': 'あ'.repeat(Math.ceil(size / 3)) }, 'bomb.xlsx');
    const result = runCli(['summarize', bomb]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`上限（${MAX_COMPRESSION_RATIO} 倍）`);
  });
});

describe('drafts in the encodings Windows saves', () => {
  const report = readFileSync(join(ROOT, 'test', 'fixtures', 'hiratsuka-reform-report-2020-2023.txt'), 'utf8');

  test.each([
    // The same report saved as Shift_JIS (made with Python: text.encode('cp932')).
    ['Shift_JIS', readFileSync(join(ROOT, 'test', 'fixtures', 'hiratsuka-reform-report-sjis.txt'))],
    ['UTF-16 with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(report, 'utf16le')])],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(report, 'utf8')])],
    ['UTF-16 without a BOM', Buffer.from(report, 'utf16le')],
    ['UTF-16 big-endian without a BOM', Buffer.from(report, 'utf16le').swap16()],
  ])('%s: the same 230 figures and the one misprint', (_name, bytes) => {
    const path = join(dir, 'draft.txt');
    writeFileSync(path, bytes);
    const result = runCli(['proofread', path, '--workbook', EXAMPLE, '--json']);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ checked: 230, findings: [{ line: 195, stated: '91.2%', expected: '91.6%' }] });
  });

  test('a workbook given as the draft, or a draft with no figure, is an error, not "no mistakes"', () => {
    expect(runCli(['proofread', EXAMPLE, '--workbook', EXAMPLE])).toMatchObject({ status: 2, stdout: '' });
    const empty = join(dir, 'empty-draft.txt');
    writeFileSync(empty, 'はじめに\n本報告書は…\n');
    // A readable draft with nothing placed: a verdict, exit 1 (issue #26), never "no mistakes".
    const result = runCli(['proofread', empty, '--workbook', EXAMPLE]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('照合できる数値がありませんでした');
  });
});

describe('more hostile files and options (review findings)', () => {
  test('a zip that lies about a part’s size is refused before it is inflated whole; a cut-short file is named as such', async () => {
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    zip.file('xl/sharedStrings.xml', 'A'.repeat(5_000_000));
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    // The central directory's uncompressed size of sharedStrings.xml made to say 1,000 bytes.
    let at = bytes.lastIndexOf(Buffer.from('PK\u0001\u0002', 'latin1'));
    while (at >= 0) {
      const nameLength = bytes.readUInt16LE(at + 28);
      if (bytes.toString('utf8', at + 46, at + 46 + nameLength) === 'xl/sharedStrings.xml') bytes.writeUInt32LE(1000, at + 24);
      at = bytes.lastIndexOf(Buffer.from('PK\u0001\u0002', 'latin1'), at - 1);
    }
    const liar = join(dir, 'liar.xlsx');
    writeFileSync(liar, bytes);
    expect(runCli(['validate', liar])).toMatchObject({ status: 2, stdout: '' });
    expect(runCli(['validate', liar]).stderr).toContain('zip に書かれた値と違います');
    const cut = join(dir, 'cut.xlsx');
    writeFileSync(cut, readFileSync(EXAMPLE).subarray(0, 20_000));
    expect(runCli(['validate', cut]).stderr).toContain('途中で切れているか壊れています');
  });

  test.each([
    [['validate', EXAMPLE, '--as-of', '2021-02-30'], /--as-of/],
    [['summarize', EXAMPLE, EXAMPLE], /余分な引数があります/],
    [['summarize', EXAMPLE, '--out', ''], /--out には値が必要です/],
    [['summarize', EXAMPLE, '--out', join('x', 'plan.baseline-2024-03-31.json')], /--out は \.xlsx/],
    [['digest', EXAMPLE, '--month', '0000-01', '--out', 'x'], /年月として読めません/],
  ])('%p is a usage error with words, and the usage is not dumped', (args, pattern) => {
    const result = runCli(args as string[]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(pattern as RegExp);
    expect(result.stderr.split('\n').filter((line) => line !== '').length).toBeLessThanOrEqual(2);
  });

  test('a file next to the workbook that looks like a baseline but is not one is skipped with a note', () => {
    const copy = join(dir, 'with-bad-baseline.xlsx');
    copyFileSync(EXAMPLE, copy);
    writeFileSync(join(dir, 'with-bad-baseline.baseline-memo.json'), '{}');
    const result = runCli(['summarize', copy, '--json']);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('not a baseline file, skipped');
  });

  test('digest files carry the month, and --from cannot add headers', () => {
    const out = join(dir, 'digest-months');
    const result = runCli(['digest', EXAMPLE, '--month', '2024-03', '--out', out, '--from', 'Shinchoku <a@example.jp>\r\nBcc: spy@example.jp']);
    expect(result.status).toBe(0);
    const names = readdirSync(out);
    expect(names.every((name) => name.startsWith('2024-03-'))).toBe(true);
    const eml = readFileSync(join(out, names.find((n) => n.endsWith('.eml')) ?? ''), 'utf8');
    expect(eml).not.toMatch(/^Bcc:/m);
  });
});
