/** The digest's one monthly trigger: the record of which trigger is whose, made again on save or shared with an open round's daily one. */
import { type Lang, label } from '../../core/words/messages';
import { createDailyTrigger, DIGEST_HANDLER, deleteDailyTrigger, ownRoundTrigger, writeRound } from '../timedTrigger';
import { currentAccount, errorText } from './session';
import type { DigestSettings } from './settings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** User properties: trigger id → spreadsheet id, for runs where getActiveSpreadsheet() is null. */
const TRIGGER_MAP_KEY = 'shinchoku.digest.triggers';

export function readTriggerMap(): Record<string, string> {
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

export function writeTriggerMap(map: Record<string, string>): void {
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
export function syncTrigger(spreadsheet: Spreadsheet, settings: DigestSettings, previous: DigestSettings, lang: Lang): TriggerSync {
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

/** Removes the trigger that is running (it can only be the current account's own). */
export function removeOwnTrigger(uid: string | undefined): void {
  if (!uid) return;
  const map = readTriggerMap();
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (trigger.getUniqueId() === uid) ScriptApp.deleteTrigger(trigger);
  }
  delete map[uid];
  writeTriggerMap(map);
}
