/**
 * Custom functions: thin wrappers over core. Each accepts one cell or a
 * range, ignores blanks and throws a readable error in the spreadsheet's
 * language. Their JSDoc, which Sheets' autocomplete reads, lives in
 * src/entryPoints.ts.
 *
 * They use only what the custom-function guide lists — the Spreadsheet
 * service, read only — never Session (not on the list):
 * https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services
 * Sheets recalculates them only when their arguments change
 * (https://developers.google.com/apps-script/guides/sheets/functions#arguments), so the plan's
 * vocabulary can come in as their last, optional argument (a range of 区分); without it they read
 * the 区分 sheet, and keep their value until their own arguments change.
 */
import type { CellValue } from '../core/base/cells';
import { type Lang, langOfLocale } from '../core/base/lang';
import * as custom from '../core/compute/customFunctions';
import type { PlanVocabulary } from '../core/contract/vocabulary';
import { readPlanVocabulary, readSettingsRows } from './spreadsheet';

type Input = custom.CellInput;

/** The spreadsheet's language (File > Settings > Locale): the Spreadsheet service may be read here, Session may not. */
function lang(): Lang {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return langOfLocale(spreadsheet ? spreadsheet.getSpreadsheetLocale() : null);
}

/** The plan's vocabulary: from the 区分 range given, else read from the 区分 sheet (read-only SpreadsheetApp needs no authorization). */
function vocabulary(categories: Input | undefined): PlanVocabulary {
  return custom.vocabularyFromRange(categories, lang()) ?? readPlanVocabulary(SpreadsheetApp.getActiveSpreadsheet());
}

/** The places and rounding: the arguments given, else the plan's 設定 (read only when one is missing), as the 集計 sheet. */
function ratioFormat(places: CellValue | undefined, roundingMode: CellValue | undefined): custom.RatioFormat {
  return custom.ratioFormatOf(places, roundingMode, () => custom.planRatioFormat(readSettingsRows(SpreadsheetApp.getActiveSpreadsheet())));
}

export function SHINCHOKU_PROGRESS_RATE(statuses: Input, places?: CellValue, roundingMode?: CellValue, categories?: Input): number | string {
  const format = ratioFormat(places, roundingMode);
  return custom.progressRate(statuses, lang(), format.decimals, format.rounding, vocabulary(categories));
}

export function SHINCHOKU_STATUS_COUNTS(statuses: Input, categories?: Input): (string | number)[][] {
  return custom.statusCounts(statuses, lang(), vocabulary(categories));
}

export function SHINCHOKU_ACHIEVEMENT_RATIO(
  results: Input,
  status?: CellValue,
  categories?: Input,
  denominator?: CellValue,
  places?: CellValue,
  roundingMode?: CellValue,
): number | string {
  const format = ratioFormat(places, roundingMode);
  return custom.achievementRatio(results, lang(), status ?? null, format.decimals, format.rounding, vocabulary(categories), denominator ?? null);
}

export function SHINCHOKU_FISCAL_YEAR(value: Input): number | (number | string)[][] {
  return custom.fiscalYear(value, lang());
}

export function SHINCHOKU_WAREKI(year: Input, style?: CellValue): string | string[][] {
  return custom.wareki(year, lang(), style ?? null);
}

export function SHINCHOKU_CHECK_STATUS(value: Input, categories?: Input): string | string[][] {
  return custom.checkStatus(value, lang(), vocabulary(categories));
}

export function SHINCHOKU_JUDGE(goals: Input, actuals: Input, direction?: CellValue, categories?: Input): string {
  return custom.judgeIndicators(goals, actuals, lang(), direction ?? null, vocabulary(categories));
}
