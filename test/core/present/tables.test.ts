/**
 * tables.ts tested directly: every table of the report from a small plan
 * (two projects, two years, a baseline before), each cell's text, kind and
 * value written out here and checked by hand: 1,234.5 + 0.25 = 1,234.75 千円;
 * floor area 1,234.50 abolished and 34.50 added = 1,200.00 ㎡ reduced;
 * goal 1,000.5 of 1,500 = 66.7%; the change since 2026-09-30 per year.
 */
import type { CellValue, WorkbookInput } from '../../../src/core/base/cells';
import { runPipeline } from '../../../src/core/compute/pipeline';
import type { TermView } from '../../../src/core/compute/summarize';
import { cellText, keptTables, netText, numberFormat, type ReportTable, reportTables, termName } from '../../../src/core/present/tables';
import { kitaWorkbook } from '../../support/kita';

type Rows = CellValue[][];

function workbook(activities: Rows, effects: Rows, more: { name: string; rows: Rows }[] = []): WorkbookInput {
  return {
    sheets: [
      {
        name: '設定',
        rows: [
          ['項目', '値'],
          ['計画開始年度', 2026],
          ['計画終了年度', 2027],
          ['取組の視点', '視点一\n視点二'],
        ],
      },
      {
        name: '事業',
        rows: [
          ['事業コード', '事業名', '取組の視点', '計画期間', '取組推進課', '終了年度'],
          ['B-2', '事業B', 2, 'R8～R9', '企画課、財政課', 2027],
          ['A-1', '事業A', 1, '', '', ''],
        ],
      },
      { name: '取組活動', rows: [['事業コード', '年度', '取組活動', '進捗状況'], ...activities] },
      { name: '効果額', rows: [['事業コード', '年度', '効果額（千円）'], ...effects] },
      ...more,
    ],
  };
}

const MORE = [
  {
    name: '達成事項',
    rows: [
      ['事業コード', '目標年度', '達成するべき事項', '達成状況', '概要'],
      ['A-1', '令和8年度～令和9年度', 't1', '未達成', 's1'],
      ['B-2', '令和8年度', 't2', '達成', ''],
      ['B-2', '令和10年度', 't3', '', ''],
      ['A-1', '令和9年度', 't4', '', ''],
    ],
  },
  {
    name: '施設面積',
    rows: [
      ['年度', '施設名', '区分', '面積（㎡）'],
      [2026, '甲', '廃止', 1234.5],
      [2027, '乙', '増加', 34.5],
    ],
  },
  {
    name: '目標',
    rows: [
      ['項目', '目標値', '単位', '年度', '実績'],
      ['G', 1500, '件', 2026, 1000.5],
      ['G', '', '', 2027, ''],
    ],
  },
];

function tables(lang: 'ja' | 'en'): ReportTable[] {
  const live = workbook(
    [
      ['A-1', 2026, 'a', '済'],
      ['B-2', 2027, 'b', '遅れ'],
      ['B-2', 2027, 'c', '概ね順調'],
    ],
    [
      ['A-1', 2026, 1234.5],
      ['B-2', 2027, 0.25],
    ],
    MORE,
  );
  const before = workbook([['A-1', 2026, 'a', '遅れ']], [['A-1', 2026, 0.5]]);
  const { summary } = runPipeline(live, { lang, asOf: '2027-04-01', baselines: [{ date: '2026-09-30', frozenAt: '', input: before }] });
  return reportTables(summary, lang);
}

/** A table as lines: id, title, header, rows (number cells as text{kind:value/decimals}), notes. */
function render(list: ReportTable[]): string[] {
  const cell = (c: ReportTable['rows'][number][number]) =>
    c === null ? '∅' : typeof c === 'string' ? c : `${c.text}{${c.kind}:${c.value}${c.decimals !== undefined ? `/${c.decimals}` : ''}}`;
  return list.flatMap((t) => [t.id, t.title, t.header.join(' | '), ...t.rows.map((row) => row.map(cell).join(' | ')), ...t.notes.map((n) => `note: ${n}`), '']);
}

test('every table in Japanese, cell by cell', () => {
  expect(render(tables('ja'))).toEqual([
    'progress',
    '【進捗状況】',
    '取組年度 | 事業数 | 取組活動数 | 済 | 済（割合） | 概ね順調 | 概ね順調（割合） | 遅れ | 遅れ（割合） | 未着手 | 未着手（割合） | 休止 | 休止（割合）',
    '令和8年度 | 1{count:1} | 1{count:1} | 1{count:1} | 100.0%{percent:1} | 0{count:0} | 0.0%{percent:0} | 0{count:0} | 0.0%{percent:0} | 0{count:0} | 0.0%{percent:0} | 0{count:0} | 0.0%{percent:0}',
    '令和9年度 | 1{count:1} | 2{count:2} | 0{count:0} | 0.0%{percent:0} | 1{count:1} | 50.0%{percent:0.5} | 1{count:1} | 50.0%{percent:0.5} | 0{count:0} | 0.0%{percent:0} | 0{count:0} | 0.0%{percent:0}',
    '',
    'progressRate',
    '【進捗率】',
    '取組年度 | 進捗率 | 取組活動数 | 済＋概ね順調',
    '令和8年度 | 100.0%{percent:1} | 1{count:1} | 1{count:1}',
    '令和9年度 | 50.0%{percent:0.5} | 2{count:2} | 1{count:1}',
    '',
    'achievement',
    '【達成状況】',
    '割合の分母（評価済み） | 達成 件数 | 達成（割合） | 一部未達成 件数 | 一部未達成（割合） | 未達成 件数 | 未達成（割合）',
    '2{count:2} | 1{count:1} | 50.0%{percent:0.5} | 0{count:0} | 0.0%{percent:0} | 1{count:1} | 50.0%{percent:0.5}',
    'note: ※計画終了年度より後を目標年度とした達成するべき事項を除く（1件）',
    'note: ※達成状況が未入力の事項（1件）は含まない',
    '',
    'achievementByYear',
    '【目標年度別の達成状況】',
    '目標年度 | 評価数 | 達成 件数 | 達成（割合） | 一部未達成 件数 | 一部未達成（割合） | 未達成 件数 | 未達成（割合）',
    '令和8年度 | 1{count:1} | 1{count:1} | 100.0%{percent:1} | 0{count:0} | 0.0%{percent:0} | 0{count:0} | 0.0%{percent:0}',
    '令和9年度 | 1{count:1} | 0{count:0} | 0.0%{percent:0} | 0{count:0} | 0.0%{percent:0} | 1{count:1} | 100.0%{percent:1}',
    '',
    // By perspective (#25): A-1 (1) has t1 未達成 due 令和9年度 (and t4 blank); B-2 (2) has t2 達成 due 令和8年度.
    'achievementByPerspective',
    '【取組の視点別の達成状況】',
    '取組の視点 | 評価数 | 達成 件数 | 達成（割合） | 一部未達成 件数 | 一部未達成（割合） | 未達成 件数 | 未達成（割合）',
    '(1) 視点一 | 1{count:1} | 0{count:0} | 0.0%{percent:0} | 0{count:0} | 0.0%{percent:0} | 1{count:1} | 100.0%{percent:1}',
    '(2) 視点二 | 1{count:1} | 1{count:1} | 100.0%{percent:1} | 0{count:0} | 0.0%{percent:0} | 0{count:0} | 0.0%{percent:0}',
    '',
    'achievementByPerspectiveYear',
    '【取組の視点・目標年度別の達成状況】',
    '取組の視点 | 目標年度 | 評価数 | 達成 件数 | 達成（割合） | 一部未達成 件数 | 一部未達成（割合） | 未達成 件数 | 未達成（割合）',
    '(1) 視点一 | 令和9年度 | 1{count:1} | 0{count:0} | 0.0%{percent:0} | 0{count:0} | 0.0%{percent:0} | 1{count:1} | 100.0%{percent:1}',
    '(2) 視点二 | 令和8年度 | 1{count:1} | 1{count:1} | 100.0%{percent:1} | 0{count:0} | 0.0%{percent:0} | 0{count:0} | 0.0%{percent:0}',
    '',
    'shortfalls',
    '【一部未達成、未達成の事項】',
    '区分 | 事業コード | 事業名 | 目標年度 | 達成するべき事項 | 概要',
    '未達成 | A-1 | 事業A | 令和8～9年度 | t1 | s1',
    '',
    'effects',
    '【財政健全化効果額一覧】',
    '年度 | 財政健全化効果額（千円）',
    '令和8年度 | 1,234.50{amount:1234.5/2}',
    '令和9年度 | 0.25{amount:0.25/2}',
    '合計 | 1,234.75{amount:1234.75/2}',
    '',
    'perspective1',
    '【取組結果】 (1) 視点一',
    '区分 | 令和8年度 | 令和9年度 | 計',
    '取組事業数 | 1{count:1} | 0{count:0} | 1{count:1}',
    '(追加事業数) | － | － | －',
    '(終了事業数) | － | － | －',
    '財政健全化効果額（千円） | 1,234.50{amount:1234.5/2} | 0.00{amount:0/2} | 1,234.50{amount:1234.5/2}',
    '',
    'perspective2',
    '【取組結果】 (2) 視点二',
    '区分 | 令和8年度 | 令和9年度 | 計',
    '取組事業数 | 0{count:0} | 1{count:1} | 1{count:1}',
    '(追加事業数) | － | (1 事業){count:1} | (1 事業){count:1}',
    '(終了事業数) | － | (1 事業){count:1} | (1 事業){count:1}',
    '財政健全化効果額（千円） | 0.00{amount:0/2} | 0.25{amount:0.25/2} | 0.25{amount:0.25/2}',
    '',
    'floorArea',
    '【公共施設の総延床面積推移】',
    '区分 | 令和8年度 | 令和9年度',
    '廃止面積（㎡） | 1,234.50{area:1234.5} | 0.00{area:0}',
    '増加面積（㎡） | 0.00{area:0} | 34.50{area:34.5}',
    '取組状況 | 1,234.50 ㎡の縮減 | 34.50 ㎡の増加',
    'note: 令和8～9年度の取組状況：1,200.00 ㎡の縮減（一般会計の施設 1,200.00 ㎡の縮減）',
    '',
    'goals',
    '【目標の進捗】',
    '項目 | 単位 | 目標値 | 令和8年度 | 令和9年度 | 累計 | 進捗率',
    'G | 件 | 1,500{amount:1500} | 1,000.5{amount:1000.5/1} | － | 1,000.5{amount:1000.5/1} | 66.7%{percent:0.667}',
    '',
    'delta',
    '【前回の基準日（2026-09-30）からの増減】',
    '区分 | 令和8年度 | 令和9年度 | 計',
    '取組活動数 | ±0{delta:0} | +2{delta:2} | +2{delta:2}',
    '済 | +1{delta:1} | ±0{delta:0} | +1{delta:1}',
    '概ね順調 | ±0{delta:0} | +1{delta:1} | +1{delta:1}',
    '遅れ | −1{delta:-1} | +1{delta:1} | ±0{delta:0}',
    '未着手 | ±0{delta:0} | ±0{delta:0} | ±0{delta:0}',
    '休止 | ±0{delta:0} | ±0{delta:0} | ±0{delta:0}',
    '財政健全化効果額（千円） | +1,234.00{delta:1234/2} | +0.25{delta:0.25/2} | +1,234.25{delta:1234.25/2}',
    '',
    'deltaAchievement',
    '【達成状況の増減（基準日 2026-09-30 から）】',
    '達成するべき事項の合計数 | 達成 | 一部未達成 | 未達成',
    '+2{delta:2} | +1{delta:1} | ±0{delta:0} | +1{delta:1}',
    '',
    'projects',
    '【取組事業一覧】',
    '事業コード | 事業名 | 取組の視点 | 計画期間 | 取組推進課 | 財政健全化効果額（千円）',
    'A-1 | 事業A | 1{count:1} |  |  | 1,234.50{amount:1234.5/2}',
    'B-2 | 事業B | 2{count:2} | R8～R9 | 企画課、財政課 | 0.25{amount:0.25/2}',
    '',
  ]);
});

test('the same tables in English', () => {
  const lines = render(tables('en'));
  expect(lines.slice(lines.indexOf('shortfalls'))).toEqual([
    'shortfalls',
    'Targets Partly not achieved or Not achieved',
    'Kind | Code | Project | Target year | Target | Summary',
    'Not achieved | A-1 | 事業A | FY2026-FY2027 | t1 | s1',
    '',
    'effects',
    'Fiscal effect',
    'Fiscal year | Fiscal effect (thousand yen)',
    'FY2026 | 1,234.50{amount:1234.5/2}',
    'FY2027 | 0.25{amount:0.25/2}',
    'Total | 1,234.75{amount:1234.75/2}',
    '',
    'perspective1',
    'Results by perspective (1) 視点一',
    'Kind | FY2026 | FY2027 | Total',
    'Projects | 1{count:1} | 0{count:0} | 1{count:1}',
    '(added) | - | - | -',
    '(ended) | - | - | -',
    'Fiscal effect (thousand yen) | 1,234.50{amount:1234.5/2} | 0.00{amount:0/2} | 1,234.50{amount:1234.5/2}',
    '',
    'perspective2',
    'Results by perspective (2) 視点二',
    'Kind | FY2026 | FY2027 | Total',
    'Projects | 0{count:0} | 1{count:1} | 1{count:1}',
    '(added) | - | (1){count:1} | (1){count:1}',
    '(ended) | - | (1){count:1} | (1){count:1}',
    'Fiscal effect (thousand yen) | 0.00{amount:0/2} | 0.25{amount:0.25/2} | 0.25{amount:0.25/2}',
    '',
    'floorArea',
    'Public facility floor area',
    'Kind | FY2026 | FY2027',
    'Abolished (m2) | 1,234.50{area:1234.5} | 0.00{area:0}',
    'Added (m2) | 0.00{area:0} | 34.50{area:34.5}',
    'Net change | 1,234.50 m2 reduced | 34.50 m2 increased',
    'note: FY2026-FY2027 net change: 1,200.00 m2 reduced (general-account facilities 1,200.00 m2 reduced)',
    '',
    'goals',
    'Goals',
    'Goal | Unit | Target | FY2026 | FY2027 | Cumulative | Progress',
    'G | 件 | 1,500{amount:1500} | 1,000.5{amount:1000.5/1} | - | 1,000.5{amount:1000.5/1} | 66.7%{percent:0.667}',
    '',
    'delta',
    'Change since the previous baseline (2026-09-30)',
    'Kind | FY2026 | FY2027 | Total',
    'Activities | ±0{delta:0} | +2{delta:2} | +2{delta:2}',
    'Done | +1{delta:1} | ±0{delta:0} | +1{delta:1}',
    'On track | ±0{delta:0} | +1{delta:1} | +1{delta:1}',
    'Delayed | −1{delta:-1} | +1{delta:1} | ±0{delta:0}',
    'Not started | ±0{delta:0} | ±0{delta:0} | ±0{delta:0}',
    'Suspended | ±0{delta:0} | ±0{delta:0} | ±0{delta:0}',
    'Fiscal effect (thousand yen) | +1,234.00{delta:1234/2} | +0.25{delta:0.25/2} | +1,234.25{delta:1234.25/2}',
    '',
    'deltaAchievement',
    'Achievement change since 2026-09-30',
    'Targets evaluated | Achieved | Partly not achieved | Not achieved',
    '+2{delta:2} | +1{delta:1} | ±0{delta:0} | +1{delta:1}',
    '',
    'projects',
    'Projects',
    'Code | Project | Perspective | Period | Departments | Fiscal effect (thousand yen)',
    'A-1 | 事業A | 1{count:1} |  |  | 1,234.50{amount:1234.5/2}',
    'B-2 | 事業B | 2{count:2} | FY2026-FY2027 | 企画課, 財政課 | 0.25{amount:0.25/2}',
    '',
  ]);
  expect(lines.slice(0, 3)).toEqual([
    'progress',
    'Progress',
    'Fiscal year | Projects | Activities | Done | Done (share) | On track | On track (share) | Delayed | Delayed (share) | Not started | Not started (share) | Suspended | Suspended (share)',
  ]);
});

test('number formats: counts and areas fixed, amounts, percents and changes to their places', () => {
  expect([numberFormat('count', 3), numberFormat('area', 0), numberFormat('area', 3)]).toEqual(['#,##0', '#,##0.00', '#,##0.00']);
  expect([numberFormat('amount', 0), numberFormat('amount', 2)]).toEqual(['#,##0', '#,##0.00']);
  expect([numberFormat('percent', 0), numberFormat('percent', 1), numberFormat('percent', 3)]).toEqual(['0%', '0.0%', '0.000%']);
  expect([numberFormat('delta', 0), numberFormat('delta', 2)]).toEqual(['+#,##0;-#,##0;±0', '+#,##0.00;-#,##0.00;±0']);
});

test('a net change of floor area, to the hundredth', () => {
  expect([netText(0, 'ja'), netText(0.001, 'ja'), netText(-0.004, 'en')]).toEqual(['増減なし', '増減なし', 'no change']);
  expect([netText(-1234.5, 'ja'), netText(0.01, 'ja'), netText(1234567.891, 'en')]).toEqual([
    '1,234.50 ㎡の縮減',
    '0.01 ㎡の増加',
    '1,234,567.89 m2 increased',
  ]);
});

test('a label as a header: its English name, else the label with its meaning, else the label', () => {
  const term = (view: Partial<TermView>): TermView => ({ label: '完了', meaning: 'done', inRate: true, ...view });
  expect([termName(term({}), 'ja'), termName(term({ en: 'Finished' }), 'ja')]).toEqual(['完了', '完了']);
  expect([termName(term({ en: 'Finished' }), 'en'), termName(term({}), 'en'), termName(term({ label: 'B', meaning: 'partial' }), 'en')]).toEqual([
    'Finished',
    '完了 (Done)',
    'B (Partly not achieved)',
  ]);
  expect(termName(term({ label: '序文', meaning: 'introduction' }), 'en')).toBe('序文');
  expect([cellText(''), cellText('x'), cellText({ kind: 'count', value: 1000, text: '1,000' })]).toEqual(['', 'x', '1,000']);
});

test('a plan that counts no label in the rate and has no label short of 達成 still names both headings', () => {
  const categories = {
    name: '区分',
    rows: [
      ['種類', '区分', '意味', '進捗率に含める'],
      ['進捗状況', '完了', '済', 'いいえ'],
      ['進捗状況', '未着手', '未着手', 'いいえ'],
      ['達成状況', '達成', '達成', ''],
    ],
  };
  const input = workbook([['A-1', 2026, 'a', '完了']], [], [categories]);
  for (const [lang, progressing, shortfalls] of [
    ['ja', '進捗率に含める区分', '【一部未達成、未達成の事項】'],
    ['en', 'labels counted in the rate', 'partly or not achieved'],
  ] as const) {
    const list = reportTables(runPipeline(input, { lang }).summary, lang);
    expect(list.find((t) => t.id === 'progressRate')?.header[3]).toContain(progressing);
    // Nothing evaluated: no list of targets short of 達成 at all (never an empty one); with a result, the default words name it.
    expect(list.find((t) => t.id === 'shortfalls')).toBeUndefined();
    const judged = runPipeline(input, { lang }).summary;
    const withResult = { ...judged, achievement: { ...judged.achievement, evaluated: 1 } };
    expect(reportTables(withResult, lang).find((t) => t.id === 'shortfalls')?.title).toContain(shortfalls);
    // No goals, no baseline: neither table.
    expect(list.map((t) => t.id)).toEqual([
      'progress',
      'progressRate',
      'achievement',
      'achievementByYear',
      'achievementByPerspective',
      'achievementByPerspectiveYear',
      'effects',
      'perspective1',
      'perspective2',
      'floorArea',
      'projects',
    ]);
    // No amount at all: the project list says none rather than 0.
    expect(list.find((t) => t.id === 'projects')?.rows.map((row) => row[5])).toEqual(lang === 'ja' ? ['－', '－'] : ['-', '-']);
  }
});

test('the change of amounts keeps the places of the baseline too: 12.25 corrected to 12 prints −0.25', () => {
  const before = workbook([['A-1', 2026, 'a', '済']], [['A-1', 2026, 12.25]]);
  const after = workbook([['A-1', 2026, 'a', '済']], [['A-1', 2026, 12]]);
  const { summary } = runPipeline(after, { asOf: '2027-04-01', baselines: [{ date: '2026-09-30', frozenAt: '', input: before }] });
  const delta = reportTables(summary, 'ja').find((t) => t.id === 'delta');
  const money = delta?.rows[delta.rows.length - 1];
  expect(money?.map((c) => (c === null || typeof c === 'string' ? c : [c.text, c.value, c.decimals]))).toEqual([
    '財政健全化効果額（千円）',
    ['−0.25', -0.25, 2],
    ['±0', 0, 2],
    ['−0.25', -0.25, 2],
  ]);
});

test('a plan with no years yet speaks of its period; a shortfall under a label the plan lacks keeps the standard name', () => {
  // No activity and no years in 設定: no plan years, so the floor-area note names the plan's period.
  const none = runPipeline({
    sheets: [
      {
        name: '事業',
        rows: [
          ['事業コード', '事業名', '取組の視点'],
          ['A-1', '事業A', 1],
        ],
      },
    ],
  }).summary;
  expect(none.years).toEqual([]);
  const floor = (lang: 'ja' | 'en') => reportTables(none, lang).find((t) => t.id === 'floorArea')?.notes;
  expect(floor('ja')).toEqual(['計画期間の取組状況：増減なし（一般会計の施設 増減なし）']);
  expect(floor('en')).toEqual(['Plan net change: no change (general-account facilities no change)']);
  // A result judged 一部未達成 in a plan whose words have no label for it (summarize.ts writes the standard name).
  const read = runPipeline(workbook([['A-1', 2026, 'a', '済']], [])).summary;
  const shortfalls = [
    {
      code: 'A-1',
      projectName: '事業A',
      status: 'partial' as const,
      label: '一部未達成',
      targetYear: '令和8年度',
      years: { first: 2026, last: 2026 },
      target: 't',
      summary: '',
    },
  ];
  const summary = {
    ...read,
    vocabulary: { ...read.vocabulary, result: read.vocabulary.result.filter((term) => term.meaning !== 'partial') },
    achievement: { ...read.achievement, shortfalls, evaluated: 1 },
  };
  const shortfall = (lang: 'ja' | 'en') => reportTables(summary, lang).find((t) => t.id === 'shortfalls')?.rows[0][0];
  expect([shortfall('ja'), shortfall('en')]).toEqual(['一部未達成', '一部未達成 (Partly not achieved)']);
});

test('a one-year plan names its one year in the floor-area note: 令和8年度, FY2026 (not FY2026-FY2026)', () => {
  const one = runPipeline({
    sheets: [
      {
        name: '設定',
        rows: [
          ['項目', '値'],
          ['計画開始年度', 2026],
          ['計画終了年度', 2026],
        ],
      },
      {
        name: '事業',
        rows: [
          ['事業コード', '事業名', '取組の視点'],
          ['A-1', '事業A', 1],
        ],
      },
      {
        name: '施設面積',
        rows: [
          ['年度', '施設名', '区分', '面積（㎡）'],
          [2026, '甲', '廃止', 10],
        ],
      },
    ],
  }).summary;
  expect(one.years).toEqual([2026]);
  const floor = (lang: 'ja' | 'en') => reportTables(one, lang).find((t) => t.id === 'floorArea')?.notes;
  expect(floor('ja')).toEqual(['令和8年度の取組状況：10.00 ㎡の縮減（一般会計の施設 10.00 ㎡の縮減）']);
  expect(floor('en')).toEqual(['FY2026 net change: 10.00 m2 reduced (general-account facilities 10.00 m2 reduced)']);
});

test('the change since a baseline adds each shared meaning’s total: 概ね順調 計 as a row, 達成 計 as a column', () => {
  const live = kitaWorkbook();
  const before = kitaWorkbook();
  // Before: no ほぼ順調 activity in 2024 (a3), and t7 not yet judged 上回って達成.
  const activities = before.sheets.find((s) => s.name === '取組活動');
  const targets = before.sheets.find((s) => s.name === '達成事項');
  if (!activities || !targets) throw new Error('kita has no 取組活動 or 達成事項');
  activities.rows = activities.rows.filter((row) => row[2] !== 'a3');
  targets.rows = targets.rows.map((row) => (row[2] === 't7' ? [...row.slice(0, 3), null, ''] : row));
  const { summary } = runPipeline(live, { asOf: '2026-03-31', baselines: [{ date: '2025-09-30', frozenAt: '', input: before }] });
  const lines = render(reportTables(summary, 'ja').filter((t) => t.id === 'delta' || t.id === 'deltaAchievement'));
  expect(lines).toEqual([
    'delta',
    '【前回の基準日（2025-09-30）からの増減】',
    '区分 | 令和6年度 | 令和7年度 | 計',
    '取組活動数 | +1{delta:1} | ±0{delta:0} | +1{delta:1}',
    '完了 | ±0{delta:0} | ±0{delta:0} | ±0{delta:0}',
    '順調 | ±0{delta:0} | ±0{delta:0} | ±0{delta:0}',
    'ほぼ順調 | +1{delta:1} | ±0{delta:0} | +1{delta:1}',
    '遅れ | ±0{delta:0} | ±0{delta:0} | ±0{delta:0}',
    '概ね順調 計 | +1{delta:1} | ±0{delta:0} | +1{delta:1}',
    '財政健全化効果額（千円） | ±0{delta:0} | ±0{delta:0} | ±0{delta:0}',
    '',
    'deltaAchievement',
    '【達成状況の増減（基準日 2025-09-30 から）】',
    '達成するべき事項の合計数 | 上回って達成 | おおむね達成 | 未達成 | 最終年度まで | 達成 計',
    '+1{delta:1} | +1{delta:1} | ±0{delta:0} | ±0{delta:0} | ±0{delta:0} | +1{delta:1}',
    '',
  ]);
  // What the terminal and the 集計 sheet print: no 効果額 row, the plan keeps no 効果額.
  const kept = keptTables(summary, 'ja').find((t) => t.id === 'delta');
  expect(kept?.rows.map((row) => row[0])).toEqual(['取組活動数', '完了', '順調', 'ほぼ順調', '遅れ', '概ね順調 計']);
});
