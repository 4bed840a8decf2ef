import { AppsScriptStandIn } from '../../dev/standin';
import type { WorkbookInput } from '../../src/core/base/cells';
import { exampleInput } from './example';

/** A stand-in whose spreadsheet holds the given workbook (the example by default), with dist/Code.js loaded. */
export function standInWith(input: WorkbookInput = exampleInput(), locale = 'ja'): AppsScriptStandIn {
  const standIn = new AppsScriptStandIn({ locale });
  for (const sheet of input.sheets) standIn.spreadsheet.addSheet(sheet.name, sheet.rows);
  standIn.load();
  return standIn;
}

/** Every sheet's full stored state, to prove input sheets are untouched. */
export function sheetStates(standIn: AppsScriptStandIn, names: string[]): unknown[] {
  return names.map((name) => standIn.spreadsheet.sheetUncounted(name)?.state());
}
