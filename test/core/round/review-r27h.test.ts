/**
 * The round's core after the hostile review r27h (numbers are the review's). The small plan of
 * test/support/roundPlan.ts (A-1 企画課; B-2 財政課、企画課; C-3 関係課; D-4 総務課, not on 部署), with changes.
 * Each test failed before its fix.
 */
import { readWorkbook } from '../../../src/core/read/read';
import { addressNotes, mergeErrorText, roundRequests, splitDepartmentName } from '../../../src/core/round/round';
import { master, type Rows } from '../../support/roundPlan';

function planWith(change: (sheets: Map<string, Rows>) => void) {
  const input = master();
  change(new Map(input.sheets.map((sheet) => [sheet.name, sheet.rows])));
  return input;
}

describe('r27h 1: 取組推進課 split on ・ ／ / and spaces, the 部署 sheet’s names preferred', () => {
  const listed = new Set(['総務課', '財政課', 'まち・ひと推進課']);
  test.each([
    ['総務課・財政課', ['総務課', '財政課']],
    ['総務課/財政課', ['総務課', '財政課']],
    ['総務課／財政課', ['総務課', '財政課']],
    ['総務課　財政課', ['総務課', '財政課']],
    ['総務課 財政課', ['総務課', '財政課']],
    ['まち・ひと推進課', ['まち・ひと推進課']],
    ['まち・ひと推進課・財政課', ['まち・ひと推進課', '財政課']],
    ['企画・調整課', ['企画・調整課']],
    ['General Affairs', ['General Affairs']],
    ['人事課・給与課', ['人事課', '給与課']],
  ])('%s → %j', (text, names) => {
    expect(splitDepartmentName(text, listed)).toEqual(names);
  });

  test('a project of 「財政課・企画課」 is asked of both; a name 部署 lacks is said with its cell', () => {
    const input = planWith((sheets) => {
      const projects = sheets.get('事業') ?? [];
      projects[2][3] = '財政課・企画課'; // B-2, 事業!D3
      projects[4][3] = '総務課／財政課'; // D-4, 事業!D5: 総務課 is not on 部署
    });
    const plan = roundRequests(input, { year: 2026, due: '2027-04-30' });
    // Before: one department 「財政課・企画課」 with B-2's 3 cells, and 企画課 and 財政課 without them.
    expect(plan.departments.map((d) => [d.department, d.projects])).toEqual([
      ['企画課', ['A-1', 'B-2']],
      ['財政課', ['B-2', 'D-4']],
      ['総務課', ['D-4']],
    ]);
    expect(plan.unlisted).toEqual([{ department: '総務課', cells: ['事業!D5'] }]);
    expect(addressNotes(plan, 'ja')).toEqual([
      '取組推進課の「総務課」（事業!D5）は部署シートにない部署名です。照会ファイルは作りましたが、メールアドレスがないため照会メールは作成していません。部署名の誤りなら事業シートを、そうでなければ部署シートに部署とメールアドレスを追加してください',
    ]);
  });
});

describe('r27h 11, 9: a 部署 row with a blank address', () => {
  test('is kept by the reader, its department placed and asked; a warning, not an error', () => {
    const input = planWith((sheets) => {
      const departments = sheets.get('部署') ?? [];
      departments.splice(1, 0, ['総務課', null]); // 部署 row 2: 総務課 first, no address
    });
    const data = readWorkbook(input);
    // Before: the row was dropped and an error 「メール is required」 was reported at 部署!B2.
    expect(data.departments.map((d) => [d.name, d.emails])).toEqual([
      ['総務課', []],
      ['企画課', ['kikaku@town.example.jp']],
      ['財政課', ['zaisei@town.example.jp']],
    ]);
    const at = data.problems.items.filter((p) => p.sheet === '部署');
    expect(at.map((p) => [p.severity, p.cell, p.code])).toEqual([['warning', 'B2', 'departmentNoAddress']]);
    const plan = roundRequests(input, { year: 2026, due: '2027-04-30' }, data);
    expect(plan.departments.map((d) => [d.department, d.number])).toEqual([
      ['総務課', 1],
      ['企画課', 2],
      ['財政課', 3],
    ]);
    expect(plan.unlisted).toEqual([]);
    expect(addressNotes(plan, 'en')).toEqual(['Department with no address in 部署: 総務課 (no request mail written)']);
  });
});

describe('r27h 12: a merge error’s sentence is the catalogue’s, told it is a merge’s', () => {
  test('sumTooLarge keeps its decimals and says nothing of sums left out', () => {
    const problem = {
      severity: 'error' as const,
      sheet: '効果額',
      cell: 'C2',
      value: '9007199254740.99',
      code: 'sumTooLarge' as const,
      params: { value: '9007199254740.99', total: '効果額', totalEn: 'the amounts', limit: '9,007,199,254,740,991', decimals: 2 },
      message: '',
    };
    const error = { file: 'a.xlsx', department: '企画課', sheet: '効果額', cell: 'C2', row: 1, column: 2, code: 'A-1', value: problem.value, problem };
    const ja = mergeErrorText(error, 'ja');
    // Before: 「…（絶対値…まで）を超えます」: the merge's copy of the sentence had no decimals.
    expect(ja).toContain('小数2桁で絶対値9,007,199,254,740,991まで');
    expect(ja).toContain('「9007199254740.99」を取り込むと効果額の合計');
    expect(ja).not.toContain('集計から除きました');
    expect(ja.endsWith('。取り込んでいません')).toBe(true);
    const en = mergeErrorText(error, 'en');
    expect(en).toContain('at 2 decimal places');
    expect(en).not.toContain('left out of every sum');
  });
});

describe('r27 re-review 1: a target 「…年度以降」 is due in the plan end, as the 達成状況 tables count it', () => {
  // The small plan keeps no 設定: its years run from its rows, to 2026 (令和8年度).
  const input = planWith((sheets) => {
    sheets.get('達成事項')?.push(['A-1', '令和6年度以降', '目標以降', null, null]);
  });
  const asked = (year: number) =>
    roundRequests(input, { year, due: `${year + 1}-04-30` })
      .departments.flatMap((department) => department.rows.map((row) => `${department.department}:${row.what}`))
      .filter((entry) => entry.endsWith('目標以降'));
  test('asked of 企画課 in 2026, the plan end; not in 2024, the year it is written from', () => {
    expect(asked(2026)).toEqual(['企画課:目標以降']);
    expect(asked(2024)).toEqual([]);
  });
});
