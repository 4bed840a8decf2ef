/**
 * Simple onEdit trigger: when someone types in a 進捗状況 or 達成状況 cell, a
 * known variant is normalised in place and an invalid value gets a note
 * naming the allowed values (removed once fixed). No authorization is needed,
 * and the work is a handful of calls on the edited range only.
 * Pastes through the API and script edits don't fire onEdit, so regenerate still checks everything.
 */
import { cellText, isBlank } from '../core/cells';
import { label } from '../core/messages';
import { contractColumnKey, contractSheetKey } from '../core/schema';
import { matchResult } from '../core/vocabulary';
import { userLang } from './lang';
import { readPlanVocabulary } from './spreadsheet';

/** Notes we write start with this, so a note of the user's own is never removed. */
export const NOTE_PREFIX = '[Shinchoku] ';

export function onEdit(event: GoogleAppsScript.Events.SheetsOnEdit): void {
  const range = event?.range;
  if (!range) return;
  const sheet = range.getSheet();
  const key = contractSheetKey(sheet.getName());
  if (key !== 'activities' && key !== 'targets') return;
  const wanted = key === 'activities' ? 'status' : 'result';
  const firstColumn = range.getColumn();
  const lastColumn = firstColumn + range.getNumColumns() - 1;
  const header = sheet.getRange(1, 1, 1, lastColumn).getValues()[0];
  const column = header.findIndex((h, index) => index + 1 >= firstColumn && typeof h === 'string' && contractColumnKey(key, h) === wanted);
  if (column < 0) return;
  const firstRow = Math.max(2, range.getRow());
  const lastRow = range.getRow() + range.getNumRows() - 1;
  if (lastRow < firstRow) return;
  const target = sheet.getRange(firstRow, column + 1, lastRow - firstRow + 1, 1);
  const values = target.getValues();
  const notes = target.getNotes();
  const lang = userLang();
  // The plan's own words (区分), never the defaults behind its back.
  const vocabulary = readPlanVocabulary(sheet.getParent());
  const words = key === 'activities' ? vocabulary.progress : vocabulary.result;
  let valuesChanged = false;
  let notesChanged = false;
  const newValues = values.map((row) => [row[0]]);
  const newNotes = notes.map((row) => [row[0]]);
  values.forEach(([value], index) => {
    const ours = newNotes[index][0].startsWith(NOTE_PREFIX);
    let note = ours ? '' : newNotes[index][0];
    if (!isBlank(value)) {
      const found = key === 'activities' ? vocabulary.progress.match(value) : matchResult(vocabulary.result, value);
      if (found && found.kind === 'variant') {
        newValues[index][0] = words.terms[found.index].label;
        valuesChanged = true;
      } else if (found && found.kind === 'unknown') {
        const allowed = key === 'activities' ? words.list(lang) : `${words.list(lang)} / －`;
        const suggestion = found.suggestion ? ` → ${found.suggestion}?` : '';
        note = `${NOTE_PREFIX}「${cellText(value)}」: ${label('invalidNote', lang, { allowed })}${suggestion}`;
      }
    }
    if (note !== newNotes[index][0]) {
      newNotes[index][0] = note;
      notesChanged = true;
    }
  });
  if (valuesChanged) target.setValues(newValues);
  if (notesChanged) target.setNotes(newNotes);
}
