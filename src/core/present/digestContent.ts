/**
 * The digest's content: what a recipient hears this month (needs attention, targets due, changes), before it is written out.
 */
import type { FiscalYear } from '../base/fiscalYear';
import { roundTo } from '../base/numbers';
import { formatRatio } from '../base/ratio';
import type { Achievement } from '../compute/achievementModel';
import type { PipelineResult } from '../compute/pipeline';
import { allUndetermined } from '../compute/summaryRules';
import { STATUS_CODES, type StatusCode } from '../contract/vocabulary';
import type { Project } from '../read/read';
import type { Lang } from '../words/messages';
import { yearRangeLabel } from '../words/yearLabels';
import { digestFiscalYear, type MonthRef, monthEndDate, monthKey } from './digestMonth';
import type { FittedDigest } from './digestRender';
import type { DigestChange, Snapshot } from './digestSnapshot';
import { notKeptLine } from './tables';

export interface AttentionItem {
  code: string;
  projectName: string;
  departments: string[];
  activity: string;
  status: StatusCode;
  /** The plan's label. */
  label: string;
  notes: string;
}

export interface DueTarget {
  code: string;
  projectName: string;
  target: string;
  targetYear: string;
}

export interface DigestContent {
  scope: { kind: 'office' } | { kind: 'department'; name: string };
  month: string;
  fiscalYear: FiscalYear;
  counts: Record<StatusCode, number>;
  /** Every label of the plan's progress vocabulary, in order, with its count this year. */
  labels: { label: string; count: number }[];
  /** Each meaning two or more of those labels share, with their count added together (概ね順調 計 8). */
  meaningTotals: { meaning: string; count: number }[];
  /** The records the plan keeps: a section on records it does not keep is left out. */
  keeps: { activities: boolean; targets: boolean; effects: boolean };
  /** The line naming what the plan does not keep (tables.ts notKeptLine); null when it keeps all. */
  notKept: string | null;
  /** The labels counted in the rate, and those needing attention (meaning 遅れ or 未着手). */
  inRateLabels: string[];
  attentionLabels: string[];
  /** Labels with an English name (the defaults): label → "済 (Done)", for English messages. */
  labelNames: Record<string, string>;
  activities: number;
  progressing: number;
  rateText: string;
  attention: AttentionItem[];
  dueTargets: DueTarget[];
  effectThisYear: number;
  effectSoFar: number;
  /** The plan's money unit (千円) and its decimals. */
  unit: string;
  unitEn: string;
  unitDecimals: number;
  /**
   * The whole plan's results, for the office message of a plan that keeps targets but no 取組活動 (it has no
   * progress to tell): each label's count and share, the shared meanings' totals (達成 計), 未評価 under 全事項, and
   * the 未確定 count outside the shares. null otherwise.
   */
  results: DigestResults | null;
  /** null when no previous digest was recorded. */
  changes: DigestChange[] | null;
  problems: { error: number; warning: number } | null;
}

export interface DigestResults {
  denominator: 'evaluated' | 'all';
  denominatorCount: number;
  labels: { label: string; count: number; shareText: string | null }[];
  totals: { meaning: string; count: number; shareText: string }[];
  unevaluated: { count: number; shareText: string } | null;
  undetermined: number;
  allUndetermined: boolean;
}

export interface DigestMessage {
  /** 'office' or 'department:<name>': what the send log records. */
  key: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  content: DigestContent;
  /** The lists cut to fit the mail body budget (empty when whole, or without a budget). */
  cut: FittedDigest['cut'];
}

export interface DigestPlan {
  month: string;
  fiscalYear: FiscalYear;
  messages: DigestMessage[];
  snapshot: Snapshot;
  /** Departments with projects but no address in the 部署 sheet. */
  unrouted: string[];
  /** Bad addresses found (where, and why). */
  invalidAddresses: { where: string; address: string; reason: string }[];
  /** Departments that had nothing to report this month. */
  quiet: string[];
}

export interface DigestOptions {
  month: MonthRef;
  lang: Lang;
  officeRecipients: string[];
  previous: Snapshot | null;
  workbookUrl?: string;
  /** When set (the add-on's mail), each message is fitted to this many bytes of body: fitDigest. */
  mailBodyBudget?: number;
}

/** Departments everyone shares (関係課 = "the sections concerned") route nowhere. */
export const GENERIC_DEPARTMENTS = new Set(['関係課', '関係各課', '各課']);

/** The whole plan's results as the 達成状況 table has them (a label meaning 未確定 has no share). */
function resultsOf(a: Achievement): DigestResults {
  return {
    denominator: a.denominator,
    denominatorCount: a.denominatorCount,
    labels: a.labels.map((entry) => ({
      label: entry.label,
      count: entry.count,
      shareText: entry.share === null && entry.meaning === 'undetermined' ? null : entry.shareText,
    })),
    totals: a.meanings
      .filter((m) => m.labels.length >= 2 && m.meaning !== 'undetermined')
      .map((m) => ({ meaning: m.meaning, count: m.count, shareText: m.shareText })),
    unevaluated: a.denominator === 'all' ? { count: a.unevaluated, shareText: a.unevaluatedShare.shareText } : null,
    undetermined: a.undetermined,
    allUndetermined: allUndetermined(a),
  };
}

export function content(
  result: PipelineResult,
  projects: Project[],
  scope: DigestContent['scope'],
  options: DigestOptions,
  changesAll: DigestChange[] | null,
): DigestContent {
  const { data, summary } = result;
  const vocabulary = data.vocabulary.progress;
  const fy = digestFiscalYear(options.month);
  const codes = new Set(projects.map((p) => p.code));
  const byCode = new Map(projects.map((p) => [p.code, p]));
  const counts = {} as Record<StatusCode, number>;
  for (const code of STATUS_CODES) counts[code] = 0;
  const labelCounts = vocabulary.terms.map(() => 0);
  const attention: AttentionItem[] = [];
  // The labels meaning 遅れ or 未着手 need attention, whatever the plan calls them.
  const needsAttention = (status: StatusCode) => status === 'delayed' || status === 'notStarted';
  let progressing = 0;
  for (const a of data.activities) {
    if (a.year !== fy || !codes.has(a.code)) continue;
    counts[a.status] += 1;
    labelCounts[a.label] += 1;
    if (vocabulary.terms[a.label].inRate) progressing += 1;
    if (needsAttention(a.status)) {
      const project = byCode.get(a.code);
      attention.push({
        code: a.code,
        projectName: project?.name ?? '',
        departments: project?.departments ?? [],
        activity: a.activity,
        status: a.status,
        label: vocabulary.terms[a.label].label,
        notes: a.notes,
      });
    }
  }
  const activities = labelCounts.reduce((sum, n) => sum + n, 0);
  const rate = formatRatio(progressing, activities, data.settings.decimals, data.settings.rounding);
  const dueTargets: DueTarget[] = data.targets
    .filter((t) => codes.has(t.code) && t.result === null && t.years.last === fy)
    .map((t) => ({
      code: t.code,
      projectName: byCode.get(t.code)?.name ?? '',
      target: t.target,
      targetYear: yearRangeLabel(t.years, options.lang, monthEndDate(options.month)),
    }));
  // Since the plan's start as the summary has it: 設定's, or the one derived from the activities.
  const start = summary.plan.startYear ?? Number.NEGATIVE_INFINITY;
  let effectThisYear = 0;
  let effectSoFar = 0;
  for (const e of data.effects) {
    if (!codes.has(e.code)) continue;
    if (e.year === fy) effectThisYear = roundTo(effectThisYear + e.amount, summary.effects.decimals);
    if (e.year <= fy && e.year >= start) effectSoFar = roundTo(effectSoFar + e.amount, summary.effects.decimals);
  }
  return {
    scope,
    month: monthKey(options.month),
    fiscalYear: fy,
    counts,
    labels: vocabulary.terms.map((term, index) => ({ label: term.label, count: labelCounts[index] })),
    meaningTotals: STATUS_CODES.flatMap((meaning) => {
      const shared = vocabulary.terms.flatMap((term, index) => (term.meaning === meaning ? [labelCounts[index]] : []));
      return shared.length >= 2 ? [{ meaning, count: shared.reduce((sum, n) => sum + n, 0) }] : [];
    }),
    keeps: { activities: summary.keeps.activities, targets: summary.keeps.targets, effects: summary.keeps.effects },
    // Only the records whose sections the digest has: it never had one on floor area.
    notKept: notKeptLine(summary, options.lang, ['activities', 'targets', 'effects']),
    inRateLabels: vocabulary.terms.filter((term) => term.inRate).map((term) => term.label),
    attentionLabels: vocabulary.terms.filter((term) => needsAttention(term.meaning)).map((term) => term.label),
    labelNames: Object.fromEntries(
      [...vocabulary.terms, ...data.vocabulary.result.terms].filter((term) => term.en).map((term) => [term.label, `${term.label} (${term.en})`]),
    ),
    activities,
    progressing,
    rateText: rate.text,
    attention,
    dueTargets,
    effectThisYear,
    effectSoFar,
    unit: summary.effects.unitLabel,
    unitEn: summary.effects.unit,
    unitDecimals: summary.effects.decimals,
    results: scope.kind === 'office' && summary.keeps.targets && !summary.keeps.activities ? resultsOf(summary.achievement) : null,
    changes: changesAll === null ? null : changesAll.filter((c) => codes.has(c.code)),
    problems: scope.kind === 'office' ? { error: summary.problemCounts.error, warning: summary.problemCounts.warning } : null,
  };
}
