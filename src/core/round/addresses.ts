/**
 * The departments' addresses as the 部署 sheet gives them: each department's usable ones, and those that
 * cannot be used, with their cell and why (requests.ts routes by them). Split from requests.ts (#24): one job, no behaviour change.
 */
import { a1 } from '../base/cells';
import { type AddressProblem, checkAddress } from '../base/email';
import { matchKey } from '../base/text';
import type { WorkbookData } from '../read/read';

export interface BadAddress {
  department: string;
  address: string;
  /** `部署!B2`. */
  cell: string;
  problem: AddressProblem;
}

/** A department of the 部署 sheet: its name, usable addresses, unusable ones, and its place in the sheet. */
export interface Route {
  name: string;
  emails: string[];
  bad: Omit<BadAddress, 'department'>[];
  order: number;
}
/** The 部署 sheet's departments by matching key, their valid addresses merged (a department on two rows). */
export function routes(data: WorkbookData): Map<string, Route> {
  const found = new Map<string, Route>();
  const sheet = data.sheetNames.departments ?? '部署';
  data.departments.forEach((department, order) => {
    const emails = department.emails.filter((address) => checkAddress(address) === null);
    const bad = department.emails.flatMap((address) => {
      const problem = checkAddress(address);
      return problem === null ? [] : [{ address, cell: `${sheet}!${a1(department.row, department.emailColumn)}`, problem }];
    });
    const key = matchKey(department.name);
    const existing = found.get(key);
    if (existing) {
      existing.emails.push(...emails.filter((address) => !existing.emails.includes(address)));
      existing.bad.push(...bad);
    } else found.set(key, { name: department.name, emails: [...emails], bad, order });
  });
  return found;
}
