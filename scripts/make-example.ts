/**
 * Regenerates examples/hiratsuka-2020-2023.xlsx from examples/source/hiratsuka-extract.json.
 * Usage: npm run example [-- --check]   (--check: compare with the committed file, write nothing)
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { addDataSheet, readWorkbookFile } from '../src/cli/xlsx';
import { buildExampleSheets, type Extract, PLAN_NAME } from './example/hiratsuka';

export const EXAMPLE_PATH = 'examples/hiratsuka-2020-2023.xlsx';

async function main(): Promise<void> {
  const extract = JSON.parse(readFileSync('examples/source/hiratsuka-extract.json', 'utf8')) as Extract;
  const sheets = buildExampleSheets(extract);
  if (process.argv.includes('--check')) {
    const committed = await readWorkbookFile(EXAMPLE_PATH);
    const same = JSON.stringify(committed.sheets.map((s) => s.name)) === JSON.stringify(sheets.map((s) => s.name));
    if (!same) throw new Error('sheet names differ from the generator');
    console.log('example is up to date');
    return;
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Shinchoku scripts/make-example';
  workbook.title = PLAN_NAME;
  const fixed = new Date(Date.UTC(2024, 5, 1));
  workbook.created = fixed;
  workbook.modified = fixed;
  for (const sheet of sheets) addDataSheet(workbook, sheet.name, sheet.rows);
  await workbook.xlsx.writeFile(EXAMPLE_PATH);
  console.log(`wrote ${EXAMPLE_PATH}: ${sheets.map((s) => `${s.name} ${s.rows.length - 1} rows`).join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
