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

export function withLock<T>(lang: Lang, work: () => T, busy: (message: string) => T): T {
  const lock = LockService.getDocumentLock();
  if (lock && !lock.tryLock(10_000)) return busy(roundUiLabel('roundBusy', lang));
  try {
    return work();
  } finally {
    lock?.releaseLock();
  }
}

/** Whether the account running has authorized the add-on (a trigger's run may find it has not since). */
export function authorized(): boolean {
  const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  return info.getAuthorizationStatus() !== ScriptApp.AuthorizationStatus.REQUIRED;
}
