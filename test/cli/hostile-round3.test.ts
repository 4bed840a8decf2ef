/**
 * Issue #22, round 3: inputs of a hostile user that the lines do not
 * name, through the built CLI. Each case failed before its fix.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../support/cli';
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
