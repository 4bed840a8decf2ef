/** What the sidebar's digest panel shows: the settings, who sends, the last status and the log's problems; and 今すぐ送信. */
import type { CellValue } from '../../core/base/cells';
import { monthKeyOf } from '../../core/present/digest';
import { type LabelKey, type Lang, label } from '../../core/words/messages';
import { userLang } from '../lang';
import { findGeneratedSheets, generatedSheet } from '../spreadsheet';
import { dataRows, TOO_LARGE } from './logSheets';
import { type DigestRunOutcome, runDigest } from './send';
import { currentAccount } from './session';
import { type DigestStatus, migrateProjectMetadata, readDigestSettings, readStatus } from './settings';
import { triggerProblemShown } from './triggerProblems';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface DigestState {
  settings: { enabled: boolean; day: number; hour: number; recipients: string[] };
  /** The account whose trigger sends the digest, when it is on. */
  owner: string | null;
  ownerIsYou: boolean;
  /** A sentence for the sidebar: who sends, and how to take it over. */
  ownerLine: string;
  status: DigestStatus | null;
  /** A problem recorded by a trigger run that could not reach the document (authorization). */
  triggerProblem: { at: string; outcome: string; message: string } | null;
  /** The log's latest months not sent, stopped or shortened, newest first, each with its reason in the user's words. */
  problems: string[];
  labels: Record<string, string>;
}

const STOP_REASONS: Record<string, LabelKey> = {
  'the digest is turned off': 'digestReasonOff',
  'another editor sends the digest now': 'digestReasonOtherEditor',
  'replaced by a newer trigger': 'digestReasonReplaced',
  'the plan has ended': 'digestReasonEnded',
  'settings not found': 'digestReasonNoSettings',
};

/** A log row that is not a plain send, in the user's words; null for a whole send. */
function logProblem(row: CellValue[], lang: Lang): string | null {
  const outcome = String(row[4]);
  const detail = String(row[5] ?? '');
  let reason: string;
  if (outcome === 'sent') {
    if (!detail.startsWith('shortened')) return null;
    reason = label('digestReasonShortened', lang);
  } else if (outcome === 'failed') reason = label(detail === TOO_LARGE ? 'digestReasonTooLarge' : 'digestReasonFailed', lang);
  else if (outcome === 'quota') reason = label('digestReasonQuota', lang);
  else if (outcome === 'busy') reason = label('digestReasonBusy', lang);
  else if (outcome === 'error') reason = label('digestReasonReadFailed', lang);
  else if (outcome === 'stopped') reason = label(STOP_REASONS[detail] ?? 'digestReasonStopped', lang);
  else return null;
  return label('digestLogProblem', lang, { month: monthKeyOf(row[0]) ?? String(row[0]), reason });
}

const SHOWN_PROBLEMS = 5;

function logProblems(spreadsheet: Spreadsheet, lang: Lang): string[] {
  const log = generatedSheet(findGeneratedSheets(spreadsheet), 'digestLog');
  if (!log) return [];
  const lines: string[] = [];
  for (const row of dataRows(log).reverse()) {
    const line = logProblem(row, lang);
    if (line && !lines.includes(line)) lines.push(line);
    if (lines.length === SHOWN_PROBLEMS) break;
  }
  return lines;
}

export function digestState(): DigestState {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  migrateProjectMetadata(spreadsheet);
  const settings = readDigestSettings(spreadsheet);
  const me = currentAccount();
  const lang = userLang();
  return {
    settings: { enabled: settings.enabled, day: settings.day, hour: settings.hour, recipients: settings.recipients },
    owner: settings.enabled ? settings.owner : null,
    ownerIsYou: settings.enabled && settings.owner !== null && settings.owner === me,
    ownerLine: !settings.enabled
      ? ''
      : settings.owner === me
        ? label('digestOwnerYou', lang, { owner: settings.owner ?? '' })
        : label('digestOwnerOther', lang, { owner: settings.owner ?? '' }),
    status: readStatus(spreadsheet),
    triggerProblem: triggerProblemShown(),
    problems: logProblems(spreadsheet, lang),
    labels: Object.fromEntries(
      (
        [
          'digestHeading',
          'digestEnabled',
          'digestDay',
          'digestHour',
          'digestRecipients',
          'digestRecipientsHelp',
          'digestSaveButton',
          'digestSendButton',
          'digestForce',
          'digestLastRun',
          'digestProblemsHeading',
        ] as const
      ).map((key) => [key, label(key, lang)]),
    ),
  };
}

export function digestSendNow(force: boolean): DigestRunOutcome {
  return runDigest(SpreadsheetApp.getActiveSpreadsheet(), { force: Boolean(force) });
}
