/**
 * The surviving mutants of src/core that the audit (reports/mutation-record-2026.md)
 * found killable: each test names the mutant it kills, and every expectation is
 * worked out by hand in the comments. Each test builds what it checks in its own
 * body (reports/mutation-record-2026.md: never in beforeAll or at describe level).
 */

import type { CellValue, WorkbookInput } from '../../src/core/base/cells';
import { formatYearRange } from '../../src/core/base/fiscalYear';
import { parseJstDate } from '../../src/core/base/jst';
import { decimalsOf, parseNumber } from '../../src/core/base/numbers';
import { formatRatio } from '../../src/core/base/ratio';
import { cellChunks } from '../../src/core/compute/baseline';
import { PipelineOptionError, runPipeline, summarize } from '../../src/core/compute/pipeline';
import { computeSummary } from '../../src/core/compute/summarize';
import { applySetting, defaultSettings } from '../../src/core/contract/settings';
import { templateSheets } from '../../src/core/contract/template';
import { chartSvg } from '../../src/core/present/chart';
import { planDigest } from '../../src/core/present/digest';
import { summaryGrid } from '../../src/core/present/grid';
import { buildReport } from '../../src/core/present/report';
import { readWorkbook } from '../../src/core/read/read';
import { render } from '../support/report-render';

type Rows = CellValue[][];
type Sheet = { name: string; rows: Rows };

const settings = (...rows: Rows): Sheet => ({ name: '設定', rows: [['項目', '値'], ...rows] });
const projects = (...rows: Rows): Sheet => ({ name: '事業', rows: [['事業コード', '事業名', '取組の視点', '計画期間', '取組推進課'], ...rows] });
const activities = (...rows: Rows): Sheet => ({ name: '取組活動', rows: [['事業コード', '年度', '取組活動', '進捗状況'], ...rows] });
const effects = (...rows: Rows): Sheet => ({ name: '効果額', rows: [['事業コード', '年度', '効果額（千円）'], ...rows] });
const facilities = (...rows: Rows): Sheet => ({ name: '施設面積', rows: [['年度', '施設名', '区分', '面積（㎡）', '一般会計'], ...rows] });

function reportLines(input: WorkbookInput, asOf: string): string[] {
  return buildReport(runPipeline(input, { asOf }), 'ja').blocks.flatMap((b) => render(b).split('\n'));
}

/** The line right after a heading of the report. */
function lineAfter(lines: string[], heading: string): string {
  return lines[lines.indexOf(heading) + 1];
}

describe('baseline.ts', () => {
  test('cellChunks: a text ending in a lone high surrogate ends with it, as its own piece', () => {
    // 'ab\uD800' in pieces of 2: 'ab' (no pair cut), then the last unit on its own. The guard `end < text.length`
    // keeps the last piece whole: without it (→ true, or <=) the cut steps back before U+D800 for ever.
    expect(cellChunks('ab\uD800', 2)).toStrictEqual(['ab', '\uD800']);
    expect(cellChunks('a\uD800', 5)).toStrictEqual(['a\uD800']);
  });
});

describe('chart.ts', () => {
  test('an axis whose step cannot move its value still stops at 100 gridlines', () => {
    // One bar of −1e17 under a fixed top of −1e17: max === min, so max = min + 1, which is still −1e17 in floating
    // point; the span 0 gives a step of 1 and −1e17 + 1 is −1e17 again. The loop's test `v <= axisMax + step / 1e6`
    // holds (−1e17 + 1e-6 is −1e17) on every pass: only the guard ends it, after exactly 100 gridlines (from x = 84
    // across the plot; the axis itself is the one line from x = 84 to x = 84).
    const svg = chartSvg({ id: 'effects', kind: 'bar', title: 't', unit: 'u', points: [{ label: 'a', value: -1e17, text: 'x' }], max: -1e17, alt: 'a' });
    const lines = svg.match(/<line x1="84" y1="[^"]*" x2="\d+"/g) ?? [];
    expect(lines.filter((line) => !line.endsWith('x2="84"')).length).toBe(100);
    expect(lines.length).toBe(101);
  });
});

describe('digest.ts', () => {
  // 企画課 has A-1 (遅れ in 令和8年度: news), 財政課 has B-2. 効果額 in 2026: A-1 10, B-2 5. The 部署 sheet is named
  // in English; 財政課's address has no @. March 2027 is 令和8年度 (FY2026).
  const input = (): WorkbookInput => ({
    sheets: [
      settings(['計画開始年度', 2026], ['計画終了年度', 2027]),
      projects(['A-1', '事業A', 1, '', '企画課'], ['B-2', '事業B', 1, '', '財政課']),
      activities(['A-1', 2026, '活動a', '遅れ'], ['B-2', 2026, '活動b', '済']),
      effects(['A-1', 2026, 10], ['B-2', 2026, 5]),
      {
        name: 'Departments',
        rows: [
          ['課名', 'メール'],
          ['企画課', 'kikaku@city.example.jp'],
          ['財政課', 'zaisei'],
        ],
      },
    ],
  });

  test('a department counts only its own projects’ effects; a bad address is reported at the sheet as named', () => {
    const plan = planDigest(runPipeline(input(), { asOf: '2027-03-15' }), {
      month: { year: 2027, month: 3 },
      lang: 'ja',
      officeRecipients: [],
      previous: null,
    });
    // No office recipients: only 企画課's message; 財政課 has no usable address, so B-2 goes unrouted.
    expect(plan.messages.map((m) => m.key)).toStrictEqual(['department:企画課']);
    // 10 for A-1, not 15: B-2's 5 is 財政課's (if (!codes.has(e.code)) continue).
    expect([plan.messages[0].content.effectThisYear, plan.messages[0].content.effectSoFar]).toStrictEqual([10, 10]);
    // At Departments!B3 (row 3, column メール), not 部署!B3 (data.sheetNames.departments ?? '部署' → &&).
    expect(plan.invalidAddresses).toStrictEqual([{ where: 'Departments!B3', address: 'zaisei', reason: '「@」がありません' }]);
    expect(plan.unrouted).toStrictEqual(['財政課']);
  });

  test('without a workbook link the HTML has an empty line where the link would be', () => {
    const plan = planDigest(runPipeline(input(), { asOf: '2027-03-15' }), {
      month: { year: 2027, month: 3 },
      lang: 'ja',
      officeRecipients: [],
      previous: null,
    });
    expect(plan.messages[0].html.split('\n').slice(-3)).toStrictEqual([
      '',
      '<p style="color: #57606a; font-size: 12px;">このメールは Shinchoku（進捗）が自動で送信しました。</p>',
      '</body></html>',
    ]);
  });
});

describe('fiscalYear.ts', () => {
  test('formatYearRange writes an end in its era’s first year as 元, even in a range given back to front', () => {
    // {2020, 2019}: both in 令和 (from 2019), the end is 令和 year 2019 − 2019 + 1 = 1 → 元.
    expect(formatYearRange({ first: 2020, last: 2019 })).toBe('令和2～元年度');
  });
});

describe('grid.ts', () => {
  test('column widths leave out bold cells: a header wider than its column does not widen it', () => {
    // One project, one activity (済) in 令和8年度. Column A holds the floor-area note (wider than 48 → the cap, 50);
    // columns B to M hold only counts (0 or 1: 1 + 3 = 4, + 2 = 6), 0.0-style shares (1 or 0: 6), － (2 + 2),
    // 増減なし (8 + 2), a, 1 and blanks — all under the minimum 10, which rounds up to 12. The bold headers, such as
    // 財政健全化効果額（千円） (24 wide) in column B, are not measured.
    const summary = summarize(
      { sheets: [settings(['計画開始年度', 2026], ['計画終了年度', 2026]), projects(['A-1', 'a', 1, '', '']), activities(['A-1', 2026, 'x', '済'])] },
      { asOf: '2027-06-30' },
    );
    const grid = summaryGrid(summary, 'ja', new Date(Date.UTC(2027, 0, 1)));
    expect(grid.columnWidths).toStrictEqual([50, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12]);
  });
});

describe('jst.ts', () => {
  test('parseJstDate refuses a year before 100, which Date.UTC would read as 19xx', () => {
    // Date.UTC(50, 0, 1) is 1950-01-01: only the year differs, so each of the three checks must count on its own.
    expect(parseJstDate('0050-01-01')).toBe(null);
    expect(parseJstDate('0099-12-31')).toBe(null);
    expect(parseJstDate('0100-01-01')?.toISOString()).toBe('0099-12-31T15:00:00.000Z');
  });
});

describe('numbers.ts', () => {
  test('parseNumber: a fraction without a whole part is a number; the word undefined is not stripped as a unit', () => {
    // '.5': match[2] (the whole part) is undefined, match[3] is '.5' → 0.5.
    expect(parseNumber('.5')).toStrictEqual({ ok: true, value: 0.5, fromText: true });
    // Without a unit pattern nothing is stripped: text.replace(undefined, '') would remove the text "undefined".
    expect(parseNumber('12undefined')).toStrictEqual({ ok: false, reason: 'notNumber' });
  });

  test('decimalsOf: an integer written with an exponent has none; NaN and Infinity have none', () => {
    // String(1e21) is '1e+21', which the exponent branch would call 6 places.
    expect(decimalsOf(1e21)).toBe(0);
    // 'NaN' and 'Infinity' hold neither '.' nor 'e': 0 places, not a TypeError.
    expect(decimalsOf(Number.NaN)).toBe(0);
    expect(decimalsOf(Number.POSITIVE_INFINITY)).toBe(0);
  });
});

describe('pipeline.ts (the as-of date)', () => {
  test.each(['２０２７－０２－３０', '2027.02.30', '2027年2月30日', '\u200B2027-02-30', '2027-02-30\u200B', '2027 - 02 - 30'])(
    'the impossible date %p is refused in every form the fiscal-year parser reads',
    (asOf) => {
      let caught: unknown;
      try {
        runPipeline({ sheets: [] }, { asOf });
      } catch (error) {
        caught = error;
      }
      expect(caught instanceof PipelineOptionError).toBe(true);
      expect((caught as PipelineOptionError).detail).toBe(asOf);
    },
  );

  test('the same forms of a real date are read', () => {
    // 2027-02-28 lies in 令和8年度 (FY2026); 2027-04-01 in FY2027.
    for (const asOf of ['２０２７－０２－２８', '2027.02.28', '2027年2月28日', '\u200B2027-02-28'])
      expect(runPipeline({ sheets: [] }, { asOf }).currentYear).toBe(2026);
    expect(runPipeline({ sheets: [] }, { asOf: '2027年4月1日' }).currentYear).toBe(2027);
  });
});

describe('ratio.ts', () => {
  test('a numerator past 2^53 is divided in BigInt: the float quotient would round up across a whole number', () => {
    // 150000000000002 / 3 = 50000000000000.666…, i.e. 5000000000000066.6…%, truncated to 5000000000000066%.
    // Scaled: 15000000000000200 (> 2^53) / 3 = 5000000000000066.67, which as a float is 5000000000000067.
    expect(formatRatio(150000000000002, 3, 0, 'truncate').text).toBe('5000000000000066%');
  });
});

describe('report.ts', () => {
  test('a plan with years but no activities has no effects sentence and no summing-up sentence', () => {
    // 令和8～9年度 read after it: both years shown, but nothing was done, so neither sentence is written.
    // (#25: a plan that keeps no activities and no targets has no 取組状況 or 達成状況 section: 効果額 is ３, 総括 ５.)
    const lines = reportLines(
      { sheets: [settings(['計画開始年度', 2026], ['計画終了年度', 2027]), projects(['A-1', '事業A', 1, '', '']), effects(['A-1', 2026, 5])] },
      '2028-06-30',
    );
    expect(lineAfter(lines, '[h1] ３ 財政健全化効果額').startsWith('[table effects]')).toBe(true);
    expect(lineAfter(lines, '[h1] ５ 総括').startsWith('[placeholder]')).toBe(true);
  });

  test('a report before its plan begins, with only activities outside the plan, speaks of no year', () => {
    // 令和12～13年度 (2030–2031) read in 2026: no plan year has begun or has data (the activity is in 2026, outside).
    const lines = reportLines(
      { sheets: [settings(['計画開始年度', 2030], ['計画終了年度', 2031]), projects(['A-1', '事業A', 1, '', '']), activities(['A-1', 2026, 'a', '済'])] },
      '2026-06-30',
    );
    // (#25: a plan that keeps no effects and no targets has no 達成状況 or 財政健全化効果額 section: 総括 is ５.)
    expect(lines.some((l) => l.includes('財政健全化効果額の推移') || l.startsWith('[table effects]'))).toBe(false);
    expect(lineAfter(lines, '[h1] ５ 総括').startsWith('[placeholder]')).toBe(true);
  });

  test('a facility whose name contains その他 or "other" past its start is named', () => {
    // 令和8年度: Mother館 100 ㎡ and 旧その他倉庫 50 ㎡ abolished, the two largest (and only) facilities: both named — only a
    // name starting with その他 or other is a catch-all. Net −150.
    const lines = reportLines(
      {
        sheets: [
          settings(['計画開始年度', 2026], ['計画終了年度', 2026]),
          projects(['A-1', '事業A', 1, '', '']),
          activities(['A-1', 2026, 'a', '済']),
          facilities([2026, '旧その他倉庫', '廃止', 50, 'はい'], [2026, 'Mother館', '廃止', 100, 'はい']),
        ],
      },
      '2027-06-30',
    );
    expect(lines.filter((l) => l.startsWith('[paragraph] 令和8（2026）年度は'))).toStrictEqual([
      '[paragraph] 令和8（2026）年度はMother館の廃止・旧その他倉庫の廃止などにより合計で150.00 ㎡の縮減となりました。',
    ]);
  });
});

describe('settings.ts', () => {
  test('小数桁数 from a number cell: -0 (a formula’s result) is 0, 2 is 2', () => {
    const minusZero = defaultSettings();
    expect(applySetting(minusZero, 'decimals', -0)).toStrictEqual({ ok: true });
    expect(Object.is(minusZero.decimals, 0)).toBe(true);
    const two = defaultSettings();
    applySetting(two, 'decimals', 2);
    expect(two.decimals).toBe(2);
  });
});

describe('summarize.ts', () => {
  test('no plan years and no activities: only the warning that there are none, no window searched', () => {
    const summary = summarize({ sheets: [settings(), projects(['A-1', '事業A', 1, '', '']), activities()] });
    expect(summary.problems.filter((p) => p.severity !== 'info').map((p) => p.code)).toStrictEqual(['noActivities']);
  });

  test('plan years taken from the activities: the problem says both ends were missing', () => {
    // No 設定 years; activities in 2026 and 2027 → the plan 2026–2027, derived, with missing 'both' (not one end).
    const data = readWorkbook({ sheets: [settings(), projects(['A-1', '事業A', 1, '', '']), activities(['A-1', 2026, 'a', '済'], ['A-1', 2027, 'b', '済'])] });
    computeSummary(data, { lang: 'ja' });
    expect(data.problems.items.filter((p) => p.code === 'planYearsDerived').map((p) => [p.cell, p.value, p.params.missing])).toStrictEqual([
      ['A1', '2026-2027', 'both'],
    ]);
  });

  test('a start with no activity near it: the warning at the settings sheet as named (Settings)', () => {
    const summary = summarize({
      sheets: [
        {
          name: 'Settings',
          rows: [
            ['項目', '値'],
            ['計画開始年度', 2026],
          ],
        },
        projects(['A-1', '事業A', 1, '', '']),
        activities(['A-1', 2040, 'a', '済']),
      ],
    });
    expect(summary.problems.filter((p) => p.code === 'planYearsUnknown').map((p) => [p.sheet, p.cell, p.value])).toStrictEqual([['Settings', 'A1', '2026']]);
  });

  test('problems in one sheet: a cell that is no A1 reference first, a whole row (12:12) before its cells', () => {
    // Positions (row index × 100,000 + column): '' and 'C13:D14' are neither a cell nor a whole row → −1, in the order
    // added; A1 → 0; A11 → 1,000,000; 12:12 → (12 − 1) × 100,000 − 1 = 1,099,999; B12 → 1,100,001.
    const data = readWorkbook({ sheets: [settings(['計画開始年度', 2026], ['計画終了年度', 2026]), projects(['A-1', '事業A', 1, '', ''])] });
    for (const cell of ['B12', 'C13:D14', '12:12', 'A11', 'A1', '']) data.problems.add('warning', '事業', cell, '', 'settingsMissing');
    // No options: the messages are in Japanese.
    const summary = computeSummary(data);
    const mine = summary.problems.filter((p) => p.code === 'settingsMissing');
    expect(mine.map((p) => p.cell)).toStrictEqual(['C13:D14', '', 'A1', 'A11', '12:12', 'B12']);
    expect(mine[0].message).toBe('シート「設定」がないため、既定の設定（計画期間はデータの年度、切り捨て・小数1桁、千円、平塚市の6つの視点）で集計します。');
  });
});

describe('template.ts', () => {
  test('効果額: only the amount column names the unit; the other headers are their own', () => {
    expect(templateSheets(2026, 2030, '百万円').find((s) => s.key === 'effects')?.rows[0]).toStrictEqual(['事業コード', '年度', '効果額（百万円）', '区分']);
  });
});
