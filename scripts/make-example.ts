/**
 * Regenerates the example workbooks:
 * - examples/hiratsuka-2020-2023.xlsx from examples/source/hiratsuka-extract.json (and the
 *   report's own text, examples/source/hiratsuka-report-texts.json, for its 報告書 sheet);
 * - examples/sakuragawa-2024-2028.xlsx (a fictional town) from scripts/example/town.ts;
 * - examples/hoshimigaoka-2021-2024.xlsx (another fictional town, the plan's own scheme of #25) from
 *   scripts/example/hoshimigaoka.ts.
 * Usage: npm run example [-- --check] [-- --only <name>]   (--check: compare with the committed files, write
 * nothing; --only: only the examples whose path contains <name>, the others left as they are)
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { addDataSheet, readWorkbookFile } from '../src/cli/xlsx';
import type { SheetInput } from '../src/core/base/cells';
import { buildExampleSheets, type Extract, PLAN_NAME, type ReportTexts } from './example/hiratsuka';
import { buildHoshimigaokaSheets, HOSHIMIGAOKA_EXAMPLE_PATH, HOSHIMIGAOKA_PLAN_NAME } from './example/hoshimigaoka';
import { buildTownSheets, TOWN_EXAMPLE_PATH, TOWN_PLAN_NAME } from './example/town';

export const EXAMPLE_PATH = 'examples/hiratsuka-2020-2023.xlsx';

interface Example {
  path: string;
  title: string;
  /** Fixed creation date, so the file is reproducible. */
  created: Date;
  sheets: SheetInput[];
}

function examples(): Example[] {
  const extract = JSON.parse(readFileSync('examples/source/hiratsuka-extract.json', 'utf8')) as Extract;
  const texts = JSON.parse(readFileSync('examples/source/hiratsuka-report-texts.json', 'utf8')) as ReportTexts;
  return [
    { path: EXAMPLE_PATH, title: PLAN_NAME, created: new Date(Date.UTC(2024, 5, 1)), sheets: buildExampleSheets(extract, texts) },
    { path: TOWN_EXAMPLE_PATH, title: TOWN_PLAN_NAME, created: new Date(Date.UTC(2027, 5, 1)), sheets: buildTownSheets() },
    {
      path: HOSHIMIGAOKA_EXAMPLE_PATH,
      title: HOSHIMIGAOKA_PLAN_NAME,
      created: new Date(Date.UTC(2024, 4, 1)),
      sheets: buildHoshimigaokaSheets(),
    },
  ];
}

async function check(example: Example): Promise<void> {
  const committed = await readWorkbookFile(example.path);
  const same = JSON.stringify(committed.sheets.map((s) => s.name)) === JSON.stringify(example.sheets.map((s) => s.name));
  if (!same) throw new Error(`${example.path}: sheet names differ from the generator`);
  console.log(`${example.path} is up to date`);
}

async function write(example: Example): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Shinchoku scripts/make-example';
  workbook.title = example.title;
  workbook.created = example.created;
  workbook.modified = example.created;
  for (const sheet of example.sheets) addDataSheet(workbook, sheet.name, sheet.rows);
  await workbook.xlsx.writeFile(example.path);
  console.log(`wrote ${example.path}: ${example.sheets.map((s) => `${s.name} ${s.rows.length - 1} rows`).join(', ')}`);
}

async function main(): Promise<void> {
  const only = process.argv.indexOf('--only');
  const name = only >= 0 ? process.argv[only + 1] : undefined;
  const all = examples().filter((example) => name === undefined || example.path.includes(name));
  const run = process.argv.includes('--check') ? check : write;
  for (const example of all) await run(example);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
