/** 照会を開始 (moved from round.ts, no behaviour change): checks the year and the deadline, writes the opening, sends the requests. */
import type { WorkbookInput } from '../core/base/cells';
import { fiscalYearDays, parseFiscalYear } from '../core/base/fiscalYear';
import { jstDate } from '../core/base/jst';
import { SETTING_KEYS } from '../core/contract/settings';
import { readWorkbook } from '../core/read/read';
import { sharedAnswerCells } from '../core/round/answerTrace';
import { addressNotes, askedRows, dueAgainstYear, duePassed, parseDue, roundCompletion, roundRequests, yearOutsidePlan } from '../core/round/round';
import { localizeProblem } from '../core/words/problems';
import { roundLabel, unroutedText } from '../core/words/round';
import { roundUiLabel } from '../core/words/roundUi';
import { fiscalYearLabel } from '../core/words/yearLabels';
import { userLang } from './lang';
import { currentAccount, type RoundOutcome, type SheetInfo, sheetInfo, withLock } from './roundCommon';
import { installEditTrigger } from './roundEdit';
import { ASKED, appendLog, logSheet } from './roundLog';
import { sendRoundMails } from './roundMail';
import { openingRequests } from './roundProtections';
import { traceAnswers, writeWatchIndex } from './roundTrace';
import { installTrigger } from './roundTriggers';
import { readDocument, SheetsApiFailure, sheetsCall } from './sheetsApi';
import { ROUND_HOUR, ROUND_KEY, type RoundRecord, readRound, writeRound } from './timedTrigger';

/** 照会を開始: protects, adds the filter views and records the round in one batchUpdate, then sends the requests. */
export function openRound(yearText: string, dueText: string): RoundOutcome {
  const lang = userLang();
  const year = parseFiscalYear(String(yearText ?? '').trim());
  if (year === null) return { ok: false, message: roundUiLabel('roundYearInvalid', lang, { text: String(yearText ?? '') }), notes: [] };
  const due = parseDue(String(dueText ?? ''));
  if (due === null) return { ok: false, message: roundUiLabel('roundDueInvalid', lang, { text: String(dueText ?? '') }), notes: [] };
  const today = jstDate(new Date());
  if (duePassed(due, today)) return { ok: false, message: roundUiLabel('roundDuePast', lang, { due, today }), notes: [] };
  // A deadline before the year asked about begins is refused, as the command line's split refuses it (core's rule, r27f F4).
  const dueAgainst = dueAgainstYear(due, year);
  if (dueAgainst === 'beforeYear') {
    const fy = fiscalYearLabel(year, lang);
    return { ok: false, message: roundLabel('dueBeforeYear', lang, { due, fy, ...fiscalYearDays(year) }), notes: [] };
  }
  return withLock(
    lang,
    () => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      const existing = readRound(spreadsheet);
      if (existing)
        return {
          ok: false,
          message: roundUiLabel('roundAlreadyOpen', lang, { fy: fiscalYearLabel(existing.year, lang), owner: existing.owner, due: existing.due }),
          notes: [],
        };
      const owner = currentAccount();
      if (!owner) return { ok: false, message: roundUiLabel('roundNoAccount', lang), notes: [] };
      let input: WorkbookInput;
      let sheets: SheetInfo[];
      try {
        input = readDocument(spreadsheet.getId(), { baselines: false }).input;
      } catch (error) {
        if (error instanceof SheetsApiFailure) return { ok: false, message: error.message, notes: [] };
        throw error;
      }
      const data = readWorkbook(input);
      const fy = fiscalYearLabel(year, lang);
      const plan = roundRequests(input, { year, due }, data);
      // A year outside the plan's years is refused as the command line refuses it (core yearOutsidePlan, r27g F3),
      // before anything is written, in the prompt's words (roundYearOutsidePlan: no --year flag); a year with cells to
      // ask for counts where 設定 gives no years.
      const outside = yearOutsidePlan(data, year, plan);
      if (outside)
        return {
          ok: false,
          message: roundUiLabel('roundYearOutsidePlan', lang, { fy, start: fiscalYearLabel(outside.start, lang), end: fiscalYearLabel(outside.end, lang) }),
          notes: [],
        };
      if (plan.departments.every((d) => d.rows.length === 0)) return { ok: false, message: roundUiLabel('roundNoDepartments', lang, { fy }), notes: [] };
      // The log now (nothing refused the opening), so that the opening's one write protects it too; flushed,
      // so the API sees it.
      const log = logSheet(spreadsheet);
      const logSheetId = log.getSheetId();
      SpreadsheetApp.flush();
      try {
        sheets = sheetInfo(spreadsheet.getId());
      } catch (error) {
        if (error instanceof SheetsApiFailure) return { ok: false, message: error.message, notes: [] };
        throw error;
      }
      const notes: string[] = [];
      // A deadline before the year asked about ends: said, as the command line's split says it (core's rule, r27f F4).
      if (dueAgainst === 'beforeYearEnd') notes.push(roundLabel('dueBeforeYearEnd', lang, { due, fy, ...fiscalYearDays(year) }));
      // On the year's last day: said as such (r27h 9), as split says it.
      if (dueAgainst === 'onYearEnd') notes.push(roundLabel('dueOnYearEnd', lang, { due, fy, ...fiscalYearDays(year) }));
      // An unreadable 照会の督促日数 (r27 #16): the reminders keep the default, and the opening says so, with the setting's problem.
      const daysKey = SETTING_KEYS.find((k) => k.key === 'roundReminderDays')?.ja;
      const daysProblem = data.problems.items.find((p) => p.code === 'settingInvalid' && p.params.key === daysKey);
      if (daysProblem)
        notes.push(
          roundUiLabel('roundRemindDaysInvalid', lang, {
            cell: `${daysProblem.sheet}!${daysProblem.cell}`,
            message: localizeProblem(daysProblem, lang).message,
            n: data.settings.roundReminderDays,
          }),
        );
      const token = `shinchoku-round-${year}-${Utilities.getUuid().slice(-8)}`;
      const { requests, filterViews } = openingRequests(plan, input, sheets, owner, token, lang, notes, logSheetId);
      const completion = roundCompletion(input, plan, data);
      const now = new Date();
      const record: RoundRecord = {
        year,
        due,
        owner,
        openedAt: now.toISOString(),
        token,
        lang,
        remindDays: data.settings.roundReminderDays,
        protectedRangeIds: [],
        filterViews,
        triggerId: null,
        progress: Object.fromEntries(
          completion.departments.map((d) => [
            d.department,
            { initial: d.filled, filled: d.filled, at: null, completedAt: d.complete ? now.toISOString() : null },
          ]),
        ),
      };
      requests.push({
        createDeveloperMetadata: {
          developerMetadata: { metadataKey: ROUND_KEY, metadataValue: JSON.stringify(record), location: { spreadsheet: true }, visibility: 'DOCUMENT' },
        },
      });
      let reply: GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetResponse;
      try {
        reply = sheetsCall((api) => api.Spreadsheets.batchUpdate({ requests }, spreadsheet.getId()));
      } catch (error) {
        if (error instanceof SheetsApiFailure) return { ok: false, message: error.message, notes: [] };
        throw error;
      }
      record.protectedRangeIds = (reply.replies ?? [])
        .map((r) => r.addProtectedRange?.protectedRange?.protectedRangeId)
        .filter((id): id is number => typeof id === 'number');
      // The rows each department is asked about, fixed now: completion is measured against them (never
      // against the sheet as it is later), in the hidden log the round protects for the office alone.
      appendLog(
        log,
        askedRows(plan).map((row) => [record.token, `${ASKED}:${row.department}`, row.key, now.toISOString(), ASKED, row.what]),
      );
      const trigger = installTrigger(spreadsheet);
      record.triggerId = trigger?.uid ?? null;
      record.triggerHour = trigger?.hour ?? ROUND_HOUR;
      if (trigger === null) notes.push(roundUiLabel('roundRemindersOff', lang));
      // Rows of two or more departments (r27g F8): the values there now are logged, and an edit trigger logs
      // every later one as it is written, so no answer is written over without a trace.
      const shared = sharedAnswerCells(plan, input, data);
      if (shared.length > 0) {
        traceAnswers(log, record.token, shared, [], now, '', { opening: true });
        writeWatchIndex(record.token, shared);
        record.editTriggerId = installEditTrigger(spreadsheet);
        if (record.editTriggerId === null) notes.push(roundUiLabel('roundEditTraceOff', lang));
      }
      writeRound(spreadsheet, record);
      for (const project of plan.unrouted) notes.push(unroutedText(project, lang));
      notes.push(
        ...addressNotes(
          plan,
          lang,
          spreadsheet.getEditors().map((user) => user.getEmail()),
        ),
      );
      const sent = sendRoundMails(spreadsheet, record, 'request', input, plan, completion, now);
      return {
        ok: true,
        message: roundUiLabel('roundOpened', lang, {
          fy,
          n: plan.departments.length,
          p: record.protectedRangeIds.length,
          f: filterViews.length,
          m: sent.sent,
        }),
        notes: [...notes, ...sent.notes],
      };
    },
    (message) => ({ ok: false, message, notes: [] }),
  );
}
