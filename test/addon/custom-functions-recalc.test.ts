/**
 * Custom functions as Sheets runs them: recalculated only when their arguments change, and allowed
 * only the services the guide lists — not Session
 * (https://developers.google.com/apps-script/guides/sheets/functions). Through dist/Code.js in the
 * stand-in, which caches each cell's value by its arguments and refuses the other services.
 */
import { AppsScriptStandIn } from '../../dev/standin';
import { ENTRY_POINTS } from '../../src/entryPoints';

const HEADER = ['種類', '区分', '意味', '進捗率に含める', '別名'];
const PLAN_WORDS = [
  ['進捗状況', '完了', '済', '○', ''],
  ['進捗状況', '順調', '概ね順調', '○', ''],
  ['進捗状況', '遅延', '遅れ', '×', ''],
  ['進捗状況', '未着手', '未着手', '×', ''],
  ['進捗状況', '休止', '休止', '×', ''],
];

function withCategories(rows: string[][], locale = 'ja'): AppsScriptStandIn {
  const standIn = new AppsScriptStandIn({ locale });
  standIn.spreadsheet.addSheet('取組活動', [['事業コード'], ['1']]);
  standIn.spreadsheet.addSheet('区分', rows);
  standIn.load();
  return standIn;
}

/** 区分's cells as Sheets passes a range argument: the values, read at the time of the call. */
const categoriesRange = (standIn: AppsScriptStandIn) => standIn.spreadsheet.sheetUncounted('区分')?.snapshot() ?? [];

/** Someone adds 取組中 (meaning 概ね順調) to the plan's 区分 sheet. */
function addLabel(standIn: AppsScriptStandIn): void {
  const sheet = standIn.spreadsheet.sheetUncounted('区分');
  if (!sheet) throw new Error('区分 missing');
  const row = categoriesRange(standIn).length + 1;
  standIn.rt.runExecution(() => sheet.getRange(row, 1, 1, 5).setValues([['進捗状況', '取組中', '概ね順調', '○', '']]));
}

describe('recalculation: a custom function follows 区分 only through its arguments', () => {
  test('without the 区分 range, the cell keeps its old value after 区分 is edited (as in Sheets)', () => {
    const standIn = withCategories([HEADER, ...PLAN_WORDS]);
    const before = standIn.evaluate('SHINCHOKU_CHECK_STATUS', ['取組中']);
    expect(String(before)).toContain('進捗状況「取組中」は使えません');
    addLabel(standIn);
    expect(standIn.evaluate('SHINCHOKU_CHECK_STATUS', ['取組中'])).toBe(before);
  });

  test('given the 区分 range, it follows the edit: 取組中 becomes a label, and counts in the rate', () => {
    const standIn = withCategories([HEADER, ...PLAN_WORDS]);
    expect(String(standIn.evaluate('SHINCHOKU_CHECK_STATUS', ['取組中', categoriesRange(standIn)]))).toContain('は使えません');
    const statuses = [['完了'], ['取組中'], ['遅延'], ['遅延']];
    expect(standIn.evaluate('SHINCHOKU_PROGRESS_RATE', [[['完了'], ['遅延']], 1, '', categoriesRange(standIn)])).toBe(0.5);
    addLabel(standIn);
    expect(standIn.evaluate('SHINCHOKU_CHECK_STATUS', ['取組中', categoriesRange(standIn)])).toBe('取組中');
    expect(standIn.evaluate('SHINCHOKU_PROGRESS_RATE', [statuses, 1, '', categoriesRange(standIn)])).toBe(0.5);
    expect(standIn.evaluate('SHINCHOKU_STATUS_COUNTS', [statuses, categoriesRange(standIn)])).toEqual([
      ['完了', '順調', '遅延', '未着手', '休止', '取組中', '計'],
      [1, 0, 2, 0, 0, 1, 4],
    ]);
  });

  test('the range may leave out the header row (区分!A2:E20, the template’s column order)', () => {
    const standIn = withCategories([HEADER, ...PLAN_WORDS]);
    // Rows of another plan's words, without their header: 取組中 declared, 完了 not.
    const rows = [...PLAN_WORDS.slice(1), ['進捗状況', '取組中', '概ね順調', '○', '']];
    expect(standIn.evaluate('SHINCHOKU_CHECK_STATUS', ['取組中', rows])).toBe('取組中');
    expect(standIn.evaluate('SHINCHOKU_CHECK_STATUS', ['完了', rows])).toContain('「完了」は使えません');
  });

  test('the range given is the vocabulary read: a label only it declares is accepted', () => {
    const standIn = withCategories([HEADER, ...PLAN_WORDS]);
    const elsewhere = [HEADER, ['進捗状況', '着手済', '済', '○', '']];
    expect(standIn.evaluate('SHINCHOKU_CHECK_STATUS', ['着手済', elsewhere])).toBe('着手済');
    expect(String(standIn.evaluate('SHINCHOKU_CHECK_STATUS', ['着手済']))).toContain('「着手済」は使えません');
  });

  test('a range that declares no label (not 区分) is said, not read as the default words', () => {
    const standIn = withCategories([HEADER, ...PLAN_WORDS]);
    expect(
      standIn.evaluate('SHINCHOKU_CHECK_STATUS', [
        '済',
        [
          ['事業コード', '取組活動'],
          ['1', '研修'],
        ],
      ]),
    ).toEqual({
      error: '区分の範囲から進捗状況・達成状況の区分を1つも読めませんでした。区分シートの範囲（例: 区分!A:E）を渡してください。',
    });
    // An empty 区分 range is a plan without its own words: the defaults, as in the workbook.
    expect(standIn.evaluate('SHINCHOKU_CHECK_STATUS', ['済', [[''], ['']]])).toBe('済');
  });

  test('the stand-in’s rule: unchanged arguments are not evaluated again', () => {
    const standIn = withCategories([HEADER, ...PLAN_WORDS]);
    standIn.evaluate('SHINCHOKU_WAREKI', [2020]);
    const calls = standIn.rt.total;
    expect(standIn.evaluate('SHINCHOKU_WAREKI', [2020])).toBe('令和2年度');
    expect(standIn.rt.total).toBe(calls);
    expect(standIn.evaluate('SHINCHOKU_WAREKI', [2019])).toBe('令和元年度');
    expect(standIn.rt.total).toBeGreaterThan(calls);
  });
});

describe('services: only those the custom-function guide lists', () => {
  test('the stand-in refuses Session, ScriptApp, MailApp and the Sheets API in a custom function, as Sheets does', () => {
    const standIn = withCategories([HEADER]);
    const globals = standIn.globals() as Record<string, Record<string, (...args: unknown[]) => unknown>>;
    expect(() => standIn.rt.runExecution(() => globals.Session.getActiveUserLocale(), 'CUSTOM_FUNCTION')).toThrow(
      'You do not have permission to call Session service.',
    );
    expect(() => standIn.rt.runExecution(() => globals.ScriptApp.getProjectTriggers(), 'CUSTOM_FUNCTION')).toThrow('You do not have permission to call');
    // The same call is fine outside a custom function.
    expect(standIn.rt.runExecution(() => globals.Session.getActiveUserLocale(), 'FULL')).toBe('ja');
  });

  test('every custom function runs without Session: no refused service, and English from the spreadsheet’s locale', () => {
    const standIn = withCategories([HEADER, ...PLAN_WORDS], 'en_US');
    const samples: Record<string, unknown[]> = {
      SHINCHOKU_PROGRESS_RATE: [[['完了'], ['遅延']]],
      SHINCHOKU_STATUS_COUNTS: [[['完了']]],
      SHINCHOKU_ACHIEVEMENT_RATIO: [[['達成']]],
      SHINCHOKU_FISCAL_YEAR: ['R2'],
      SHINCHOKU_WAREKI: [2020],
      SHINCHOKU_CHECK_STATUS: ['取組中'],
      SHINCHOKU_JUDGE: [5, 6],
    };
    const custom = ENTRY_POINTS.filter((entry) => entry.kind === 'custom');
    expect(Object.keys(samples).sort()).toEqual(custom.map((entry) => entry.name).sort());
    for (const [name, args] of Object.entries(samples)) expect(standIn.run(name, args, 'CUSTOM_FUNCTION')).toBeDefined();
    expect([...standIn.rt.calls.keys()].filter((name) => name.startsWith('Session.'))).toEqual([]);
    expect(standIn.run('SHINCHOKU_CHECK_STATUS', ['取組中'], 'CUSTOM_FUNCTION')).toMatch(/^Progress status "取組中" is not allowed/);
  });
});
