/**
 * read.ts row by row: a row with exactly one bad or blank cell is left out whichever cell it is,
 * a date in each text column, perspectives in every form (and a number that disagrees with the
 * name), percentages at their bounds, targets by row, units in the 効果額 header, merged blocks of
 * several rows and columns or past the last row, sheets that are absent. A plan of 2031–2033 with
 * two perspectives of its own (not the seed's); each test reads in its body (reports/mutation-record-2026.md).
 */
import type { CellValue, SheetInput, WorkbookInput } from '../../../src/core/base/cells';
import { readWorkbook, type WorkbookData } from '../../../src/core/read/read';
import { localizeProblem } from '../../../src/core/words/problems';

type Rows = CellValue[][];

const SETTINGS: Rows = [
  ['項目', '値'],
  ['計画開始年度', 2031],
  ['計画終了年度', 2033],
  ['取組の視点', 'くらし'],
  ['取組の視点', 'しごと'],
  ['金額単位', '百万円'],
];

const PROJECTS: Rows = [
  ['事業コード', '事業名', '取組の視点'],
  ['K-01', '窓口の改善', 1],
  ['S-01', '施設の集約', 2],
];

function workbook(...sheets: SheetInput[]): WorkbookInput {
  const base: SheetInput[] = [
    { name: '設定', rows: SETTINGS },
    { name: '事業', rows: PROJECTS },
    { name: '取組活動', rows: [['事業コード', '年度', '取組活動', '進捗状況']] },
  ];
  const names = new Set(sheets.map((s) => s.name));
  return { sheets: [...base.filter((s) => !names.has(s.name)), ...sheets] };
}

/** Problems other than the notes on absent optional sheets, in both languages. */
function problems(data: WorkbookData) {
  return data.problems.items
    .filter((p) => p.code !== 'sheetOptionalMissing')
    .map((p) => [p.severity, p.sheet, p.cell, p.value, p.suggestion ?? null, localizeProblem(p, 'ja').message, localizeProblem(p, 'en').message]);
}

const DATE = new Date(Date.UTC(2031, 4, 1));

test('a row with one blank or bad cell is left out, whichever cell it is (code, year, name, goal, actual, change, area, general account)', () => {
  const one = readWorkbook(
    workbook(
      {
        name: '取組活動',
        rows: [
          ['事業コード', '年度', '取組活動', '進捗状況'],
          ['K-01', 2031, '読む', '済'],
          ['', 2031, 'コードが空', '済'],
        ],
      },
      {
        name: '達成事項',
        rows: [
          ['事業コード', '目標年度', '達成するべき事項', '達成状況'],
          ['K-01', 2031, '読む', '達成'],
          ['', 2031, 'コードが空', '達成'],
          ['K-01', '', '年度が空', '達成'],
          ['K-01', '三年後', '年度が変で結果あり', '達成'],
        ],
      },
      {
        name: '効果額',
        rows: [
          ['事業コード', '年度', '効果額', '区分'],
          ['K-01', 2031, 0, ''],
          ['', 2031, 1, ''],
          ['K-01', 2031, '', ''],
        ],
      },
      {
        name: '施設面積',
        rows: [
          ['年度', '施設名', '区分', '面積', '一般会計'],
          [2031, '読む', '廃止', 10, 1],
          ['来年', '年度が変', '廃止', 10, ''],
          [2031, '', '廃止', 10, ''],
          [2031, '区分が空', '', 10, ''],
          [2031, '面積が空', '廃止', '', ''],
          [2031, '一般会計が日付', '廃止', 10, DATE],
        ],
      },
      {
        name: '指標',
        rows: [
          ['事業コード', '達成するべき事項', '指標名', '年度', '目標値', '実績値', '単位'],
          ['K-01', '読む', '読む', 2031, 3, 1, ''],
          ['', '読む', 'コードが空', 2031, 3, 1, ''],
          ['K-01', '読む', '', 2031, 3, 1, ''],
          ['K-01', '読む', '年度が変', '来年', 3, 1, ''],
          ['K-01', '読む', '目標が空', 2031, '', 1, ''],
          ['K-01', '読む', '実績が変', 2031, '90%', 'たくさん', ''],
          ['K-01', '#2x', '行の後に文字', 2031, 3, 1, ''],
          ['S-01', '#2', '他の事業の行', 2031, 3, 1, ''],
          ['S-01', '読む', '他の事業の事項', 2031, 3, 1, ''],
        ],
      },
      {
        name: '目標',
        rows: [
          ['項目', '目標値', '年度', '実績'],
          ['読む', 10, 2031, 5],
          ['年度が変', 10, '来年', 5],
          ['目標が変', '多い', 2031, 5],
        ],
      },
    ),
    { currentYear: 2032 },
  );
  expect({
    activities: one.activities,
    targets: one.targets,
    effects: one.effects,
    facilities: one.facilities,
    indicators: one.indicators,
    goals: one.goals,
    problems: problems(one),
  }).toStrictEqual({
    activities: [{ code: 'K-01', project: 0, year: 2031, yearColumn: 1, activity: '読む', status: 'done', label: 0, notes: '', row: 1 }],
    targets: [
      {
        code: 'K-01',
        project: 0,
        resultColumn: 3,
        years: { first: 2031, last: 2031 },
        target: '読む',
        result: 'achieved',
        resultLabel: 0,
        summary: '',
        row: 1,
      },
    ],
    effects: [{ code: 'K-01', project: 0, year: 2031, yearColumn: 1, amount: 0, row: 1 }],
    facilities: [{ year: 2031, yearColumn: 0, name: '読む', change: 'abolished', areaHundredths: 1000, generalAccount: true, row: 1 }],
    indicators: [{ code: 'K-01', target: 0, name: '読む', year: 2031, goal: 3, actual: 1, rule: 'atLeast', unit: '', row: 1 }],
    goals: [
      {
        goal: '読む',
        target: 10,
        unit: '',
        year: 2031,
        actual: 5,
        yearlyTarget: null,
        row: 1,
        yearColumn: 2,
        targetColumn: 1,
        actualColumn: 3,
        yearlyTargetColumn: -1,
      },
    ],
    problems: [
      ['error', '取組活動', 'A3', '', null, '「事業コード」が空です。値を入力してください。', '"Code" is empty; enter a value.'],
      ['error', '達成事項', 'A3', '', null, '「事業コード」が空です。値を入力してください。', '"Code" is empty; enter a value.'],
      ['error', '達成事項', 'B4', '', null, '「目標年度」が空です。値を入力してください。', '"Target year" is empty; enter a value.'],
      [
        'error',
        '達成事項',
        'B5',
        '三年後',
        null,
        '「三年後」は年度または年度の範囲として読めません。例: 令和5年度、令和2～5年度、H28～R5、2020-2023。',
        '"三年後" is not a fiscal year or range. Examples: 令和5年度, 令和2～5年度, H28～R5, 2020-2023.',
      ],
      ['error', '効果額', 'A3', '', null, '「事業コード」が空です。値を入力してください。', '"Code" is empty; enter a value.'],
      ['error', '効果額', 'C4', '', null, '「効果額（百万円）」が空です。値を入力してください。', '"Amount (million yen)" is empty; enter a value.'],
      [
        'error',
        '施設面積',
        'A3',
        '来年',
        null,
        '「来年」は年度として読めません。例: 令和2年度、R2、2020、FY2020、年度内の日付。',
        '"来年" is not a fiscal year. Examples: 令和2年度, R2, 2020, FY2020, or a date in the year.',
      ],
      ['error', '施設面積', 'B4', '', null, '「施設名」が空です。値を入力してください。', '"Facility" is empty; enter a value.'],
      ['error', '施設面積', 'C5', '', null, '「区分」が空です。値を入力してください。', '"Change" is empty; enter a value.'],
      ['error', '施設面積', 'D6', '', null, '「面積（㎡）」が空です。値を入力してください。', '"Area (m2)" is empty; enter a value.'],
      [
        'error',
        '施設面積',
        'E7',
        '2031-05-01',
        null,
        '一般会計「2031-05-01」が読めません。使える値: TRUE / FALSE、○ / ×、はい / いいえ（空欄はTRUE）。',
        'General account "2031-05-01" is unclear. Allowed: TRUE / FALSE, ○ (yes) / × (no), yes / no (blank = TRUE).',
      ],
      [
        'error',
        '目標',
        'C3',
        '来年',
        null,
        '「来年」は年度として読めません。例: 令和2年度、R2、2020、FY2020、年度内の日付。',
        '"来年" is not a fiscal year. Examples: 令和2年度, R2, 2020, FY2020, or a date in the year.',
      ],
      [
        'error',
        '目標',
        'B4',
        '多い',
        null,
        '「多い」は数値として読めません。例: 1,234、１２３４、－（0）。',
        '"多い" is not a number. Examples: 1,234, １２３４, － (zero).',
      ],
      ['error', '指標', 'A3', '', null, '「事業コード」が空です。値を入力してください。', '"Code" is empty; enter a value.'],
      ['error', '指標', 'C4', '', null, '「指標名」が空です。値を入力してください。', '"Indicator" is empty; enter a value.'],
      [
        'error',
        '指標',
        'D5',
        '来年',
        null,
        '「来年」は年度として読めません。例: 令和2年度、R2、2020、FY2020、年度内の日付。',
        '"来年" is not a fiscal year. Examples: 令和2年度, R2, 2020, FY2020, or a date in the year.',
      ],
      ['error', '指標', 'E6', '', null, '「目標値」が空です。値を入力してください。', '"Goal" is empty; enter a value.'],
      [
        'error',
        '指標',
        'F7',
        'たくさん',
        null,
        '「たくさん」は数値として読めません。例: 1,234、１２３４、－（0）。',
        '"たくさん" is not a number. Examples: 1,234, １２３４, － (zero).',
      ],
      [
        'error',
        '指標',
        'B8',
        '#2x',
        null,
        '達成するべき事項「#2x」が「達成事項」シートの事業「K-01」の行にありません。事項の文をそのまま入れるか、行番号（例: #12）を入れてください。',
        'Target "#2x" is not a row of project "K-01" on the Targets sheet. Copy the target\'s text, or give its row number (e.g. #12).',
      ],
      [
        'error',
        '指標',
        'B9',
        '#2',
        null,
        '達成するべき事項「#2」が「達成事項」シートの事業「S-01」の行にありません。事項の文をそのまま入れるか、行番号（例: #12）を入れてください。',
        'Target "#2" is not a row of project "S-01" on the Targets sheet. Copy the target\'s text, or give its row number (e.g. #12).',
      ],
      [
        'error',
        '指標',
        'B10',
        '読む',
        null,
        '達成するべき事項「読む」が「達成事項」シートの事業「S-01」の行にありません。事項の文をそのまま入れるか、行番号（例: #12）を入れてください。',
        'Target "読む" is not a row of project "S-01" on the Targets sheet. Copy the target\'s text, or give its row number (e.g. #12).',
      ],
    ],
  });
});

test('a date in a text column is refused, naming the column', () => {
  // A date in each text column.
  const dates = readWorkbook(
    workbook(
      { name: '事業', rows: [...PROJECTS, ['D-01', DATE, 1]] },
      {
        name: '取組活動',
        rows: [
          ['事業コード', '年度', '取組活動', '進捗状況', '取組内容・成果'],
          ['K-01', 2031, '読む', '済', DATE],
          ['K-01', 2031, DATE, '済', ''],
        ],
      },
      {
        name: '達成事項',
        rows: [
          ['事業コード', '目標年度', '達成するべき事項', '概要'],
          ['K-01', 2031, DATE, ''],
          ['K-01', 2031, '事項', DATE],
        ],
      },
      {
        name: '施設面積',
        rows: [
          ['年度', '施設名', '区分', '面積'],
          [2031, DATE, '廃止', 10],
        ],
      },
      {
        name: '部署',
        rows: [
          ['課名', 'メール'],
          [DATE, 'a@example.jp'],
        ],
      },
      {
        name: '指標',
        rows: [
          ['事業コード', '達成するべき事項', '指標名', '年度', '目標値'],
          ['K-01', '事項', DATE, 2031, 1],
        ],
      },
      {
        name: '区分',
        rows: [
          ['種類', '区分', '意味'],
          ['進捗状況', DATE, 'done'],
          ['進捗状況', '済', 'done'],
        ],
      },
      {
        name: '目標',
        rows: [
          ['項目', '目標値', '年度'],
          [DATE, 1, 2031],
        ],
      },
    ),
  );
  expect({ activities: dates.activities, targets: dates.targets, problems: problems(dates) }).toStrictEqual({
    activities: [{ code: 'K-01', project: 0, year: 2031, yearColumn: 1, activity: '読む', status: 'done', label: 0, notes: '', row: 1 }],
    targets: [
      { code: 'K-01', project: 0, resultColumn: -1, years: { first: 2031, last: 2031 }, target: '事項', result: null, resultLabel: -1, summary: '', row: 2 },
    ],
    problems: [
      [
        'error',
        '区分',
        'B2',
        '2031-05-01',
        null,
        '日付（2031-05-01）が入っています。「区分」には文字を入力してください。',
        'A date (2031-05-01) was found; "Label" needs text.',
      ],
      [
        'error',
        '事業',
        'B4',
        '2031-05-01',
        null,
        '日付（2031-05-01）が入っています。「事業名」には文字を入力してください。',
        'A date (2031-05-01) was found; "Name" needs text.',
      ],
      [
        'error',
        '取組活動',
        'E2',
        '2031-05-01',
        null,
        '日付（2031-05-01）が入っています。「取組内容・成果」には文字を入力してください。',
        'A date (2031-05-01) was found; "Notes" needs text.',
      ],
      [
        'error',
        '取組活動',
        'C3',
        '2031-05-01',
        null,
        '日付（2031-05-01）が入っています。「取組活動」には文字を入力してください。',
        'A date (2031-05-01) was found; "Activity" needs text.',
      ],
      [
        'error',
        '達成事項',
        'C2',
        '2031-05-01',
        null,
        '日付（2031-05-01）が入っています。「達成するべき事項」には文字を入力してください。',
        'A date (2031-05-01) was found; "Target" needs text.',
      ],
      [
        'error',
        '達成事項',
        'D3',
        '2031-05-01',
        null,
        '日付（2031-05-01）が入っています。「概要」には文字を入力してください。',
        'A date (2031-05-01) was found; "Summary" needs text.',
      ],
      [
        'error',
        '施設面積',
        'B2',
        '2031-05-01',
        null,
        '日付（2031-05-01）が入っています。「施設名」には文字を入力してください。',
        'A date (2031-05-01) was found; "Facility" needs text.',
      ],
      [
        'error',
        '目標',
        'A2',
        '2031-05-01',
        null,
        '日付（2031-05-01）が入っています。「項目」には文字を入力してください。',
        'A date (2031-05-01) was found; "Goal" needs text.',
      ],
      [
        'error',
        '部署',
        'A2',
        '2031-05-01',
        null,
        '日付（2031-05-01）が入っています。「課名」には文字を入力してください。',
        'A date (2031-05-01) was found; "Department" needs text.',
      ],
      [
        'error',
        '指標',
        'C2',
        '2031-05-01',
        null,
        '日付（2031-05-01）が入っています。「指標名」には文字を入力してください。',
        'A date (2031-05-01) was found; "Indicator" needs text.',
      ],
    ],
  });
});

test('perspectives as n, (n), （n）, n., two digits, "(n) name", "n) name" or a name; 0, 1.5, 11, a number that disagrees with the name, and text around a number are refused', () => {
  // Perspectives in every form; ten perspectives for two-digit numbers.
  const ten = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'].map((n) => ['取組の視点', `視点${n}`]);
  const perspectives = readWorkbook(
    workbook(
      { name: '設定', rows: [['項目', '値'], ['計画開始年度', 2031], ['計画終了年度', 2033], ...ten, ['謎の項目', '']] },
      {
        name: '事業',
        rows: [
          ['事業コード', '事業名', '取組の視点'],
          ...[
            '2',
            '(3)',
            '（4）',
            '5.',
            '10',
            '(10)',
            '(1) 視点一',
            '1) 視点一',
            '(2)視点二',
            '（10） 視点十',
            '視点三',
            0,
            1.5,
            11,
            '0',
            '(2) 視点一',
            'あ1',
            '1あ',
            '11)',
            '（0）',
          ].map((v, i) => [`V-${i + 1}`, `視点${JSON.stringify(v)}`, v]),
        ],
      },
    ),
  );
  expect({ read: perspectives.projects.map((p) => [p.code, p.perspective]), problems: problems(perspectives) }).toStrictEqual({
    read: [
      ['V-1', 2],
      ['V-2', 3],
      ['V-3', 4],
      ['V-4', 5],
      ['V-5', 10],
      ['V-6', 10],
      ['V-7', 1],
      ['V-8', 1],
      ['V-9', 2],
      ['V-10', 10],
      ['V-11', 3],
    ],
    problems: [
      [
        'warning',
        '設定',
        'A14',
        '謎の項目',
        null,
        '設定項目「謎の項目」は使われません。使える項目: 計画名、計画開始年度、計画終了年度、端数処理、小数桁数、取組の視点、送信先、金額単位、達成率の分母、照会の督促日数。',
        'Setting "謎の項目" is not used. Known settings: Plan name (計画名), Plan start (計画開始年度), Plan end (計画終了年度), Rounding (端数処理), Decimals (小数桁数), Perspectives (取組の視点), Digest recipients (送信先), Money unit (金額単位), Achievement denominator (達成率の分母), Round reminder days (照会の督促日数).',
      ],
      [
        'error',
        '事業',
        'C13',
        '0',
        null,
        '取組の視点「0」がわかりません。1～10の番号か、視点の名前（視点一、視点二、視点三、視点四、視点五、視点六、視点七、視点八、視点九、視点十）を入力してください。',
        'Perspective "0" is unknown; enter a number 1-10 or a perspective name (視点一, 視点二, 視点三, 視点四, 視点五, 視点六, 視点七, 視点八, 視点九, 視点十).',
      ],
      [
        'error',
        '事業',
        'C14',
        '1.5',
        null,
        '取組の視点「1.5」がわかりません。1～10の番号か、視点の名前（視点一、視点二、視点三、視点四、視点五、視点六、視点七、視点八、視点九、視点十）を入力してください。',
        'Perspective "1.5" is unknown; enter a number 1-10 or a perspective name (視点一, 視点二, 視点三, 視点四, 視点五, 視点六, 視点七, 視点八, 視点九, 視点十).',
      ],
      [
        'error',
        '事業',
        'C15',
        '11',
        null,
        '取組の視点「11」がわかりません。1～10の番号か、視点の名前（視点一、視点二、視点三、視点四、視点五、視点六、視点七、視点八、視点九、視点十）を入力してください。',
        'Perspective "11" is unknown; enter a number 1-10 or a perspective name (視点一, 視点二, 視点三, 視点四, 視点五, 視点六, 視点七, 視点八, 視点九, 視点十).',
      ],
      [
        'error',
        '事業',
        'C16',
        '0',
        null,
        '取組の視点「0」がわかりません。1～10の番号か、視点の名前（視点一、視点二、視点三、視点四、視点五、視点六、視点七、視点八、視点九、視点十）を入力してください。',
        'Perspective "0" is unknown; enter a number 1-10 or a perspective name (視点一, 視点二, 視点三, 視点四, 視点五, 視点六, 視点七, 視点八, 視点九, 視点十).',
      ],
      [
        'error',
        '事業',
        'C17',
        '(2) 視点一',
        null,
        '取組の視点「(2) 視点一」がわかりません。1～10の番号か、視点の名前（視点一、視点二、視点三、視点四、視点五、視点六、視点七、視点八、視点九、視点十）を入力してください。',
        'Perspective "(2) 視点一" is unknown; enter a number 1-10 or a perspective name (視点一, 視点二, 視点三, 視点四, 視点五, 視点六, 視点七, 視点八, 視点九, 視点十).',
      ],
      [
        'error',
        '事業',
        'C18',
        'あ1',
        null,
        '取組の視点「あ1」がわかりません。1～10の番号か、視点の名前（視点一、視点二、視点三、視点四、視点五、視点六、視点七、視点八、視点九、視点十）を入力してください。',
        'Perspective "あ1" is unknown; enter a number 1-10 or a perspective name (視点一, 視点二, 視点三, 視点四, 視点五, 視点六, 視点七, 視点八, 視点九, 視点十).',
      ],
      [
        'error',
        '事業',
        'C19',
        '1あ',
        null,
        '取組の視点「1あ」がわかりません。1～10の番号か、視点の名前（視点一、視点二、視点三、視点四、視点五、視点六、視点七、視点八、視点九、視点十）を入力してください。',
        'Perspective "1あ" is unknown; enter a number 1-10 or a perspective name (視点一, 視点二, 視点三, 視点四, 視点五, 視点六, 視点七, 視点八, 視点九, 視点十).',
      ],
      [
        'error',
        '事業',
        'C20',
        '11)',
        null,
        '取組の視点「11)」がわかりません。1～10の番号か、視点の名前（視点一、視点二、視点三、視点四、視点五、視点六、視点七、視点八、視点九、視点十）を入力してください。',
        'Perspective "11)" is unknown; enter a number 1-10 or a perspective name (視点一, 視点二, 視点三, 視点四, 視点五, 視点六, 視点七, 視点八, 視点九, 視点十).',
      ],
      [
        'error',
        '事業',
        'C21',
        '（0）',
        null,
        '取組の視点「（0）」がわかりません。1～10の番号か、視点の名前（視点一、視点二、視点三、視点四、視点五、視点六、視点七、視点八、視点九、視点十）を入力してください。',
        'Perspective "（0）" is unknown; enter a number 1-10 or a perspective name (視点一, 視点二, 視点三, 視点四, 視点五, 視点六, 視点七, 視点八, 視点九, 視点十).',
      ],
    ],
  });
});

test('percentages: 1.5 is still a fraction, a unit of % reads more than 1.5 as a percentage, %pt and 件% are not %', () => {
  // Percentages at their bounds: 1.5 is still a fraction, a unit % reads 1.5 and less as a fraction, %pt is not %.
  const targets = {
    name: '達成事項',
    rows: [
      ['事業コード', '目標年度', '達成するべき事項'],
      ['K-01', 2031, '事項'],
    ],
  };
  const percent = readWorkbook(
    workbook(targets, {
      name: '指標',
      rows: [
        ['事業コード', '達成するべき事項', '指標名', '年度', '目標値', '実績値', '単位'],
        ...[
          ['90%', 2, ''],
          ['90%', 1.5, ''],
          [3, 1, ''],
          [1.5, 0.9, '%'],
          [0.9, 95, '%'],
          [0.9, 1.5, '%'],
          [5, 0.5, '%pt'],
          [5, 0.5, '件%'],
          ['90%', 'abc', ''],
          [1.6, 0.9, '%'],
          ['abc%', 0.5, ''],
        ].map(([goal, actual, unit], i) => ['K-01', '事項', `指標${i + 1}`, 2031, goal, actual, unit]),
      ],
    }),
  );
  expect({ read: percent.indicators.map((x) => [x.name, x.goal, x.actual]), problems: problems(percent) }).toStrictEqual({
    read: [
      ['指標1', 90, 2],
      ['指標2', 90, 150],
      ['指標3', 3, 1],
      ['指標4', 1.5, 0.9],
      ['指標5', 90, 95],
      ['指標6', 0.9, 1.5],
      ['指標7', 5, 0.5],
      ['指標8', 5, 0.5],
      ['指標10', 1.6, 90],
    ],
    problems: [
      [
        'warning',
        '指標',
        'F3',
        '1.5',
        null,
        '「1.5」は小数の割合（1.5以下、例: 0.93）ですが、同じ行のもう一方は百分率です。150（%）として判定しました。どちらかにそろえてください。',
        '"1.5" is a decimal fraction (1.5 or less, e.g. 0.93) while the other value of this row is a percentage; it was judged as 150 (%). Write both the same way.',
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
        'F10',
        'abc',
        null,
        '「abc」は数値として読めません。例: 1,234、１２３４、－（0）。',
        '"abc" is not a number. Examples: 1,234, １２３４, － (zero).',
      ],
      [
        'warning',
        '指標',
        'F11',
        '0.9',
        null,
        '「0.9」は小数の割合（1.5以下、例: 0.93）ですが、同じ行のもう一方は百分率です。90（%）として判定しました。どちらかにそろえてください。',
        '"0.9" is a decimal fraction (1.5 or less, e.g. 0.93) while the other value of this row is a percentage; it was judged as 90 (%). Write both the same way.',
      ],
      // A goal that is no number says only that, whatever follows it: no percent warning for the actual.
      [
        'error',
        '指標',
        'E12',
        'abc%',
        null,
        '「abc%」は数値として読めません。例: 1,234、１２３４、－（0）。',
        '"abc%" is not a number. Examples: 1,234, １２３４, － (zero).',
      ],
    ],
  });
});

test('a merged block of two rows and two columns fills all four cells; a block past the last row makes that row', () => {
  // Merged blocks: 2×2, and one past the last row; a hole in the rows.
  const rows: Rows = [
    ['事業コード', '年度', '取組活動', '進捗状況'],
    ['K-01', 2031, '一', '済'],
    [null, null, '二', '済'],
    ['S-01', 2032, '三', '済'],
  ];
  const merged = readWorkbook(
    workbook({
      name: '取組活動',
      rows,
      merges: [
        { row: 1, column: 0, numRows: 2, numColumns: 2 },
        { row: 3, column: 2, numRows: 2, numColumns: 1 },
      ],
    }),
  );
  expect({ read: merged.activities.map((a) => [a.row, a.code, a.year, a.activity]), problems: problems(merged) }).toStrictEqual({
    read: [[3, 'S-01', 2032, '三']],
    problems: [
      [
        'info',
        '取組活動',
        'A2:B3',
        'K-01',
        null,
        'セル A2:B3 は結合されています。結合セルの値「K-01」を各行に使いました。',
        'Cells A2:B3 are merged; the merged value "K-01" is used for every row.',
      ],
      [
        'info',
        '取組活動',
        'C4:C5',
        '三',
        null,
        'セル C4:C5 は結合されています。結合セルの値「三」を各行に使いました。',
        'Cells C4:C5 are merged; the merged value "三" is used for every row.',
      ],
      [
        'error',
        '取組活動',
        'B2',
        'K-01',
        null,
        '「K-01」は年度として読めません。例: 令和2年度、R2、2020、FY2020、年度内の日付。',
        '"K-01" is not a fiscal year. Examples: 令和2年度, R2, 2020, FY2020, or a date in the year.',
      ],
      [
        'error',
        '取組活動',
        'B3',
        'K-01',
        null,
        '「K-01」は年度として読めません。例: 令和2年度、R2、2020、FY2020、年度内の日付。',
        '"K-01" is not a fiscal year. Examples: 令和2年度, R2, 2020, FY2020, or a date in the year.',
      ],
      ['error', '取組活動', 'A5', '', null, '「事業コード」が空です。値を入力してください。', '"Code" is empty; enter a value.'],
      ['error', '取組活動', 'B5', '', null, '「年度」が空です。値を入力してください。', '"Fiscal year" is empty; enter a value.'],
      ['error', '取組活動', 'D5', '', null, '「進捗状況」が空です。値を入力してください。', '"Status" is empty; enter a value.'],
    ],
  });
});

test('a row that is not there at all (a sparse array) is a blank row', () => {
  // Rows 2 of 取組活動 and 設定 are holes, as a sparse array has them.
  const sparse: Rows = [['事業コード', '年度', '取組活動', '進捗状況']];
  sparse[2] = ['K-01', 2033, '四', '済'];
  const settings: Rows = [SETTINGS[0]];
  SETTINGS.slice(1).forEach((row, i) => {
    settings[i + 2] = row;
  });
  expect([1 in sparse, 1 in settings]).toStrictEqual([false, false]);
  const holes = readWorkbook(workbook({ name: '取組活動', rows: sparse }, { name: '設定', rows: settings }));
  expect({ read: holes.activities.map((a) => [a.row, a.code, a.year, a.activity]), problems: problems(holes) }).toStrictEqual({
    read: [[2, 'K-01', 2033, '四']],
    problems: [],
  });
});

test('a workbook with 取組活動 only: nothing read from the absent sheets', () => {
  // Absent sheets: nothing read from them.
  const bare = readWorkbook({
    sheets: [
      {
        name: '取組活動',
        rows: [
          ['事業コード', '年度', '取組活動', '進捗状況'],
          ['K-01', 2031, '一', '済'],
        ],
      },
    ],
  });
  const { problems: _p, settings: _s, vocabulary: _v, ...rest } = bare;
  expect({ rest, problems: problems(bare) }).toStrictEqual({
    rest: {
      goals: [],
      projects: [],
      activities: [],
      targets: [],
      effects: [],
      facilities: [],
      departments: [],
      indicators: [],
      reportTexts: [],
      sheetNames: { activities: '取組活動' },
      sheetsWithRows: ['activities'],
    },
    problems: [
      [
        'info',
        '設定',
        'A1',
        '',
        null,
        'シート「設定」がないため、既定の設定（計画期間はデータの年度、切り捨て・小数1桁、千円、平塚市の6つの視点）で集計します。',
        'There is no "Settings" (設定) sheet, so the defaults are used: the data\'s years, truncation to 1 decimal, thousand yen, the six default perspectives.',
      ],
      [
        'error',
        '事業',
        'A1',
        '',
        null,
        '必須のシート「事業」がありません（英語名 Projects でも可）。テンプレートから作成してください。',
        'Required sheet "Projects" (事業) is missing. Create it from the template.',
      ],
      ['error', '取組活動', 'A2', 'K-01', null, '事業コード「K-01」は「事業」シートにありません。', 'Project code "K-01" is not on the Projects sheet.'],
    ],
  });
});

test('the 効果額 column first, or a space before its unit: the unit is still checked', () => {
  // 効果額: the amount column first, naming another unit; a header with a space before its unit.
  const first = readWorkbook(
    workbook({
      name: '効果額',
      rows: [
        ['効果額（千円）', '事業コード', '年度'],
        [5, 'K-01', 2031],
      ],
    }),
  );
  const spaced = readWorkbook(
    workbook({
      name: '効果額',
      rows: [
        ['事業コード', '年度', '効果額 （千円）'],
        ['K-01', 2031, 5],
      ],
    }),
  );
  expect({ first: [first.effects, problems(first)], spaced: [spaced.effects, problems(spaced)] }).toStrictEqual({
    first: [
      [],
      [
        [
          'error',
          '効果額',
          'A1',
          '効果額（千円）',
          null,
          '見出し「効果額（千円）」の単位は千円ですが、設定の金額単位は百万円です。見出しを「効果額（百万円）」にするか、設定の金額単位を直してください。この列の金額は集計しません。',
          'Header "効果額（千円）" names 千円, but the money unit in Settings is 百万円. Rename it "効果額（百万円）" or fix the setting; its amounts are left out.',
        ],
      ],
    ],
    spaced: [
      [],
      [
        [
          'error',
          '効果額',
          'C1',
          '効果額 （千円）',
          null,
          '見出し「効果額 （千円）」の単位は千円ですが、設定の金額単位は百万円です。見出しを「効果額（百万円）」にするか、設定の金額単位を直してください。この列の金額は集計しません。',
          'Header "効果額 （千円）" names 千円, but the money unit in Settings is 百万円. Rename it "効果額（百万円）" or fix the setting; its amounts are left out.',
        ],
      ],
    ],
  });
});

test('a result before its target year, with the fiscal year judged but no text given for it', () => {
  // A result typed before its target year, with the year judged but no text for it.
  const early = readWorkbook(
    workbook({
      name: '達成事項',
      rows: [
        ['事業コード', '目標年度', '達成するべき事項', '達成状況'],
        ['K-01', 2033, '事項', '達成'],
      ],
    }),
    { currentYear: 2031 },
  );
  expect(problems(early)).toStrictEqual([
    [
      'warning',
      '達成事項',
      'D2',
      '達成',
      null,
      '目標年度 2033 はまだ始まっていません（基準日 FY2031）が、達成状況「達成」が入力されています。達成状況は目標年度が始まってから入力するか、目標年度が誤りなら直してください。',
      'The target year FY2033 has not begun yet (as of FY2031), but a result "達成" is entered. Enter the result once the year has begun, or correct the target year if it is wrong.',
    ],
  ]);
});

test('a name of 50,000 characters is kept silently, one of 50,001 with a warning', () => {
  // A name of 50,000 characters (the limit) and of 50,001.
  const long = readWorkbook(workbook({ name: '事業', rows: [...PROJECTS, ['L-01', 'あ'.repeat(50_000), 1], ['L-02', 'い'.repeat(50_001), 1]] }));
  expect({ names: long.projects.map((p) => p.name.length), problems: problems(long).map((p) => [p[0], p[2], p[5]]) }).toStrictEqual({
    names: [5, 5, 50000, 50001],
    problems: [['warning', 'B5', '50001文字あります。Googleスプレッドシートの1セルの上限（50,000文字）を超えています。']],
  });
});

test('a target by a row number of two digits (#12, 行12, row 12, 12)', () => {
  const targets: Rows = [['事業コード', '目標年度', '達成するべき事項'], ...Array.from({ length: 11 }, (_, i) => ['S-01', 2031, `事項${i + 1}`])];
  const data = readWorkbook(
    workbook(
      { name: '達成事項', rows: targets },
      {
        name: '指標',
        rows: [['事業コード', '達成するべき事項', '指標名', '年度', '目標値'], ...['#12', '行12', 'row 12', '12', 'Row12'].map((t) => ['S-01', t, t, 2031, 1])],
      },
    ),
  );
  expect(data.indicators.map((i) => [i.name, i.target, data.targets[i.target].target])).toStrictEqual([
    ['#12', 10, '事項11'],
    ['行12', 10, '事項11'],
    ['row 12', 10, '事項11'],
    ['12', 10, '事項11'],
    ['Row12', 10, '事項11'],
  ]);
  expect(problems(data)).toStrictEqual([]);
});

test('what the clean-row shortcut of 取組活動 must not take as it is: text to clean with no notes, an error value', () => {
  const data = readWorkbook(
    workbook({
      name: '取組活動',
      rows: [
        ['事業コード', '年度', '取組活動', '進捗状況', '取組内容・成果'],
        ['K-01', 2031, ' 受付\u200bの掲示 ', '済', ''],
        ['K-01', 2032, '#N/A', '済', ''],
      ],
    }),
  );
  expect(data.activities.map((a) => [a.row, a.activity, a.notes])).toStrictEqual([[1, '受付の掲示', '']]);
  expect(problems(data).map((p) => [p[1], p[2], p[3], p[5]])).toStrictEqual([
    ['取組活動', 'C3', '#N/A', '数式のエラー値 #N/A です。元の数式を直してください。'],
  ]);
});

test('a hole in 事業 is a blank row; a 区分 row without 別名 has none; "あ1) くらし" is no perspective; a department named by a date is left out', () => {
  const projects: Rows = [['事業コード', '事業名', '取組の視点', '取組推進課']];
  projects[2] = ['K-01', '窓口の改善', 'あ1) くらし', ''];
  projects[3] = ['S-01', '施設の集約', '2) しごと', '財政課'];
  const data = readWorkbook(
    workbook(
      { name: '事業', rows: projects },
      {
        name: '区分',
        rows: [
          ['種類', '区分', '意味'],
          ['進捗状況', '完了', 'done'],
          ['達成状況', '達成', 'achieved'],
        ],
      },
      {
        name: '部署',
        rows: [
          ['課名', 'メール'],
          [DATE, 'a@example.jp'],
          ['財政課', 'b@example.jp'],
        ],
      },
    ),
  );
  expect(data.projects.map((p) => [p.row, p.code, p.perspective])).toStrictEqual([[3, 'S-01', 2]]);
  expect(data.vocabulary.progress.terms).toStrictEqual([{ label: '完了', meaning: 'done', inRate: true, variants: [], definition: '' }]);
  expect(data.vocabulary.result.terms).toStrictEqual([{ label: '達成', meaning: 'achieved', inRate: false, variants: [], definition: '' }]);
  expect(data.departments.map((d) => [d.name, d.emails])).toStrictEqual([['財政課', ['b@example.jp']]]);
  expect(problems(data).map((p) => [p[1], p[2], p[3]])).toStrictEqual([
    ['事業', 'C3', 'あ1) くらし'],
    ['部署', 'A2', '2031-05-01'],
  ]);
});
