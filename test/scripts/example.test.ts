/**
 * examples/hiratsuka-2020-2023.xlsx is generated, never edited by hand:
 * the committed file must hold exactly what the generator builds.
 */

import { join } from 'node:path';
import { buildTownSheets, TOWN_EXAMPLE_PATH } from '../../scripts/example/town';
import { readWorkbookFile } from '../../src/cli/xlsx';
import type { CellValue } from '../../src/core/base/cells';
import { EXAMPLE, ROOT } from '../support/cli';
import { exampleInput } from '../support/example';

function trimmed(rows: CellValue[][]): CellValue[][] {
  return rows.map((row) => {
    const copy = row.map((v) => (v === undefined ? null : v));
    while (copy.length > 0 && copy[copy.length - 1] === null) copy.pop();
    return copy;
  });
}

test('the committed example equals the generator output (run `npm run example` after changing the generator)', async () => {
  const committed = await readWorkbookFile(EXAMPLE);
  const generated = exampleInput();
  expect(committed.sheets.map((s) => s.name)).toEqual(generated.sheets.map((s) => s.name));
  for (const sheet of generated.sheets) {
    expect(trimmed(committed.sheets.find((s) => s.name === sheet.name)?.rows ?? [])).toEqual(trimmed(sheet.rows));
  }
});

test('the example holds the whole plan: 37 projects, 64 targets, 198 activities', () => {
  const input = exampleInput();
  const count = (name: string) => (input.sheets.find((s) => s.name === name)?.rows.length ?? 1) - 1;
  expect(count('事業')).toBe(37);
  expect(count('達成事項')).toBe(64);
  expect(count('取組活動')).toBe(47 + 53 + 50 + 48);
});

test('the notes sheet explains the illustrative parts and the report inconsistencies', () => {
  const notes = exampleInput()
    .sheets.find((s) => s.name === '注記')
    ?.rows.flat()
    .join('\n');
  expect(notes).toContain('例示');
  expect(notes).toContain('91.2%');
  expect(notes).toContain('0703-13');
  expect(notes).toContain('0705-09');
});

test('the committed 桜川町 example equals its generator', async () => {
  const committed = await readWorkbookFile(join(ROOT, TOWN_EXAMPLE_PATH));
  const generated = buildTownSheets();
  expect(committed.sheets.map((s) => s.name)).toEqual(generated.map((s) => s.name));
  for (const sheet of generated) {
    expect(trimmed(committed.sheets.find((s) => s.name === sheet.name)?.rows ?? [])).toEqual(trimmed(sheet.rows));
  }
  expect(generated.map((s) => s.name)).toEqual(expect.arrayContaining(['区分', '目標']));
});
