/**
 * The user's sheets are the user's (issue #22): `summarize --out` replaces a
 * generated sheet only while it is still where and what we left — its name,
 * its worksheet part, its content type and its cell values all as we wrote
 * them. A sheet the user renamed is kept; a forged mark (a defined name of
 * ours on the user's own sheet, or a sheet whose relationships point at the
 * package's shared parts) never costs the user a part. Taking a free name is
 * linear in the number of sheets, and no character XML 1.0 forbids reaches
 * an XML part.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { addGeneratedSheets } from '../../src/cli/package';
import { addDataSheet } from '../../src/cli/xlsx';
import type { Grid, GridCell } from '../../src/core/present/grid';
import { EXAMPLE, runCli } from '../support/cli';
import { exampleInput } from '../support/example';
import { tempDir } from '../support/xlsx';

/** The parts a new sheet must touch: everything else is the user's and stays as it is. */
const TOUCHED = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml'];
const MARK = 'Shinchoku_generated_summary';

async function parts(path: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const out = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) out.set(name, await zip.files[name].async('nodebuffer'));
  return out;
}

/** A copy of a package with some of its parts edited, as a hostile (or an ordinary) tool would leave it. */
async function edited(from: string, to: string, edit: (zip: JSZip) => Promise<void>): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(from));
  await edit(zip);
  writeFileSync(to, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

async function textOf(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`no ${path}`);
  return file.async('string');
}

function sheetNames(workbookXml: string): string[] {
  return [...workbookXml.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
}

/** The defined names of the workbook: name → reference (XML entities undone). */
function definedNames(workbookXml: string): [string, string][] {
  return [...workbookXml.matchAll(/<definedName\b[^>]*\bname="([^"]*)"[^>]*>([^<]*)<\/definedName>/g)].map((m) => [
    m[1],
    m[2].replace(/&apos;/g, "'").replace(/&amp;/g, '&'),
  ]);
}

/** The worksheet part a sheet of the workbook is stored in. */
async function partOf(zip: JSZip, name: string): Promise<string> {
  const workbook = await textOf(zip, 'xl/workbook.xml');
  const tag = [...workbook.matchAll(/<sheet\b[^>]*\/>/g)].map((m) => m[0]).find((t) => t.includes(`name="${name}"`));
  const rid = tag ? /r:id="([^"]+)"/.exec(tag)?.[1] : undefined;
  const rels = await textOf(zip, 'xl/_rels/workbook.xml.rels');
  const relation = [...rels.matchAll(/<Relationship\b[^>]*\/>/g)].map((m) => m[0]).find((t) => t.includes(`Id="${rid}"`));
  const target = relation ? /Target="([^"]+)"/.exec(relation)?.[1] : undefined;
  if (!target) throw new Error(`no part for sheet ${name}`);
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** Every text cell of a sheet, as exceljs reads it (a lost shared-string table turns them into numbers). */
async function cellValues(path: string, sheet: string): Promise<unknown[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const values: unknown[] = [];
  workbook.getWorksheet(sheet)?.eachRow((row) => row.eachCell((cell) => values.push(cell.value)));
  return values;
}

/** Every part of the input is in the output, byte for byte, except the four a new sheet touches. */
async function expectUserPartsKept(input: string, output: string): Promise<void> {
  const original = await parts(input);
  const written = await parts(output);
  const kept = [...original.keys()].filter((name) => !TOUCHED.includes(name));
  expect(kept).toEqual(expect.arrayContaining(['xl/sharedStrings.xml', 'xl/theme/theme1.xml']));
  for (const name of kept) expect({ name, same: written.get(name)?.equals(original.get(name) as Buffer) }).toEqual({ name, same: true });
  // styles.xml only gains entries at the end of its lists: the user's formats keep their indexes.
  const styles = (buffer: Buffer | undefined, list: string) =>
    new RegExp(`<${list}\\b[^>]*>([\\s\\S]*?)</${list}>`).exec(buffer?.toString('utf8') ?? '')?.[1] ?? 'missing';
  for (const list of ['numFmts', 'fonts', 'fills', 'cellXfs']) {
    const before = styles(original.get('xl/styles.xml'), list);
    if (before !== 'missing') expect(styles(written.get('xl/styles.xml'), list).startsWith(before)).toBe(true);
  }
}

describe('a generated sheet the user renamed is theirs', () => {
  const dir = tempDir();
  const first = join(dir, 'first.xlsx');
  const renamed = join(dir, 'renamed.xlsx');
  const second = join(dir, 'second.xlsx');
  let result: ReturnType<typeof runCli>;

  beforeAll(async () => {
    expect(runCli(['summarize', EXAMPLE, '--out', first]).status).toBe(0);
    // As Excel renames a sheet: the sheet's name and every reference to it, our defined name's included.
    await edited(first, renamed, async (zip) => {
      const workbook = await textOf(zip, 'xl/workbook.xml');
      zip.file('xl/workbook.xml', workbook.replace('name="集計"', 'name="集計2023年度版"').replace(/(?:'|&apos;)集計(?:'|&apos;)!/g, "'集計2023年度版'!"));
    });
    result = runCli(['summarize', renamed, '--out', second]);
  });

  test('the next --out keeps it, byte for byte, and writes the new 集計 beside it', async () => {
    expect(result.status).toBe(0);
    const before = await JSZip.loadAsync(readFileSync(renamed));
    const after = await JSZip.loadAsync(readFileSync(second));
    const names = sheetNames(await textOf(after, 'xl/workbook.xml'));
    expect(names.slice(-3)).toEqual(['集計2023年度版', '集計', '入力チェック結果']);
    const kept = await partOf(after, '集計2023年度版');
    expect(kept).toBe(await partOf(before, '集計2023年度版'));
    expect((await after.file(kept)?.async('nodebuffer'))?.equals((await before.file(kept)?.async('nodebuffer')) as Buffer)).toBe(true);
    const title = (await cellValues(second, '集計2023年度版'))[0];
    expect(title).toBe('平塚市行財政改革計画（2020-2023） — 集計');
    expect((await cellValues(second, '集計'))[0]).toBe(title);
  });

  test('the user is told, and the workbook holds one mark per generated sheet, on the new ones', async () => {
    expect(result.stderr).toContain('Sheet "集計2023年度版" is a generated sheet renamed to keep it: kept as it is.');
    const names = definedNames(await textOf(await JSZip.loadAsync(readFileSync(second)), 'xl/workbook.xml'));
    const marks = names.filter(([name]) => name.startsWith('Shinchoku_generated_'));
    expect(marks.map(([, reference]) => reference).sort()).toEqual(["'入力チェック結果'!$A$1", "'集計'!$A$1"]);
    // The renamed sheet keeps its print titles; ours get their own.
    const titles = names.filter(([name]) => name === '_xlnm.Print_Titles').map(([, reference]) => reference);
    expect(titles.sort()).toEqual(["'入力チェック結果'!$1:$1", "'集計'!$1:$1", "'集計2023年度版'!$1:$1"]);
  });

  test('a generated sheet saved again by another tool (openpyxl: character references, attributes of its own) is still ours and replaced', async () => {
    const resaved = join(dir, 'resaved.xlsx');
    const script = 'import sys, openpyxl\nopenpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])';
    const made = spawnSync('/usr/bin/python3', ['-c', script, first, resaved], { encoding: 'utf8' });
    expect(made.stderr).toBe('');
    // Every character of our text is now a character reference (集計 → &#38598;&#35336;), numbers carry t="n":
    // only the values, not the bytes, can show it is ours.
    const zip = await JSZip.loadAsync(readFileSync(resaved));
    const xml = await textOf(zip, await partOf(zip, '集計'));
    expect(xml.includes('&#38598;&#35336;') && xml.includes('t="n"')).toBe(true);
    const out = join(dir, 'resaved-out.xlsx');
    const run = runCli(['summarize', resaved, '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stderr).not.toContain('集計');
    const names = sheetNames(await textOf(await JSZip.loadAsync(readFileSync(out)), 'xl/workbook.xml'));
    expect(names.filter((n) => n.startsWith('集計') || n.startsWith('入力チェック結果'))).toEqual(['集計', '入力チェック結果']);
  });

  test('saved again by exceljs (our text moved to the shared-string table) it is still ours and replaced', async () => {
    const resaved = join(dir, 'by-exceljs.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(first);
    await workbook.xlsx.writeFile(resaved);
    const zip = await JSZip.loadAsync(readFileSync(resaved));
    expect(await textOf(zip, await partOf(zip, '集計'))).toMatch(/<c [^>]*t="s"/);
    const out = join(dir, 'by-exceljs-out.xlsx');
    const run = runCli(['summarize', resaved, '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stderr).not.toContain('集計');
    const names = sheetNames(await textOf(await JSZip.loadAsync(readFileSync(out)), 'xl/workbook.xml'));
    expect(names.filter((n) => n.startsWith('集計') || n.startsWith('入力チェック結果'))).toEqual(['集計', '入力チェック結果']);
  });

  test('a generated sheet whose figures the user changed is kept as well; one left as it was is replaced', async () => {
    const changed = join(dir, 'changed.xlsx');
    await edited(first, changed, async (zip) => {
      const part = await partOf(zip, '集計');
      zip.file(part, (await textOf(zip, part)).replace(/<v>4698997<\/v>/, '<v>5000000</v>'));
    });
    const out = join(dir, 'changed-out.xlsx');
    const run = runCli(['summarize', changed, '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('Sheet "集計" was generated earlier but its values were changed: kept as it is.');
    expect(run.stderr).toContain('集計 (2)');
    expect(await cellValues(out, '集計')).toContain(5000000);
    expect(await cellValues(out, '集計 (2)')).toContain(4698997);
    // The problems sheet was left as it was: replaced, not doubled.
    expect(sheetNames(await textOf(await JSZip.loadAsync(readFileSync(out)), 'xl/workbook.xml')).filter((n) => n.startsWith('入力チェック結果'))).toEqual([
      '入力チェック結果',
    ]);
  });
});

describe('a forged mark never costs the user a sheet or a part', () => {
  const dir = tempDir();

  /** The example with a mark of ours added to workbook.xml, pointing at a sheet. */
  const withMark = (workbook: string, reference: string, name = MARK) =>
    workbook.includes('<definedNames>')
      ? workbook.replace('<definedNames>', `<definedNames><definedName name="${name}">${reference}</definedName>`)
      : workbook.replace('</sheets>', `</sheets><definedNames><definedName name="${name}">${reference}</definedName></definedNames>`);

  test.each([
    ['the plain mark', MARK],
    ['a mark with a made-up check value', `${MARK}_0123456789abcdef0123456789abcdef`],
  ])('%s on the user’s 取組活動: the sheet and its text are kept', async (_label, mark) => {
    const input = join(dir, `forged-${mark.length}.xlsx`);
    await edited(EXAMPLE, input, async (zip) => {
      zip.file('xl/workbook.xml', withMark(await textOf(zip, 'xl/workbook.xml'), '&apos;取組活動&apos;!$A$1', mark));
    });
    const out = join(dir, `forged-${mark.length}-out.xlsx`);
    expect(runCli(['summarize', input, '--out', out]).status).toBe(0);
    const names = sheetNames(await textOf(await JSZip.loadAsync(readFileSync(out)), 'xl/workbook.xml'));
    expect(names).toContain('取組活動');
    await expectUserPartsKept(input, out);
    expect(await cellValues(out, '取組活動')).toEqual(await cellValues(input, '取組活動'));
  });

  test('a second mark beside ours (we leave one): neither sheet is removed, and the user is told once a sheet', async () => {
    const first = join(dir, 'two-marks-first.xlsx');
    expect(runCli(['summarize', EXAMPLE, '--out', first]).status).toBe(0);
    const input = join(dir, 'two-marks.xlsx');
    await edited(first, input, async (zip) => {
      const workbook = await textOf(zip, 'xl/workbook.xml');
      const forged = Array.from({ length: 50 }, () => `<definedName name="${MARK}">&apos;取組活動&apos;!$A$1</definedName>`).join('');
      zip.file('xl/workbook.xml', workbook.replace('<definedNames>', `<definedNames>${forged}`));
    });
    const out = join(dir, 'two-marks-out.xlsx');
    const result = runCli(['summarize', input, '--out', out]);
    expect(result.status).toBe(0);
    const names = sheetNames(await textOf(await JSZip.loadAsync(readFileSync(out)), 'xl/workbook.xml'));
    expect(names.filter((n) => n === '取組活動' || n.startsWith('集計'))).toEqual(['取組活動', '集計', '集計 (2)']);
    expect(result.stderr.split('\n').filter((line) => line.includes('取組活動'))).toHaveLength(1);
    // Every part is as it was but our problems sheet's, replaced as it should be (its one mark is ours).
    const zip = await JSZip.loadAsync(readFileSync(input));
    const problems = await partOf(zip, '入力チェック結果');
    const [original, written] = [await parts(input), await parts(out)];
    for (const name of [...original.keys()].filter((n) => !TOUCHED.includes(n) && n !== problems))
      expect({ name, same: written.get(name)?.equals(original.get(name) as Buffer) }).toEqual({ name, same: true });
  });

  test('a forged mark on a sheet of the user’s named 集計: theirs is kept, ours is 集計 (2)', async () => {
    const own = join(dir, 'own.xlsx');
    const workbook = new ExcelJS.Workbook();
    for (const sheet of exampleInput().sheets) addDataSheet(workbook, sheet.name, sheet.rows);
    addDataSheet(workbook, '集計', [
      ['自分のメモ', '大事な数字'],
      [1, 2],
    ]);
    await workbook.xlsx.writeFile(own);
    const input = join(dir, 'own-forged.xlsx');
    await edited(own, input, async (zip) => {
      zip.file('xl/workbook.xml', withMark(await textOf(zip, 'xl/workbook.xml'), '&apos;集計&apos;!$A$1'));
    });
    const out = join(dir, 'own-forged-out.xlsx');
    const result = runCli(['summarize', input, '--out', out]);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('集計 (2)');
    expect(await cellValues(out, '集計')).toEqual(['自分のメモ', '大事な数字', 1, 2]);
    expect((await cellValues(out, '集計 (2)'))[0]).toContain('集計');
    await expectUserPartsKept(input, out);
  });

  // A sheet named 集計 whose workbook relationship leads to a shared part, or to a folder of parts.
  test.each([['sharedStrings.xml'], ['styles.xml'], ['/xl/sharedStrings.xml'], ['theme/theme1.xml'], ['worksheets'], ['worksheets/']])(
    'a marked 集計 whose relationship points at %s: nothing of the package is removed',
    async (target) => {
      const input = join(dir, `target-${target.replace(/\W/g, '_')}.xlsx`);
      await edited(EXAMPLE, input, async (zip) => {
        let workbook = await textOf(zip, 'xl/workbook.xml');
        const ids = [...workbook.matchAll(/sheetId="(\d+)"/g)].map((m) => Number(m[1]));
        workbook = workbook.replace('</sheets>', `<sheet name="集計" sheetId="${Math.max(...ids) + 1}" r:id="rIdForged"/></sheets>`);
        zip.file('xl/workbook.xml', withMark(workbook, '&apos;集計&apos;!$A$1'));
        const rels = await textOf(zip, 'xl/_rels/workbook.xml.rels');
        zip.file(
          'xl/_rels/workbook.xml.rels',
          rels.replace(
            '</Relationships>',
            `<Relationship Id="rIdForged" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${target}"/></Relationships>`,
          ),
        );
      });
      const out = join(dir, `target-${target.replace(/\W/g, '_')}-out.xlsx`);
      runCli(['summarize', input, '--out', out]);
      await expectUserPartsKept(input, out);
    },
  );

  test('our own sheet, with relationships added that point at the shared parts: replaced, and the shared parts stay', async () => {
    const first = join(dir, 'ours.xlsx');
    expect(runCli(['summarize', EXAMPLE, '--out', first]).status).toBe(0);
    const input = join(dir, 'ours-linked.xlsx');
    await edited(first, input, async (zip) => {
      const part = await partOf(zip, '集計');
      const rels = part.replace(/([^/]+)$/, '_rels/$1.rels');
      const relation = (id: string, type: string, target: string) =>
        `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
      zip.file(
        rels,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${[
          relation('rId1', 'image', '../sharedStrings.xml'),
          relation('rId2', 'drawing', '../styles.xml'),
          relation('rId3', 'vmlDrawing', '../theme/theme1.xml'),
          relation('rId4', 'drawing', '/xl/worksheets/sheet3.xml'),
          relation('rId5', 'drawing', '../../[Content_Types].xml'),
          relation('rId6', 'drawing', '..'),
          relation('rId7', 'drawing', '../drawings/drawingOfOurs.xml'),
        ].join('')}</Relationships>`,
      );
      // A drawing someone added to our sheet alone: it goes with the sheet.
      zip.file('xl/drawings/drawingOfOurs.xml', '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>');
      const types = await textOf(zip, '[Content_Types].xml');
      zip.file(
        '[Content_Types].xml',
        types.replace(
          '</Types>',
          '<Override PartName="/xl/drawings/drawingOfOurs.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
        ),
      );
    });
    const out = join(dir, 'ours-linked-out.xlsx');
    expect(runCli(['summarize', input, '--out', out]).status).toBe(0);
    const written = await parts(out);
    const original = await parts(input);
    for (const name of ['xl/sharedStrings.xml', 'xl/styles.xml', 'xl/theme/theme1.xml', 'xl/worksheets/sheet3.xml', '[Content_Types].xml'])
      expect({ name, present: written.has(name) }).toEqual({ name, present: true });
    for (const name of ['xl/sharedStrings.xml', 'xl/theme/theme1.xml', 'xl/worksheets/sheet3.xml'])
      expect({ name, same: written.get(name)?.equals(original.get(name) as Buffer) }).toEqual({ name, same: true });
    expect(written.has('xl/drawings/drawingOfOurs.xml')).toBe(false);
    expect(written.get('[Content_Types].xml')?.toString('utf8')).not.toContain('drawingOfOurs');
    // Ours was replaced (one 集計, no 集計 (2)), and the user's text still reads as text.
    expect(sheetNames(written.get('xl/workbook.xml')?.toString('utf8') ?? '').filter((n) => n.startsWith('集計'))).toEqual(['集計']);
    expect(await cellValues(out, '取組活動')).toEqual(await cellValues(input, '取組活動'));
  });
});

describe('a free sheet name among thousands', () => {
  test('3,000 sheets named 集計, 集計 (2) … 集計 (3000): ours is 集計 (3001)', async () => {
    const dir = tempDir();
    const input = join(dir, 'many.xlsx');
    const count = 3000;
    await edited(EXAMPLE, input, async (zip) => {
      let workbook = await textOf(zip, 'xl/workbook.xml');
      let rels = await textOf(zip, 'xl/_rels/workbook.xml.rels');
      let types = await textOf(zip, '[Content_Types].xml');
      const ids = [...workbook.matchAll(/sheetId="(\d+)"/g)].map((m) => Number(m[1]));
      const sheets: string[] = [];
      const relations: string[] = [];
      const overrides: string[] = [];
      for (let i = 1; i <= count; i++) {
        const name = i === 1 ? '集計' : `集計 (${i})`;
        sheets.push(`<sheet name="${name}" sheetId="${Math.max(...ids) + i}" r:id="rIdMany${i}"/>`);
        relations.push(
          `<Relationship Id="rIdMany${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/many${i}.xml"/>`,
        );
        overrides.push(
          `<Override PartName="/xl/worksheets/many${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        );
        zip.file(
          `xl/worksheets/many${i}.xml`,
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>',
        );
      }
      workbook = workbook.replace('</sheets>', `${sheets.join('')}</sheets>`);
      rels = rels.replace('</Relationships>', `${relations.join('')}</Relationships>`);
      types = types.replace('</Types>', `${overrides.join('')}</Types>`);
      zip.file('xl/workbook.xml', workbook);
      zip.file('xl/_rels/workbook.xml.rels', rels);
      zip.file('[Content_Types].xml', types);
    });
    const out = join(dir, 'many-out.xlsx');
    const result = runCli(['summarize', input, '--out', out]);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`集計 (${count + 1})`);
    const names = sheetNames(await textOf(await JSZip.loadAsync(readFileSync(out)), 'xl/workbook.xml'));
    expect(names.slice(-2)).toEqual([`集計 (${count + 1})`, '入力チェック結果']);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('no character XML 1.0 forbids reaches an XML part', () => {
  /** Characters XML 1.0 does not allow (https://www.w3.org/TR/xml/#charsets), lone surrogates included. */
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters looked for
  const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
  const cell = (value: string): GridCell => ({ value, format: '@', bold: false, italic: false, fill: null, text: true });

  test('a lone surrogate, U+FFFF and controls in the text are dropped; a surrogate pair (𠮷) is kept', async () => {
    const grid: Grid = {
      rows: [[cell('A\uD800B\uFFFFC\u0001D\uDC00E𠮷F\tG')], [cell('計画\uFFFE名\uDBFF')]],
      width: 1,
      charts: [],
      columnWidths: [20],
    };
    const outcome = await addGeneratedSheets(readFileSync(EXAMPLE), [{ kind: 'summary', wanted: '集計\uD800', grid }]);
    const zip = await JSZip.loadAsync(outcome.bytes);
    for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
      const bytes = await zip.files[name].async('nodebuffer');
      // Well-formed UTF-8 (a lone surrogate encodes to no valid sequence), and no forbidden code point.
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      expect({ name, forbidden: FORBIDDEN.test(text), replacement: text.includes('\uFFFD') }).toEqual({ name, forbidden: false, replacement: false });
    }
    const dir = tempDir();
    const out = join(dir, 'chars.xlsx');
    writeFileSync(out, outcome.bytes);
    expect(outcome.names).toEqual(['集計']);
    expect(await cellValues(out, '集計')).toEqual(['ABCDE𠮷F\tG', '計画名']);
  });
});
