/**
 * The monthly digest in Sheets: settings (the spreadsheet's developer metadata), the one
 * monthly trigger, and the send itself — exactly once a month per recipient,
 * recorded in a hidden log sheet, with the statuses kept in a hidden snapshot
 * sheet (document properties hold only 9 KB a value). One file a job, in src/gas/digest/;
 * this file gathers what the rest of the add-on uses.
 */

export { type DigestSaveInput, type DigestSaveOutcome, saveDigestSettings } from './digest/save';
export {
  createDigestMonthlyTrigger,
  deleteDigestMonthlyTrigger,
  digestDueOnDailyRun,
  digestNamesTrigger,
  digestScheduleOf,
  setDigestTrigger,
} from './digest/schedule';
export { type DigestRunOutcome, runDigest } from './digest/send';
export { type DigestSettings, type DigestStatus, readDigestSettings } from './digest/settings';
export { type DigestState, digestSendNow, digestState } from './digest/state';
export { digestTrigger } from './digest/triggerRun';
export { DIGEST_HANDLER } from './timedTrigger';
