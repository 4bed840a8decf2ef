/**
 * The annual round (照会) in Sheets. Core decides who is asked for what (core/round: roundRequests,
 * roundCompletion); this file only puts that into the document:
 *
 * - Opening writes, in ONE spreadsheets.batchUpdate (all or nothing), a protected range per run of
 *   rows shared by the same departments on 取組活動 / 達成事項 / 効果額 (editors: those departments'
 *   部署 addresses and the round's owner), a sheet protection of each of those sheets and of the
 *   contract's other sheets for the owner alone (the departments' rows left out of it by
 *   unprotectedRanges: a cell under two protections needs both), a filter view per department and
 *   sheet, and the round's record as DOCUMENT-visible developer metadata (PROJECT metadata is
 *   readable only by the project that wrote it; a published add-on is another project).
 *   https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#AddProtectedRangeRequest
 *   https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#AddFilterViewRequest
 *   https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-visibility
 * - Only what the round added is ever removed: the ids its batch returned (and its mark in the
 *   description), the filter views whose ids it chose; a protection of the user's own is kept.
 * - Mails (request once, reminders once each) are logged in a hidden sheet, as the digest's are,
 *   with the same quota handling; reminders come from a daily time-driven trigger that opens the
 *   workbook by id (no document context), as the digest's trigger does.
 */
import type { CellValue, WorkbookInput } from '../core/base/cells';
import { fiscalYearDays, parseFiscalYear } from '../core/base/fiscalYear';
import { jstDate, jstStamp } from '../core/base/jst';
import { contractSheetKey } from '../core/contract/schema';
import { SETTING_KEYS } from '../core/contract/settings';
import { recipientBatches } from '../core/present/digest';
import type { Grid, GridCell } from '../core/present/grid';
import { readWorkbook } from '../core/read/read';
import { type AnswerChange, answerChanges, answerEntries, changeLines, sharedAnswerCells } from '../core/round/answerTrace';
import {
  ANSWER_FIELDS,
  type AskedRow,
  addressNotes,
  askedRows,
  type DepartmentCompletion,
  dueAgainstYear,
  duePassed,
  errorCellLines,
  fixedRoundPlan,
  parseDue,
  ROUND_SHEETS,
  type RoundCompletion,
  type RoundPlan,
  reminderKind,
  roundCompletion,
  roundRequests,
  toRemind,
  yearOutsidePlan,
} from '../core/round/round';
import type { Lang } from '../core/words/messages';
import { localizeProblem } from '../core/words/problems';
import { roundLabel } from '../core/words/round';
import { roundUiLabel } from '../core/words/roundUi';
import { fiscalYearLabel } from '../core/words/yearLabels';
import { freezeBaseline } from './baselines';
import {
  createDigestMonthlyTrigger,
  deleteDigestMonthlyTrigger,
  digestDueOnDailyRun,
  digestNamesTrigger,
  digestScheduleOf,
  runDigest,
  setDigestTrigger,
} from './digest';
import { userLang } from './lang';
import { appendLog, existingLogSheet, logRows, logSheet } from './roundLog';
import { type EditedRange, traceAnswers } from './roundTrace';
import { applyRequests, claimSheet, gridRequests, readDocument, SheetsApiFailure, sheetsCall } from './sheetsApi';
import {
  createDailyTrigger,
  deleteDailyTrigger,
  ownTrigger,
  ROUND_HANDLER,
  ROUND_HOUR,
  ROUND_KEY,
  type RoundRecord,
  readRound,
  readRoundTriggerMap,
  removeRound,
  writeRound,
} from './timedTrigger';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Request = GoogleAppsScript.Sheets.Schema.Request;

const SHOWN_CELLS = 200;

export type { RoundRecord };

function currentAccount(): string {
  return Session.getEffectiveUser().getEmail();
}

function errorText(error: unknown): string {
  return typeof error === 'object' && error !== null && 'message' in error ? String((error as { message: unknown }).message) : String(error);
}

// ---------------------------------------------------------------- the log (roundLog.ts)

/** The log's outcome for a row the round asked about at its opening (fixedRoundPlan). */
const ASKED = 'asked';

/** The rows the round asked about at its opening, as its log recorded them ([] for a round opened before they were). */
function askedOf(rows: CellValue[][], record: RoundRecord): AskedRow[] {
  return rows
    .filter((row) => String(row[0]) === record.token && String(row[4]) === ASKED)
    .map((row) => ({ department: String(row[1]).slice(ASKED.length + 1), key: String(row[2]), what: String(row[5] ?? '') }));
}

// ---------------------------------------------------------------- reading

/** A cell as the editor displays it, for a filter view's hidden values; null when it cannot be told (a date). */
function shown(value: CellValue): string | null {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return null;
}

interface SheetInfo {
  id: number;
  title: string;
  sheetProtected: boolean;
  protections: { id: number; description: string }[];
  filterViewIds: number[];
}

function sheetInfo(spreadsheetId: string): SheetInfo[] {
  const answer = sheetsCall((api) =>
    api.Spreadsheets.get(spreadsheetId, {
      fields: 'sheets(properties(sheetId,title),protectedRanges(protectedRangeId,description,range),filterViews(filterViewId))',
    }),
  );
  return (answer.sheets ?? []).map((sheet) => {
    const protections = sheet.protectedRanges ?? [];
    const isSheet = (r: GoogleAppsScript.Sheets.Schema.GridRange | undefined) =>
      r !== undefined && r.startRowIndex === undefined && r.endRowIndex === undefined && r.startColumnIndex === undefined && r.endColumnIndex === undefined;
    return {
      id: sheet.properties?.sheetId ?? 0,
      title: sheet.properties?.title ?? '',
      sheetProtected: protections.some((p) => isSheet(p.range)),
      protections: protections.map((p) => ({ id: p.protectedRangeId ?? -1, description: p.description ?? '' })),
      filterViewIds: (sheet.filterViews ?? []).map((v) => v.filterViewId ?? -1),
    };
  });
}

// ---------------------------------------------------------------- opening

export interface RoundOutcome {
  ok: boolean;
  message: string;
  notes: string[];
}

function planLabels(input: WorkbookInput, year: number, lang: Lang): { plan: string; fy: string } {
  const data = readWorkbook(input);
  return { plan: data.settings.planName ?? '', fy: fiscalYearLabel(year, lang) };
}

/** The requests that protect the round's rows and sheets and add its filter views (nothing is sent). */
function openingRequests(
  plan: RoundPlan,
  input: WorkbookInput,
  sheets: SheetInfo[],
  owner: string,
  token: string,
  lang: Lang,
  notes: string[],
  logSheetId: number | null,
): { requests: Request[]; filterViews: RoundRecord['filterViews'] } {
  const fy = fiscalYearLabel(plan.year, lang);
  const mark = (who: string) => `${roundUiLabel('roundProtectionNote', lang, { fy, who })} [${token}]`;
  const requests: Request[] = [];
  const filterViews: RoundRecord['filterViews'] = [];
  const used = new Set(sheets.flatMap((s) => s.filterViewIds));
  const freeId = () => {
    for (;;) {
      const id = 1 + Math.floor(Math.random() * 2_000_000_000);
      if (!used.has(id)) {
        used.add(id);
        return id;
      }
    }
  };
  const roundTitles = new Set<string>();
  for (const sheetKey of ROUND_SHEETS) {
    const layout = plan.layouts[sheetKey];
    const info = layout ? sheets.find((s) => s.title === layout.name) : undefined;
    if (!layout || !info) continue;
    roundTitles.add(info.title);
    // Each row's departments: a project of two departments is theirs together (editors: the union).
    const byRow = new Map<number, string[]>();
    for (const department of plan.departments)
      for (const row of department.rows) if (row.sheet === sheetKey) byRow.set(row.row, [...(byRow.get(row.row) ?? []), department.department]);
    const runs: { start: number; end: number; departments: string[] }[] = [];
    for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
      const departments = byRow.get(row) ?? [];
      const last = runs[runs.length - 1];
      if (last && last.end === row && last.departments.join('\n') === departments.join('\n')) last.end = row + 1;
      else runs.push({ start: row, end: row + 1, departments });
    }
    // Only the answer cells (ANSWER_FIELDS: 進捗状況 / 取組内容・成果, 達成状況 / 概要, the amount) are the
    // departments': 事業コード, 年度 and what the row is stay the office's, so a department cannot move a row out
    // of the round (or into another department's) by editing its identity. Contiguous answer columns make one block.
    const answerColumns = [...new Set(ANSWER_FIELDS[sheetKey].map((field) => layout.columns[field]).filter((c): c is number => c !== undefined))].sort(
      (a, b) => a - b,
    );
    const blocks: { start: number; end: number }[] = [];
    for (const column of answerColumns) {
      const last = blocks[blocks.length - 1];
      if (last && last.end === column) last.end = column + 1;
      else blocks.push({ start: column, end: column + 1 });
    }
    const answerRanges: GoogleAppsScript.Sheets.Schema.GridRange[] = [];
    for (const run of runs) {
      const emails = plan.departments.filter((d) => run.departments.includes(d.department)).flatMap((d) => d.emails);
      const users = [...new Set([...emails, owner])];
      for (const block of blocks) {
        const range = { sheetId: info.id, startRowIndex: run.start, endRowIndex: run.end, startColumnIndex: block.start, endColumnIndex: block.end };
        answerRanges.push(range);
        requests.push({ addProtectedRange: { protectedRange: { range, description: mark(run.departments.join('・')), editors: { users } } } });
      }
    }
    if (info.sheetProtected) notes.push(roundUiLabel('roundSheetProtectedAlready', lang, { sheet: info.title }));
    else
      requests.push({
        addProtectedRange: {
          protectedRange: {
            range: { sheetId: info.id },
            description: mark(roundUiLabel('roundOfficeOnly', lang)),
            editors: { users: [owner] },
            unprotectedRanges: answerRanges,
          },
        },
      });
    // One filter view per department: every other project's code and every other year hidden.
    const rows = input.sheets.find((s) => s.name === layout.name)?.rows ?? [];
    const width = Math.max(1, layout.header.length);
    const codeColumn = layout.columns.code;
    const yearColumn = sheetKey === 'targets' ? layout.columns.targetYear : layout.columns.year;
    for (const department of plan.departments) {
      const mine = department.rows.filter((row) => row.sheet === sheetKey);
      if (mine.length === 0) continue;
      // criteria (column index → hidden values): the typings this project builds with know criteria, not yet filterSpecs.
      const criteria: Record<string, GoogleAppsScript.Sheets.Schema.FilterCriteria> = {};
      for (const column of [codeColumn, yearColumn]) {
        if (column === undefined) continue;
        const kept = new Set(mine.map((row) => shown(rows[row.row]?.[column] ?? '')));
        const hidden = new Set<string>();
        for (let r = 1; r < rows.length; r++) {
          const text = shown(rows[r]?.[column] ?? '');
          if (text !== null && !kept.has(text)) hidden.add(text);
        }
        if (hidden.size > 0) criteria[String(column)] = { hiddenValues: [...hidden] };
      }
      const id = freeId();
      requests.push({
        addFilterView: {
          filter: {
            filterViewId: id,
            title: roundUiLabel('roundFilterTitle', lang, { fy, department: department.department }),
            range: { sheetId: info.id, startRowIndex: 0, endRowIndex: Math.max(rows.length, 1), startColumnIndex: 0, endColumnIndex: width },
            criteria,
          },
        },
      });
      filterViews.push({ department: department.department, sheet: sheetKey, sheetId: info.id, id });
    }
  }
  // The contract's other sheets: the office's alone while the round is open.
  // So is the round's hidden log: it is what makes each mail go once, and a department that could edit it
  // could have its reminders sent again, or never.
  for (const info of sheets) {
    const log = info.id === logSheetId;
    if (roundTitles.has(info.title) || (!log && contractSheetKey(info.title) === undefined)) continue;
    if (info.sheetProtected) {
      if (!log) notes.push(roundUiLabel('roundSheetProtectedAlready', lang, { sheet: info.title }));
      continue;
    }
    requests.push({
      addProtectedRange: {
        protectedRange: { range: { sheetId: info.id }, description: mark(roundUiLabel('roundOfficeOnly', lang)), editors: { users: [owner] } },
      },
    });
  }
  return { requests, filterViews };
}

function withLock<T>(lang: Lang, work: () => T, busy: (message: string) => T): T {
  const lock = LockService.getDocumentLock();
  if (lock && !lock.tryLock(10_000)) return busy(roundUiLabel('roundBusy', lang));
  try {
    return work();
  } finally {
    lock?.releaseLock();
  }
}

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
  if (dueAgainstYear(due, year) === 'beforeYear') {
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
        record.editTriggerId = installEditTrigger(spreadsheet);
        if (record.editTriggerId === null) notes.push(roundUiLabel('roundEditTraceOff', lang));
      }
      writeRound(spreadsheet, record);
      for (const project of plan.unrouted)
        notes.push(
          roundLabel('unroutedLine', lang, { code: project.code, name: project.name, departments: project.departments.join('、') || '—', n: project.cells }),
        );
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

type MailKind = 'request' | 'remind' | 'due' | 'late';

/**
 * Sends the round's mails of one kind, each department's at most once (the log says which were sent),
 * with the digest's quota handling: a department the day's quota cannot reach is logged 'quota' and
 * sent at the next run; a failure is logged with its reason.
 * https://developers.google.com/apps-script/guides/services/quotas#current_quotas
 */
function sendRoundMails(
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

// ---------------------------------------------------------------- the trigger

/**
 * The round's daily trigger. When this account already sends the digest here, its monthly trigger gives way
 * to ONE daily trigger at the digest's hour that serves both (an add-on may hold one time-driven trigger per
 * user per document: https://developers.google.com/workspace/add-ons/concepts/editor-triggers); otherwise a
 * daily trigger at 08:00. Returns the trigger's id and hour, or null when ScriptApp refused (the opening says so).
 */
function installTrigger(spreadsheet: Spreadsheet): { uid: string; hour: number } | null {
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
function releaseTrigger(spreadsheet: Spreadsheet, record: RoundRecord): void {
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

/**
 * The round's log, then the workbook now, and the plan fixed at the opening. The log first: every value it holds
 * was read from the workbook before this reading reads it, so a reading running beside an edit's never logs an
 * older value after a newer one (which would show an answer written over that was not).
 */
function readNow(spreadsheet: Spreadsheet, record: RoundRecord) {
  const log = existingLogSheet(spreadsheet);
  const rows = log ? logRows(log) : [];
  const input = readDocument(spreadsheet.getId(), { baselines: false }).input;
  const data = readWorkbook(input);
  const plan = fixedRoundPlan(input, data, roundRequests(input, { year: record.year, due: record.due }, data), askedOf(rows, record));
  return { input, data, log, rows, plan };
}

/**
 * Read by the office (the log is the office's alone): logs each value of a shared row's answer cell that changed
 * since the log last saw it (roundTrace.ts; `edit`: the cells of the edit that called, written now by its editor).
 * Returns every answer written over so far (read by anyone: the log is readable).
 */
function traced(record: RoundRecord, now: ReturnType<typeof readNow>, at: Date, edit?: EditedRange): AnswerChange[] {
  let entries = answerEntries(now.rows, record.token);
  if (now.log && record.owner === currentAccount())
    entries = [
      ...entries,
      ...traceAnswers(now.log, record.token, sharedAnswerCells(now.plan, now.input, now.data), entries, at, record.measuredAt ?? record.openedAt, { edit }),
    ];
  return answerChanges(entries);
}

/** The round as it stands now, its progress recorded (last change, first seen complete), and the answers written over (traced). */
function measure(
  spreadsheet: Spreadsheet,
  record: RoundRecord,
  now: Date,
): { input: WorkbookInput; plan: RoundPlan; completion: RoundCompletion; changes: AnswerChange[] } {
  const read = readNow(spreadsheet, record);
  const { input, data, plan } = read;
  const completion = roundCompletion(input, plan, data);
  const changes = traced(record, read, now);
  // A change is seen only by a reading: it happened after the reading before (kept as `after`), so the
  // sidebar can say "between … and …" rather than pass the time it looked for the time of the edit.
  const before = record.measuredAt ?? record.openedAt;
  for (const d of completion.departments) {
    const seen = record.progress[d.department] ?? { initial: d.filled, filled: d.filled, at: null, completedAt: null };
    const next = { ...seen };
    if (d.filled !== seen.filled) {
      next.filled = d.filled;
      next.at = now.toISOString();
      next.after = before;
    }
    if (d.complete && !seen.completedAt) next.completedAt = now.toISOString();
    record.progress[d.department] = next;
  }
  record.measuredAt = now.toISOString();
  writeRound(spreadsheet, record);
  return { input, plan, completion, changes };
}

/**
 * The round's edit trigger (installable, the office's: it runs as the office whoever edits, so it may write the
 * office's log): an edit of a round sheet traces the shared rows' answers (roundTrace.ts), the cells edited with
 * when and, when Google says, who. A trigger this round does not name removes itself. Another run holding the
 * lock: nothing now, and the next reading logs the change, between two readings.
 */
function roundEdited(event: RoundEditEvent): void {
  const spreadsheet = event.source ?? SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet) return;
  const record = readRound(spreadsheet);
  const uid = event.triggerUid;
  if (!record || record.owner !== currentAccount() || !uid || record.editTriggerId !== uid) {
    deleteEditTrigger(uid);
    return;
  }
  const range = event.range;
  const sheetName = range.getSheet().getName();
  const key = contractSheetKey(sheetName);
  if (key === undefined || !(ROUND_SHEETS as readonly string[]).includes(key)) return;
  let by = '';
  try {
    by = event.user?.getEmail() || Session.getActiveUser().getEmail() || '';
  } catch (_error) {
    by = '';
  }
  const lock = LockService.getUserLock();
  if (!lock.tryLock(10_000)) return void console.warn('Shinchoku round: another run held the lock; this edit is logged by the next reading');
  try {
    // Only the trace: the round's progress stays the readings' (the sidebar's "between two readings").
    traced(record, readNow(spreadsheet, record), new Date(), {
      sheetName,
      row: range.getRow() - 1,
      numRows: range.getNumRows(),
      column: range.getColumn() - 1,
      numColumns: range.getNumColumns(),
      by,
    });
  } catch (error) {
    console.warn(`Shinchoku round: the edit could not be logged (${errorText(error).slice(0, 200)})`);
  } finally {
    lock.releaseLock();
  }
}

interface RoundEditEvent {
  triggerUid?: string;
  range: GoogleAppsScript.Spreadsheet.Range;
  source?: Spreadsheet;
  user?: GoogleAppsScript.Base.User;
}

/**
 * The round's edit trigger, made at the opening when the round has rows of two or more departments (the office's
 * one edit trigger in this document: an add-on may hold one trigger of each type per user per document,
 * https://developers.google.com/workspace/add-ons/concepts/editor-triggers; one left by an earlier round is
 * reused). Its id, or null when ScriptApp refused (the opening says so: changes are then logged by readings only).
 */
function installEditTrigger(spreadsheet: Spreadsheet): string | null {
  try {
    const existing = ScriptApp.getUserTriggers(spreadsheet).find(
      (t) => t.getHandlerFunction() === ROUND_HANDLER && t.getEventType() === ScriptApp.EventType.ON_EDIT,
    );
    if (existing) return existing.getUniqueId();
    return ScriptApp.newTrigger(ROUND_HANDLER).forSpreadsheet(spreadsheet).onEdit().create().getUniqueId();
  } catch (error) {
    console.warn(`Shinchoku round: the edit trigger could not be created (${errorText(error).slice(0, 200)})`);
    return null;
  }
}

function deleteEditTrigger(uid: string | null | undefined): void {
  const trigger = ownTrigger(uid);
  if (trigger) ScriptApp.deleteTrigger(trigger);
}

/** The daily time-driven run: the reminders due today, each once; a trigger the round no longer names removes itself. */
export function roundTrigger(event?: { triggerUid?: string } | RoundEditEvent): void {
  const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  if (info.getAuthorizationStatus() === ScriptApp.AuthorizationStatus.REQUIRED) {
    console.warn('Shinchoku round: authorization required; nothing sent');
    return;
  }
  // The same handler serves the round's edit trigger (an edit event has its range): one entry point for both.
  if (event && 'range' in event && event.range) {
    roundEdited(event);
    return;
  }
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
    const lock = LockService.getUserLock();
    if (lock.tryLock(30_000)) {
      try {
        const { input, plan, completion } = measure(spreadsheet, record, now);
        // A request the day's quota held back at opening goes now; then the reminder due today, if any.
        const requests = sendRoundMails(spreadsheet, record, 'request', input, plan, completion, now);
        const reminders = kind ? sendRoundMails(spreadsheet, record, kind, input, plan, completion, now) : { sent: 0 };
        console.info(`Shinchoku round ${record.year}: requests sent ${requests.sent}, ${kind ?? 'no'} reminders sent ${reminders.sent}`);
      } catch (error) {
        console.warn(`Shinchoku round: the mails could not be sent (${errorText(error).slice(0, 200)})`);
      } finally {
        lock.releaseLock();
      }
    } else console.warn('Shinchoku round: another run held the lock; no reminder sent today');
  }
  // After the round's lock is released: the digest takes its own locks (the user lock again).
  if (forDigest && digestDueOnDailyRun(spreadsheet, uid, now)) {
    const outcome = runDigest(spreadsheet, { force: false, now });
    console.info(`Shinchoku digest (shared daily trigger): ${outcome.message}`);
  }
}

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
  const record = readRound(spreadsheet);
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
  if (!record) return empty;
  let completion: RoundCompletion;
  let plan: RoundPlan;
  let changes: AnswerChange[];
  const now = new Date();
  try {
    ({ completion, plan, changes } = measure(spreadsheet, record, now));
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
  // "0 / 7 セル" beside departments of 5 and 4 (r27 #9): a shared project's cells are counted once, and said so.
  const sum = completion.departments.reduce((n, d) => n + d.requested, 0);
  const shared = sum === t.requested ? '' : ` ${roundLabel('statusTotalShared', lang, { sum })}`;
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
function goneLines(completion: RoundCompletion, plan: RoundPlan, lang: Lang): string[] {
  return completion.departments.flatMap((d) =>
    d.rowsGone.map((row) =>
      roundUiLabel('roundRowGoneLine', lang, { department: d.department, sheet: plan.layouts[row.sheet]?.name ?? row.sheet, code: row.code, what: row.what }),
    ),
  );
}

// ---------------------------------------------------------------- closing

function text(value: string): GridCell {
  return { value, format: '@', bold: false, italic: false, fill: null, text: true };
}
function number(value: number): GridCell {
  return { value, format: 'General', bold: false, italic: false, fill: null, text: false };
}

function resultGrid(record: RoundRecord, completion: RoundCompletion, plan: RoundPlan, changes: AnswerChange[], closedAt: Date, lang: Lang): Grid {
  const header = roundUiLabel('roundResultHeader', lang).split('|');
  const rows: GridCell[][] = [
    [
      text(roundUiLabel('roundResultTitle', lang, { fy: fiscalYearLabel(record.year, lang), due: record.due, closed: `${jstStamp(closedAt)} JST` })),
      ...header.slice(1).map(() => text('')),
    ],
    header.map((h) => ({ ...text(h), bold: true, fill: '#dde7f0' })),
  ];
  for (const d of completion.departments) {
    const at = record.progress[d.department]?.completedAt;
    const state = d.complete ? 'statusComplete' : d.filled === (record.progress[d.department]?.initial ?? 0) ? 'statusNotStarted' : 'statusIncomplete';
    rows.push([
      text(d.department),
      number(d.requested),
      number(d.filled),
      number(d.errors),
      text(at ? `${jstStamp(new Date(at))} JST` : ''),
      text(d.rowsGone.length > 0 ? roundUiLabel('roundStateRowsGone', lang, { n: d.rowsGone.length }) : roundLabel(state, lang)),
    ]);
  }
  const gone = goneLines(completion, plan, lang);
  if (gone.length > 0) {
    const blank = () => header.map(() => text(''));
    rows.push(blank());
    rows.push([{ ...text(roundUiLabel('roundRowsGoneHeading', lang)), bold: true }, ...header.slice(1).map(() => text(''))]);
    for (const line of gone) rows.push([text(line), ...header.slice(1).map(() => text(''))]);
  }
  // Answers written over in rows of two or more departments (r27g F8): the trace outlives the round.
  if (changes.length > 0) {
    rows.push(header.map(() => text('')));
    rows.push([{ ...text(roundUiLabel('roundAnswerChangedHeading', lang)), bold: true }, ...header.slice(1).map(() => text(''))]);
    for (const line of changeLines(changes, lang)) rows.push([text(line), ...header.slice(1).map(() => text(''))]);
  }
  return { rows, width: header.length, charts: [], columnWidths: [24, 8, 8, 8, 20, 10] };
}

/** 照会を締め切る: removes the round's protections and filter views, writes 照会結果 (one batchUpdate), freezes a baseline. */
export function closeRound(): RoundOutcome {
  const lang = userLang();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const outcome = withLock<RoundOutcome | { record: RoundRecord; removed: [number, number]; sheet: string; notes: string[] }>(
    lang,
    () => {
      const record = readRound(spreadsheet);
      if (!record) return { ok: false, message: roundUiLabel('roundNoneOpen', lang), notes: [] };
      if (record.owner !== currentAccount()) return { ok: false, message: roundUiLabel('roundCloseNotOwner', lang, { owner: record.owner }), notes: [] };
      try {
        const now = new Date();
        const { completion, plan, changes } = measure(spreadsheet, record, now);
        const doc = readDocument(spreadsheet.getId(), { baselines: false, input: false });
        const sheets = sheetInfo(spreadsheet.getId());
        const requests: Request[] = [];
        const ours = new Set(record.protectedRangeIds);
        let protections = 0;
        for (const sheet of sheets)
          for (const p of sheet.protections)
            if (ours.has(p.id) || p.description.includes(`[${record.token}]`)) {
              requests.push({ deleteProtectedRange: { protectedRangeId: p.id } });
              protections += 1;
            }
        const present = new Set(sheets.flatMap((s) => s.filterViewIds));
        const views = record.filterViews.filter((v) => present.has(v.id));
        for (const view of views) requests.push({ deleteFilterView: { filterId: view.id } });
        const grid = resultGrid(record, completion, plan, changes, now, record.lang);
        // One 照会結果 sheet a year: an earlier year's is kept (claimSheet reuses only this year's, found by its title).
        const title = roundUiLabel('roundResultSheet', record.lang, { fy: fiscalYearLabel(record.year, record.lang) });
        doc.sheets = doc.sheets.map((sheet) => (sheet.generated === 'roundResult' && sheet.title !== title ? { ...sheet, generated: null } : sheet));
        const target = claimSheet(doc, 'roundResult', title, grid, requests);
        gridRequests(target.sheetId, grid, requests);
        applyRequests(spreadsheet.getId(), requests);
        releaseTrigger(spreadsheet, record);
        deleteEditTrigger(record.editTriggerId);
        removeRound(spreadsheet);
        return { record, removed: [protections, views.length] as [number, number], sheet: target.title, notes: [] };
      } catch (error) {
        if (error instanceof SheetsApiFailure) return { ok: false, message: error.message, notes: [] };
        throw error;
      }
    },
    (message) => ({ ok: false, message, notes: [] }),
  );
  if ('ok' in outcome) return outcome;
  // The baseline after the lock is released: freezeBaseline takes the document lock itself.
  const day = jstDate(new Date());
  const frozen = freezeBaseline(day);
  const notes = frozen.ok ? [] : [frozen.message];
  return {
    ok: true,
    message: roundUiLabel('roundClosed', lang, {
      fy: fiscalYearLabel(outcome.record.year, lang),
      p: outcome.removed[0],
      f: outcome.removed[1],
      date: day,
      sheet: outcome.sheet,
    }),
    notes,
  };
}

// ---------------------------------------------------------------- entry points

/** The sidebar's 照会 tab: the round's state, each department's completion. */
export function roundState(): RoundStateView {
  return roundStateView();
}

export function roundOpen(year: string, due: string): RoundOutcome {
  return openRound(String(year ?? ''), String(due ?? ''));
}

export function roundClose(): RoundOutcome {
  return closeRound();
}

function show(outcome: RoundOutcome, title: string): void {
  const textOut = [outcome.message, ...outcome.notes].join('\n');
  if (outcome.ok && outcome.notes.length === 0) SpreadsheetApp.getActiveSpreadsheet().toast(textOut, title, 10);
  else SpreadsheetApp.getUi().alert(textOut);
}

/** 照会を開始: asks the year and the deadline, then opens the round. */
export function menuRoundOpen(): void {
  const lang = userLang();
  const ui = SpreadsheetApp.getUi();
  const title = roundUiLabel('menuRoundOpen', lang);
  const year = ui.prompt(title, roundUiLabel('roundAskYear', lang), ui.ButtonSet.OK_CANCEL);
  if (year.getSelectedButton() !== ui.Button.OK) return;
  const due = ui.prompt(title, roundUiLabel('roundAskDue', lang), ui.ButtonSet.OK_CANCEL);
  if (due.getSelectedButton() !== ui.Button.OK) return;
  show(openRound(year.getResponseText(), due.getResponseText()), title);
}

/** 照会の状況: the round's progress and each department's completion, in a dialog. */
export function menuRoundStatus(): void {
  const lang = userLang();
  const view = roundStateView();
  if (!view.open) return void SpreadsheetApp.getUi().alert(view.message);
  const lines = view.departments.map((d) => `${d.department}: ${d.filled} / ${d.requested}${d.errors > 0 ? ` (${d.errors})` : ''}`);
  const notStarted = view.notStarted.length > 0 ? [`${roundUiLabel('roundNotStartedHeading', lang)}: ${view.notStarted.join('、')}`] : [];
  const gone = view.rowsGone.length > 0 ? ['', roundUiLabel('roundRowsGoneHeading', lang), ...view.rowsGone] : [];
  const changed = view.changes.length > 0 ? ['', roundUiLabel('roundAnswerChangedHeading', lang), ...view.changes] : [];
  SpreadsheetApp.getUi().alert([view.line, view.asOf, view.progress, '', ...lines, ...notStarted, ...gone, ...changed].join('\n'));
}

export function menuRoundClose(): void {
  show(closeRound(), roundUiLabel('menuRoundClose', userLang()));
}
