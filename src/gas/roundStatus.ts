/** The round's status (moved from round.ts, no behaviour change): the 照会 tab's and the 照会の状況 dialog's view. */
import { jstStamp } from '../core/base/jst';
import { type AnswerChange, changeLines } from '../core/round/answerTrace';
import type { RoundCompletion, RoundPlan } from '../core/round/round';
import type { Lang } from '../core/words/messages';
import { roundLabel } from '../core/words/round';
import { roundUiLabel } from '../core/words/roundUi';
import { fiscalYearLabel } from '../core/words/yearLabels';
import { userLang } from './lang';
import { withRoundLock } from './roundCommon';
import { measure } from './roundRead';
import { SheetsApiFailure } from './sheetsApi';
import { type RoundRecord, readRound } from './timedTrigger';

// ---------------------------------------------------------------- status

export interface RoundDepartmentView {
  department: string;
  requested: number;
  filled: number;
  errors: number;
  complete: boolean;
  /** When its filled count was last seen changed (ISO), or null. */
  lastEdit: string | null;
  /** The reading before that one (ISO): the change happened between the two. */
  lastEditAfter: string | null;
  notStarted: boolean;
}

export interface RoundStateView {
  open: boolean;
  lang: Lang;
  line: string;
  progress: string;
  departments: RoundDepartmentView[];
  /** When these figures were read, in words (the status is read as it is opened, and every minute in the tab). */
  measured: string;
  /** The same, short (the 照会の状況 dialog). */
  asOf: string;
  notStarted: string[];
  /** Rows asked about at the opening and no longer found (their code, year or text changed): one line each. */
  rowsGone: string[];
  /** Answers of a row of two or more departments written over since: one line each (roundTrace.ts). */
  changes: string[];
  labels: Record<string, string>;
  message: string;
}

const TAB_LABELS = [
  'roundTab',
  'roundTabMain',
  'roundRefresh',
  'roundNotStartedHeading',
  'roundRowsGoneHeading',
  'roundColumns',
  'roundNoRound',
  'roundNever',
] as const;

export function roundStateView(): RoundStateView {
  const lang = userLang();
  const labels: Record<string, string> = {
    ...Object.fromEntries(TAB_LABELS.map((key) => [key, roundUiLabel(key, lang)])),
    roundAnswerChangedHeading: roundUiLabel('roundAnswerChangedHeading', lang),
  };
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const first = readRound(spreadsheet);
  const empty = {
    open: false,
    lang,
    line: '',
    progress: '',
    departments: [],
    measured: '',
    asOf: '',
    notStarted: [],
    rowsGone: [],
    changes: [],
    labels,
    message: roundUiLabel('roundNoRound', lang),
  };
  if (!first) return empty;
  let record: RoundRecord = first;
  let completion: RoundCompletion;
  let plan: RoundPlan;
  let changes: AnswerChange[];
  const now = new Date();
  try {
    // Under the round's lock, as every writer of its log and record (roundCommon.ts withRoundLock): the office's
    // reading logs answers, and anyone's records the progress. Another run holding it: the figures, nothing recorded.
    ({ completion, plan, changes } = withRoundLock(
      10_000,
      () => {
        record = readRound(spreadsheet) ?? first;
        return measure(spreadsheet, record, now);
      },
      () => measure(spreadsheet, first, now, false),
    ));
  } catch (error) {
    if (error instanceof SheetsApiFailure) return { ...empty, message: error.message };
    throw error;
  }
  const departments = completion.departments.map((d): RoundDepartmentView => {
    const progress = record.progress[d.department];
    return {
      department: d.department,
      requested: d.requested,
      filled: d.filled,
      errors: d.errors,
      complete: d.complete,
      lastEdit: progress?.at ?? null,
      lastEditAfter: progress?.after ?? null,
      notStarted: !d.complete && (progress ? d.filled === progress.initial : d.filled === 0),
    };
  });
  const t = completion.total;
  const pct = t.requested === 0 ? '100%' : `${Math.floor((t.filled / t.requested) * 1000) / 10}%`;
  // "0 / 7 セル" beside departments of 5 and 4 (r27 #9): a shared project's cells are counted once, and the figures
  // reconciled as the command line's status reconciles them (core mergeText completionTable, r27f F5).
  const sum = completion.departments.reduce((n, d) => n + d.requested, 0);
  const shared = sum === t.requested ? '' : ` ${roundLabel('statusTotalSharedSum', lang, { sum, total: t.requested, extra: sum - t.requested })}`;
  return {
    open: true,
    lang,
    line: roundUiLabel('roundStateLine', lang, { fy: fiscalYearLabel(record.year, lang), due: record.due, owner: record.owner }),
    progress: `${roundUiLabel('roundProgress', lang, {
      filled: t.filled,
      requested: t.requested,
      pct,
      complete: t.complete,
      departments: t.departments,
      errors: t.errors,
    })}${shared}`,
    departments,
    measured: roundUiLabel('roundMeasuredAt', lang, { at: `${jstStamp(now)} JST` }),
    asOf: roundUiLabel('roundAsOf', lang, { at: `${jstStamp(now)} JST` }),
    notStarted: departments.filter((d) => d.notStarted).map((d) => d.department),
    rowsGone: goneLines(completion, plan, lang),
    changes: changeLines(changes, lang),
    labels,
    message: '',
  };
}

/** A line for each row gone since the opening (its department named): the sidebar, the dialog and 照会結果 list them. */
export function goneLines(completion: RoundCompletion, plan: RoundPlan, lang: Lang): string[] {
  return completion.departments.flatMap((d) =>
    d.rowsGone.map((row) =>
      roundUiLabel('roundRowGoneLine', lang, { department: d.department, sheet: plan.layouts[row.sheet]?.name ?? row.sheet, code: row.code, what: row.what }),
    ),
  );
}
