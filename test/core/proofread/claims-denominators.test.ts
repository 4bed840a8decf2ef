/**
 * What a share is divided by, and which year a figure is of (issue #26, the fifth blind set and review r25):
 * - a result's share is of the plan's denominator (設定 達成率の分母: 全事項 counts the unevaluated too), unless its sentence
 *   says before it what it is out of (「評価した5件のうち、達成は3件（60.0%）」);
 * - a share beside a count found wrong is wrong with it: it is of the right count, over the denominator the draft divided by;
 * - 「8件のうち達成が3件」: the count before のうち is what the one after it is out of, not a count of the label;
 * - a year named in a sentence binds that sentence's figures, not the sentence before it on the same line;
 * - the date of a state by its month (「令和4年9月末現在」) names its fiscal year, as H4.9 does: the counts under it are of that year.
 * Checked on three imaginary plans: each right draft reads clean, each injected error is found as the figure it is.
 */
import { claimsReader, expectPlaced, injected } from '../../support/claimsDraft';

/** A district rating 8 targets due in 令和4年度 over 全事項 (3 達成, 2 未達成, 3 not yet rated), with a savings goal of two years. */
const district = claimsReader({
  asOf: '2024-03-31',
  sheets: {
    事業: [['事業コード', '事業名', '取組の視点', '計画期間'], ...Array.from({ length: 8 }, (_, k) => [`G${k + 1}`, `改革${k + 1}`, 1, 'R4～R6'])],
    達成事項: [
      ['事業コード', '目標年度', '達成するべき事項', '達成状況'],
      ...Array.from({ length: 8 }, (_, k) => [`G${k + 1}`, '令和4年度', `改革${k + 1}の目標`, k < 3 ? '達成' : k < 5 ? '未達成' : '']),
    ],
    目標: [
      ['項目', '目標値', '単位', '年度', '実績', '年度目標'],
      ['節減額', 30000, '千円', '令和4年度', 21000, 10000],
      ['節減額', '', '千円', '令和5年度', 9000, 10000],
    ],
    区分: [
      ['種類', '区分', '意味'],
      ['達成状況', '達成', '達成'],
      ['達成状況', '未達成', '未達成'],
    ],
    設定: [
      ['項目', '値'],
      ['計画名', '架空郷行財政改革プラン'],
      ['計画開始年度', '令和4年度'],
      ['計画終了年度', '令和6年度'],
      ['端数処理', '四捨五入'],
      ['小数桁数', 1],
      ['金額単位', '千円'],
      ['達成率の分母', '全事項'],
    ],
  },
});

const DISTRICT = [
  '架空郷行財政改革プランの取組状況', // 1
  '', // 2
  '節減額は令和4年度に21,000千円で、年度目標10,000千円に対し達成率210.0%でした。令和5年度の達成率は90.0%でした。', // 3
  '', // 4
  '達成状況の割合は、全事項8件を分母としています。達成は3件（37.5%）、未達成は2件（25.0%）でした。', // 5
  '達成状況を評価した5件のうち、達成は3件（60.0%）でした。', // 6
  '令和4年度の8件のうち達成が3件、未達成が2件でした。', // 7
];

describe('a district whose shares are of 全事項, with a goal of two years in one line', () => {
  test('the right draft reads clean: each sentence’s year is its own, each share of the denominator it is said to be of', () => {
    const { findings, placed } = district(DISTRICT);
    expect(findings).toEqual([]);
    expectPlaced(placed, ['3: 21,000千円', '3: 10,000千円', '3: 210.0%', '3: 90.0%', '5: 37.5%', '5: 25.0%', '6: 60.0%', '7: 8件', '7: 3件', '7: 2件']);
  });

  test('each injected error is found as the figure it is', () => {
    const wrong = injected(DISTRICT, [
      [3, '達成率は90.0%', '達成率は91.0%'], // the rate of the year its own sentence names (9,000 / 10,000)
      [5, '（37.5%）', '（60.0%）'], // a share of 全事項 (3 / 8), not of the evaluated
      [7, '未達成が2件', '未達成が1件'], // a count after 「8件のうち」
    ]);
    expect(district(wrong).findings).toEqual(['3: 91.0% → 90.0%', '5: 60.0% → 37.5%', '7: 1件 → 2件']);
  });
});

/** A ward rating 11 targets in three labels, two of them meaning 達成 (9 in all: 81.8% truncated). */
const ward = claimsReader({
  asOf: '2023-03-31',
  sheets: {
    事業: [['事業コード', '事業名', '取組の視点', '計画期間'], ...Array.from({ length: 11 }, (_, k) => [`W${k + 1}`, `見直し${k + 1}`, 1, 'R2～R4'])],
    達成事項: [
      ['事業コード', '目標年度', '達成するべき事項', '達成状況'],
      ...Array.from({ length: 11 }, (_, k) => [`W${k + 1}`, '令和4年度', `見直し${k + 1}の目標`, k < 3 ? '計画どおり' : k < 9 ? 'おおむね計画どおり' : '遅れ']),
    ],
    区分: [
      ['種類', '区分', '意味'],
      ['達成状況', '計画どおり', '達成'],
      ['達成状況', 'おおむね計画どおり', '達成'],
      ['達成状況', '遅れ', '未達成'],
    ],
    設定: [
      ['項目', '値'],
      ['計画名', '架空区改革計画'],
      ['計画開始年度', '令和2年度'],
      ['計画終了年度', '令和4年度'],
      ['端数処理', '切り捨て'],
      ['小数桁数', 1],
    ],
  },
});

const WARD = ['架空区改革計画の結果', '', '評価を終えた11件のうち、達成したものは9件（81.8%）でした。'];

describe('a ward’s share beside a count of a meaning', () => {
  test('the right draft reads clean', () => {
    const { findings, placed } = ward(WARD);
    expect(findings).toEqual([]);
    expectPlaced(placed, ['3: 9件', '3: 81.8%']);
  });

  test('a share beside a count found wrong is found wrong with it: of the right count, over the draft’s denominator', () => {
    const wrong = injected(WARD, [[3, '9件（81.8%）', '10件（90.9%）']]);
    expect(ward(wrong).findings).toEqual(['3: 10件 → 9件', '3: 90.9% → 81.8%']);
  });
});

/** An island rating 6 single-year targets of 令和3年度 (5 目標達成) and 4 of 令和4年度 (all 目標達成); its state is 令和4年9月末. */
const island = claimsReader({
  asOf: '2022-09-30',
  sheets: {
    事業: [['事業コード', '事業名', '取組の視点', '計画期間'], ...Array.from({ length: 10 }, (_, k) => [`S${k + 1}`, `改革項目${k + 1}`, 1, 'R3～R7'])],
    達成事項: [
      ['事業コード', '目標年度', '達成するべき事項', '達成状況'],
      ...Array.from({ length: 10 }, (_, k) => [`S${k + 1}`, k < 6 ? '令和3年度' : '令和4年度', `改革項目${k + 1}の目標`, k === 5 ? '未達成' : '目標達成']),
    ],
    取組活動: [
      ['事業コード', '年度', '取組活動', '進捗状況'],
      ...Array.from({ length: 10 }, (_, k) => [`S${k + 1}`, '令和4年度', `改革項目${k + 1}の工程`, k < 8 ? '取組開始' : '未開始']),
    ],
    区分: [
      ['種類', '区分', '意味', '進捗率に含める'],
      ['進捗状況', '取組開始', '概ね順調', '○'],
      ['進捗状況', '未開始', '未着手', '×'],
      ['達成状況', '目標達成', '達成', ''],
      ['達成状況', '未達成', '未達成', ''],
    ],
    設定: [
      ['項目', '値'],
      ['計画名', '架空島改革プラン'],
      ['計画開始年度', '令和3年度'],
      ['計画終了年度', '令和7年度'],
      ['端数処理', '四捨五入'],
      ['小数桁数', 1],
    ],
  },
});

const ISLAND = [
  '改革プラン進捗状況報告（令和4年9月末現在）', // 1
  '', // 2
  '令和4年9月末の進捗状況は、目標達成件数が4件となっている。', // 3
  'また、令和3年度の単年度の改革項目は、6件のうち目標達成が5件、未達成が1件となっている。', // 4
  '改革項目数 | 12件 | 2項目再掲のため実質10件 |', // 5: some items listed twice: the count after 実質 is the plan's
  '取組開始状況 |', // 6: a row broken over lines: its label …
  '8件 |', // 7: … its figure …
  '令和4年9月末現在で取り組みを開始しているもの |', // 8: … its note
  '5件 | 単年度の改革項目で目標達成したもの(令和3年度分6件中) | |', // 9
];

describe('an island’s report of a state at a month’s end', () => {
  test('the right draft reads clean: the counts of the state are of its fiscal year, 6件のうち what the counts after it are out of', () => {
    const { findings, placed } = island(ISLAND);
    expect(findings).toEqual([]);
    expectPlaced(placed, ['3: 4件', '4: 6件', '4: 5件', '4: 1件', '5: 10件', '7: 8件', '9: 5件', '9: 6件']);
  });

  test('a count of the state is checked against its year’s, not the plan’s total', () => {
    const wrong = injected(ISLAND, [[3, '4件', '5件']]);
    expect(island(wrong).findings).toEqual(['3: 5件 → 4件']);
  });

  test('the net count of items, a row broken over lines, a year before the plan of a count of rated targets', () => {
    const wrong = injected(ISLAND, [
      [5, '実質10件', '実質11件'], // the plan's items: 10 projects
      [7, '8件', '7件'], // the row of 取組開始 (its label on the line above): 8 activities
      [9, '令和3年度分', '令和2年度分'], // 6 rated targets are 令和3年度's; the plan begins in 令和3年度
    ]);
    expect(island(wrong).findings).toEqual(['5: 11件 → 10件', '7: 7件 → 8件', '9: 令和2年度 → 令和3年度']);
  });
});

/** A city whose plan (named in brackets in its report) has one year of goals: each measure's and their 合計's, in 千円. */
const city = claimsReader({
  asOf: '2024-09-30',
  sheets: {
    事業: [
      ['事業コード', '事業名', '取組の視点', '計画期間'],
      ['C-01', '使用料の見直し', 1, 'R1～R5'],
      ['C-02', '委託料の削減', 1, 'R1～R5'],
    ],
    目標: [
      ['項目', '目標値', '単位', '年度', '実績', '年度目標'],
      ['使用料の見直し', 200000, '千円', '令和5年度', 150000, 200000],
      ['委託料の削減', 300000, '千円', '令和5年度', 270000, 300000],
      ['改革効果（合計）', 500000, '千円', '令和5年度', 420000, 500000],
    ],
    設定: [
      ['項目', '値'],
      ['計画名', '架空市財政再建集中取組'],
      ['計画開始年度', '令和元年度'],
      ['計画終了年度', '令和5年度'],
      ['端数処理', '四捨五入'],
      ['小数桁数', 1],
      ['金額単位', '千円'],
    ],
  },
});

const CITY = ['財政再建の取組結果', '', '「架空市財政再建集中取組」における令和5年度の改革効果は、目標額が5億円のところ、実績額は、4億2,000万円となりました。'];

describe('a city’s sentence naming its plan in brackets and the year in its topic', () => {
  test('the right draft reads clean: the plan’s name is no project’s, the goal the whole’s', () => {
    const { findings, placed } = city(CITY);
    expect(findings).toEqual([]);
    expectPlaced(placed, ['3: 4億2,000万円']);
  });

  test('the year of the topic, the goal having no figure then, is what is wrong when the amount is another year’s', () => {
    const wrong = injected(CITY, [[3, '令和5年度の改革効果', '令和4年度の改革効果']]);
    expect(city(wrong).findings).toEqual(['3: 令和4年度 → 令和5年度']);
  });
});
