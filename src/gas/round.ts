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
 *
 * The work is one file per job (split from this file, no behaviour change): roundOpen.ts and roundProtections.ts
 * (the opening), roundMail.ts (requests and reminders), roundTriggers.ts (the daily trigger), roundEdit.ts and
 * roundTrace.ts (the edit trigger and the shared rows' trace), roundRead.ts (reading the round now), roundStatus.ts
 * (the 照会 tab and dialog), roundClose.ts (the closing), roundLog.ts (the hidden log), roundCommon.ts (what they
 * share). This file holds the entry points Apps Script calls (src/entry.ts lists them).
 */
import { roundUiLabel } from '../core/words/roundUi';
import { userLang } from './lang';
import { closeRound } from './roundClose';
import type { RoundOutcome } from './roundCommon';
import { openRound } from './roundOpen';
import { type RoundStateView, roundStateView } from './roundStatus';
import type { RoundRecord } from './timedTrigger';

export { closeRound } from './roundClose';
export type { RoundOutcome } from './roundCommon';
export { openRound } from './roundOpen';
export { type RoundDepartmentView, type RoundStateView, roundStateView } from './roundStatus';
export { roundTrigger } from './roundTriggers';
export type { RoundRecord };

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
