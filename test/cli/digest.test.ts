import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE, runCli } from '../support/cli';
import { exampleInput, sheet } from '../support/example';
import { tempDir, writeXlsx } from '../support/xlsx';

function decodeParts(eml: string): { headers: string; text: string; html: string } {
  const [headers] = eml.split('\r\n\r\n');
  const parts = eml.split(/--shinchoku-[A-Za-z0-9]+/);
  const body = (type: string) => {
    const part = parts.find((p) => p.includes(`Content-Type: ${type}`)) ?? '';
    return Buffer.from(part.split('\r\n\r\n')[1].replace(/\s+/g, ''), 'base64').toString('utf8');
  };
  return { headers, text: body('text/plain'), html: body('text/html') };
}

test('shinchoku digest writes one .eml and one .html per recipient; 2024-03 is 令和5年度 at 97.9%', () => {
  const out = tempDir();
  const result = runCli(['digest', EXAMPLE, '--month', '2024-03', '--out', out]);
  expect(result.status).toBe(0);
  expect(readdirSync(out).sort()).toEqual([
    '2024-03-01-office.eml',
    '2024-03-01-office.html',
    '2024-03-02-みどり公園・水辺課.eml',
    '2024-03-02-みどり公園・水辺課.html',
  ]);
  const office = decodeParts(readFileSync(join(out, '2024-03-01-office.eml'), 'utf8'));
  expect(office.headers).toContain('To: gyokaku@example.jp');
  expect(office.headers).toMatch(/^Subject: =\?UTF-8\?B\?/m);
  expect(office.headers).toContain('Content-Type: multipart/alternative');
  expect(office.text).toContain('今年度の進捗（令和5年度）');
  expect(office.text).toContain('進捗率 97.9%');
  expect(office.html).toBe(readFileSync(join(out, '2024-03-01-office.html'), 'utf8'));
  expect(result.stdout).toContain('報告事項なし');
});

test('--previous reports what changed since the older workbook', async () => {
  const dir = tempDir();
  const older = exampleInput();
  const activities = sheet(older, '取組活動');
  const row = activities.rows.findIndex((r) => r[0] === '0701-07' && r[1] === '令和5年度');
  activities.rows[row][3] = '概ね順調';
  await writeXlsx(join(dir, 'older.xlsx'), older);
  const out = join(dir, 'digest');
  runCli(['digest', EXAMPLE, '--month', '2024-03', '--previous', join(dir, 'older.xlsx'), '--out', out, '--lang', 'en']);
  const office = decodeParts(readFileSync(join(out, '2024-03-01-office.eml'), 'utf8'));
  expect(office.text).toContain('Status changed: 0701-07');
  expect(office.text).toContain('概ね順調 (On track) → 遅れ (Delayed)');
});

test('usage errors exit 2', () => {
  expect(runCli(['digest', EXAMPLE, '--out', tempDir()]).status).toBe(2);
  expect(runCli(['digest', EXAMPLE, '--month', '2024-13', '--out', tempDir()]).status).toBe(2);
  expect(runCli(['digest', EXAMPLE, '--month', '2024-03']).status).toBe(2);
});
