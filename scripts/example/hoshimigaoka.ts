/**
 * Builds the third example workbook: the fictional town 星見ヶ丘町 and its
 * four-year plan 星見ヶ丘町行政改革実施計画（2021-2024）, 令和3～6年度 (issue #25).
 *
 * It exercises what a plan's own scheme may say:
 * - results rated in four levels, two of them meaning 達成 (目標を上回って達成,
 *   目標を達成), each label with its own 定義;
 * - three kinds of 未確定 (最終年度まで, 改定時設定, 新規追加), outside every denominator;
 * - 設定 達成率の分母 = 全事項: a blank result counts, as 未評価, in the denominator;
 * - target years written 「令和4年度以降」 (to the plan end);
 * - no 施設面積 sheet, and no 取組活動 rows for its first year (FY2021);
 * - a goal with 年度目標 and a blank 目標値 (their sum), and a goal with no actual yet.
 *
 * Every figure is chosen by hand; test/core/compute/hoshimigaoka.test.ts and
 * test/cli/hoshimigaoka.test.ts work out what a summary of it must show. Change them together.
 */
import type { CellValue, SheetInput } from '../../src/core/base/cells';

export const HOSHIMIGAOKA_PLAN_NAME = '星見ヶ丘町行政改革実施計画（2021-2024）';
export const HOSHIMIGAOKA_EXAMPLE_PATH = 'examples/hoshimigaoka-2021-2024.xlsx';

const PERSPECTIVES = ['健全な財政運営', '効率的な行政運営', '住民との協働'];

/** The town's result words: four levels (two meaning 達成) and three kinds of 未確定, each with its 定義. */
const RESULT_LABELS: [string, string, string][] = [
  ['目標を上回って達成', '達成', '取組の成果が計画期間内の目標水準を上回ったもの'],
  ['目標を達成', '達成', '取組の成果が計画期間内の目標水準に達したもの'],
  ['一部達成', '一部未達成', '目標の一部に達しなかったもの'],
  ['未達成', '未達成', '目標に達しなかったもの'],
  ['最終年度まで', '未確定', '数値目標が計画の最終年度に設定されており、現時点では達成状況を確定できないもの'],
  ['改定時設定', '未確定', '計画の改定により目標を設定したため、達成状況を確定できないもの'],
  ['新規追加', '未確定', '計画の改定で新たに追加した取組のため、達成状況を確定できないもの'],
];

const PROJECTS: [string, string, number, string, string][] = [
  ['1-01', '町税収納率の向上', 1, '令和3～6年度', '税務課'],
  ['1-02', '使用料の見直し', 1, '令和3～4年度', '財政課'],
  ['1-03', '補助金の整理合理化', 1, '令和3～6年度', '財政課'],
  ['2-01', '窓口業務の委託', 2, '令和3～6年度', '住民課'],
  ['2-02', '電子申請の拡充', 2, '令和4～6年度', '企画課'],
  ['2-03', '組織の再編', 2, '令和4年度以降', '総務課'],
  ['3-01', '地区協議会の設立支援', 3, '令和3～6年度', '企画課'],
  ['3-02', 'ボランティア登録制度', 3, '令和4～6年度', '住民課'],
  ['3-03', '公民館の地域運営', 3, '令和6～7年度', '生涯学習課'],
];

/** No activity in FY2021 (the plan's first year): FY2022 済 2 概ね順調 3 遅れ 1; FY2023 済 3 概ね順調 4 未着手 1. */
const ACTIVITIES: [string, string, string, string][] = [
  ['1-01', '令和4年度', '口座振替の勧奨', '済'],
  ['1-02', '令和4年度', '使用料の改定', '済'],
  ['1-03', '令和4年度', '補助金の評価', '概ね順調'],
  ['2-01', '令和4年度', '委託範囲の検討', '概ね順調'],
  ['2-02', '令和4年度', '電子申請の対象拡大', '概ね順調'],
  ['3-01', '令和4年度', '地区説明会', '遅れ'],
  ['1-01', '令和5年度', 'コンビニ納付の導入', '済'],
  ['1-03', '令和5年度', '補助金の統合', '済'],
  ['2-01', '令和5年度', '窓口委託の開始', '済'],
  ['2-02', '令和5年度', '電子申請の対象拡大', '概ね順調'],
  ['2-03', '令和5年度', '課の統合', '概ね順調'],
  ['3-01', '令和5年度', '協議会の設立', '概ね順調'],
  ['3-02', '令和5年度', '登録制度の開始', '概ね順調'],
  ['3-03', '令和5年度', '運営団体の募集', '未着手'],
];

/** Targets: [code, target year, target, result ('' = blank)]. */
const TARGETS: [string, string, string, string][] = [
  ['1-01', '令和3年度', '収納率98.5%', '目標を上回って達成'],
  ['1-01', '令和4年度', '収納率98.8%', '目標を達成'],
  ['1-02', '令和3年度', '使用料の見直し方針の策定', '目標を達成'],
  ['1-02', '令和4年度', '全施設の使用料改定', '一部達成'],
  ['1-03', '令和3～5年度', '補助金の1割削減', '目標を達成'],
  ['1-03', '令和6年度', '補助金総額2割削減', '最終年度まで'],
  ['2-01', '令和3年度', '委託方針の決定', '目標を上回って達成'],
  ['2-01', '令和4年度', '窓口待ち時間の半減', '未達成'],
  ['2-02', '令和4年度', '電子申請30手続', '目標を達成'],
  ['2-02', '令和5年度', '電子申請60手続', ''],
  ['2-03', '令和4年度以降', '組織の再編', '改定時設定'],
  ['2-03', '令和5年度', '課の統合', '目標を達成'],
  ['3-01', '令和3年度', '協議会の設立3地区', '一部達成'],
  ['3-01', '令和5年度', '協議会の設立全地区', ''],
  ['3-02', '令和4年度', 'ボランティア登録100人', '目標を上回って達成'],
  ['3-02', '令和5年度以降', 'ボランティア登録300人', '新規追加'],
  ['3-03', '令和6年度', '公民館2館の地域運営', ''],
  ['3-03', '令和7年度', '公民館全館の地域運営', ''],
  ['1-03', '令和5年度', '補助金の終期設定', '改定時設定'],
];

const EFFECTS: [string, string, number, string][] = [
  ['1-01', '令和4年度', 12000, '歳入確保'],
  ['1-01', '令和5年度', 15000, '歳入確保'],
  ['2-01', '令和5年度', 8000, '歳出削減'],
];

/** 改革の効果額: 年度目標 per year and no 目標値 (their sum, 50,000); 職員数の削減: no actual yet. */
const GOALS: CellValue[][] = [
  ['改革の効果額', null, '千円', '令和3年度', 9500, 10000],
  ['改革の効果額', null, '千円', '令和4年度', 14000, 12000],
  ['改革の効果額', null, '千円', '令和5年度', null, 15000],
  ['改革の効果額', null, '千円', '令和6年度', null, 13000],
  ['職員数の削減', 10, '人', '令和3年度', null, null],
];

export function buildHoshimigaokaSheets(): SheetInput[] {
  return [
    {
      name: '設定',
      rows: [
        ['項目', '値'],
        ['計画名', HOSHIMIGAOKA_PLAN_NAME],
        ['計画開始年度', '令和3年度'],
        ['計画終了年度', '令和6年度'],
        ['端数処理', '切り捨て'],
        ['小数桁数', 1],
        ['取組の視点', PERSPECTIVES.join('\n')],
        ['金額単位', '千円'],
        ['達成率の分母', '全事項'],
      ],
    },
    {
      name: '区分',
      rows: [
        ['種類', '区分', '意味', '進捗率に含める', '別名', '定義'],
        ...RESULT_LABELS.map(([label, meaning, definition]) => ['達成状況', label, meaning, null, null, definition]),
      ],
    },
    { name: '事業', rows: [['事業コード', '事業名', '取組の視点', '計画期間', '取組推進課'], ...PROJECTS] },
    { name: '取組活動', rows: [['事業コード', '年度', '取組活動', '進捗状況'], ...ACTIVITIES] },
    { name: '達成事項', rows: [['事業コード', '目標年度', '達成するべき事項', '達成状況'], ...TARGETS.map(([c, y, t, r]) => [c, y, t, r === '' ? null : r])] },
    { name: '効果額', rows: [['事業コード', '年度', '効果額（千円）', '区分'], ...EFFECTS] },
    { name: '目標', rows: [['項目', '目標値', '単位', '年度', '実績', '年度目標'], ...GOALS] },
  ];
}
