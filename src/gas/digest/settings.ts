/** The digest's settings and last status, kept in the spreadsheet's developer metadata (document properties read for what an earlier version saved). */
import type { Lang } from '../../core/words/messages';
import { userLang } from '../lang';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const SETTINGS_KEY = 'shinchoku.digest';
export const STATUS_KEY = 'shinchoku.digest.status';

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
export function migrateProjectMetadata(spreadsheet: Spreadsheet): void {
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

export function writeJson(spreadsheet: Spreadsheet, key: string, value: unknown): void {
  const text = JSON.stringify(value);
  const existing = metadataOf(spreadsheet, key);
  if (existing && existing.getVisibility() === SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT) existing.setValue(text);
  else {
    existing?.remove();
    spreadsheet.addDeveloperMetadata(key, text, SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
  }
}

/** Whether settings were ever saved in this spreadsheet (as this project can see them). */
export function settingsFound(spreadsheet: Spreadsheet): boolean {
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
export function savedDigestSettings(spreadsheet: Spreadsheet): DigestSettings | null {
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

export function readStatus(spreadsheet: Spreadsheet): DigestStatus | null {
  return readJson<DigestStatus>(spreadsheet, STATUS_KEY);
}
