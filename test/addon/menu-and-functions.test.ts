/**
 * The built bundle in the stand-in: the menu in AuthMode.NONE, and the custom
 * functions on single cells, ranges and bad input, in both languages.
 */
import { AppsScriptStandIn } from '../../dev/standin';

function loaded(locale = 'ja'): AppsScriptStandIn {
  const standIn = new AppsScriptStandIn({ locale });
  standIn.load();
  return standIn;
}

describe('onOpen', () => {
  test('in AuthMode.NONE builds the add-on menu and touches no authorized service', () => {
    const standIn = loaded();
    standIn.run('onOpen', [{ authMode: 'NONE' }], 'NONE');
    expect(standIn.ui.menus).toHaveLength(1);
    expect(standIn.ui.menus[0].items).toEqual([
      { caption: '入力チェック', functionName: 'menuValidate' },
      { caption: '集計シートを作成・更新', functionName: 'menuRegenerate' },
      { caption: '報告書を作成', functionName: 'showReportDialog' },
      'separator',
      { caption: 'サイドバーを開く', functionName: 'showSidebar' },
      { caption: 'テンプレートを作成', functionName: 'menuSetUpTemplate' },
      { caption: '月次ダイジェストの設定', functionName: 'showSidebar' },
      { caption: '基準日を固定', functionName: 'menuFreezeBaseline' },
      // Issue #27: the annual round's three items.
      'separator',
      { caption: '照会を開始', functionName: 'menuRoundOpen' },
      { caption: '照会の状況', functionName: 'menuRoundStatus' },
      { caption: '照会を締め切る', functionName: 'menuRoundClose' },
    ]);
    const touched = [...standIn.rt.calls.keys()];
    expect(touched.every((name) => /^(SpreadsheetApp\.getUi|Ui\.createAddonMenu|Menu\.|Session\.getActiveUserLocale)/.test(name))).toBe(true);
  });

  test('menu captions follow the user locale', () => {
    const standIn = loaded('en_US');
    standIn.run('onOpen', [{}], 'NONE');
    expect(standIn.ui.menus[0].items[0]).toEqual({ caption: 'Check entries', functionName: 'menuValidate' });
  });

  test('onInstall runs onOpen', () => {
    const standIn = loaded();
    standIn.run('onInstall', [{ authMode: 'FULL' }]);
    expect(standIn.ui.menus).toHaveLength(1);
  });

  test('every menu item calls a top-level function of the bundle', () => {
    const standIn = loaded();
    const context = standIn.load();
    standIn.run('onOpen', [{}], 'NONE');
    for (const item of standIn.ui.menus[0].items) {
      if (item !== 'separator') expect(typeof context[item.functionName]).toBe('function');
    }
  });
});

describe('custom functions (AuthMode.CUSTOM_FUNCTION)', () => {
  const standIn = loaded();
  const call = (name: string, ...args: unknown[]) => standIn.run(name, args, 'CUSTOM_FUNCTION');
  // 令和2年度 of the report: 30 済, 13 概ね順調, 2 遅れ, 2 休止.
  const statuses = [...Array(30).fill(['済']), ...Array(13).fill(['概ね順調']), ['遅れ'], ['遅れ'], ['休止'], ['休止'], [''], ['']];

  test('SHINCHOKU_PROGRESS_RATE on a range: 43/47 truncated to 91.4%', () => {
    expect(call('SHINCHOKU_PROGRESS_RATE', statuses)).toBe(0.914);
    expect(call('SHINCHOKU_PROGRESS_RATE', statuses, 1, '四捨五入')).toBe(0.915);
    expect(call('SHINCHOKU_PROGRESS_RATE', '済')).toBe(1);
    expect(call('SHINCHOKU_PROGRESS_RATE', [['おおむね順調', '遅れ']])).toBe(0.5);
  });

  test('SHINCHOKU_STATUS_COUNTS spills two rows', () => {
    expect(call('SHINCHOKU_STATUS_COUNTS', statuses)).toEqual([
      ['済', '概ね順調', '遅れ', '未着手', '休止', '計'],
      [30, 13, 2, 0, 2, 47],
    ]);
  });

  test('SHINCHOKU_ACHIEVEMENT_RATIO: 55/60 is 91.6%, blanks and － not evaluated', () => {
    const results = [...Array(55).fill(['達成']), ...Array(3).fill(['一部未達成']), ['未達成'], ['未達成'], ['－'], ['']];
    expect(call('SHINCHOKU_ACHIEVEMENT_RATIO', results)).toBe(0.916);
    expect(call('SHINCHOKU_ACHIEVEMENT_RATIO', results, '一部未達成')).toBe(0.05);
  });

  test('SHINCHOKU_FISCAL_YEAR on cells, ranges and dates', () => {
    expect(call('SHINCHOKU_FISCAL_YEAR', '令和2年度')).toBe(2020);
    expect(call('SHINCHOKU_FISCAL_YEAR', 'R2')).toBe(2020);
    expect(call('SHINCHOKU_FISCAL_YEAR', new Date(Date.UTC(2021, 2, 31, 3)))).toBe(2020);
    expect(
      call('SHINCHOKU_FISCAL_YEAR', [
        ['H31', ''],
        ['FY2023', '令和元年度'],
      ]),
    ).toEqual([
      [2019, ''],
      [2023, 2019],
    ]);
  });

  test('SHINCHOKU_WAREKI', () => {
    expect(call('SHINCHOKU_WAREKI', 2020)).toBe('令和2年度');
    expect(call('SHINCHOKU_WAREKI', 2019)).toBe('令和元年度');
    expect(call('SHINCHOKU_WAREKI', 2020, 'short')).toBe('R2');
    expect(call('SHINCHOKU_WAREKI', [[2018, 2019]])).toEqual([['平成30年度', '令和元年度']]);
  });

  test('SHINCHOKU_CHECK_STATUS normalises or explains', () => {
    expect(call('SHINCHOKU_CHECK_STATUS', 'おおむね順調')).toBe('概ね順調');
    expect(call('SHINCHOKU_CHECK_STATUS', '順長')).toContain('「概ね順調」ではありませんか。');
  });

  test('SHINCHOKU_JUDGE: 職員研修 95.4, 96.4, 94.7, 93.0 against 95% → 一部未達成', () => {
    expect(call('SHINCHOKU_JUDGE', [[95, 95, 95, 95]], [[95.4, 96.4, 94.7, 93.0]])).toBe('一部未達成');
    expect(call('SHINCHOKU_JUDGE', [[12], [12], [12]], [[17], [42], [29]])).toBe('達成');
    expect(call('SHINCHOKU_JUDGE', 5, 3, '以上')).toBe('未達成');
    expect(call('SHINCHOKU_JUDGE', [[100, 100]], [[80, '']], '以下')).toBe('達成');
    expect(call('SHINCHOKU_JUDGE', [[5]], [['']])).toBe('－');
    expect(() => call('SHINCHOKU_JUDGE', [[5, 5]], [[1]])).toThrow('目標値（2個）と実績値（1個）の数が合いません。');
  });

  test('bad input throws a readable error in the user language', () => {
    expect(() => call('SHINCHOKU_PROGRESS_RATE', [['済'], ['順長']])).toThrow('進捗状況「順長」は使えません。使える値: 済 / 概ね順調 / 遅れ / 未着手 / 休止。');
    expect(() => call('SHINCHOKU_FISCAL_YEAR', '令和二年度')).toThrow('年度として読めません');
    expect(() => call('SHINCHOKU_WAREKI', 2020, 'kanji')).toThrow('書式「kanji」は使えません');
    const english = loaded('en');
    expect(() => english.run('SHINCHOKU_PROGRESS_RATE', [[['#N/A']]], 'CUSTOM_FUNCTION')).toThrow('Formula error #N/A');
  });

  test('an empty range gives the report’s － instead of dividing by zero', () => {
    expect(call('SHINCHOKU_PROGRESS_RATE', [[''], ['']])).toBe('－');
  });
});
