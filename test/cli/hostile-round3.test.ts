/**
 * Issue #22, round 3: inputs of a hostile user that the issue's lines do not
 * name, through the built CLI. Each case failed before its fix.
 */
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { EXAMPLE, ROOT, runCli } from '../support/cli';
import { exampleInput } from '../support/example';
import { tempDir, writeXlsx } from '../support/xlsx';

/** The example workbook with one department renamed everywhere it appears. */
async function withDepartment(path: string, name: string): Promise<void> {
  const input = exampleInput();
  for (const sheet of input.sheets) for (const row of sheet.rows) for (let i = 0; i < row.length; i++) if (row[i] === 'みどり公園・水辺課') row[i] = name;
  await writeXlsx(path, input);
}

describe('digest: a department name of 64 characters outside the BMP (4 bytes each in UTF-8)', () => {
  test('its messages are written under names within the 255-byte limit, and the month is written whole', async () => {
    const dir = tempDir();
    const path = join(dir, 'plan.xlsx');
    const out = join(dir, 'digest');
    await withDepartment(path, '𠮷'.repeat(64));
    const result = runCli(['digest', path, '--month', '2024-03', '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const names = readdirSync(out).sort();
    expect(names).toHaveLength(4);
    for (const name of names) expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
    expect(names.filter((n) => n.startsWith('2024-03-02-𠮷') && n.endsWith('.eml'))).toHaveLength(1);
  });
});

describe('proofread: a character reference that names no character is read as � and said', () => {
  const report = readFileSync(join(ROOT, 'test', 'fixtures', 'hiratsuka-reform-report-2020-2023.txt'), 'utf8').split('\n');
  const escapeXml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  // Two references to no character (past U+10FFFF, and U+0000) in the first line; the rest of the report as it is.
  const lines = report.map((line, i) => (i === 0 ? `${escapeXml(line)}&#99999999;&#x0;` : escapeXml(line)));

  function proofread(name: string, bytes: Buffer | string, json = false) {
    const dir = tempDir();
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return runCli(['proofread', path, '--workbook', EXAMPLE, ...(json ? ['--json'] : [])]);
  }

  test('an HTML draft: a note names the count (2); the draft is still checked', () => {
    const html = `<html><body>${lines.map((line) => `<p>${line}</p>`).join('\n')}</body></html>`;
    const result = proofread('draft.html', html);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^\d+ 個の数値を照合し/);
    expect(result.stdout).toContain('注意: 原稿に文字を表さない文字参照（&#99999999; など）が 2 個あり、�（U+FFFD）として読みました');
  });

  test('a .docx draft: the same note; --json gives the count', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types/>');
    zip.file(
      'word/document.xml',
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${lines
        .map((line) => `<w:p><w:r><w:t xml:space="preserve">${line}</w:t></w:r></w:p>`)
        .join('')}</w:body></w:document>`,
    );
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const result = proofread('draft.docx', bytes);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('が 2 個あり、�（U+FFFD）として読みました');
    const json = JSON.parse(proofread('draft.docx', bytes, true).stdout);
    expect(json.unreadableReferences).toBe(2);
  });

  test('a draft without such references: no note, and a count of 0 in --json', () => {
    const html = `<html><body>${report.map((line) => `<p>${escapeXml(line)}</p>`).join('\n')}</body></html>`;
    const result = proofread('clean.html', html);
    expect(result.stdout).toMatch(/^\d+ 個の数値を照合し/);
    expect(result.stdout).not.toContain('文字参照');
    expect(JSON.parse(proofread('clean.html', html, true).stdout).unreadableReferences).toBe(0);
  });
});

describe('a workbook whose parts are referred to in other valid forms, or not at all', () => {
  /** The example workbook with one part's text changed. */
  async function rewritten(name: string, part: string, change: (xml: string) => string): Promise<string> {
    const zip = await JSZip.loadAsync(readFileSync(EXAMPLE));
    const xml = await zip.file(part)?.async('string');
    if (xml === undefined) throw new Error(`no ${part}`);
    const changed = change(xml);
    expect(changed).not.toBe(xml);
    zip.file(part, changed);
    const path = join(tempDir(), name);
    writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    return path;
  }
  const RELS = 'xl/_rels/workbook.xml.rels';

  test.each([
    ['./worksheets/sheet2.xml', 'dot.xlsx'],
    ['../xl/worksheets/sheet2.xml', 'dotdot.xlsx'],
    ['/xl/./worksheets/../worksheets/sheet2.xml', 'absolute.xlsx'],
  ])('事業 referred to as %s (the same part, ECMA-376 Part 2, 9.3): read, with the same figures as the example', async (target, name) => {
    const path = await rewritten(name, RELS, (xml) => xml.replace('Target="worksheets/sheet2.xml"', `Target="${target}"`));
    const expected = runCli(['summarize', EXAMPLE, '--json', '--as-of', '2024-03-31']);
    const result = runCli(['summarize', path, '--json', '--as-of', '2024-03-31']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(expected.status);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(expected.stdout));
  });

  test('a sheet whose relationship points out of the package: refused by its name (was: read as if 設定 were absent, exit 0)', async () => {
    const path = await rewritten('outside.xlsx', RELS, (xml) => xml.replace('Target="worksheets/sheet1.xml"', 'Target="../../../../etc/passwd"'));
    const result = runCli(['validate', path]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/シート「設定」を読めませんでした.*Excel で開いて保存し直してください \/ sheet "設定" could not be read/);
  });

  test('a worksheet part not named sheetN.xml (legal, but exceljs skips it): refused by the sheet’s name (was: 319 errors, 事業 missing)', async () => {
    const zip = await JSZip.loadAsync(readFileSync(EXAMPLE));
    const move = async (part: string, change: (xml: string) => string) => zip.file(part, change((await zip.file(part)?.async('string')) ?? ''));
    await move(RELS, (xml) => xml.replace('Target="worksheets/sheet2.xml"', 'Target="worksheets/projects.xml"'));
    await move('[Content_Types].xml', (xml) => xml.replace('/xl/worksheets/sheet2.xml', '/xl/worksheets/projects.xml'));
    zip.file('xl/worksheets/projects.xml', (await zip.file('xl/worksheets/sheet2.xml')?.async('string')) ?? '');
    zip.remove('xl/worksheets/sheet2.xml');
    const path = join(tempDir(), 'renamed-part.xlsx');
    writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const result = runCli(['validate', path]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/シート「事業」を読めませんでした/);
  });

  test('a sheet whose XML is broken: said in our words with what to do, never the parser’s message', async () => {
    const path = await rewritten('broken.xlsx', 'xl/worksheets/sheet2.xml', (xml) => `${xml.slice(0, 200)}\u0001<`);
    const result = runCli(['validate', path]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /Excel ブックとして読めません（壊れている可能性があります）。Excel で開いて保存し直してください \/ .*open it in Excel and save it again\n/,
    );
    expect(result.stderr).not.toMatch(/disallowed|character|Error|\d+:\d+/);
  });
});

describe('a zip holding one part twice', () => {
  /** The example with a second 効果額 part (every amount ×100) under `name`, then renamed in its headers to `as`. */
  async function twice(file: string, name: string, as: string): Promise<string> {
    const zip = await JSZip.loadAsync(readFileSync(EXAMPLE));
    const effects = (await zip.file('xl/worksheets/sheet5.xml')?.async('string')) ?? '';
    zip.file(name, effects.replace(/<v>(\d+)<\/v>/g, '<v>$100</v>'));
    let bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    if (as !== name) {
      expect(Buffer.byteLength(as)).toBe(Buffer.byteLength(name));
      // In its local header and its central record alike (no deflated data holds these bytes).
      bytes = Buffer.from(bytes.toString('latin1').split(name).join(as), 'latin1');
    }
    const path = join(tempDir(), file);
    writeFileSync(path, bytes);
    return path;
  }

  test('two entries named xl/worksheets/sheet5.xml: refused by name (was: read the second, 効果額 ×100, exit 0)', async () => {
    const path = await twice('twice.xlsx', 'xl/worksheets/sheet5.xmz', 'xl/worksheets/sheet5.xml');
    for (const command of [
      ['validate', path],
      ['summarize', path, '--out', join(tempDir(), 'out.xlsx')],
    ]) {
      const result = runCli(command);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(
        /部品「xl\/worksheets\/sheet5\.xml」が zip に 2 回入っています.* \/ part "xl\/worksheets\/sheet5\.xml" is in the zip twice/,
      );
    }
  });

  test('two names differing only in case (one part for Excel, ECMA-376 Part 2, 9.1.1.1): refused', async () => {
    const path = await twice('case.xlsx', 'XL/worksheets/sheet5.xml', 'XL/worksheets/sheet5.xml');
    const result = runCli(['validate', path]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/部品「xl\/worksheets\/sheet5\.xml」が zip に 2 回入っています/i);
  });
});

describe('a date given with spaces around it (pasted)', () => {
  test('freeze --date " 2024-03-31 " writes the baseline 2024-03-31, and summarize --baseline "2024-03-31 " uses it (was: in.baseline- 2024-03-31 .json, refused by every later command)', () => {
    const dir = tempDir();
    const path = join(dir, 'plan.xlsx');
    copyFileSync(EXAMPLE, path);
    const frozen = runCli(['freeze', path, '--date', ' 2024-03-31 ']);
    expect(frozen.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['plan.baseline-2024-03-31.json', 'plan.xlsx']);
    const result = runCli(['summarize', path, '--baseline', '2024-03-31 ']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const plain = runCli(['summarize', path, '--baseline', '2024-03-31']);
    expect(plain.status).toBe(0);
    expect(result.stdout).toBe(plain.stdout);
  });
});
