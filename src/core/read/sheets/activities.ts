/**
 * The 取組活動 sheet: activities, one per project, year and status.
 */
import { type CellValue, cellText } from '../../base/cells';
import { clip } from '../../base/text';
import type { StatusCode, Vocabulary } from '../../contract/vocabulary';
import { allowedLabels } from '../../words/messages';
import { cachedFiscalYear, type KnownCodes, plainText, readReference, readYear } from '../fields';
import type { Activity, Project } from '../records';
import { ref, type SheetReader } from '../sheetReader';

export function readActivities(reader: SheetReader, known: KnownCodes, projects: Project[], vocabulary: Vocabulary<StatusCode>): Activity[] {
  const activities: Activity[] = [];
  const rows = reader.sheet.rows;
  const cCode = reader.columns.get('code') ?? 0;
  const cYear = reader.columns.get('year') ?? 0;
  const cActivity = reader.columns.get('activity') ?? 0;
  const cStatus = reader.columns.get('status') ?? 0;
  const cNotes = reader.columns.get('notes') ?? -1;
  for (let index = 1; index < rows.length; index++) {
    const row = rows[index];
    if (!row) continue;
    // Fast path, allocation-free: a row whose every cell is already clean gives no problem,
    // so it is taken as it is. Anything else goes through the checks below.
    const code = row[cCode];
    const yearValue = row[cYear];
    const activity = row[cActivity];
    const statusValue = row[cStatus];
    const notes = cNotes >= 0 ? row[cNotes] : null;
    if (typeof code === 'string' && typeof statusValue === 'string' && (typeof yearValue === 'string' || typeof yearValue === 'number')) {
      const project = known.get(code);
      const label = vocabulary.exact(statusValue);
      const year = project !== undefined && project >= 0 && label !== undefined ? cachedFiscalYear(yearValue) : null;
      if (
        project !== undefined &&
        project >= 0 &&
        label !== undefined &&
        year !== null &&
        plainText(activity) &&
        (notes === null || notes === undefined || notes === '' || plainText(notes))
      ) {
        activities.push({
          code: projects[project].code,
          project,
          year,
          yearColumn: cYear,
          activity,
          status: vocabulary.terms[label].meaning,
          label,
          notes: typeof notes === 'string' ? notes : '',
          row: index,
        });
        continue;
      }
    }
    if (reader.isBlankRow(row)) continue;
    readActivityRow(reader, row, index, known, projects, activities, vocabulary);
  }
  return activities;
}

function readActivityRow(
  reader: SheetReader,
  row: CellValue[],
  index: number,
  known: KnownCodes,
  projects: Project[],
  activities: Activity[],
  vocabulary: Vocabulary<StatusCode>,
): void {
  const sheet = reader.sheet.name;
  const codeCell = reader.required(row, index, 'code');
  const yearCell = reader.required(row, index, 'year');
  const activityCell = reader.required(row, index, 'activity');
  const statusCell = reader.required(row, index, 'status');
  const project = codeCell ? readReference(reader, codeCell, known) : -1;
  const year = yearCell ? readYear(reader, yearCell) : null;
  const activity = activityCell ? reader.text(activityCell, 'activity') : null;
  let label = -1;
  if (statusCell) {
    const found = vocabulary.match(statusCell.value);
    if (found.kind === 'unknown') {
      reader.problems.add('error', sheet, ref(statusCell), clip(cellText(statusCell.value)), 'statusUnknown', allowedLabels(vocabulary), found.suggestion);
    } else {
      label = found.index;
      if (found.kind === 'variant') {
        const text = vocabulary.terms[label].label;
        reader.problems.add('warning', sheet, ref(statusCell), clip(cellText(statusCell.value)), 'statusVariant', { label: text }, text);
      }
    }
  }
  const notesCell = reader.optional(row, index, 'notes');
  const notes = notesCell ? (reader.text(notesCell, 'notes') ?? '') : '';
  if (project < 0 || year === null || activity === null || label < 0) return;
  const status = vocabulary.terms[label].meaning;
  activities.push({ code: projects[project].code, project, year, yearColumn: yearCell?.column ?? 0, activity, status, label, notes, row: index });
}
