/**
 * report.ts tested directly: the annual report's model, block by block, for a
 * three-year plan (令和8～10年度) read on 2027-06-30 — an interim report that
 * leaves out 令和10年度, which has not begun. Figures by hand: effects 1,234 +
 * 66 = 1,300 千円; floor area 1,234.50 + 10 abolished (the catch-all その他施設
 * is not named) and 34.50 added → 1,210.00 ㎡ reduced, 1,244.50 ㎡ of it in
 * the general account; goal 1,200 of 1,500 = 80.0%.
 */
import type { CellValue, WorkbookInput } from '../../../src/core/base/cells';
import { runPipeline } from '../../../src/core/compute/pipeline';
import { buildReport } from '../../../src/core/present/report';
import { render } from '../../support/report-render';
import { activities, effects, facilities, projects, settings } from '../../support/sheets';

type Rows = CellValue[][];
const input = (): { sheets: { name: string; rows: Rows }[] } => ({
  sheets: [
    {
      name: '設定',
      rows: [
        ['項目', '値'],
        ['計画名', '改革計画'],
        ['計画開始年度', 2026],
        ['計画終了年度', 2028],
        ['取組の視点', '視点一\n視点二'],
      ],
    },
    {
      name: '事業',
      rows: [
        ['事業コード', '事業名', '取組の視点', '計画期間', '取組推進課', '終了年度', '終了区分', '事業の概要'],
        ['B-2', '事業B', 2, 'R8～R9', '企画課、財政課', 2027, '終了', '概要B'],
        ['A-1', '事業A', 1, '', '企画課', '', '', ''],
      ],
    },
    {
      name: '取組活動',
      rows: [
        ['事業コード', '年度', '取組活動', '進捗状況', '取組内容・成果'],
        ['A-1', 2026, 'a', '済', '成果1'],
        ['A-1', 2026, 'a2', '済', '成果1'],
        ['B-2', 2027, 'b', '遅れ', '成果2'],
        ['B-2', 2027, 'c', '概ね順調', ''],
      ],
    },
    {
      name: '効果額',
      rows: [
        ['事業コード', '年度', '効果額（千円）'],
        ['A-1', 2026, 1234],
        ['B-2', 2027, 66],
      ],
    },
    {
      name: '達成事項',
      rows: [
        ['事業コード', '目標年度', '達成するべき事項', '達成状況', '概要'],
        ['A-1', '令和8年度～令和9年度', 't1', '未達成', 's1'],
        ['B-2', '令和8年度', 't2', '達成', ''],
      ],
    },
    {
      name: '施設面積',
      rows: [
        ['年度', '施設名', '区分', '面積（㎡）', '一般会計'],
        [2026, '甲会館', '廃止', 1234.5, 'はい'],
        [2026, 'その他施設', '廃止', 10, 'はい'],
        [2027, '乙', '増加', 34.5, 'いいえ'],
      ],
    },
    {
      name: '目標',
      rows: [
        ['項目', '目標値', '単位', '年度', '実績'],
        ['G', 1500, '件', 2026, 1000],
        ['G', '', '', 2027, 200],
      ],
    },
    {
      name: '報告書',
      rows: [
        ['見出し', '視点', '本文'],
        ['はじめに', '', '第一段落\n\n第二段落'],
        ['課題と今後の方向性', 1, '課題一'],
      ],
    },
  ],
});

function lines(lang: 'ja' | 'en', asOf = '2027-06-30'): string[] {
  const m = buildReport(runPipeline(input(), { asOf, lang }), lang);
  return [m.lang, m.title, m.subtitle, m.asOf, m.asOfText, String(m.errors), String(m.notice), ...m.blocks.map(render).join('\n').split('\n')];
}

test('the interim report in Japanese, block by block', () => {
  expect(lines('ja')).toEqual([
    'ja',
    '改革計画',
    '実績報告書',
    '2027-06-30',
    '2027-06-30時点のデータによる',
    '0',
    'null',
    '[note] ※2027-06-30時点の報告です。まだ始まっていない年度（令和10年度）は表・グラフ・文章に含めていません。',
    '[h1] １ はじめに',
    '[paragraph] 第一段落',
    '[paragraph] 第二段落',
    '[h1] ２ 計画の概要',
    '[h2] （１）計画期間',
    '[paragraph] 「改革計画」の計画期間は、令和8（2026）年度から令和10（2028）年度までの3年間です。',
    '[placeholder] ［「報告書」シートの見出し「計画の概要」に本文を入力してください］',
    '[h2] （２）取組の視点',
    '[paragraph] 取組の視点として、次の2つの視点を設定しました。',
    '[list] （１）視点一 / （２）視点二',
    '[h1] ３ 取組状況',
    '[paragraph] 各事業における取組活動を単位として、次の5つの区分から進捗状況を把握しました。',
    '[table progress] 【進捗状況】 | widths 11,6,7,6,8,6,10,6,8,6,9,6,8',
    '  取組年度 | 事業数 | 取組活動数 | 済 | 済（割合） | 概ね順調 | 概ね順調（割合） | 遅れ | 遅れ（割合） | 未着手 | 未着手（割合） | 休止 | 休止（割合）',
    '  令和8年度 | 1{count} | 2{count} | 2{count} | 100.0%{percent} | 0{count} | 0.0%{percent} | 0{count} | 0.0%{percent} | 0{count} | 0.0%{percent} | 0{count} | 0.0%{percent}',
    '  令和9年度 | 1{count} | 2{count} | 0{count} | 0.0%{percent} | 1{count} | 50.0%{percent} | 1{count} | 50.0%{percent} | 0{count} | 0.0%{percent} | 0{count} | 0.0%{percent}',
    '[table progressRate] 【進捗率】 | widths 11,8,7,8',
    '  取組年度 | 進捗率 | 取組活動数 | 済＋概ね順調',
    '  令和8年度 | 100.0%{percent} | 2{count} | 2{count}',
    '  令和9年度 | 50.0%{percent} | 2{count} | 1{count}',
    '[chart progressRate line] 進捗率の推移 (% max 100) 令和8年度=100/100.0% 令和9年度=50/50.0% | alt: 進捗率の推移の折れ線グラフ。令和8年度 100.0%、令和9年度 50.0%。',
    '[definitions] 【区分】 「済」: 当該活動が終了した。 / 「概ね順調」: 当初の見通しどおり又は見通しよりも早く進捗している。 / 「遅れ」: 当初の見通しに比べ遅れている。 / 「未着手」: 当該活動に着手する予定の時期に着手していない。 / 「休止」: 当該活動を休止とした。',
    '[h1] ４ 達成状況',
    '[paragraph] 各事業における達成するべき事項を単位として、次の3つの区分から達成状況を把握しました。',
    '[table achievement] 【達成状況】 | widths 13,7,8,10,11,8,9',
    '  割合の分母（評価済み） | 達成 件数 | 達成（割合） | 一部未達成 件数 | 一部未達成（割合） | 未達成 件数 | 未達成（割合）',
    '  2{count} | 1{count} | 50.0%{percent} | 0{count} | 0.0%{percent} | 1{count} | 50.0%{percent}',
    '[table achievementByYear] 【目標年度別の達成状況】 | widths 11,6,7,8,10,11,8,9',
    '  目標年度 | 評価数 | 達成 件数 | 達成（割合） | 一部未達成 件数 | 一部未達成（割合） | 未達成 件数 | 未達成（割合）',
    '  令和8年度 | 1{count} | 1{count} | 100.0%{percent} | 0{count} | 0.0%{percent} | 0{count} | 0.0%{percent}',
    '  令和9年度 | 1{count} | 0{count} | 0.0%{percent} | 0{count} | 0.0%{percent} | 1{count} | 100.0%{percent}',
    // By perspective (#25): 視点一's one evaluated target is 未達成 (due 令和9年度), 視点二's one 達成 (due 令和8年度).
    '[table achievementByPerspective] 【取組の視点別の達成状況】 | widths 12,6,7,8,10,11,8,9',
    '  取組の視点 | 評価数 | 達成 件数 | 達成（割合） | 一部未達成 件数 | 一部未達成（割合） | 未達成 件数 | 未達成（割合）',
    '  (1) 視点一 | 1{count} | 0{count} | 0.0%{percent} | 0{count} | 0.0%{percent} | 1{count} | 100.0%{percent}',
    '  (2) 視点二 | 1{count} | 1{count} | 100.0%{percent} | 0{count} | 0.0%{percent} | 0{count} | 0.0%{percent}',
    '[table achievementByPerspectiveYear] 【取組の視点・目標年度別の達成状況】 | widths 12,11,6,7,8,10,11,8,9',
    '  取組の視点 | 目標年度 | 評価数 | 達成 件数 | 達成（割合） | 一部未達成 件数 | 一部未達成（割合） | 未達成 件数 | 未達成（割合）',
    '  (1) 視点一 | 令和9年度 | 1{count} | 0{count} | 0.0%{percent} | 0{count} | 0.0%{percent} | 1{count} | 100.0%{percent}',
    '  (2) 視点二 | 令和8年度 | 1{count} | 1{count} | 100.0%{percent} | 0{count} | 0.0%{percent} | 0{count} | 0.0%{percent}',
    '[table shortfalls] 【一部未達成、未達成の事項】 | widths 8,7,7,14,10,6',
    '  区分 | 事業コード | 事業名 | 目標年度 | 達成するべき事項 | 概要',
    '  未達成 | A-1 | 事業A | 令和8～9年度 | t1 | s1',
    '[definitions] 【区分】 「達成」: 達成するべき事項を達成した。 / 「一部未達成」: 達成するべき事項のうち、一部を達成できなかった。 / 「未達成」: 達成するべき事項を達成できなかった。',
    '[h1] ５ 財政健全化効果額',
    '[paragraph] 「改革計画」の令和8（2026）年度から令和9（2027）年度までの2年間の取組成果として、1,300千円の財政健全化効果額が生まれました。',
    '[table effects] 【財政健全化効果額一覧】 | widths 6,11,11',
    '   | 年度 | 財政健全化効果額',
    '  1{count} | 令和8年度 | 1,234千円{amount}',
    '  2{count} | 令和9年度 | 66千円{amount}',
    '   | 合計 | 1,300千円{amount}',
    '[chart effects bar] 財政健全化効果額の推移 (千円) 令和8年度=1234/1,234千円 令和9年度=66/66千円 | alt: 財政健全化効果額の推移の棒グラフ。令和8年度 1,234千円、令和9年度 66千円。',
    '[h1] ６ 主な取組と成果',
    '[h2] （１）視点一',
    '[caption] 【概要】',
    '[placeholder] ［「報告書」シートの見出し「概要」、視点「1」に本文を入力してください］',
    '[caption] 【主な取組と成果】',
    '[year] 令和8年度: 事業A：成果1',
    '[table perspective1] 【取組結果】 | widths 18,11,7,11',
    '  区分 | 令和8年度 | 令和9年度 | 計',
    '  取組事業数 | 1事業{count} | 0事業{count} | 1事業{count}',
    '  (追加事業数) | － | － | －',
    '  (終了事業数) | － | － | －',
    '  財政健全化効果額 | 1,234千円{amount} | 0千円{amount} | 1,234千円{amount}',
    '[caption] 【課題と今後の方向性】',
    '[paragraph] 課題一',
    '[h2] （２）視点二',
    '[caption] 【概要】',
    '[placeholder] ［「報告書」シートの見出し「概要」、視点「2」に本文を入力してください］',
    '[caption] 【主な取組と成果】',
    '[year] 令和9年度: 事業B：成果2',
    '[table perspective2] 【取組結果】 | widths 18,7,10,10',
    '  区分 | 令和8年度 | 令和9年度 | 計',
    '  取組事業数 | 0事業{count} | 1事業{count} | 1事業{count}',
    '  (追加事業数) | － | (1 事業){count} | (1 事業){count}',
    '  (終了事業数) | － | (1 事業){count} | (1 事業){count}',
    '  財政健全化効果額 | 0千円{amount} | 66千円{amount} | 66千円{amount}',
    '[caption] 【課題と今後の方向性】',
    '[placeholder] ［「報告書」シートの見出し「課題と今後の方向性」、視点「2」に本文を入力してください］',
    '[h1] ７ 公共施設の延床面積',
    '[table floorArea] 【公共施設の総延床面積推移】 | widths 10,19,16',
    '  区分 | 令和8年度 | 令和9年度',
    '  廃止面積 | 1,244.50㎡{area} | 0.00㎡{area}',
    '  増加面積 | 0.00㎡{area} | 34.50㎡{area}',
    '  取組状況 | 1,244.50 ㎡の縮減 | 34.50 ㎡の増加',
    '[paragraph] 令和8（2026）年度は甲会館の廃止などにより合計で1,244.50 ㎡の縮減となりました。',
    '[paragraph] 令和9（2027）年度は乙の増加などにより合計で34.50 ㎡の増加となりました。',
    '[paragraph] 計画期間全体では、1,210.00（一般会計の施設1,244.50）㎡の縮減となりました。',
    '[chart floorArea bar] 延床面積の増減（年度別） (㎡) 令和8年度=-1244.5/1,244.50 ㎡の縮減 令和9年度=34.5/34.50 ㎡の増加 | alt: 延床面積の増減（年度別）の棒グラフ。令和8年度 1,244.50 ㎡の縮減、令和9年度 34.50 ㎡の増加。',
    '[h1] ８ 目標',
    '[table goals] 【目標の進捗】 | widths 6,6,7,7,7,7,7',
    '  項目 | 単位 | 目標値 | 令和8年度 | 令和9年度 | 累計 | 進捗率',
    '  G | 件 | 1,500{amount} | 1,000{amount} | 200{amount} | 1,200{amount} | 80.0%{percent}',
    '[h1] ９ 総括',
    '[paragraph] 令和8（2026）年度から令和9（2027）年度までの2年間で2事業に取り組み、1,300千円の財政健全化効果額を計上しました。',
    '[placeholder] ［「報告書」シートの見出し「総括」に本文を入力してください］',
    '[page break]',
    '[h1] 参考 取組事業一覧表',
    '[h2] （１）視点一',
    '[table projects1] 【取組事業一覧表】 | widths 6,14,8,38,14',
    '  コード | 事業名（計画・実施期間） | 取組推進課 | 主な取組と成果 | 財政健全化効果額（千円）',
    '  A-1 | 事業A | 企画課 | ［事業シートの「事業の概要」が未入力］ | 1,234千円{amount}',
    '[h2] （２）視点二',
    '[table projects2] 【取組事業一覧表】 | widths 6,17,16,9,14',
    '  コード | 事業名（計画・実施期間） | 取組推進課 | 主な取組と成果 | 財政健全化効果額（千円）',
    '  B-2 | 事業B（R8～R9） | 企画課、財政課 | 概要B | 66千円{amount}',
    '[page break]',
    '[h1] 参考 達成するべき事項の達成状況',
    '[h2] （１）視点一',
    '[table targets1] 【達成するべき事項の達成状況】 | widths 6,7,14,10,8,6',
    '  コード | 事業名 | 目標年度 | 達成するべき事項 | 達成状況 | 概要',
    '  A-1 | 事業A | 令和8～9年度 | t1 | 未達成 | s1',
    '[h2] （２）視点二',
    '[table targets2] 【達成するべき事項の達成状況】 | widths 6,7,11,10,6,6',
    '  コード | 事業名 | 目標年度 | 達成するべき事項 | 達成状況 | 概要',
    '  B-2 | 事業B | 令和8年度 | t2 | 達成 | ',
  ]);
});

test('the same report in English', () => {
  expect(lines('en')).toEqual([
    'en',
    '改革計画',
    'Results report',
    '2027-06-30',
    'Data as of 2027-06-30',
    '0',
    'null',
    '[note] * Report as of 2027-06-30: years not yet begun (FY2028) are left out of the tables, charts and text.',
    '[h1] 1 Introduction',
    '[paragraph] 第一段落',
    '[paragraph] 第二段落',
    '[h1] 2 Plan overview',
    '[h2] (1) Plan period',
    '[paragraph] The plan "改革計画" runs 3 years, from FY2026 to FY2028.',
    '[placeholder] [Enter this text on the Report sheet, section "Plan overview"]',
    '[h2] (2) Perspectives',
    '[paragraph] The plan has 2 perspectives:',
    '[list] (1) 視点一 / (2) 視点二',
    '[h1] 3 Progress',
    '[paragraph] Progress was recorded per activity of each project, in the 5 categories below.',
    '[table progress] Progress | widths 8,10,12,6,9,7,9,9,9,9,9,11,11',
    '  Fiscal year | Projects | Activities | Done | Done (share) | On track | On track (share) | Delayed | Delayed (share) | Not started | Not started (share) | Suspended | Suspended (share)',
    '  FY2026 | 1{count} | 2{count} | 2{count} | 100.0%{percent} | 0{count} | 0.0%{percent} | 0{count} | 0.0%{percent} | 0{count} | 0.0%{percent} | 0{count} | 0.0%{percent}',
    '  FY2027 | 1{count} | 2{count} | 0{count} | 0.0%{percent} | 1{count} | 50.0%{percent} | 1{count} | 50.0%{percent} | 0{count} | 0.0%{percent} | 0{count} | 0.0%{percent}',
    '[table progressRate] Progress rate | widths 8,10,12,7',
    '  Fiscal year | Progress rate | Activities | Done + On track',
    '  FY2026 | 100.0%{percent} | 2{count} | 2{count}',
    '  FY2027 | 50.0%{percent} | 2{count} | 1{count}',
    '[chart progressRate line] Progress rate by year (% max 100) FY2026=100/100.0% FY2027=50/50.0% | alt: Line chart of Progress rate by year: FY2026 100.0%, FY2027 50.0%.',
    '[definitions] Categories "Done": The activity was completed. / "On track": On schedule, or ahead of it. / "Delayed": Behind the original schedule. / "Not started": Not started when it was due to start. / "Suspended": The activity was suspended.',
    '[h1] 4 Achievement',
    '[paragraph] Achievement was recorded per target of each project, in the 3 categories below.',
    '[table achievement] Achievement | widths 13,10,10,10,10,10,10',
    '  Share denominator (evaluated) | Achieved (count) | Achieved (share) | Partly not achieved (count) | Partly not achieved (share) | Not achieved (count) | Not achieved (share)',
    '  2{count} | 1{count} | 50.0%{percent} | 0{count} | 0.0%{percent} | 1{count} | 50.0%{percent}',
    '[table achievementByYear] Achievement by target year | widths 8,11,10,10,10,10,10,10',
    '  Due year | Evaluated | Achieved (count) | Achieved (share) | Partly not achieved (count) | Partly not achieved (share) | Not achieved (count) | Not achieved (share)',
    '  FY2026 | 1{count} | 1{count} | 100.0%{percent} | 0{count} | 0.0%{percent} | 0{count} | 0.0%{percent}',
    '  FY2027 | 1{count} | 0{count} | 0.0%{percent} | 0{count} | 0.0%{percent} | 1{count} | 100.0%{percent}',
    '[table achievementByPerspective] Achievement by perspective | widths 13,11,10,10,10,10,10,10',
    '  Perspective | Evaluated | Achieved (count) | Achieved (share) | Partly not achieved (count) | Partly not achieved (share) | Not achieved (count) | Not achieved (share)',
    '  (1) 視点一 | 1{count} | 0{count} | 0.0%{percent} | 0{count} | 0.0%{percent} | 1{count} | 100.0%{percent}',
    '  (2) 視点二 | 1{count} | 1{count} | 100.0%{percent} | 0{count} | 0.0%{percent} | 0{count} | 0.0%{percent}',
    '[table achievementByPerspectiveYear] Achievement by perspective and target year | widths 13,8,11,10,10,10,10,10,10',
    '  Perspective | Due year | Evaluated | Achieved (count) | Achieved (share) | Partly not achieved (count) | Partly not achieved (share) | Not achieved (count) | Not achieved (share)',
    '  (1) 視点一 | FY2027 | 1{count} | 0{count} | 0.0%{percent} | 0{count} | 0.0%{percent} | 1{count} | 100.0%{percent}',
    '  (2) 視点二 | FY2026 | 1{count} | 1{count} | 100.0%{percent} | 0{count} | 0.0%{percent} | 0{count} | 0.0%{percent}',
    '[table shortfalls] Targets Partly not achieved or Not achieved | widths 14,6,9,15,8,9',
    '  Kind | Code | Project | Target year | Target | Summary',
    '  Not achieved | A-1 | 事業A | FY2026-FY2027 | t1 | s1',
    '[definitions] Categories "Achieved": The target was achieved. / "Partly not achieved": Part of the target was not achieved. / "Not achieved": The target was not achieved.',
    '[h1] 5 Fiscal effect',
    '[paragraph] From FY2026 to FY2027 (2 years) of "改革計画", the fiscal effect was 1,300 thousand yen.',
    '[table effects] Fiscal effect | widths 6,8,20',
    '   | Fiscal year | Fiscal effect',
    '  1{count} | FY2026 | 1,234 thousand yen{amount}',
    '  2{count} | FY2027 | 66 thousand yen{amount}',
    '   | Total | 1,300 thousand yen{amount}',
    '[chart effects bar] Fiscal effect by year (thousand yen) FY2026=1234/1,234 thousand yen FY2027=66/66 thousand yen | alt: Bar chart of Fiscal effect by year: FY2026 1,234 thousand yen, FY2027 66 thousand yen.',
    '[h1] 6 Main activities and results',
    '[h2] (1) 視点一',
    '[caption] Overview',
    '[placeholder] [Enter this text on the Report sheet, section "Overview", perspective 1]',
    '[caption] Main activities and results',
    '[year] FY2026: 事業A: 成果1',
    '[table perspective1] Results | widths 15,20,16,20',
    '  Kind | FY2026 | FY2027 | Total',
    '  Projects | 1{count} | 0{count} | 1{count}',
    '  (added) | - | - | -',
    '  (ended) | - | - | -',
    '  Fiscal effect | 1,234 thousand yen{amount} | 0 thousand yen{amount} | 1,234 thousand yen{amount}',
    '[caption] Issues and next steps',
    '[paragraph] 課題一',
    '[h2] (2) 視点二',
    '[caption] Overview',
    '[placeholder] [Enter this text on the Report sheet, section "Overview", perspective 2]',
    '[caption] Main activities and results',
    '[year] FY2027: 事業B: 成果2',
    '[table perspective2] Results | widths 15,16,17,17',
    '  Kind | FY2026 | FY2027 | Total',
    '  Projects | 0{count} | 1{count} | 1{count}',
    '  (added) | - | (1){count} | (1){count}',
    '  (ended) | - | (1){count} | (1){count}',
    '  Fiscal effect | 0 thousand yen{amount} | 66 thousand yen{amount} | 66 thousand yen{amount}',
    '[caption] Issues and next steps',
    '[placeholder] [Enter this text on the Report sheet, section "Issues and next steps", perspective 2]',
    '[h1] 7 Public facility floor area',
    '[table floorArea] Public facility floor area | widths 12,21,20',
    '  Kind | FY2026 | FY2027',
    '  Abolished | 1,244.50 m2{area} | 0.00 m2{area}',
    '  Added | 0.00 m2{area} | 34.50 m2{area}',
    '  Net change | 1,244.50 m2 reduced | 34.50 m2 increased',
    '[paragraph] FY2026: 甲会館 (abolished); net 1,244.50 m2 reduced.',
    '[paragraph] FY2027: 乙 (added); net 34.50 m2 increased.',
    '[paragraph] Over the plan, the floor area changed by 1,210.00 m2 (general-account facilities 1,244.50 m2): a reduction.',
    '[chart floorArea bar] Net floor-area change by year (m2) FY2026=-1244.5/1,244.50 m2 reduced FY2027=34.5/34.50 m2 increased | alt: Bar chart of Net floor-area change by year: FY2026 1,244.50 m2 reduced, FY2027 34.50 m2 increased.',
    '[h1] 8 Goals',
    '[table goals] Goals | widths 6,6,8,8,8,12,10',
    '  Goal | Unit | Target | FY2026 | FY2027 | Cumulative | Progress',
    '  G | 件 | 1,500{amount} | 1,000{amount} | 200{amount} | 1,200{amount} | 80.0%{percent}',
    '[h1] 9 Conclusion',
    '[paragraph] From FY2026 to FY2027, 2 projects were carried out over 2 years, with a fiscal effect of 1,300 thousand yen.',
    '[placeholder] [Enter this text on the Report sheet, section "Conclusion"]',
    '[page break]',
    '[h1] Appendix: projects',
    '[h2] (1) 視点一',
    '[table projects1] Projects | widths 6,10,13,36,20',
    '  Code | Project (period) | Departments | Summary | Fiscal effect (thousand yen)',
    '  A-1 | 事業A | 企画課 | [no Summary on the Projects sheet] | 1,234 thousand yen{amount}',
    '[h2] (2) 視点二',
    '[table projects2] Projects | widths 6,23,16,9,17',
    '  Code | Project (period) | Departments | Summary | Fiscal effect (thousand yen)',
    '  B-2 | 事業B (FY2026-FY2027) | 企画課, 財政課 | 概要B | 66 thousand yen{amount}',
    '[page break]',
    '[h1] Appendix: targets and their achievement',
    '[h2] (1) 視点一',
    '[table targets1] Targets | widths 6,9,15,8,14,9',
    '  Code | Project | Target year | Target | Result | Summary',
    '  A-1 | 事業A | FY2026-FY2027 | t1 | Not achieved | s1',
    '[h2] (2) 視点二',
    '[table targets2] Targets | widths 6,9,8,8,10,9',
    '  Code | Project | Target year | Target | Result | Summary',
    '  B-2 | 事業B | FY2026 | t2 | Achieved | ',
  ]);
});

test('after the plan: every year, the final sentences, no interim note', () => {
  const all = lines('ja', '2029-06-30');
  expect(all.filter((line) => line.startsWith('[note]'))).toEqual([]);
  expect(all).toContain('[paragraph] 「改革計画」における3年間の取組成果として、1,300千円の財政健全化効果額が生まれました。');
  expect(all).toContain('  区分 | 令和8年度 | 令和9年度 | 令和10年度');
  expect(all).toContain('  取組状況 | 1,244.50 ㎡の縮減 | 34.50 ㎡の増加 | 増減なし');
  expect(all).toContain('[paragraph] 令和10（2028）年度は、延床面積の増減はありませんでした。');
  expect(all).toContain('[paragraph] 令和8（2026）年度から令和10（2028）年度までの3年間で2事業に取り組み、1,300千円の財政健全化効果額を計上しました。');
});

test('a workbook with errors says so; without activities, says that; its own 総括 replaces the generated sentence', () => {
  const broken = input();
  const activities = broken.sheets.find((s) => s.name === '取組活動');
  const texts = broken.sheets.find((s) => s.name === '報告書');
  if (!activities || !texts) throw new Error('fixture');
  activities.rows = [activities.rows[0], ['A-1', 'いつか', 'a', '済', '']];
  texts.rows.push(['総括', '', '全体として順調でした。']);
  const m = buildReport(runPipeline(broken, { asOf: '2029-06-30' }), 'ja');
  expect([m.errors, m.notice]).toEqual([1, '※入力にエラーが1件残っています。エラーのある行はこの報告書の数値に含まれていません。']);
  const text = m.blocks.map(render);
  expect(text).toContain('[note] ※取組活動がまだ入力されていないため、進捗状況の件数はすべて0件、進捗率のグラフは空です。');
  const conclusion = text.indexOf('[h1] ９ 総括');
  expect(text.slice(conclusion, conclusion + 3)).toEqual(['[h1] ９ 総括', '[paragraph] 全体として順調でした。', '[page break]']);
});

test('when the whole and the general account move apart, the plan’s net is a note, not a sentence', () => {
  const apart = input();
  const floor = apart.sheets.find((s) => s.name === '施設面積');
  if (!floor) throw new Error('fixture');
  // Added 2,000 ㎡ outside the general account: the whole grows while the general account shrinks.
  floor.rows.push([2027, '丙', '増加', 2000, 'いいえ']);
  const text = buildReport(runPipeline(apart, { asOf: '2029-06-30' }), 'ja').blocks.map(render);
  expect(text).toContain('[note] 令和8～10年度の取組状況：790.00 ㎡の増加（一般会計の施設 1,244.50 ㎡の縮減）');
  expect(text.some((line) => line.startsWith('[paragraph] 計画期間全体では'))).toBe(false);
});

// Killed survivors of the mutation audit (reports/mutation-record-2026.md; until #24 in test/core/survivors-audit.test.ts):
// each test names the mutant it kills, and every expectation is worked out by hand in the comments.
function reportLines(input: WorkbookInput, asOf: string): string[] {
  return buildReport(runPipeline(input, { asOf }), 'ja').blocks.flatMap((b) => render(b).split('\n'));
}

/** The line right after a heading of the report. */
function lineAfter(lines: string[], heading: string): string {
  return lines[lines.indexOf(heading) + 1];
}

describe('report.ts', () => {
  test('a plan with years but no activities has no effects sentence and no summing-up sentence', () => {
    // 令和8～9年度 read after it: both years shown, but nothing was done, so neither sentence is written.
    // (#25: a plan that keeps no activities and no targets has no 取組状況 or 達成状況 section: 効果額 is ３, 総括 ５.)
    const lines = reportLines(
      { sheets: [settings(['計画開始年度', 2026], ['計画終了年度', 2027]), projects(['A-1', '事業A', 1, '', '']), effects(['A-1', 2026, 5])] },
      '2028-06-30',
    );
    expect(lineAfter(lines, '[h1] ３ 財政健全化効果額').startsWith('[table effects]')).toBe(true);
    expect(lineAfter(lines, '[h1] ５ 総括').startsWith('[placeholder]')).toBe(true);
  });

  test('a report before its plan begins, with only activities outside the plan, speaks of no year', () => {
    // 令和12～13年度 (2030–2031) read in 2026: no plan year has begun or has data (the activity is in 2026, outside).
    const lines = reportLines(
      { sheets: [settings(['計画開始年度', 2030], ['計画終了年度', 2031]), projects(['A-1', '事業A', 1, '', '']), activities(['A-1', 2026, 'a', '済'])] },
      '2026-06-30',
    );
    // (#25: a plan that keeps no effects and no targets has no 達成状況 or 財政健全化効果額 section: 総括 is ５.)
    expect(lines.some((l) => l.includes('財政健全化効果額の推移') || l.startsWith('[table effects]'))).toBe(false);
    expect(lineAfter(lines, '[h1] ５ 総括').startsWith('[placeholder]')).toBe(true);
  });

  test('a facility whose name contains その他 or "other" past its start is named', () => {
    // 令和8年度: Mother館 100 ㎡ and 旧その他倉庫 50 ㎡ abolished, the two largest (and only) facilities: both named — only a
    // name starting with その他 or other is a catch-all. Net −150.
    const lines = reportLines(
      {
        sheets: [
          settings(['計画開始年度', 2026], ['計画終了年度', 2026]),
          projects(['A-1', '事業A', 1, '', '']),
          activities(['A-1', 2026, 'a', '済']),
          facilities([2026, '旧その他倉庫', '廃止', 50, 'はい'], [2026, 'Mother館', '廃止', 100, 'はい']),
        ],
      },
      '2027-06-30',
    );
    expect(lines.filter((l) => l.startsWith('[paragraph] 令和8（2026）年度は'))).toStrictEqual([
      '[paragraph] 令和8（2026）年度はMother館の廃止・旧その他倉庫の廃止などにより合計で150.00 ㎡の縮減となりました。',
    ]);
  });
});
