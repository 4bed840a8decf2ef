import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildExampleSheets, type Extract, type ReportTexts } from '../../scripts/example/hiratsuka';
import type { CellValue, SheetInput, WorkbookInput } from '../../src/core/base/cells';
import { ROOT } from './cli';

export function exampleExtract(): Extract {
  return JSON.parse(readFileSync(join(ROOT, 'examples', 'source', 'hiratsuka-extract.json'), 'utf8')) as Extract;
}

export function exampleReportTexts(): ReportTexts {
  return JSON.parse(readFileSync(join(ROOT, 'examples', 'source', 'hiratsuka-report-texts.json'), 'utf8')) as ReportTexts;
}

/** The example workbook as plain arrays, straight from the generator. */
export function exampleInput(): WorkbookInput {
  return { sheets: buildExampleSheets(exampleExtract(), exampleReportTexts()) };
}

/** The example with its plan running one fiscal year longer (令和6年度), for digests of months after March 2024. */
export function exampleExtendedInput(): WorkbookInput {
  const input = exampleInput();
  const settings = sheet(input, '設定');
  const row = settings.rows.find((r) => r[0] === '計画終了年度');
  if (!row) throw new Error('no 計画終了年度');
  row[1] = '令和6年度';
  return input;
}

export function sheet(input: WorkbookInput, name: string): SheetInput {
  const found = input.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** A small valid workbook to break one cell at a time. */
export function smallWorkbook(): WorkbookInput {
  const rows = (...r: CellValue[][]) => r;
  return {
    sheets: [
      {
        name: '設定',
        rows: rows(['項目', '値'], ['計画名', 'テスト計画'], ['計画開始年度', '令和2年度'], ['計画終了年度', '令和3年度']),
      },
      {
        name: '事業',
        rows: rows(
          ['事業コード', '事業名', '取組の視点', '計画期間', '取組推進課', '終了年度', '終了区分'],
          ['0701-01', '事業A', 1, 'R2～R3', '企画課', null, null],
          ['0702-01', '事業B', 2, 'R3', '財政課', '令和3年度', '終了'],
        ),
      },
      {
        name: '取組活動',
        rows: rows(
          ['事業コード', '年度', '取組活動', '進捗状況', '取組内容・成果'],
          ['0701-01', '令和2年度', '活動1', '済', null],
          ['0701-01', '令和2年度', '活動2', '概ね順調', null],
          ['0701-01', '令和3年度', '活動3', '遅れ', null],
          ['0702-01', '令和3年度', '活動4', '済', null],
        ),
      },
      {
        name: '達成事項',
        rows: rows(
          ['事業コード', '目標年度', '達成するべき事項', '達成状況', '概要'],
          ['0701-01', '令和3年度', '目標1', '達成', null],
          ['0702-01', '令和2～3年度', '目標2', '未達成', '理由'],
          ['0702-01', '令和5年度', '目標3', '－', null],
        ),
      },
      {
        name: '効果額',
        rows: rows(['事業コード', '年度', '効果額（千円）', '区分'], ['0701-01', '令和2年度', '1,000', '歳出削減'], ['0702-01', 'R3', 250, '歳入確保']),
      },
      {
        name: '施設面積',
        rows: rows(
          ['年度', '施設名', '区分', '面積（㎡）', '一般会計'],
          ['令和2年度', '施設A', '廃止', 100.5, true],
          ['令和3年度', '施設B', '増加', '200.25', '×'],
        ),
      },
    ],
  };
}
