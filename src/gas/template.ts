/**
 * テンプレートを作成: adds the contract's missing sheets with their headers to
 * this workbook, and dropdown lists on the status, result and kind columns.
 * Existing sheets and their data are left as they are.
 */

import type { CellValue } from '../core/base/cells';
import { fiscalYearOfDate } from '../core/base/fiscalYear';
import { contractColumnKey, contractSheetKey, SHEETS } from '../core/contract/schema';
import { dropdowns, namedPerspectives, templateSheets } from '../core/contract/template';
import { label } from '../core/words/messages';
import { userLang } from './lang';
import { readPlanVocabulary } from './spreadsheet';

export function setUpTemplate(): string {
  const lang = userLang();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const existing = new Map(spreadsheet.getSheets().map((sheet) => [contractSheetKey(sheet.getName()), sheet]));
  const start = fiscalYearOfDate(new Date()) ?? 2024;
  const created: string[] = [];
  // A 報告書 to add lists 概要 and 課題 per perspective the plan's 設定 names; none named, one pair to fill (#25).
  const settings = existing.get('settings');
  const perspectives = settings && !existing.has('report') ? namedPerspectives(settings.getDataRange().getValues() as CellValue[][]) : [];
  for (const template of templateSheets(start, start + 3, '千円', perspectives)) {
    if (existing.has(template.key)) continue;
    const sheet = spreadsheet.insertSheet(template.name, spreadsheet.getNumSheets());
    const width = Math.max(...template.rows.map((row) => row.length));
    const rows = template.rows.map((row) => [...row.map((value) => value ?? ''), ...Array(width - row.length).fill('')]);
    sheet.getRange(1, 1, rows.length, width).setValues(rows);
    sheet.getRange(1, 1, 1, width).setFontWeight('bold').setBackground('#dde7f0');
    sheet.setFrozenRows(1);
    existing.set(template.key, sheet);
    created.push(template.name);
  }
  // The plan's own labels (its 区分 sheet) go in the status and result dropdowns.
  for (const rule of dropdowns(readPlanVocabulary(spreadsheet))) {
    const sheet = existing.get(rule.sheet);
    if (!sheet) continue;
    const header = sheet.getRange(1, 1, 1, Math.max(1, sheet.getLastColumn())).getValues()[0];
    const wantedKey = SHEETS[rule.sheet].columns.find((column) => column.ja === rule.column)?.key;
    const index = header.findIndex((h) => typeof h === 'string' && contractColumnKey(rule.sheet, h) === wantedKey);
    if (index < 0) continue;
    const validation = SpreadsheetApp.newDataValidation()
      .requireValueInList(rule.values, true)
      .setAllowInvalid(true)
      .setHelpText(label('invalidNote', lang, { allowed: rule.values.join(' / ') }))
      .build();
    sheet.getRange(2, index + 1, Math.max(1, sheet.getMaxRows() - 1), 1).setDataValidation(validation);
  }
  return created.length > 0 ? label('templateDone', lang, { sheets: created.join('、') }) : label('templateNothing', lang);
}
