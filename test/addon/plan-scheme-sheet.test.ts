/**
 * 集計シートを作成・更新 on a plan in its own scheme (#25), through dist/Code.js in the stand-in:
 * the add-on's 集計 sheet has the meanings' totals, 未確定 with share －, the 全事項 denominator with
 * its 未評価 column and achievement by perspective, and no table of records the plan does not keep —
 * the same grid as the CLI's (core/present/grid.ts). Figures by hand in test/support/kita.ts.
 */
import { kitaWorkbook } from '../support/kita';
import { standInWith } from '../support/standin';

const NOT_KEPT = 'この計画は「効果額」・「施設面積」を記録していないため、その表は載せていません';

test('the 集計 sheet of a plan dividing by 全事項, with no 効果額 and no 施設面積', () => {
  const standIn = standInWith(kitaWorkbook('全事項'));
  expect(standIn.run('sidebarRegenerate')).toMatchObject({ ok: true, counts: { error: 0 } });
  const written = (standIn.spreadsheet.sheetUncounted('集計')?.snapshot() ?? []).map((row) => row.filter((v) => v !== ''));
  expect(written[3]).toEqual([NOT_KEPT]);
  const rowsBelow = (title: string, n: number) => {
    const at = written.findIndex((row) => row[0] === title);
    expect(at).toBeGreaterThan(0);
    return written.slice(at + 1, at + 1 + n);
  };
  expect(written.some((row) => ['【財政健全化効果額一覧】', '【公共施設の総延床面積推移】'].includes(String(row[0])))).toBe(false);
  // 6 targets (5 evaluated + 1 未評価): 上回って達成 2 33.3%, おおむね達成 2 33.3%, 未達成 1 16.6%, 最終年度まで 1 －, 達成 計 4 66.6%, 未評価 1 16.6%.
  const [header, row] = rowsBelow('【達成状況】', 2);
  expect(header.slice(-4)).toEqual(['達成 計', '達成 計（割合）', '未評価 件数', '未評価（割合）']);
  expect(row).toEqual([6, 2, 0.333, 2, 0.333, 1, 0.166, 1, '－', 4, 0.666, 1, 0.166]);
  expect(rowsBelow('【取組の視点別の達成状況】', 3).slice(1)).toEqual([
    ['(1) 改革一', 3, 1, 0.333, 1, 0.333, 1, 0.333, 1, '－', 2, 0.666, 0, 0],
    ['(2) 改革二', 3, 1, 0.333, 1, 0.333, 0, 0, 0, '－', 2, 0.666, 1, 0.333],
  ]);
  // 進捗 2024: 完了, 順調, ほぼ順調, 遅れ 1 each (25.0%); 概ね順調 計 2 = 50.0%.
  expect(rowsBelow('【進捗状況】', 2)[1]).toEqual(['令和6年度', 3, 4, 1, 0.25, 1, 0.25, 1, 0.25, 1, 0.25, 2, 0.5]);
});

test('the sidebar gives the plan’s own 定義, the standard text only where 定義 is blank', () => {
  const state = standInWith(kitaWorkbook()).run<{ categories: { items: { term: string; definition: string }[] }[] }>('sidebarState');
  expect(state.categories[0].items.map((i) => [i.term, i.definition])).toEqual([
    ['完了（済）', '当該活動が終了した。'],
    ['順調（概ね順調）', '計画どおり進んでいるもの'],
    ['ほぼ順調（概ね順調）', '当初の見通しどおり又は見通しよりも早く進捗している。'],
    ['遅れ', '当初の見通しに比べ遅れている。'],
  ]);
  expect(state.categories[1].items.map((i) => [i.term, i.definition])).toEqual([
    ['上回って達成（達成）', '目標を上回って達成したもの'],
    ['おおむね達成（達成）', '達成するべき事項を達成した。'],
    ['未達成', '達成するべき事項を達成できなかった。'],
    ['最終年度まで（未確定）', '数値目標が最終年度までのもの'],
  ]);
});
