/**
 * Custom functions: thin wrappers over core. Each accepts one cell or a
 * range, ignores blanks and throws a readable error in the user's language.
 * Their JSDoc, which Sheets' autocomplete reads, lives in src/entryPoints.ts.
 */
import type { CellValue } from '../core/cells';
import * as custom from '../core/customFunctions';
import type { Rounding } from '../core/ratio';
import type { PlanVocabulary } from '../core/vocabulary';
import { userLang } from './lang';
import { readPlanVocabulary } from './spreadsheet';

type Input = custom.CellInput;

function rounding(value: CellValue): Rounding {
  const text = String(value ?? '').trim();
  return text === '四捨五入' || text.toLowerCase() === 'halfup' || text.toLowerCase() === 'round' ? 'halfUp' : 'truncate';
}

/**
 * The plan's vocabulary, read from its 区分 sheet: custom functions may read
 * the spreadsheet (read-only SpreadsheetApp needs no authorization).
 * https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services
 */
function vocabulary(): PlanVocabulary {
  return readPlanVocabulary(SpreadsheetApp.getActiveSpreadsheet());
}

function decimals(value: CellValue): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 4 ? value : 1;
}

export function SHINCHOKU_PROGRESS_RATE(statuses: Input, places?: CellValue, roundingMode?: CellValue): number | string {
  return custom.progressRate(statuses, userLang(), decimals(places ?? null), rounding(roundingMode ?? null), vocabulary());
}

export function SHINCHOKU_STATUS_COUNTS(statuses: Input): (string | number)[][] {
  return custom.statusCounts(statuses, userLang(), vocabulary());
}

export function SHINCHOKU_ACHIEVEMENT_RATIO(results: Input, status?: CellValue): number | string {
  return custom.achievementRatio(results, userLang(), status ?? null, 1, 'truncate', vocabulary());
}

export function SHINCHOKU_FISCAL_YEAR(value: Input): number | (number | string)[][] {
  return custom.fiscalYear(value, userLang());
}

export function SHINCHOKU_WAREKI(year: Input, style?: CellValue): string | string[][] {
  return custom.wareki(year, userLang(), style ?? null);
}

export function SHINCHOKU_CHECK_STATUS(value: Input): string | string[][] {
  return custom.checkStatus(value, userLang(), vocabulary());
}

export function SHINCHOKU_JUDGE(goals: Input, actuals: Input, direction?: CellValue): string {
  return custom.judgeIndicators(goals, actuals, userLang(), direction ?? null, vocabulary());
}
