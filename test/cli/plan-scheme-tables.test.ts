/**
 * A plan in its own scheme (#25) through the built CLI: the terminal's tables and the 集計 sheet of
 * `summarize --out` (read back with exceljs) give each shared meaning's total (達成 計), 未確定 labels
 * with share －, the denominator the plan chose (全事項: a 未評価 column), achievement by perspective
 * (and by perspective and due year), and leave out the tables of records the plan does not keep (no
 * 効果額, no 施設面積) with one line naming them. Figures worked out by hand in test/support/kita.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../support/cli';
import { kitaWorkbook } from '../support/kita';
import { tempDir, writeXlsx } from '../support/xlsx';

const AS_OF = '2026-03-31';
const NOT_KEPT = 'この計画は「効果額」・「施設面積」を記録していないため、その表は載せていません';

/** The terminal's tables: title → rows (header first), cells split where the columns are aligned (two spaces or more). */
function terminalTables(stdout: string): Map<string, string[][]> {
  const tables = new Map<string, string[][]>();
  for (const block of stdout.split('\n\n')) {
    const [title, ...lines] = block.split('\n');
    if (!title.startsWith('【')) continue;
    tables.set(
      title,
      lines.filter((line) => !/^─/.test(line)).map((line) => line.trim().split(/\s{2,}/)),
    );
  }
  return tables;
}

async function workbookFile(denominator: '評価済み' | '全事項'): Promise<string> {
  const path = join(tempDir(), `kita-${denominator}.xlsx`);
  await writeXlsx(path, kitaWorkbook(denominator));
  return path;
}

describe('評価済み (the default denominator)', () => {
  let stdout: string;
  let tables: Map<string, string[][]>;
  beforeAll(async () => {
    const result = runCli(['summarize', await workbookFile('評価済み'), '--as-of', AS_OF]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    stdout = result.stdout;
    tables = terminalTables(stdout);
  });

  test('one line names what the plan does not keep, under the title; their tables are left out, never zeros', () => {
    expect(stdout.split('\n').slice(0, 2)).toEqual(['北市行政改革プラン — 集計', NOT_KEPT]);
    expect([...tables.keys()]).toEqual([
      '【進捗状況】',
      '【進捗率】',
      '【達成状況】',
      '【目標年度別の達成状況】',
      '【取組の視点別の達成状況】',
      '【取組の視点・目標年度別の達成状況】',
      '【未達成の事項】',
      '【取組結果】 (1) 改革一',
      '【取組結果】 (2) 改革二',
      '【取組事業一覧】',
    ]);
    expect(stdout).not.toContain('千円');
    expect(stdout).not.toContain('増減なし');
    // 取組結果: no 効果額 row; the project list: no 効果額 column.
    expect(tables.get('【取組結果】 (1) 改革一')?.map((row) => row[0])).toEqual(['区分', '取組事業数', '(追加事業数)', '(終了事業数)']);
    expect(tables.get('【取組事業一覧】')?.[0]).toEqual(['事業コード', '事業名', '取組の視点', '計画期間', '取組推進課']);
  });

  test('【進捗状況】: each label, then 概ね順調 計 (順調 + ほぼ順調)', () => {
    expect(tables.get('【進捗状況】')).toEqual([
      [
        '取組年度',
        '事業数',
        '取組活動数',
        '完了',
        '完了（割合）',
        '順調',
        '順調（割合）',
        'ほぼ順調',
        'ほぼ順調（割合）',
        '遅れ',
        '遅れ（割合）',
        '概ね順調 計',
        '概ね順調 計（割合）',
      ],
      ['令和6年度', '3', '4', '1', '25.0%', '1', '25.0%', '1', '25.0%', '1', '25.0%', '2', '50.0%'],
      ['令和7年度', '2', '2', '1', '50.0%', '0', '0.0%', '1', '50.0%', '0', '0.0%', '1', '50.0%'],
    ]);
    expect(tables.get('【進捗率】')?.slice(1)).toEqual([
      ['令和6年度', '75.0%', '4', '3'],
      ['令和7年度', '100.0%', '2', '2'],
    ]);
  });

  test('【達成状況】: 達成 計 4 = 80.0% of the 5 evaluated; 最終年度まで (未確定) counted with share －, outside the denominator', () => {
    const header = [
      '上回って達成 件数',
      '上回って達成（割合）',
      'おおむね達成 件数',
      'おおむね達成（割合）',
      '未達成 件数',
      '未達成（割合）',
      '最終年度まで 件数',
      '最終年度まで（割合）',
      '達成 計',
      '達成 計（割合）',
    ];
    expect(tables.get('【達成状況】')).toEqual([
      ['割合の分母（評価済み）', ...header],
      ['5', '2', '40.0%', '2', '40.0%', '1', '20.0%', '1', '－', '4', '80.0%'],
      ['※達成状況が未入力の事項（1件）は含まない'],
      ['※未確定の事項（1件）は割合の分母に含まない'],
    ]);
    expect(tables.get('【目標年度別の達成状況】')?.slice(1)).toEqual([
      ['令和6年度', '3', '1', '33.3%', '1', '33.3%', '1', '33.3%', '0', '－', '2', '66.6%'],
      ['令和7年度', '2', '1', '50.0%', '1', '50.0%', '0', '0.0%', '1', '－', '2', '100.0%'],
    ]);
    expect(tables.get('【取組の視点別の達成状況】')).toEqual([
      ['取組の視点', '評価数', ...header],
      ['(1) 改革一', '3', '1', '33.3%', '1', '33.3%', '1', '33.3%', '1', '－', '2', '66.6%'],
      ['(2) 改革二', '2', '1', '50.0%', '1', '50.0%', '0', '0.0%', '0', '－', '2', '100.0%'],
    ]);
    // Perspective 1 in 2025 has only its 未確定 target: nothing evaluated, every share －.
    expect(tables.get('【取組の視点・目標年度別の達成状況】')?.slice(1)).toEqual([
      ['(1) 改革一', '令和6年度', '3', '1', '33.3%', '1', '33.3%', '1', '33.3%', '0', '－', '2', '66.6%'],
      ['(1) 改革一', '令和7年度', '0', '0', '－', '0', '－', '0', '－', '1', '－', '0', '－'],
      ['(2) 改革二', '令和7年度', '2', '1', '50.0%', '1', '50.0%', '0', '0.0%', '0', '－', '2', '100.0%'],
    ]);
    // The 未達成 list never names a 未確定 or blank target.
    expect(tables.get('【未達成の事項】')?.slice(1)).toEqual([['未達成', 'P2', '電子申請', '令和6年度', 't3', '遅延のため']]);
  });
});

describe('全事項: every target of the period, a blank result as 未評価', () => {
  let tables: Map<string, string[][]>;
  let path: string;
  beforeAll(async () => {
    path = await workbookFile('全事項');
    const result = runCli(['summarize', path, '--as-of', AS_OF]);
    expect(result.status).toBe(0);
    tables = terminalTables(result.stdout);
  });

  test('the terminal: 6 targets, 達成 計 4 = 66.6%, 未評価 1 = 16.6%', () => {
    const achievement = tables.get('【達成状況】');
    expect(achievement?.[0][0]).toBe('割合の分母（全事項）');
    expect(achievement?.[0].slice(-2)).toEqual(['未評価 件数', '未評価（割合）']);
    expect(achievement?.slice(1)).toEqual([
      ['6', '2', '33.3%', '2', '33.3%', '1', '16.6%', '1', '－', '4', '66.6%', '1', '16.6%'],
      ['※割合は、達成状況が未入力（未評価）の事項を含む全事項（6件）に対するもの'],
      ['※未確定の事項（1件）は割合の分母に含まない'],
    ]);
    expect(tables.get('【目標年度別の達成状況】')?.slice(1)).toEqual([
      ['令和6年度', '3', '1', '33.3%', '1', '33.3%', '1', '33.3%', '0', '－', '2', '66.6%', '0', '0.0%'],
      ['令和7年度', '3', '1', '33.3%', '1', '33.3%', '0', '0.0%', '1', '－', '2', '66.6%', '1', '33.3%'],
    ]);
    expect(tables.get('【取組の視点別の達成状況】')?.slice(1)).toEqual([
      ['(1) 改革一', '3', '1', '33.3%', '1', '33.3%', '1', '33.3%', '1', '－', '2', '66.6%', '0', '0.0%'],
      ['(2) 改革二', '3', '1', '33.3%', '1', '33.3%', '0', '0.0%', '0', '－', '2', '66.6%', '1', '33.3%'],
    ]);
  });

  test('the 集計 sheet of summarize --out: the same figures, numbers as numbers (shares as rounded ratios), － as text', async () => {
    const out = join(tempDir(), 'out.xlsx');
    expect(runCli(['summarize', path, '--as-of', AS_OF, '--out', out]).status).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('集計');
    if (!sheet) throw new Error('no 集計 sheet');
    const values: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      values.push((row.values as unknown[]).slice(1).map((v) => v ?? null));
    });
    const texts = values.map((row) => row.filter((v) => v !== null));
    expect(texts[3]).toEqual([NOT_KEPT]);
    const rowsBelow = (title: string, n: number) => {
      const at = texts.findIndex((row) => row[0] === title);
      expect(at).toBeGreaterThan(0);
      return texts.slice(at + 1, at + 1 + n);
    };
    expect(texts.some((row) => row[0] === '【財政健全化効果額一覧】' || row[0] === '【公共施設の総延床面積推移】')).toBe(false);
    expect(rowsBelow('【達成状況】', 2)[1]).toEqual([6, 2, 0.333, 2, 0.333, 1, 0.166, 1, '－', 4, 0.666, 1, 0.166]);
    expect(rowsBelow('【取組の視点別の達成状況】', 3).slice(1)).toEqual([
      ['(1) 改革一', 3, 1, 0.333, 1, 0.333, 1, 0.333, 1, '－', 2, 0.666, 0, 0],
      ['(2) 改革二', 3, 1, 0.333, 1, 0.333, 0, 0, 0, '－', 2, 0.666, 1, 0.333],
    ]);
    expect(rowsBelow('【進捗状況】', 2)[1]).toEqual(['令和6年度', 3, 4, 1, 0.25, 1, 0.25, 1, 0.25, 1, 0.25, 2, 0.5]);
  });
});

test('the digest: no 効果額 section, the line naming what is not kept, 概ね順調 計 after the labels', async () => {
  {
    const dir = tempDir();
    const path = join(dir, 'kita.xlsx');
    await writeXlsx(path, kitaWorkbook());
    const result = runCli(['digest', path, '--month', '2024-06', '--out', join(dir, 'mail'), '--as-of', '2024-06-30']);
    expect(result.status).toBe(0);
    const html = readFileSync(join(dir, 'mail', '2024-06-01-office.html'), 'utf8');
    // The digest never had a floor-area section: it names only the records whose sections it leaves out.
    expect(html).toContain('<p>この計画は「効果額」を記録していないため、その表は載せていません</p>');
    expect(html).toContain('<li>完了 1、順調 1、ほぼ順調 1、遅れ 1、概ね順調 計 2</li>');
    expect(html).not.toContain('財政健全化効果額');
    expect(html).toContain('今年度が目標年度で達成状況が未入力の事項');
  }
});

describe('what the plan keeps, table by table', () => {
  async function summarizeWithout(sheets: string[], extra: { name: string; rows: (string | number | null)[][] }[] = []) {
    const input = kitaWorkbook();
    input.sheets = [...input.sheets.filter((s) => !sheets.includes(s.name)), ...extra];
    const path = join(tempDir(), 'plan.xlsx');
    await writeXlsx(path, input);
    const result = runCli(['summarize', path, '--as-of', AS_OF]);
    return { ...result, tables: terminalTables(result.stdout) };
  }

  test('no 達成事項: no 達成状況 table with default labels, the line names it', async () => {
    const { status, stdout, tables } = await summarizeWithout(['達成事項']);
    expect(status).toBe(0);
    expect(stdout.split('\n')[1]).toBe('この計画は「達成事項」・「効果額」・「施設面積」を記録していないため、その表は載せていません');
    expect([...tables.keys()].filter((title) => title.includes('達成'))).toEqual([]);
    expect(stdout).not.toContain('一部未達成');
  });

  test('no 取組活動 (results only): no 進捗 tables and no 取組結果, the achievement tables stand', async () => {
    const { status, stdout, tables } = await summarizeWithout(['取組活動']);
    expect(status).toBe(0);
    expect(stdout.split('\n')[1]).toBe('この計画は「取組活動」・「効果額」・「施設面積」を記録していないため、その表は載せていません');
    expect([...tables.keys()]).toEqual([
      '【達成状況】',
      '【目標年度別の達成状況】',
      '【取組の視点別の達成状況】',
      '【取組の視点・目標年度別の達成状況】',
      '【未達成の事項】',
      '【取組事業一覧】',
    ]);
    expect(tables.get('【達成状況】')?.[1]).toEqual(['5', '2', '40.0%', '2', '40.0%', '1', '20.0%', '1', '－', '4', '80.0%']);
  });

  test('goals with yearly targets: each year 年度目標, 実績 and 達成率; a blank 目標値 is their sum; no actual: －, never 0.0%', async () => {
    const goals = {
      name: '目標',
      rows: [
        ['項目', '目標値', '単位', '年度', '実績', '年度目標'],
        ['改革の効果額', null, '百万円', '令和6年度', 2085, 950],
        ['改革の効果額', null, '百万円', '令和7年度', null, 1030],
        ['窓口の削減', 10, '件', '令和6年度', null, null],
      ],
    };
    const { status, tables } = await summarizeWithout([], [goals]);
    expect(status).toBe(0);
    // 950 + 1,030 = 1,980; 2,085 / 1,980 = 105.30% → 105.3%; 2,085 / 950 = 219.47% → 219.4% (truncated, the default).
    expect(tables.get('【目標の進捗】')?.slice(1)).toEqual([
      ['改革の効果額', '百万円', '1,980', '2,085', '－', '2,085', '105.3%'],
      ['窓口の削減', '件', '10', '－', '－', '－', '－'],
    ]);
    expect(tables.get('【目標の年度別達成率】')).toEqual([
      ['項目', '単位', '年度', '年度目標', '実績', '達成率'],
      ['改革の効果額', '百万円', '令和6年度', '950', '2,085', '219.4%'],
      ['改革の効果額', '百万円', '令和7年度', '1,030', '－', '－'],
    ]);
  });
});
