/**
 * The monthly digest in Sheets: settings (document properties), the one
 * monthly trigger, and the send itself — exactly once a month per recipient,
 * recorded in a hidden log sheet, with the statuses kept in a hidden snapshot
 * sheet (document properties hold only 9 KB a value).
 */
import type { CellValue } from '../core/base/cells';
import { checkAddressList } from '../core/base/email';
import { jstDate } from '../core/base/jst';
import { runPipeline } from '../core/compute/pipeline';
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
} from '../core/present/digest';
import { type LabelKey, type Lang, label } from '../core/words/messages';
import { fiscalYearLabel } from '../core/words/yearLabels';
import { userLang } from './lang';
import { readWorkbookInput, SheetsApiFailure } from './sheetsApi';
import { findGeneratedSheets, GENERATED_KEY, type GeneratedSheet, generatedSheet } from './spreadsheet';
import { createDailyTrigger, DIGEST_HANDLER, deleteDailyTrigger, ownRoundTrigger, ownTrigger, writeRound } from './timedTrigger';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const SETTINGS_KEY = 'shinchoku.digest';
const STATUS_KEY = 'shinchoku.digest.status';
/** User properties: trigger id → spreadsheet id, for runs where getActiveSpreadsheet() is null. */
const TRIGGER_MAP_KEY = 'shinchoku.digest.triggers';

export { DIGEST_HANDLER };

/** The log's detail for a message too large to send whatever is cut. */
const TOO_LARGE = 'too large';
const LOG_HEADER = ['month', 'message', 'recipients', 'time', 'outcome', 'detail'];

export interface DigestSettings {
  enabled: boolean;
  day: number;
  hour: number;
  recipients: string[];
  lang: Lang;
  /** The one trigger that sends, and the account that owns it (triggers run as their creator). */
  triggerId: string | null;
  owner: string | null;
  spreadsheetId: string | null;
}

export interface DigestStatus {
  at: string;
  month: string;
  sent: number;
  skipped: number;
  failed: number;
  quota: number;
  message: string;
  /** 'ok', 'partial', 'authorization' or 'error'. */
  outcome: string;
}

function defaults(): DigestSettings {
  return { enabled: false, day: 1, hour: 8, recipients: [], lang: userLang(), triggerId: null, owner: null, spreadsheetId: null };
}

/**
 * The digest's settings and last status live in the spreadsheet's own developer
 * metadata, not in document properties: a time-driven run may have no document
 * context, where getDocumentProperties() is null, but it can always open the
 * spreadsheet by id and read them there. They are DOCUMENT-visible: PROJECT
 * metadata "is only visible to and accessible by the developer project that
 * created the metadata", so linking the script to another Cloud project (as
 * publishing does) would hide them and every trigger would stop itself.
 * https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-visibility
 */
function metadataOf(spreadsheet: Spreadsheet, key: string): GoogleAppsScript.Spreadsheet.DeveloperMetadata | null {
  const all = spreadsheet.getDeveloperMetadata().filter((m) => m.getKey() === key);
  // A DOCUMENT copy wins over one left PROJECT-visible by an earlier version.
  return all.find((m) => m.getVisibility() === SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT) ?? all[0] ?? null;
}

/**
 * Settings and status saved the old way (PROJECT visibility), still readable by
 * this project, are rewritten DOCUMENT-visible, so the published add-on (or a
 * script linked to another Cloud project) can read them.
 */
function migrateProjectMetadata(spreadsheet: Spreadsheet): void {
  const PROJECT = SpreadsheetApp.DeveloperMetadataVisibility.PROJECT;
  for (const key of [SETTINGS_KEY, STATUS_KEY]) {
    const all = spreadsheet.getDeveloperMetadata().filter((m) => m.getKey() === key);
    const old = all.filter((m) => m.getVisibility() === PROJECT);
    if (old.length === 0) continue;
    const current = all.find((m) => m.getVisibility() !== PROJECT);
    if (!current) spreadsheet.addDeveloperMetadata(key, old[0].getValue() ?? '', SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
    for (const m of old) m.remove();
  }
}

function readJson<T>(spreadsheet: Spreadsheet, key: string): T | null {
  const raw = metadataOf(spreadsheet, key)?.getValue() ?? documentProperty(key);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as T;
  } catch (_error) {
    return null;
  }
}

/** Settings saved by an earlier version in document properties, where they are reachable. */
function documentProperty(key: string): string | null {
  return PropertiesService.getDocumentProperties()?.getProperty(key) ?? null;
}

function writeJson(spreadsheet: Spreadsheet, key: string, value: unknown): void {
  const text = JSON.stringify(value);
  const existing = metadataOf(spreadsheet, key);
  if (existing && existing.getVisibility() === SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT) existing.setValue(text);
  else {
    existing?.remove();
    spreadsheet.addDeveloperMetadata(key, text, SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
  }
}

/** Whether settings were ever saved in this spreadsheet (as this project can see them). */
function settingsFound(spreadsheet: Spreadsheet): boolean {
  return metadataOf(spreadsheet, SETTINGS_KEY) !== null || documentProperty(SETTINGS_KEY) !== null;
}

export function readDigestSettings(spreadsheet: Spreadsheet): DigestSettings {
  return savedDigestSettings(spreadsheet) ?? defaults();
}

/**
 * The settings as saved, or null when none were saved or what is kept cannot be read as settings
 * (text cut short, another shape): a trigger then stops and says to save again, never reads
 * a recipient list out of a string or sends with a day it was not given.
 */
function savedDigestSettings(spreadsheet: Spreadsheet): DigestSettings | null {
  const saved = readJson<unknown>(spreadsheet, SETTINGS_KEY);
  if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) return null;
  const s = { ...defaults(), ...(saved as Partial<DigestSettings>) };
  const nullableText = (v: unknown) => v === null || typeof v === 'string';
  const valid =
    typeof s.enabled === 'boolean' &&
    Number.isInteger(s.day) &&
    s.day >= 1 &&
    s.day <= 28 &&
    Number.isInteger(s.hour) &&
    s.hour >= 0 &&
    s.hour <= 23 &&
    Array.isArray(s.recipients) &&
    s.recipients.every((r) => typeof r === 'string') &&
    (s.lang === 'ja' || s.lang === 'en') &&
    nullableText(s.triggerId) &&
    nullableText(s.owner) &&
    nullableText(s.spreadsheetId);
  return valid ? s : null;
}

function readStatus(spreadsheet: Spreadsheet): DigestStatus | null {
  return readJson<DigestStatus>(spreadsheet, STATUS_KEY);
}

/** Who runs this code: the account a trigger belongs to, or the person at the sidebar. */
function currentAccount(): string {
  return Session.getEffectiveUser().getEmail();
}

/**
 * The narrowest locks that serialise this document's digest: the user lock
 * always, and the document lock where there is one. A time-driven run may have
 * no document context — getDocumentLock() is then null, and no call reaches the
 * document lock of a spreadsheet opened by id — so the trigger holds the user
 * lock: its owner is the one sender the settings name, and the user lock keeps
 * that account's runs apart (its trigger and its own 今すぐ送信) without
 * touching any other account. In the sidebar the document lock also keeps two
 * editors of this document apart. The script lock is never taken: in a
 * published add-on it is one lock for every installation in every
 * municipality, all firing on the same morning.
 * https://developers.google.com/apps-script/reference/lock/lock-service
 * Returns the release, or null when a lock stays busy for the time given.
 */
function acquireDigestLocks(timeoutMs: number): (() => void) | null {
  const locks = [LockService.getDocumentLock(), LockService.getUserLock()].filter((lock) => lock !== null);
  const held: GoogleAppsScript.Lock.Lock[] = [];
  const release = () => {
    for (const lock of held.reverse()) lock.releaseLock();
  };
  for (const lock of locks) {
    if (!lock.tryLock(timeoutMs)) {
      release();
      return null;
    }
    held.push(lock);
  }
  return release;
}

function readTriggerMap(): Record<string, string> {
  const raw = PropertiesService.getUserProperties().getProperty(TRIGGER_MAP_KEY);
  if (!raw) return {};
  try {
    const parsed = JSON.parse(raw) as unknown;
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, string>) : {};
  } catch (_error) {
    // A record no longer readable: the triggers it named count as orphans and are replaced at the next save.
    return {};
  }
}

function writeTriggerMap(map: Record<string, string>): void {
  PropertiesService.getUserProperties().setProperty(TRIGGER_MAP_KEY, JSON.stringify(map));
}

/**
 * This account's digest triggers for this spreadsheet. A clock trigger has no
 * source document, so getUserTriggers(spreadsheet) does not list it; the
 * project's triggers of the current user (in every document) are matched to
 * this spreadsheet by the records kept when each was made: the id in the
 * settings and the trigger → spreadsheet map in user properties. A digest
 * trigger in neither record (an orphan, which could not find its spreadsheet
 * anyway) is counted too, so it is cleaned up.
 * https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()
 * https://developers.google.com/apps-script/reference/script/trigger#getTriggerSourceId()
 */
function digestTriggersHere(spreadsheet: Spreadsheet, previous: DigestSettings, map: Record<string, string>): GoogleAppsScript.Script.Trigger[] {
  const id = spreadsheet.getId();
  return ScriptApp.getProjectTriggers().filter((t) => {
    if (t.getHandlerFunction() !== DIGEST_HANDLER) return false;
    const uid = t.getUniqueId();
    return uid === previous.triggerId || map[uid] === id || !(uid in map);
  });
}

type TriggerSync = { ok: true; settings: DigestSettings } | { ok: false; settings: DigestSettings; message: string };

/**
 * One monthly trigger, the current account's: its existing digest triggers for
 * this spreadsheet are removed before a new one is made, so saving twice never
 * leaves two (and add-ons may hold one time-driven trigger per user per
 * document). Another editor's trigger cannot be seen or removed from here; it
 * stops itself at its next run, since the settings no longer name it. When the
 * trigger cannot be made, the digest is saved off and the reason said.
 */
function syncTrigger(spreadsheet: Spreadsheet, settings: DigestSettings, previous: DigestSettings, lang: Lang): TriggerSync {
  const me = currentAccount();
  const map = readTriggerMap();
  const existing = digestTriggersHere(spreadsheet, previous, map);
  const round = ownRoundTrigger(spreadsheet, me);
  if (round) return shareRoundTrigger(spreadsheet, settings, existing, map, round, me, lang);
  const unchanged = settings.enabled && previous.enabled && previous.owner === me && previous.day === settings.day && previous.hour === settings.hour;
  if (unchanged && existing.length === 1 && existing[0].getUniqueId() === previous.triggerId)
    return { ok: true, settings: { ...settings, triggerId: previous.triggerId, owner: me } };
  for (const trigger of existing) {
    delete map[trigger.getUniqueId()];
    ScriptApp.deleteTrigger(trigger);
  }
  let triggerId: string | null = null;
  let failure: string | null = null;
  if (settings.enabled) {
    try {
      const trigger = ScriptApp.newTrigger(DIGEST_HANDLER).timeBased().onMonthDay(settings.day).atHour(settings.hour).inTimezone('Asia/Tokyo').create();
      triggerId = trigger.getUniqueId();
      map[triggerId] = spreadsheet.getId();
    } catch (error) {
      const reason = errorText(error);
      console.warn(`Shinchoku digest: the trigger could not be created (${reason.slice(0, 200)})`);
      failure = /too many/i.test(reason) ? label('digestTriggerTooMany', lang) : label('digestTriggerFailed', lang);
    }
  }
  writeTriggerMap(map);
  if (failure !== null) return { ok: false, settings: { ...settings, enabled: false, triggerId: null, owner: null }, message: failure };
  return { ok: true, settings: { ...settings, triggerId, owner: settings.enabled ? me : null } };
}

/**
 * A round of this account is open here and holds the account's one timed trigger in this document (a
 * second would be refused): the digest is sent by that daily trigger on its day. Its own monthly triggers
 * here are removed; a new hour makes the daily trigger again at that hour, and the round's record follows.
 */
function shareRoundTrigger(
  spreadsheet: Spreadsheet,
  settings: DigestSettings,
  existing: GoogleAppsScript.Script.Trigger[],
  map: Record<string, string>,
  round: NonNullable<ReturnType<typeof ownRoundTrigger>>,
  me: string,
  lang: Lang,
): TriggerSync {
  for (const trigger of existing) {
    delete map[trigger.getUniqueId()];
    ScriptApp.deleteTrigger(trigger);
  }
  writeTriggerMap(map);
  if (!settings.enabled) return { ok: true, settings: { ...settings, triggerId: null, owner: null } };
  if (round.hour === settings.hour) return { ok: true, settings: { ...settings, triggerId: round.uid, owner: me } };
  deleteDailyTrigger(round.uid);
  let uid: string | null = null;
  try {
    uid = createDailyTrigger(spreadsheet.getId(), settings.hour);
  } catch (error) {
    console.warn(`Shinchoku digest: the shared daily trigger could not be made again (${errorText(error).slice(0, 200)})`);
    try {
      // The round keeps its reminders at the hour it had; the digest is saved off and says why.
      round.record.triggerId = createDailyTrigger(spreadsheet.getId(), round.hour);
    } catch (_again) {
      round.record.triggerId = null;
    }
    writeRound(spreadsheet, round.record);
    return { ok: false, settings: { ...settings, enabled: false, triggerId: null, owner: null }, message: label('digestTriggerFailed', lang) };
  }
  round.record.triggerId = uid;
  round.record.triggerHour = settings.hour;
  writeRound(spreadsheet, round.record);
  return { ok: true, settings: { ...settings, triggerId: uid, owner: me } };
}

/** The digest as a shared daily trigger needs it: on, sent by this account; its day, hour and trigger. Null otherwise. */
export function digestScheduleOf(spreadsheet: Spreadsheet): { day: number; hour: number; triggerId: string | null } | null {
  const saved = savedDigestSettings(spreadsheet);
  if (!saved?.enabled || saved.owner !== currentAccount()) return null;
  return { day: saved.day, hour: saved.hour, triggerId: saved.triggerId };
}

/** Points the digest's settings at another trigger of this account (the shared daily one), forgetting its monthly one. */
export function setDigestTrigger(spreadsheet: Spreadsheet, triggerId: string | null): void {
  const settings = readDigestSettings(spreadsheet);
  const map = readTriggerMap();
  if (settings.triggerId) delete map[settings.triggerId];
  writeTriggerMap(map);
  writeJson(spreadsheet, SETTINGS_KEY, { ...settings, triggerId });
}

/** Deletes the digest's own monthly trigger (handler digestTrigger) its settings name, to make room for a shared one. */
export function deleteDigestMonthlyTrigger(spreadsheet: Spreadsheet): void {
  const settings = readDigestSettings(spreadsheet);
  const trigger = ownTrigger(settings.triggerId);
  if (trigger && trigger.getHandlerFunction() === DIGEST_HANDLER) {
    const map = readTriggerMap();
    delete map[trigger.getUniqueId()];
    ScriptApp.deleteTrigger(trigger);
    writeTriggerMap(map);
  }
}

/** The digest's own monthly trigger made again (the round it shared with closed): its id, or null when ScriptApp refused. */
export function createDigestMonthlyTrigger(spreadsheet: Spreadsheet): string | null {
  const settings = readDigestSettings(spreadsheet);
  try {
    const trigger = ScriptApp.newTrigger(DIGEST_HANDLER).timeBased().onMonthDay(settings.day).atHour(settings.hour).inTimezone('Asia/Tokyo').create();
    const map = readTriggerMap();
    map[trigger.getUniqueId()] = spreadsheet.getId();
    writeTriggerMap(map);
    writeJson(spreadsheet, SETTINGS_KEY, { ...settings, triggerId: trigger.getUniqueId() });
    return trigger.getUniqueId();
  } catch (error) {
    console.warn(`Shinchoku digest: the monthly trigger could not be made again (${errorText(error).slice(0, 200)})`);
    return null;
  }
}

/** Whether the shared daily trigger `uid` is the digest's (its settings name it, this account sends it). */
export function digestNamesTrigger(spreadsheet: Spreadsheet, uid: string | undefined): boolean {
  const schedule = digestScheduleOf(spreadsheet);
  return uid !== undefined && schedule !== null && schedule.triggerId === uid;
}

/** The digest's day of the month (JST) has come for the shared daily trigger `uid`. */
export function digestDueOnDailyRun(spreadsheet: Spreadsheet, uid: string | undefined, now: Date): boolean {
  const schedule = digestScheduleOf(spreadsheet);
  return digestNamesTrigger(spreadsheet, uid) && schedule !== null && Number(jstDate(now).slice(8, 10)) === schedule.day;
}

function errorText(error: unknown): string {
  return typeof error === 'object' && error !== null && 'message' in error ? String((error as { message: unknown }).message) : String(error);
}

export interface DigestSaveInput {
  enabled: boolean;
  day: number | string;
  hour: number | string;
  recipients: string;
}

export interface DigestSaveOutcome {
  ok: boolean;
  errors: string[];
  message: string;
}

export function saveDigestSettings(input: DigestSaveInput): DigestSaveOutcome {
  const lang = userLang();
  const errors: string[] = [];
  const day = Number(input.day);
  const hour = Number(input.hour);
  if (!Number.isInteger(day) || day < 1 || day > 28) errors.push(label('digestDayInvalid', lang));
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) errors.push(label('digestHourInvalid', lang));
  const addresses = checkAddressList(String(input.recipients ?? ''), lang);
  for (const bad of addresses.invalid) errors.push(label('digestAddressInvalid', lang, { address: bad.address, reason: bad.reason }));
  if (input.enabled && addresses.valid.length === 0 && addresses.invalid.length === 0) errors.push(label('digestNoRecipients', lang));
  if (errors.length > 0) return { ok: false, errors, message: errors.join('\n') };
  const release = acquireDigestLocks(10_000);
  if (!release) return { ok: false, errors: [label('digestSaveBusy', lang)], message: label('digestSaveBusy', lang) };
  try {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    migrateProjectMetadata(spreadsheet);
    const previous = readDigestSettings(spreadsheet);
    const next: DigestSettings = {
      ...previous,
      enabled: Boolean(input.enabled),
      day,
      hour,
      recipients: addresses.valid,
      lang,
      spreadsheetId: spreadsheet.getId(),
    };
    const sync = syncTrigger(spreadsheet, next, previous, lang);
    const saved = sync.settings;
    writeJson(spreadsheet, SETTINGS_KEY, saved);
    // This account reaches this workbook now: what its triggers recorded about failing to open it is over.
    clearTriggerProblems([spreadsheet.getId()]);
    if (!sync.ok) return { ok: false, errors: [sync.message], message: sync.message };
    // Taking over from another editor: their trigger stops itself at its next run.
    const tookOver = previous.enabled && previous.owner !== null && previous.owner !== saved.owner;
    const message = tookOver
      ? `${label('digestSaved', lang)}${label('sentenceBreak', lang)}${label('digestTakenOver', lang, { owner: previous.owner ?? '' })}`
      : label('digestSaved', lang);
    return { ok: true, errors: [], message };
  } finally {
    release();
  }
}

/** A hidden sheet of ours (log or snapshot), created with its header when missing. */
function hiddenSheet(spreadsheet: Spreadsheet, kind: 'digestLog' | 'digestSnapshot', header: string[], generated: GeneratedSheet[]): Sheet {
  const found = generatedSheet(generated, kind);
  if (found) return found;
  const base = kind === 'digestLog' ? '_shinchoku_digest_log' : '_shinchoku_snapshot';
  let name = base;
  for (let n = 2; spreadsheet.getSheetByName(name); n++) name = `${base}_${n}`;
  const sheet = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
  sheet.addDeveloperMetadata(GENERATED_KEY, kind, SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
  writeText(sheet.getRange(1, 1, 1, header.length), [header]);
  sheet.hideSheet();
  return sheet;
}

/**
 * Writes our own strings as plain text. setValues reads strings as if typed
 * (USER_ENTERED), so '2024-03' or '0701-01' would come back as dates: the
 * range is formatted @ (plain text) first.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues
 */
function writeText(range: GoogleAppsScript.Spreadsheet.Range, rows: CellValue[][]): void {
  range.setNumberFormat('@').setValues(rows);
}

/**
 * A range of our hidden sheet, the grid grown first when the rows pass its end:
 * a range outside the sheet's dimensions is refused, and a new sheet has 1,000 rows
 * (a plan with many activities has a longer snapshot).
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowsAfter(Integer,Integer)
 */
function rowsOf(sheet: Sheet, row: number, numRows: number, numColumns: number): GoogleAppsScript.Spreadsheet.Range {
  const last = row + numRows - 1;
  const max = sheet.getMaxRows();
  if (last > max) sheet.insertRowsAfter(max, last - max);
  return sheet.getRange(row, 1, numRows, numColumns);
}

function dataRows(sheet: Sheet): CellValue[][] {
  return (sheet.getDataRange().getValues() as CellValue[][]).slice(1);
}

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

/** Records in the log sheet a trigger run that sent nothing, and why (no addresses, no workbook text). */
function logTriggerEvent(spreadsheet: Spreadsheet, now: Date, outcome: string, detail: string): void {
  const log = hiddenSheet(spreadsheet, 'digestLog', LOG_HEADER, findGeneratedSheets(spreadsheet));
  writeText(rowsOf(log, log.getLastRow() + 1, 1, LOG_HEADER.length), [[monthKey(monthOf(now)), 'trigger', '', now.toISOString(), outcome, detail]]);
}

/**
 * Problems of trigger runs that could not reach a workbook, kept in user properties (the one place
 * such a run can write) by workbook id, so that one workbook's run neither hides nor clears another's:
 * user properties are shared by every document the account uses the add-on in.
 * https://developers.google.com/apps-script/reference/properties/properties-service#getUserProperties()
 */
type TriggerProblem = { at: string; outcome: string; message: string };
const AUTHORIZATION_PROBLEM = '*authorization';
/** A workbook out of reach at two runs this far apart (a monthly trigger: the next month) stops its trigger. */
const REPEATED_FAILURE_MS = 20 * 24 * 3600_000;

function readTriggerProblems(): Record<string, TriggerProblem> {
  const raw = PropertiesService.getUserProperties().getProperty(STATUS_KEY);
  if (!raw) return {};
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return {};
    // An earlier version kept one problem, not a map.
    if ('outcome' in parsed && 'message' in parsed) return { [AUTHORIZATION_PROBLEM]: parsed as TriggerProblem };
    return parsed as Record<string, TriggerProblem>;
  } catch (_error) {
    return {};
  }
}

function writeTriggerProblems(problems: Record<string, TriggerProblem>): void {
  const userProperties = PropertiesService.getUserProperties();
  if (Object.keys(problems).length === 0) userProperties.deleteProperty(STATUS_KEY);
  else userProperties.setProperty(STATUS_KEY, JSON.stringify(problems));
}

function recordTriggerProblem(where: string, outcome: string, message: string): void {
  writeTriggerProblems({ ...readTriggerProblems(), [where]: { at: new Date().toISOString(), outcome, message } });
}

function clearTriggerProblems(where: string[]): void {
  const problems = readTriggerProblems();
  if (!where.some((w) => w in problems)) return;
  for (const w of where) delete problems[w];
  writeTriggerProblems(problems);
}

/** Every recorded problem as one, newest first (the sidebar shows one message). */
function triggerProblemShown(): TriggerProblem | null {
  const all = Object.values(readTriggerProblems()).sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  if (all.length === 0) return null;
  return { at: all[0].at, outcome: all[0].outcome, message: all.map((p) => p.message).join('\n') };
}

/** Removes the trigger that is running (it can only be the current account's own). */
function removeOwnTrigger(uid: string | undefined): void {
  if (!uid) return;
  const map = readTriggerMap();
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (trigger.getUniqueId() === uid) ScriptApp.deleteTrigger(trigger);
  }
  delete map[uid];
  writeTriggerMap(map);
}

/**
 * The time-driven handler. Finds its spreadsheet even where there is no
 * document context, and sends only if the digest is on and this is the one
 * trigger the settings name, owned by the account running it; any other
 * trigger (turned off, replaced, another editor's) removes itself.
 */
export function digestTrigger(event?: { triggerUid?: string }): void {
  const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  if (info.getAuthorizationStatus() === ScriptApp.AuthorizationStatus.REQUIRED) {
    recordTriggerProblem(AUTHORIZATION_PROBLEM, 'authorization', label('digestAuthorizationNeeded', userLang()));
    console.warn('Shinchoku digest: authorization required; nothing sent');
    return;
  }
  const uid = event?.triggerUid;
  let spreadsheet: Spreadsheet | null = SpreadsheetApp.getActiveSpreadsheet();
  const contextless = !spreadsheet;
  if (!spreadsheet) {
    const id = uid ? readTriggerMap()[uid] : undefined;
    if (!id) {
      recordTriggerProblem(`trigger:${uid ?? ''}`, 'error', label('digestNoSpreadsheet', userLang()));
      console.warn('Shinchoku digest: no spreadsheet recorded for this trigger');
      return;
    }
    try {
      spreadsheet = SpreadsheetApp.openById(id);
    } catch (error) {
      // The workbook is gone or no longer shared with this account: nowhere to log but the user's own properties, read by the
      // sidebar of any workbook — so the message names the workbook by its address. A first failure may pass (the
      // service, a sharing change undone): the trigger stays. Failing again at a later run, it removes itself rather
      // than fire at nothing every month, and says so; saving the settings in the workbook starts it again.
      const url = `https://docs.google.com/spreadsheets/d/${id}`;
      const earlier = readTriggerProblems()[id];
      const again = earlier !== undefined && earlier.outcome === 'error' && Date.now() - Date.parse(earlier.at) > REPEATED_FAILURE_MS;
      if (again && uid) removeOwnTrigger(uid);
      recordTriggerProblem(id, 'error', label(again ? 'digestOpenStopped' : 'digestOpenFailed', userLang(), { url }));
      console.warn(`Shinchoku digest: the spreadsheet could not be opened (${errorText(error).slice(0, 200)})${again ? '; trigger removed' : ''}`);
      return;
    }
  }
  // This run reached its workbook and is authorized: only those problems are over; another workbook's stay.
  clearTriggerProblems([spreadsheet.getId(), AUTHORIZATION_PROBLEM, ...(uid ? [`trigger:${uid}`] : [])]);
  migrateProjectMetadata(spreadsheet);
  const settings = readDigestSettings(spreadsheet);
  const now = new Date();
  const me = currentAccount();
  let stop: string | null = null;
  if (!settingsFound(spreadsheet) || savedDigestSettings(spreadsheet) === null) stop = 'settings not found';
  else if (!settings.enabled) stop = 'the digest is turned off';
  else if (settings.owner !== null && settings.owner !== me) stop = 'another editor sends the digest now';
  else if (settings.triggerId !== null && uid !== undefined && settings.triggerId !== uid) stop = 'replaced by a newer trigger';
  if (stop) {
    removeOwnTrigger(uid);
    logTriggerEvent(spreadsheet, now, 'stopped', stop);
    console.info(`Shinchoku digest: trigger stopped (${stop}); nothing sent`);
    return;
  }
  const outcome = runDigest(spreadsheet, { force: false, now });
  if (contextless) console.info(`Shinchoku digest: opened by id (no document context); ${outcome.message}`);
}

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
