import type { CellValue, WorkbookInput } from '../../../src/core/base/cells';
import { summarize } from '../../../src/core/compute/pipeline';
import type { Summary } from '../../../src/core/compute/summarize';
import { exampleInput, sheet, smallWorkbook } from '../../support/example';

/** The figures of a summary, without its problems (which name sheets and cells). */
function figures(summary: Summary) {
  const { problems: _p, problemCounts: _c, ...rest } = summary;
  return rest;
}

function withCell(input: WorkbookInput, sheetName: string, ref: [number, number], value: CellValue): WorkbookInput {
  const copy: WorkbookInput = structuredClone(input);
  const target = sheet(copy, sheetName);
  target.rows[ref[0]][ref[1]] = value;
  return copy;
}

describe('the small workbook', () => {
  let summary: ReturnType<typeof summarize>;
  // beforeEach, not beforeAll: a mutation run switches a mutant on per test (reports/mutation-record-2026.md).
  beforeEach(() => {
    summary = summarize(smallWorkbook());
  });

  test('is clean', () => {
    expect(summary.problems).toEqual([]);
  });

  test('progress, achievement, effects, perspectives and floor area', () => {
    expect(summary.years).toEqual([2020, 2021]);
    expect(summary.progress.map((r) => [r.year, r.projects, r.activities, r.rateText])).toEqual([
      [2020, 1, 2, '100.0%'],
      [2021, 2, 2, '50.0%'],
    ]);
    expect(summary.achievement).toMatchObject({ evaluated: 2, excluded: 1, notEvaluated: 0, counts: { achieved: 1, partial: 0, notAchieved: 1 } });
    expect(summary.achievement.shortfalls).toEqual([
      {
        code: '0702-01',
        projectName: '事業B',
        status: 'notAchieved',
        label: '未達成',
        targetYear: '令和2～3年度',
        years: { first: 2020, last: 2021 },
        target: '目標2',
        summary: '理由',
      },
    ]);
    expect(summary.effects.total).toBe(1250);
    expect(summary.effects.byPerspective.slice(0, 2).map((p) => p.total)).toEqual([1000, 250]);
    expect(summary.perspectives[1]).toMatchObject({ projectsTotal: 1, addedTotal: 1, endedTotal: 1 });
    expect(summary.floorArea).toMatchObject({ net: 99.75, netGeneralAccount: -100.5 });
  });
});

describe('the same figures from a twin in aliases, shuffled columns, mixed year formats and known variants', () => {
  const canonical = exampleInput();

  function twin(): WorkbookInput {
    const english: Record<string, string> = {
      設定: 'Settings',
      事業: 'Projects',
      取組活動: 'Activities',
      達成事項: 'Targets',
      効果額: 'Effects',
      施設面積: 'Floor area',
      指標: 'Indicators',
    };
    const headers: Record<string, string> = {
      項目: 'Key',
      値: 'Value',
      事業コード: 'CODE',
      事業名: 'Name',
      取組の視点: 'Perspective',
      計画期間: 'Period',
      取組推進課: 'Departments',
      終了年度: 'Ended',
      終了区分: 'End kind',
      年度: 'Fiscal  Year',
      取組活動: 'Activity',
      進捗状況: 'Status',
      '取組内容・成果': 'Notes',
      目標年度: 'Target year',
      達成するべき事項: 'Target',
      達成状況: 'Result',
      概要: 'Summary',
      '効果額（千円）': 'Amount (thousand yen)',
      区分: 'Kind',
      施設名: 'Facility',
      '面積（㎡）': 'Area (m2)',
      一般会計: 'General account',
      指標名: 'Indicator',
      目標値: 'Goal',
      実績値: 'Actual',
      判定: 'Rule',
      単位: 'Unit',
    };
    const yearForms = [
      (y: number) => `R${y - 2018}`,
      (y: number) => y,
      (y: number) => `FY${y}`,
      (y: number) => `令和${String.fromCharCode(0xff10 + (y - 2018))}年度`,
      (y: number) => new Date(Date.UTC(y, 5, 1)),
    ];
    const variants: Record<string, string> = { 概ね順調: 'おおむね順調', 済: '済み' };
    const sheets = canonical.sheets
      .filter((s) => english[s.name])
      .map((s) => {
        const header = s.rows[0].map((h) => {
          const name = english[s.name] === 'Floor area' && h === '区分' ? 'Change' : (headers[String(h)] ?? String(h));
          return name;
        });
        // Reverse the columns: order must not matter.
        const order = header.map((_, i) => header.length - 1 - i);
        const rows = s.rows.map((row, r) =>
          order.map((c) => {
            const value = r === 0 ? header[c] : row[c];
            if (r === 0) return value;
            const title = String(s.rows[0][c]);
            if (title === '年度' && typeof value === 'string') {
              const year = Number(/\d+/.exec(value)?.[0]) + 2018;
              return yearForms[r % yearForms.length](year);
            }
            if (title === '進捗状況' && typeof value === 'string') return r % 2 === 0 ? (variants[value] ?? value) : value;
            return value;
          }),
        );
        return { name: english[s.name], rows: [...rows, [], [null, null]] };
      });
    return { sheets };
  }

  test('figures are identical; the variants are warnings, not errors', () => {
    const a = summarize(canonical);
    const b = summarize(twin());
    expect(b.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(b.problems.filter((p) => p.sheet === 'Indicators')).toEqual([]);
    expect(b.problems.some((p) => p.code === 'statusVariant')).toBe(true);
    expect(figures(b)).toEqual(figures(a));
  });
});

describe('bad cells: one problem per bad cell, at that cell', () => {
  test.each([
    ['取組活動', [1, 3], '順長', 'D2', 'statusUnknown', 'error', '概ね順調'],
    ['取組活動', [1, 3], 'おおむね順調', 'D2', 'statusVariant', 'warning', '概ね順調'],
    ['取組活動', [2, 1], '令和二年度', 'B3', 'yearInvalid', 'error', undefined],
    ['取組活動', [2, 0], '0701-1', 'A3', 'codeUnknown', 'error', '0701-01'],
    ['取組活動', [2, 2], null, 'C3', 'required', 'error', undefined],
    ['取組活動', [1, 3], '#N/A', 'D2', 'formulaError', 'error', undefined],
    ['達成事項', [1, 3], '達成成', 'D2', 'resultUnknown', 'error', '達成'],
    ['達成事項', [1, 1], '令和5～2年度', 'B2', 'yearRangeInvalid', 'error', undefined],
    ['効果額', [1, 2], '千円', 'C2', 'numberInvalid', 'error', undefined],
    ['効果額', [1, 2], -5, 'C2', 'numberNegative', 'error', undefined],
    ['効果額', [1, 3], '削除', 'D2', 'effectKindUnknown', 'error', undefined],
    ['施設面積', [1, 3], 0, 'D2', 'areaNotPositive', 'error', undefined],
    ['施設面積', [1, 2], '移転', 'C2', 'changeUnknown', 'error', undefined],
    ['施設面積', [1, 4], 'たぶん', 'E2', 'booleanInvalid', 'error', undefined],
    ['事業', [2, 0], '0701-01', 'A3', 'codeDuplicate', 'error', undefined],
    ['事業', [1, 2], 9, 'C2', 'perspectiveUnknown', 'error', undefined],
    ['事業', [1, 6], '廃止', 'G2', 'endKindUnknown', 'error', undefined],
    ['事業', [1, 0], '0701\u200B-01', 'A2', 'codeNormalized', 'warning', undefined],
    ['設定', [1, 1], null, 'B2', null, null, undefined],
  ] as const)('%s %j = %p → %s %s', (sheetName, ref, value, cell, code, severity, suggestion) => {
    const summary = summarize(withCell(smallWorkbook(), sheetName, [ref[0], ref[1]], value as CellValue));
    const here = summary.problems.filter((p) => p.sheet === sheetName && p.cell === cell);
    if (code === null) {
      expect(summary.problems).toEqual([]);
      return;
    }
    expect(here).toHaveLength(1);
    expect(here[0]).toMatchObject({ code, severity });
    expect(here[0].suggestion).toBe(suggestion);
    expect(here[0].message.length).toBeGreaterThan(5);
    // No other cell is blamed, except follow-on references to a duplicated or broken project.
    const elsewhere = summary.problems.filter((p) => !(p.sheet === sheetName && p.cell === cell));
    for (const p of elsewhere) expect(p.code).toBe('codeUnknown');
  });

  test('a bad address on the 部署 sheet is an error at its cell', () => {
    const input = smallWorkbook();
    input.sheets.push({
      name: '部署',
      rows: [
        ['課名', 'メール'],
        ['企画課', 'kikaku@example.jp'],
        ['財政課', 'zaisei@@example'],
      ],
    });
    const summary = summarize(input);
    expect(summary.problems).toEqual([expect.objectContaining({ sheet: '部署', cell: 'B3', code: 'emailInvalid', severity: 'error' })]);
    expect(summary.problems[0].message).toContain('「@」の前に使えない文字');
  });

  test('several bad cells give several problems; good rows still count', () => {
    let input = withCell(smallWorkbook(), '取組活動', [1, 3], '順長');
    input = withCell(input, '取組活動', [2, 1], 'R99X');
    input = withCell(input, '効果額', [2, 2], 'abc');
    const summary = summarize(input);
    expect(summary.problems.map((p) => `${p.sheet}!${p.cell}`)).toEqual(['取組活動!D2', '取組活動!B3', '効果額!C3']);
    expect(summary.progress[1].activities).toBe(2);
    expect(summary.problemCounts).toEqual({ error: 3, warning: 0, info: 0 });
  });

  test('messages come in English too', () => {
    const summary = summarize(withCell(smallWorkbook(), '取組活動', [1, 3], '順長'), { lang: 'en' });
    expect(summary.problems[0].message).toBe(
      'Progress status "順長" is not allowed. Allowed: 済 (Done) / 概ね順調 (On track) / 遅れ (Delayed) / 未着手 (Not started) / 休止 (Suspended).',
    );
  });

  test('a blank under a filled cell is a blank, without advice about merged cells (the reader fills merged blocks itself)', () => {
    const summary = summarize(withCell(smallWorkbook(), '取組活動', [2, 0], ''));
    expect(summary.problems).toHaveLength(1);
    expect(summary.problems[0]).toMatchObject({ cell: 'A3', code: 'required' });
    expect(summary.problems[0].message).toBe('「事業コード」が空です。値を入力してください。');
  });
});

describe('sheets and columns', () => {
  test('a missing required sheet is an error; a missing optional one a note', () => {
    const input = smallWorkbook();
    // #25: 取組活動 and 達成事項 both gone: one of the two is required (an error at 取組活動 naming both).
    input.sheets = input.sheets.filter((s) => s.name !== '取組活動' && s.name !== '施設面積' && s.name !== '達成事項');
    const summary = summarize(input);
    expect(summary.problems.map((p) => [p.severity, p.sheet, p.code])).toEqual([
      ['error', '取組活動', 'sheetMissing'],
      ['info', '達成事項', 'sheetOptionalMissing'],
      ['info', '施設面積', 'sheetOptionalMissing'],
    ]);
    // With 達成事項 and its rows, a plan may keep no 取組活動: only a note, as for any optional sheet.
    const results = smallWorkbook();
    results.sheets = results.sheets.filter((s) => s.name !== '取組活動' && s.name !== '施設面積');
    expect(summarize(results).problems.map((p) => [p.severity, p.sheet, p.code])).toEqual([
      ['info', '取組活動', 'sheetOptionalMissing'],
      ['info', '施設面積', 'sheetOptionalMissing'],
    ]);
  });

  test('a missing required column names the sheet and the column', () => {
    const input = smallWorkbook();
    sheet(input, '取組活動').rows[0][3] = '状態';
    const summary = summarize(input);
    expect(summary.problems).toHaveLength(1);
    expect(summary.problems[0]).toMatchObject({ sheet: '取組活動', cell: '1:1', code: 'columnMissing' });
    expect(summary.problems[0].message).toContain('進捗状況');
  });

  test('a duplicate header is reported and the first column used', () => {
    const input = smallWorkbook();
    for (const row of sheet(input, '取組活動').rows) row.push(row === sheet(input, '取組活動').rows[0] ? '進捗状況' : 'でたらめ');
    const summary = summarize(input);
    expect(summary.problems).toEqual([expect.objectContaining({ cell: 'F1', code: 'columnDuplicate' })]);
    expect(summary.progress[0].counts.done).toBe(1);
  });

  test('sheet names and headers match across width, case and spacing', () => {
    const input = smallWorkbook();
    sheet(input, '取組活動').name = ' ACTIVITIES ';
    sheet(input, ' ACTIVITIES ').rows[0] = ['ｃｏｄｅ', '年　度', 'activity', 'STATUS', 'Notes'];
    expect(summarize(input).problems).toEqual([]);
  });
});

describe('rules', () => {
  test('rounding follows the settings', () => {
    const input = smallWorkbook();
    sheet(input, '設定').rows.push(['端数処理', '四捨五入'], ['小数桁数', 2]);
    sheet(input, '取組活動').rows.push(['0702-01', '令和3年度', '活動5', '遅れ', null]);
    expect(summarize(input).progress[1].rateText).toBe('33.33%');
  });

  test('an unusable setting is an error naming what is allowed', () => {
    const input = smallWorkbook();
    sheet(input, '設定').rows.push(['端数処理', '切り上げ']);
    const [problem] = summarize(input).problems;
    expect(problem).toMatchObject({ sheet: '設定', cell: 'B5', code: 'settingInvalid' });
    expect(problem.message).toContain('切り捨て / 四捨五入');
  });

  test('activities outside the plan years are warned about and left out', () => {
    const input = smallWorkbook();
    sheet(input, '取組活動').rows.push(['0701-01', '令和4年度', '活動X', '済', null]);
    const summary = summarize(input);
    expect(summary.problems).toEqual([expect.objectContaining({ severity: 'warning', cell: 'B6', code: 'yearOutsidePlan' })]);
    expect(summary.progress.map((r) => r.activities)).toEqual([2, 2]);
  });

  test('without plan settings the years come from the activities', () => {
    const input = smallWorkbook();
    input.sheets = input.sheets.filter((s) => s.name !== '設定');
    const summary = summarize(input);
    expect(summary.plan).toMatchObject({ startYear: 2020, endYear: 2021 });
  });

  test('a target starting after the plan end without a result is excluded; inside the plan it is pending', () => {
    const input = smallWorkbook();
    sheet(input, '達成事項').rows.push(['0701-01', '令和3～6年度', '目標4', null, null]);
    const a = summarize(input).achievement;
    expect(a).toMatchObject({ evaluated: 2, excluded: 1, notEvaluated: 1 });
  });

  test('a result typed for a target year not reached yet is flagged when a current year is given', () => {
    const input = smallWorkbook();
    sheet(input, '達成事項').rows.push(['0701-01', '令和4年度', '目標5', '達成', null]);
    const summary = summarize(input, { currentYear: 2021 });
    // 令和4年度 also begins after this plan's end (令和3年度): the result is left out, and one message at the cell says
    // so (s25e N1) — the after-plan one, which says more than "not begun yet".
    expect(summary.problems).toEqual([expect.objectContaining({ cell: 'D5', code: 'resultAfterPlan', severity: 'warning' })]);
    const inPlan = smallWorkbook();
    sheet(inPlan, '設定').rows[3] = ['計画終了年度', '令和4年度'];
    sheet(inPlan, '達成事項').rows.push(['0701-01', '令和4年度', '目標5', '達成', null]);
    expect(summarize(inPlan, { currentYear: 2021 }).problems).toEqual([expect.objectContaining({ cell: 'D5', code: 'resultTooEarly', severity: 'warning' })]);
  });

  test('a year with nothing in it still appears with zeros', () => {
    const input = smallWorkbook();
    sheet(input, '設定').rows[3] = ['計画終了年度', '令和4年度'];
    const summary = summarize(input);
    expect(summary.progress[2]).toMatchObject({ year: 2022, activities: 0, rate: null, rateText: '－' });
    expect(summary.effects.byYear[2]).toEqual({ year: 2022, amount: 0 });
  });
});
