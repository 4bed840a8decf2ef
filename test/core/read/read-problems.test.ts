/**
 * read.ts's problems in full — severity, sheet, cell, the value shown and the
 * message in both languages — for the mistakes its mutation run found
 * unchecked: a column twice or missing, a blank required cell (no merged-cell
 * advice: the reader fills merged blocks itself), a project code typed with full-width
 * characters, spaces or another dash, a code twice, perspectives as numbers,
 * （n）, n., "(n) name" or a name, 設定's unknown, blank and unusable rows,
 * 取組の視点 over several rows, a sheet missing, text at and past the limits.
 * Each test reads in its body (reports/mutation-record-2026.md).
 */
import type { CellValue, WorkbookInput } from '../../../src/core/base/cells';
import { runPipeline } from '../../../src/core/compute/pipeline';

type Rows = CellValue[][];

const SETTINGS: Rows = [
  ['項目', '値'],
  ['計画開始年度', 2026],
  ['', ''],
  ['計画終了年度', ''],
  ['謎の項目', 'x'],
  ['', 'y'],
  ['小数桁数', 'たくさん'],
  ['取組の視点', '視点一'],
  ['取組の視点', '視点二'],
  ['計画終了年度', 2027],
];

function workbook(activities: Rows): WorkbookInput {
  return {
    sheets: [
      { name: '設定', rows: SETTINGS },
      {
        name: '事業',
        rows: [
          ['事業コード', '事業名', '取組の視点', '事業名'],
          ['Ａ－１', '事業A', '(1) 視点一', ''],
          ['B - 2', '事業B', '2.', ''],
          ['A-1', '事業A2', 1, ''],
          ['C‐3', '', 3, ''],
          ['D-4', '事業D', '（2）', ''],
          ['E-5', '事業E', 'x視点二', ''],
          ['F-6', '事業F', '(12)', ''],
          [],
          ['G-7', '事業G', '視点二', ''],
        ],
      },
      { name: '取組活動', rows: [['事業コード', '年度', '取組活動', '進捗状況'], ...activities] },
    ],
  };
}

const ACTIVITIES: Rows = [
  ['A-1', 2026, '', '済'],
  ['A-1', 2026, 'a', '済'],
  ['B-2', 2026, 'x'.repeat(50_000), '済'],
  ['B-2', 2026, '', '済'],
  ['D-4', 2027, 'y'.repeat(100_001), '済'],
];

function problems(lang: 'ja' | 'en', activities: Rows = ACTIVITIES) {
  return runPipeline(workbook(activities), { asOf: '2027-04-01', lang }).problems.map((p) => [
    p.severity,
    p.sheet,
    p.cell,
    p.value.length > 20 ? `(${p.value.length})` : p.value,
    p.message,
  ]);
}

test('each problem in Japanese, where it is, with what it says', () => {
  expect(problems('ja')).toEqual([
    [
      'warning',
      '設定',
      'A5',
      '謎の項目',
      '設定項目「謎の項目」は使われません。使える項目: 計画名、計画開始年度、計画終了年度、端数処理、小数桁数、取組の視点、送信先、金額単位、達成率の分母、照会の督促日数。',
    ],
    ['error', '設定', 'B7', 'たくさん', '設定「小数桁数」の値「たくさん」が使えません。0～4の整数。'],
    ['error', '事業', 'D1', '事業名', '列「事業名」が2回あります（B1 と D1）。B1 の列を使います。'],
    ['warning', '事業', 'A2', 'Ａ－１', '事業コード「Ａ－１」に全角文字・空白・見えない文字が含まれています。「A-1」として読みました。'],
    ['warning', '事業', 'A3', 'B - 2', '事業コード「B - 2」に全角文字・空白・見えない文字が含まれています。「B-2」として読みました。'],
    ['error', '事業', 'A4', 'A-1', '事業コード「A-1」が重複しています（最初は A2）。最初の行を使います。'],
    ['warning', '事業', 'A5', 'C‐3', '事業コード「C‐3」に全角文字・空白・見えない文字が含まれています。「C-3」として読みました。'],
    ['error', '事業', 'B5', '', '「事業名」が空です。値を入力してください。'],
    ['error', '事業', 'C5', '3', '取組の視点「3」がわかりません。1～2の番号か、視点の名前（視点一、視点二）を入力してください。'],
    ['error', '事業', 'C7', 'x視点二', '取組の視点「x視点二」がわかりません。1～2の番号か、視点の名前（視点一、視点二）を入力してください。'],
    ['error', '事業', 'C8', '(12)', '取組の視点「(12)」がわかりません。1～2の番号か、視点の名前（視点一、視点二）を入力してください。'],
    // Under a filled cell too, no advice about merged cells: the reader fills merged blocks itself.
    ['error', '取組活動', 'C2', '', '「取組活動」が空です。値を入力してください。'],
    ['error', '取組活動', 'C5', '', '「取組活動」が空です。値を入力してください。'],
    ['warning', '取組活動', 'C6', '(61)', '100001文字あります。Googleスプレッドシートの1セルの上限（50,000文字）を超えています。'],
    ['info', '達成事項', 'A1', '', 'シート「達成事項」がないため、この計画はその記録を持たないものとして、その集計表を省きます。'],
    ['info', '効果額', 'A1', '', 'シート「効果額」がないため、この計画はその記録を持たないものとして、その集計表を省きます。'],
    ['info', '施設面積', 'A1', '', 'シート「施設面積」がないため、この計画はその記録を持たないものとして、その集計表を省きます。'],
  ]);
});

test('the same in English: the settings and perspectives named in English', () => {
  const en = problems('en');
  expect(en[0][4]).toBe(
    'Setting "謎の項目" is not used. Known settings: Plan name (計画名), Plan start (計画開始年度), Plan end (計画終了年度), Rounding (端数処理), Decimals (小数桁数), Perspectives (取組の視点), Digest recipients (送信先), Money unit (金額単位), Achievement denominator (達成率の分母), Round reminder days (照会の督促日数).',
  );
  expect(en.slice(1, 3).map((p) => p[4])).toEqual([
    'Setting "Decimals" has an unusable value "たくさん". An integer 0-4.',
    'Column "事業名" appears twice (B1 and D1); the one in B1 is used.',
  ]);
  expect(en.filter((p) => String(p[4]).startsWith('Perspective')).map((p) => p[4])).toEqual([
    'Perspective "3" is unknown; enter a number 1-2 or a perspective name (視点一, 視点二).',
    'Perspective "x視点二" is unknown; enter a number 1-2 or a perspective name (視点一, 視点二).',
    'Perspective "(12)" is unknown; enter a number 1-2 or a perspective name (視点一, 視点二).',
  ]);
  expect(en.find((p) => p[2] === 'B5')?.[4]).toBe('"Name" is empty; enter a value.');
  expect(en.at(-1)).toEqual([
    'info',
    '施設面積',
    'A1',
    '',
    'Sheet "Floor area" (施設面積) is absent: the plan keeps no such records, so its tables are left out.',
  ]);
});

test('what is read: codes normalised, perspectives by number, （n）, n., "(n) name" or name over several 設定 rows, text cut at 100,000', () => {
  const { data } = runPipeline(workbook(ACTIVITIES), { asOf: '2027-04-01' });
  expect(data.settings.perspectives).toEqual(['視点一', '視点二']);
  expect([data.settings.startYear, data.settings.endYear]).toEqual([2026, 2027]);
  expect(data.projects.map((p) => `${p.code}:${p.perspective}`)).toEqual(['A-1:1', 'B-2:2', 'D-4:2', 'G-7:2']);
  // 50,000 characters is a cell's limit, not past it: no warning; 100,001 are kept to 100,000.
  expect(data.activities.map((a) => a.activity.length)).toEqual([1, 50_000, 100_000]);
});

test('a workbook without 事業 or 取組活動: each required sheet named, with its English name', () => {
  const found = runPipeline({ sheets: [{ name: '設定', rows: SETTINGS }] }, { lang: 'en' }).problems.filter((p) => p.code === 'sheetMissing');
  expect(found.map((p) => [p.severity, p.sheet, p.cell, p.value, p.message])).toEqual([
    ['error', '事業', 'A1', '', 'Required sheet "Projects" (事業) is missing. Create it from the template.'],
    // #25: 取組活動 may be left out where 達成事項 has rows; with neither, the message names both.
    [
      'error',
      '取組活動',
      'A1',
      '',
      'Required sheet "Activities" (取組活動) is missing, and so is sheet "Targets" (達成事項) with rows: one of the two is required. Create it from the template.',
    ],
  ]);
  const none = runPipeline({ sheets: [] }).problems.filter((p) => p.code === 'settingsMissing');
  expect(none.map((p) => [p.severity, p.sheet, p.cell, p.value])).toEqual([['info', '設定', 'A1', '']]);
});
