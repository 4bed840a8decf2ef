/**
 * read.ts sheet by sheet: for each sheet of the contract, every record read
 * (every field, toStrictEqual) and every problem (severity, sheet, cell, value
 * shown, suggestion, and the message in Japanese and in English), for clean and
 * dirty rows of a plan that is not the seed's (2031–2033, two perspectives of
 * its own, amounts in 百万円, its own 区分 words). Written for the mutation
 * run's survivors in read.ts (reports/mutation-record-2026.md); each test reads in its body.
 */
import type { CellValue, SheetInput, WorkbookInput } from '../../../src/core/base/cells';
import { readWorkbook, type WorkbookData } from '../../../src/core/read/read';
import { localizeProblem } from '../../../src/core/words/problems';

type Rows = CellValue[][];

const SETTINGS: Rows = [
  ['項目', '値'],
  ['計画名', '試験市改革プラン'],
  ['計画開始年度', 2031],
  ['計画終了年度', 2033],
  ['取組の視点', 'くらし'],
  ['取組の視点', 'しごと'],
  ['金額単位', '百万円'],
];

const CATEGORIES: Rows = [
  ['種類', '区分', '意味', '進捗率に含める', '別名'],
  ['進捗状況', '完了', 'done', '', 'おわり、済'],
  ['進捗状況', '取組中', 'onTrack', '○', ''],
  ['進捗状況', '未着手', 'notStarted', '', ''],
  ['達成状況', 'A', 'achieved', '', 'Ａ評価'],
  ['達成状況', 'B', 'partial', '', ''],
  ['達成状況', 'C', 'notAchieved', '', ''],
];

// Code in the second column: a problem naming the first row of a code points at column B.
const PROJECTS: Rows = [
  ['取組の視点', '事業コード', '事業名', '計画期間', '取組推進課', '終了年度', '終了区分', '事業の概要'],
  ['くらし', 'K-01', '窓口の改善', 'R13～R15', '市民課、情報課\n総務課,財政課', '', '', '  窓口を一つにする  '],
  [2, 'S-01', '施設の集約', '2031～2032', '', 2032, '休止', ''],
  ['しごと', 'K-01', '重複した事業', '', '', '', '', ''],
  ['くらし', 'N-01', '', '', '', '', '', ''],
  ['みらい', 'P-01', '視点のない事業', '', '', '', '', ''],
  ['しごと', 'E-01', '終わり方が不明', '', '', '来年', '謎', ''],
  ['しごと', 'Q-01', '期間が不明', '三年間', '', '', '', ''],
  ['しごと', '', 'コードのない事業', '', '', '', '', ''],
  ['', 'R-01', '視点が空の事業', '', '', '', '', ''],
  ['くらし', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ-01', '長いコードの事業', '', '', '', '', ''],
];

function workbook(...sheets: SheetInput[]): WorkbookInput {
  const base: SheetInput[] = [
    { name: '設定', rows: SETTINGS },
    { name: '区分', rows: CATEGORIES },
    { name: '事業', rows: PROJECTS },
    { name: '取組活動', rows: [['事業コード', '年度', '取組活動', '進捗状況', '取組内容・成果']] },
  ];
  const names = new Set(sheets.map((s) => s.name));
  return { sheets: [...base.filter((s) => !names.has(s.name)), ...sheets] };
}

/** Every problem in full, in both languages. */
function problems(data: WorkbookData) {
  return data.problems.items.map((p) => {
    const ja = localizeProblem(p, 'ja');
    const en = localizeProblem(p, 'en');
    return [p.severity, p.sheet, p.cell, p.value, p.suggestion ?? null, ja.message, en.message];
  });
}

const ACTIVITIES: Rows = [
  ['事業コード', '年度', '取組活動', '進捗状況', '取組内容・成果'],
  ['K-01', 2031, '受付を一つに', '完了', ''],
  ['S-01', 'R14', '集約の計画', '取組中', '説明会を開催'],
  ['K-01', 2032, '受付の案内', '完了', ' 掲示を更新 '],
  ['K-01', '2033', '受付の表示', '未着手', 5],
  ['S-01', 2033, ' 受付\u200bの掲示 ', '取組中', '掲示板'],
  ['S-01', 2032, '備考のない行', '取組中'],
  [],
  ['N-01', 2031, '名前のない事業の活動', '完了', ''],
  ['P-01', 2031, '視点のない事業の活動', '完了', ''],
  ['R-01', 2031, '視点が空の事業の活動', '完了', ''],
  ['X-01', 2031, '似たコード', '完了', ''],
  ['N-01x', 2031, '壊れた事業にだけ近いコード', '完了', ''],
  ['ABCDEFGHIJKLMNOPQRSTUVWXYZ-01X', 2031, '30文字のコード', '完了', ''],
  ['ABCDEFGHIJKLMNOPQRSTUVWXYZ-01XY', 2031, '31文字のコード', '完了', ''],
  ['S-01', 2031, '別名の状況', 'おわり', ''],
  ['S-01', 2031, '知らない状況', '取組ちゅう', ''],
  ['S-01', '来年度', '年度が変', '完了', ''],
  ['', '', '', '', '備考だけの行'],
  ['Ｓ－０１', 2033, '全角のコード', '取組中', ''],
  ['S-01', 2031, '', '完了', ''],
];

const TARGETS: Rows = [
  ['事業コード', '目標年度', '達成するべき事項', '達成状況', '概要'],
  ['K-01', 'R13～R14', '窓口を一つにする', 'A', ' 一つにした '],
  ['S-01', 2033, '施設を三つ減らす', '', ''],
  ['S-01', 2031, '施設を二つ減らす', 'Ａ評価', ''],
  ['K-01', 2033, '案内を増やす', 'B', ''],
  ['K-01', 2031, '知らない結果', 'D', ''],
  ['K-01', '三年後', '年度が変', '', ''],
  ['Z-99', 2031, '知らない事業', 'A', ''],
  ['S-01', 2032, '', 'C', ''],
  ['S-01', 2032, '結果が数式エラー', '#N/A', ''],
];

const EFFECTS: Rows = [
  ['事業コード', '年度', '効果額（百万円）', '区分'],
  ['K-01', 2031, 12.5, '歳出削減'],
  ['S-01', 'R14', '1,200', '歳入確保'],
  ['S-01', 2033, 3, ''],
  ['K-01', 2032, -4, '歳出削減'],
  ['K-01', 2033, '多い', '歳出削減'],
  ['K-01', 2033, 2, '謎'],
  ['S-01', '', 1, ''],
];

const FLOOR: Rows = [
  ['年度', '施設名', '区分', '面積（㎡）', '一般会計'],
  [2031, '旧庁舎', '廃止', '1,234.5', ''],
  ['R14', '新館', '増加', 100.25, '×'],
  [2032, '倉庫', '廃止', 50, 0],
  [2032, '車庫', '廃止', 20, true],
  [2033, '空き地', '廃止', 0, ''],
  [2033, '不明', '謎', 10, ''],
  [2033, '広場', '廃止', '広い', ''],
  [2033, '詰所', '廃止', 5, 'たぶん'],
];

const DEPARTMENTS: Rows = [
  ['課名', 'メール'],
  ['市民課', 'shimin@example.jp, joho@example.jp; somu@example.jp'],
  ['財政課', 'zaisei@example'],
  ['', 'nobody@example.jp'],
];

// 区分 with its mistakes: labels of both kinds, an unknown kind, a label twice, an unknown meaning,
// 進捗率に含める on a result (ignored) and unreadable, variants that are another label or its own.
const CATEGORIES_DIRTY: Rows = [
  ['種類', '区分', '意味', '進捗率に含める', '別名'],
  ['進捗', '完了', 'done', '×', '完了、おわり\n済'],
  ['progress', '取組中', 'onTrack', '', '順調，おわり'],
  ['進捗状況', '完了', 'done', '', ''],
  ['謎の種類', '保留', 'done', '', ''],
  ['進捗状況', '保留', 'hold', '', ''],
  ['進捗状況', '保留中', 'delayed', 'たぶん', ''],
  ['進捗状況', '\u00ad', 'delayed', '', ''],
  ['進捗状況', '', 'delayed', '', ''],
  ['result', 'S', 'achieved', '○', '取組中'],
  ['達成状況', 'T', 'notAchieved', '', 'S'],
];

const INDICATORS: Rows = [
  ['事業コード', '達成するべき事項', '指標名', '年度', '目標値', '実績値', '判定', '単位'],
  ['K-01', '窓口を一つにする', '窓口の数', 2031, 1, 1, '以下', 'か所'],
  ['S-01', '#3', '施設数', 'R13', '2施設', '', '', ''],
  ['S-01', '行4', '満足度', 2033, '90%', 0.93, '', ''],
  ['S-01', 'row 3', '利用率', 2032, 90, 0.95, '', '%'],
  ['K-01', '5', '案内率', 2033, 0.9, '95%', '', ''],
  ['K-01', '知らない事項', '不明', 2031, 1, '', '', ''],
  ['S-01', '施設を二つ減らす', '判定が変', 2031, 1, 2, 'だいたい', ''],
  ['S-01', '施設を二つ減らす', '', '来年', 'たくさん', '少し', '', ''],
  ['Z-99', '施設を二つ減らす', '知らない事業', 2031, 1, 1, '', ''],
];

const GOALS: Rows = [
  ['項目', '目標値', '単位', '年度', '実績'],
  ['効果額の合計', '1,000百万円', '百万円', 'R15', ''],
  ['効果額の合計', 500, ' 百万円 ', 2032, '480'],
  ['職員数', '', '人', 2033, 'たくさん'],
  ['', 10, '', 2033, ''],
  ['施設数', 'とても多い', '', '来年', ''],
];

const REPORT: Rows = [
  ['見出し', '視点', '本文'],
  ['はじめに', '', ' 一段落目\r\n二段落目\r三段落目 '],
  ['概要', 'しごと', 'しごとの概要'],
  ['課題', 2, ''],
  ['概要', '', '視点のない概要'],
  ['目次', '', '知らない見出し'],
  ['課題と今後の方向性', 'みらい', '知らない視点'],
  ['総括', '', '   '],
  ['', '', '見出しのない本文'],
];

function main() {
  return readWorkbook(
    workbook(
      { name: '取組活動', rows: ACTIVITIES },
      { name: '達成事項', rows: TARGETS },
      { name: '効果額', rows: EFFECTS },
      { name: '施設面積', rows: FLOOR },
      { name: '部署', rows: DEPARTMENTS },
    ),
    { currentYear: 2032, asOfText: '令和14年度' },
  );
}

test('事業, 取組活動, 達成事項, 効果額, 施設面積, 部署: every record with every field', () => {
  const { problems: _problems, settings: _settings, vocabulary: _vocabulary, ...read } = main();
  expect(read).toStrictEqual({
    goals: [],
    projects: [
      {
        code: 'K-01',
        name: '窓口の改善',
        perspective: 1,
        periodText: 'R13~R15',
        departments: ['市民課', '情報課', '総務課', '財政課'],
        summary: '窓口を一つにする',
        row: 1,
        period: { first: 2031, last: 2033 },
      },
      {
        code: 'S-01',
        name: '施設の集約',
        perspective: 2,
        periodText: '2031~2032',
        departments: [],
        summary: '',
        row: 2,
        period: { first: 2031, last: 2032 },
        endYear: 2032,
        endKind: 'suspended',
      },
      { code: 'E-01', name: '終わり方が不明', perspective: 2, periodText: '', departments: [], summary: '', row: 6 },
      { code: 'Q-01', name: '期間が不明', perspective: 2, periodText: '三年間', departments: [], summary: '', row: 7 },
      { code: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ-01', name: '長いコードの事業', perspective: 1, periodText: '', departments: [], summary: '', row: 10 },
    ],
    activities: [
      { code: 'K-01', project: 0, year: 2031, yearColumn: 1, activity: '受付を一つに', status: 'done', label: 0, notes: '', row: 1 },
      { code: 'S-01', project: 1, year: 2032, yearColumn: 1, activity: '集約の計画', status: 'onTrack', label: 1, notes: '説明会を開催', row: 2 },
      { code: 'K-01', project: 0, year: 2032, yearColumn: 1, activity: '受付の案内', status: 'done', label: 0, notes: '掲示を更新', row: 3 },
      { code: 'K-01', project: 0, year: 2033, yearColumn: 1, activity: '受付の表示', status: 'notStarted', label: 2, notes: '5', row: 4 },
      { code: 'S-01', project: 1, year: 2033, yearColumn: 1, activity: '受付の掲示', status: 'onTrack', label: 1, notes: '掲示板', row: 5 },
      { code: 'S-01', project: 1, year: 2032, yearColumn: 1, activity: '備考のない行', status: 'onTrack', label: 1, notes: '', row: 6 },
      { code: 'S-01', project: 1, year: 2031, yearColumn: 1, activity: '別名の状況', status: 'done', label: 0, notes: '', row: 15 },
      { code: 'S-01', project: 1, year: 2033, yearColumn: 1, activity: '全角のコード', status: 'onTrack', label: 1, notes: '', row: 19 },
    ],
    targets: [
      {
        code: 'K-01',
        project: 0,
        resultColumn: 3,
        years: { first: 2031, last: 2032 },
        target: '窓口を一つにする',
        result: 'achieved',
        resultLabel: 0,
        summary: '一つにした',
        row: 1,
      },
      {
        code: 'S-01',
        project: 1,
        resultColumn: 3,
        years: { first: 2033, last: 2033 },
        target: '施設を三つ減らす',
        result: null,
        resultLabel: -1,
        summary: '',
        row: 2,
      },
      {
        code: 'S-01',
        project: 1,
        resultColumn: 3,
        years: { first: 2031, last: 2031 },
        target: '施設を二つ減らす',
        result: 'achieved',
        resultLabel: 0,
        summary: '',
        row: 3,
      },
      {
        code: 'K-01',
        project: 0,
        resultColumn: 3,
        years: { first: 2033, last: 2033 },
        target: '案内を増やす',
        result: 'partial',
        resultLabel: 1,
        summary: '',
        row: 4,
      },
    ],
    effects: [
      { code: 'K-01', project: 0, year: 2031, yearColumn: 1, amount: 12.5, row: 1, kind: 'spendingCut' },
      { code: 'S-01', project: 1, year: 2032, yearColumn: 1, amount: 1200, row: 2, kind: 'revenue' },
      { code: 'S-01', project: 1, year: 2033, yearColumn: 1, amount: 3, row: 3 },
    ],
    facilities: [
      { year: 2031, yearColumn: 0, name: '旧庁舎', change: 'abolished', areaHundredths: 123450, generalAccount: true, row: 1 },
      { year: 2032, yearColumn: 0, name: '新館', change: 'added', areaHundredths: 10025, generalAccount: false, row: 2 },
      { year: 2032, yearColumn: 0, name: '倉庫', change: 'abolished', areaHundredths: 5000, generalAccount: false, row: 3 },
      { year: 2032, yearColumn: 0, name: '車庫', change: 'abolished', areaHundredths: 2000, generalAccount: true, row: 4 },
    ],
    departments: [
      { name: '市民課', emails: ['shimin@example.jp', 'joho@example.jp', 'somu@example.jp'], row: 1, emailColumn: 1 },
      { name: '財政課', emails: ['zaisei@example'], row: 2, emailColumn: 1 },
    ],
    indicators: [],
    reportTexts: [],
    sheetNames: {
      settings: '設定',
      categories: '区分',
      projects: '事業',
      activities: '取組活動',
      targets: '達成事項',
      effects: '効果額',
      floorArea: '施設面積',
      departments: '部署',
    },
    // #25 What the plan keeps: every sheet found with a row below its header (目標 is absent here).
    sheetsWithRows: ['settings', 'categories', 'projects', 'activities', 'targets', 'effects', 'floorArea', 'departments'],
  });
});

test('事業, 取組活動, 達成事項, 効果額, 施設面積, 部署: every problem, where, what and the message in both languages', () => {
  // Rows referring to a project whose own row has an error (N-01: no name, P-01 and R-01: no perspective) say nothing more.
  expect(problems(main())).toStrictEqual([
    [
      'error',
      '事業',
      'B4',
      'K-01',
      null,
      '事業コード「K-01」が重複しています（最初は B2）。最初の行を使います。',
      'Project code "K-01" is used twice (first in B2); the first row is used.',
    ],
    ['error', '事業', 'C5', '', null, '「事業名」が空です。値を入力してください。', '"Name" is empty; enter a value.'],
    [
      'error',
      '事業',
      'A6',
      'みらい',
      null,
      '取組の視点「みらい」がわかりません。1～2の番号か、視点の名前（くらし、しごと）を入力してください。',
      'Perspective "みらい" is unknown; enter a number 1-2 or a perspective name (くらし, しごと).',
    ],
    [
      'error',
      '事業',
      'F7',
      '来年',
      null,
      '「来年」は年度として読めません。例: 令和2年度、R2、2020、FY2020、年度内の日付。',
      '"来年" is not a fiscal year. Examples: 令和2年度, R2, 2020, FY2020, or a date in the year.',
    ],
    [
      'error',
      '事業',
      'G7',
      '謎',
      null,
      '終了区分「謎」は使えません。使える値: 終了 / 休止。',
      'End kind "謎" is not allowed. Allowed: 終了 (ended) / 休止 (suspended).',
    ],
    [
      'error',
      '事業',
      'D8',
      '三年間',
      null,
      '「三年間」は年度または年度の範囲として読めません。例: 令和5年度、令和2～5年度、H28～R5、2020-2023。',
      '"三年間" is not a fiscal year or range. Examples: 令和5年度, 令和2～5年度, H28～R5, 2020-2023.',
    ],
    ['error', '事業', 'B9', '', null, '「事業コード」が空です。値を入力してください。', '"Code" is empty; enter a value.'],
    ['error', '事業', 'A10', '', null, '「取組の視点」が空です。値を入力してください。', '"Perspective" is empty; enter a value.'],
    [
      'error',
      '取組活動',
      'A12',
      'X-01',
      'K-01',
      '事業コード「X-01」は「事業」シートにありません。「K-01」ではありませんか。',
      'Project code "X-01" is not on the Projects sheet. Did you mean "K-01"?',
    ],
    [
      'error',
      '取組活動',
      'A13',
      'N-01x',
      'K-01',
      '事業コード「N-01x」は「事業」シートにありません。「K-01」ではありませんか。',
      'Project code "N-01x" is not on the Projects sheet. Did you mean "K-01"?',
    ],
    [
      'error',
      '取組活動',
      'A14',
      'ABCDEFGHIJKLMNOPQRSTUVWXYZ-01X',
      'ABCDEFGHIJKLMNOPQRSTUVWXYZ-01',
      '事業コード「ABCDEFGHIJKLMNOPQRSTUVWXYZ-01X」は「事業」シートにありません。「ABCDEFGHIJKLMNOPQRSTUVWXYZ-01」ではありませんか。',
      'Project code "ABCDEFGHIJKLMNOPQRSTUVWXYZ-01X" is not on the Projects sheet. Did you mean "ABCDEFGHIJKLMNOPQRSTUVWXYZ-01"?',
    ],
    [
      'error',
      '取組活動',
      'A15',
      'ABCDEFGHIJKLMNOPQRSTUVWXYZ-01XY',
      null,
      '事業コード「ABCDEFGHIJKLMNOPQRSTUVWXYZ-01XY」は「事業」シートにありません。',
      'Project code "ABCDEFGHIJKLMNOPQRSTUVWXYZ-01XY" is not on the Projects sheet.',
    ],
    [
      'warning',
      '取組活動',
      'D16',
      'おわり',
      '完了',
      '「おわり」を進捗状況「完了」として読みました。「完了」と入力してください。',
      '"おわり" was read as the status "完了"; please type "完了".',
    ],
    [
      'error',
      '取組活動',
      'D17',
      '取組ちゅう',
      null,
      '進捗状況「取組ちゅう」は使えません。使える値: 完了 / 取組中 / 未着手。',
      'Progress status "取組ちゅう" is not allowed. Allowed: 完了 / 取組中 / 未着手.',
    ],
    [
      'error',
      '取組活動',
      'B18',
      '来年度',
      null,
      '「来年度」は年度として読めません。例: 令和2年度、R2、2020、FY2020、年度内の日付。',
      '"来年度" is not a fiscal year. Examples: 令和2年度, R2, 2020, FY2020, or a date in the year.',
    ],
    ['error', '取組活動', 'A19', '', null, '「事業コード」が空です。値を入力してください。', '"Code" is empty; enter a value.'],
    ['error', '取組活動', 'B19', '', null, '「年度」が空です。値を入力してください。', '"Fiscal year" is empty; enter a value.'],
    ['error', '取組活動', 'C19', '', null, '「取組活動」が空です。値を入力してください。', '"Activity" is empty; enter a value.'],
    ['error', '取組活動', 'D19', '', null, '「進捗状況」が空です。値を入力してください。', '"Status" is empty; enter a value.'],
    [
      'warning',
      '取組活動',
      'A20',
      'Ｓ－０１',
      null,
      '事業コード「Ｓ－０１」に全角文字・空白・見えない文字が含まれています。「S-01」として読みました。',
      'Project code "Ｓ－０１" contains full-width, space or invisible characters; read as "S-01".',
    ],
    ['error', '取組活動', 'C21', '', null, '「取組活動」が空です。値を入力してください。', '"Activity" is empty; enter a value.'],
    [
      'warning',
      '達成事項',
      'D4',
      'Ａ評価',
      'A',
      '「Ａ評価」を達成状況「A」として読みました。「A」と入力してください。',
      '"Ａ評価" was read as the result "A"; please type "A".',
    ],
    [
      'warning',
      '達成事項',
      'D5',
      'B',
      null,
      '目標年度 2033 はまだ始まっていません（基準日 令和14年度）が、達成状況「B」が入力されています。達成状況は目標年度が始まってから入力するか、目標年度が誤りなら直してください。',
      'The target year FY2033 has not begun yet (as of 令和14年度), but a result "B" is entered. Enter the result once the year has begun, or correct the target year if it is wrong.',
    ],
    [
      'error',
      '達成事項',
      'D6',
      'D',
      null,
      '達成状況「D」は使えません。使える値: A / B / C（未評価は空欄か －）。',
      'Achievement result "D" is not allowed. Allowed: A / B / C (blank or － if not evaluated yet).',
    ],
    [
      'error',
      '達成事項',
      'B7',
      '三年後',
      null,
      '「三年後」は年度または年度の範囲として読めません。例: 令和5年度、令和2～5年度、H28～R5、2020-2023。',
      '"三年後" is not a fiscal year or range. Examples: 令和5年度, 令和2～5年度, H28～R5, 2020-2023.',
    ],
    ['error', '達成事項', 'A8', 'Z-99', null, '事業コード「Z-99」は「事業」シートにありません。', 'Project code "Z-99" is not on the Projects sheet.'],
    ['error', '達成事項', 'C9', '', null, '「達成するべき事項」が空です。値を入力してください。', '"Target" is empty; enter a value.'],
    ['error', '達成事項', 'D10', '#N/A', null, '数式のエラー値 #N/A です。元の数式を直してください。', 'Formula error #N/A; fix the formula that produces it.'],
    ['error', '効果額', 'C5', '-4', null, '「-4」は負の値です。効果額には0以上の値を入力してください。', '"-4" is negative; Amount must be zero or more.'],
    [
      'error',
      '効果額',
      'C6',
      '多い',
      null,
      '「多い」は数値として読めません。例: 1,234、１２３４、－（0）。',
      '"多い" is not a number. Examples: 1,234, １２３４, － (zero).',
    ],
    [
      'error',
      '効果額',
      'D7',
      '謎',
      null,
      '区分「謎」は使えません。使える値: 歳出削減 / 歳入確保。',
      'Kind "謎" is not allowed. Allowed: 歳出削減 (spending cut) / 歳入確保 (revenue).',
    ],
    ['error', '効果額', 'B8', '', null, '「年度」が空です。値を入力してください。', '"Fiscal year" is empty; enter a value.'],
    [
      'error',
      '施設面積',
      'D6',
      '0',
      null,
      '面積「0」は0より大きい値にしてください（廃止・増加は「区分」で表します）。',
      'Area "0" must be greater than zero (abolished or added is given by "Change").',
    ],
    [
      'error',
      '施設面積',
      'C7',
      '謎',
      null,
      '区分「謎」は使えません。使える値: 廃止 / 増加。',
      'Change "謎" is not allowed. Allowed: 廃止 (abolished) / 増加 (added).',
    ],
    [
      'error',
      '施設面積',
      'D8',
      '広い',
      null,
      '「広い」は数値として読めません。例: 1,234、１２３４、－（0）。',
      '"広い" is not a number. Examples: 1,234, １２３４, － (zero).',
    ],
    [
      'error',
      '施設面積',
      'E9',
      'たぶん',
      null,
      '一般会計「たぶん」が読めません。使える値: TRUE / FALSE、○ / ×、はい / いいえ（空欄はTRUE）。',
      'General account "たぶん" is unclear. Allowed: TRUE / FALSE, ○ (yes) / × (no), yes / no (blank = TRUE).',
    ],
    [
      'error',
      '部署',
      'B3',
      'zaisei@example',
      null,
      'メールアドレス「zaisei@example」は使えません: 「@」の後のドメイン名が正しくありません（例: example.jp）。',
      'E-mail address "zaisei@example" is refused: the domain after "@" is not valid (e.g. example.jp).',
    ],
    ['error', '部署', 'A4', '', null, '「課名」が空です。値を入力してください。', '"Department" is empty; enter a value.'],
  ]);
});

test('区分: the plan’s labels with their variants, and every mistake of the sheet', () => {
  const data = readWorkbook(workbook({ name: '区分', rows: CATEGORIES_DIRTY }));
  expect(data.vocabulary.progress.terms).toStrictEqual([
    { label: '完了', meaning: 'done', inRate: false, variants: ['完了', 'おわり', '済'], definition: '' },
    { label: '取組中', meaning: 'onTrack', inRate: true, variants: ['順調'], definition: '' },
  ]);
  expect(data.vocabulary.result.terms).toStrictEqual([
    { label: 'S', meaning: 'achieved', inRate: false, variants: ['取組中'], definition: '' },
    { label: 'T', meaning: 'notAchieved', inRate: false, variants: [], definition: '' },
  ]);
  expect(problems(data).filter((p) => p[1] === '区分')).toStrictEqual([
    [
      'error',
      '区分',
      'B4',
      '完了',
      null,
      '区分「完了」は進捗状況に2回あります（最初は B2）。この行は使いません。',
      'Label "完了" appears twice in progress (first in B2); this row is left out.',
    ],
    [
      'error',
      '区分',
      'A5',
      '謎の種類',
      null,
      '種類「謎の種類」は使えません。使える値: 進捗状況 / 達成状況。この行は使いません。',
      'Kind "謎の種類" is not allowed. Allowed: 進捗状況 (progress) / 達成状況 (result). The row is left out.',
    ],
    [
      'error',
      '区分',
      'C6',
      'hold',
      null,
      '意味「hold」は標準の意味ではありません。使える値: 済 / 概ね順調 / 遅れ / 未着手 / 休止。この行は使いません。',
      'Meaning "hold" is not a standard meaning. Allowed: 済 (done) / 概ね順調 (onTrack) / 遅れ (delayed) / 未着手 (notStarted) / 休止 (suspended). The row is left out.',
    ],
    [
      'error',
      '区分',
      'D7',
      'たぶん',
      null,
      '進捗率に含める「たぶん」が読めません。使える値: ○ / ×（TRUE / FALSE、はい / いいえ）。この行は使いません。',
      'In rate "たぶん" is unclear. Allowed: ○ / × (TRUE / FALSE, yes / no). The row is left out.',
    ],
    ['error', '区分', 'B8', '', null, '「区分」が空です。値を入力してください。', '"Label" is empty; enter a value.'],
    ['error', '区分', 'B9', '', null, '「区分」が空です。値を入力してください。', '"Label" is empty; enter a value.'],
    [
      'warning',
      '区分',
      'D10',
      '○',
      null,
      '進捗率に含めるは進捗状況の区分だけに使います。達成状況の行では無視します。',
      '"In rate" applies to progress labels only; it is ignored on a result row.',
    ],
    [
      'warning',
      '区分',
      'E3',
      'おわり',
      null,
      '別名「おわり」は進捗状況の区分「完了」の区分名か別名でもあります。この別名は使いません。',
      'Variant "おわり" is also the label or a variant of "完了" in progress; this variant is ignored.',
    ],
    [
      'warning',
      '区分',
      'E11',
      'S',
      null,
      '別名「S」は達成状況の区分「S」の区分名か別名でもあります。この別名は使いません。',
      'Variant "S" is also the label or a variant of "S" in results; this variant is ignored.',
    ],
  ]);
});

function more() {
  return readWorkbook(
    workbook({ name: '達成事項', rows: TARGETS }, { name: '指標', rows: INDICATORS }, { name: '目標', rows: GOALS }, { name: '報告書', rows: REPORT }),
  );
}

test('指標: targets by text, #n, 行n, row n or n; percentages in two forms; every mistake', () => {
  const data = more();
  expect(data.indicators).toStrictEqual([
    { code: 'K-01', target: 0, name: '窓口の数', year: 2031, goal: 1, actual: 1, rule: 'atMost', unit: 'か所', row: 1 },
    { code: 'S-01', target: 1, name: '施設数', year: 2031, goal: 2, actual: null, rule: 'atLeast', unit: '', row: 2 },
    { code: 'S-01', target: 2, name: '満足度', year: 2033, goal: 90, actual: 93, rule: 'atLeast', unit: '', row: 3 },
    { code: 'S-01', target: 1, name: '利用率', year: 2032, goal: 90, actual: 95, rule: 'atLeast', unit: '%', row: 4 },
    { code: 'K-01', target: 3, name: '案内率', year: 2033, goal: 90, actual: 95, rule: 'atLeast', unit: '', row: 5 },
  ]);
  expect(problems(data).filter((p) => p[1] === '指標')).toStrictEqual([
    [
      'warning',
      '指標',
      'F4',
      '0.93',
      null,
      '「0.93」は小数の割合（1.5以下、例: 0.93）ですが、同じ行のもう一方は百分率です。93（%）として判定しました。どちらかにそろえてください。',
      '"0.93" is a decimal fraction (1.5 or less, e.g. 0.93) while the other value of this row is a percentage; it was judged as 93 (%). Write both the same way.',
    ],
    [
      'warning',
      '指標',
      'F5',
      '0.95',
      null,
      '「0.95」は小数の割合（1.5以下、例: 0.93）ですが、同じ行のもう一方は百分率です。95（%）として判定しました。どちらかにそろえてください。',
      '"0.95" is a decimal fraction (1.5 or less, e.g. 0.93) while the other value of this row is a percentage; it was judged as 95 (%). Write both the same way.',
    ],
    [
      'warning',
      '指標',
      'E6',
      '0.9',
      null,
      '「0.9」は小数の割合（1.5以下、例: 0.93）ですが、同じ行のもう一方は百分率です。90（%）として判定しました。どちらかにそろえてください。',
      '"0.9" is a decimal fraction (1.5 or less, e.g. 0.93) while the other value of this row is a percentage; it was judged as 90 (%). Write both the same way.',
    ],
    [
      'error',
      '指標',
      'B7',
      '知らない事項',
      null,
      '達成するべき事項「知らない事項」が「達成事項」シートの事業「K-01」の行にありません。事項の文をそのまま入れるか、行番号（例: #12）を入れてください。',
      'Target "知らない事項" is not a row of project "K-01" on the Targets sheet. Copy the target\'s text, or give its row number (e.g. #12).',
    ],
    [
      'error',
      '指標',
      'G8',
      'だいたい',
      null,
      '判定「だいたい」は使えません。使える値: 以上 / 以下 / 以内 / 超 / 未満 / 等しい（空欄は以上）。',
      'Rule "だいたい" is not allowed. Allowed: 以上 (>=) / 以下 (<=) / 以内 (<=) / 超 (>) / 未満 (<) / 等しい (=); blank means >=.',
    ],
    ['error', '指標', 'C9', '', null, '「指標名」が空です。値を入力してください。', '"Indicator" is empty; enter a value.'],
    [
      'error',
      '指標',
      'D9',
      '来年',
      null,
      '「来年」は年度として読めません。例: 令和2年度、R2、2020、FY2020、年度内の日付。',
      '"来年" is not a fiscal year. Examples: 令和2年度, R2, 2020, FY2020, or a date in the year.',
    ],
    [
      'error',
      '指標',
      'E9',
      'たくさん',
      null,
      '「たくさん」は数値として読めません。例: 1,234、１２３４、－（0）。',
      '"たくさん" is not a number. Examples: 1,234, １２３４, － (zero).',
    ],
    [
      'error',
      '指標',
      'F9',
      '少し',
      null,
      '「少し」は数値として読めません。例: 1,234、１２３４、－（0）。',
      '"少し" is not a number. Examples: 1,234, １２３４, － (zero).',
    ],
    ['error', '指標', 'A10', 'Z-99', null, '事業コード「Z-99」は「事業」シートにありません。', 'Project code "Z-99" is not on the Projects sheet.'],
  ]);
});

test('目標: amounts in the plan’s unit, blanks as none, every mistake', () => {
  const data = more();
  expect(data.goals).toStrictEqual([
    {
      goal: '効果額の合計',
      target: 1000,
      unit: '百万円',
      year: 2033,
      actual: null,
      yearlyTarget: null,
      row: 1,
      yearColumn: 3,
      targetColumn: 1,
      actualColumn: 4,
      yearlyTargetColumn: -1,
    },
    {
      goal: '効果額の合計',
      target: 500,
      unit: '百万円',
      year: 2032,
      actual: 480,
      yearlyTarget: null,
      row: 2,
      yearColumn: 3,
      targetColumn: 1,
      actualColumn: 4,
      yearlyTargetColumn: -1,
    },
  ]);
  expect(problems(data).filter((p) => p[1] === '目標')).toStrictEqual([
    [
      'error',
      '目標',
      'E4',
      'たくさん',
      null,
      '「たくさん」は数値として読めません。例: 1,234、１２３４、－（0）。',
      '"たくさん" is not a number. Examples: 1,234, １２３４, － (zero).',
    ],
    ['error', '目標', 'A5', '', null, '「項目」が空です。値を入力してください。', '"Goal" is empty; enter a value.'],
    [
      'error',
      '目標',
      'D6',
      '来年',
      null,
      '「来年」は年度として読めません。例: 令和2年度、R2、2020、FY2020、年度内の日付。',
      '"来年" is not a fiscal year. Examples: 令和2年度, R2, 2020, FY2020, or a date in the year.',
    ],
    [
      'error',
      '目標',
      'B6',
      'とても多い',
      null,
      '「とても多い」は数値として読めません。例: 1,234、１２３４、－（0）。',
      '"とても多い" is not a number. Examples: 1,234, １２３４, － (zero).',
    ],
  ]);
});

test('報告書: paragraphs kept with their new lines, a blank 本文 not yet written, every mistake', () => {
  const data = more();
  expect(data.reportTexts).toStrictEqual([
    { section: 'introduction', perspective: null, text: '一段落目\n二段落目\n三段落目', row: 1 },
    { section: 'perspectiveOverview', perspective: 2, text: 'しごとの概要', row: 2 },
  ]);
  expect(problems(data).filter((p) => p[1] === '報告書')).toStrictEqual([
    [
      'error',
      '報告書',
      'B5',
      '',
      null,
      '見出し「概要」の行には、どの取組の視点の文章かを「視点」の列に番号か名前で入力してください。',
      'A row headed "Overview" needs its perspective (number or name) in the Perspective column.',
    ],
    [
      'error',
      '報告書',
      'A6',
      '目次',
      null,
      '見出し「目次」は使えません。使える値: はじめに / 計画の概要 / 概要 / 課題と今後の方向性 / 総括。',
      'Section "目次" is not allowed. Allowed: はじめに (Introduction) / 計画の概要 (Plan overview) / 概要 (Overview) / 課題と今後の方向性 (Issues and next steps) / 総括 (Conclusion).',
    ],
    [
      'error',
      '報告書',
      'B7',
      'みらい',
      null,
      '取組の視点「みらい」がわかりません。1～2の番号か、視点の名前（くらし、しごと）を入力してください。',
      'Perspective "みらい" is unknown; enter a number 1-2 or a perspective name (くらし, しごと).',
    ],
    ['error', '報告書', 'A9', '', null, '「見出し」が空です。値を入力してください。', '"Section" is empty; enter a value.'],
  ]);
});

test('取組活動 with its notes elsewhere or none, merged cells, 効果額 in another unit or without its column, 報告書 without 視点, 区分 of one kind', () => {
  const out: Record<string, unknown> = {};
  // 取組活動 without a notes column, the year typed as text; and with 取組内容・成果 as its first column.
  const noNotes = readWorkbook(
    workbook({
      name: '取組活動',
      rows: [
        ['事業コード', '年度', '取組活動', '進捗状況'],
        ['K-01', 'R13', '受付', '完了'],
        ['S-01', '2032', '集約', '取組中'],
      ],
    }),
  );
  out.noNotes = { activities: noNotes.activities, problems: problems(noNotes).filter((p) => p[1] === '取組活動') };
  const notesFirst = readWorkbook(
    workbook({
      name: '取組活動',
      rows: [
        ['取組内容・成果', '進捗状況', '取組活動', '年度', '事業コード'],
        ['説明会', '完了', '受付', 2031, 'K-01'],
        ['', '取組中', '集約', 'R14', 'S-01'],
      ],
    }),
  );
  out.notesFirst = { activities: notesFirst.activities, problems: problems(notesFirst).filter((p) => p[1] === '取組活動') };
  // Merged cells: a code over three rows, a header, a single cell and a blank block are left alone.
  const merged = readWorkbook(
    workbook({
      name: '取組活動',
      rows: [
        ['事業コード', '年度', '取組活動', '進捗状況', '取組内容・成果'],
        ['K-01', 2031, '一', '完了', ''],
        [null, 2032, '二', '完了', ''],
        [null, 2033, '三', '取組中', ''],
        ['S-01', 2031, '四', '', ''],
        ['S-01', 2032, '五', '完了', ''],
      ],
      merges: [
        { row: 1, column: 0, numRows: 3, numColumns: 1 },
        { row: 0, column: 3, numRows: 1, numColumns: 2 },
        { row: 4, column: 4, numRows: 2, numColumns: 1 },
        { row: 5, column: 2, numRows: 1, numColumns: 1 },
        { row: 4, column: 2, numRows: 1, numColumns: 2 },
        { row: 20, column: 0, numRows: 2, numColumns: 1 },
      ],
    }),
  );
  out.merged = { activities: merged.activities, problems: problems(merged).filter((p) => p[1] === '取組活動') };
  // 効果額 whose header names another unit than 設定's 百万円; and one without the amount column.
  const unit = readWorkbook(
    workbook({
      name: '効果額',
      rows: [
        ['事業コード', '年度', '効果額（千円）'],
        ['K-01', 2031, 5],
      ],
    }),
  );
  out.unit = { effects: unit.effects, problems: problems(unit).filter((p) => p[1] === '効果額') };
  const noAmount = readWorkbook(
    workbook({
      name: '効果額',
      rows: [
        ['事業コード', '年度', '金額'],
        ['K-01', 2031, 5],
      ],
    }),
  );
  out.noAmount = { effects: noAmount.effects, problems: problems(noAmount).filter((p) => p[1] === '効果額') };
  // 報告書 without a 視点 column.
  const noPerspective = readWorkbook(
    workbook({
      name: '報告書',
      rows: [
        ['見出し', '本文'],
        ['はじめに', 'はじめの文'],
        ['概要', '視点の列がない'],
      ],
    }),
  );
  out.noPerspective = { texts: noPerspective.reportTexts, problems: problems(noPerspective).filter((p) => p[1] === '報告書') };
  // 区分 with progress rows only: the results keep the defaults.
  const onlyProgress = readWorkbook(
    workbook(
      {
        name: '区分',
        rows: [
          ['種類', '区分', '意味'],
          ['進捗状況', '完了', 'done'],
        ],
      },
      {
        name: '達成事項',
        rows: [
          ['事業コード', '目標年度', '達成するべき事項', '達成状況'],
          ['K-01', 2031, '事項', '達成'],
        ],
      },
    ),
  );
  out.onlyProgress = {
    result: onlyProgress.vocabulary.result.terms.map((t) => t.label),
    targets: onlyProgress.targets,
    problems: problems(onlyProgress).filter((p) => p[1] === '達成事項'),
  };
  expect(out).toStrictEqual({
    noNotes: {
      activities: [
        { code: 'K-01', project: 0, year: 2031, yearColumn: 1, activity: '受付', status: 'done', label: 0, notes: '', row: 1 },
        { code: 'S-01', project: 1, year: 2032, yearColumn: 1, activity: '集約', status: 'onTrack', label: 1, notes: '', row: 2 },
      ],
      problems: [],
    },
    notesFirst: {
      activities: [
        { code: 'K-01', project: 0, year: 2031, yearColumn: 3, activity: '受付', status: 'done', label: 0, notes: '説明会', row: 1 },
        { code: 'S-01', project: 1, year: 2032, yearColumn: 3, activity: '集約', status: 'onTrack', label: 1, notes: '', row: 2 },
      ],
      problems: [],
    },
    merged: {
      activities: [
        { code: 'K-01', project: 0, year: 2031, yearColumn: 1, activity: '一', status: 'done', label: 0, notes: '', row: 1 },
        { code: 'K-01', project: 0, year: 2032, yearColumn: 1, activity: '二', status: 'done', label: 0, notes: '', row: 2 },
        { code: 'K-01', project: 0, year: 2033, yearColumn: 1, activity: '三', status: 'onTrack', label: 1, notes: '', row: 3 },
        { code: 'S-01', project: 1, year: 2032, yearColumn: 1, activity: '五', status: 'done', label: 0, notes: '', row: 5 },
      ],
      problems: [
        [
          'info',
          '取組活動',
          'A2:A4',
          'K-01',
          null,
          'セル A2:A4 は結合されています。結合セルの値「K-01」を各行に使いました。',
          'Cells A2:A4 are merged; the merged value "K-01" is used for every row.',
        ],
        [
          'info',
          '取組活動',
          'C5:D5',
          '四',
          null,
          'セル C5:D5 は結合されています。結合セルの値「四」を各行に使いました。',
          'Cells C5:D5 are merged; the merged value "四" is used for every row.',
        ],
        [
          'error',
          '取組活動',
          'D5',
          '四',
          null,
          '進捗状況「四」は使えません。使える値: 完了 / 取組中 / 未着手。',
          'Progress status "四" is not allowed. Allowed: 完了 / 取組中 / 未着手.',
        ],
      ],
    },
    unit: {
      effects: [],
      problems: [
        [
          'error',
          '効果額',
          'C1',
          '効果額（千円）',
          null,
          '見出し「効果額（千円）」の単位は千円ですが、設定の金額単位は百万円です。見出しを「効果額（百万円）」にするか、設定の金額単位を直してください。この列の金額は集計しません。',
          'Header "効果額（千円）" names 千円, but the money unit in Settings is 百万円. Rename it "効果額（百万円）" or fix the setting; its amounts are left out.',
        ],
      ],
    },
    noAmount: {
      effects: [],
      problems: [
        [
          'error',
          '効果額',
          '1:1',
          '',
          null,
          'シート「効果額」の1行目に必須の列「効果額（百万円）」（英語名 Amount (million yen)）がありません。',
          'Row 1 of sheet "効果額" has no required column "Amount (million yen)" (効果額（百万円）).',
        ],
      ],
    },
    noPerspective: {
      texts: [{ section: 'introduction', perspective: null, text: 'はじめの文', row: 1 }],
      problems: [
        [
          'error',
          '報告書',
          'A3',
          '',
          null,
          '見出し「概要」の行には、どの取組の視点の文章かが要ります。「視点」の列を加えて、番号か名前で入力してください。',
          'A row headed "Overview" needs its perspective: add a Perspective (視点) column and enter a number or name there.',
        ],
      ],
    },
    onlyProgress: {
      result: ['達成', '一部未達成', '未達成'],
      targets: [
        {
          code: 'K-01',
          project: 0,
          resultColumn: 3,
          years: { first: 2031, last: 2031 },
          target: '事項',
          result: 'achieved',
          resultLabel: 0,
          summary: '',
          row: 1,
        },
      ],
      problems: [],
    },
  });
});

test('a mistyped code is offered the nearest known code, but not among more than 2,000 projects', () => {
  const rows = (n: number): Rows => [
    ['事業コード', '事業名', '取組の視点'],
    ...Array.from({ length: n }, (_, i) => [`P-${String(i + 1).padStart(4, '0')}`, `事業${i + 1}`, 1]),
  ];
  const activities = {
    name: '取組活動',
    rows: [
      ['事業コード', '年度', '取組活動', '進捗状況'],
      ['P-0001x', 2031, '活動', '完了'],
    ],
  };
  const offered = (n: number) =>
    readWorkbook(workbook({ name: '事業', rows: rows(n) }, activities))
      .problems.items.filter((p) => p.code === 'codeUnknown')
      .map((p) => [p.cell, p.suggestion ?? null]);
  expect(offered(2000)).toStrictEqual([['A2', 'P-0001']]);
  expect(offered(2001)).toStrictEqual([['A2', null]]);
});

test('a known variant of a fixed word (終了区分, 効果額 and 施設面積 区分, 見出し) is read as its label, with a warning', () => {
  const data = readWorkbook(
    workbook(
      {
        name: '事業',
        rows: [
          ['事業コード', '事業名', '取組の視点', '終了年度', '終了区分'],
          ['K-01', '窓口の改善', 1, 2032, 'ended'],
          ['S-01', '施設の集約', 2, 2033, '終了'],
        ],
      },
      {
        name: '効果額',
        rows: [
          ['事業コード', '年度', '効果額', '区分'],
          ['K-01', 2031, 5, '収入確保'],
          ['S-01', 2031, 6, '歳出削減'],
        ],
      },
      {
        name: '施設面積',
        rows: [
          ['年度', '施設名', '区分', '面積'],
          [2031, '新館', '新設', 10],
          [2031, '旧館', '廃止', 20],
        ],
      },
      {
        name: '報告書',
        rows: [
          ['見出し', '本文'],
          ['まとめ', '総括の文'],
          ['総括', 'もう一つ'],
        ],
      },
    ),
  );
  expect(data.projects.map((p) => p.endKind)).toStrictEqual(['ended', 'ended']);
  expect(data.effects.map((e) => e.kind)).toStrictEqual(['revenue', 'spendingCut']);
  expect(data.facilities.map((f) => f.change)).toStrictEqual(['added', 'abolished']);
  expect(data.reportTexts.map((t) => t.section)).toStrictEqual(['conclusion', 'conclusion']);
  expect(problems(data).filter((p) => p[0] !== 'info')).toStrictEqual([
    [
      'warning',
      '事業',
      'E2',
      'ended',
      '終了',
      '「ended」を終了区分「終了」として読みました。「終了」と入力してください。',
      '"ended" was read as End kind "終了"; please type "終了".',
    ],
    [
      'warning',
      '効果額',
      'D2',
      '収入確保',
      '歳入確保',
      '「収入確保」を区分「歳入確保」として読みました。「歳入確保」と入力してください。',
      '"収入確保" was read as Kind "歳入確保"; please type "歳入確保".',
    ],
    [
      'warning',
      '施設面積',
      'C2',
      '新設',
      '増加',
      '「新設」を区分「増加」として読みました。「増加」と入力してください。',
      '"新設" was read as Change "増加"; please type "増加".',
    ],
    [
      'warning',
      '報告書',
      'A2',
      'まとめ',
      '総括',
      '「まとめ」を見出し「総括」として読みました。「総括」と入力してください。',
      '"まとめ" was read as Section "総括"; please type "総括".',
    ],
  ]);
});
