/**
 * Numbers that cannot be shown are problems (issue #22, part 5). One rule in core: a number beyond what can be
 * summed and shown exactly (|x| > 999,999,999,999,999, 15 digits: numbers.ts SUMMABLE_LIMIT) is an error at its cell and
 * left out of every sum; a figure that would take a sum beyond it likewise; and, as a last guard, any non-finite
 * figure left in the summary is an error and shows 「計算不能」, never Infinity, NaN, null or a blank.
 * Every figure below is worked out by hand in the comments.
 */
import type { CellValue, WorkbookInput } from '../../../src/core/base/cells';
import { formatAmount, formatArea, groupThousands, limitAt, parseNumber, SUMMABLE_LIMIT, withinLimit } from '../../../src/core/base/numbers';
import { formatRatio } from '../../../src/core/base/ratio';
import { judgeIndicators } from '../../../src/core/compute/customFunctions';
import { runPipeline, summarize } from '../../../src/core/compute/pipeline';
import { guardFigures, type Summary } from '../../../src/core/compute/summarize';
import { summaryGrid } from '../../../src/core/present/grid';
import { buildReport } from '../../../src/core/present/report';
import { reportHtml } from '../../../src/core/present/report/html';
import { cellText, reportTables } from '../../../src/core/present/tables';
import { message } from '../../../src/core/words/messages';
import { exampleInput } from '../../support/example';

type Rows = CellValue[][];

/** What a number cell typed 9007199254740993 holds: the double 9007199254740992 (a literal would say so only to the linter). */
const TYPED = Number('9007199254740993');

const SETTINGS: Rows = [
  ['項目', '値'],
  ['計画開始年度', 2026],
  ['計画終了年度', 2027],
];
const PROJECTS: Rows = [
  ['事業コード', '事業名', '取組の視点'],
  ['A-1', '事業A', 1],
  ['B-2', '事業B', 2],
];
const ACTIVITIES: Rows = [
  ['事業コード', '年度', '取組活動', '進捗状況'],
  ['A-1', 2026, 'a', '済'],
  ['B-2', 2027, 'b', '済'],
];

function workbook(extra: { name: string; rows: Rows }[]): WorkbookInput {
  return {
    sheets: [
      { name: '設定', rows: [...SETTINGS, ['取組の視点', '視点一\n視点二']] },
      { name: '事業', rows: PROJECTS },
      { name: '取組活動', rows: ACTIVITIES },
      ...extra,
    ],
  };
}

const effects = (...rows: Rows) => ({ name: '効果額', rows: [['事業コード', '年度', '効果額（千円）'], ...rows] });
const areas = (...rows: Rows) => ({ name: '施設面積', rows: [['年度', '施設名', '区分', '面積（㎡）'], ...rows] });
const goals = (...rows: Rows) => ({ name: '目標', rows: [['項目', '目標値', '単位', '年度', '実績'], ...rows] });

const errorsOf = (summary: Summary, code: string) =>
  summary.problems.filter((p) => p.code === code && p.severity === 'error').map((p) => `${p.sheet}!${p.cell}`);

/** Every number anywhere in the summary, with its path: none may be Infinity or NaN. */
function nonFinite(node: unknown, path = ''): string[] {
  if (typeof node === 'number') return Number.isFinite(node) ? [] : [path];
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => nonFinite(value, `${path}.${key}`));
}

describe('the rule: a number beyond 15 digits cannot be summed and shown exactly', () => {
  test("the limit is 10^15 − 1 = 999,999,999,999,999, said in the figure's own unit at its places", () => {
    expect(SUMMABLE_LIMIT).toBe(10 ** 15 - 1);
    expect(withinLimit(999_999_999_999_999)).toBe(true);
    expect(withinLimit(-999_999_999_999_999)).toBe(true);
    expect(withinLimit(1e15)).toBe(false);
    // At 2 places, 9,999,999,999,999.99 is 999,999,999,999,999 hundredths: the last that fits.
    expect(withinLimit(9_999_999_999_999.99, 2)).toBe(true);
    expect(withinLimit(10_000_000_000_000, 2)).toBe(false);
    expect(withinLimit(Number.POSITIVE_INFINITY)).toBe(false);
    expect(withinLimit(Number.NaN)).toBe(false);
    expect([0, 1, 2, 6].map(limitAt)).toEqual(['999,999,999,999,999', '99,999,999,999,999.9', '9,999,999,999,999.99', '999,999,999.999999']);
  });

  test.each([
    [1e308],
    [-1e308],
    [1.7976931348623157e308],
    // A cell typed 9007199254740993 holds the double 9007199254740992.
    [TYPED],
    [1e15],
    ['9007199254740993'],
    ['1,000,000,000,000,000'],
    ['△1000000000000000'],
    // 400 digits read as Infinity by Number(): too large, not "not a number".
    ['9'.repeat(400)],
  ])('%p is too large', (value) => {
    expect(parseNumber(value)).toEqual({ ok: false, reason: 'tooLarge' });
  });

  test.each([['1e308'], ['Infinity'], ['-Infinity'], ['NaN'], ['１e３０８'], [Number.POSITIVE_INFINITY], [Number.NaN]])('%p is not a number', (value) => {
    expect(parseNumber(value)).toEqual({ ok: false, reason: 'notNumber' });
  });

  test('the largest 15-digit number is read as it is', () => {
    expect(parseNumber(999_999_999_999_999)).toMatchObject({ ok: true, value: 999_999_999_999_999 });
    expect(parseNumber('999,999,999,999,999')).toMatchObject({ ok: true, value: 999_999_999_999_999 });
    expect(parseNumber('△999,999,999,999,999')).toMatchObject({ ok: true, value: -999_999_999_999_999 });
  });
});

describe('効果額', () => {
  test('two 1e308: each an error at its cell, left out; the other amounts summed; no figure Infinity', () => {
    const summary = summarize(workbook([effects(['A-1', 2026, 1e308], ['A-1', 2026, 5], ['B-2', 2027, 1e308], ['B-2', 2027, 7])]));
    expect(errorsOf(summary, 'numberTooLarge')).toEqual(['効果額!C2', '効果額!C4']);
    // Left out: 2026 = 5, 2027 = 7, total 12.
    expect(summary.effects.byYear).toEqual([
      { year: 2026, amount: 5 },
      { year: 2027, amount: 7 },
    ]);
    expect(summary.effects.total).toBe(12);
    expect(summary.effects.byProject.map((p) => [p.code, p.total])).toEqual([
      ['A-1', 5],
      ['B-2', 7],
    ]);
    expect(summary.effects.byPerspective.map((p) => p.total)).toEqual([5, 7]);
    expect(nonFinite(summary)).toEqual([]);
    const problem = summary.problems.find((p) => p.cell === 'C2');
    expect(problem?.value).toBe('1e+308');
    expect(problem?.message).toBe(
      '効果額（千円）の値「1e+308」は大きすぎて正確に集計できません（扱える大きさは絶対値999,999,999,999,999まで）。この値は集計から除きました。単位と桁を確かめてください。',
    );
  });

  test('in English, the message names the column and says the value was left out', () => {
    const summary = summarize(workbook([effects(['A-1', 2026, 1e308])]), { lang: 'en' });
    expect(summary.problems.find((p) => p.code === 'numberTooLarge')?.message).toBe(
      'Amount (thousand yen) "1e+308" is too large to be summed exactly (the limit is 999,999,999,999,999 either way); it was left out of every sum. Check its unit and digits.',
    );
  });

  test('-1e308 is too large before it is negative; 1.7976931348623157e308 and 9007199254740993 too', () => {
    const summary = summarize(workbook([effects(['A-1', 2026, -1e308], ['A-1', 2026, 1.7976931348623157e308], ['B-2', 2027, TYPED], ['B-2', 2027, 1])]));
    expect(errorsOf(summary, 'numberTooLarge')).toEqual(['効果額!C2', '効果額!C3', '効果額!C4']);
    expect(errorsOf(summary, 'numberNegative')).toEqual([]);
    expect(summary.effects.total).toBe(1);
  });

  test('texts that are no number ("1e308", "Infinity", "NaN", "１e３０８") are errors at their cells, as before', () => {
    const summary = summarize(workbook([effects(['A-1', 2026, '1e308'], ['A-1', 2026, 'Infinity'], ['A-1', 2026, 'NaN'], ['A-1', 2026, '１e３０８'])]));
    expect(errorsOf(summary, 'numberInvalid')).toEqual(['効果額!C2', '効果額!C3', '効果額!C4', '効果額!C5']);
    expect(summary.effects.total).toBe(0);
    expect(nonFinite(summary)).toEqual([]);
  });

  test('amounts each within the limit whose sum is not: the one that crosses it is an error and left out', () => {
    // 500,000,000,000,000 + 400,000,000,000,000 = 900,000,000,000,000 ≤ 999,999,999,999,999;
    // + 150,000,000,000,000 = 1,050,000,000,000,000 > the limit: C4 is left out; + 99,999,999,999,999 = the limit exactly: kept.
    const summary = summarize(workbook([effects(['A-1', 2026, 5e14], ['B-2', 2027, 4e14], ['A-1', 2027, 1.5e14], ['B-2', 2026, 99_999_999_999_999])]));
    expect(errorsOf(summary, 'sumTooLarge')).toEqual(['効果額!C4']);
    expect(summary.effects.byYear).toEqual([
      { year: 2026, amount: 599_999_999_999_999 },
      { year: 2027, amount: 4e14 },
    ]);
    expect(summary.effects.total).toBe(999_999_999_999_999);
    expect(summary.problems.find((p) => p.code === 'sumTooLarge')?.message).toBe(
      '「150000000000000」を加えると効果額の合計が正確に集計できる大きさ（絶対値999,999,999,999,999まで）を超えるため、この値は集計から除きました。桁を確かめてください。',
    );
  });

  test('the places count: 99,999,999,999,999 and 1 sum to 100,000,000,000,000.0, which needs 1,000,000,000,000,000 tenths', () => {
    const summary = summarize(workbook([effects(['A-1', 2026, 99_999_999_999_999], ['B-2', 2026, 1], ['B-2', 2027, 0.9])]));
    // Decimals 1 (from 0.9): 99,999,999,999,999 = 999,999,999,999,990 tenths (fits); + 1 → 1,000,000,000,000,000 tenths
    // (does not): C3 out; + 0.9 → 999,999,999,999,999 tenths: fits exactly.
    expect(errorsOf(summary, 'sumTooLarge')).toEqual(['効果額!C3']);
    expect(summary.effects.total).toBe(99_999_999_999_999.9);
    expect(summary.effects.byYear.map((y) => y.amount)).toEqual([99_999_999_999_999, 0.9]);
    // The limit said in the amounts' own unit at their places: 999,999,999,999,999 tenths.
    expect(summary.problems.find((p) => p.code === 'sumTooLarge')?.message).toBe(
      '「1」を加えると効果額の合計が正確に集計できる大きさ（小数1桁で絶対値99,999,999,999,999.9まで）を超えるため、この値は集計から除きました。桁を確かめてください。',
    );
  });
});

describe('施設面積 (summed in hundredths)', () => {
  test('an area of 1e308 is an error at its cell, left out', () => {
    const summary = summarize(workbook([areas([2026, '旧庁舎', '廃止', 1e308], [2026, '倉庫', '廃止', 100.25], [2027, '新館', '増加', '1e308'])]));
    expect(errorsOf(summary, 'numberTooLarge')).toEqual(['施設面積!D2']);
    expect(errorsOf(summary, 'numberInvalid')).toEqual(['施設面積!D4']);
    expect(summary.floorArea.abolished).toBe(100.25);
    expect(summary.floorArea.added).toBe(0);
    expect(summary.floorArea.net).toBe(-100.25);
    expect(nonFinite(summary)).toEqual([]);
  });

  test('areas of 6 trillion ㎡ each: the second takes the abolished hundredths past the limit; added apart', () => {
    // 6e12 ㎡ = 6e14 hundredths (fits); twice = 1.2e15 > 999,999,999,999,999: D3 out. Added is its own sum: D4 kept.
    const summary = summarize(workbook([areas([2026, 'a', '廃止', 6e12], [2027, 'b', '廃止', 6e12], [2027, 'c', '増加', 6e12])]));
    expect(errorsOf(summary, 'sumTooLarge')).toEqual(['施設面積!D3']);
    expect(summary.floorArea.abolished).toBe(6e12);
    expect(summary.floorArea.added).toBe(6e12);
    expect(summary.floorArea.net).toBe(0);
    // Hundredths are summed, ㎡ are shown: the limit is 9,999,999,999,999.99 ㎡.
    expect(summary.problems.find((p) => p.code === 'sumTooLarge')?.message).toBe(
      '「6000000000000」を加えると廃止面積の合計が正確に集計できる大きさ（小数2桁で絶対値9,999,999,999,999.99まで）を超えるため、この値は集計から除きました。桁を確かめてください。',
    );
    const en = summarize(workbook([areas([2026, 'a', '廃止', 6e12], [2027, 'b', '廃止', 6e12])]), { lang: 'en' });
    expect(en.problems.find((p) => p.code === 'sumTooLarge')?.message).toBe(
      'Adding "6000000000000" would take the total of abolished areas beyond what can be summed exactly (9,999,999,999,999.99 either way, at 2 decimal places); it was left out of every sum. Check its digits.',
    );
  });
});

describe('目標', () => {
  test('a 目標値 or 実績 of 1e308 is an error at its cell; the goal without its target is said to lack one', () => {
    const summary = summarize(workbook([goals(['削減額', 1e308, '千円', 2026, 10], ['件数', 100, '件', 2026, -1e308], ['件数', 100, '件', 2027, 40])]));
    expect(errorsOf(summary, 'numberTooLarge')).toEqual(['目標!B2', '目標!E3']);
    // 件数: 2026's row is left out with its unreadable actual; 2027's 40 of 100 = 40.0%.
    const count = summary.goals.find((g) => g.name === '件数');
    expect(count).toMatchObject({ target: 100, cumulative: 40, rateText: '40.0%' });
    expect(summary.goals.find((g) => g.name === '削減額')).toBeUndefined();
    expect(nonFinite(summary)).toEqual([]);
  });

  test('actuals whose sum would pass the limit: the one that crosses it is left out, its year not reported', () => {
    // 5e14 + 5e14 = 1e15 > 999,999,999,999,999: E3 out. 累計 5e14 of 目標値 1e14 = 500.0%.
    const summary = summarize(workbook([goals(['大', 1e14, '', 2026, 5e14], ['大', 1e14, '', 2027, 5e14])]));
    expect(errorsOf(summary, 'sumTooLarge')).toEqual(['目標!E3']);
    expect(summary.goals[0]).toMatchObject({ cumulative: 5e14, rateText: '500.0%' });
    expect(summary.goals[0].byYear).toEqual([
      { year: 2026, actual: 5e14, target: null, rate: null, rateRounded: null, rateText: '－' },
      { year: 2027, actual: null, target: null, rate: null, rateRounded: null, rateText: '－' },
    ]);
  });
});

describe('指標 values', () => {
  test('a goal or actual beyond the limit is an error at its cell: 9007199254740993 would compare equal to …992', () => {
    const summary = summarize(
      workbook([
        {
          name: '達成事項',
          rows: [
            ['事業コード', '目標年度', '達成するべき事項'],
            ['A-1', 2026, '事項'],
          ],
        },
        {
          name: '指標',
          rows: [
            ['事業コード', '達成するべき事項', '指標名', '年度', '目標値', '実績値'],
            ['A-1', '事項', '指標', 2026, 9_007_199_254_740_992, '9007199254740993'],
          ],
        },
      ]),
    );
    expect(errorsOf(summary, 'numberTooLarge')).toEqual(['指標!E2', '指標!F2']);
    expect(summary.achievement.computed).toEqual([]);
  });
});

describe('ratios stay exact and finite', () => {
  test('累計 2^53 − 1 of 3 is 300,239,975,158,033,033.3% both ways (2^53 − 1 = 3 × 3,002,399,751,580,330 + 1)', () => {
    // (2^53 − 1) / 3 = 3,002,399,751,580,330.33…: ×100 = 300,239,975,158,033,033.3…%.
    expect(formatRatio(9_007_199_254_740_991, 3, 1, 'truncate').text).toBe('300239975158033033.3%');
    expect(formatRatio(9_007_199_254_740_991, 3, 1, 'halfUp').text).toBe('300239975158033033.3%');
    // (2^53 − 1) / 2 = 4,503,599,627,370,495.5 → 450,359,962,737,049,550.0%.
    expect(formatRatio(9_007_199_254_740_991, 2, 1, 'truncate').text).toBe('450359962737049550.0%');
    // 2^53 − 1 of 2^53 − 1 is 100.0%, and one less is 99.9% truncated (1 − 1.1e-16), 100.0% rounded.
    expect(formatRatio(9_007_199_254_740_991, 9_007_199_254_740_991, 1, 'truncate').text).toBe('100.0%');
    expect(formatRatio(9_007_199_254_740_990, 9_007_199_254_740_991, 1, 'truncate').text).toBe('99.9%');
    expect(formatRatio(9_007_199_254_740_990, 9_007_199_254_740_991, 1, 'halfUp').text).toBe('100.0%');
  });

  test('with decimals beyond 2^53 after scaling: 90,071,992,547,409.9 of 0.1 is 90,071,992,547,409,900.0%', () => {
    // Scaled to tenths: 900,719,925,474,099 / 1 = 900,719,925,474,099 → ×100 %.
    expect(formatRatio(90_071_992_547_409.9, 0.1, 1, 'truncate').text).toBe('90071992547409900.0%');
  });

  test('within the limit: 999,999,999,999,999 of 7 is 14,285,714,285,714,271.4% (was …270.4%), of 3 exactly 33,333,333,333,333,300.0% (was …300.2%)', () => {
    // 999,999,999,999,999 × 1,000 / 7 = 142,857,142,857,142,714.28…: units of 0.1%; / 3 = 333,333,333,333,333,000 exactly.
    expect(formatRatio(999_999_999_999_999, 7, 1, 'truncate').text).toBe('14285714285714271.4%');
    expect(formatRatio(999_999_999_999_999, 7, 1, 'halfUp').text).toBe('14285714285714271.4%');
    expect(formatRatio(999_999_999_999_999, 3, 1, 'truncate').text).toBe('33333333333333300.0%');
    expect(formatRatio(999_999_999_999_999, 3, 1, 'halfUp').text).toBe('33333333333333300.0%');
  });

  test('2^53 − 1 of 0.5: 90,071,992,547,409,910 tenths / 5 = 18,014,398,509,481,982 → 1,801,439,850,948,198,200.0%', () => {
    // 9,007,199,254,740,991 × 10 is no double (it rounds to …904): the tenths come from the digits, not the product.
    expect(formatRatio(9_007_199_254_740_991, 0.5, 1, 'truncate').text).toBe('1801439850948198200.0%');
    expect(formatRatio(-9_007_199_254_740_991, 0.5, 0, 'halfUp').text).toBe('-1801439850948198200%');
  });

  test('a denominator that is 0 at the places kept (1e-300) has nothing to divide by: no Infinity ratio', () => {
    expect(formatRatio(5, 1e-300, 1, 'truncate')).toEqual({ ratio: null, rounded: null, text: '－' });
    const summary = summarize(workbook([goals(['小', 1e-300, '', 2026, 5])]));
    expect(summary.goals[0]).toMatchObject({ rate: null, rateRounded: null, rateText: '－' });
    expect(nonFinite(summary)).toEqual([]);
  });
});

describe('the custom function 判定 refuses what the reader refuses', () => {
  test('9007199254740993 and 1e308: an error people can read, not a wrong 達成', () => {
    expect(() => judgeIndicators([[5]], [['9007199254740993']], 'ja')).toThrow(
      '値「9007199254740993」は大きすぎて正確に集計できません（扱える大きさは絶対値999,999,999,999,999まで）。単位と桁を確かめてください。',
    );
    expect(() => judgeIndicators([[1e308]], [[1]], 'en')).toThrow(
      'Value "1e+308" is too large to be summed exactly (the limit is 999,999,999,999,999 either way). Check its unit and digits.',
    );
    expect(() => judgeIndicators([['NaN']], [[1]], 'ja')).toThrow(message('numberInvalid', 'ja', { value: 'NaN' }));
  });
});

describe('the last guard: a non-finite figure is an error and shows 計算不能', () => {
  const build = (lang: 'ja' | 'en' = 'ja') => runPipeline(workbook([effects(['A-1', 2026, 5], ['B-2', 2027, 7])]), { lang, asOf: 'FY2027' });

  test('Infinity and NaN put in by hand: one error each, naming the figure and its sheet; the mark in their place', () => {
    const built = build();
    const { data, summary } = built;
    // The summary is frozen at its top level; its figures are plain objects, as a stray Infinity would reach them.
    const copy = { ...summary, problems: [...summary.problems], effects: { ...summary.effects, byYear: summary.effects.byYear.map((y) => ({ ...y })) } };
    copy.effects.byYear[1].amount = Number.POSITIVE_INFINITY;
    copy.effects.total = Number.NaN;
    const floor = { ...copy.floorArea, net: Number.NEGATIVE_INFINITY };
    copy.floorArea = floor;
    expect(guardFigures(copy, data.sheetNames, 'ja')).toBe(3);
    expect(nonFinite(copy)).toEqual([]);
    expect(copy.effects.byYear[1].amount as unknown).toBe('計算不能');
    expect(copy.effects.total as unknown).toBe('計算不能');
    const added = copy.problems.filter((p) => p.code === 'figureNotComputable');
    expect(added.map((p) => [p.severity, p.sheet, p.cell, p.message])).toEqual([
      [
        'error',
        '効果額',
        '',
        '集計値 effects.byYear[令和9年度].amount が数値として計算できませんでした。「計算不能」と表示します。「効果額」シートの値を確かめてください。',
      ],
      ['error', '効果額', '', '集計値 effects.total が数値として計算できませんでした。「計算不能」と表示します。「効果額」シートの値を確かめてください。'],
      ['error', '施設面積', '', '集計値 floorArea.net が数値として計算できませんでした。「計算不能」と表示します。「施設面積」シートの値を確かめてください。'],
    ]);
    expect(copy.problemCounts.error).toBe(summary.problemCounts.error + 3);
    // What the tables, the 集計 grid and the JSON show: the mark, never Infinity, NaN or null.
    const shown = reportTables(copy, 'ja')
      .flatMap((t) => t.rows.flat())
      .map(cellText);
    expect(shown).toContain('計算不能');
    expect(shown.join('|')).not.toMatch(/Infinity|NaN|null/);
    const grid = summaryGrid(copy, 'ja', new Date('2027-04-01T00:00:00Z'));
    const values = grid.rows.flat().map((c) => c.value);
    expect(values).toContain('計算不能');
    expect(values.some((v) => typeof v === 'number' && !Number.isFinite(v))).toBe(false);
    const marked = grid.rows.flat().filter((c) => c.value === '計算不能');
    expect(marked.every((c) => c.text && c.format === '@')).toBe(true);
    const json = JSON.stringify(copy);
    expect(json).not.toMatch(/Infinity|NaN|null,"total"|"amount":null|"total":null|"net":null/);
    expect(JSON.parse(json).effects.total).toBe('計算不能');
    // The report (its blocks as HTML, charts included): the mark where the figures were, no Infinity or NaN anywhere.
    const report = reportHtml(buildReport({ ...built, summary: copy, problems: copy.problems }, 'ja'));
    expect(report).toContain('計算不能');
    expect(report).not.toMatch(/Infinity|NaN/);
  });

  test('in English the mark is "not computable"', () => {
    const { data, summary } = build('en');
    const copy = { ...summary, problems: [...summary.problems], effects: { ...summary.effects, total: Number.POSITIVE_INFINITY } };
    expect(guardFigures(copy, data.sheetNames, 'en')).toBe(1);
    expect(copy.effects.total as unknown).toBe('not computable');
    expect(copy.problems.at(-1)?.message).toBe(
      'The figure effects.total could not be computed as a number; it is shown as "not computable". Check the values on sheet "効果額".',
    );
  });

  test('the change against a baseline (delta) is guarded too, under the sheet its figures come from', () => {
    const { data, summary } = build();
    const delta = {
      against: '2027-03-31',
      progress: [],
      achievement: { evaluated: 0, counts: summary.achievement.counts, labels: [] },
      effects: { byYear: [], total: Number.NaN, decimals: 0 },
    };
    const copy = { ...summary, problems: [...summary.problems], delta };
    expect(guardFigures(copy, data.sheetNames, 'ja')).toBe(1);
    expect(copy.delta.effects.total as unknown).toBe('計算不能');
    expect(copy.problems.at(-1)).toMatchObject({ severity: 'error', sheet: '効果額', cell: '', code: 'figureNotComputable' });
    expect(copy.problems.at(-1)?.message).toMatch(/^集計値 delta\.effects\.total が/);
  });

  test('a finite summary is left as it is: nothing added', () => {
    const { data, summary } = build();
    const copy = { ...summary, problems: [...summary.problems] };
    expect(guardFigures(copy, data.sheetNames, 'ja')).toBe(0);
    expect(copy.problems).toEqual(summary.problems);
  });

  test('the formatters print the mark for a non-finite number, never Infinity or NaN', () => {
    expect(formatAmount(Number.POSITIVE_INFINITY, 0)).toBe('計算不能');
    expect(formatAmount(Number.NaN, 2)).toBe('計算不能');
    expect(formatArea(Number.NEGATIVE_INFINITY)).toBe('計算不能');
    expect(groupThousands(Number.NaN)).toBe('計算不能');
    expect(formatAmount('not computable' as unknown as number, 0)).toBe('not computable');
    expect(formatAmount(1234.5, 1)).toBe('1,234.5');
  });
});

describe('the example keeps every figure finite with no new problem', () => {
  test('hiratsuka-2020-2023', () => {
    const summary = summarize(exampleInput());
    expect(nonFinite(summary)).toEqual([]);
    expect(summary.problems.filter((p) => ['numberTooLarge', 'sumTooLarge', 'figureNotComputable'].includes(p.code))).toEqual([]);
  });
});
