/** The round's daily trigger (moved from round.ts, no behaviour change): made, given back at the close, and its run. */
import { jstDate } from '../core/base/jst';
import { reminderKind } from '../core/round/round';
import {
  createDigestMonthlyTrigger,
  deleteDigestMonthlyTrigger,
  digestDueOnDailyRun,
  digestNamesTrigger,
  digestScheduleOf,
  runDigest,
  setDigestTrigger,
} from './digest';
import { authorized, currentAccount, errorText, withRoundLock } from './roundCommon';
import { type RoundEditEvent, roundEdited } from './roundEdit';
import { sendRoundMails } from './roundMail';
import { measure } from './roundRead';
import {
  createDailyTrigger,
  deleteDailyTrigger,
  ownTrigger,
  ROUND_HANDLER,
  ROUND_HOUR,
  type RoundRecord,
  readRound,
  readRoundTriggerMap,
} from './timedTrigger';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

// ---------------------------------------------------------------- the trigger

/**
 * The round's daily trigger. When this account already sends the digest here, its monthly trigger gives way
 * to ONE daily trigger at the digest's hour that serves both (an add-on may hold one time-driven trigger per
 * user per document: https://developers.google.com/workspace/add-ons/concepts/editor-triggers); otherwise a
 * daily trigger at 08:00. Returns the trigger's id and hour, or null when ScriptApp refused (the opening says so).
 */
export function installTrigger(spreadsheet: Spreadsheet): { uid: string; hour: number } | null {
  const digest = digestScheduleOf(spreadsheet);
  const held = digest ? ownTrigger(digest.triggerId) : null;
  try {
    if (digest && held) {
      if (held.getHandlerFunction() === ROUND_HANDLER) return { uid: held.getUniqueId(), hour: digest.hour };
      deleteDigestMonthlyTrigger(spreadsheet);
      let uid: string;
      try {
        uid = createDailyTrigger(spreadsheet.getId(), digest.hour);
      } catch (error) {
        createDigestMonthlyTrigger(spreadsheet);
        throw error;
      }
      setDigestTrigger(spreadsheet, uid);
      return { uid, hour: digest.hour };
    }
    return { uid: createDailyTrigger(spreadsheet.getId(), ROUND_HOUR), hour: ROUND_HOUR };
  } catch (error) {
    console.warn(`Shinchoku round: the reminder trigger could not be created (${errorText(error).slice(0, 200)})`);
    return null;
  }
}

/** At the close: the daily trigger goes; if it also sent the digest, the digest's own monthly trigger comes back. */
export function releaseTrigger(spreadsheet: Spreadsheet, record: RoundRecord): void {
  const shared = record.triggerId !== null && digestNamesTrigger(spreadsheet, record.triggerId);
  deleteDailyTrigger(record.triggerId);
  if (!shared || createDigestMonthlyTrigger(spreadsheet) !== null) return;
  // Refused (should not be, the daily one is gone): the digest keeps a daily trigger of its own rather than none.
  try {
    setDigestTrigger(spreadsheet, createDailyTrigger(spreadsheet.getId(), digestScheduleOf(spreadsheet)?.hour ?? ROUND_HOUR));
  } catch (error) {
    setDigestTrigger(spreadsheet, null);
    console.warn(`Shinchoku round: the digest's trigger could not be made again (${errorText(error).slice(0, 200)})`);
  }
}

/** The daily time-driven run: the reminders due today, each once; a trigger the round no longer names removes itself. */
export function roundTrigger(event?: { triggerUid?: string } | RoundEditEvent): void {
  // The same handler serves the round's edit trigger (an edit event has its range): one entry point for both. The
  // edit first: it fires on every edit of the workbook, and most end at its first check, before any other call.
  if (event && 'range' in event && event.range) {
    roundEdited(event);
    return;
  }
  if (!authorized()) return void console.warn('Shinchoku round: authorization required; nothing sent');
  const uid = event?.triggerUid;
  let spreadsheet: Spreadsheet | null = SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet) {
    const id = uid ? readRoundTriggerMap()[uid] : undefined;
    if (!id) return void console.warn('Shinchoku round: no spreadsheet recorded for this trigger');
    try {
      spreadsheet = SpreadsheetApp.openById(id);
    } catch (error) {
      return void console.warn(`Shinchoku round: the spreadsheet could not be opened (${errorText(error).slice(0, 200)})`);
    }
  }
  const record = readRound(spreadsheet);
  const forRound = record !== null && record.owner === currentAccount() && (uid === undefined || record.triggerId === uid);
  // The same daily trigger sends the digest on its day when this account sends both here (timedTrigger.ts).
  const forDigest = digestNamesTrigger(spreadsheet, uid);
  if (!forRound && !forDigest) {
    deleteDailyTrigger(uid);
    return;
  }
  const now = new Date();
  if (record && forRound) {
    const kind = reminderKind(record.due, record.remindDays, jstDate(now));
    withRoundLock(
      30_000,
      () => {
        try {
          const { input, plan, completion } = measure(spreadsheet, record, now);
          // A request the day's quota held back at opening goes now; then the reminder due today, if any.
          const requests = sendRoundMails(spreadsheet, record, 'request', input, plan, completion, now);
          const reminders = kind ? sendRoundMails(spreadsheet, record, kind, input, plan, completion, now) : { sent: 0 };
          console.info(`Shinchoku round ${record.year}: requests sent ${requests.sent}, ${kind ?? 'no'} reminders sent ${reminders.sent}`);
        } catch (error) {
          console.warn(`Shinchoku round: the mails could not be sent (${errorText(error).slice(0, 200)})`);
        }
      },
      () => console.warn('Shinchoku round: another run held the lock; no reminder sent today'),
    );
  }
  // After the round's lock is released: the digest takes its own locks (the user lock again).
  if (forDigest && digestDueOnDailyRun(spreadsheet, uid, now)) {
    const outcome = runDigest(spreadsheet, { force: false, now });
    console.info(`Shinchoku digest (shared daily trigger): ${outcome.message}`);
  }
}
