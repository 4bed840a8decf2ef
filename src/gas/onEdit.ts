/**
 * Simple onEdit trigger: when someone types in a 進捗状況 or 達成状況 cell, a
 * known variant is normalised in place and an invalid value gets a note
 * naming the allowed values (removed once fixed). No authorization is needed,
 * and the work is a handful of calls on the edited range only.
 * Pastes through the API and script edits don't fire onEdit, so regenerate still checks everything.
 */
import { cellText, isBlank } from '../core/base/cells';
import { contractColumnKey, contractSheetKey } from '../core/contract/schema';
import { matchResult } from '../core/contract/vocabulary';
import { label, termList } from '../core/words/messages';
import { userLang } from './lang';
import { readPlanVocabulary } from './spreadsheet';

/** Notes we write start with this, so a note of the user's own is never removed. */
export const NOTE_PREFIX = '[Shinchoku] ';

export function onEdit(event: GoogleAppsScript.Events.SheetsOnEdit): void {
  // An editor add-on installed by the user but not yet used in this document runs
  // onEdit in AuthMode.NONE, where no service that needs authorization may be
  // called — reading the edited range included. Nothing to do there: the check
  // runs once the add-on is in use (LIMITED), and 入力チェック checks everything.
  // https://developers.google.com/apps-script/reference/script/auth-mode
  // https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle
  if (event?.authMode === ScriptApp.AuthMode.NONE) return;
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
  const formulas = target.getFormulas();
  const notes = target.getNotes();
  const lang = userLang();
  // The plan's own words (区分), never the defaults behind its back.
  const vocabulary = readPlanVocabulary(sheet.getParent());
  const words = key === 'activities' ? vocabulary.progress : vocabulary.result;
  const newValues: (string | null)[] = values.map(() => null);
  const newNotes: (string | null)[] = notes.map(() => null);
  values.forEach(([value], index) => {
    const current = notes[index][0];
    let note = current.startsWith(NOTE_PREFIX) ? '' : current;
    if (!isBlank(value)) {
      const found = key === 'activities' ? vocabulary.progress.match(value) : matchResult(vocabulary.result, value);
      // A formula's result is never replaced by its value: only a typed variant is normalised.
      if (found && found.kind === 'variant' && formulas[index][0] === '') newValues[index] = words.terms[found.index].label;
      else if (found && found.kind === 'unknown') {
        const allowed = key === 'activities' ? termList(words.terms, lang) : `${termList(words.terms, lang)} / －`;
        const suggestion = found.suggestion ? ` → ${found.suggestion}?` : '';
        note = `${NOTE_PREFIX}「${cellText(value)}」: ${label('invalidNote', lang, { allowed })}${suggestion}`;
      }
    }
    if (note !== current) newNotes[index] = note;
  });
  // Only the cells that change are written, each run of neighbouring cells with one call.
  writeRuns(newValues, (start, run) => target.offset(start, 0, run.length, 1).setValues(run.map((v) => [v])));
  writeRuns(newNotes, (start, run) => target.offset(start, 0, run.length, 1).setNotes(run.map((v) => [v])));
}

/** Calls write for each run of consecutive non-null entries. */
function writeRuns(changes: (string | null)[], write: (start: number, run: string[]) => void): void {
  let start = -1;
  changes.forEach((change, index) => {
    if (change !== null && start < 0) start = index;
    const ends = change === null || index === changes.length - 1;
    if (start >= 0 && ends) {
      const end = change === null ? index : index + 1;
      write(start, changes.slice(start, end) as string[]);
      start = -1;
    }
  });
}
