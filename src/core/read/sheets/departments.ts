/**
 * The 担当課 sheet: departments and their addresses.
 */
import { cellText } from '../../base/cells';
import { checkAddress } from '../../base/email';
import { ADDRESS_SEPARATOR, clip } from '../../base/text';
import { splitList } from '../../contract/settings';
import type { Department } from '../records';
import { ref, type SheetReader } from '../sheetReader';

export function readDepartments(reader: SheetReader): Department[] {
  const departments: Department[] = [];
  for (const { index, row } of reader.dataRows()) {
    const nameCell = reader.required(row, index, 'department');
    const emailCell = reader.required(row, index, 'email');
    if (!nameCell || !emailCell) continue;
    const name = reader.text(nameCell, 'department');
    if (name === null) continue;
    const emails = splitList(cellText(emailCell.value), ADDRESS_SEPARATOR);
    for (const address of emails) {
      const problem = checkAddress(address);
      if (problem) reader.problems.add('error', reader.sheet.name, ref(emailCell), clip(address), 'emailInvalid', { problem });
    }
    departments.push({ name, emails, row: index, emailColumn: emailCell.column });
  }
  return departments;
}
