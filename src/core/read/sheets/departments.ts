/**
 * The 担当課 sheet: departments and their addresses.
 */
import { a1, cellText, isErrorValue } from '../../base/cells';
import { checkAddress } from '../../base/email';
import { ADDRESS_SEPARATOR, clip } from '../../base/text';
import { splitList } from '../../contract/settings';
import type { Department } from '../records';
import { ref, type SheetReader } from '../sheetReader';

export function readDepartments(reader: SheetReader): Department[] {
  const departments: Department[] = [];
  for (const { index, row } of reader.dataRows()) {
    const nameCell = reader.required(row, index, 'department');
    if (!nameCell) continue;
    // The address is optional (r27h 11, 9): a department without one is still a department — its place in the sheet,
    // its round file — and only its mails are not made; said as a warning, never an error.
    const emailCell = reader.optional(row, index, 'email');
    const name = reader.text(nameCell, 'department');
    if (name === null) continue;
    const emailColumn = reader.columns.get('email') ?? -1;
    if (!emailCell) {
      if (emailColumn >= 0 && !isErrorValue(row[emailColumn] ?? null))
        reader.problems.add('warning', reader.sheet.name, a1(index, emailColumn), '', 'departmentNoAddress', { department: name });
      departments.push({ name, emails: [], row: index, emailColumn });
      continue;
    }
    const emails = splitList(cellText(emailCell.value), ADDRESS_SEPARATOR);
    for (const address of emails) {
      const problem = checkAddress(address);
      if (problem) reader.problems.add('error', reader.sheet.name, ref(emailCell), clip(address), 'emailInvalid', { problem });
    }
    departments.push({ name, emails, row: index, emailColumn: emailCell.column });
  }
  return departments;
}
