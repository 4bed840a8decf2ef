/** The sidebar's 保存: the settings checked, the trigger made to match, and saved. */
import { checkAddressList } from '../../core/base/email';
import { label } from '../../core/words/messages';
import { userLang } from '../lang';
import { acquireDigestLocks } from './session';
import { type DigestSettings, migrateProjectMetadata, readDigestSettings, SETTINGS_KEY, writeJson } from './settings';
import { clearTriggerProblems } from './triggerProblems';
import { syncTrigger } from './triggers';

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
