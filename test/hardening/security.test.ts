/**
 * Workbook text never becomes a formula or markup; the lint rule that keeps
 * data out of innerHTML is itself tested.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { escapeHtml, headerSafe } from '../../src/core/base/email';
import { cleanText } from '../../src/core/base/text';
import { ROOT, runCli } from '../support/cli';
import { exampleInput, sheet } from '../support/example';
import { standInWith } from '../support/standin';
import { tempDir, writeXlsx } from '../support/xlsx';

const DANGEROUS = ['=HYPERLINK("http://evil.example","x")', '+1+2', '-1+2', '@SUM(A1)', '\t=cmd|calc', '\r=1+1', "'quoted"];

describe('text never becomes a formula', () => {
  function poisoned() {
    const input = exampleInput();
    const targets = sheet(input, '達成事項');
    // Shortfall targets' texts and summaries appear on the summary sheet.
    const shortfalls = targets.rows.map((r, i) => [r, i] as const).filter(([r]) => r[3] === '一部未達成' || r[3] === '未達成');
    DANGEROUS.forEach((text, i) => {
      const [, row] = shortfalls[i % shortfalls.length];
      targets.rows[row][i < shortfalls.length ? 4 : 2] = text;
    });
    return input;
  }

  test('generated sheets in Sheets: the only formulas are our own cell links', () => {
    const standIn = standInWith(poisoned());
    standIn.run('sidebarRegenerate');
    const summary = standIn.spreadsheet.sheetUncounted('集計');
    const state = summary?.state() as { cells: [number, number, { formula: string; value: unknown }][] };
    expect(state.cells.filter(([, , c]) => c.formula !== '')).toEqual([]);
    const values = summary?.snapshot().flat() ?? [];
    // Leading tab / CR are trimmed on reading; what remains is still text, not a formula.
    for (const text of DANGEROUS.slice(0, 6)) expect(values).toContain(cleanText(text));
  });

  test('the .xlsx written by summarize --out holds them as strings, not formulas', async () => {
    const dir = tempDir();
    await writeXlsx(join(dir, 'in.xlsx'), poisoned());
    runCli(['summarize', join(dir, 'in.xlsx'), '--out', join(dir, 'out.xlsx')]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'out.xlsx'));
    const formulas: string[] = [];
    const texts: string[] = [];
    for (const name of ['集計', '入力チェック結果']) {
      workbook.getWorksheet(name)?.eachRow((row) => {
        row.eachCell((c) => {
          if (c.type === ExcelJS.ValueType.Formula || c.type === ExcelJS.ValueType.SharedString) formulas.push(String(c.address));
          if (typeof c.value === 'string') texts.push(c.value);
        });
      });
    }
    expect(formulas).toEqual([]);
    for (const text of DANGEROUS.slice(0, 6)) expect(texts).toContain(cleanText(text));
  });

  test('the terminal never receives control characters from the workbook', async () => {
    const dir = tempDir();
    const input = exampleInput();
    sheet(input, '事業').rows[1][1] = 'evil\u001b[2J\u0007name';
    await writeXlsx(join(dir, 'in.xlsx'), input);
    const out = runCli(['summarize', join(dir, 'in.xlsx')]).stdout;
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for them is the point
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    // exceljs already drops the characters XML cannot hold; the terminal renderer would replace any left.
    expect(out).toMatch(/evil ?\[2J ?name/);
  });
});

describe('markup is escaped', () => {
  test('escapeHtml gives the exact escaped text', () => {
    expect(escapeHtml('<script>alert("x")</script>')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(escapeHtml(`"'><img src=x onerror=alert(1)>`)).toBe('&quot;&#39;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml('a & b `c`')).toBe('a &amp; b &#96;c&#96;');
  });

  test('headers lose line breaks and control characters', () => {
    expect(headerSafe('件名\r\nBcc: evil@example.com\u0000')).toBe('件名 Bcc: evil@example.com');
    expect(headerSafe('a\u2028b')).toBe('a b');
  });
});

describe('the lint rule against HTML injection in src/ui', () => {
  function lint(source: string): { status: number | null; output: string } {
    const dir = tempDir('shinchoku-lint-');
    mkdirSync(join(dir, 'lint'));
    copyFileSync(join(ROOT, 'lint', 'no-html-injection.grit'), join(dir, 'lint', 'no-html-injection.grit'));
    const config = JSON.parse(require('node:fs').readFileSync(join(ROOT, 'biome.json'), 'utf8'));
    config.vcs = { enabled: false };
    // Only this rule's plugin is copied here (the other, lint/lang-in-words.grit, is tested in test/scripts/lang-in-words.test.ts).
    config.plugins = ['./lint/no-html-injection.grit'];
    writeFileSync(join(dir, 'biome.json'), JSON.stringify(config));
    writeFileSync(join(dir, 'probe.ts'), source);
    const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'biome'), ['lint', 'probe.ts'], { cwd: dir, encoding: 'utf8' });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  }

  test.each([['el.innerHTML = text;'], ['el.outerHTML = text;'], ["el.insertAdjacentHTML('beforeend', text);"], ['document.write(text);']])(
    'refuses %s',
    (statement) => {
      const result = lint(`export function f(el: HTMLElement, text: string): void {\n  ${statement}\n}\n`);
      expect(result.status).toBe(1);
      expect(result.output).toContain('workbook data goes in as text');
    },
  );

  test('accepts textContent', () => {
    expect(lint('export function f(el: HTMLElement, text: string): void {\n  el.textContent = text;\n}\n').status).toBe(0);
  });

  test('src/ui itself passes (npm run lint runs the rule on it)', () => {
    const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'biome'), ['lint', 'src/ui', 'dev/preview'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(0);
  });
});
