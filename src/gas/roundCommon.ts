/**
 * What the round's files share (moved from round.ts, no behaviour change): the account running, an error's text,
 * an outcome's shape, the document lock the office's actions take, and the sheets as the Sheets API lists them.
 */
import type { CellValue, WorkbookInput } from '../core/base/cells';
import { readWorkbook } from '../core/read/read';
import type { Lang } from '../core/words/messages';
import { roundUiLabel } from '../core/words/roundUi';
import { fiscalYearLabel } from '../core/words/yearLabels';
import { sheetsCall } from './sheetsApi';

export function currentAccount(): string {
  return Session.getEffectiveUser().getEmail();
}

export function errorText(error: unknown): string {
  return typeof error === 'object' && error !== null && 'message' in error ? String((error as { message: unknown }).message) : String(error);
}

// ---------------------------------------------------------------- reading

/** A cell as the editor displays it, for a filter view's hidden values; null when it cannot be told (a date). */
export function shown(value: CellValue): string | null {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return null;
}

export interface SheetInfo {
  id: number;
  title: string;
  sheetProtected: boolean;
  protections: { id: number; description: string }[];
  filterViewIds: number[];
}

export function sheetInfo(spreadsheetId: string): SheetInfo[] {
  const answer = sheetsCall((api) =>
    api.Spreadsheets.get(spreadsheetId, {
      fields: 'sheets(properties(sheetId,title),protectedRanges(protectedRangeId,description,range),filterViews(filterViewId))',
    }),
  );
  return (answer.sheets ?? []).map((sheet) => {
    const protections = sheet.protectedRanges ?? [];
    const isSheet = (r: GoogleAppsScript.Sheets.Schema.GridRange | undefined) =>
      r !== undefined && r.startRowIndex === undefined && r.endRowIndex === undefined && r.startColumnIndex === undefined && r.endColumnIndex === undefined;
    return {
      id: sheet.properties?.sheetId ?? 0,
      title: sheet.properties?.title ?? '',
      sheetProtected: protections.some((p) => isSheet(p.range)),
      protections: protections.map((p) => ({ id: p.protectedRangeId ?? -1, description: p.description ?? '' })),
      filterViewIds: (sheet.filterViews ?? []).map((v) => v.filterViewId ?? -1),
    };
  });
}

// ---------------------------------------------------------------- opening

export interface RoundOutcome {
  ok: boolean;
  message: string;
  notes: string[];
}

export function planLabels(input: WorkbookInput, year: number, lang: Lang): { plan: string; fy: string } {
  const data = readWorkbook(input);
  return { plan: data.settings.planName ?? '', fy: fiscalYearLabel(year, lang) };
}

/**
 * The round's lock, the same for every writer of its log and its record: the user lock always, and the document
 * lock where there is one. Every writer of the log runs as the office — the opening and the closing, the office's
 * readings (the 照会 tab, 照会の状況), the daily run, and the edit trigger ("Installable triggers always run under
 * the account of the person who created them": https://developers.google.com/apps-script/guides/triggers/installable)
 * — so the office's user lock keeps them all apart, the time-driven run included, which may have no document lock
 * ("If this method is called outside of the context of a containing document … null is returned":
 * https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()). The document lock keeps a
 * department's reading (it writes the round's record) apart from the office's runs in the document. Taken in the
 * digest's order (document, then user: digest.ts acquireDigestLocks), so neither waits on the other crosswise. The
 * writes are flushed before the locks go, so the next holder's getLastRow counts every row written: with the row
 * picked and written under the one lock, two writers cannot pick the same row of the log.
 */
export function withRoundLock<T>(timeoutMs: number, work: () => T, busy: () => T): T {
  const held: GoogleAppsScript.Lock.Lock[] = [];
  const release = () => {
    for (const lock of held.reverse()) lock.releaseLock();
  };
  for (const lock of [LockService.getDocumentLock(), LockService.getUserLock()]) {
    if (lock === null) continue;
    if (!lock.tryLock(timeoutMs)) {
      release();
      return busy();
    }
    held.push(lock);
  }
  try {
    return work();
  } finally {
    try {
      SpreadsheetApp.flush();
    } finally {
      release();
    }
  }
}

/** The office's actions (opening, closing): the round's lock, and the roundBusy sentence when another run holds it. */
export function withLock<T>(lang: Lang, work: () => T, busy: (message: string) => T): T {
  return withRoundLock(10_000, work, () => busy(roundUiLabel('roundBusy', lang)));
}

/** Whether the account running has authorized the add-on (a trigger's run may find it has not since). */
export function authorized(): boolean {
  const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  return info.getAuthorizationStatus() !== ScriptApp.AuthorizationStatus.REQUIRED;
}
