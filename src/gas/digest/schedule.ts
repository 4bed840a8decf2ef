/** The digest as a round's shared daily trigger sees it: its day and hour, pointing it at that trigger, and its own monthly one deleted or made again. */
import { jstDate } from '../../core/base/jst';
import { DIGEST_HANDLER, ownTrigger } from '../timedTrigger';
import { currentAccount, errorText } from './session';
import { readDigestSettings, SETTINGS_KEY, savedDigestSettings, writeJson } from './settings';
import { readTriggerMap, writeTriggerMap } from './triggers';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

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
