/** The time-driven handler: finds its spreadsheet, sends when it is the one trigger the settings name, stops itself otherwise. */
import { label } from '../../core/words/messages';
import { userLang } from '../lang';
import { logTriggerEvent } from './logSheets';
import { runDigest } from './send';
import { currentAccount, errorText } from './session';
import { migrateProjectMetadata, readDigestSettings, savedDigestSettings, settingsFound } from './settings';
import { AUTHORIZATION_PROBLEM, clearTriggerProblems, REPEATED_FAILURE_MS, readTriggerProblems, recordTriggerProblem } from './triggerProblems';
import { readTriggerMap, removeOwnTrigger } from './triggers';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

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
