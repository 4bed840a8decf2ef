import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { addDataSheet } from '../../src/cli/xlsx';
import type { WorkbookInput } from '../../src/core/base/cells';

/** Every temp folder a test file made; test/support/cleanup.ts removes them after its tests. */
export const TEMP_DIRS: string[] = [];

export function tempDir(prefix = 'shinchoku-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  TEMP_DIRS.push(dir);
  return dir;
}

export async function writeXlsx(path: string, input: WorkbookInput): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of input.sheets) addDataSheet(workbook, sheet.name, sheet.rows);
  await workbook.xlsx.writeFile(path);
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}
