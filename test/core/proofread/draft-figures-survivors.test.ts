/**
 * The proof-reader's figures in any layout (draftFigures.ts), case by case for
 * the mutants a mutation run left alive (reports/mutation-record-2026.md), on a small
 * plan of three years worked out by hand:
 *
 * Plan 令和12～14年度 (2030–2032), truncation, 千円 with no decimals.
 * 令和12年度: K-1 済, K-1 遅れ, K-2 済, K-2 概ね順調 → 2 projects, 4 activities,
 *   済 2 (50.0%), 概ね順調 1 (25.0%), 遅れ 1 (25.0%), 未着手 0, 休止 0; 3 in the rate, 75.0%.
 * 令和13年度: K-1 済, K-3 未着手, K-3 済 → 2 projects, 3 activities, 済 2 (66.6%), 未着手 1 (33.3%);
 *   2 in the rate, 66.6%.
 * 令和14年度: no activity (no rate, no share).
 * Targets: 令和12年度 K-1 達成, K-2 未達成; 令和13年度 K-3 達成 ×2, K-1 一部未達成 →
 *   令和12年度 2 evaluated (達成 1 (50.0%), 一部未達成 0, 未達成 1 (50.0%)),
 *   令和13年度 3 (達成 2 (66.6%), 一部未達成 1 (33.3%), 未達成 0), 令和14年度 none;
 *   the plan: 5 evaluated, 達成 3 (60.0%), 一部未達成 1 (20.0%), 未達成 1 (20.0%).
 * Effects: 令和12年度 100 + 50 = 150, 令和13年度 30, 令和14年度 0; total 180.
 * Floor area: 令和12年度 100.5㎡ abolished, 令和13年度 20.25㎡ added.
 * Each test builds its own summary (reports/mutation-record-2026.md).
 */
import type { CellValue, WorkbookInput } from '../../../src/core/base/cells';
import { summarize } from '../../../src/core/compute/pipeline';
import { PlanFigures, sentenceFigures, tableFigures } from '../../../src/core/proofread/draftFigures';
import { proofread } from '../../../src/core/proofread/proofread';

type Rows = CellValue[][];
const sheet = (name: string, rows: Rows) => ({ name, rows });

function workbook(): WorkbookInput {
  return {
    sheets: [
      sheet('設定', [
        ['項目', '値'],
        ['計画開始年度', 2030],
        ['計画終了年度', 2032],
      ]),
      sheet('事業', [
        ['事業コード', '事業名', '取組の視点'],
        ['K-1', '事業一', 1],
        ['K-2', '事業二', 2],
        ['K-3', '事業三', 1],
      ]),
      sheet('取組活動', [
        ['事業コード', '年度', '取組活動', '進捗状況'],
        ['K-1', 2030, 'a', '済'],
        ['K-1', 2030, 'b', '遅れ'],
        ['K-2', 2030, 'c', '済'],
        ['K-2', 2030, 'd', '概ね順調'],
        ['K-1', 2031, 'e', '済'],
        ['K-3', 2031, 'f', '未着手'],
        ['K-3', 2031, 'g', '済'],
      ]),
      sheet('達成事項', [
        ['事業コード', '目標年度', '達成するべき事項', '達成状況'],
        ['K-1', '令和12年度', 'x', '達成'],
        ['K-2', '令和12年度', 'y', '未達成'],
        ['K-3', '令和13年度', 'z', '達成'],
        ['K-3', '令和13年度', 'v', '達成'],
        ['K-1', '令和13年度', 'w', '一部未達成'],
      ]),
      sheet('効果額', [
        ['事業コード', '年度', '効果額（千円）'],
        ['K-1', 2030, 100],
        ['K-2', 2030, 50],
        ['K-1', 2031, 30],
      ]),
      sheet('施設面積', [
        ['年度', '施設名', '区分', '面積（㎡）', '一般会計'],
        [2030, '甲', '廃止', 100.5, 'はい'],
        [2031, '乙', '増加', 20.25, 'はい'],
      ]),
    ],
  };
}

/**
 * A plan in its own words, none of them counted in the rate: 完了 (done) and 割合調整中 (delayed).
 * 令和12年度: K-1 完了, K-2 割合調整中.
 */
function ownWords(): WorkbookInput {
  const input = workbook();
  input.sheets[2] = sheet('取組活動', [
    ['事業コード', '年度', '取組活動', '進捗状況'],
    ['K-1', 2030, 'a', '完了'],
    ['K-2', 2030, 'b', '割合調整中'],
  ]);
  input.sheets.push(
    sheet('区分', [
      ['種類', '区分', '意味', '進捗率に含める'],
      ['進捗状況', '完了', '済', 'いいえ'],
      ['進捗状況', '割合調整中', '遅れ', 'いいえ'],
    ]),
  );
  return input;
}

const summaryOf = (input = workbook()) => summarize(input, { asOf: '2033-03-31' });

/** Proof-reads the lines; findings and checked figures, each as one line of text. */
function read(lines: string[], input = workbook()) {
  const result = proofread(lines.join('\n'), summaryOf(input));
  return {
    findings: result.findings.map((f) => `${f.line} ${f.label}: ${f.stated} → ${f.expected} (${f.kind})`),
    checked: result.checked.map((c) => `${c.line} ${c.label} ${c.stated}`),
  };
}

/** Proof-reads a draft whose lines are tab-separated cells. */
const table = (...rows: string[][]) => read(rows.map((cells) => cells.join('\t')));

describe('the plan’s figures for a year', () => {
  test('a rate of a year with no activity is not checked; a year outside the plan has no activities, no label counts, no 済＋概ね順調', () => {
    expect(read(['令和14年度の進捗率は0.0%でした。'])).toStrictEqual({ findings: [], checked: ['1 令和14年度 進捗率 0.0%'] });
    expect(read(['令和15年度の取組活動は3件、済が2件でした。'])).toStrictEqual({
      findings: [],
      checked: ['1 令和15年度 取組活動数 3件', '1 令和15年度 済 2件'],
    });
    expect(table(['区分', '令和15年度', '令和16年度'], ['済＋概ね順調', '1', '2'])).toStrictEqual({
      findings: [],
      checked: ['2 令和15年度 済＋概ね順調 1', '2 令和16年度 済＋概ね順調 2'],
    });
  });

  test('a year label that names no fiscal year (令和0年度) gives its figure no year: not checked', () => {
    expect(read(['令和0年度の進捗率は75.0%でした。'])).toStrictEqual({ findings: [], checked: [] });
  });
});

describe('table headers', () => {
  test('a parenthesis is dropped from a header only at its end: (旧)事業数 is no column', () => {
    expect(table(['年度', '(旧)事業数'], ['令和12年度', '2'])).toStrictEqual({ findings: [], checked: [] });
  });

  test('a label’s own words: 割合 inside a label is no share; with no label counted in the rate, () is no column', () => {
    expect(table(['年度', '割合調整中'], ['令和12年度', '2'])).toStrictEqual({ findings: [], checked: [] });
    expect(read(['年度\t割合調整中', '令和12年度\t2'], ownWords())).toStrictEqual({
      findings: ['2 令和12年度 割合調整中: 2 → 1 (workbook)'],
      checked: ['2 令和12年度 割合調整中 2'],
    });
    expect(read(['年度\t()', '令和12年度\t1'], ownWords())).toStrictEqual({ findings: [], checked: [] });
  });

  test('a table with its cells between spaces, and a header of years without a first cell', () => {
    expect(read(['区分 令和12年度 令和13年度', '取組活動数 4 2'])).toStrictEqual({
      findings: ['2 令和13年度 取組活動数: 2 → 3 (workbook)'],
      checked: ['2 令和12年度 取組活動数 4', '2 令和13年度 取組活動数 2'],
    });
    expect(table(['令和12年度', '令和13年度'], ['取組活動数', '4', '3'])).toStrictEqual({
      findings: [],
      checked: ['2 令和12年度 取組活動数 4', '2 令和13年度 取組活動数 3'],
    });
  });

  test('years are 令和…年度 and the like, not bare numbers, in a header and at a row’s head', () => {
    expect(read(['区分 2030 2031', '取組活動数 9 9'])).toStrictEqual({ findings: [], checked: [] });
    expect(table(['年度', '取組活動数'], ['2030', '3'])).toStrictEqual({ findings: [], checked: [] });
  });

  test('a header of labels starts with a cell that is 年度 and nothing else', () => {
    for (const head of ['年度別', '各年度', '区分'])
      expect([head, table([head, '取組活動数'], ['令和12年度', '3'])]).toStrictEqual([head, { findings: [], checked: [] }]);
  });

  test('a header with an unknown column is none, even when its row holds numbers only', () => {
    expect(table(['年度', '取組活動数', '備考'], ['令和12年度', '4', '5'])).toStrictEqual({ findings: [], checked: [] });
  });

  test('a table under 【取組結果】 is a perspective’s, not the plan’s: not read here', () => {
    expect(read(['【取組結果】', '区分\t令和12年度\t令和13年度', '取組活動数\t9\t9'])).toStrictEqual({ findings: [], checked: [] });
  });
});

describe('table rows', () => {
  test('a row with a cell that is no figure, or fewer cells than the header, is not read', () => {
    expect(table(['区分', '令和12年度', '令和13年度'], ['取組活動数', '4', 'x'])).toStrictEqual({ findings: [], checked: [] });
    expect(table(['年度', '取組活動数', '評価数'], ['令和12年度', '4'])).toStrictEqual({ findings: [], checked: [] });
    expect(table(['年度', '取組活動数', '評価数'], ['令和12年度', '4', 'x'])).toStrictEqual({ findings: [], checked: [] });
  });

  test('a 計 column first, and 効果額 without a 計 column', () => {
    expect(table(['区分', '計', '令和12年度', '令和13年度'], ['効果額', '180', '150', '30'])).toStrictEqual({
      findings: [],
      checked: ['2 令和12年度 財政健全化効果額 150', '2 令和13年度 財政健全化効果額 30', '2 財政健全化効果額 合計 180'],
    });
    expect(table(['区分', '令和12年度', '令和13年度'], ['効果額', '150', '30'])).toStrictEqual({
      findings: [],
      checked: ['2 令和12年度 財政健全化効果額 150', '2 令和13年度 財政健全化効果額 30'],
    });
  });

  test('a year’s 効果額 stated with its unit is expected with it; 廃止面積 is checked', () => {
    expect(table(['区分', '令和12年度', '令和13年度'], ['効果額', '150千円', '31千円']).findings).toStrictEqual([
      '2 令和13年度 財政健全化効果額: 31千円 → 30千円 (workbook)',
    ]);
    // Without m2 (with it, the seed's rule reads the line).
    expect(table(['区分', '令和12年度', '令和13年度'], ['廃止面積', '100.00', '0.00']).findings).toStrictEqual([
      '2 令和12年度 廃止面積: 100.00 → 100.50㎡ (workbook)',
    ]);
  });

  test('a share is worked out to the places it is stated with', () => {
    expect(table(['区分', '令和12年度', '令和13年度'], ['未着手(割合)', '0.0%', '33.4%']).findings).toStrictEqual([
      '2 令和13年度 未着手 割合: 33.4% → 33.3% (workbook)',
    ]);
  });

  test('only 合計 or 計 is the total row; only the 効果額 column is added up', () => {
    expect(table(['年度', '効果額'], ['令和12年度', '150'], ['令和13年度', '30'], ['小計', '180'], ['計画', '180'])).toStrictEqual({
      findings: [],
      checked: ['2 令和12年度 財政健全化効果額 150', '3 令和13年度 財政健全化効果額 30'],
    });
    // 181 is 150 + 31: wrong by the workbook only (the 評価数 column is not part of it).
    expect(table(['年度', '評価数', '効果額'], ['令和12年度', '2', '150'], ['令和13年度', '3', '31'], ['合計', '5', '181']).findings).toStrictEqual([
      '3 令和13年度 財政健全化効果額: 31 → 30 (workbook)',
      '4 財政健全化効果額 合計: 181 → 180 (workbook)',
    ]);
  });

  test('合計 without a unit under a 効果額 heading has no parts to add up: wrong by the workbook only', () => {
    expect(read(['【効果額の推移】', '合計 181']).findings).toStrictEqual(['2 財政健全化効果額 合計: 181 → 180 (workbook)']);
  });
});

describe('a wrong year label in a table', () => {
  test('each table’s year column is its own: the same header text in another table is another label', () => {
    // The second table's columns are swapped; the first's are right.
    expect(
      table(
        ['区分', '令和12年度', '令和13年度'],
        ['取組活動数', '4', '3'],
        ['区分', '令和12年度', '令和13年度'],
        ['取組活動数', '3', '4'],
        ['未着手', '1', '0'],
      ).findings,
    ).toStrictEqual(['3 年度: 令和12年度 → 令和13年度 (workbook)', '3 年度: 令和13年度 → 令和12年度 (workbook)']);
  });

  test('each row’s year is its own: the same year at the head of another row is another label', () => {
    expect(table(['年度', '取組活動数', '未着手'], ['令和12年度', '4', '0'], ['令和12年度', '3', '1']).findings).toStrictEqual([
      '3 年度: 令和12年度 → 令和13年度 (workbook)',
    ]);
  });

  test('a figure the stated year has none of is left out: one figure alone proves no wrong year', () => {
    // 令和14年度 has no activity and so no rate: 3 and 66.6% are 令和13年度's, but only the 3 is checked.
    expect(table(['年度', '取組活動数', '進捗率'], ['令和14年度', '3', '66.6%']).findings).toStrictEqual(['2 令和14年度 取組活動数: 3 → 0 (workbook)']);
  });

  test('a difference of exactly 0.005 is no match for another year', () => {
    expect(table(['年度', '取組活動数', '休止'], ['令和12年度', '3', '0.005']).findings).toStrictEqual([
      '2 令和12年度 取組活動数: 3 → 4 (workbook)',
      '2 令和12年度 休止: 0.005 → 0 (workbook)',
    ]);
  });
});

describe('a wrong category label in a table', () => {
  test('only a label column of a table with labels across names a category: not 事業数, not a row of a years-across table', () => {
    // 1 and 2 are 達成's counts, 2 and 2 済's; neither row is under a category label.
    expect(table(['年度', '事業数'], ['令和12年度', '1'], ['令和13年度', '2']).findings).toStrictEqual(['2 令和12年度 事業数: 1 → 2 (workbook)']);
    expect(table(['区分', '令和12年度', '令和13年度'], ['遅れ', '2', '2']).findings).toStrictEqual([
      '2 令和12年度 遅れ: 2 → 1 (workbook)',
      '2 令和13年度 遅れ: 2 → 0 (workbook)',
    ]);
  });

  test('a share column under the wrong label, progress or result: its shares are worked out to their places', () => {
    expect(table(['年度', '遅れ(割合)'], ['令和12年度', '50.0%'], ['令和13年度', '66.6%']).findings).toStrictEqual(['1 区分: 遅れ(割合) → 済 (workbook)']);
    expect(table(['年度', '一部未達成(割合)'], ['令和12年度', '50.0%'], ['令和13年度', '66.6%']).findings).toStrictEqual([
      '1 区分: 一部未達成(割合) → 達成 (workbook)',
    ]);
  });

  test('a result count column is matched against the other result labels, not the progress labels', () => {
    expect(table(['年度', '一部未達成'], ['令和12年度', '1'], ['令和13年度', '2']).findings).toStrictEqual(['1 区分: 一部未達成 → 達成 (workbook)']);
  });

  test('a row of a year outside the plan does not stop the column’s label from being found', () => {
    expect(table(['年度', '遅れ'], ['令和12年度', '2'], ['令和13年度', '2'], ['令和15年度', '5']).findings).toStrictEqual(['1 区分: 遅れ → 済 (workbook)']);
  });

  test('a column some of whose figures are right is still under the wrong label when all are right for one other', () => {
    // 未着手 0 and 0: right for 令和12年度, wrong for 令和13年度 (1); 休止's are 0 and 0.
    expect(table(['年度', '未着手'], ['令和12年度', '0'], ['令和13年度', '0']).findings).toStrictEqual(['1 区分: 未着手 → 休止 (workbook)']);
  });
});

describe('called directly', () => {
  test('tableFigures: 令和元年度 is a year, cells are trimmed, a result column’s category is a result', () => {
    const plan = new PlanFigures(summaryOf());
    const figures = tableFigures(['年度 \t 達成', '令和元年度\t1', '令和12年度 \t1'], new Set(), plan, () => '');
    expect(figures.map((f) => `${f.line} ${f.label} ${f.stated}`)).toStrictEqual(['2 令和元年度 達成 件数 1', '3 令和12年度 達成 件数 1']);
    expect(figures[1].category).toStrictEqual({
      stated: '達成',
      line: 1,
      unit: 'column1:result:0:false',
      kind: 'result',
      index: 0,
      forLabel: expect.any(Function),
    });
  });

  test('sentenceFigures: a result count’s category is a result', () => {
    const plan = new PlanFigures(summaryOf());
    const [figure] = sentenceFigures({ text: '達成は3件でした。', lineAt: () => 7 }, plan);
    expect(figure).toStrictEqual({
      line: 7,
      stated: '3件',
      value: 3,
      label: '達成 件数',
      workbook: { value: 3, text: '3件' },
      category: { stated: '達成', line: 7, unit: 'sentence0@0', kind: 'result', index: 0, forLabel: expect.any(Function) },
    });
  });
});

describe('sentences', () => {
  const checked = (text: string) => read([text]).checked;

  test('a sentence’s label: the nearest before the figure, in the sentence’s order, within a keyword’s reach', () => {
    // 合計 joins 180千円, not 効果額 before it; 取組活動 joins 4件, not 合計 before it.
    expect(read(['令和12年度の効果額の合計は180千円でした。'])).toStrictEqual({ findings: [], checked: ['1 財政健全化効果額 合計 180千円'] });
    expect(checked('令和12年度の合計の取組活動は4件でした。')).toStrictEqual(['1 令和12年度 取組活動数 4件']);
    // は and 13 characters (14) between 進捗率 and the figure: within reach; 20 characters: not.
    expect(read(['令和12年度の進捗率は、全体としておおむね順調な76.0%でした。']).findings).toStrictEqual(['1 令和12年度 進捗率: 76.0% → 75.0% (workbook)']);
    expect(checked('令和12年度の進捗率はついに75.0%に達しました。')).toStrictEqual(['1 令和12年度 進捗率 75.0%']);
    expect(checked('令和12年度の進捗率について関係各課と協議を重ねた結果として76.0%でした。')).toStrictEqual([]);
    // A label of the plan right before its count, with no particle.
    expect(checked('令和12年度は済2件でした。')).toStrictEqual(['1 令和12年度 済 2件']);
  });

  test('a year right before the figure is its year; the last sentence needs no 。', () => {
    expect(read(['進捗率は令和12年度76.0%でした。']).findings).toStrictEqual(['1 令和12年度 進捗率: 76.0% → 75.0% (workbook)']);
    expect(read(['令和13年度の進捗率は60.0%']).findings).toStrictEqual(['1 令和13年度 進捗率: 60.0% → 66.6% (workbook)']);
  });

  test('a year carried from the sentence before: only into sentences without one, on through them, not past two years', () => {
    // 遅れは1件 comes before 令和13年度 in a sentence that names a year: it has no year.
    expect(checked('令和12年度の進捗率は75.0%でした。遅れは1件で、令和13年度は0件でした。')).toStrictEqual([
      '1 令和12年度 進捗率 75.0%',
      '1 令和13年度 遅れ 0件',
    ]);
    expect(checked('令和12年度の進捗率は75.0%でした。済は2件でした。遅れは1件でした。')).toStrictEqual([
      '1 令和12年度 進捗率 75.0%',
      '1 令和12年度 済 2件',
      '1 令和12年度 遅れ 1件',
    ]);
    expect(checked('令和12年度の進捗率は75.0%でした。令和13年度と令和14年度を比べます。遅れは1件でした。')).toStrictEqual(['1 令和12年度 進捗率 75.0%']);
  });

  test('a carried year is one label with the sentence that names it: all its figures another year’s is one finding', () => {
    expect(read(['令和12年度の取組活動は3件でした。未着手は1件でした。']).findings).toStrictEqual(['1 年度: 令和12年度 → 令和13年度 (workbook)']);
  });

  test('a plan-wide figure after a carried year is the plan’s; after a range too', () => {
    expect(checked('令和12年度の進捗率は75.0%でした。達成は3件でした。')).toStrictEqual(['1 令和12年度 進捗率 75.0%', '1 達成 件数 3件']);
    expect(checked('令和12年度の進捗率は75.0%でした。達成率は60.0%でした。')).toStrictEqual(['1 令和12年度 進捗率 75.0%', '1 達成 割合 60.0%']);
    expect(checked('令和12年度の進捗率は75.0%でした。評価した事項は5件でした。')).toStrictEqual([
      '1 令和12年度 進捗率 75.0%',
      '1 達成するべき事項の合計数 5件',
    ]);
    expect(checked('令和12年度から令和13年度までの達成率は60.0%でした。')).toStrictEqual(['1 達成 割合 60.0%']);
    expect(checked('令和12年度から令和13年度までの評価した事項は5件でした。')).toStrictEqual(['1 達成するべき事項の合計数 5件']);
    expect(checked('令和12年度から令和13年度までの達成は3件でした。')).toStrictEqual(['1 達成 件数 3件']);
  });

  test('a share in brackets after a count takes the count’s label; nothing else does', () => {
    // Not after 、, not a count in brackets, not after a figure in another unit.
    expect(checked('（注）達成は3件、60.0%でした。')).toStrictEqual(['1 達成 件数 3件']);
    expect(checked('達成は3件、うち1件でした。')).toStrictEqual(['1 達成 件数 3件']);
    expect(checked('達成は3件（1件）でした。')).toStrictEqual(['1 達成 件数 3件']);
    expect(checked('令和12年度の進捗率は75.0%（50.0%）でした。')).toStrictEqual(['1 令和12年度 進捗率 75.0%']);
    // The first figure of the prose, in brackets: no figure before it.
    expect(checked('（50.0%）でした。')).toStrictEqual([]);
  });

  test('the label of the figure before carries over a year only in the same unit', () => {
    expect(checked('令和12年度の取組活動は75.0%、令和13年度は3件でした。')).toStrictEqual([]);
  });

  test('取組活動 right after a count names it', () => {
    expect(checked('令和12年度は4件取組活動を実施しました。')).toStrictEqual(['1 令和12年度 取組活動数 4件']);
    expect(checked('令和12年度は4件で、その取組活動は順調でした。')).toStrictEqual([]);
  });

  test('wrong sentence figures are found with the workbook’s text: 事業, 千円, 件', () => {
    expect(read(['令和13年度の事業数は3事業でした。']).findings).toStrictEqual(['1 令和13年度 事業数: 3事業 → 2事業 (workbook)']);
    expect(read(['効果額は181千円でした。']).findings).toStrictEqual(['1 財政健全化効果額 合計: 181千円 → 180千円 (workbook)']);
    expect(read(['達成は4件でした。']).findings).toStrictEqual(['1 達成 件数: 4件 → 3件 (workbook)']);
    expect(read(['評価事項は6件でした。']).findings).toStrictEqual(['1 達成するべき事項の合計数: 6件 → 5件 (workbook)']);
  });

  test('達成率 is a percentage only', () => {
    expect(checked('達成率は3件でした。')).toStrictEqual([]);
  });
});
