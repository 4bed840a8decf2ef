/**
 * report.ts on plans of other shapes than report.test.ts's: which years a
 * report speaks of (begun, or with data already entered, or neither), a report
 * before its plan begins, a plan with nothing short of achieved, no notes, no
 * facilities, no goals and its own 総括, the floor area's named facilities,
 * and the appendices' empty perspectives. Each test builds its own report
 * (reports/mutation-record-2026.md); every figure is worked out in the comments.
 */
import type { CellValue } from '../../../src/core/base/cells';
import { runPipeline } from '../../../src/core/compute/pipeline';
import { buildReport } from '../../../src/core/present/report';
import { render } from '../../support/report-render';

type Rows = CellValue[][];
type Sheet = { name: string; rows: Rows };

/** A plan of three perspectives: A-1 and C-3 in the first, B-2 in the second, none in the third. */
function workbook(first: number, last: number, sheets: Sheet[]): { sheets: Sheet[] } {
  return {
    sheets: [
      {
        name: '設定',
        rows: [
          ['項目', '値'],
          ['計画名', '改革計画'],
          ['計画開始年度', first],
          ['計画終了年度', last],
          ['取組の視点', '視点一\n視点二\n視点三'],
        ],
      },
      {
        name: '事業',
        rows: [
          ['事業コード', '事業名', '取組の視点'],
          ['A-1', '事業A', 1],
          ['B-2', '事業B', 2],
          ['C-3', '事業C', 1],
        ],
      },
      ...sheets,
    ],
  };
}

const activities = (...rows: Rows): Sheet => ({ name: '取組活動', rows: [['事業コード', '年度', '取組活動', '進捗状況', '取組内容・成果'], ...rows] });
const effects = (...rows: Rows): Sheet => ({ name: '効果額', rows: [['事業コード', '年度', '効果額（千円）'], ...rows] });
const targets = (...rows: Rows): Sheet => ({ name: '達成事項', rows: [['事業コード', '目標年度', '達成するべき事項', '達成状況'], ...rows] });
const facilities = (...rows: Rows): Sheet => ({ name: '施設面積', rows: [['年度', '施設名', '区分', '面積（㎡）', '一般会計'], ...rows] });
const goals = (...rows: Rows): Sheet => ({ name: '目標', rows: [['項目', '目標値', '単位', '年度', '実績'], ...rows] });
const texts = (...rows: Rows): Sheet => ({ name: '報告書', rows: [['見出し', '視点', '本文'], ...rows] });

function report(input: { sheets: Sheet[] }, asOf: string, lang: 'ja' | 'en' = 'ja'): string[] {
  return buildReport(runPipeline(input, { asOf, lang }), lang).blocks.flatMap((b) => render(b).split('\n'));
}

/** The rows of a table block, as render() writes them (without the caption and header). */
function tableRows(lines: string[], id: string): string[] {
  const at = lines.findIndex((l) => l.startsWith(`[table ${id}]`));
  const end = lines.findIndex((l, i) => i > at + 1 && !l.startsWith('  '));
  return lines.slice(at + 2, end < 0 ? lines.length : end);
}

describe('the years a report speaks of', () => {
  // 令和8～14年度 (2026–2032) read on 2026-06-30: 令和8年度 has begun. Each later year but the last two has data of one kind only:
  // 令和9年度 an effect, 令和10年度 a facility, 令和11年度 an activity, 令和12年度 a goal's result; 令和13年度 a goal with no result yet.
  const input = () =>
    workbook(2026, 2032, [
      activities(['A-1', 2026, 'a', '済', ''], ['A-1', 2029, 'b', '未着手', '']),
      effects(['A-1', 2026, 5], ['A-1', 2027, 7]),
      facilities([2026, '甲', '廃止', 10, 'はい'], [2028, '乙', '廃止', 20, 'はい']),
      goals(['G', 100, '件', 2026, 1], ['G', '', '', 2030, 2], ['G', '', '', 2031, '']),
      targets(['A-1', '令和8年度', 't1', '達成'], ['A-1', '令和13年度', 't2', '達成'], ['B-2', '令和14年度', 't3', '']),
    ]);

  test('begun, or with data of any kind already entered; the others named in the interim note', () => {
    const lines = report(input(), '2026-06-30');
    expect(lines[0]).toBe('[note] ※2026-06-30時点の報告です。まだ始まっていない年度（令和13年度・令和14年度）は表・グラフ・文章に含めていません。');
    expect(tableRows(lines, 'progress').map((row) => row.split(' | ')[0].trim())).toEqual(['令和8年度', '令和9年度', '令和10年度', '令和11年度', '令和12年度']);
    // The years shown, and 令和13年度, not begun but with a result entered; 令和14年度's target has none.
    expect(tableRows(lines, 'achievementByYear').map((row) => row.split(' | ')[0].trim())).toEqual([
      '令和8年度',
      '令和9年度',
      '令和10年度',
      '令和11年度',
      '令和12年度',
      '令和13年度',
    ]);
    // A year shown without activities has no rate to plot: only 令和8年度 (1 of 1) and 令和11年度 (0 of 1).
    expect(lines.find((l) => l.startsWith('[chart progressRate'))).toMatch(/\) 令和8年度=100\/100\.0% 令和11年度=0\/0\.0% \|/);
  });

  test('in English, the years not begun are separated by commas', () => {
    expect(report(input(), '2026-06-30', 'en')[0]).toBe(
      '[note] * Report as of 2026-06-30: years not yet begun (FY2031, FY2032) are left out of the tables, charts and text.',
    );
  });

  test('the year under way is reported even with nothing entered for it yet; with no activity it has no rate', () => {
    const lines = report(workbook(2026, 2028, [activities(['A-1', 2026, 'a', '済', ''])]), '2027-06-30');
    expect(tableRows(lines, 'progress').map((row) => row.split(' | ')[0].trim())).toEqual(['令和8年度', '令和9年度']);
    expect(tableRows(lines, 'progressRate')).toEqual(['  令和8年度 | 100.0%{percent} | 1{count} | 1{count}', '  令和9年度 | － | 0{count} | 0{count}']);
  });

  test('before the plan begins, only a year with data is reported, even the plan’s second', () => {
    const lines = report(workbook(2026, 2028, [activities(['A-1', 2027, 'a', '済', '成果'])]), '2025-06-30');
    const at = lines.findIndex((l) => l.startsWith('[table perspective1]'));
    expect(lines.slice(at + 1, at + 3)).toEqual(['  区分 | 令和9年度 | 計', '  取組事業数 | 1事業{count} | 1事業{count}']);
  });
});

describe('a plan with less to say', () => {
  // 令和8～9年度 read after it: every target achieved, no notes, no facilities, no goals, its own 総括.
  const input = () =>
    workbook(2026, 2027, [
      activities(['A-1', 2026, 'a', '済', ''], ['B-2', 2027, 'b', '済', '']),
      effects(['A-1', 2026, 5]),
      targets(['A-1', '令和8年度', 't1', '達成']),
      texts(['はじめに', '', '序文。'], ['総括', '', '  独自の総括。  \n  二段落目。 ']),
    ]);

  test('nothing short of achieved, no notes, no floor area, no goals: each said, or left out', () => {
    const lines = report(input(), '2028-06-30');
    const shortfalls = lines.findIndex((l) => l.startsWith('[table shortfalls]'));
    expect(lines.slice(shortfalls + 1, shortfalls + 3)).toEqual([
      '  区分 | 事業コード | 事業名 | 目標年度 | 達成するべき事項 | 概要',
      '[paragraph] 該当する事項はありません。',
    ]);
    expect(lines.filter((l) => l === '[paragraph] 該当する事項はありません。')).toHaveLength(1);
    const noNotes = '[placeholder] ［この視点の取組活動に「取組内容・成果」が入力されていません。取組活動シートに入力してください］';
    expect(lines.filter((l) => l === noNotes)).toHaveLength(3);
    expect(lines.filter((l) => l.startsWith('[h1]'))).toEqual([
      '[h1] １ はじめに',
      '[h1] ２ 計画の概要',
      '[h1] ３ 取組状況',
      '[h1] ４ 達成状況',
      '[h1] ５ 財政健全化効果額',
      '[h1] ６ 主な取組と成果',
      '[h1] ７ 総括',
      '[h1] 参考 取組事業一覧表',
      '[h1] 参考 達成するべき事項の達成状況',
    ]);
    // The plan's own 総括, each line trimmed, and no generated sentence before it.
    expect(lines.slice(lines.indexOf('[h1] ７ 総括') + 1, lines.indexOf('[h1] ７ 総括') + 4)).toEqual([
      '[paragraph] 独自の総括。',
      '[paragraph] 二段落目。',
      '[page break]',
    ]);
  });

  test('the appendices leave out a perspective with no projects, or no targets; no effect and no result read －', () => {
    const lines = report(input(), '2028-06-30');
    const appendix = lines.slice(lines.indexOf('[h1] 参考 取組事業一覧表'));
    expect(appendix.filter((l) => l.startsWith('[h2]'))).toEqual(['[h2] （１）視点一', '[h2] （２）視点二', '[h2] （１）視点一']);
    // C-3 has no effect; B-2's effect is 0 too.
    expect(tableRows(appendix, 'projects1')).toEqual([
      '  A-1 | 事業A |  | ［事業シートの「事業の概要」が未入力］ | 5千円{amount}',
      '  C-3 | 事業C |  | ［事業シートの「事業の概要」が未入力］ | －',
    ]);
  });

  test('a target without a result reads － in the appendix; more shortfalls than target years are all listed', () => {
    const lines = report(
      workbook(2026, 2027, [
        activities(['A-1', 2026, 'a', '済', '']),
        targets(
          ['A-1', '令和8年度', 't1', ''],
          ['C-3', '令和9年度', 't2', '未達成'],
          ['C-3', '令和9年度', 't3', '未達成'],
          ['A-1', '令和9年度', 't4', '一部未達成'],
        ),
      ]),
      '2028-06-30',
    );
    expect(tableRows(lines, 'targets1')).toEqual([
      '  A-1 | 事業A | 令和8年度 | t1 | － | ',
      '  C-3 | 事業C | 令和9年度 | t2 | 未達成 | ',
      '  C-3 | 事業C | 令和9年度 | t3 | 未達成 | ',
      '  A-1 | 事業A | 令和9年度 | t4 | 一部未達成 | ',
    ]);
    expect(tableRows(lines, 'shortfalls')).toHaveLength(3);
  });

  test('in English, a shortfall’s target years are fiscal years', () => {
    const lines = report(
      workbook(2026, 2027, [activities(['A-1', 2026, 'a', '済', '']), targets(['C-3', '令和8年度～令和9年度', 't2', '未達成'])]),
      '2028-06-30',
      'en',
    );
    expect(tableRows(lines, 'shortfalls')).toEqual(['  Not achieved | C-3 | 事業C | FY2026-FY2027 | t2 | ']);
  });

  test('a plan without a name, years or activities: no period, effects or summing-up sentence', () => {
    const input = {
      sheets: [
        {
          name: '事業',
          rows: [
            ['事業コード', '事業名', '取組の視点'],
            ['A-1', '事業A', 1],
          ],
        },
      ],
    };
    // #25: a plan that keeps none of the four records says so once; no section of theirs, no zeros.
    expect(report(input, '2026-06-30').filter((l) => l.startsWith('[paragraph]') || l.startsWith('[note]'))).toEqual([
      '[note] ※この計画は取組活動・達成事項・効果額・施設面積を記録していません。その表・グラフ・文章は載せていません。',
      '[paragraph] 取組の視点として、次の6つの視点を設定しました。',
    ]);
    expect(buildReport(runPipeline(input, { asOf: '2026-06-30' }), 'ja').title).toBe('行財政改革計画');
    // An empty chart's text alternative says so, never 「…の折れ線グラフ。。」: activities kept (one row, its year unreadable), none counted.
    const kept = { sheets: [...input.sheets, activities(['A-1', 'いつか', 'a', '済', ''])] };
    const alts = (lang: 'ja' | 'en') =>
      buildReport(runPipeline(kept, { asOf: '2026-06-30' }), lang).blocks.flatMap((block) => (block.type === 'chart' ? [block.chart.alt] : []));
    expect(alts('ja')).toContain('進捗率の推移のグラフ。まだ値がありません。');
    expect(alts('en')).toContain('Chart of Progress rate by year: no values yet.');
    for (const alt of [...alts('ja'), ...alts('en')]) expect(alt).not.toMatch(/。。|: \.$/);
  });
});

describe('the floor area in sentences', () => {
  // 令和8年度: 乙 300 and 甲 100 abolished, 丙 10 added, 丁 5 abolished, その他施設 50 abolished, Mother館 1 abolished
  // → the three largest named (乙, 甲, 丙; Mother館 is smaller and その他施設 no name), net −446; 令和9年度: only
  // その他施設, 20 added → no name, net +20; 令和10年度: nothing (増減なし). The plan: −426.
  const input = (generalAccount: string) =>
    workbook(2026, 2028, [
      activities(['A-1', 2026, 'a', '済', '']),
      facilities(
        [2026, '甲', '廃止', 100, generalAccount],
        [2026, '乙', '廃止', 300, generalAccount],
        [2026, 'その他施設', '廃止', 50, generalAccount],
        [2026, '丙', '増加', 10, generalAccount],
        [2026, '丁', '廃止', 5, generalAccount],
        [2026, 'Mother館', '廃止', 1, generalAccount],
        [2027, 'その他施設', '増加', 20, generalAccount],
      ),
    ]);
  const sentences = (lines: string[]) => lines.filter((l) => l.startsWith('[paragraph]') && /㎡|m2|延床面積|floor area/.test(l));

  test('the three largest named facilities, a year of only a catch-all row, a year without change, the plan', () => {
    expect(sentences(report(input('はい'), '2029-06-30'))).toEqual([
      '[paragraph] 令和8（2026）年度は乙の廃止・甲の廃止・丙の増加などにより合計で446.00 ㎡の縮減となりました。',
      '[paragraph] 令和9（2027）年度は合計で20.00 ㎡の増加となりました。',
      '[paragraph] 令和10（2028）年度は、延床面積の増減はありませんでした。',
      '[paragraph] 計画期間全体では、426.00（一般会計の施設426.00）㎡の縮減となりました。',
    ]);
  });

  test('in English; with no general-account facility the plan is still one sentence', () => {
    expect(sentences(report(input('いいえ'), '2029-06-30', 'en'))).toEqual([
      '[paragraph] FY2026: 乙 (abolished), 甲 (abolished), 丙 (added); net 446.00 m2 reduced.',
      '[paragraph] FY2027: net 20.00 m2 increased.',
      '[paragraph] FY2028: no change in floor area.',
      '[paragraph] Over the plan, the floor area changed by 426.00 m2 (general-account facilities 0.00 m2): a reduction.',
    ]);
  });

  test('each year in the table, a year without change included', () => {
    expect(tableRows(report(input('はい'), '2029-06-30'), 'floorArea').at(-1)).toBe('  取組状況 | 446.00 ㎡の縮減 | 20.00 ㎡の増加 | 増減なし');
  });

  test('a plan whose changes cancel out has no sentence, only the note', () => {
    const even = workbook(2026, 2026, [
      activities(['A-1', 2026, 'a', '済', '']),
      facilities([2026, '旧館', '廃止', 80, 'はい'], [2026, '新館', '増加', 80, 'はい']),
    ]);
    expect(report(even, '2027-06-30').filter((l) => l.includes('令和8年度の取組状況'))).toEqual([
      '[note] 令和8年度の取組状況：増減なし（一般会計の施設 増減なし）',
    ]);
  });

  test('a plan whose floor area grew says so', () => {
    const grew = workbook(2026, 2026, [activities(['A-1', 2026, 'a', '済', '']), facilities([2026, '新館', '増加', 80, 'はい'])]);
    expect(sentences(report(grew, '2027-06-30')).at(-1)).toBe('[paragraph] 計画期間全体では、80.00（一般会計の施設80.00）㎡の増加となりました。');
    expect(sentences(report(grew, '2027-06-30', 'en')).at(-1)).toBe(
      '[paragraph] Over the plan, the floor area changed by 80.00 m2 (general-account facilities 80.00 m2): an increase.',
    );
  });
});
