/**
 * The rows each department was asked about when the round opened, and the round's plan fixed at its
 * opening (completion is measured against them). Split from requests.ts (#24): one job, no behaviour change.
 */
import type { WorkbookInput } from '../base/cells';
import { matchKey } from '../base/text';
import type { WorkbookData } from '../read/read';
import { type RoundCell, type RoundDepartment, type RoundPlan, requestableCells, sheetOrder } from './requests';
import { ROUND_SHEETS, type RoundRow, type RoundSheet, roundRows } from './rows';

/** One row a department was asked about when the round opened: its identity (rows.ts key) and what it is, for messages. */
export interface AskedRow {
  department: string;
  key: string;
  what: string;
}

/** The rows each department is asked about, as the round opens: recorded so that completion is measured against them. */
export function askedRows(plan: RoundPlan): AskedRow[] {
  return plan.departments.flatMap((department) => department.rows.map((row) => ({ department: department.department, key: row.key, what: row.what })));
}

/**
 * The round's plan fixed at its opening: each department keeps the rows it was asked about then (found again
 * by identity), whatever the workbook says now — a row whose code, year or text changed since is a row gone
 * (roundCompletion's rowsGone: never 完了), and no edit moves a row into another department's requests or out
 * of the round. `current` is roundRequests on the workbook now (its addresses and layouts are kept).
 */
export function fixedRoundPlan(input: WorkbookInput, data: WorkbookData, current: RoundPlan, asked: readonly AskedRow[]): RoundPlan {
  if (asked.length === 0) return current;
  const now = roundRows(input, data, current.year);
  const byKey = new Map(now.rows.map((row) => [row.key, row]));
  const names: string[] = [];
  for (const row of asked) if (!names.includes(row.department)) names.push(row.department);
  // A department the workbook no longer asks keeps a number after every one it does (its files' names are the split's, not these).
  let unknown = Math.max(0, ...current.departments.map((d) => d.number));
  const departments = names.map((name): RoundDepartment => {
    const found = current.departments.find((d) => matchKey(d.department) === matchKey(name));
    const rows: RoundRow[] = [];
    const cells: RoundCell[] = [];
    for (const one of asked.filter((a) => a.department === name)) {
      const row = byKey.get(one.key);
      if (row) {
        rows.push(row);
        const layout = current.layouts[row.sheet];
        if (layout)
          cells.push(
            ...requestableCells(input, layout, row, data)
              .filter((c) => !c.answered)
              .map((c) => c.cell),
          );
        continue;
      }
      // Gone since the opening: known by its recorded identity (sheet|code|year|text), at no row now.
      const [sheet, code] = one.key.split('|');
      rows.push({
        sheet: (ROUND_SHEETS as readonly string[]).includes(sheet) ? (sheet as RoundSheet) : 'activities',
        row: -1,
        code: code ?? '',
        key: one.key,
        identity: one.key.replace(/#\d+$/, ''),
        what: one.what,
      });
    }
    return {
      department: name,
      number: found?.number ?? ++unknown,
      emails: found?.emails ?? [],
      projects: [...new Set(rows.map((r) => r.code))],
      rows,
      cells: sheetOrder(cells),
    };
  });
  return {
    ...current,
    departments,
    noAddress: departments.filter((d) => d.emails.length === 0).map((d) => d.department),
    unlisted: current.unlisted.filter((u) => names.some((name) => matchKey(name) === matchKey(u.department))),
    badAddresses: current.badAddresses.filter((bad) => names.includes(bad.department)),
  };
}
