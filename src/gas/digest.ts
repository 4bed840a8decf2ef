/**
 * The monthly digest in Sheets: settings (document properties), the one
 * monthly trigger, and the send itself — exactly once a month per recipient,
 * recorded in a hidden log sheet, with the statuses kept in a hidden snapshot
 * sheet (document properties hold only 9 KB a value).
 */
import type { CellValue } from '../core/cells';
import {
  type DigestMessage,
  digestFiscalYear,
  monthKey,
  monthKeyOf,
  monthOf,
  planDigest,
  previousSnapshot,
  recipientBatches,
  SNAPSHOT_HEADER,
  snapshotRows,
  snapshotsFromRows,
} from '../core/digest';
import { checkAddressList } from '../core/email';
import { fiscalYearLabel } from '../core/fiscalYear';
import { type Lang, label } from '../core/messages';
import { runPipeline } from '../core/pipeline';
import { userLang } from './lang';
import { readWorkbookInput } from './sheetsApi';
import { findGeneratedSheets, GENERATED_KEY, type GeneratedSheet, generatedSheet } from './spreadsheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const SETTINGS_KEY = 'shinchoku.digest';
const STATUS_KEY = 'shinchoku.digest.status';
/** User properties: trigger id → spreadsheet id, for runs where getActiveSpreadsheet() is null. */
const TRIGGER_MAP_KEY = 'shinchoku.digest.triggers';
export const DIGEST_HANDLER = 'digestTrigger';
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
 * metadata (visible to this project only), not in document properties: a
 * time-driven run may have no document context, where getDocumentProperties()
 * is null, but it can always open the spreadsheet by id and read them there.
 */
function metadataOf(spreadsheet: Spreadsheet, key: string): GoogleAppsScript.Spreadsheet.DeveloperMetadata | null {
  return spreadsheet.getDeveloperMetadata().find((m) => m.getKey() === key) ?? null;
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
  if (existing) existing.setValue(text);
  else spreadsheet.addDeveloperMetadata(key, text, SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
}

export function readDigestSettings(spreadsheet: Spreadsheet): DigestSettings {
  return { ...defaults(), ...(readJson<Partial<DigestSettings>>(spreadsheet, SETTINGS_KEY) ?? {}) };
}

function readStatus(spreadsheet: Spreadsheet): DigestStatus | null {
  return readJson<DigestStatus>(spreadsheet, STATUS_KEY);
}

/** Who runs this code: the account a trigger belongs to, or the person at the sidebar. */
function currentAccount(): string {
  return Session.getEffectiveUser().getEmail();
}

/** The document lock; outside a document context there is none, and the script lock serialises instead. */
function digestLock(): GoogleAppsScript.Lock.Lock {
  return LockService.getDocumentLock() ?? LockService.getScriptLock();
}

function readTriggerMap(): Record<string, string> {
  const raw = PropertiesService.getUserProperties().getProperty(TRIGGER_MAP_KEY);
  return raw ? (JSON.parse(raw) as Record<string, string>) : {};
}

function writeTriggerMap(map: Record<string, string>): void {
  PropertiesService.getUserProperties().setProperty(TRIGGER_MAP_KEY, JSON.stringify(map));
}

/**
 * One monthly trigger, the current account's: its existing digest triggers in
 * this document are removed before a new one is made, so saving twice never
 * leaves two. Another editor's trigger cannot be seen or removed from here; it
 * stops itself at its next run, since the settings no longer name it.
 */
function syncTrigger(spreadsheet: Spreadsheet, settings: DigestSettings, previous: DigestSettings): DigestSettings {
  const me = currentAccount();
  const existing = ScriptApp.getUserTriggers(spreadsheet).filter((t) => t.getHandlerFunction() === DIGEST_HANDLER);
  const map = readTriggerMap();
  const unchanged = settings.enabled && previous.enabled && previous.owner === me && previous.day === settings.day && previous.hour === settings.hour;
  if (unchanged && existing.length === 1 && existing[0].getUniqueId() === previous.triggerId) return { ...settings, triggerId: previous.triggerId, owner: me };
  for (const trigger of existing) {
    delete map[trigger.getUniqueId()];
    ScriptApp.deleteTrigger(trigger);
  }
  let triggerId: string | null = null;
  if (settings.enabled) {
    const trigger = ScriptApp.newTrigger(DIGEST_HANDLER).timeBased().onMonthDay(settings.day).atHour(settings.hour).inTimezone('Asia/Tokyo').create();
    triggerId = trigger.getUniqueId();
    map[triggerId] = spreadsheet.getId();
  }
  writeTriggerMap(map);
  return { ...settings, triggerId, owner: settings.enabled ? me : null };
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
  const lock = digestLock();
  if (!lock.tryLock(10_000)) return { ok: false, errors: [label('lockBusy', lang)], message: label('lockBusy', lang) };
  try {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
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
    const saved = syncTrigger(spreadsheet, next, previous);
    writeJson(spreadsheet, SETTINGS_KEY, saved);
    // Taking over from another editor: their trigger stops itself at its next run.
    const tookOver = previous.enabled && previous.owner !== null && previous.owner !== saved.owner;
    const message = tookOver
      ? `${label('digestSaved', lang)}${lang === 'ja' ? '。' : '. '}${label('digestTakenOver', lang, { owner: previous.owner ?? '' })}`
      : label('digestSaved', lang);
    return { ok: true, errors: [], message };
  } finally {
    lock.releaseLock();
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
  sheet.addDeveloperMetadata(GENERATED_KEY, kind);
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

function dataRows(sheet: Sheet): CellValue[][] {
  return (sheet.getDataRange().getValues() as CellValue[][]).slice(1);
}

export interface DigestRunOutcome {
  month: string;
  sent: string[];
  skipped: string[];
  failed: { key: string; reason: string }[];
  quota: string[];
  message: string;
}

/** Sends this month's digest: office first, then departments; never twice a month unless forced. */
export function runDigest(spreadsheet: Spreadsheet, options: { force: boolean; now?: Date }): DigestRunOutcome {
  const settings = readDigestSettings(spreadsheet);
  const lang = settings.lang;
  const now = options.now ?? new Date();
  const month = monthOf(now);
  const key = monthKey(month);
  const lock = digestLock();
  if (!lock.tryLock(30_000))
    return { month: key, sent: [], skipped: [], failed: [{ key: 'all', reason: 'lock' }], quota: [], message: label('lockBusy', lang) };
  try {
    const result = runPipeline(readWorkbookInput(spreadsheet), { lang, today: now });
    const { data } = result;
    // After the plan's last fiscal year there is nothing to report: nothing is sent, and the sidebar says why.
    const planEnd = result.summary.plan.endYear;
    if (planEnd !== null && digestFiscalYear(month) > planEnd) {
      const message = label('digestPlanEnded', lang, { end: fiscalYearLabel(planEnd, lang) });
      logTriggerEvent(spreadsheet, now, 'stopped', 'the plan has ended');
      writeJson(spreadsheet, STATUS_KEY, { at: now.toISOString(), month: key, sent: 0, skipped: 0, failed: 0, quota: 0, message, outcome: 'ended' });
      return { month: key, sent: [], skipped: [], failed: [], quota: [], message };
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
    });
    const logSheet = hiddenSheet(spreadsheet, 'digestLog', LOG_HEADER, generated);
    const alreadySent = new Set(
      dataRows(logSheet)
        .filter((row) => monthKeyOf(row[0]) === key && String(row[4]) === 'sent')
        .map((row) => String(row[1])),
    );
    let quota = MailApp.getRemainingDailyQuota();
    const outcome: DigestRunOutcome = { month: key, sent: [], skipped: [], failed: [], quota: [], message: '' };
    const log: CellValue[][] = [];
    const record = (message: DigestMessage, batch: string[], result: string, detail: string) => {
      log.push([key, message.key, batch.join(', '), now.toISOString(), result, detail]);
    };
    for (const message of plan.messages) {
      if (alreadySent.has(message.key) && !options.force) {
        outcome.skipped.push(message.key);
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
          const reason = typeof error === 'object' && error !== null && 'message' in error ? String((error as { message: unknown }).message) : String(error);
          record(message, batch, 'failed', reason.slice(0, 200));
          outcome.failed.push({ key: message.key, reason });
          failed = true;
        }
      }
      if (!failed) {
        record(message, message.to, 'sent', '');
        outcome.sent.push(message.key);
      }
    }
    if (log.length > 0) writeText(logSheet.getRange(logSheet.getLastRow() + 1, 1, log.length, LOG_HEADER.length), log);
    // This month's snapshot replaces any earlier one of the same month; changes are always against an earlier month.
    const kept = snapshots.filter((s) => s.month !== key).flatMap((s) => snapshotRows(s));
    const rows = [SNAPSHOT_HEADER, ...kept, ...snapshotRows(plan.snapshot)];
    snapshotSheet.clear();
    writeText(snapshotSheet.getRange(1, 1, rows.length, SNAPSHOT_HEADER.length), rows);
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
    lock.releaseLock();
  }
}

/** Records in the log sheet a trigger run that sent nothing, and why (no addresses, no workbook text). */
function logTriggerEvent(spreadsheet: Spreadsheet, now: Date, outcome: string, detail: string): void {
  const log = hiddenSheet(spreadsheet, 'digestLog', LOG_HEADER, findGeneratedSheets(spreadsheet));
  writeText(log.getRange(log.getLastRow() + 1, 1, 1, LOG_HEADER.length), [[monthKey(monthOf(now)), 'trigger', '', now.toISOString(), outcome, detail]]);
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
  const userProperties = PropertiesService.getUserProperties();
  if (info.getAuthorizationStatus() === ScriptApp.AuthorizationStatus.REQUIRED) {
    const status = { at: new Date().toISOString(), outcome: 'authorization', message: label('digestAuthorizationNeeded', userLang()) };
    userProperties.setProperty(STATUS_KEY, JSON.stringify(status));
    console.warn('Shinchoku digest: authorization required; nothing sent');
    return;
  }
  const uid = event?.triggerUid;
  let spreadsheet: Spreadsheet | null = SpreadsheetApp.getActiveSpreadsheet();
  const contextless = !spreadsheet;
  if (!spreadsheet) {
    const id = uid ? readTriggerMap()[uid] : undefined;
    if (!id) {
      userProperties.setProperty(
        STATUS_KEY,
        JSON.stringify({ at: new Date().toISOString(), outcome: 'error', message: label('digestNoSpreadsheet', userLang()) }),
      );
      console.warn('Shinchoku digest: no spreadsheet recorded for this trigger');
      return;
    }
    spreadsheet = SpreadsheetApp.openById(id);
  }
  userProperties.deleteProperty(STATUS_KEY);
  const settings = readDigestSettings(spreadsheet);
  const now = new Date();
  const me = currentAccount();
  let stop: string | null = null;
  if (!settings.enabled) stop = 'the digest is turned off';
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
  labels: Record<string, string>;
}

export function digestState(): DigestState {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const settings = readDigestSettings(spreadsheet);
  const me = currentAccount();
  const raw = PropertiesService.getUserProperties().getProperty(STATUS_KEY);
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
    triggerProblem: raw ? (JSON.parse(raw) as DigestState['triggerProblem']) : null,
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
        ] as const
      ).map((key) => [key, label(key, lang)]),
    ),
  };
}

export function digestSendNow(force: boolean): DigestRunOutcome {
  return runDigest(SpreadsheetApp.getActiveSpreadsheet(), { force: Boolean(force) });
}
