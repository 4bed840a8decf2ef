import { AppsScriptStandIn, type FakeSheet } from '../../dev/standin';
import { smallWorkbook } from '../support/example';
import { standInWith } from '../support/standin';

function edit(standIn: AppsScriptStandIn, sheet: FakeSheet, a1: string, value: unknown) {
  sheet.cellForWrite(Number(/\d+/.exec(a1)?.[0]), a1.charCodeAt(0) - 64).value = value as string;
  sheet.touch();
  const range = standIn.rt.runExecution(() => sheet.getRange(a1));
  standIn.run('onEdit', [{ range, value, authMode: 'LIMITED' }], 'LIMITED');
}

describe('onEdit (simple trigger)', () => {
  test('a known variant is normalised in place', () => {
    const standIn = standInWith(smallWorkbook());
    const sheet = standIn.spreadsheet.sheetUncounted('取組活動') as FakeSheet;
    edit(standIn, sheet, 'D2', 'おおむね順調');
    expect(sheet.cellUncounted('D2').value).toBe('概ね順調');
    expect(sheet.cellUncounted('D2').note).toBe('');
  });

  test('an invalid value gets a note naming the allowed values, removed once fixed', () => {
    const standIn = standInWith(smallWorkbook());
    const sheet = standIn.spreadsheet.sheetUncounted('取組活動') as FakeSheet;
    edit(standIn, sheet, 'D3', '順長');
    expect(sheet.cellUncounted('D3').value).toBe('順長');
    expect(sheet.cellUncounted('D3').note).toBe('[Shinchoku] 「順長」: 使える値: 済 / 概ね順調 / 遅れ / 未着手 / 休止 → 概ね順調?');
    edit(standIn, sheet, 'D3', '済');
    expect(sheet.cellUncounted('D3').note).toBe('');
  });

  test('a note of the user’s own is kept', () => {
    const standIn = standInWith(smallWorkbook());
    const sheet = standIn.spreadsheet.sheetUncounted('取組活動') as FakeSheet;
    sheet.cellForWrite(2, 4).note = '課長に確認済み';
    edit(standIn, sheet, 'D2', '済');
    expect(sheet.cellUncounted('D2').note).toBe('課長に確認済み');
  });

  test('results on 達成事項 too; other columns and sheets are left alone', () => {
    const standIn = standInWith(smallWorkbook());
    const targets = standIn.spreadsheet.sheetUncounted('達成事項') as FakeSheet;
    edit(standIn, targets, 'D2', '一部達成');
    expect(targets.cellUncounted('D2').value).toBe('一部未達成');
    const activities = standIn.spreadsheet.sheetUncounted('取組活動') as FakeSheet;
    edit(standIn, activities, 'C2', 'おおむね順調');
    expect(activities.cellUncounted('C2').value).toBe('おおむね順調');
    const projects = standIn.spreadsheet.sheetUncounted('事業') as FakeSheet;
    standIn.rt.resetCounts();
    edit(standIn, projects, 'B2', '済み');
    expect(projects.cellUncounted('B2').value).toBe('済み');
    expect(standIn.rt.total).toBeLessThan(8);
  });

  test('a pasted block is read once and only its changed cells are written, one call per run of them', () => {
    const standIn = standInWith(smallWorkbook());
    const sheet = standIn.spreadsheet.sheetUncounted('取組活動') as FakeSheet;
    sheet.cellForWrite(2, 4).value = '済み';
    sheet.cellForWrite(3, 4).value = 'でたらめ';
    sheet.cellForWrite(4, 4).value = 'DONE';
    sheet.touch();
    const range = standIn.rt.runExecution(() => sheet.getRange('A2:E4'));
    standIn.rt.resetCounts();
    standIn.run('onEdit', [{ range }], 'LIMITED');
    expect([2, 3, 4].map((r) => sheet.cellAt(r, 4).value)).toEqual(['済', 'でたらめ', '済']);
    expect(sheet.cellAt(3, 4).note).toContain('でたらめ');
    expect(standIn.rt.calls.get('Range.getValues')).toBe(2);
    // D2 and D4 changed, D3 did not: two writes of one cell each; one note written, on D3.
    expect(standIn.rt.calls.get('Range.setValues')).toBe(2);
    expect(standIn.rt.calls.get('Range.setNotes')).toBe(1);
  });

  test('a formula is never replaced by its value, even when it gives a variant', () => {
    const standIn = standInWith(smallWorkbook());
    const sheet = standIn.spreadsheet.sheetUncounted('取組活動') as FakeSheet;
    const formulaCell = sheet.cellForWrite(2, 4);
    formulaCell.formula = '=IF(TRUE,"済み","")';
    formulaCell.value = '済み';
    sheet.cellForWrite(3, 4).value = 'おおむね順調';
    sheet.touch();
    const range = standIn.rt.runExecution(() => sheet.getRange('D2:D3'));
    standIn.run('onEdit', [{ range }], 'LIMITED');
    expect(sheet.cellAt(2, 4)).toMatchObject({ formula: '=IF(TRUE,"済み","")', value: '済み' });
    expect(sheet.cellAt(3, 4).value).toBe('概ね順調');
  });
});

describe('テンプレートを作成', () => {
  test('adds every missing sheet with headers and dropdowns, and leaves existing data alone', () => {
    const standIn = new AppsScriptStandIn();
    standIn.spreadsheet.addSheet('Sheet1', [['メモ']]);
    standIn.load();
    standIn.run('menuSetUpTemplate');
    expect(standIn.spreadsheet.sheets.map((s) => s.name)).toEqual([
      'Sheet1',
      '設定',
      '区分',
      '事業',
      '取組活動',
      '達成事項',
      '効果額',
      '施設面積',
      '目標',
      '部署',
      '指標',
      '報告書',
    ]);
    const activities = standIn.spreadsheet.sheetUncounted('取組活動') as FakeSheet;
    expect(activities.snapshot()[0]).toEqual(['事業コード', '年度', '取組活動', '進捗状況', '取組内容・成果']);
    expect(activities.cellUncounted('D2').validation?.values).toEqual(['済', '概ね順調', '遅れ', '未着手', '休止']);
    expect(activities.cellUncounted('D1000').validation).not.toBeNull();
    expect(activities.cellUncounted('C2').validation).toBeNull();
    expect(standIn.spreadsheet.toasts.at(-1)?.message).toContain('取組活動');

    const before = activities.state();
    standIn.run('menuSetUpTemplate');
    expect(standIn.spreadsheet.sheets).toHaveLength(12);
    expect(activities.state()).toEqual(before);
  });

  test('no perspective invented (#25): a new 設定 leaves 取組の視点 blank; an existing 設定 gives 報告書 a pair per perspective it names', () => {
    const blank = new AppsScriptStandIn();
    blank.spreadsheet.addSheet('Sheet1');
    blank.load();
    blank.run('menuSetUpTemplate');
    const settings = (blank.spreadsheet.sheetUncounted('設定') as FakeSheet).snapshot();
    expect(settings.find((row) => row[0] === '取組の視点')?.slice(0, 2)).toEqual(['取組の視点', '']);
    const report = (blank.spreadsheet.sheetUncounted('報告書') as FakeSheet).snapshot();
    expect(report.filter((row) => row[0] === '概要' || row[0] === '課題と今後の方向性').map((row) => row[1])).toEqual(['', '']);
    expect(JSON.stringify(blank.spreadsheet.sheets.map((s) => (s as FakeSheet).snapshot()))).not.toContain('民間活力の活用');

    const named = new AppsScriptStandIn();
    named.spreadsheet.addSheet('設定', [
      ['項目', '値'],
      ['取組の視点', '見える改革\n人材育成'],
    ]);
    named.load();
    named.run('menuSetUpTemplate');
    const pairs = (named.spreadsheet.sheetUncounted('報告書') as FakeSheet).snapshot().filter((row) => row[0] === '概要' || row[0] === '課題と今後の方向性');
    expect(pairs.map((row) => row.slice(0, 2))).toEqual([
      ['概要', 1],
      ['課題と今後の方向性', 1],
      ['概要', 2],
      ['課題と今後の方向性', 2],
    ]);
  });

  test('the blank template regenerates with its one error: no row in 取組活動 nor 達成事項 yet (#25 review)', () => {
    const standIn = new AppsScriptStandIn();
    standIn.spreadsheet.addSheet('Sheet1');
    standIn.load();
    standIn.run('menuSetUpTemplate');
    expect(standIn.run<{ ok: boolean; counts: { error: number } }>('sidebarRegenerate')).toMatchObject({ ok: true, counts: { error: 1 } });
    const problems = (standIn.spreadsheet.sheetUncounted('入力チェック結果') as FakeSheet).snapshot();
    expect(JSON.stringify(problems)).toContain('シート「取組活動」にもシート「達成事項」にも行がありません');
  });
});

describe('the sidebar server side', () => {
  test('showSidebar serves dist/Sidebar.html with a localized title', () => {
    const standIn = standInWith(smallWorkbook(), 'en');
    standIn.run('showSidebar');
    expect(standIn.ui.sidebars[0].title).toBe('Shinchoku');
    expect(standIn.ui.sidebars[0].content).toContain('<button type="button" id="validate"');
  });

  test('sidebarState gives labels in the user language and nothing a page cannot receive', () => {
    const standIn = standInWith(smallWorkbook(), 'en');
    const state = standIn.run<Record<string, unknown>>('sidebarState');
    expect(state).toMatchObject({ lang: 'en', lastBuilt: null });
    expect((state.labels as Record<string, string>).validateButton).toBe('Check entries');
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });

  test('sidebarValidate lists problems; sidebarSelectCell moves the active range to the cell', () => {
    const input = smallWorkbook();
    input.sheets[2].rows[3][3] = '順長';
    const standIn = standInWith(input);
    const result = standIn.run<{ problems: { sheet: string; cell: string }[]; counts: { error: number } }>('sidebarValidate');
    expect(result.counts.error).toBe(1);
    expect(result.problems[0]).toMatchObject({ sheet: '取組活動', cell: 'D4' });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(standIn.run('sidebarSelectCell', ['取組活動', 'D4'])).toEqual({ ok: true });
    expect(standIn.spreadsheet.activeSheet?.name).toBe('取組活動');
    expect(standIn.spreadsheet.activeRange?.getA1NotationUncounted()).toBe('D4');
    expect(standIn.run('sidebarSelectCell', ['ない', 'A1'])).toMatchObject({ ok: false });
  });

  test('sidebarProofread checks a pasted draft against the workbook', () => {
    const standIn = standInWith();
    const draft = require('node:fs').readFileSync(require('node:path').join(__dirname, '..', 'fixtures', 'hiratsuka-reform-report-2020-2023.txt'), 'utf8');
    const outcome = standIn.run<{ message: string; lines: string[] }>('sidebarProofread', [draft]);
    expect(outcome.message).toMatch(/^\d+ 個の数値を照合し、1 件の誤りが見つかりました$/);
    expect(outcome.lines).toEqual(['195行目: 「91.2%」→ 正しくは「91.6%」（達成 割合）']);
  });

  test('menuValidate writes 入力チェック結果, shows a toast and opens the sidebar', () => {
    const standIn = standInWith(smallWorkbook());
    standIn.run('menuValidate');
    expect(standIn.spreadsheet.sheetUncounted('入力チェック結果')).toBeDefined();
    expect(standIn.spreadsheet.toasts[0].message).toBe('チェックしました: エラー 0 件、警告 0 件');
    expect(standIn.ui.sidebars).toHaveLength(1);
  });
});
