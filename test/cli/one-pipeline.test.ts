/**
 * One pipeline: validate, summarize, digest and the add-on report the same
 * problems on the same workbook (they once drifted: the digest skipped the
 * "result typed for a year not yet begun" check and named 部署!B2 for an
 * address in column A).
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildTownSheets } from '../../scripts/example/town';
import type { CellValue, WorkbookInput } from '../../src/core/base/cells';
import type { Summary } from '../../src/core/compute/summarize';
import type { ProblemView } from '../../src/core/words/problems';
import { runCli, runJson } from '../support/cli';
import { standInWith } from '../support/standin';
import { tempDir, writeXlsx } from '../support/xlsx';

/** The town's workbook with a seed word (済, an error there), a result typed for FY2027, and 部署 with メール in column A. */
function brokenTown(): WorkbookInput {
  const sheets = buildTownSheets().map((sheet) => ({ name: sheet.name, rows: sheet.rows.map((row) => [...row]) }));
  const find = (name: string) => {
    const found = sheets.find((s) => s.name === name);
    if (!found) throw new Error(name);
    return found;
  };
  const activities = find('取組活動');
  const statusColumn = activities.rows[0].indexOf('進捗状況');
  activities.rows[1][statusColumn] = '済';
  const targets = find('達成事項');
  const yearColumn = targets.rows[0].indexOf('目標年度');
  const resultColumn = targets.rows[0].indexOf('達成状況');
  targets.rows[1][yearColumn] = '令和30年度';
  targets.rows[1][resultColumn] = '達成';
  const departments = find('部署');
  departments.rows = departments.rows.map((row) => [row[1], row[0]] as CellValue[]);
  departments.rows[1][0] = 'not-an-address';
  return { sheets };
}

const key = (p: ProblemView) => `${p.severity} ${p.sheet}!${p.cell} ${p.code}`;

describe('the same problems from every adapter', () => {
  const dir = tempDir();
  const path = join(dir, 'broken-town.xlsx');
  let validate: ProblemView[];

  beforeAll(async () => {
    await writeXlsx(path, brokenTown());
    validate = runJson<{ problems: ProblemView[] }>(['validate', path]).json.problems;
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // 令和30年度 has not begun and is after the plan's end: one message at the cell, the after-plan one.
  test('validate finds the seed word, the result after the plan and the bad address at its own cell', () => {
    expect(validate.map(key)).toEqual(
      expect.arrayContaining(['error 取組活動!D2 statusUnknown', 'warning 達成事項!D2 resultAfterPlan', 'error 部署!A2 emailInvalid']),
    );
  });

  test('summarize reports exactly the same problems', () => {
    const summary = runJson<Summary>(['summarize', path]).json;
    expect(summary.problems).toEqual(validate);
  });

  test('the digest counts the same errors and warnings and names 部署!A2', () => {
    const out = join(dir, 'digest');
    const result = runCli(['digest', path, '--month', '2026-11', '--out', out]);
    expect(result.stdout).toContain('部署!A2');
    const errors = validate.filter((p) => p.severity === 'error').length;
    const warnings = validate.filter((p) => p.severity === 'warning').length;
    const office = readFileSync(join(out, '2026-11-01-office.html'), 'utf8');
    expect(office).toContain(`エラー ${errors} 件、警告 ${warnings} 件`);
    // The town's words: attention for the labels meaning 遅れ or 未着手, the rate over A and B, 百万円.
    expect(office).toContain('C・Dの取組活動');
    expect(office).toContain('のうちA・B ');
    expect(office).toMatch(/— D（/);
    expect(office).toContain('百万円');
    expect(office).not.toContain('千円');
  });

  test('the add-on’s 入力チェック (built bundle) lists the same problems', () => {
    const standIn = standInWith(brokenTown());
    const outcome = standIn.run<{ problems: ProblemView[] }>('sidebarValidate');
    expect(outcome.problems).toEqual(validate);
  });
});
