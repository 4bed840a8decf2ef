/**
 * `node scripts/run-ts.mjs bench/sheet-names.ts [--counts 1000,3000,10000]` — not part of `npm test`.
 *
 * `summarize --out` onto a workbook that already has thousands of sheets named 集計, 集計 (2) …
 * (issue #22: 3,000 took 12.7 s, 10,000 over 60 s, as each candidate name was checked against every
 * sheet, re-read from workbook.xml). It times src/cli/package.ts's addGeneratedSheets alone (the
 * package work of --out: finding free names, our two sheets, the zip), median of 3 runs per count,
 * and prints the time per 1,000 sheets: roughly constant when taking a free name is linear.
 */
import JSZip from 'jszip';
import { addGeneratedSheets } from '../src/cli/package';
import type { Grid, GridCell } from '../src/core/present/grid';

const WORKSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';

/** A package of `count` empty sheets named 集計, 集計 (2) … 集計 (count). */
async function crowded(count: number): Promise<Buffer> {
  const zip = new JSZip();
  const sheets: string[] = [];
  const relations: string[] = [];
  const overrides: string[] = [];
  for (let i = 1; i <= count; i++) {
    sheets.push(`<sheet name="${i === 1 ? '集計' : `集計 (${i})`}" sheetId="${i}" r:id="rId${i}"/>`);
    relations.push(`<Relationship Id="rId${i}" Type="${RELATIONSHIP}" Target="worksheets/sheet${i}.xml"/>`);
    overrides.push(`<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="${WORKSHEET}"/>`);
    zip.file(`xl/worksheets/sheet${i}.xml`, '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>');
  }
  zip.file(
    'xl/workbook.xml',
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets.join('')}</sheets></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relations.join('')}</Relationships>`,
  );
  zip.file('[Content_Types].xml', `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${overrides.join('')}</Types>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

function grid(): Grid {
  const cell = (value: string | number): GridCell => ({
    value,
    format: typeof value === 'number' ? 'General' : '@',
    bold: false,
    italic: false,
    fill: null,
    text: typeof value === 'string',
  });
  return { rows: [[cell('集計')], [cell(1)]], width: 1, charts: [], columnWidths: [10] };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const index = args.indexOf('--counts');
  const counts = index >= 0 ? args[index + 1].split(',').map(Number) : [1_000, 3_000, 10_000];
  const rows: string[] = ['| sheets named 集計 (n) | addGeneratedSheets (median of 3) | per 1,000 sheets | name taken |', '|---|---|---|---|'];
  for (const count of counts) {
    const input = await crowded(count);
    const times: number[] = [];
    let name = '';
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      const outcome = await addGeneratedSheets(input, [
        { kind: 'summary', wanted: '集計', grid: grid() },
        { kind: 'problems', wanted: '入力チェック結果', grid: grid() },
      ]);
      times.push(performance.now() - started);
      name = outcome.names[0];
    }
    if (name !== `集計 (${count + 1})`) throw new Error(`took ${name}, expected 集計 (${count + 1})`);
    const ms = [...times].sort((a, b) => a - b)[1];
    rows.push(`| ${count.toLocaleString('en-US')} | ${Math.round(ms)} ms | ${Math.round((ms / count) * 1000)} ms | ${name} |`);
  }
  process.stdout.write(`${rows.join('\n')}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
