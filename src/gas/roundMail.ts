/** The round's mails (moved from round.ts, no behaviour change): the request, and the reminders, each at most once. */
import type { CellValue, WorkbookInput } from '../core/base/cells';
import { recipientBatches } from '../core/present/digest';
import { type DepartmentCompletion, errorCellLines, type RoundCompletion, type RoundPlan, toRemind } from '../core/round/round';
import type { Lang } from '../core/words/messages';
import { roundLabel } from '../core/words/round';
import { roundUiLabel } from '../core/words/roundUi';
import { errorText, planLabels } from './roundCommon';
import { appendLog, logRows, logSheet } from './roundLog';
import type { RoundRecord } from './timedTrigger';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const SHOWN_CELLS = 200;
// ---------------------------------------------------------------- mails

function filterLinks(spreadsheet: Spreadsheet, record: RoundRecord, department: string, plan: RoundPlan, lang: Lang): string[] {
  const url = spreadsheet.getUrl();
  return record.filterViews
    .filter((v) => v.department === department)
    .map((v) => roundUiLabel('roundMailLink', lang, { sheet: plan.layouts[v.sheet]?.name ?? v.sheet, url: `${url}#gid=${v.sheetId}&fvid=${v.id}` }));
}

function cellLines(plan: RoundPlan, cells: DepartmentCompletion['missing'], lang: Lang): string[] {
  const lines = cells.slice(0, SHOWN_CELLS).map((cell) =>
    roundLabel('requestCellLine', lang, {
      sheet: cell.sheetName,
      cell: cell.cell,
      code: cell.code,
      what: cell.what,
      column: String(plan.layouts[cell.sheet]?.header[cell.column] ?? cell.field),
    }),
  );
  if (cells.length > SHOWN_CELLS) lines.push(roundLabel('requestMore', lang, { n: cells.length - SHOWN_CELLS }));
  return lines;
}

export type MailKind = 'request' | 'remind' | 'due' | 'late';

/**
 * Sends the round's mails of one kind, each department's at most once (the log says which were sent),
 * with the digest's quota handling: a department the day's quota cannot reach is logged 'quota' and
 * sent at the next run; a failure is logged with its reason.
 * https://developers.google.com/apps-script/guides/services/quotas#current_quotas
 */
export function sendRoundMails(
  spreadsheet: Spreadsheet,
  record: RoundRecord,
  kind: MailKind,
  input: WorkbookInput,
  plan: RoundPlan,
  completion: RoundCompletion,
  now: Date,
): { sent: number; notes: string[] } {
  const lang = record.lang;
  const { plan: planName, fy } = planLabels(input, record.year, lang);
  const log = logSheet(spreadsheet);
  const done = new Set(
    logRows(log)
      .filter((row) => String(row[0]) === record.token && String(row[4]) === 'sent')
      .map((row) => String(row[1])),
  );
  let quota = MailApp.getRemainingDailyQuota();
  const rows: CellValue[][] = [];
  const notes: string[] = [];
  const held: string[] = [];
  let sent = 0;
  /** Recipients the day's quota could not reach. */
  let short = 0;
  for (const department of completion.departments) {
    const key = `${kind}:${department.department}`;
    if (done.has(key) || department.emails.length === 0) continue;
    if (kind !== 'request' && !toRemind(department)) continue;
    const n = department.missing.length;
    const params = { department: department.department, plan: planName, fy, due: record.due, n };
    const subject =
      kind === 'request'
        ? roundLabel('requestSubject', lang, params)
        : roundUiLabel(kind === 'due' ? 'roundReminderDueSubject' : kind === 'late' ? 'roundReminderLateSubject' : 'roundReminderSubject', lang, params);
    const intro =
      kind === 'request'
        ? roundUiLabel('roundMailIntro', lang, params)
        : roundUiLabel(kind === 'late' ? 'roundReminderLateIntro' : 'roundReminderIntro', lang, params);
    const body = [
      intro,
      '',
      ...filterLinks(spreadsheet, record, department.department, plan, lang),
      '',
      n > 0 ? roundLabel('requestMailCount', lang, { n }) : roundLabel('requestNone', lang),
      ...cellLines(plan, department.missing, lang),
      ...(kind === 'request' ? [] : ['', ...errorCellLines(department, lang, SHOWN_CELLS)]),
      '',
      roundUiLabel('roundMailFooter', lang),
    ].join('\n');
    // At most 50 recipients a message (MailApp's limit): a department with more gets the same mail in
    // batches. Each batch is logged ('batch', its addresses) the moment it is sent, so a run that stops
    // (the quota, a failure, the 6-minute limit) never sends an address that mail again: the next run
    // mails only the addresses not yet logged. https://developers.google.com/apps-script/guides/services/quotas
    const reached = new Set(
      logRows(log)
        .filter((row) => String(row[0]) === record.token && String(row[1]) === key && String(row[4]) === 'batch')
        .flatMap((row) => String(row[2]).split(', ')),
    );
    let failed = false;
    for (const to of recipientBatches(department.emails.filter((address) => !reached.has(address)))) {
      if (to.length > quota) {
        rows.push([record.token, key, to.join(', '), now.toISOString(), 'quota', `remaining quota ${quota}`]);
        short += to.length;
        failed = true;
        continue;
      }
      try {
        MailApp.sendEmail({ to: to.join(','), subject: subject.replace(/[\r\n]+/g, ' '), body, name: 'Shinchoku' });
        quota -= to.length;
        appendLog(log, [[record.token, key, to.join(', '), now.toISOString(), 'batch', '']]);
      } catch (error) {
        const reason = errorText(error);
        const outOfQuota = /Service invoked too many times for one day: email/i.test(reason);
        if (outOfQuota) {
          quota = 0;
          short += to.length;
        }
        rows.push([record.token, key, to.join(', '), now.toISOString(), outOfQuota ? 'quota' : 'failed', reason.slice(0, 200)]);
        if (!outOfQuota) notes.push(`${department.department}: ${reason.slice(0, 200)}`);
        failed = true;
      }
    }
    if (failed && rows.some((row) => row[1] === key && row[4] === 'quota')) held.push(department.department);
    if (!failed) {
      sent += 1;
      rows.push([record.token, key, department.emails.join(', '), now.toISOString(), 'sent', '']);
    }
  }
  appendLog(log, rows);
  if (held.length > 0) notes.push(roundUiLabel('roundMailsHeld', lang, { departments: held.join('、') }));
  if (short > 0) notes.push(roundUiLabel('roundQuotaShort', lang, { left: quota, need: short }));
  return { sent, notes };
}
