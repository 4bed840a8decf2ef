/**
 * The monthly digest in the stand-in, as the add-on tests drive it: a workbook, a clock and an
 * account; saving the settings from the sidebar; firing a trigger; reading the hidden log sheet.
 */
import { type AppsScriptStandIn, projectLocks } from '../../dev/standin';
import type { WorkbookInput } from '../../src/core/base/cells';
import type { DigestState } from '../../src/gas/digest';
import { exampleInput } from './example';
import { standInWith } from './standin';

/** The planning office's account that saves the settings first. */
export const OFFICE_A = 'kikaku-a@example.jp';

/** A moment given as Japan wall-clock time. */
export function jst(y: number, m: number, d: number, h = 9): Date {
  return new Date(Date.UTC(y, m - 1, d, h) - 9 * 3600_000);
}

/** The workbook in the stand-in on 2024-03-05 09:00 JST, opened by OFFICE_A. */
export function digestStandIn(input: WorkbookInput = exampleInput()): AppsScriptStandIn {
  const standIn = standInWith(input);
  standIn.rt.now = () => jst(2024, 3, 5);
  standIn.scriptApp.user = OFFICE_A;
  return standIn;
}

/** 設定を保存 in the sidebar: on, day 5 at 8:00, the office's address, and any field given. */
export function saveDigest(standIn: AppsScriptStandIn, input: Record<string, unknown> = {}) {
  return standIn.run<{ ok: boolean; errors: string[]; message: string }>('digestSave', [
    { enabled: true, day: 5, hour: 8, recipients: 'gyokaku@example.jp', ...input },
  ]);
}

/** The hidden log sheet's rows, below its header. */
export function digestLogRows(standIn: AppsScriptStandIn): unknown[][] {
  const log = standIn.spreadsheet.sheets.find((s) => s.metadata.some((m) => m.value === 'digestLog'));
  return (log?.snapshot() ?? []).slice(1);
}

/** The sidebar's digest section, as the server gives it (the server's own type, never a copy). */
export function digestState(standIn: AppsScriptStandIn): DigestState {
  return standIn.run<DigestState>('digestState');
}

/** The script and user locks are shared by every stand-in of the process, as by every document of a project: released after each test. */
export function releaseProjectLocks(): void {
  projectLocks.script.owner = null;
  projectLocks.users.clear();
}
