/**
 * The one time-driven trigger an account may hold in a document, shared by the monthly digest and the
 * annual round's reminders (#27). An add-on may hold one trigger of each type per user per document
 * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers), so while the round's owner
 * also sends the digest, ONE daily trigger (handler roundTrigger, at the digest's hour) serves both: the
 * round's reminders every day, the digest on its day of the month. Alone, the digest keeps its monthly
 * trigger (digestTrigger) and the round its daily one at 08:00.
 *
 * A clock trigger has no source document: getUserTriggers(spreadsheet) never lists it, and its
 * getTriggerSourceId() is not the spreadsheet's id; the account's triggers are found with
 * getProjectTriggers() (this user's, in every document) and matched to this spreadsheet by their handler
 * name and the trigger → spreadsheet map kept in user properties when each was made.
 * https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()
 * https://developers.google.com/apps-script/reference/script/script-app#getUserTriggers(Spreadsheet)
 * A time-driven run may have no active spreadsheet and no document lock: the map is how it opens its
 * workbook by id. https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()
 *
 * This module holds the round's record too (the digest reads it to know whether the trigger is shared),
 * so that digest.ts and round.ts need not import each other.
 */

import type { RoundSheet } from '../core/round/round';
import type { Lang } from '../core/words/messages';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const ROUND_HANDLER = 'roundTrigger';
export const DIGEST_HANDLER = 'digestTrigger';
/** The hour the round's own daily trigger runs when it serves no digest. */
export const ROUND_HOUR = 8;
export const ROUND_KEY = 'shinchoku.round';
/** User properties: trigger id → spreadsheet id, for runs where getActiveSpreadsheet() is null (as the digest keeps). */
const ROUND_TRIGGER_MAP_KEY = 'shinchoku.round.triggers';

export interface RoundRecord {
  year: number;
  due: string;
  owner: string;
  openedAt: string;
  /** Marks the round's protections (in their description) and its log rows. */
  token: string;
  lang: Lang;
  remindDays: number;
  protectedRangeIds: number[];
  filterViews: { department: string; sheet: RoundSheet; sheetId: number; id: number }[];
  triggerId: string | null;
  /** The office's installable edit trigger that logs answers written over in shared rows (round.ts); null or absent: none. */
  editTriggerId?: string | null;
  /** The hour (JST) its daily trigger runs: a Trigger says nothing of its schedule, so it is kept here. */
  triggerHour?: number;
  /** Per department: cells filled at opening, last seen, when that changed, when first seen complete. */
  progress: Record<string, { initial: number; filled: number; at: string | null; after?: string | null; completedAt: string | null }>;
  /** When the completion was last measured (the sidebar's status, a daily run): the freshness of `progress`. */
  measuredAt?: string;
}

function recordMetadata(spreadsheet: Spreadsheet): GoogleAppsScript.Spreadsheet.DeveloperMetadata | null {
  return spreadsheet.getDeveloperMetadata().find((m) => m.getKey() === ROUND_KEY) ?? null;
}

export function readRound(spreadsheet: Spreadsheet): RoundRecord | null {
  const raw = recordMetadata(spreadsheet)?.getValue();
  if (!raw) return null;
  try {
    const record = JSON.parse(raw) as RoundRecord;
    return typeof record.year === 'number' && typeof record.due === 'string' ? record : null;
  } catch (_error) {
    return null;
  }
}

export function writeRound(spreadsheet: Spreadsheet, record: RoundRecord): void {
  const text = JSON.stringify(record);
  const existing = recordMetadata(spreadsheet);
  if (existing) existing.setValue(text);
  else spreadsheet.addDeveloperMetadata(ROUND_KEY, text, SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
}

export function removeRound(spreadsheet: Spreadsheet): void {
  recordMetadata(spreadsheet)?.remove();
}

export function readRoundTriggerMap(): Record<string, string> {
  const raw = PropertiesService.getUserProperties().getProperty(ROUND_TRIGGER_MAP_KEY);
  try {
    const parsed = raw ? (JSON.parse(raw) as unknown) : {};
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, string>) : {};
  } catch (_error) {
    return {};
  }
}

function writeRoundTriggerMap(map: Record<string, string>): void {
  PropertiesService.getUserProperties().setProperty(ROUND_TRIGGER_MAP_KEY, JSON.stringify(map));
}

/** This account's trigger of that id, if it still exists (another account's are never seen). */
export function ownTrigger(uid: string | null | undefined): GoogleAppsScript.Script.Trigger | null {
  if (!uid) return null;
  return ScriptApp.getProjectTriggers().find((t) => t.getUniqueId() === uid) ?? null;
}

/** Makes the daily trigger (handler roundTrigger) for this spreadsheet at that hour (JST); its id, or throws as ScriptApp does. */
export function createDailyTrigger(spreadsheetId: string, hour: number): string {
  const trigger = ScriptApp.newTrigger(ROUND_HANDLER).timeBased().everyDays(1).atHour(hour).inTimezone('Asia/Tokyo').create();
  const map = readRoundTriggerMap();
  map[trigger.getUniqueId()] = spreadsheetId;
  writeRoundTriggerMap(map);
  return trigger.getUniqueId();
}

/** Deletes this account's daily trigger of that id and forgets it. */
export function deleteDailyTrigger(uid: string | null | undefined): void {
  if (!uid) return;
  const trigger = ownTrigger(uid);
  if (trigger) ScriptApp.deleteTrigger(trigger);
  const map = readRoundTriggerMap();
  if (uid in map) {
    delete map[uid];
    writeRoundTriggerMap(map);
  }
}

/** The round open here whose daily trigger this account holds, if any: the trigger the digest then shares. */
export function ownRoundTrigger(spreadsheet: Spreadsheet, account: string): { record: RoundRecord; uid: string; hour: number } | null {
  const record = readRound(spreadsheet);
  if (!record || record.owner !== account || !record.triggerId || !ownTrigger(record.triggerId)) return null;
  return { record, uid: record.triggerId, hour: record.triggerHour ?? ROUND_HOUR };
}
