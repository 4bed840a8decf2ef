/**
 * The add-on menu. onOpen may run in AuthMode.NONE (installed, not yet used
 * in this document): it only builds the menu — no sheet, property or trigger access.
 */
import { type Lang, label } from '../core/words/messages';
import { roundUiLabel } from '../core/words/roundUi';
import { freezeBaseline } from './baselines';
import { userLang } from './lang';
import { regenerate, validate } from './regenerate';
import { SheetsApiFailure } from './sheetsApi';
import { showSidebar } from './sidebar';
import { setUpTemplate } from './template';

export function buildMenu(lang: Lang): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(label('menuValidate', lang), 'menuValidate')
    .addItem(label('menuRegenerate', lang), 'menuRegenerate')
    .addItem(label('menuReport', lang), 'showReportDialog')
    .addSeparator()
    .addItem(label('menuSidebar', lang), 'showSidebar')
    .addItem(label('menuTemplate', lang), 'menuSetUpTemplate')
    .addItem(label('menuDigest', lang), 'showSidebar')
    .addItem(label('menuFreeze', lang), 'menuFreezeBaseline')
    .addSeparator()
    .addItem(roundUiLabel('menuRoundOpen', lang), 'menuRoundOpen')
    .addItem(roundUiLabel('menuRoundStatus', lang), 'menuRoundStatus')
    .addItem(roundUiLabel('menuRoundClose', lang), 'menuRoundClose')
    .addToUi();
}

export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(userLang());
}

export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

export function menuValidate(): void {
  const lang = userLang();
  let outcome: ReturnType<typeof validate>;
  try {
    outcome = validate();
  } catch (error) {
    // A Sheets API failure, already in the user's words: an alert rather than Apps Script's red error bar.
    if (error instanceof SheetsApiFailure) return void SpreadsheetApp.getUi().alert(error.message);
    throw error;
  }
  SpreadsheetApp.getActiveSpreadsheet().toast(
    label('validated', lang, { e: outcome.counts.error, w: outcome.counts.warning }),
    label('menuValidate', lang),
    10,
  );
  showSidebar();
}

export function menuRegenerate(): void {
  const lang = userLang();
  const outcome = regenerate();
  const text = [outcome.message, ...outcome.notes].join('\n');
  if (outcome.ok) SpreadsheetApp.getActiveSpreadsheet().toast(text, label('menuRegenerate', lang), 10);
  else SpreadsheetApp.getUi().alert(text);
}

export function menuSetUpTemplate(): void {
  const lang = userLang();
  SpreadsheetApp.getActiveSpreadsheet().toast(setUpTemplate(), label('menuTemplate', lang), 10);
}

export function menuFreezeBaseline(): void {
  const lang = userLang();
  const outcome = freezeBaseline();
  if (outcome.ok) SpreadsheetApp.getActiveSpreadsheet().toast(outcome.message, label('menuFreeze', lang), 10);
  else SpreadsheetApp.getUi().alert(outcome.message);
}
