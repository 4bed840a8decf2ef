/**
 * Nothing hostile passes through (issue #22, part 3), through the built CLI:
 * escape sequences from a workbook never reach a terminal, characters XML 1.0
 * forbids never reach a .docx part, and .eml headers keep RFC 5322's line
 * limits with at most 50 recipients a message.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { WorkbookInput } from '../../src/core/base/cells';
import { runCli } from '../support/cli';
import { exampleInput, sheet } from '../support/example';
import { tempDir, writeXlsx } from '../support/xlsx';
import { checkXmlParts, forbiddenChars, parseErrors, writeEscapedXlsx } from '../support/xml';

const ESC = '\u001b';
const BEL = '\u0007';
/** Window title, clear screen, colour, an OSC 8 hyperlink, C1 CSI and OSC, bidi override and isolate, DEL, CR. */
const SEQUENCES = [
  `${ESC}]0;PWNED${BEL}`,
  `${ESC}[2J`,
  `${ESC}[31m`,
  `${ESC}]8;;https://evil.example/${ESC}\\here${ESC}]8;;${ESC}\\`,
  '\u009b2J',
  `\u009d0;title${BEL}`,
  '\u202eabc\u2066d\u2069',
  '\u007f',
  'x\ry',
].join('');
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('no escape sequence from the workbook reaches the terminal', () => {
  const dir = tempDir();
  const path = join(dir, 'hostile.xlsx');
  const planName = `計画${SEQUENCES}名`;
  const perspective = `民間活力${SEQUENCES}の活用`;
  const department = `悪意${SEQUENCES}課`;
  const activity = `活動${SEQUENCES}`;
  const status = `済${SEQUENCES}`;

  beforeAll(async () => {
    const input = exampleInput();
    const settings = sheet(input, '設定');
    const row = (key: string) => settings.rows.find((r) => r[0] === key) ?? [];
    row('計画名')[1] = planName;
    const perspectives = String(row('取組の視点')[1]).split('\n');
    perspectives[0] = perspective;
    row('取組の視点')[1] = perspectives.join('\n');
    // 0701-01's department is in no 部署 row: the digest lists it as unrouted.
    sheet(input, '事業').rows[1][4] = department;
    const activities = sheet(input, '取組活動').rows;
    activities[1][2] = activity;
    activities[1][3] = status;
    await writeEscapedXlsx(path, input);
  });

  const clean = (result: { stdout: string; stderr: string }) => {
    expect(result.stdout).not.toMatch(TERMINAL_UNSAFE);
    expect(result.stderr).not.toMatch(TERMINAL_UNSAFE);
  };

  test('summarize: the title, the tables and the problems are shown with the sequences made inert', () => {
    const result = runCli(['summarize', path]);
    expect(result.status).toBe(1);
    clean(result);
    // The plan name is still there, its controls shown as text, not obeyed.
    expect(result.stdout).toContain('計画\\u001b]0;PWNED\\u0007\\u001b[2J');
    // The table whose title comes from the workbook (a perspective's name), and the problem quoting the status.
    expect(result.stdout).toContain('民間活力\\u001b]0;PWNED');
    expect(result.stdout).toContain('済\\u001b]0;PWNED');
    expect(result.stdout).toContain('\\u009b2J');
  });

  test('summarize --json and validate --json: valid JSON that decodes to the strings of the workbook', () => {
    for (const command of ['summarize', 'validate']) {
      const result = runCli([command, path, '--json']);
      expect(result.status).toBe(1);
      clean(result);
      const json = JSON.parse(result.stdout) as { plan?: { name: string }; problems: { message: string }[] };
      if (command === 'summarize') {
        // The reader drops the bidi controls (invisible characters) from names; every other character is kept as it was.
        expect(json.plan?.name).toBe(planName.replace(/[\u202a-\u202e\u2066-\u2069]/g, ''));
      }
      // The problem quotes the status cell (clipped to its first characters), its sequences as they were.
      expect(json.problems.some((p) => p.message.includes(`済${ESC}]0;PWNED${BEL}${ESC}[2J${ESC}[31m`))).toBe(true);
    }
  });

  test('validate, in both languages', () => {
    for (const lang of ['ja', 'en']) {
      const result = runCli(['validate', path, '--lang', lang]);
      expect(result.status).toBe(1);
      clean(result);
      expect(result.stdout).toContain('\\u001b]0;PWNED');
    }
  });

  test('digest: the unrouted department is named with its sequences made inert', () => {
    const out = join(tempDir(), 'digest');
    const result = runCli(['digest', path, '--month', '2024-03', '--out', out]);
    expect(result.status).toBe(1);
    clean(result);
    expect(result.stdout).toContain('悪意\\u001b]0;PWNED\\u0007');
  });

  test('report: the placeholders and the summary line are inert too', () => {
    const out = join(tempDir(), 'report.html');
    const result = runCli(['report', path, '--out', out]);
    expect(result.status).toBe(1);
    clean(result);
  });

  test('a file name given on the command line is shown inert in the error', () => {
    const result = runCli(['summarize', join(dir, `no${ESC}]0;PWNED${BEL}such.xlsx`)]);
    expect(result.status).toBe(2);
    clean(result);
    expect(result.stderr).toContain('no\\u001b]0;PWNED\\u0007such.xlsx');
  });
});

const XML_FORBIDDEN_SAMPLE = '\uffff\ufffe\ud800\u0001';

async function workbookWithForbidden(): Promise<WorkbookInput> {
  const input = exampleInput();
  const settings = sheet(input, '設定');
  const name = settings.rows.find((r) => r[0] === '計画名');
  if (name) name[1] = `計画${XML_FORBIDDEN_SAMPLE}名`;
  const activities = sheet(input, '取組活動').rows;
  activities[1][2] = `活動${XML_FORBIDDEN_SAMPLE}一`;
  // Text the report prints as it is: a project's name (its tables) and the 報告書 sheet's first section.
  sheet(input, '事業').rows[1][1] = `事業${XML_FORBIDDEN_SAMPLE}名`;
  const report = sheet(input, '報告書').rows;
  report[1][2] = `本文${XML_FORBIDDEN_SAMPLE}です。`;
  return input;
}

describe('no character XML 1.0 forbids reaches a .docx part', () => {
  test('the checker itself finds each forbidden character and reference, and passes a surrogate pair', () => {
    expect(forbiddenChars('a\uffffb\ufffe\ud800c\udc00\u0001\t\n\r😀&#1;&#xFFFF;&#x41;')).toEqual([
      'U+ffff at 1',
      'U+fffe at 3',
      'U+d800 at 4',
      'U+dc00 at 6',
      'U+1 at 7',
      '&#1; at 13',
      '&#xFFFF; at 17',
    ]);
    expect(parseErrors('<a>\uffff</a>').length).toBeGreaterThan(0);
  });

  test('report --out x.docx: every part well-formed, the text kept with U+FFFD in place of each forbidden character', async () => {
    const dir = tempDir();
    const path = join(dir, 'forbidden.xlsx');
    await writeEscapedXlsx(path, await workbookWithForbidden());
    const out = join(dir, 'report.docx');
    const result = runCli(['report', path, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const { parts, text } = await checkXmlParts(readFileSync(out));
    expect(parts).toBeGreaterThanOrEqual(8);
    // Title page and core properties (the title), the project table, the 報告書 text: each character made visible.
    expect(text).toContain('計画\ufffd\ufffd\ufffd\ufffd名');
    expect(text).toContain('事業\ufffd\ufffd\ufffd\ufffd名');
    expect(text).toContain('本文\ufffd\ufffd\ufffd\ufffdです。');
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(await zip.file('docProps/core.xml')?.async('string')).toContain('計画\ufffd\ufffd\ufffd\ufffd名');
  });

  test('report --out x.html: no forbidden character either', async () => {
    const dir = tempDir();
    const path = join(dir, 'forbidden.xlsx');
    await writeEscapedXlsx(path, await workbookWithForbidden());
    const out = join(dir, 'report.html');
    expect(runCli(['report', path, '--out', out]).status).toBe(0);
    const html = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(out));
    expect(forbiddenChars(html)).toEqual([]);
    expect(html).toContain('計画\ufffd\ufffd\ufffd\ufffd名');
  });
});

/** The header block of an .eml, its lines (folded continuation lines separate). */
function headerLines(eml: string): string[] {
  return eml.split('\r\n\r\n')[0].split('\r\n');
}

/** RFC 2047 decoding of an unstructured header as a mail reader does it (B encoding, UTF-8; white space between words dropped). */
function decodeHeader(value: string): string {
  const unfolded = value.replace(/\r\n(?=[ \t])/g, '');
  return unfolded
    .replace(/(=\?UTF-8\?B\?[A-Za-z0-9+/=]*\?=)\s+(?==\?UTF-8\?B\?)/g, '$1')
    .replace(/=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=/g, (_m, data: string) => Buffer.from(data, 'base64').toString('utf8'));
}

function header(eml: string, name: string): string {
  const head = eml.split('\r\n\r\n')[0];
  const match = head.match(new RegExp(`^${name}: ((?:.*)(?:\\r\\n[ \\t].*)*)`, 'm'));
  return match ? match[1] : '';
}

describe('.eml headers keep RFC 5322 line limits; at most 50 recipients a message', () => {
  const dir = tempDir();
  const path = join(dir, 'long.xlsx');
  const out = join(dir, 'digest');
  const planName = Array.from({ length: 200 }, (_, i) => `Reform${i} plan`)
    .join(' ')
    .slice(0, 2000);
  const addresses = Array.from({ length: 80 }, (_, i) => `member${String(i + 1).padStart(2, '0')}.midori-koen@example.jp`);
  let result: ReturnType<typeof runCli>;

  beforeAll(async () => {
    expect(planName).toHaveLength(2000);
    const input = exampleInput();
    const name = sheet(input, '設定').rows.find((r) => r[0] === '計画名');
    if (name) name[1] = planName;
    const departments = sheet(input, '部署').rows;
    const midori = departments.find((r) => r[0] === 'みどり公園・水辺課');
    if (midori) midori[1] = addresses.join('\n');
    await writeXlsx(path, input);
    result = runCli(['digest', path, '--month', '2024-03', '--out', out, '--lang', 'en']);
  });

  test('80 recipients: two messages, 50 and 30, every address once', () => {
    expect(result.status).toBe(0);
    const names = readdirSync(out).sort();
    expect(names).toEqual([
      '2024-03-01-office.eml',
      '2024-03-01-office.html',
      '2024-03-02-みどり公園・水辺課-1.eml',
      '2024-03-02-みどり公園・水辺課-2.eml',
      '2024-03-02-みどり公園・水辺課.html',
    ]);
    const to = (file: string) =>
      header(readFileSync(join(out, file), 'utf8'), 'To')
        .replace(/\r\n[ \t]/g, ' ')
        .split(',')
        .map((a) => a.trim());
    const first = to('2024-03-02-みどり公園・水辺課-1.eml');
    const second = to('2024-03-02-みどり公園・水辺課-2.eml');
    expect([first.length, second.length]).toEqual([50, 30]);
    expect([...first, ...second]).toEqual(addresses);
    expect(result.stdout).toContain('3 messages written');
  });

  test('every header line at most 78 characters; the subject decodes to itself exactly', () => {
    for (const file of readdirSync(out).filter((n) => n.endsWith('.eml'))) {
      const eml = readFileSync(join(out, file), 'utf8');
      const lines = headerLines(eml);
      expect({ file, long: lines.filter((line) => line.length > 78) }).toEqual({ file, long: [] });
      // A line holding an encoded word: at most 76 (RFC 2047, 2).
      expect({ file, long: lines.filter((line) => line.includes('=?') && line.length > 76) }).toEqual({ file, long: [] });
      const subject = decodeHeader(header(eml, 'Subject'));
      // The subject names the plan, cut to its first 100 characters (core's digest keeps mail within MailApp's limits).
      expect(subject).toContain(`${planName.slice(0, 100)}…`);
      expect(subject).toMatch(/^\[Shinchoku\] /);
      // Each encoded word at most 75 characters (RFC 2047, 2).
      for (const word of header(eml, 'Subject').match(/=\?[^?]+\?B\?[^?]*\?=/g) ?? []) expect(word.length).toBeLessThanOrEqual(75);
    }
  });

  test('a Japanese subject and a long --from are folded too', async () => {
    const jaDir = tempDir();
    const jaPath = join(jaDir, 'long-ja.xlsx');
    const input = exampleInput();
    const name = sheet(input, '設定').rows.find((r) => r[0] === '計画名');
    const jaName = '平塚市行財政改革計画（2020-2023）'.repeat(40);
    if (name) name[1] = jaName;
    await writeXlsx(jaPath, input);
    const from = `${'企画政策課 行財政改革担当 '.repeat(10)}<kikaku-seisaku@example.jp>`;
    const jaOut = join(jaDir, 'digest');
    expect(runCli(['digest', jaPath, '--month', '2024-03', '--out', jaOut, '--from', from]).status).toBe(0);
    for (const file of readdirSync(jaOut).filter((n) => n.endsWith('.eml'))) {
      const eml = readFileSync(join(jaOut, file), 'utf8');
      expect(headerLines(eml).filter((line) => line.length > 78)).toEqual([]);
      expect(headerLines(eml).filter((line) => line.includes('=?') && line.length > 76)).toEqual([]);
      expect(decodeHeader(header(eml, 'Subject'))).toContain(`${jaName.slice(0, 100)}…`);
      expect(decodeHeader(header(eml, 'From'))).toBe(from.replace(/\s+/g, ' ').trim());
      // Only ASCII in the header block (RFC 5322, 2.2): the rest is encoded.
      expect(eml.split('\r\n\r\n')[0]).toMatch(/^[\x20-\x7e\r\n]*$/);
    }
  });

  test('a --from that is no mailbox is folded at its spaces, and still cannot start a header', () => {
    const fromOut = join(tempDir(), 'digest');
    const from = `no-reply@example.jp ${'filler '.repeat(40)}\r\nBcc: spy@example.jp`;
    expect(runCli(['digest', path, '--month', '2024-03', '--out', fromOut, '--from', from]).status).toBe(0);
    const eml = readFileSync(join(fromOut, '2024-03-01-office.eml'), 'utf8');
    expect(headerLines(eml).filter((line) => line.length > 78)).toEqual([]);
    expect(eml).not.toMatch(/^Bcc:/m);
    expect(header(eml, 'From').replace(/\r\n /g, ' ')).toBe(from.replace(/\s+/g, ' ').trim());
  });

  test('an ASCII subject that looks like an encoded word is encoded, so no reader decodes it', async () => {
    const trickDir = tempDir();
    const trickPath = join(trickDir, 'trick.xlsx');
    const input = exampleInput();
    const name = sheet(input, '設定').rows.find((r) => r[0] === '計画名');
    const trick = `Plan =?UTF-8?B?${Buffer.from('偽').toString('base64')}?=`;
    if (name) name[1] = trick;
    await writeXlsx(trickPath, input);
    const trickOut = join(trickDir, 'digest');
    expect(runCli(['digest', trickPath, '--month', '2024-03', '--out', trickOut, '--lang', 'en']).status).toBe(0);
    const eml = readFileSync(join(trickOut, '2024-03-01-office.eml'), 'utf8');
    expect(decodeHeader(header(eml, 'Subject'))).toContain(trick);
  });
});

describe('template --plan carries the plan as text XML can hold', () => {
  test('a 計画名 with U+FFFF, U+FFFE, a lone surrogate and a control character: the template is well-formed and opens', async () => {
    const dir = tempDir();
    const plan = join(dir, 'plan.xlsx');
    const input = await exampleInput();
    const settings = sheet(input, '設定').rows;
    const nameRow = settings.findIndex((row) => row[0] === '計画名');
    settings[nameRow][1] = `計画${XML_FORBIDDEN_SAMPLE}名`;
    await writeEscapedXlsx(plan, input);
    const out = join(dir, 'template.xlsx');
    const result = runCli(['template', out, '--plan', plan]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const { parts, text } = await checkXmlParts(readFileSync(out));
    expect(parts).toBeGreaterThanOrEqual(5);
    expect(text).toContain('計画\ufffd\ufffd\ufffd\ufffd名');
    // The template itself is a workbook the CLI reads again.
    const again = runCli(['validate', out]);
    expect(again.stderr).not.toMatch(/読めません|cannot read/);
  });
});
