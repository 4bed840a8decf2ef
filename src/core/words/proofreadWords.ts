/**
 * The proof-reader's words: why a number of the draft was not placed against
 * a figure of the plan (listed by the CLI, the sidebar and the annotated draft),
 * and the verdict of a draft with nothing placed.
 */
import type { Lang } from '../base/lang';
import { REPORT_WORDS } from './reportProse';
import { TABLE_LABELS } from './tableLabels';

export const NOT_PLACED = {
  longLine: { ja: '行が長すぎて、文や表の行として読めません', en: 'a line too long to read as a sentence or a table row' },
  noMeasure: { ja: '単位や指標の語が近くにありません', en: 'no measure or unit beside it' },
  noFigure: { ja: 'この文脈に当たる計画の数値がありません', en: 'no figure of the plan has this context' },
  target: { ja: '目標値で、実績ではありません', en: 'a target, not a result' },
  approximation: { ja: '概数（約）です', en: 'an approximation (約)' },
  outsidePlan: { ja: '計画期間外の年度です', en: 'a year outside the plan' },
  earlierState: { ja: '以前の時点の数値です（その時点の基準日が必要です）', en: 'an earlier state: needs the baseline of that date' },
  extraCell: { ja: '行の件数・割合の後の欄です', en: 'a cell after the row’s count and share' },
  cumulativeByYear: { ja: '年度ごとの累計額は集計にありません', en: 'a cumulative by year the summary does not have' },
  difference: { ja: 'この増減は集計にありません', en: 'a difference the summary does not have' },
  goalNoMeasure: {
    ja: '目標の数値ですが、年度や指標（目標値・実績・累計・進捗率）が読み取れません',
    en: 'a goal figure of no year or measure the draft names',
  },
  yearlyTarget: { ja: '年度ごとの目標値は集計にありません', en: "a goal's yearly target: the summary has none" },
  forecast: { ja: '見込み・見直し後の数値で、集計にありません', en: 'a forecast or a revised figure the summary does not have' },
  otherPlan: { ja: '別の計画（他の次の計画）の数値です', en: 'a figure of another plan' },
  yearlyRate: { ja: '年度ごとの達成率は、その年度の計画額が原稿にないため照合できません', en: "a goal's yearly rate: no yearly target to divide by" },
} as const satisfies Record<string, { ja: string; en: string }>;

export type NotPlacedReason = keyof typeof NOT_PLACED;

export function notPlacedText(reason: NotPlacedReason, lang: Lang): string {
  return NOT_PLACED[reason][lang];
}

/** The annotated draft's words (proofread --out annotated.html). */
export const ANNOTATED = {
  ja: {
    title: '照合結果つきの原稿',
    legend: '✓ 照合済み　✗ 誤り（正しい数値）　? 照合できなかった数値（理由）',
    wrong: '正しくは',
    summary: (checked: number, wrong: number, unplaced: number) =>
      `${checked} 個の数値を照合し、${wrong} 件の誤りが見つかりました。照合できなかった数値 ${unplaced} 個。`,
  },
  en: {
    title: 'The draft with its proof-read',
    legend: '✓ checked  ✗ wrong (the right figure)  ? not placed (why)',
    wrong: 'should be',
    summary: (checked: number, wrong: number, unplaced: number) => `${checked} figures checked; ${wrong} found wrong; ${unplaced} numbers not placed.`,
  },
} as const;

/** 【進捗状況】 → 進捗状況: a heading as the proof-reader finds it between its brackets. */
const inBrackets = (text: string) => text.replace(/^【|】$/g, '');

/**
 * The headings and row names of the report the proof-reader reads a draft by — taken from the words
 * the report writes (TABLE_LABELS, REPORT_WORDS), so that a heading is said once: a report whose
 * heading changes is still read. Japanese: the proof-reader reads Japanese drafts.
 */
export const DRAFT_HEADINGS = {
  progress: inBrackets(TABLE_LABELS.progressTitle.ja),
  progressRate: inBrackets(TABLE_LABELS.progressRateTitle.ja),
  achievement: inBrackets(TABLE_LABELS.achievementTitle.ja),
  achievementByYear: inBrackets(TABLE_LABELS.achievementByYearTitle.ja),
  projectList: inBrackets(REPORT_WORDS.projectListCaption.ja),
  /** 【{labels}の事項】: what follows the labels in a list's heading. */
  listSuffix: inBrackets(TABLE_LABELS.shortfallTitle.ja).replace('{labels}', ''),
  effect: REPORT_WORDS.effectColumn.ja,
  projects: TABLE_LABELS.projectsActive.ja,
  /** (追加事業数), (終了事業数): the words in the brackets. */
  added: TABLE_LABELS.added.ja.replace(/^\(|\)$/g, ''),
  ended: TABLE_LABELS.ended.ja.replace(/^\(|\)$/g, ''),
  abolished: REPORT_WORDS.abolishedRow.ja,
  addedArea: REPORT_WORDS.addedRow.ja,
} as const;
