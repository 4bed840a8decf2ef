/**
 * The problems' words found while computing: the plan years (taken from the
 * data, or not to be found), a year or a result against the plan and the
 * as-of date, a goal's targets and actuals, a figure that is not a number.
 * Part of the problems' catalogue (problemMessages.ts).
 */
import { dq, type Entry, type MessageParams, q } from './problemText';

/** What 設定 lacks of the plan years (planYearsDerived, planYearsUnknown), as each language names it. */
const MISSING_YEARS: Record<string, { ja: string; en: string; derivedJa: (p: MessageParams) => string; derivedEn: string }> = {
  start: { ja: '計画開始年度', en: 'start', derivedJa: (p) => `計画開始年度を${p.start}とし、`, derivedEn: 'the start was' },
  end: { ja: '計画終了年度', en: 'end', derivedJa: (p) => `計画終了年度を${p.end}とし、`, derivedEn: 'the end was' },
  both: { ja: '計画開始年度・計画終了年度', en: 'start and end', derivedJa: () => '', derivedEn: 'both were' },
};
const missingYears = (p: MessageParams) => MISSING_YEARS[String(p.missing)] ?? MISSING_YEARS.both;
/** Where derived plan years come from: the activities' years, or (a plan without activities) the targets' target years. */
const sourceOf = (p: MessageParams) =>
  p.source === 'targets' ? { ja: '達成事項の目標年度', en: "the targets' target years" } : { ja: '取組活動の年度', en: "the activities' years" };

export const COMPUTE_PROBLEMS = {
  planYearsDerived: {
    ja: (p) =>
      `設定に${missingYears(p).ja}がないため、${sourceOf(p).ja}から${missingYears(p).derivedJa(p)}計画期間を${p.start}～${p.end}としました${Number(p.stray) > 0 ? `（${p.window}年を超えるため、離れた年度の${p.stray}年分は計画期間外として集計していません）` : ''}。設定シートに計画期間を入力してください。`,
    en: (p) =>
      `Settings give no plan ${missingYears(p).en}, so ${missingYears(p).derivedEn} taken from ${sourceOf(p).en}: the plan is ${p.startEn}-${p.endEn}${Number(p.stray) > 0 ? ` (longer than ${p.window} years: ${p.stray} outlying years are left out as outside the plan)` : ''}. Enter the plan years in Settings.`,
  },
  planYearsUnknown: {
    ja: (p) =>
      `設定に${missingYears(p).ja}がなく、${sourceOf(p).ja}（${p.first}～${p.last}）は${p.given}から${p.window}年の範囲にないため、計画期間を決められません。設定シートに計画期間を入力してください。`,
    en: (p) =>
      `Settings give no plan ${missingYears(p).en}, and ${sourceOf(p).en} (${p.firstEn}-${p.lastEn}) are not within ${p.window} years of ${p.givenEn}, so the plan years cannot be determined. Enter them in Settings.`,
  },
  noActivities: {
    ja: () => `取組活動が1件もないため、計画期間を決められません。`,
    en: () => `There are no activities, so the plan years cannot be determined.`,
  },
  planRangeInvalid: {
    ja: (p) => `計画開始年度（${p.start}）が計画終了年度（${p.end}）より後になっています。`,
    en: (p) => `The plan start (${p.startEn}) is after the plan end (${p.endEn}).`,
  },
  yearOutsidePlan: {
    ja: (p) => `${p.year}は計画期間（${p.start}～${p.end}）の外なので集計に含めません。`,
    en: (p) => `${p.yearEn} is outside the plan (${p.startEn}-${p.endEn}) and is left out of the tables.`,
  },
  resultTooEarly: {
    ja: (p) =>
      `目標年度 ${p.year} はまだ始まっていません（基準日 ${p.asOf}）が、達成状況${q(p.value)}が入力されています。達成状況は目標年度が始まってから入力するか、目標年度が誤りなら直してください。`,
    en: (p) =>
      `The target year ${p.yearEn} has not begun yet (as of ${p.asOf}), but a result ${dq(p.value)} is entered. Enter the result once the year has begun, or correct the target year if it is wrong.`,
  },
  resultAfterPlan: {
    ja: (p) =>
      `目標年度 ${p.year} は計画期間（${p.start}～${p.end}）の後に始まるため、達成状況${q(p.value)}は集計に含めず、計画期間外の事項として除きます。目標年度が誤りなら直してください。`,
    en: (p) =>
      `The target year ${p.yearEn} begins after the plan (${p.startEn}-${p.endEn}): its result ${dq(p.value)} is left out of the tables, with the targets outside the plan. Correct the target year if it is wrong.`,
  },
  indicatorDisagrees: {
    ja: (p) => `入力された達成状況${q(p.typed)}は、指標から判定した${q(p.computed)}（${p.judged}件中${p.met}件が目標を満たす）と異なります。`,
    en: (p) => `The result typed, ${dq(p.typedEn)}, differs from ${dq(p.computedEn)} judged from the indicators (${p.met} of ${p.judged} measurements met).`,
  },
  goalTargetConflict: {
    ja: (p) => `目標${q(p.goal)}の目標値が2つあります（${p.first} と ${p.value}）。1つにしてください。この目標は集計しません。`,
    en: (p) => `Goal ${dq(p.goal)} has two target values (${p.first} and ${p.value}); keep one. The goal is left out.`,
  },
  goalTargetMissing: {
    ja: (p) => `目標${q(p.goal)}に目標値も年度目標もありません。いずれかの行に目標値（または各年度の年度目標）を入力してください。`,
    en: (p) => `Goal ${dq(p.goal)} has no target value and no yearly target; enter its target value (or each year's yearly target) on one of its rows.`,
  },
  goalYearlyTargetDuplicate: {
    ja: (p) => `目標${q(p.goal)}の${p.year}の年度目標が2つあります（最初は ${p.first}）。最初の行の値を使います。`,
    en: (p) => `Goal ${dq(p.goal)} has two yearly targets for ${p.yearEn} (first in ${p.first}); the first row's is used.`,
  },
  goalYearDuplicate: {
    ja: (p) => `目標${q(p.goal)}の${p.year}の実績が2回あります（最初は ${p.first}）。最初の行を使います。`,
    en: (p) => `Goal ${dq(p.goal)} has two actuals for ${p.yearEn} (first in ${p.first}); the first row is used.`,
  },
  figureNotComputable: {
    ja: (p) => `集計値 ${p.figure} が数値として計算できませんでした。「計算不能」と表示します。${q(p.sheet)}シートの値を確かめてください。`,
    en: (p) => `The figure ${p.figure} could not be computed as a number; it is shown as "not computable". Check the values on sheet ${dq(p.sheet)}.`,
  },
} satisfies Record<string, Entry>;
