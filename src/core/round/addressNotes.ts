/**
 * What the office is told of the departments' addresses when the round opens. Split from requests.ts (#24): one job, no behaviour change.
 */
import { addressReason } from '../base/email';
import { matchKey } from '../base/text';
import { type Lang, label } from '../words/messages';
import { roundLabel } from '../words/round';
import type { RoundPlan } from './requests';

/**
 * What the office is told of the departments' addresses when the round opens (split, or the add-on's
 * opening): each address that cannot be used, with its cell and why — never "no address" for a department
 * whose cell holds one that is malformed (r27c F5) — then each department left with no address at all, and,
 * given the file's editors (Sheets), each address that is not one of them.
 */
export function addressNotes(plan: RoundPlan, lang: Lang, editors?: readonly string[]): string[] {
  const lines = plan.badAddresses.map((bad) =>
    roundLabel('badAddressLine', lang, { department: bad.department, address: bad.address, cell: bad.cell, reason: addressReason(bad.problem, lang) }),
  );
  // A name 部署 does not have, with the 取組推進課 cells naming it (r27h 1); said instead of "no address".
  for (const { department, cells } of plan.unlisted) lines.push(roundLabel('notListedLine', lang, { department, cells: cells.join(label('joinList', lang)) }));
  const unlisted = new Set(plan.unlisted.map((u) => matchKey(u.department)));
  for (const department of plan.noAddress)
    if (!plan.badAddresses.some((bad) => bad.department === department) && !unlisted.has(matchKey(department)))
      lines.push(roundLabel('noAddressLine', lang, { department }));
  // In Sheets: an address that is not an editor of the file gets the request but cannot type a thing (r27c F14).
  if (editors) {
    const can = new Set(editors.map((address) => address.toLowerCase()));
    for (const department of plan.departments) {
      const cannot = department.emails.filter((address) => !can.has(address.toLowerCase()));
      if (cannot.length > 0) lines.push(roundLabel('notEditorLine', lang, { department: department.department, addresses: cannot.join(', ') }));
    }
  }
  return lines;
}
