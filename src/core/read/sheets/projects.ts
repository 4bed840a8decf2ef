/**
 * The 事業 sheet: projects, each with its code, name, perspective and department.
 */
import { a1, cellText } from '../../base/cells';
import { type FiscalYear, parseFiscalYear, parseFiscalYearRange, type YearRange } from '../../base/fiscalYear';
import { cleanText, clip, NAME_SEPARATOR, normalizeText } from '../../base/text';
import { type Settings, splitList } from '../../contract/settings';
import { END_KINDS } from '../../contract/vocabulary';
import { readCode, readWord, resolvePerspective } from '../fields';
import type { Project } from '../records';
import { ref, type SheetReader } from '../sheetReader';

/**
 * Reads 事業. `broken` receives the codes of rows left out for another error
 * (a bad 取組の視点): those codes stay known, so rows that refer to them are not
 * reported again, nor pointed toward another project.
 */
export function readProjects(reader: SheetReader, settings: Settings, broken: Set<string>): Project[] {
  const { problems } = reader;
  const sheet = reader.sheet.name;
  const projects: Project[] = [];
  const firstRow = new Map<string, number>();
  for (const { index, row } of reader.dataRows()) {
    const codeCell = reader.required(row, index, 'code');
    const nameCell = reader.required(row, index, 'name');
    const perspectiveCell = reader.required(row, index, 'perspective');
    let code: string | null = null;
    if (codeCell) {
      code = readCode(reader, codeCell);
      const first = firstRow.get(code);
      if (first !== undefined) {
        problems.add('error', sheet, ref(codeCell), code, 'codeDuplicate', { first: a1(first, reader.columns.get('code') ?? 0) });
        code = null;
      }
    }
    const name = nameCell ? reader.text(nameCell, 'name') : null;
    let perspective: number | null = null;
    if (perspectiveCell) {
      perspective = resolvePerspective(perspectiveCell.value, settings.perspectives);
      if (perspective === null) {
        problems.add('error', sheet, ref(perspectiveCell), clip(cellText(perspectiveCell.value)), 'perspectiveUnknown', {
          count: settings.perspectives.length,
          names: settings.perspectives.join('、'),
          namesEn: settings.perspectives.join(', '),
        });
      }
    }
    let period: YearRange | undefined;
    let periodText = '';
    const periodCell = reader.optional(row, index, 'period');
    if (periodCell) {
      periodText = normalizeText(cellText(periodCell.value));
      const parsed = parseFiscalYearRange(periodCell.value);
      if (parsed) period = parsed;
      else problems.add('error', sheet, ref(periodCell), clip(periodText), 'yearRangeInvalid');
    }
    const departmentsCell = reader.optional(row, index, 'departments');
    const departments = departmentsCell ? splitList(cellText(departmentsCell.value), NAME_SEPARATOR) : [];
    let endYear: FiscalYear | undefined;
    const endYearCell = reader.optional(row, index, 'endYear');
    if (endYearCell) {
      const parsed = parseFiscalYear(endYearCell.value);
      if (parsed === null) problems.add('error', sheet, ref(endYearCell), clip(cellText(endYearCell.value)), 'yearInvalid');
      else endYear = parsed;
    }
    let endKind: Project['endKind'];
    const endKindCell = reader.optional(row, index, 'endKind');
    if (endKindCell) endKind = readWord(reader, endKindCell, 'endKind', END_KINDS, 'endKindUnknown') ?? undefined;
    if (code === null) continue;
    firstRow.set(code, index);
    if (name === null || perspective === null) {
      broken.add(code);
      continue;
    }
    const summaryCell = reader.optional(row, index, 'summary');
    const summary = summaryCell ? cleanText(cellText(summaryCell.value)) : '';
    const project: Project = { code, name, perspective, periodText, departments, summary, row: index };
    if (period) project.period = period;
    if (endYear !== undefined) project.endYear = endYear;
    if (endKind) project.endKind = endKind;
    projects.push(project);
  }
  return projects;
}
