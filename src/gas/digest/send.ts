/** One month's send: office first, then departments; never twice a month unless forced; every outcome logged. */
import type { CellValue } from '../../core/base/cells';
import { runPipeline } from '../../core/compute/pipeline';
import {
  type DigestMessage,
  digestFiscalYear,
  MAIL_BODY_BUDGET,
  MAIL_BODY_LIMIT_KB,
  monthEndDate,
  monthKey,
  monthKeyOf,
  monthOf,
  planDigest,
  previousSnapshot,
  recipientBatches,
  SNAPSHOT_HEADER,
  snapshotRows,
  snapshotsFromRows,
  utf8Length,
} from '../../core/present/digest';
import { label } from '../../core/words/messages';
import { fiscalYearLabel } from '../../core/words/yearLabels';
import { readWorkbookInput, SheetsApiFailure } from '../sheetsApi';
import { findGeneratedSheets } from '../spreadsheet';
import { dataRows, hiddenSheet, LOG_HEADER, logTriggerEvent, rowsOf, TOO_LARGE, writeText } from './logSheets';
import { acquireDigestLocks, errorText } from './session';
import { type DigestStatus, readDigestSettings, STATUS_KEY, writeJson } from './settings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface DigestRunOutcome {
  month: string;
  sent: string[];
  skipped: string[];
  failed: { key: string; reason: string }[];
  quota: string[];
  /** Messages sent with lists cut to fit the mail body limit. */
  shortened: string[];
  message: string;
}

/** Sends this month's digest: office first, then departments; never twice a month unless forced. */
export function runDigest(spreadsheet: Spreadsheet, options: { force: boolean; now?: Date }): DigestRunOutcome {
  const settings = readDigestSettings(spreadsheet);
  const lang = settings.lang;
  const now = options.now ?? new Date();
  const month = monthOf(now);
  const key = monthKey(month);
  const release = acquireDigestLocks(30_000);
  if (!release) {
    // Never a silent skip: the log and the sidebar say the month was not sent, and why.
    const message = label('digestBusy', lang, { month: key });
    logTriggerEvent(spreadsheet, now, 'busy', 'another send was running');
    writeJson(spreadsheet, STATUS_KEY, { at: now.toISOString(), month: key, sent: 0, skipped: 0, failed: 0, quota: 0, message, outcome: 'busy' });
    console.warn(`Shinchoku digest ${key}: another send was running; nothing sent`);
    return { month: key, sent: [], skipped: [], failed: [{ key: 'all', reason: 'lock' }], quota: [], shortened: [], message };
  }
  try {
    let result: ReturnType<typeof runPipeline>;
    try {
      result = runPipeline(readWorkbookInput(spreadsheet), { lang, today: now });
    } catch (error) {
      // A read that fails (the Sheets API disabled, 429 past the backoff, a server down) is a month
      // not sent: the log and the sidebar say so and why, in the user's words. A trigger's own
      // failure would only reach the executions log — add-on triggers send no failure mail.
      // https://developers.google.com/workspace/add-ons/concepts/editor-triggers
      const known = error instanceof SheetsApiFailure;
      const reason = known ? `${error.message}${label('sentenceBreak', lang)}` : label('digestReadUnexpected', lang);
      const message = label('digestReadFailed', lang, { month: key, reason });
      logTriggerEvent(spreadsheet, now, 'error', known ? `sheets api: ${error.kind}` : 'unexpected error');
      writeJson(spreadsheet, STATUS_KEY, { at: now.toISOString(), month: key, sent: 0, skipped: 0, failed: 0, quota: 0, message, outcome: 'error' });
      console.warn(`Shinchoku digest ${key}: the workbook could not be read (${errorText(error).slice(0, 200)}); nothing sent`);
      return { month: key, sent: [], skipped: [], failed: [{ key: 'all', reason: 'read' }], quota: [], shortened: [], message };
    }
    const { data } = result;
    // After the plan's last fiscal year there is nothing to report: nothing is sent, and the sidebar says why.
    const planEnd = result.summary.plan.endYear;
    if (planEnd !== null && digestFiscalYear(month) > planEnd) {
      const message = label('digestPlanEnded', lang, { end: fiscalYearLabel(planEnd, lang, monthEndDate(month)) });
      logTriggerEvent(spreadsheet, now, 'stopped', 'the plan has ended');
      writeJson(spreadsheet, STATUS_KEY, { at: now.toISOString(), month: key, sent: 0, skipped: 0, failed: 0, quota: 0, message, outcome: 'ended' });
      return { month: key, sent: [], skipped: [], failed: [], quota: [], shortened: [], message };
    }
    const generated = findGeneratedSheets(spreadsheet);
    const snapshotSheet = hiddenSheet(spreadsheet, 'digestSnapshot', SNAPSHOT_HEADER, generated);
    const snapshots = snapshotsFromRows(dataRows(snapshotSheet));
    const office = settings.recipients.length > 0 ? settings.recipients : data.settings.recipients;
    const plan = planDigest(result, {
      month,
      lang,
      officeRecipients: office,
      previous: previousSnapshot(snapshots, month),
      workbookUrl: spreadsheet.getUrl(),
      mailBodyBudget: MAIL_BODY_BUDGET,
    });
    const logSheet = hiddenSheet(spreadsheet, 'digestLog', LOG_HEADER, generated);
    const alreadySent = new Set(
      dataRows(logSheet)
        .filter((row) => monthKeyOf(row[0]) === key && String(row[4]) === 'sent')
        .map((row) => String(row[1])),
    );
    let quota = MailApp.getRemainingDailyQuota();
    const outcome: DigestRunOutcome = { month: key, sent: [], skipped: [], failed: [], quota: [], shortened: [], message: '' };
    const log: CellValue[][] = [];
    const record = (message: DigestMessage, batch: string[], result: string, detail: string) => {
      log.push([key, message.key, batch.join(', '), now.toISOString(), result, detail]);
    };
    for (const message of plan.messages) {
      if (alreadySent.has(message.key) && !options.force) {
        outcome.skipped.push(message.key);
        continue;
      }
      // Still over MailApp's limit once every list is cut (names or labels of thousands of characters
      // in what no cut reaches): not tried, since it would fail the same way every month, and said so.
      // https://developers.google.com/apps-script/guides/services/quotas#current_limitations
      if (utf8Length(message.text) + utf8Length(message.html) > MAIL_BODY_LIMIT_KB * 1024) {
        record(message, message.to, 'failed', TOO_LARGE);
        outcome.failed.push({ key: message.key, reason: TOO_LARGE });
        continue;
      }
      let failed = false;
      for (const batch of recipientBatches(message.to)) {
        if (batch.length > quota) {
          record(message, batch, 'quota', `remaining quota ${quota}`);
          outcome.quota.push(message.key);
          failed = true;
          continue;
        }
        try {
          MailApp.sendEmail({ to: batch.join(','), subject: message.subject, body: message.text, htmlBody: message.html, name: 'Shinchoku' });
          quota -= batch.length;
        } catch (error) {
          const reason = errorText(error);
          // The day's quota used up meanwhile (by another script or add-on of this account): the quota, not a
          // failure — and every later batch would be refused too.
          // https://developers.google.com/apps-script/guides/services/quotas#current_quotas
          if (/Service invoked too many times for one day: email/i.test(reason)) {
            quota = 0;
            record(message, batch, 'quota', 'remaining quota 0');
            outcome.quota.push(message.key);
            failed = true;
            continue;
          }
          record(message, batch, 'failed', reason.slice(0, 200));
          outcome.failed.push({ key: message.key, reason });
          failed = true;
        }
      }
      if (!failed) {
        // A shortened message says so in its body; the log keeps what was cut (counts only).
        const cut = message.cut.map((c) => `${c.list} ${c.kept}/${c.total}`).join(', ');
        record(message, message.to, 'sent', cut ? `shortened: ${cut}` : '');
        outcome.sent.push(message.key);
        if (cut) outcome.shortened.push(message.key);
      }
    }
    if (log.length > 0) writeText(rowsOf(logSheet, logSheet.getLastRow() + 1, log.length, LOG_HEADER.length), log);
    // This month's snapshot replaces any earlier one of the same month; changes are always against an earlier month.
    const kept = snapshots.filter((s) => s.month !== key).flatMap((s) => snapshotRows(s));
    const rows = [SNAPSHOT_HEADER, ...kept, ...snapshotRows(plan.snapshot)];
    snapshotSheet.clear();
    writeText(rowsOf(snapshotSheet, 1, rows.length, SNAPSHOT_HEADER.length), rows);
    outcome.message = label('digestRunSummary', lang, {
      month: key,
      sent: outcome.sent.length,
      skipped: outcome.skipped.length,
      failed: outcome.failed.length,
      quota: outcome.quota.length,
    });
    const status: DigestStatus = {
      at: now.toISOString(),
      month: key,
      sent: outcome.sent.length,
      skipped: outcome.skipped.length,
      failed: outcome.failed.length,
      quota: outcome.quota.length,
      message: outcome.message,
      outcome: outcome.failed.length + outcome.quota.length > 0 ? 'partial' : 'ok',
    };
    writeJson(spreadsheet, STATUS_KEY, status);
    // Logged without addresses or workbook content.
    console.info(`Shinchoku digest ${key}: sent ${status.sent}, skipped ${status.skipped}, failed ${status.failed}, quota ${status.quota}`);
    return outcome;
  } finally {
    release();
  }
}
