/**
 * Protected ranges, filter views and who may edit a cell, as Sheets keeps them. Shared by the
 * Spreadsheet service (Sheet.protect(), every Range write) and the Sheets API stand-in
 * (addProtectedRange, deleteProtectedRange, updateProtectedRange, addFilterView, deleteFilterView,
 * updateFilterView, spreadsheets.get's protectedRanges and filterViews). As strict as Sheets, never
 * kinder: where Google's reference leaves a case open, the stand-in refuses.
 *
 * - ProtectedRange: range (a sheet when unbounded), description, warningOnly ("every user can edit
 *   data in the protected range, except editing will prompt a warning"; "if this field is true, then
 *   editors are ignored"), editors (users, groups, domainUsersCanEdit: "only visible to users with
 *   edit access to the protected range and the document"), unprotectedRanges ("only supported on
 *   protected sheets"), requestingUserCanEdit (read-only), protectedRangeId (read-only on reading):
 *   https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#ProtectedRange
 *   https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#AddProtectedRangeRequest
 *   https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#DeleteProtectedRangeRequest
 * - Sheet.protect(): "Until the script actually changes the list of editors … the permissions mirror
 *   those of the spreadsheet itself, which effectively means that the sheet remains unprotected"
 *   (editors null here): https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect()
 * - FilterView: filterViewId (optional on adding: "if one is not set, an id will be randomly
 *   generated. (It is an error to specify the ID of a filter that already exists.)"), title, range,
 *   filterSpecs / criteria (hiddenValues, condition), sortSpecs:
 *   https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#FilterView
 *   https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#AddFilterViewRequest
 *
 * Who may edit a cell (editRefusal):
 * - the spreadsheet's owner always (the stand-in's reading of "Only you" in the protection
 *   dialog: an owner cannot be removed from a protection; only a real account confirms it);
 * - anyone else must have edit access to the document (sharedWith, when the test sets it) and be
 *   a listed user of EVERY non-warning protection that covers the cell and does not leave it out
 *   (a cell in two protections needs both); groups and domainUsersCanEdit grant nothing here, since
 *   the stand-in cannot know a group's members or a domain (stricter than Sheets, never kinder).
 */

// biome-ignore lint/suspicious/noExplicitAny: API payloads are JSON
type Json = any;

/** Sheets' answer to an edit of a protected cell, in the editor, in Apps Script and through the API. */
export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';
/** An account without edit access to the document. */
export const NO_ACCESS_MESSAGE = 'You do not have permission to edit this spreadsheet.';

/** A GridRange: 0-based, end exclusive; an unset bound runs to the grid's edge. */
export interface GridBounds {
  sheetId: number;
  startRowIndex?: number;
  endRowIndex?: number;
  startColumnIndex?: number;
  endColumnIndex?: number;
}

export interface EditorsState {
  users: string[];
  groups: string[];
  domainUsersCanEdit: boolean;
}

/** One protected range or sheet, as the document keeps it. */
export class ProtectedRangeRecord {
  description = '';
  warningOnly = false;
  /** null: mirrors the document's editors (a Sheet.protect() whose editors were never changed). */
  editors: EditorsState | null = null;
  unprotected: GridBounds[] = [];
  constructor(
    readonly id: number,
    public range: GridBounds,
  ) {}
  /** A protected sheet: its range has no bounds but the sheet. */
  get isSheet(): boolean {
    const r = this.range;
    return r.startRowIndex === undefined && r.endRowIndex === undefined && r.startColumnIndex === undefined && r.endColumnIndex === undefined;
  }
  copy(): ProtectedRangeRecord {
    const out = new ProtectedRangeRecord(this.id, { ...this.range });
    out.description = this.description;
    out.warningOnly = this.warningOnly;
    out.editors = this.editors ? { ...this.editors, users: [...this.editors.users], groups: [...this.editors.groups] } : null;
    out.unprotected = this.unprotected.map((u) => ({ ...u }));
    return out;
  }
}

export interface FilterViewRecord {
  filterViewId: number;
  title: string;
  range: GridBounds;
  /** By column index (0-based, absolute in the sheet): what is hidden. */
  specs: { columnIndex: number; hiddenValues: string[]; condition?: Json }[];
  sortSpecs: Json[];
}

export function copyFilterView(view: FilterViewRecord): FilterViewRecord {
  return {
    ...view,
    range: { ...view.range },
    specs: view.specs.map((s) => ({ ...s, hiddenValues: [...s.hiddenValues] })),
    sortSpecs: JSON.parse(JSON.stringify(view.sortSpecs)),
  };
}

/** Whether a range covers a cell (0-based). */
export function covers(range: GridBounds, sheetId: number, row: number, column: number): boolean {
  return (
    range.sheetId === sheetId &&
    row >= (range.startRowIndex ?? 0) &&
    row < (range.endRowIndex ?? Number.POSITIVE_INFINITY) &&
    column >= (range.startColumnIndex ?? 0) &&
    column < (range.endColumnIndex ?? Number.POSITIVE_INFINITY)
  );
}

const sameAddress = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Whether this user is an editor of the protection (the owner always; null editors mirror the document). */
export function protectionEditor(protection: ProtectedRangeRecord, user: string, owner: string): boolean {
  if (user !== '' && sameAddress(user, owner)) return true;
  if (protection.warningOnly || protection.editors === null) return true;
  return protection.editors.users.some((u) => sameAddress(u, user));
}

export interface AccessModel {
  owner: string;
  /** Accounts the document is shared with, by role; null: everyone running here may edit (the default). */
  sharedWith: Map<string, 'editor' | 'viewer'> | null;
  protectedRanges: ProtectedRangeRecord[];
}

/** Whether this user has edit access to the document itself. */
export function documentEditor(model: AccessModel, user: string): boolean {
  if (user !== '' && sameAddress(user, model.owner)) return true;
  if (model.sharedWith === null) return true;
  for (const [address, role] of model.sharedWith) if (sameAddress(address, user) && role === 'editor') return true;
  return false;
}

/** Why this user may not edit this cell (0-based), or null when they may. */
export function editRefusal(model: AccessModel, user: string, sheetId: number, row: number, column: number): string | null {
  if (!documentEditor(model, user)) return NO_ACCESS_MESSAGE;
  for (const protection of model.protectedRanges) {
    if (!covers(protection.range, sheetId, row, column)) continue;
    if (protection.unprotected.some((u) => covers(u, sheetId, row, column))) continue;
    if (!protectionEditor(protection, user, model.owner)) return PROTECTED_MESSAGE;
  }
  return null;
}

let protectedRangeIds = 1_000_001;
export function nextProtectedRangeId(): number {
  return protectedRangeIds++;
}
