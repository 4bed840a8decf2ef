/**
 * Review s25e N5: the monthly digest speaks of its month's end, so it names the fiscal year in the era in force on
 * that day (workbook.md "Era names"): 2019-04-30 is still 平成 (FY2019 = 平成31年度), 2019-05-31 is 令和 (令和元年度);
 * the same in the written line, the message and the refusal of a month outside the plan. Through the built CLI.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkbookInput } from '../../src/core/base/cells';
import { runCli } from '../support/cli';
import { tempDir, writeXlsx } from '../support/xlsx';

/** A plan of FY2018-FY2019 (平成30～令和元年度), one project with an activity in each year. */
const plan: WorkbookInput = {
  sheets: [
    {
      name: '設定',
      rows: [
        ['項目', '値'],
        ['計画名', '改元の計画'],
        ['計画開始年度', 2018],
        ['計画終了年度', 2019],
        ['取組の視点', '視点一'],
        ['送信先', 'office@example.jp'],
      ],
    },
    {
      name: '事業',
      rows: [
        ['事業コード', '事業名', '取組の視点'],
        ['A-1', '事業A', 1],
      ],
    },
    {
      name: '取組活動',
      rows: [
        ['事業コード', '年度', '取組活動', '進捗状況'],
        ['A-1', 2018, 'x', '済'],
        ['A-1', 2019, 'y', '概ね順調'],
      ],
    },
  ],
};

function officeText(out: string, month: string): string {
  const eml = readFileSync(join(out, `${month}-01-office.eml`), 'utf8');
  const part = eml.split(/--shinchoku-[A-Za-z0-9]+/).find((p) => p.includes('Content-Type: text/plain')) ?? '';
  return Buffer.from(part.split('\r\n\r\n')[1].replace(/\s+/g, ''), 'base64').toString('utf8');
}

describe('the digest names its year in the era of the month’s end', () => {
  let book = '';
  beforeAll(async () => {
    book = join(tempDir(), 'plan.xlsx');
    await writeXlsx(book, plan);
  });

  test('2019-04 (ends 2019-04-30, before 令和): 平成31年度 in the written line', () => {
    const result = runCli(['digest', book, '--month', '2019-04', '--out', tempDir()]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('月次ダイジェスト 2019-04（平成31年度）');
  });

  test('2019-04: 平成31年度 in the message, never 令和', () => {
    const out = tempDir();
    expect(runCli(['digest', book, '--month', '2019-04', '--out', out]).status).toBe(0);
    const text = officeText(out, '2019-04');
    expect(text).toContain('計画全体の状況です（平成31年度、2019年4月時点）。');
    expect(text).toContain('今年度の進捗（平成31年度）');
    expect(text).not.toContain('令和');
  });

  test('2019-05 (ends 2019-05-31, under 令和): 令和元年度', () => {
    const out = tempDir();
    const result = runCli(['digest', book, '--month', '2019-05', '--out', out]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('月次ダイジェスト 2019-05（令和元年度）');
    expect(officeText(out, '2019-05')).toContain('計画全体の状況です（令和元年度、2019年5月時点）。');
  });

  test('a month before the plan (2018-03, ends 2018-03-31) is refused naming the plan 平成30年度～平成31年度', () => {
    const result = runCli(['digest', book, '--month', '2018-03', '--out', tempDir()]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--month 2018-03 は平成29年度で、計画期間（平成30年度～平成31年度）の外です');
  });
});
