/**
 * Reads a workbook (plain 2-D arrays) into domain records (records.ts), reporting
 * every bad cell and carrying on: one bad cell never hides the others. Each sheet
 * has its decoder in sheets/, reading through a SheetReader (sheetReader.ts) and
 * the shared field readers (fields.ts); readWorkbook finds the sheets and calls them.
 */
import { blockA1, cellText, isBlank, type SheetInput, type WorkbookInput } from '../base/cells';
import { clip, matchKey } from '../base/text';
import { ONE_OF_REQUIRED, QUIET_OPTIONAL, SHEET_ORDER, SHEETS, type SheetKey, sheetNames } from '../contract/schema';
import { MONEY_UNITS } from '../contract/settings';
import { DEFAULT_PROGRESS, DEFAULT_RESULTS, type PlanVocabulary } from '../contract/vocabulary';
import { ProblemList } from '../words/problems';
import type { KnownCodes } from './fields';
import type { ReadOptions, WorkbookData } from './records';
import { SheetReader } from './sheetReader';
import { readActivities } from './sheets/activities';
import { readCategories } from './sheets/categories';
import { readDepartments } from './sheets/departments';
import { readEffects } from './sheets/effects';
import { readFacilities } from './sheets/facilities';
import { readGoals } from './sheets/goals';
import { readIndicators } from './sheets/indicators';
import { readProjects } from './sheets/projects';
import { readReportTexts } from './sheets/reportTexts';
import { readSettings } from './sheets/settings';
import { readTargets } from './sheets/targets';

// The records and normalizeCode are imported from here, as before read/ was split.
export { normalizeCode } from './fields';
export * from './records';

/**
 * A sheet that is no known sheet but whose name holds a required one's (取組活動（総務課）, Activities 2024):
 * most likely that sheet renamed by a department, named in the message so the officer renames it back.
 */
function renamedSheet(input: WorkbookInput, names: string[]): string | undefined {
  const known = SHEET_ORDER.flatMap((key) => sheetNames(SHEETS[key]).map(matchKey));
  const hit = input.sheets.find((sheet) => {
    const key = matchKey(sheet.name);
    return !known.includes(key) && names.some((name) => key.includes(name));
  });
  return hit ? clip(hit.name) : undefined;
}

/** Whether a sheet has a row below its header with anything in it. */
function hasDataRows(sheet: SheetInput | undefined): boolean {
  return sheet?.rows.slice(1).some((row) => row.some((value) => !isBlank(value))) === true;
}

function findSheets(input: WorkbookInput, problems: ProblemList): Partial<Record<SheetKey, SheetInput>> {
  const found: Partial<Record<SheetKey, SheetInput>> = {};
  const matchesOf = (key: SheetKey) => {
    const names = sheetNames(SHEETS[key]).map(matchKey);
    return input.sheets.filter((sheet) => names.includes(matchKey(sheet.name)));
  };
  // 取組活動 may be left out where 達成事項 has rows (a plan that tracks results without yearly activities): one of them must be kept.
  const [primary, other] = ONE_OF_REQUIRED;
  const primaryMissing = matchesOf(primary).length === 0 && !hasDataRows(matchesOf(other)[0]);
  for (const key of SHEET_ORDER) {
    const spec = SHEETS[key];
    const names = sheetNames(spec).map(matchKey);
    const matches = input.sheets.filter((sheet) => names.includes(matchKey(sheet.name)));
    if (matches.length === 0) {
      if (key === primary && primaryMissing) {
        const either = SHEETS[other];
        problems.add('error', spec.ja, 'A1', '', 'sheetMissing', {
          sheet: spec.ja,
          alias: spec.en,
          found: renamedSheet(input, names),
          other: either.ja,
          otherAlias: either.en,
        });
      } else if (spec.required) problems.add('error', spec.ja, 'A1', '', 'sheetMissing', { sheet: spec.ja, alias: spec.en, found: renamedSheet(input, names) });
      else if (key === 'settings') problems.add('info', spec.ja, 'A1', '', 'settingsMissing');
      else if (!QUIET_OPTIONAL.includes(key)) problems.add('info', spec.ja, 'A1', '', 'sheetOptionalMissing', { sheet: spec.ja, alias: spec.en });
      continue;
    }
    found[key] = matches[0];
    // The sheets there but without a row in either of the two, nor a project: nothing to summarize (a blank template),
    // as when both are missing. (A plan with projects but neither kind of row yet is not refused: known gap.)
    if (key === primary && !hasDataRows(matches[0]) && !hasDataRows(matchesOf(other)[0]) && !hasDataRows(matchesOf('projects')[0])) {
      const either = SHEETS[other];
      problems.add('error', matches[0].name, 'A2', '', 'recordsMissing', { sheet: spec.ja, alias: spec.en, other: either.ja, otherAlias: either.en });
    }
    for (const other of matches.slice(1)) {
      problems.add('warning', other.name, 'A1', '', 'sheetDuplicate', { sheet: matches[0].name, other: other.name });
    }
  }
  return found;
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
export function fillMerges(sheet: SheetInput, problems: ProblemList): SheetInput {
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
    sheetsWithRows: [],
    problems,
  };
  for (const key of SHEET_ORDER) if (found[key]) data.sheetNames[key] = found[key]?.name;
  for (const key of SHEET_ORDER) if (hasDataRows(found[key])) data.sheetsWithRows.push(key);
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
