/**
 * Merged 事業コード cells: clerks merge them all the time. The CLI (exceljs)
 * and the add-on (Sheets' getValues: the value in the top-left cell only)
 * must read the same workbook the same way.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { FakeSheet } from '../../dev/standin';
import { addDataSheet } from '../../src/cli/xlsx';
import type { Summary } from '../../src/core/compute/summarize';
import type { ProblemView } from '../../src/core/words/problems';
import { EXAMPLE, runJson } from '../support/cli';
import { exampleInput, sheet } from '../support/example';
import { standInWith } from '../support/standin';
import { tempDir } from '../support/xlsx';

/** Runs of rows on 取組活動 with the same 事業コード (1-based sheet rows), at least two rows long. */
function codeRuns(): { first: number; last: number }[] {
  const rows = sheet(exampleInput(), '取組活動').rows;
  const runs: { first: number; last: number }[] = [];
  let start = 1;
  for (let i = 2; i <= rows.length; i++) {
    if (i === rows.length || rows[i][0] !== rows[start][0]) {
      if (i - start >= 2) runs.push({ first: start + 1, last: i });
      start = i;
    }
  }
  return runs.slice(0, 10);
}

describe('merged 事業コード cells read the same in the CLI and the add-on', () => {
  const dir = tempDir();
  const path = join(dir, 'merged.xlsx');
  const runs = codeRuns();
  let cli: Summary;
  let validate: ProblemView[];

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    for (const s of exampleInput().sheets) {
      const worksheet = addDataSheet(workbook, s.name, s.rows);
      if (s.name === '取組活動') for (const run of runs) worksheet.mergeCells(`A${run.first}:A${run.last}`);
    }
    await workbook.xlsx.writeFile(path);
    cli = runJson<Summary>(['summarize', path]).json;
    validate = runJson<{ problems: ProblemView[] }>(['validate', path]).json.problems;
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the CLI gives the unmerged example’s figures, with one note per merge and no error', () => {
    const plain = runJson<Summary>(['summarize', EXAMPLE]).json;
    expect(runs.length).toBeGreaterThanOrEqual(5);
    expect(cli.progress).toEqual(plain.progress);
    expect(cli.perspectives).toEqual(plain.perspectives);
    expect(cli.problemCounts.error).toBe(0);
    const notes = validate.filter((p) => p.code === 'mergedFilled');
    expect(notes.map((p) => p.cell)).toEqual(runs.map((run) => `A${run.first}:A${run.last}`));
    expect(notes[0].message).toContain('結合');
  });

  test('the add-on (built bundle; Sheets keeps only the top-left value) reports the same problems and figures', () => {
    const standIn = standInWith(exampleInput());
    const activities = standIn.spreadsheet.sheetUncounted('取組活動') as FakeSheet;
    for (const run of runs) activities.mergeUncounted(`A${run.first}:A${run.last}`);
    expect(activities.cellUncounted(`A${runs[0].first + 1}`).value).toBe('');
    const outcome = standIn.run<{ problems: ProblemView[] }>('sidebarValidate');
    expect(outcome.problems).toEqual(validate);
    standIn.run('sidebarRegenerate');
    const written = standIn.spreadsheet.sheetUncounted('集計')?.snapshot().flat() ?? [];
    // 進捗率 of each year as in the report: 91.4%, 98.1%, 100.0%, 97.9%.
    expect(written).toEqual(expect.arrayContaining([0.914, 0.981, 1, 0.979]));
    expect(written).toContain(cli.progress[0].activities);
  });
});
