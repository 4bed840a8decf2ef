/**
 * The annual report's prose: its headings, sentences and chart titles
 * (REPORT_WORDS), and what each standard meaning means (CATEGORY_DEFINITIONS).
 * Part of the one catalogue (words/messages.ts).
 */
import type { YearRange } from '../base/fiscalYear';
import type { Lang } from '../base/lang';
import type { ResultMeaning, StatusCode } from '../contract/vocabulary';
import { yearRangeLabel } from './yearLabels';

/** The words of the annual report (src/core/present/report/), in both languages. */
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
  // A one-year period is said as one year, never 「平成18（2006）年度から平成18（2006）年度までの1年間」.
  planPeriodOneYear: { ja: '「{plan}」の計画期間は、{first}の1年間です。', en: 'The plan "{plan}" runs one year, {first}.' },
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
  // 達成率の分母 全事項: the sentence says what the shares are divided by.
  denominatorAll: {
    ja: '達成状況の割合は、計画期間の全事項{n}件（うち未評価{u}件）を分母としています。',
    en: 'The shares are of all {n} targets of the plan period ({u} not yet evaluated).',
  },
  // Labels meaning 未確定: how many and why (each label's 定義), outside every share.
  undeterminedText: {
    ja: 'このほか{n}件は達成状況が未確定のため、割合の分母に含めていません。',
    en: 'Another {n} targets cannot be determined yet and are outside every share.',
  },
  // Every result 未確定: nothing to divide by yet (never 「全事項0件」 nor 「このほか」).
  allUndetermined: {
    ja: '{n}件すべてが達成状況未確定のため、割合はまだ出せません。',
    en: 'All {n} targets are undetermined, so there are no shares yet.',
  },
  undeterminedItem: { ja: '{label} {n}件：{why}', en: '{label} ({n}): {why}' },
  noShortfall: { ja: '該当する事項はありません。', en: 'None.' },
  nothingEvaluated: {
    ja: '達成状況を評価した事項はまだないため、目標に届かなかった事項の一覧はありません。',
    en: 'No target has been evaluated yet, so there is no list of targets short of achieved.',
  },
  effectsSection: { ja: '財政健全化効果額', en: 'Fiscal effect' },
  interim: {
    ja: '※{date}時点の報告です。まだ始まっていない年度（{years}）は表・グラフ・文章に含めていません。',
    en: '* Report as of {date}: years not yet begun ({years}) are left out of the tables, charts and text.',
  },
  // Under 全事項 the shares count every target of the period, those due in years not yet begun too (as 未評価).
  interimAllTargets: {
    ja: '※ただし、達成状況の割合は、設定のとおり計画期間の全事項を分母とし、まだ始まっていない年度が目標年度の{n}件も未評価として含めています。',
    en: '* The shares of results, though, are of every target of the period, as 設定 says: the {n} due in years not yet begun count as not evaluated.',
  },
  // What the plan keeps (workbook.md): one line names the records a plan does not keep; their sections are left out.
  notKept: {
    ja: '※この計画は{records}を記録していません。その表・グラフ・文章は載せていません。',
    en: '* This plan keeps no {records}: their tables, charts and text are left out.',
  },
  keptActivities: { ja: '取組活動', en: 'activities' },
  keptTargets: { ja: '達成事項', en: 'targets' },
  keptEffects: { ja: '効果額', en: 'fiscal effects' },
  keptFloorArea: { ja: '施設面積', en: 'floor areas' },
  noActivities: {
    ja: '※取組活動がまだ入力されていないため、進捗状況の件数はすべて0件、進捗率のグラフは空です。',
    en: '* No activity has been entered yet, so the progress counts are all zero and the progress-rate chart is empty.',
  },
  effectsTextInterim: {
    ja: '「{plan}」の{first}から{last}までの{n}年間の取組成果として、{total}の財政健全化効果額が生まれました。',
    en: 'From {first} to {last} ({n} years) of "{plan}", the fiscal effect was {total}.',
  },
  effectsTextInterimOneYear: {
    ja: '「{plan}」の{first}の取組成果として、{total}の財政健全化効果額が生まれました。',
    en: 'In {first} of "{plan}", the fiscal effect was {total}.',
  },
  effectsTextOneYear: {
    ja: '「{plan}」における1年間の取組成果として、{total}の財政健全化効果額が生まれました。',
    en: 'Over the one year of "{plan}", the fiscal effect was {total}.',
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
  conclusionTextOneYear: {
    ja: '{first}の1年間で{projects}事業に取り組み、{total}の財政健全化効果額を計上しました。',
    en: 'In {first}, {projects} projects were carried out, with a fiscal effect of {total}.',
  },
  conclusionNoEffects: {
    ja: '{first}から{last}までの{n}年間で{projects}事業に取り組みました。',
    en: 'From {first} to {last}, {projects} projects were carried out over {n} years.',
  },
  // A plan that keeps targets but no 取組活動: its results after the period sentence (達成 計, the meaning's total).
  // Follows the period's sentence: the English begins with the space between two sentences.
  conclusionResults: { ja: '{of}のうち、{meaning}は{count}件（{share}）でした。', en: ' {meaning}: {count} of {of} ({share}).' },
  conclusionOfAll: { ja: '割合の分母とした全事項{d}件', en: 'all {d} targets' },
  conclusionOfEvaluated: { ja: '達成状況を評価した{d}件', en: 'the {d} targets evaluated' },
  conclusionNoEffectsOneYear: { ja: '{first}の1年間で{projects}事業に取り組みました。', en: 'In {first}, {projects} projects were carried out.' },
  appendixProjects: { ja: '参考 取組事業一覧表', en: 'Appendix: projects' },
  appendixTargets: { ja: '参考 達成するべき事項の達成状況', en: 'Appendix: targets and their achievement' },
  projectListCaption: { ja: '【取組事業一覧表】', en: 'Projects' },
  targetListCaption: { ja: '【達成するべき事項の達成状況】', en: 'Targets' },
  codeColumn: { ja: 'コード', en: 'Code' },
  nameColumn: { ja: '事業名（計画・実施期間）', en: 'Project (period)' },
  departmentsColumn: { ja: '取組推進課', en: 'Departments' },
  summaryColumn: { ja: '主な取組と成果', en: 'Summary' },
  effectColumn: { ja: '財政健全化効果額', en: 'Fiscal effect' },
  effectColumnWithUnit: { ja: '財政健全化効果額（{unit}）', en: 'Fiscal effect ({unitEn})' },
  yearColumn: { ja: '年度', en: 'Fiscal year' },
  totalRow: { ja: '合計', en: 'Total' },
  /** An amount's unit after its figure: 827,080千円, 827,080 thousand yen. */
  moneyUnit: { ja: '{unit}', en: ' {unitEn}' },
  projectsCount: { ja: '{n}事業', en: '{n}' },
  projectWithNotes: { ja: '{name}：{notes}', en: '{name}: {notes}' },
  projectWithPeriod: { ja: '{name}（{period}）', en: '{name} ({period})' },
  floorKindColumn: { ja: '区分', en: 'Kind' },
  abolishedRow: { ja: '廃止面積', en: 'Abolished' },
  addedRow: { ja: '増加面積', en: 'Added' },
  netRow: { ja: '取組状況', en: 'Net change' },
  area: { ja: '{x}㎡', en: '{x} m2' },
  areaUnit: { ja: '㎡', en: 'm2' },
  facilityAbolished: { ja: '{name}の廃止', en: '{name} (abolished)' },
  facilityAdded: { ja: '{name}の増加', en: '{name} (added)' },
  floorReduced: { ja: '㎡の縮減', en: 'a reduction' },
  floorIncreased: { ja: '㎡の増加', en: 'an increase' },
  /** Joins a list in a sentence: 「A、B」; the years of a note and the facilities of a year: 「A・B」. */
  listJoiner: { ja: '、', en: ', ' },
  dotJoiner: { ja: '・', en: ', ' },
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

const FULL_WIDTH_DIGITS = '０１２３４５６７８９';

/** A section's number: １ in Japanese (the seed's full-width digits), 1 in English. */
export function sectionNumber(n: number, lang: Lang): string {
  return lang === 'ja' ? String(n).replace(/\d/g, (d) => FULL_WIDTH_DIGITS[Number(d)]) : String(n);
}

/** （１） in Japanese, (1) in English: the seed's numbering of perspectives and sub-sections. */
export function bracketNumber(n: number, lang: Lang): string {
  return lang === 'ja' ? `（${sectionNumber(n, lang)}）` : `(${n}) `;
}

/** A label as the 【区分】 box quotes it: 「済」 in Japanese, "Done" in English. */
export function quoted(text: string, lang: Lang): string {
  return lang === 'ja' ? `「${text}」` : `"${text}"`;
}

/**
 * A fiscal year as the report names it: in Japanese the era name given (as of the report's
 * date: 平成31年度 or 令和元年度), in English FY2019.
 */
export function reportYear(year: number, era: string, lang: Lang): string {
  return lang === 'ja' ? era : `FY${year}`;
}

/** A year in a sentence, as the seed writes it: 令和2（2020）年度; FY2020 in English. */
export function reportYearInSentence(year: number, era: string, lang: Lang): string {
  return lang === 'ja' ? era.replace('年度', `（${year}）年度`) : `FY${year}`;
}

/** A range of years as the report names it: the era text given in Japanese (令和2～5年度), FY2020-FY2023 in English. */
export function reportYearRange(range: YearRange, era: string, lang: Lang): string {
  return lang === 'ja' ? era : yearRangeLabel(range, lang);
}

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
  undetermined: { ja: '達成状況をまだ確定できない。', en: 'The result cannot be determined yet.' },
};
