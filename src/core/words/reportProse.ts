/**
 * The annual report's prose: its headings, sentences and chart titles
 * (REPORT_WORDS), and what each standard meaning means (CATEGORY_DEFINITIONS).
 * Part of the one catalogue (words/messages.ts).
 */
import type { ResultMeaning, StatusCode } from '../contract/vocabulary';

/** The words of the annual report (src/core/present/report.ts), in both languages. */
export const REPORT_WORDS = {
  report: { ja: '実績報告書', en: 'Results report' },
  defaultPlan: { ja: '行財政改革計画', en: 'Reform plan' },
  asOf: { ja: '{date}時点のデータによる', en: 'Data as of {date}' },
  errors: {
    ja: '※入力にエラーが{n}件残っています。エラーのある行はこの報告書の数値に含まれていません。',
    en: '* {n} errors remain in the workbook; rows with errors are not counted in this report.',
  },
  introduction: { ja: 'はじめに', en: 'Introduction' },
  planOverview: { ja: '計画の概要', en: 'Plan overview' },
  planPeriod: { ja: '計画期間', en: 'Plan period' },
  planPeriodText: {
    ja: '「{plan}」の計画期間は、{first}から{last}までの{n}年間です。',
    en: 'The plan "{plan}" runs {n} years, from {first} to {last}.',
  },
  perspectives: { ja: '取組の視点', en: 'Perspectives' },
  perspectivesText: { ja: '取組の視点として、次の{n}つの視点を設定しました。', en: 'The plan has {n} perspectives:' },
  progressSection: { ja: '取組状況', en: 'Progress' },
  progressIntro: {
    ja: '各事業における取組活動を単位として、次の{n}つの区分から進捗状況を把握しました。',
    en: 'Progress was recorded per activity of each project, in the {n} categories below.',
  },
  categories: { ja: '【区分】', en: 'Categories' },
  achievementSection: { ja: '達成状況', en: 'Achievement' },
  achievementIntro: {
    ja: '各事業における達成するべき事項を単位として、次の{n}つの区分から達成状況を把握しました。',
    en: 'Achievement was recorded per target of each project, in the {n} categories below.',
  },
  noShortfall: { ja: '該当する事項はありません。', en: 'None.' },
  effectsSection: { ja: '財政健全化効果額', en: 'Fiscal effect' },
  interim: {
    ja: '※{date}時点の報告です。まだ始まっていない年度（{years}）は表・グラフ・文章に含めていません。',
    en: '* Report as of {date}: years not yet begun ({years}) are left out of the tables, charts and text.',
  },
  noActivities: {
    ja: '※取組活動がまだ入力されていないため、進捗状況の件数はすべて0件、進捗率のグラフは空です。',
    en: '* No activity has been entered yet, so the progress counts are all zero and the progress-rate chart is empty.',
  },
  effectsTextInterim: {
    ja: '「{plan}」の{first}から{last}までの{n}年間の取組成果として、{total}の財政健全化効果額が生まれました。',
    en: 'From {first} to {last} ({n} years) of "{plan}", the fiscal effect was {total}.',
  },
  effectsText: {
    ja: '「{plan}」における{n}年間の取組成果として、{total}の財政健全化効果額が生まれました。',
    en: 'Over the {n} years of "{plan}", the fiscal effect was {total}.',
  },
  resultsSection: { ja: '主な取組と成果', en: 'Main activities and results' },
  overview: { ja: '【概要】', en: 'Overview' },
  mainResults: { ja: '【主な取組と成果】', en: 'Main activities and results' },
  results: { ja: '【取組結果】', en: 'Results' },
  issues: { ja: '【課題と今後の方向性】', en: 'Issues and next steps' },
  noNotes: {
    ja: '［この視点の取組活動に「取組内容・成果」が入力されていません。取組活動シートに入力してください］',
    en: '[No activity of this perspective has Notes; enter them on the Activities sheet]',
  },
  floorSection: { ja: '公共施設の延床面積', en: 'Public facility floor area' },
  floorYear: {
    ja: '{year}は{facilities}などにより合計で{net}となりました。',
    en: '{year}: {facilities}; net {net}.',
  },
  floorYearPlain: { ja: '{year}は合計で{net}となりました。', en: '{year}: net {net}.' },
  floorYearNone: { ja: '{year}は、延床面積の増減はありませんでした。', en: '{year}: no change in floor area.' },
  floorPlan: {
    ja: '計画期間全体では、{net}（一般会計の施設{ga}）{change}となりました。',
    en: 'Over the plan, the floor area changed by {net} m2 (general-account facilities {ga} m2): {change}.',
  },
  goalsSection: { ja: '目標', en: 'Goals' },
  conclusion: { ja: '総括', en: 'Conclusion' },
  conclusionText: {
    ja: '{first}から{last}までの{n}年間で{projects}事業に取り組み、{total}の財政健全化効果額を計上しました。',
    en: 'From {first} to {last}, {projects} projects were carried out over {n} years, with a fiscal effect of {total}.',
  },
  appendixProjects: { ja: '参考 取組事業一覧表', en: 'Appendix: projects' },
  appendixTargets: { ja: '参考 達成するべき事項の達成状況', en: 'Appendix: targets and their achievement' },
  projectListCaption: { ja: '【取組事業一覧表】', en: 'Projects' },
  targetListCaption: { ja: '【達成するべき事項の達成状況】', en: 'Targets' },
  codeColumn: { ja: 'コード', en: 'Code' },
  nameColumn: { ja: '事業名（計画・実施期間）', en: 'Project (period)' },
  departmentsColumn: { ja: '取組推進課', en: 'Departments' },
  summaryColumn: { ja: '主な取組と成果', en: 'Summary' },
  effectColumn: { ja: '財政健全化効果額', en: 'Fiscal effect' },
  projectColumn: { ja: '事業名', en: 'Project' },
  targetYearColumn: { ja: '目標年度', en: 'Target year' },
  targetColumn: { ja: '達成するべき事項', en: 'Target' },
  resultColumn: { ja: '達成状況', en: 'Result' },
  outlineColumn: { ja: '概要', en: 'Summary' },
  notEvaluated: { ja: '－', en: '-' },
  noSummary: { ja: '［事業シートの「事業の概要」が未入力］', en: '[no Summary on the Projects sheet]' },
  placeholderPlan: {
    ja: '［「報告書」シートの見出し「{section}」に本文を入力してください］',
    en: '[Enter this text on the Report sheet, section "{sectionEn}"]',
  },
  placeholderPerspective: {
    ja: '［「報告書」シートの見出し「{section}」、視点「{n}」に本文を入力してください］',
    en: '[Enter this text on the Report sheet, section "{sectionEn}", perspective {n}]',
  },
  chartRate: { ja: '進捗率の推移', en: 'Progress rate by year' },
  chartEffects: { ja: '財政健全化効果額の推移', en: 'Fiscal effect by year' },
  chartFloor: { ja: '延床面積の増減（年度別）', en: 'Net floor-area change by year' },
  chartAltLine: { ja: '{title}の折れ線グラフ。{values}。', en: 'Line chart of {title}: {values}.' },
  chartAltBar: { ja: '{title}の棒グラフ。{values}。', en: 'Bar chart of {title}: {values}.' },
  chartAltEmpty: { ja: '{title}のグラフ。まだ値がありません。', en: 'Chart of {title}: no values yet.' },
} satisfies Record<string, { ja: string; en: string }>;

/** What each standard meaning means, for the 【区分】 boxes (the seed's own definitions). */
export const CATEGORY_DEFINITIONS: Record<StatusCode | ResultMeaning, { ja: string; en: string }> = {
  done: { ja: '当該活動が終了した。', en: 'The activity was completed.' },
  onTrack: { ja: '当初の見通しどおり又は見通しよりも早く進捗している。', en: 'On schedule, or ahead of it.' },
  delayed: { ja: '当初の見通しに比べ遅れている。', en: 'Behind the original schedule.' },
  notStarted: { ja: '当該活動に着手する予定の時期に着手していない。', en: 'Not started when it was due to start.' },
  suspended: { ja: '当該活動を休止とした。', en: 'The activity was suspended.' },
  achieved: { ja: '達成するべき事項を達成した。', en: 'The target was achieved.' },
  partial: { ja: '達成するべき事項のうち、一部を達成できなかった。', en: 'Part of the target was not achieved.' },
  notAchieved: { ja: '達成するべき事項を達成できなかった。', en: 'The target was not achieved.' },
  // #25: a result that cannot be judged yet (the plan's own 定義 says why, where it gives one).
  undetermined: { ja: '現時点では達成状況を確定できない。', en: 'The result cannot be determined yet.' },
};
