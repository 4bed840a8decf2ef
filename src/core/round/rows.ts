/**
 * The rows an annual round (照会) is about: for one fiscal year, the 取組活動 and 効果額 rows of that
 * year and the 達成事項 due that year (the last year of its target-year range, as the 達成状況 tables
 * count it), each with its identity — project code, year and what the row is — so that an answer,
 * a later copy of the sheet or a returned file finds the same row even when rows moved.
 *
 * Read from the sheets' raw cells, not from the read records: a row whose 進捗状況 is blank is left
 * out of the records (a required cell), and such a row is exactly what the round asks for.
 */
import { type CellValue, cellText, isBlank, type SheetInput, type WorkbookInput } from '../base/cells';
import { closeYearRange, type FiscalYear, parseFiscalYear, parseFiscalYearRange } from '../base/fiscalYear';
import { cleanText, normalizeText } from '../base/text';
import { planYears } from '../compute/planYears';
import { SHEETS, type SheetKey } from '../contract/schema';
import { matchResult, type ResultMeaning, type Vocabulary } from '../contract/vocabulary';
import { fillMerges, normalizeCode, type WorkbookData } from '../read/read';
import { SheetReader } from '../read/sheetReader';
import { ProblemList } from '../words/problems';

/** The three sheets a department answers in. */
export type RoundSheet = 'activities' | 'targets' | 'effects';
export const ROUND_SHEETS: readonly RoundSheet[] = ['activities', 'targets', 'effects'];

/** A column of a round sheet, by its contract key (schema.ts SHEETS). */
export type RoundField = 'code' | 'year' | 'activity' | 'status' | 'notes' | 'targetYear' | 'target' | 'result' | 'summary' | 'amount' | 'kind';

/** The columns a department answers (unlocked in its file and its protected range); every other column is locked. */
export const ANSWER_FIELDS: Record<RoundSheet, readonly RoundField[]> = {
  activities: ['status', 'notes'],
  targets: ['result', 'summary'],
  effects: ['amount'],
};

/** The answer cells the round asks for when they are blank (概要 may be written, but is not asked for). */
export const REQUESTED_FIELDS: Record<RoundSheet, readonly RoundField[]> = {
  activities: ['status', 'notes'],
  targets: ['result'],
  effects: ['amount'],
};

/** The columns that say which row it is: a change to one of them is a changed row, never an answer. */
export const IDENTITY_FIELDS: Record<RoundSheet, readonly RoundField[]> = {
  activities: ['code', 'year', 'activity'],
  targets: ['code', 'targetYear', 'target'],
  effects: ['code', 'year', 'kind'],
};

/** One round sheet as the workbook has it: its name, header row and the columns found. */
export interface RoundLayout {
  sheet: RoundSheet;
  /** The sheet's name in this workbook (取組活動, or its alias Activities). */
  name: string;
  header: CellValue[];
  /** 0-based column of each contract column the header has. */
  columns: Partial<Record<RoundField, number>>;
}

/** One row of the round's year. */
export interface RoundRow {
  sheet: RoundSheet;
  /** 0-based row in its sheet (row 0 is the header). */
  row: number;
  /** The project code, normalised (readCode's rule). */
  code: string;
  /** The row's identity: sheet, code, year and what it is, normalised; a repeated identity gets #2, #3 … */
  key: string;
  /** The identity without the #n of a repeated one: rows alike share it. */
  identity: string;
  /** What the row is, for messages: the activity, the target, or the effect's kind. */
  what: string;
}

export interface RoundRows {
  year: FiscalYear;
  layouts: Partial<Record<RoundSheet, RoundLayout>>;
  rows: RoundRow[];
}

export function roundLayoutOf(sheet: RoundSheet, input: SheetInput): RoundLayout {
  const reader = new SheetReader(SHEETS[sheet as SheetKey], input, new ProblemList());
  const columns: Partial<Record<RoundField, number>> = {};
  for (const [key, column] of reader.columns) columns[key as RoundField] = column;
  return { sheet, name: input.name, header: input.rows[0] ?? [], columns };
}

/** The sheet the reader found for a round sheet, its merged blocks filled as the reader fills them. */
export function roundSheetInput(input: WorkbookInput, data: WorkbookData, sheet: RoundSheet): SheetInput | null {
  const name = data.sheetNames[sheet];
  const found = name === undefined ? undefined : input.sheets.find((s) => s.name === name);
  return found ? fillMerges(found, new ProblemList()) : null;
}

/** The layouts of the round sheets a workbook has. */
export function roundLayouts(input: WorkbookInput, data: WorkbookData): Partial<Record<RoundSheet, RoundLayout>> {
  const layouts: Partial<Record<RoundSheet, RoundLayout>> = {};
  for (const sheet of ROUND_SHEETS) {
    const found = roundSheetInput(input, data, sheet);
    if (found) layouts[sheet] = roundLayoutOf(sheet, found);
  }
  return layouts;
}

function text(value: CellValue): string {
  return normalizeText(cellText(value));
}

/**
 * The identity of a row from its cells (without the #n of a repeated identity); null when it has no code or no year.
 * A target's year is the last of its target-year range, 「…年度以降」 closed at `planEnd` (closeYearRange) as the
 * 達成状況 tables count it; its key keeps the range as written, so a file and its master agree without the plan.
 */
export function rowIdentity(
  sheet: RoundSheet,
  layout: RoundLayout,
  row: readonly CellValue[],
  planEnd: FiscalYear | null = null,
): { code: string; year: FiscalYear; key: string; what: string } | null {
  const cell = (field: RoundField): CellValue => {
    const column = layout.columns[field];
    return column === undefined ? null : row[column];
  };
  if (isBlank(cell('code'))) return null;
  const code = normalizeCode(cell('code'));
  if (sheet === 'targets') {
    const range = parseFiscalYearRange(cell('targetYear'));
    if (!range) return null;
    const what = cleanText(cellText(cell('target')));
    return { code, year: closeYearRange(range, planEnd).last, key: `targets|${code}|${range.first}-${range.last}|${text(cell('target'))}`, what };
  }
  const year = parseFiscalYear(cell('year'));
  if (year === null) return null;
  const field = sheet === 'activities' ? 'activity' : 'kind';
  return { code, year, key: `${sheet}|${code}|${year}|${text(cell(field))}`, what: cleanText(cellText(cell(field))) };
}

/**
 * The rows of one fiscal year in the round sheets, for the plan's projects only (a row naming no project
 * is the validation's to report). Row identities are numbered in sheet order when repeated.
 */
export function roundRows(input: WorkbookInput, data: WorkbookData, year: FiscalYear): RoundRows {
  const known = new Set(data.projects.map((p) => p.code));
  const layouts: Partial<Record<RoundSheet, RoundLayout>> = {};
  const rows: RoundRow[] = [];
  const { end } = planYears(data);
  for (const sheet of ROUND_SHEETS) {
    const found = roundSheetInput(input, data, sheet);
    if (!found) continue;
    const layout = roundLayoutOf(sheet, found);
    layouts[sheet] = layout;
    const seen = new Map<string, number>();
    for (let index = 1; index < found.rows.length; index++) {
      const identity = rowIdentity(sheet, layout, found.rows[index] ?? [], end);
      if (!identity || identity.year !== year || !known.has(identity.code)) continue;
      const n = (seen.get(identity.key) ?? 0) + 1;
      seen.set(identity.key, n);
      rows.push({ sheet, row: index, code: identity.code, key: n === 1 ? identity.key : `${identity.key}#${n}`, identity: identity.key, what: identity.what });
    }
  }
  return { year, layouts, rows };
}

/**
 * Whether an answer cell holds an answer: not blank; for 達成状況 also not － (the contract's "not
 * evaluated yet", matchResult's rule), so a target marked － is still asked for.
 */
export function answered(field: RoundField, value: CellValue, results: Vocabulary<ResultMeaning>): boolean {
  if (field === 'result') return matchResult(results, value) !== null;
  return !isBlank(value);
}
