/**
 * 集計シートを作成・更新 through the built bundle in the stand-in.
 */
import type { AppsScriptStandIn } from '../../dev/standin';
import type { WorkbookInput } from '../../src/core/base/cells';
import type { Summary } from '../../src/core/compute/summarize';
import { summaryGrid } from '../../src/core/present/grid';
import { EXAMPLE, runJson } from '../support/cli';
import { exampleInput, sheet } from '../support/example';
import { sheetStates, standInWith } from '../support/standin';

const INPUT_SHEETS = ['設定', '事業', '取組活動', '達成事項', '効果額', '施設面積', '部署', '指標', '報告書', '注記'];

interface Outcome {
  ok: boolean;
  message: string;
  sheet?: string;
  notes: string[];
  counts?: Record<string, number>;
}

function numbers(rows: unknown[][]): number[] {
  return rows.flat().filter((v): v is number => typeof v === 'number');
}

describe('regenerate on the example workbook', () => {
  let standIn: AppsScriptStandIn;
  let before: unknown[];
  let outcome: Outcome;

  beforeAll(() => {
    standIn = standInWith();
    before = sheetStates(standIn, INPUT_SHEETS);
    outcome = standIn.run<Outcome>('sidebarRegenerate');
  });

  test('succeeds and reports the sheet', () => {
    expect(outcome).toMatchObject({ ok: true, sheet: '集計', counts: { error: 0 } });
    expect(outcome.message).toContain('集計');
  });

  test('the seed report’s own figures stand where the tables put them (literal values, not the code’s output)', () => {
    const written = standIn.spreadsheet.sheetUncounted('集計')?.snapshot() ?? [];
    const rowsAfter = (title: string, n: number) => {
      const at = written.findIndex((row) => row[0] === title);
      expect(at).toBeGreaterThan(0);
      return written.slice(at + 2, at + 2 + n).map((row) => row.filter((v) => v !== ''));
    };
    // 【進捗状況】 令和2年度: 23 projects, 47 activities; 済 30 (63.8%), 概ね順調 13 (27.6%), 遅れ 2 (4.2%), 未着手 0, 休止 2 (4.2%), truncated.
    expect(rowsAfter('【進捗状況】', 1)).toEqual([['令和2年度', 23, 47, 30, 0.638, 13, 0.276, 2, 0.042, 0, 0, 2, 0.042]]);
    // 【進捗率】 91.4% / 98.1% / 100.0% / 97.9%.
    expect(rowsAfter('【進捗率】', 4)).toEqual([
      ['令和2年度', 0.914, 47, 43],
      ['令和3年度', 0.981, 53, 52],
      ['令和4年度', 1, 50, 50],
      ['令和5年度', 0.979, 48, 47],
    ]);
    // 【達成状況】 60 evaluated: 55 (91.6%), 3 (5.0%), 2 (3.3%).
    expect(rowsAfter('【達成状況】', 1)).toEqual([[60, 55, 0.916, 3, 0.05, 2, 0.033]]);
    // 【財政健全化効果額一覧】 827,080 / 1,755,320 / 1,493,626 / 622,971 = 4,698,997 千円.
    expect(rowsAfter('【財政健全化効果額一覧】', 5).map((row) => row[1])).toEqual([827080, 1755320, 1493626, 622971, 4698997]);
  });

  test('the summary sheet’s figures equal the CLI’s JSON, cell for cell', () => {
    const cli = runJson<Summary>(['summarize', EXAMPLE]).json;
    const expected = summaryGrid(cli, 'ja', new Date()).rows.map((row) => row.map((cell) => cell.value));
    const written = standIn.spreadsheet.sheetUncounted('集計')?.snapshot() ?? [];
    expect(numbers(written)).toEqual(numbers(expected));
    expect(numbers(written)).toEqual(expect.arrayContaining([0.914, 0.981, 1, 0.979, 0.916, 4698997, 1122018, 6227.75, 421.9]));
    // Text cells equal too, except the build-time line.
    const text = (rows: unknown[][]) => rows.flat().filter((v) => typeof v === 'string' && v !== '' && !String(v).includes('作成日時'));
    expect(text(written)).toEqual(text(expected));
  });

  test('formats, header styles, frozen row and charts', () => {
    const summary = standIn.spreadsheet.sheetUncounted('集計');
    if (!summary) throw new Error('no 集計');
    const rateCell = summary
      .snapshot()
      .flatMap((row, r) => row.map((v, c) => ({ v, r, c })))
      .find((x) => x.v === 0.914);
    expect(summary.cellAt((rateCell?.r ?? 0) + 1, (rateCell?.c ?? 0) + 1).format).toBe('0.0%');
    expect(summary.cellUncounted('A1').weight).toBe('bold');
    expect(summary.frozenRows).toBe(1);
    expect(summary.charts.map((c) => [c.type, c.options.title])).toEqual([
      ['LINE', '【進捗率】'],
      ['COLUMN', '【財政健全化効果額一覧】'],
    ]);
    expect(summary.metadata.map((m) => [m.key, m.value])).toEqual([['shinchoku.generated', 'summary']]);
    expect(String(summary.cellUncounted('A2').value)).toMatch(/^作成日時: \d{4}-\d\d-\d\d \d\d:\d\d \(JST\)/);
    expect(summary.cellUncounted('A3').value).toBe('エラーはありません');
  });

  test('input sheets are identical before and after', () => {
    expect(sheetStates(standIn, INPUT_SHEETS)).toEqual(before);
  });

  test('the 入力チェック結果 sheet exists, and a second run reuses both sheets', () => {
    expect(standIn.spreadsheet.sheets.map((s) => s.name)).toEqual([...INPUT_SHEETS, '集計', '入力チェック結果']);
    standIn.run('menuRegenerate');
    expect(standIn.spreadsheet.sheets.map((s) => s.name)).toEqual([...INPUT_SHEETS, '集計', '入力チェック結果']);
    expect(standIn.spreadsheet.sheetUncounted('集計')?.charts).toHaveLength(2);
    expect(standIn.spreadsheet.toasts.at(-1)?.message).toContain('集計');
  });

  test('remembers when it was built', () => {
    const state = standIn.run<{ lastBuilt: { at: string; counts: Record<string, number> } }>('sidebarState');
    expect(Date.parse(state.lastBuilt.at)).not.toBeNaN();
    expect(state.lastBuilt.counts.error).toBe(0);
  });
});

describe('problems and safety', () => {
  function broken(): WorkbookInput {
    const input = exampleInput();
    sheet(input, '取組活動').rows[1][3] = '順長';
    sheet(input, '事業').rows[1][1] = '=IMPORTXML("http://evil.example/","//a")';
    // Summaries of three shortfall targets, which the summary sheet lists.
    sheet(input, '達成事項').rows[6][4] = '+cmd|calc';
    sheet(input, '達成事項').rows[10][4] = '@SUM(A1)';
    sheet(input, '達成事項').rows[26][4] = '-1+2';
    return input;
  }

  test('the summary says errors remain; 入力チェック結果 links each problem to its cell', () => {
    const standIn = standInWith(broken());
    const outcome = standIn.run<Outcome>('sidebarRegenerate');
    expect(outcome.counts?.error).toBe(1);
    const summary = standIn.spreadsheet.sheetUncounted('集計');
    expect(String(summary?.cellUncounted('A3').value)).toContain('エラーが残っています');
    const problems = standIn.spreadsheet.sheetUncounted('入力チェック結果');
    const activities = standIn.spreadsheet.sheetUncounted('取組活動');
    expect(problems?.cellUncounted('B2').value).toBe('取組活動');
    expect(problems?.cellUncounted('C2').formula).toBe(`=HYPERLINK("#gid=${activities?.id}&range=D2","D2")`);
    expect(problems?.cellUncounted('C2').value).toBe('D2');
    expect(problems?.cellUncounted('D2').value).toBe('順長');
    expect(problems?.cellUncounted('F2').value).toBe('概ね順調');
  });

  test('workbook text never becomes a formula in generated sheets', () => {
    const standIn = standInWith(broken());
    standIn.run('sidebarRegenerate');
    for (const name of ['集計', '入力チェック結果']) {
      const generated = standIn.spreadsheet.sheetUncounted(name);
      const state = generated?.state() as { cells: [number, number, { formula: string; value: unknown }][] };
      const formulas = state.cells.map(([, , cell]) => cell.formula).filter((f) => f !== '');
      expect(formulas.every((f) => f.startsWith('=HYPERLINK("#gid='))).toBe(true);
    }
    const values = standIn.spreadsheet.sheetUncounted('集計')?.snapshot().flat() ?? [];
    expect(values).toContain('=IMPORTXML("http://evil.example/","//a")');
    expect(values).toEqual(expect.arrayContaining(['+cmd|calc', '@SUM(A1)', '-1+2']));
  });

  test('a user sheet named like a generated one survives; ours goes beside it, and the user is told', () => {
    const input = exampleInput();
    input.sheets.push({ name: '集計', rows: [['私の集計'], [123]] });
    const standIn = standInWith(input);
    const mine = standIn.spreadsheet.sheetUncounted('集計')?.state();
    const outcome = standIn.run<Outcome>('sidebarRegenerate');
    expect(standIn.spreadsheet.sheetUncounted('集計')?.state()).toEqual(mine);
    expect(outcome.sheet).toBe('集計 (2)');
    expect(outcome.notes.join(' ')).toContain('「集計」はご自身のシート');
    standIn.run('sidebarRegenerate');
    expect(standIn.spreadsheet.sheets.filter((s) => s.name.startsWith('集計'))).toHaveLength(2);
  });

  test('English users get English sheets and messages', () => {
    const standIn = standInWith(exampleInput(), 'en');
    const outcome = standIn.run<Outcome>('sidebarRegenerate');
    expect(outcome.sheet).toBe('Summary');
    expect(standIn.spreadsheet.sheetUncounted('Summary')?.snapshot().flat()).toContain('Progress rate');
  });
});

describe('two people regenerating at once', () => {
  test('the document lock lets one build; the other is told to wait; the result is consistent', () => {
    const standIn = standInWith();
    let second: Outcome | null = null;
    standIn.rt.onCall = (name) => {
      if (name === 'Sheets.Spreadsheets.batchUpdate' && second === null) {
        standIn.rt.onCall = null;
        second = standIn.run<Outcome>('sidebarRegenerate');
      }
    };
    const first = standIn.run<Outcome>('sidebarRegenerate');
    expect(first.ok).toBe(true);
    expect(second).toMatchObject({ ok: false, message: '他の人が集計中です。少し待ってからもう一度実行してください' });
    expect(standIn.documentLock.owner).toBeNull();
    expect(standIn.spreadsheet.sheets.filter((s) => s.metadata.length > 0).map((s) => s.name)).toEqual(['集計', '入力チェック結果']);
    const after = standIn.run<Outcome>('sidebarRegenerate');
    expect(after.ok).toBe(true);
  });
});

describe('service calls do not grow with the data', () => {
  function workbookWith(activityRows: number): WorkbookInput {
    const input = exampleInput();
    const activities = sheet(input, '取組活動');
    const data = activities.rows.slice(1);
    const rows = [activities.rows[0]];
    for (let i = 0; rows.length <= activityRows; i++) rows.push(data[i % data.length]);
    activities.rows = rows;
    return input;
  }

  test('at most 40 calls, the same number for 100 and for 10,000 activity rows', () => {
    const counts = [100, 10_000].map((n) => {
      const standIn = standInWith(workbookWith(n));
      standIn.rt.resetCounts();
      expect(standIn.run<Outcome>('sidebarRegenerate').ok).toBe(true);
      return standIn.rt.total;
    });
    console.log(`service calls of one regenerate: 100 rows → ${counts[0]}, 10,000 rows → ${counts[1]}`);
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBeLessThanOrEqual(40);
  });

  test('a summary longer than its sheet grows the sheet in the same write: new (addSheet) and existing (appendDimension)', () => {
    const input = exampleInput();
    const projects = sheet(input, '事業');
    const activities = sheet(input, '取組活動');
    const standIn = standInWith(input);
    expect(standIn.run<Outcome>('sidebarRegenerate').ok).toBe(true);
    expect(standIn.spreadsheet.sheetUncounted('集計')?.maxRows).toBe(1000);
    for (let i = 0; i < 1_500; i++) {
      projects.rows.push([`0799-${String(i).padStart(4, '0')}`, `追加事業${i}`, 6, 'R2～R5', 'デジタル推進課']);
      activities.rows.push([`0799-${String(i).padStart(4, '0')}`, '令和5年度', `追加活動${i}`, '済']);
    }
    standIn.spreadsheet.sheetUncounted('事業')?.load(projects.rows);
    standIn.spreadsheet.sheetUncounted('取組活動')?.load(activities.rows);
    standIn.rt.resetCounts();
    expect(standIn.run<Outcome>('sidebarRegenerate').ok).toBe(true);
    const summary = standIn.spreadsheet.sheetUncounted('集計');
    const written = summary?.snapshot() ?? [];
    expect(written.length).toBeGreaterThan(1_500);
    expect(summary?.maxRows).toBe(written.length);
    expect(written.flat()).toContain('追加事業1499');
    expect(standIn.rt.calls.get('Sheets.Spreadsheets.batchUpdate')).toBe(1);
    // A new workbook this large gets a sheet of the right size at once.
    const fresh = standInWith(input);
    expect(fresh.run<Outcome>('sidebarRegenerate').ok).toBe(true);
    expect(fresh.spreadsheet.sheetUncounted('集計')?.maxRows).toBe(fresh.spreadsheet.sheetUncounted('集計')?.snapshot().length);
  });

  test('two reads and one write, whatever the sheets: no Range or Sheet call at all', () => {
    const standIn = standInWith();
    standIn.rt.resetCounts();
    standIn.run('sidebarRegenerate');
    expect(standIn.rt.calls.get('Sheets.Spreadsheets.get')).toBe(2);
    expect(standIn.rt.calls.get('Sheets.Spreadsheets.batchUpdate')).toBe(1);
    expect([...standIn.rt.calls.keys()].filter((name) => /^(Range|Sheet|EmbeddedChartBuilder)\./.test(name))).toEqual([]);
    expect(standIn.rt.total).toBe(11);
  });
});
