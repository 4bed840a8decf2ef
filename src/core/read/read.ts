/**
 * Reads a workbook (plain 2-D arrays) into domain records, reporting every
 * bad cell and carrying on: one bad cell never hides the others.
 */
import { a1, blockA1, type CellValue, cellText, isBlank, isDate, isErrorValue, type SheetInput, type WorkbookInput } from '../base/cells';
import { checkAddress } from '../base/email';
import { type FiscalYear, parseFiscalYear, parseFiscalYearRange, type YearRange } from '../base/fiscalYear';
import {
  AREA_UNIT,
  amountUnitPattern,
  decimalsOf,
  limitAt,
  type NumberParse,
  parseNumber,
  roundTo,
  SUMMABLE_LIMIT_TEXT,
  toHundredths,
  withinLimit,
} from '../base/numbers';
import { ADDRESS_SEPARATOR, cleanText, clip, editDistance, matchKey, NAME_SEPARATOR, normalizeText } from '../base/text';
import { type Indicator, parseRule } from '../contract/indicators';
import { AMOUNT_HEADER, columnMatches, QUIET_OPTIONAL, SHEET_ORDER, SHEETS, type SheetKey, type SheetSpec, sheetNames } from '../contract/schema';
import {
  applySetting,
  defaultSettings,
  findSettingKey,
  MONEY_UNITS,
  type MoneyUnit,
  parseMoneyUnit,
  SETTING_KEYS,
  type Settings,
  splitList,
} from '../contract/settings';
import {
  DEFAULT_PROGRESS,
  DEFAULT_RESULTS,
  EFFECT_KINDS,
  END_KINDS,
  FLOOR_CHANGES,
  matchResult,
  type PlanVocabulary,
  parseMeaning,
  REPORT_SECTIONS,
  RESULT_MEANINGS,
  type ReportSection,
  type ResultCode,
  readYesNo,
  STATUS_MEANINGS,
  type StatusCode,
  type Term,
  Vocabulary,
  YES_NO,
} from '../contract/vocabulary';
import type { MessageKey } from '../words/messages';
import { ProblemList } from '../words/problems';

export interface Project {
  code: string;
  name: string;
  /** 1-based perspective number. */
  perspective: number;
  period?: YearRange;
  periodText: string;
  departments: string[];
  endYear?: FiscalYear;
  endKind?: 'ended' | 'suspended';
  /** 事業の概要: the project's summary for the report; '' when none. */
  summary: string;
  /** 0-based row in its sheet. */
  row: number;
}

export interface Activity {
  code: string;
  /** Index of the project in WorkbookData.projects. */
  project: number;
  year: FiscalYear;
  /** 0-based column of the year cell (its A1 reference is built only for a warning). */
  yearColumn: number;
  activity: string;
  /** The standard meaning of its label. */
  status: StatusCode;
  /** Index of its label in the plan's progress vocabulary. */
  label: number;
  notes: string;
  row: number;
}

export interface Target {
  code: string;
  project: number;
  /** 0-based column of the result cell, for warnings about it. */
  resultColumn: number;
  years: YearRange;
  target: string;
  /** The standard meaning of the typed result; null when not evaluated. */
  result: ResultCode | null;
  /** Index of the typed label in the plan's result vocabulary; -1 when not evaluated. */
  resultLabel: number;
  summary: string;
  row: number;
}

export type EffectKind = 'spendingCut' | 'revenue';

export interface Effect {
  code: string;
  project: number;
  year: FiscalYear;
  /** 0-based column of the year cell (its A1 reference is built only for a warning). */
  yearColumn: number;
  amount: number;
  kind?: EffectKind;
  row: number;
}

export interface Facility {
  year: FiscalYear;
  /** 0-based column of the year cell (its A1 reference is built only for a warning). */
  yearColumn: number;
  name: string;
  change: 'abolished' | 'added';
  /** Area in hundredths of ㎡ (exact sums). */
  areaHundredths: number;
  generalAccount: boolean;
  row: number;
}

export interface Department {
  name: string;
  emails: string[];
  row: number;
  /** 0-based column of the e-mail cell, for messages about an address. */
  emailColumn: number;
}

/** One row of the 目標 sheet, read. */
export interface GoalRow {
  goal: string;
  target: number | null;
  unit: string;
  year: FiscalYear;
  actual: number | null;
  row: number;
  yearColumn: number;
  targetColumn: number;
}

export interface WorkbookData {
  settings: Settings;
  /** The plan's own words for statuses and results (区分), or the defaults. */
  vocabulary: PlanVocabulary;
  goals: GoalRow[];
  projects: Project[];
  activities: Activity[];
  targets: Target[];
  effects: Effect[];
  facilities: Facility[];
  departments: Department[];
  indicators: Indicator[];
  /** The 報告書 sheet's texts, in row order. */
  reportTexts: ReportText[];
  /** Actual sheet names found for each part of the contract. */
  sheetNames: Partial<Record<SheetKey, string>>;
  problems: ProblemList;
}

export interface ReadOptions {
  /** Results typed for target years that have not begun by this fiscal year are flagged. */
  currentYear?: FiscalYear;
  asOfText?: string;
}

const SHEETS_CELL_LIMIT = 50_000;

/** A cell read from a row; its A1 reference is only built when a problem needs it. */
interface Cell {
  value: CellValue;
  row: number;
  column: number;
}

/** A1 reference of a cell; a missing column (-1) refers to the whole row. */
function ref(cell: Cell): string {
  return cell.column < 0 ? `${cell.row + 1}:${cell.row + 1}` : a1(cell.row, cell.column);
}

/** A sheet whose header row has been matched to the contract. */
class SheetReader {
  readonly columns = new Map<string, number>();
  ok = true;

  constructor(
    readonly spec: SheetSpec,
    readonly sheet: SheetInput,
    readonly problems: ProblemList,
    /** Column names as this plan shows them (効果額（百万円）), where they differ from the contract's. */
    readonly names: Record<string, { ja: string; en: string }> = {},
  ) {
    const header = sheet.rows[0] ?? [];
    const firstSeen = new Map<string, number>();
    header.forEach((cell, index) => {
      if (typeof cell !== 'string' || isBlank(cell)) return;
      const column = spec.columns.find((c) => columnMatches(c, cell));
      if (!column) return;
      const first = firstSeen.get(column.key);
      if (first !== undefined) {
        problems.add('error', sheet.name, a1(0, index), clip(cell), 'columnDuplicate', {
          column: (names[column.key] ?? column).ja,
          first: a1(0, first),
          cell: a1(0, index),
        });
        return;
      }
      firstSeen.set(column.key, index);
      this.columns.set(column.key, index);
    });
    for (const column of spec.columns) {
      if (column.required && !this.columns.has(column.key)) {
        const shown = names[column.key] ?? column;
        problems.add('error', sheet.name, '1:1', '', 'columnMissing', { sheet: sheet.name, column: shown.ja, alias: shown.en });
        this.ok = false;
      }
    }
  }

  isBlankRow(row: CellValue[]): boolean {
    for (const column of this.columns.values()) if (!isBlank(row[column])) return false;
    return true;
  }

  /** Data rows (0-based indexes) that are not blank in any contract column. */
  *dataRows(): Generator<{ index: number; row: CellValue[] }> {
    const indexes = [...this.columns.values()];
    const rows = this.sheet.rows;
    for (let index = 1; index < rows.length; index++) {
      const row = rows[index];
      if (!row) continue;
      let blank = true;
      for (const column of indexes) {
        if (!isBlank(row[column])) {
          blank = false;
          break;
        }
      }
      if (!blank) yield { index, row };
    }
  }

  /** A column's names in messages: the plan's own where it has one (効果額（百万円）), else the contract's. */
  columnSpec(key: string): { ja: string; en: string } {
    const spec = this.names[key] ?? this.spec.columns.find((c) => c.key === key);
    if (!spec) throw new Error(`unknown column ${key}`);
    return spec;
  }

  cell(row: CellValue[], index: number, key: string): Cell {
    const column = this.columns.get(key);
    return column === undefined ? { value: null, row: index, column: -1 } : { value: row[column], row: index, column };
  }

  /** A cell that must hold something; reports blanks and formula errors. Returns null when unusable. */
  required(row: CellValue[], index: number, key: string): Cell | null {
    const cell = this.cell(row, index, key);
    if (isErrorValue(cell.value)) {
      this.problems.add('error', this.sheet.name, ref(cell), cell.value, 'formulaError');
      return null;
    }
    if (isBlank(cell.value)) {
      const spec = this.columnSpec(key);
      // No advice about merged cells: a merged block's value is filled into every cell before this (fillMerges).
      this.problems.add('error', this.sheet.name, ref(cell), '', 'required', { column: spec.ja, columnEn: spec.en });
      return null;
    }
    return cell;
  }

  /** An optional cell: null when blank; reports formula errors (and then returns null too). */
  optional(row: CellValue[], index: number, key: string): Cell | null {
    const cell = this.cell(row, index, key);
    if (isErrorValue(cell.value)) {
      this.problems.add('error', this.sheet.name, ref(cell), cell.value, 'formulaError');
      return null;
    }
    return isBlank(cell.value) ? null : cell;
  }

  /**
   * A number cell that could not be read: no number (numberInvalid), or one too large to be summed exactly
   * (numberTooLarge: 1e308, 9007199254740993; numbers.ts SUMMABLE_LIMIT). Either is an error at the cell and
   * the value is left out of every sum, so no figure is silently wrong.
   */
  refuseNumber(cell: Cell, key: string, parsed: Extract<NumberParse, { ok: false }>): void {
    const shown = clip(cellText(cell.value));
    if (parsed.reason === 'notNumber') {
      this.problems.add('error', this.sheet.name, ref(cell), shown, 'numberInvalid');
      return;
    }
    const spec = this.columnSpec(key);
    this.problems.add('error', this.sheet.name, ref(cell), shown, 'numberTooLarge', { column: spec.ja, columnEn: spec.en, limit: SUMMABLE_LIMIT_TEXT });
  }

  /** A text cell: dates are refused; very long text is flagged. */
  text(cell: Cell, key: string): string | null {
    if (isDate(cell.value)) {
      const spec = this.columnSpec(key);
      this.problems.add('error', this.sheet.name, ref(cell), cellText(cell.value), 'valueIsDate', { column: spec.ja, columnEn: spec.en });
      return null;
    }
    const raw = cellText(cell.value);
    if (raw.length > SHEETS_CELL_LIMIT) {
      this.problems.add('warning', this.sheet.name, ref(cell), clip(raw), 'textTooLong', { length: raw.length });
    }
    return cleanText(raw.length > 100_000 ? raw.slice(0, 100_000) : raw);
  }
}

/** Normalises a project code the way people mistype it: width, spaces, invisible marks, dash variants. */
export function normalizeCode(value: CellValue): string {
  const raw = cellText(value);
  // The fast path and the cache give what the normalisation below gives (docs/mutation.md: equivalent mutants, not run).
  // Stryker disable next-line all: a plain code normalises to itself
  if (PLAIN_CODE.test(raw)) return raw;
  const cached = codeCache.get(raw);
  // Stryker disable next-line all: a cached code is the code normalised
  if (cached !== undefined) return cached;
  const code = normalizeText(raw)
    .replace(/[‐‑‒–—―−ー－]/g, '-')
    .replace(/\s+/g, '');
  // Stryker disable next-line all: the cache's bound only limits memory
  if (codeCache.size > 100_000) codeCache.clear();
  codeCache.set(raw, code);
  return code;
}

const PLAIN_CODE = /^[0-9A-Za-z][0-9A-Za-z_.-]*$/;

// Codes and years repeat on every row: each distinct text is normalised once.
const codeCache = new Map<string, string>();
const yearCache = new Map<string | number, FiscalYear | null>();

function cachedFiscalYear(value: CellValue): FiscalYear | null {
  // The cache gives what parseFiscalYear gives (docs/mutation.md: equivalent mutants, not run).
  // Stryker disable next-line all: a value of another type is parsed directly; cached, it would be parsed again (an object key never repeats)
  if (typeof value !== 'string' && typeof value !== 'number') return parseFiscalYear(value);
  const cached = yearCache.get(value);
  // Stryker disable next-line all: a cached year is the value parsed
  if (cached !== undefined) return cached;
  const year = parseFiscalYear(value);
  // Stryker disable next-line all: the cache's bound only limits memory
  if (yearCache.size > 10_000) yearCache.clear();
  yearCache.set(value, year);
  return year;
}

function findSheets(input: WorkbookInput, problems: ProblemList): Partial<Record<SheetKey, SheetInput>> {
  const found: Partial<Record<SheetKey, SheetInput>> = {};
  for (const key of SHEET_ORDER) {
    const spec = SHEETS[key];
    const names = sheetNames(spec).map(matchKey);
    const matches = input.sheets.filter((sheet) => names.includes(matchKey(sheet.name)));
    if (matches.length === 0) {
      if (spec.required) problems.add('error', spec.ja, 'A1', '', 'sheetMissing', { sheet: spec.ja, alias: spec.en });
      else if (key === 'settings') problems.add('info', spec.ja, 'A1', '', 'settingsMissing');
      else if (!QUIET_OPTIONAL.includes(key)) problems.add('info', spec.ja, 'A1', '', 'sheetOptionalMissing', { sheet: spec.ja, alias: spec.en });
      continue;
    }
    found[key] = matches[0];
    for (const other of matches.slice(1)) {
      problems.add('warning', other.name, 'A1', '', 'sheetDuplicate', { sheet: matches[0].name, other: other.name });
    }
  }
  return found;
}

function readSettings(sheet: SheetInput | undefined, problems: ProblemList): Settings {
  const settings = defaultSettings();
  if (!sheet) return settings;
  // Without a recognisable 項目 / 値 header the first two columns are read as key / value, from row 1.
  const scratch = new ProblemList();
  const reader = new SheetReader(SHEETS.settings, sheet, scratch);
  let firstRow = 1;
  if (reader.ok) problems.items.push(...scratch.items);
  else {
    reader.columns.set('key', 0);
    reader.columns.set('value', 1);
    firstRow = 0;
  }
  const seenPerspectives: string[] = [];
  for (let index = firstRow; index < sheet.rows.length; index++) {
    const row = sheet.rows[index] ?? [];
    const keyCell = reader.cell(row, index, 'key');
    const valueCell = reader.cell(row, index, 'value');
    if (isBlank(keyCell.value) && isBlank(valueCell.value)) continue;
    const keyText = cellText(keyCell.value);
    const key = findSettingKey(keyText);
    if (!key) {
      if (!isBlank(keyCell.value)) {
        problems.add('warning', sheet.name, ref(keyCell), clip(keyText), 'settingUnknown', {
          allowed: SETTING_KEYS.map((k) => k.ja).join('、'),
          allowedEn: SETTING_KEYS.map((k) => `${k.en} (${k.ja})`).join(', '),
        });
      }
      continue;
    }
    if (isBlank(valueCell.value)) continue;
    if (isErrorValue(valueCell.value)) {
      problems.add('error', sheet.name, ref(valueCell), valueCell.value, 'formulaError');
      continue;
    }
    const outcome = applySetting(settings, key, valueCell.value);
    if (!outcome.ok) {
      const entry = SETTING_KEYS.find((k) => k.key === key);
      problems.add('error', sheet.name, ref(valueCell), clip(cellText(valueCell.value)), 'settingInvalid', {
        key: entry?.ja,
        keyEn: entry?.en,
        allowed: outcome.allowedJa,
        allowedEn: outcome.allowedEn,
      });
    } else if (key === 'perspectives') {
      // Several 取組の視点 rows, one name each, are read as one list.
      seenPerspectives.push(...settings.perspectives);
      settings.perspectives = [...seenPerspectives];
    }
  }
  return settings;
}

function resolvePerspective(value: CellValue, perspectives: string[]): number | null {
  // A number cell is read as its text: 2 as "2", 1.5 and -1 as no perspective.
  const text = normalizeText(cellText(value));
  // normalizeText has made （） half-width.
  const numbered = /^\(?(\d{1,2})\)?\.?$/.exec(text);
  if (numbered) {
    const n = Number(numbered[1]);
    return n >= 1 && n <= perspectives.length ? n : null;
  }
  // "(1) 視点一", "1) 視点一": the name decides, and a number that disagrees with it ("(2) 視点一") is refused.
  const prefixed = /^\(?(\d{1,2})\)\s*(.*)$/.exec(text);
  const key = matchKey(prefixed ? prefixed[2] : text);
  const index = perspectives.findIndex((name) => matchKey(name) === key);
  if (index < 0 || (prefixed && Number(prefixed[1]) !== index + 1)) return null;
  return index + 1;
}

/**
 * Reads 事業. `broken` receives the codes of rows left out for another error
 * (a bad 取組の視点): those codes stay known, so rows that refer to them are not
 * reported again, nor pointed toward another project.
 */
function readProjects(reader: SheetReader, settings: Settings, broken: Set<string>): Project[] {
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

function readCode(reader: SheetReader, cell: Cell): string {
  const raw = cellText(cell.value);
  const code = normalizeCode(cell.value);
  if (code !== raw) reader.problems.add('warning', reader.sheet.name, ref(cell), clip(raw), 'codeNormalized', { normalized: code });
  return code;
}

type KnownCodes = Map<string, number>;

/** The allowed values of a vocabulary, as message parameters in both languages. */
function allowed<M extends string>(vocabulary: Vocabulary<M>): { allowed: string; allowedEn: string } {
  return { allowed: vocabulary.list('ja'), allowedEn: vocabulary.list('en') };
}

/**
 * A cell holding a word of a fixed list (終了区分, 効果額's and 施設面積's 区分, 見出し): its meaning;
 * a known variant (収入確保, ended) is read as its label with a warning, as the contract asks of every
 * variant; an unknown word is an error under its own message, with the allowed words.
 */
function readWord<M extends string>(reader: SheetReader, cell: Cell, key: string, vocabulary: Vocabulary<M>, unknown: MessageKey): M | null {
  const text = cellText(cell.value);
  const found = vocabulary.match(text);
  if (found.kind === 'unknown') {
    reader.problems.add('error', reader.sheet.name, ref(cell), clip(text), unknown, allowed(vocabulary));
    return null;
  }
  if (found.kind === 'variant') {
    const spec = reader.columnSpec(key);
    const label = vocabulary.terms[found.index].label;
    reader.problems.add('warning', reader.sheet.name, ref(cell), clip(text), 'wordVariant', { column: spec.ja, columnEn: spec.en, label }, label);
  }
  return found.code;
}

function closestCode(code: string, known: KnownCodes): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  if (code.length > 30 || known.size > 2000) return undefined;
  for (const [candidate, index] of known) {
    if (index < 0) continue;
    const distance = editDistance(code, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** A code cell on a sheet that refers to 事業: the project's index, or -1 (and a problem) when unknown. */
function readReference(reader: SheetReader, cell: Cell, known: KnownCodes): number {
  const code = readCode(reader, cell);
  // -1: the code's own 事業 row has an error, already reported there; nothing more to say here.
  const index = known.get(code);
  if (index !== undefined) return index;
  const suggestion = closestCode(code, known);
  reader.problems.add('error', reader.sheet.name, ref(cell), clip(code), 'codeUnknown', { suggestion }, suggestion);
  return -1;
}

function readYear(reader: SheetReader, cell: Cell): FiscalYear | null {
  const year = cachedFiscalYear(cell.value);
  if (year === null) reader.problems.add('error', reader.sheet.name, ref(cell), clip(cellText(cell.value)), 'yearInvalid');
  return year;
}

/** The plain text a clean cell holds as it is: a non-blank string needing no cleaning, within the cell limit. */
function plainText(value: CellValue): value is string {
  return (
    typeof value === 'string' && value.length > 0 && value.length <= SHEETS_CELL_LIMIT && !isBlank(value) && !isErrorValue(value) && cleanText(value) === value
  );
}

function readActivities(reader: SheetReader, known: KnownCodes, projects: Project[], vocabulary: Vocabulary<StatusCode>): Activity[] {
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
      reader.problems.add('error', sheet, ref(statusCell), clip(cellText(statusCell.value)), 'statusUnknown', allowed(vocabulary), found.suggestion);
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

function readTargets(reader: SheetReader, known: KnownCodes, projects: Project[], options: ReadOptions, vocabulary: Vocabulary<ResultCode>): Target[] {
  const targets: Target[] = [];
  const sheet = reader.sheet.name;
  for (const { index, row } of reader.dataRows()) {
    const codeCell = reader.required(row, index, 'code');
    const yearCell = reader.required(row, index, 'targetYear');
    const targetCell = reader.required(row, index, 'target');
    const project = codeCell ? readReference(reader, codeCell, known) : -1;
    let years: YearRange | null = null;
    if (yearCell) {
      years = parseFiscalYearRange(yearCell.value);
      if (!years) reader.problems.add('error', sheet, ref(yearCell), clip(cellText(yearCell.value)), 'yearRangeInvalid');
    }
    const target = targetCell ? reader.text(targetCell, 'target') : null;
    let result: ResultCode | null = null;
    let resultLabel = -1;
    let resultOk = true;
    const resultCell = reader.optional(row, index, 'result');
    if (resultCell === null && isErrorValue(reader.cell(row, index, 'result').value)) resultOk = false;
    if (resultCell) {
      const found = matchResult(vocabulary, resultCell.value);
      const shown = clip(cellText(resultCell.value));
      if (found === null) result = null;
      else if (found.kind === 'unknown') {
        resultOk = false;
        reader.problems.add('error', sheet, ref(resultCell), shown, 'resultUnknown', allowed(vocabulary), found.suggestion);
      } else {
        result = found.code;
        resultLabel = found.index;
        if (found.kind === 'variant') {
          const label = vocabulary.terms[found.index].label;
          reader.problems.add('warning', sheet, ref(resultCell), shown, 'resultVariant', { label }, label);
        }
      }
      if (result !== null && years && options.currentYear !== undefined && years.first > options.currentYear) {
        reader.problems.add('warning', sheet, ref(resultCell), shown, 'resultTooEarly', {
          year: cellText(yearCell?.value),
          yearEn: `FY${years.first}`,
          asOf: options.asOfText ?? `FY${options.currentYear}`,
        });
      }
    }
    const summaryCell = reader.optional(row, index, 'summary');
    const summary = summaryCell ? (reader.text(summaryCell, 'summary') ?? '') : '';
    if (project < 0 || years === null || target === null || !resultOk) continue;
    targets.push({
      code: projects[project].code,
      project,
      resultColumn: reader.columns.get('result') ?? -1,
      years,
      target,
      result,
      resultLabel,
      summary,
      row: index,
    });
  }
  return targets;
}

/** The unit a 効果額 header names (効果額（百万円）, Amount (million yen)), or null when it names none. */
function headerUnit(header: string): MoneyUnit | string | null {
  const match = AMOUNT_HEADER.exec(normalizeText(header));
  if (!match) return null;
  return parseMoneyUnit(match[1]) ?? match[1];
}

/**
 * Sums are exact only within SUMMABLE_LIMIT at the places their figures carry (numbers.ts). The figures summed
 * here are never negative (a negative amount or area is an error), so the sum of them all is the largest any
 * table shows (a year, a perspective, a project, the plan, with or without a 基準日's change): a figure that
 * would take it beyond the limit is an error at its cell, in reading order, and left out of every sum.
 * Checked over every row read, in the plan's years or not: the rule does not depend on the plan's years.
 */
function keepSummable<T extends { row: number }>(
  reader: SheetReader,
  records: T[],
  key: string,
  size: (record: T) => number,
  decimals: number,
  total: { ja: string; en: string },
  /** Places the figures are shown with, when they are summed scaled (areas: hundredths summed, ㎡ shown with 2). */
  shownDecimals = decimals,
): T[] {
  const column = reader.columns.get(key) ?? -1;
  let sum = 0;
  return records.filter((record) => {
    const next = roundTo(sum + size(record), decimals);
    if (withinLimit(next, decimals)) {
      sum = next;
      return true;
    }
    const cell = { value: reader.sheet.rows[record.row]?.[column] ?? null, row: record.row, column };
    reader.problems.add('error', reader.sheet.name, ref(cell), clip(cellText(cell.value)), 'sumTooLarge', {
      total: total.ja,
      totalEn: total.en,
      limit: limitAt(shownDecimals),
      decimals: shownDecimals,
    });
    return false;
  });
}

function readEffects(reader: SheetReader, known: KnownCodes, projects: Project[], unit: MoneyUnit): Effect[] {
  const effects: Effect[] = [];
  const sheet = reader.sheet.name;
  // A header naming another unit than the plan's: its amounts would be off by a factor, so none is summed.
  const amountColumn = reader.columns.get('amount') ?? -1;
  const header = cellText(reader.sheet.rows[0]?.[amountColumn] ?? '');
  const named = amountColumn >= 0 ? headerUnit(header) : null;
  const unitOk = named === null || named === unit;
  if (!unitOk) reader.problems.add('error', sheet, a1(0, amountColumn), clip(header), 'amountUnitMismatch', { found: String(named), unit });
  const unitPattern = amountUnitPattern(unit);
  for (const { index, row } of reader.dataRows()) {
    const codeCell = reader.required(row, index, 'code');
    const yearCell = reader.required(row, index, 'year');
    const amountCell = reader.required(row, index, 'amount');
    const project = codeCell ? readReference(reader, codeCell, known) : -1;
    const year = yearCell ? readYear(reader, yearCell) : null;
    let amount: number | null = null;
    if (amountCell) {
      const parsed = parseNumber(amountCell.value, unitPattern);
      const shown = clip(cellText(amountCell.value));
      if (!parsed.ok) reader.refuseNumber(amountCell, 'amount', parsed);
      else if (parsed.value < 0) reader.problems.add('error', sheet, ref(amountCell), shown, 'numberNegative', { column: '効果額', columnEn: 'Amount' });
      else amount = parsed.value;
    }
    let kind: EffectKind | undefined;
    let kindOk = true;
    const kindCell = reader.optional(row, index, 'kind');
    if (kindCell) {
      const found = readWord(reader, kindCell, 'kind', EFFECT_KINDS, 'effectKindUnknown');
      if (found === null) kindOk = false;
      else kind = found;
    }
    if (project < 0 || year === null || amount === null || !kindOk || !unitOk) continue;
    const effect: Effect = { code: projects[project].code, project, year, yearColumn: yearCell?.column ?? 0, amount, row: index };
    if (kind) effect.kind = kind;
    effects.push(effect);
  }
  // The places the summary keeps its sums to (summarize.ts effects): the most any amount carries.
  const decimals = effects.reduce((most, effect) => Math.max(most, decimalsOf(effect.amount)), 0);
  return keepSummable(reader, effects, 'amount', (effect) => effect.amount, decimals, { ja: '効果額', en: 'the amounts' });
}

function readFacilities(reader: SheetReader): Facility[] {
  const facilities: Facility[] = [];
  const sheet = reader.sheet.name;
  for (const { index, row } of reader.dataRows()) {
    const yearCell = reader.required(row, index, 'year');
    const nameCell = reader.required(row, index, 'facility');
    const changeCell = reader.required(row, index, 'change');
    const areaCell = reader.required(row, index, 'area');
    const year = yearCell ? readYear(reader, yearCell) : null;
    const name = nameCell ? reader.text(nameCell, 'facility') : null;
    const change = changeCell ? readWord(reader, changeCell, 'change', FLOOR_CHANGES, 'changeUnknown') : null;
    let areaHundredths: number | null = null;
    if (areaCell) {
      const parsed = parseNumber(areaCell.value, AREA_UNIT);
      const shown = clip(cellText(areaCell.value));
      if (!parsed.ok) reader.refuseNumber(areaCell, 'area', parsed);
      else if (parsed.value <= 0) reader.problems.add('error', sheet, ref(areaCell), shown, 'areaNotPositive');
      else areaHundredths = toHundredths(parsed.value);
    }
    let generalAccount: boolean | null = true;
    const gaCell = reader.optional(row, index, 'generalAccount');
    if (gaCell) {
      // readYesNo takes the cell as it is: booleans, 1 / 0 and the words; anything else (a date) is unreadable.
      generalAccount = readYesNo(gaCell.value);
      if (generalAccount === null) reader.problems.add('error', sheet, ref(gaCell), clip(cellText(gaCell.value)), 'booleanInvalid', allowed(YES_NO));
    }
    if (year === null || name === null || change === null || areaHundredths === null || generalAccount === null) continue;
    facilities.push({ year, yearColumn: yearCell?.column ?? 0, name, change, areaHundredths, generalAccount, row: index });
  }
  // Areas are summed in hundredths (whole numbers), abolished and added apart; the net lies between them.
  const kept = new Set<Facility>();
  for (const change of ['abolished', 'added'] as const) {
    const named = change === 'abolished' ? { ja: '廃止面積', en: 'abolished areas' } : { ja: '増加面積', en: 'added areas' };
    const ofChange = facilities.filter((facility) => facility.change === change);
    for (const facility of keepSummable(reader, ofChange, 'area', (f) => f.areaHundredths, 0, named, 2)) kept.add(facility);
  }
  return facilities.filter((facility) => kept.has(facility));
}

function readDepartments(reader: SheetReader): Department[] {
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

const INDICATOR_UNIT = /(%|件|回|業務|か所|箇所|種類|人|時間|媒体|品|施設|事業|円|千円|m2|ポイント|pt)$/i;

/** A target referred to by its text (same project) or by its row on the 達成事項 sheet (#12, 行12, row 12, 12). */
function findTarget(value: CellValue, project: number, targets: Target[]): number {
  const text = normalizeText(cellText(value));
  const rowRef = /^(?:#|行|row\s*)?(\d{1,7})$/i.exec(text);
  if (rowRef) {
    const row = Number(rowRef[1]) - 1;
    return targets.findIndex((t) => t.row === row && t.project === project);
  }
  const key = matchKey(text);
  return targets.findIndex((t) => t.project === project && matchKey(t.target) === key);
}

function readIndicators(reader: SheetReader, known: KnownCodes, projects: Project[], targets: Target[]): Indicator[] {
  const indicators: Indicator[] = [];
  const sheet = reader.sheet.name;
  for (const { index, row } of reader.dataRows()) {
    const codeCell = reader.required(row, index, 'code');
    const targetCell = reader.required(row, index, 'target');
    const nameCell = reader.required(row, index, 'name');
    const yearCell = reader.required(row, index, 'year');
    const goalCell = reader.required(row, index, 'goal');
    const project = codeCell ? readReference(reader, codeCell, known) : -1;
    let target = -1;
    if (targetCell && project >= 0) {
      target = findTarget(targetCell.value, project, targets);
      if (target < 0)
        reader.problems.add('error', sheet, ref(targetCell), clip(cellText(targetCell.value)), 'indicatorTargetUnknown', { code: projects[project].code });
    }
    const name = nameCell ? reader.text(nameCell, 'name') : null;
    const year = yearCell ? readYear(reader, yearCell) : null;
    const number = (cell: Cell | null, key: string): number | null | undefined => {
      if (!cell) return undefined;
      const parsed = parseNumber(cell.value, INDICATOR_UNIT);
      if (parsed.ok) return parsed.value;
      reader.refuseNumber(cell, key, parsed);
      return null;
    };
    let goal = number(goalCell, 'goal');
    const actualCell = reader.optional(row, index, 'actual');
    let actual = number(actualCell, 'actual');
    const ruleCell = reader.optional(row, index, 'rule');
    const rule = parseRule(ruleCell ? cellText(ruleCell.value) : '');
    if (rule === null && ruleCell) reader.problems.add('error', sheet, ref(ruleCell), clip(cellText(ruleCell.value)), 'ruleUnknown');
    const unitCell = reader.optional(row, index, 'unit');
    // Percentages come in two forms: 90 (typed 90% as text, or 単位 %) and 0.9 (a %-formatted cell).
    // A goal and an actual in different forms would compare 0.93 with 90: the fraction is read as a percent, with a warning.
    const percentText = (cell: Cell | null) => cell !== null && typeof cell.value === 'string' && /[%％]\s*$/.test(cell.value.trim());
    const percentUnit = unitCell !== null && /^[%％]$/.test(cleanText(cellText(unitCell.value)));
    if (typeof goal === 'number' && typeof actual === 'number') {
      const goalInPercent = percentText(goalCell) || (percentUnit && goal > 1.5);
      const actualInPercent = percentText(actualCell) || (percentUnit && actual > 1.5);
      const fraction = (n: number) => Math.abs(n) <= 1.5;
      if (goalInPercent && !actualInPercent && fraction(actual) && actualCell) {
        reader.problems.add('warning', sheet, ref(actualCell), clip(cellText(actualCell.value)), 'percentMixed', { read: roundTo(actual * 100, 6) });
        actual = roundTo(actual * 100, 6);
      } else if (actualInPercent && !goalInPercent && fraction(goal) && goalCell) {
        reader.problems.add('warning', sheet, ref(goalCell), clip(cellText(goalCell.value)), 'percentMixed', { read: roundTo(goal * 100, 6) });
        goal = roundTo(goal * 100, 6);
      }
    }
    // A target is looked up only for a known project: target >= 0 means project >= 0.
    if (target < 0 || name === null || year === null || goal === null || goal === undefined || actual === null || rule === null) continue;
    indicators.push({
      code: projects[project].code,
      target,
      name,
      year,
      goal,
      actual: actual ?? null,
      rule,
      unit: unitCell ? cleanText(cellText(unitCell.value)) : '',
      row: index,
    });
  }
  return indicators;
}

const PROGRESS_KIND = new Set(['進捗状況', '進捗', 'progress', 'status', 'progressstatus'].map(matchKey));
const RESULT_KIND = new Set(['達成状況', '達成', 'result', 'achievement', 'achievementstatus'].map(matchKey));

/**
 * The 区分 sheet: the plan's own labels. Rows of a kind replace that kind's
 * defaults entirely; a kind without rows keeps the seed's words.
 */
function readCategories(reader: SheetReader | null): PlanVocabulary {
  if (!reader) return { progress: DEFAULT_PROGRESS, result: DEFAULT_RESULTS };
  const { problems } = reader;
  const sheet = reader.sheet.name;
  const progress: Term<StatusCode>[] = [];
  const result: Term<ResultCode>[] = [];
  const firstRow = { progress: new Map<string, number>(), result: new Map<string, number>() };
  const kindNames = { progress: { ja: '進捗状況', en: 'progress' }, result: { ja: '達成状況', en: 'results' } };
  const rowsOf: { kind: 'progress' | 'result'; term: Term<string>; variantsCell: Cell | null }[] = [];
  for (const { index, row } of reader.dataRows()) {
    const kindCell = reader.required(row, index, 'kind');
    const labelCell = reader.required(row, index, 'label');
    const meaningCell = reader.required(row, index, 'meaning');
    if (!kindCell || !labelCell || !meaningCell) continue;
    const kindKey = matchKey(cellText(kindCell.value));
    const kind = PROGRESS_KIND.has(kindKey) ? 'progress' : RESULT_KIND.has(kindKey) ? 'result' : null;
    if (!kind) {
      problems.add('error', sheet, ref(kindCell), clip(cellText(kindCell.value)), 'categoryKindUnknown');
      continue;
    }
    const label = reader.text(labelCell, 'label');
    if (label === null || label === '') continue;
    const labelKey = matchKey(label);
    const first = firstRow[kind].get(labelKey);
    if (first !== undefined) {
      problems.add('error', sheet, ref(labelCell), clip(label), 'categoryLabelDuplicate', {
        kind: kindNames[kind].ja,
        kindEn: kindNames[kind].en,
        first: a1(first, labelCell.column),
      });
      continue;
    }
    const meanings = kind === 'progress' ? STATUS_MEANINGS : RESULT_MEANINGS;
    const meaning = parseMeaning<string>(cellText(meaningCell.value), meanings);
    if (meaning === null) {
      const names = Object.entries(meanings).map(([code, name]) => ({ code, ...(name as { ja: string; en: string }) }));
      problems.add('error', sheet, ref(meaningCell), clip(cellText(meaningCell.value)), 'categoryMeaningUnknown', {
        allowed: names.map((n) => n.ja).join(' / '),
        allowedEn: names.map((n) => `${n.ja} (${n.code})`).join(' / '),
      });
      continue;
    }
    let inRate = meaning === 'done' || meaning === 'onTrack';
    const inRateCell = reader.optional(row, index, 'inRate');
    if (inRateCell) {
      if (kind === 'result') problems.add('warning', sheet, ref(inRateCell), clip(cellText(inRateCell.value)), 'categoryInRateIgnored');
      else {
        const flag = readYesNo(inRateCell.value);
        if (flag === null) {
          problems.add('error', sheet, ref(inRateCell), clip(cellText(inRateCell.value)), 'categoryInRateInvalid');
          continue;
        }
        inRate = flag;
      }
    }
    firstRow[kind].set(labelKey, index);
    const variantsCell = reader.optional(row, index, 'variants');
    rowsOf.push({ kind, term: { label, meaning, inRate: kind === 'progress' && inRate, variants: [] }, variantsCell });
  }
  // Variants after every label is known: a variant may not be another label or another label's variant.
  for (const kind of ['progress', 'result'] as const) {
    const taken = new Map<string, string>();
    const entries = rowsOf.filter((entry) => entry.kind === kind);
    for (const entry of entries) taken.set(matchKey(entry.term.label), entry.term.label);
    for (const entry of entries) {
      if (!entry.variantsCell) continue;
      const variants: string[] = [];
      for (const variant of splitList(cellText(entry.variantsCell.value), NAME_SEPARATOR)) {
        const key = matchKey(variant);
        const other = taken.get(key);
        if (other !== undefined && other !== entry.term.label) {
          problems.add('warning', sheet, ref(entry.variantsCell), clip(variant), 'categoryVariantDuplicate', {
            other,
            kind: kindNames[kind].ja,
            kindEn: kindNames[kind].en,
          });
          continue;
        }
        taken.set(key, entry.term.label);
        variants.push(variant);
      }
      entry.term = { ...entry.term, variants };
    }
    for (const entry of entries) {
      if (kind === 'progress') progress.push(entry.term as Term<StatusCode>);
      else result.push(entry.term as Term<ResultCode>);
    }
  }
  return {
    progress: progress.length > 0 ? new Vocabulary(progress, STATUS_MEANINGS) : DEFAULT_PROGRESS,
    result: result.length > 0 ? new Vocabulary(result, RESULT_MEANINGS) : DEFAULT_RESULTS,
  };
}

/** The 目標 sheet: headline goals, one row per goal and year. */
function readGoals(reader: SheetReader, unit: MoneyUnit): GoalRow[] {
  const goals: GoalRow[] = [];
  const unitPattern = amountUnitPattern(unit);
  for (const { index, row } of reader.dataRows()) {
    const goalCell = reader.required(row, index, 'goal');
    const yearCell = reader.required(row, index, 'year');
    const goal = goalCell ? reader.text(goalCell, 'goal') : null;
    const year = yearCell ? readYear(reader, yearCell) : null;
    const number = (key: string): number | null | undefined => {
      const cell = reader.optional(row, index, key);
      if (!cell) return null;
      const parsed = parseNumber(cell.value, unitPattern);
      if (parsed.ok) return parsed.value;
      reader.refuseNumber(cell, key, parsed);
      return undefined;
    };
    const target = number('target');
    const actual = number('actual');
    const unitCell = reader.optional(row, index, 'unit');
    if (goal === null || year === null || target === undefined || actual === undefined) continue;
    goals.push({
      goal,
      target,
      unit: unitCell ? cleanText(cellText(unitCell.value)) : '',
      year,
      actual,
      row: index,
      yearColumn: reader.columns.get('year') ?? 0,
      targetColumn: reader.columns.get('target') ?? 0,
    });
  }
  // 累計 sums a goal's actuals (summarize.ts goals), kept to the places its 目標値 and 実績 carry: an actual that
  // would take the sum of their sizes beyond the limit is left out (its year then reads as not reported).
  const groups = new Map<string, GoalRow[]>();
  for (const row of goals) {
    const key = matchKey(row.goal);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  for (const rows of groups.values()) {
    const decimals = rows.reduce((most, row) => Math.max(most, decimalsOf(row.target ?? 0), decimalsOf(row.actual ?? 0)), 0);
    const reported = rows.filter((row) => row.actual !== null);
    const kept = new Set(
      keepSummable(reader, reported, 'actual', (row) => Math.abs(row.actual ?? 0), decimals, {
        ja: `目標「${rows[0].goal}」の実績`,
        en: `the actuals of goal "${rows[0].goal}"`,
      }),
    );
    for (const row of reported) if (!kept.has(row)) row.actual = null;
  }
  return goals;
}

/** One row of the 報告書 sheet: a paragraph of a section, for one perspective or the whole plan. */
export interface ReportText {
  section: ReportSection;
  /** 1-based perspective for 概要 and 課題と今後の方向性; null for the plan's own sections. */
  perspective: number | null;
  text: string;
  row: number;
}

const PERSPECTIVE_SECTIONS: ReportSection[] = ['perspectiveOverview', 'issues'];

function readReportTexts(reader: SheetReader, settings: Settings): ReportText[] {
  const texts: ReportText[] = [];
  const sheet = reader.sheet.name;
  for (const { index, row } of reader.dataRows()) {
    // A section whose 本文 is still blank is "not written yet" (the template lists them all): the report shows where to write it.
    const textCell = reader.optional(row, index, 'text');
    if (!textCell) continue;
    const sectionCell = reader.required(row, index, 'section');
    if (!sectionCell) continue;
    const section = readWord(reader, sectionCell, 'section', REPORT_SECTIONS, 'reportSectionUnknown');
    if (section === null) continue;
    const perspectiveCell = reader.optional(row, index, 'perspective');
    let perspective: number | null = null;
    if (PERSPECTIVE_SECTIONS.includes(section)) {
      if (!perspectiveCell) {
        const term = REPORT_SECTIONS.terms[REPORT_SECTIONS.firstOf(section)];
        // Without a 視点 column the problem sits on the 見出し cell, and says to add the column.
        const column = reader.columns.get('perspective');
        reader.problems.add('error', sheet, a1(index, column ?? sectionCell.column), '', 'reportPerspectiveMissing', {
          section: term.label,
          sectionEn: term.en ?? term.label,
          noColumn: column === undefined ? 1 : undefined,
        });
        continue;
      }
      perspective = resolvePerspective(perspectiveCell.value, settings.perspectives);
      if (perspective === null) {
        reader.problems.add('error', sheet, ref(perspectiveCell), clip(cellText(perspectiveCell.value)), 'perspectiveUnknown', {
          count: settings.perspectives.length,
          names: settings.perspectives.join('、'),
          namesEn: settings.perspectives.join(', '),
        });
        continue;
      }
    }
    // Paragraphs are kept as typed (new lines separate them); only the ends are trimmed.
    // Never empty: the cell is not blank, and blank means nothing but white space and invisible marks.
    const text = cellText(textCell.value).replace(/\r\n?/g, '\n').trim();
    texts.push({ section, perspective, text, row: index });
  }
  return texts;
}

/** The plan's vocabulary alone, read from a workbook's 区分 sheet (the add-on's onEdit, template and custom functions). */
export function readVocabulary(input: WorkbookInput): PlanVocabulary {
  const scratch = new ProblemList();
  const sheet = findSheets(input, scratch).categories;
  if (!sheet) return { progress: DEFAULT_PROGRESS, result: DEFAULT_RESULTS };
  // Merges filled as readWorkbook fills them: a 種類 written once and merged down names every row it spans.
  const reader = new SheetReader(SHEETS.categories, fillMerges(sheet, scratch), scratch);
  return readCategories(reader.ok ? reader : null);
}

/**
 * Merged blocks: Sheets keeps a merge's value in its top-left cell only. Clerks
 * merge 事業コード cells all the time, meaning "this code for every row", so the
 * value is applied to each cell of the block, and a note says so once per merge.
 * The CLI and the add-on both hand their merges here, so both read the same.
 */
function fillMerges(sheet: SheetInput, problems: ProblemList): SheetInput {
  if (!sheet.merges || sheet.merges.length === 0) return sheet;
  const rows = [...sheet.rows];
  for (const block of sheet.merges) {
    const value = sheet.rows[block.row]?.[block.column] ?? null;
    // Only data rows: a merged header names one column, not several.
    if (block.row === 0 || isBlank(value) || block.numRows * block.numColumns === 1) continue;
    for (let r = block.row; r < block.row + block.numRows; r++) {
      const row = [...(rows[r] ?? [])];
      for (let c = block.column; c < block.column + block.numColumns; c++) row[c] = value;
      rows[r] = row;
    }
    problems.add('info', sheet.name, blockA1(block), clip(cellText(value)), 'mergedFilled', { range: blockA1(block) });
  }
  return { name: sheet.name, rows };
}

/** Reads every sheet of the contract; never throws on bad cells. */
export function readWorkbook(input: WorkbookInput, options: ReadOptions = {}): WorkbookData {
  const problems = new ProblemList();
  const found = findSheets(input, problems);
  for (const key of SHEET_ORDER) {
    const sheet = found[key];
    if (sheet) found[key] = fillMerges(sheet, problems);
  }
  const settings = readSettings(found.settings, problems);
  const reader = (key: SheetKey): SheetReader | null => {
    const sheet = found[key];
    if (!sheet) return null;
    const unit = settings.moneyUnit;
    const names: Record<string, { ja: string; en: string }> =
      key === 'effects' ? { amount: { ja: `効果額（${unit}）`, en: `Amount (${MONEY_UNITS[unit].en})` } } : {};
    const r = new SheetReader(SHEETS[key], sheet, problems, names);
    return r.ok ? r : null;
  };
  const vocabulary = readCategories(reader('categories'));
  const data: WorkbookData = {
    settings,
    vocabulary,
    goals: [],
    projects: [],
    activities: [],
    targets: [],
    effects: [],
    facilities: [],
    departments: [],
    indicators: [],
    reportTexts: [],
    sheetNames: {},
    problems,
  };
  for (const key of SHEET_ORDER) if (found[key]) data.sheetNames[key] = found[key]?.name;
  const projectsReader = reader('projects');
  const broken = new Set<string>();
  if (projectsReader) data.projects = readProjects(projectsReader, settings, broken);
  const known: KnownCodes = new Map(data.projects.map((p, index) => [p.code, index]));
  // A broken code is never a project's: a code's first row decides, and any later row with it is a duplicate.
  for (const code of broken) known.set(code, -1);
  const activitiesReader = reader('activities');
  if (activitiesReader) data.activities = readActivities(activitiesReader, known, data.projects, vocabulary.progress);
  const targetsReader = reader('targets');
  if (targetsReader) data.targets = readTargets(targetsReader, known, data.projects, options, vocabulary.result);
  const effectsReader = reader('effects');
  if (effectsReader) data.effects = readEffects(effectsReader, known, data.projects, settings.moneyUnit);
  const floorReader = reader('floorArea');
  if (floorReader) data.facilities = readFacilities(floorReader);
  const goalsReader = reader('goals');
  if (goalsReader) data.goals = readGoals(goalsReader, settings.moneyUnit);
  const departmentsReader = reader('departments');
  if (departmentsReader) data.departments = readDepartments(departmentsReader);
  const indicatorsReader = reader('indicators');
  if (indicatorsReader) data.indicators = readIndicators(indicatorsReader, known, data.projects, data.targets);
  const reportReader = reader('report');
  if (reportReader) data.reportTexts = readReportTexts(reportReader, settings);
  return data;
}
