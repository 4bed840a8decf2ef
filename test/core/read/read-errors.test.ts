/**
 * read.ts's less-trodden paths, each with the problem it must give, at its
 * cell: a formula error in an optional column, a date where text belongs,
 * text past a cell's 50,000 characters, a sheet found twice, a 設定 sheet
 * without its header row, perspectives typed as （2） or 1.5, an unreadable
 * period, a percent against a fraction, and the 報告書 sheet's mistakes.
 * Each test reads in its body (reports/mutation-record-2026.md).
 */
import type { CellValue, WorkbookInput } from '../../../src/core/base/cells';
import { runPipeline } from '../../../src/core/compute/pipeline';

type Rows = CellValue[][];

const SETTINGS: Rows = [
  ['項目', '値'],
  ['計画開始年度', 2026],
  ['計画終了年度', 2027],
  ['取組の視点', '視点一\n視点二'],
];

function workbook(settings: Rows, extra: { name: string; rows: Rows }[] = []): WorkbookInput {
  return {
    sheets: [
      { name: '設定', rows: settings },
      {
        name: '事業',
        rows: [
          ['事業コード', '事業名', '取組の視点', '計画期間'],
          ['A-1', '事業A', 1, ''],
          ['B-2', '事業B', '（2）', 'いつか'],
          ['C-3', '事業C', '(9)', ''],
          ['D-4', '事業D', 1.5, ''],
          ['E-5', '事業E', '視点二', 'R8～R9'],
        ],
      },
      {
        name: '取組活動',
        rows: [
          ['事業コード', '年度', '取組活動', '進捗状況', '取組内容・成果'],
          ['A-1', 2026, new Date(Date.UTC(2026, 3, 1)), '済', ''],
          ['A-1', 2026, 'b', '済', '#N/A'],
          ['A-1', 2026, 'x'.repeat(50_001), '済', ''],
          ['E-5', 2027, 'e', '済', ''],
        ],
      },
      ...extra,
    ],
  };
}

/** Errors and warnings as [severity, sheet, cell, value, code]. */
function issues(input: WorkbookInput, lang: 'ja' | 'en' = 'ja') {
  return runPipeline(input, { asOf: '2027-04-01', lang }).problems.filter((p) => p.severity !== 'info');
}
const brief = (list: ReturnType<typeof issues>) => list.map((p) => [p.severity, p.sheet, p.cell, p.value, p.code]);

test('each bad cell of 事業 and 取組活動 at its place; the rows read anyway are kept', () => {
  const found = issues(workbook(SETTINGS));
  expect(brief(found)).toEqual([
    ['error', '事業', 'D3', 'いつか', 'yearRangeInvalid'],
    ['error', '事業', 'C4', '(9)', 'perspectiveUnknown'],
    ['error', '事業', 'C5', '1.5', 'perspectiveUnknown'],
    ['error', '取組活動', 'C2', '2026-04-01', 'valueIsDate'],
    ['error', '取組活動', 'E3', '#N/A', 'formulaError'],
    ['warning', '取組活動', 'C4', `${'x'.repeat(60)}…`, 'textTooLong'],
  ]);
  expect(found.map((p) => p.message)).toEqual([
    '「いつか」は年度または年度の範囲として読めません。例: 令和5年度、令和2～5年度、H28～R5、2020-2023。',
    '取組の視点「(9)」がわかりません。1～2の番号か、視点の名前（視点一、視点二）を入力してください。',
    '取組の視点「1.5」がわかりません。1～2の番号か、視点の名前（視点一、視点二）を入力してください。',
    '日付（2026-04-01）が入っています。「取組活動」には文字を入力してください。',
    '数式のエラー値 #N/A です。元の数式を直してください。',
    '50001文字あります。Googleスプレッドシートの1セルの上限（50,000文字）を超えています。',
  ]);
  const { data } = runPipeline(workbook(SETTINGS), { asOf: '2027-04-01' });
  // （2） and 視点二 are perspective 2; the period R8～R9 is read; the long text is kept whole.
  expect(data.projects.map((p) => [p.code, p.perspective, p.period ?? 'none'])).toEqual([
    ['A-1', 1, 'none'],
    ['B-2', 2, 'none'],
    ['E-5', 2, { first: 2026, last: 2027 }],
  ]);
  // The dated activity is left out; b (whose notes hold #N/A) is kept without notes.
  expect(data.activities.map((a) => [a.activity.length, a.notes])).toEqual([
    [1, ''],
    [50_001, ''],
    [1, ''],
  ]);
});

test('a 設定 sheet without its 項目 / 値 header is read from its first row; a formula error in a value is refused there', () => {
  const headerless: Rows = [
    ['計画開始年度', 2026],
    ['計画終了年度', '#REF!'],
    ['取組の視点', '視点一\n視点二'],
  ];
  const result = runPipeline(workbook(headerless), { asOf: '2027-04-01' });
  expect(result.problems.filter((p) => p.sheet === '設定').map((p) => [p.severity, p.cell, p.value, p.code])).toEqual([
    // The start was read (so only the end is derived), the end's error is at B2.
    ['info', 'A1', '2026-2027', 'planYearsDerived'],
    ['error', 'B2', '#REF!', 'formulaError'],
  ]);
  expect(result.problems[0].message).toMatch(/^設定に計画終了年度がないため/);
  expect([result.summary.plan.startYear, result.summary.plan.endYear]).toEqual([2026, 2027]);
});

test('a sheet found twice (事業 and Projects): the first is used, the second named', () => {
  const found = issues(
    workbook(SETTINGS, [
      {
        name: 'Projects',
        rows: [
          ['Code', 'Name', 'Perspective'],
          ['Z-9', 'z', 1],
        ],
      },
    ]),
  );
  expect(brief(found.filter((p) => p.code === 'sheetDuplicate'))).toEqual([['warning', 'Projects', 'A1', '', 'sheetDuplicate']]);
  expect(found.find((p) => p.code === 'sheetDuplicate')?.message).toBe('シート「事業」と「Projects」は同じシートとして読めます。先の「事業」を使います。');
});

test('指標: a percent against a fraction is read as a percent and said so; a goal that is no number is refused', () => {
  const indicators = {
    name: '指標',
    rows: [
      ['事業コード', '達成するべき事項', '指標名', '年度', '目標値', '実績値', '判定'],
      ['A-1', 't', 'i', 2026, '95%', 0.96, '以上'],
      ['A-1', 't', 'j', 2026, 0.5, '60%', '以上'],
      ['A-1', 't', 'k', 2026, 'たくさん', 1, ''],
    ],
  };
  const targets = {
    name: '達成事項',
    rows: [
      ['事業コード', '目標年度', '達成するべき事項'],
      ['A-1', '令和8年度', 't'],
    ],
  };
  const found = issues(workbook(SETTINGS, [indicators, targets])).filter((p) => p.sheet === '指標');
  expect(brief(found)).toEqual([
    ['warning', '指標', 'F2', '0.96', 'percentMixed'],
    ['warning', '指標', 'E3', '0.5', 'percentMixed'],
    ['error', '指標', 'E4', 'たくさん', 'numberInvalid'],
  ]);
  expect(found[0].message).toBe(
    '「0.96」は小数の割合（1.5以下、例: 0.93）ですが、同じ行のもう一方は百分率です。96（%）として判定しました。どちらかにそろえてください。',
  );
  // Both judged as percents: 96 ≥ 95 and 60 ≥ 50 → the target is achieved, 2 of 2.
  const { summary } = runPipeline(workbook(SETTINGS, [indicators, targets]), { asOf: '2027-04-01' });
  expect(summary.achievement.computed.map((c) => [c.computed, c.judged, c.met])).toEqual([['achieved', 2, 2]]);
});

test('報告書: an unknown heading, a perspective missing or unknown; the good row is kept', () => {
  const report = {
    name: '報告書',
    rows: [
      ['見出し', '視点', '本文'],
      ['あとがき', '', 'x'],
      ['概要', '', 'y'],
      ['概要', '7', 'z'],
      ['概要', '視点二', 'ok'],
      ['', '', ''],
      ['はじめに', '', ''],
    ],
  };
  const found = issues(workbook(SETTINGS, [report])).filter((p) => p.sheet === '報告書');
  expect(brief(found)).toEqual([
    ['error', '報告書', 'A2', 'あとがき', 'reportSectionUnknown'],
    ['error', '報告書', 'B3', '', 'reportPerspectiveMissing'],
    ['error', '報告書', 'B4', '7', 'perspectiveUnknown'],
  ]);
  expect(found.map((p) => p.message)).toEqual([
    '見出し「あとがき」は使えません。使える値: はじめに / 計画の概要 / 概要 / 課題と今後の方向性 / 総括。',
    '見出し「概要」の行には、どの取組の視点の文章かを「視点」の列に番号か名前で入力してください。',
    '取組の視点「7」がわかりません。1～2の番号か、視点の名前（視点一、視点二）を入力してください。',
  ]);
  const { data } = runPipeline(workbook(SETTINGS, [report]), { asOf: '2027-04-01' });
  expect(data.reportTexts).toEqual([{ section: 'perspectiveOverview', perspective: 2, text: 'ok', row: 4 }]);
});
