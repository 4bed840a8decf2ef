/**
 * What the add-on's custom functions compute, as pure functions over what
 * Sheets passes in: one cell as a scalar, a range as a 2-D array. Blank cells
 * are ignored; a bad value throws an error people can read, in their language.
 */
import { type CellValue, cellText, isBlank, isErrorValue } from '../base/cells';
import { formatFiscalYear, parseFiscalYear, type WarekiStyle } from '../base/fiscalYear';
import { type NumberParse, parseNumber, SUMMABLE_LIMIT_TEXT } from '../base/numbers';
import { formatRatio, type Rounding } from '../base/ratio';
import { judge, meets, parseRule } from '../contract/indicators';
import { contractColumnKey, SHEETS } from '../contract/schema';
import { applySetting, DENOMINATOR_ALLOWED, defaultSettings, parseAchievementDenominator, type Settings } from '../contract/settings';
import { DEFAULT_VOCABULARY, isJudged, matchResult, type PlanVocabulary, RESULT_MEANINGS } from '../contract/vocabulary';
import { readVocabulary } from '../read/read';
import { readSettings } from '../read/sheets/settings';
import type { Lang } from '../words/messages';
import { allowedLabels, label, message, termName, withSuggestion } from '../words/messages';
import { ProblemList } from '../words/problems';

export type CellInput = CellValue | CellValue[][];

/**
 * The plan's vocabulary from a range of its 区分 sheet given to a custom function: with its header
 * row (区分!A:E) or without it (区分!A2:E20, columns in the template's order 種類 区分 意味
 * 進捗率に含める 別名). A custom function reading 区分 itself is not recalculated when 区分
 * changes — Sheets recalculates it only when its arguments change
 * (https://developers.google.com/apps-script/guides/sheets/functions#arguments) — so the range is
 * passed in to make it follow edits of 区分. A blank argument: null (the caller reads the sheet).
 */
export function vocabularyFromRange(input: CellInput | undefined, lang: Lang): PlanVocabulary | null {
  if (input === undefined || (!Array.isArray(input) && isBlank(input))) return null;
  const given = (Array.isArray(input) ? input : [[input]]).map((row) => row.map((value) => (value === null || value === undefined ? '' : value)));
  const columns = SHEETS.categories.columns;
  const headed = (given[0] ?? []).some((value) => contractColumnKey('categories', cellText(value)) === 'kind');
  // A range argument carries values only: a 種類 merged down over its labels arrives in its first
  // row, the rows below blank. The workbook read fills merges (read.ts fillMerges); here a blank
  // 種類 on a row that has a label takes the 種類 above, so both read the same labels.
  const kindAt = headed ? (given[0] ?? []).findIndex((value) => contractColumnKey('categories', cellText(value)) === 'kind') : 0;
  const rows = given.map((row) => [...row]);
  for (let r = headed ? 2 : 1; r < rows.length; r++) {
    const rest = rows[r].filter((_, c) => c !== kindAt);
    if (isBlank(rows[r][kindAt]) && rest.some((value) => !isBlank(value))) rows[r][kindAt] = rows[r - 1][kindAt];
  }
  const header = columns.map((column) => column.ja);
  const vocabulary = readVocabulary({ sheets: [{ name: SHEETS.categories.ja, rows: headed ? rows : [header, ...rows] }] });
  // A range with something in it that declares no label at all is not 区分 (a wrong range): said, never the defaults behind its back.
  const filled = rows.some((row) => row.some((value) => !isBlank(value)));
  if (filled && vocabulary.progress === DEFAULT_VOCABULARY.progress && vocabulary.result === DEFAULT_VOCABULARY.result)
    throw new CustomFunctionError(message('categoriesRangeUnread', lang));
  return vocabulary;
}

/** An error whose message is meant for the person who typed the formula. */
export class CustomFunctionError extends Error {}

function cells(input: CellInput): CellValue[] {
  if (Array.isArray(input)) return input.flat();
  return [input];
}

/** `suggestion`: the plan's closest label (Vocabulary.match), said as the 集計 says it (「A評価」ではありませんか。). */
function fail(lang: Lang, key: Parameters<typeof message>[0], value: CellValue, params: Record<string, string> = {}, suggestion?: string): never {
  throw new CustomFunctionError(withSuggestion(message(key, lang, { value: cellText(value), ...params }), suggestion, lang));
}

/** The reader's rule (read.ts refuseNumber) for a formula's argument: no number, or one too large to compare exactly (9007199254740993 reads as …992). */
function refuse(lang: Lang, parsed: Extract<NumberParse, { ok: false }>, value: CellValue): never {
  if (parsed.reason === 'notNumber') fail(lang, 'numberInvalid', value);
  fail(lang, 'numberTooLarge', value, { limit: SUMMABLE_LIMIT_TEXT, formula: 'yes' });
}

/** The places and rounding a ratio is shown with. */
export interface RatioFormat {
  decimals: number;
  rounding: Rounding;
}

/**
 * The plan's 小数桁数 and 端数処理 from the rows of its 設定 sheet (read as the workbook read reads them; a
 * value it cannot use keeps the default, 1 / 切り捨て). No 設定 sheet: the defaults.
 */
export function planRatioFormat(settingsRows: CellValue[][] | null): RatioFormat {
  const settings = settingsRows ? readSettings({ name: SHEETS.settings.ja, rows: settingsRows }, new ProblemList()) : defaultSettings();
  return { decimals: settings.decimals, rounding: settings.rounding };
}

/**
 * How a custom function shows its ratio (one rule for all of them): the places and rounding given as its
 * arguments, each read as 設定's 小数桁数 / 端数処理 are (0-4; 切り捨て / 四捨五入 / truncate / round);
 * one left out, blank or unusable takes the plan's 設定 — what the 集計 sheet uses for the same figures.
 * `plan` is asked for only when an argument is missing (a custom function reads 設定 only then).
 */
export function ratioFormatOf(places: CellValue | undefined, roundingMode: CellValue | undefined, plan: () => RatioFormat): RatioFormat {
  const given: Settings = defaultSettings();
  const placesOk = !isBlank(places ?? null) && applySetting(given, 'decimals', places ?? null).ok;
  const roundingOk = !isBlank(roundingMode ?? null) && applySetting(given, 'rounding', roundingMode ?? null).ok;
  if (placesOk && roundingOk) return { decimals: given.decimals, rounding: given.rounding };
  const fallback = plan();
  return { decimals: placesOk ? given.decimals : fallback.decimals, rounding: roundingOk ? given.rounding : fallback.rounding };
}

/** The label index of each non-blank status, in the plan's progress vocabulary. */
function statuses(input: CellInput, lang: Lang, vocabulary: PlanVocabulary): number[] {
  const labels: number[] = [];
  for (const value of cells(input)) {
    if (isBlank(value)) continue;
    if (isErrorValue(value)) fail(lang, 'formulaError', value);
    const found = vocabulary.progress.match(value);
    if (found.kind === 'unknown') fail(lang, 'statusUnknown', value, allowedLabels(vocabulary.progress), found.suggestion);
    labels.push(found.index);
  }
  return labels;
}

/** 進捗率 of the statuses given (labels the plan counts in the rate), rounded as the report does (default 切り捨て, 1 decimal). */
export function progressRate(
  input: CellInput,
  lang: Lang,
  decimals = 1,
  rounding: Rounding = 'truncate',
  vocabulary: PlanVocabulary = DEFAULT_VOCABULARY,
): number | string {
  const labels = statuses(input, lang, vocabulary);
  const progressing = labels.filter((index) => vocabulary.progress.terms[index].inRate).length;
  const ratio = formatRatio(progressing, labels.length, decimals, rounding);
  return ratio.rounded ?? ratio.text;
}

/** Two rows: the plan's status labels and 計, and their counts. */
export function statusCounts(input: CellInput, lang: Lang, vocabulary: PlanVocabulary = DEFAULT_VOCABULARY): (string | number)[][] {
  const labels = statuses(input, lang, vocabulary);
  const terms = vocabulary.progress.terms;
  const names = terms.map((term) => termName(term, lang));
  const counts = terms.map((_, index) => labels.filter((l) => l === index).length);
  return [
    [...names, label('countsTotal', lang)],
    [...counts, labels.length],
  ];
}

/**
 * Share of the labels meaning 達成 (or of the given result) among the results the plan divides by. Labels
 * meaning 未確定 are never in the denominator (the share of a 未確定 label is '－'). `denominator` (設定
 * 達成率の分母): 評価済み (default, blank or omitted): the evaluated results, blanks and － left out; 全事項:
 * every cell of the range is one target, a blank or － counted as 未評価 — so the range must cover exactly
 * the targets' rows (F2:F63, not F2:F).
 */
export function achievementRatio(
  input: CellInput,
  lang: Lang,
  status?: CellValue,
  decimals = 1,
  rounding: Rounding = 'truncate',
  vocabulary: PlanVocabulary = DEFAULT_VOCABULARY,
  denominator?: CellValue,
): number | string {
  const results = vocabulary.result;
  let all = false;
  if (!isBlank(denominator)) {
    const chosen = parseAchievementDenominator(cellText(denominator ?? ''));
    if (chosen === null) fail(lang, 'denominatorUnknown', denominator ?? '', { allowed: DENOMINATOR_ALLOWED.ja, allowedEn: DENOMINATOR_ALLOWED.en });
    all = chosen === 'all';
  }
  // The given label itself; without one, every label meaning 達成.
  let wanted: (index: number) => boolean = (index) => results.terms[index].meaning === 'achieved';
  if (!isBlank(status)) {
    const found = matchResult(results, status ?? null);
    if (!found || found.kind === 'unknown') fail(lang, 'resultUnknown', status ?? '', allowedLabels(results), found?.suggestion);
    const chosen = found.index;
    // A 未確定 label stands outside the denominator: it has no share.
    if (!isJudged(results.terms[chosen].meaning)) return formatRatio(0, 0, decimals, rounding).text;
    wanted = (index) => index === chosen;
  }
  let counted = 0;
  let hits = 0;
  for (const value of cells(input)) {
    if (isErrorValue(value)) fail(lang, 'formulaError', value);
    const found = matchResult(results, value);
    if (found === null) {
      if (all) counted += 1;
      continue;
    }
    if (found.kind === 'unknown') fail(lang, 'resultUnknown', value, allowedLabels(results), found.suggestion);
    if (!isJudged(results.terms[found.index].meaning)) continue;
    counted += 1;
    if (wanted(found.index)) hits += 1;
  }
  const ratio = formatRatio(hits, counted, decimals, rounding);
  return ratio.rounded ?? ratio.text;
}

function mapCells<T>(input: CellInput, each: (value: CellValue) => T): T | (T | string)[][] {
  if (!Array.isArray(input)) return each(input);
  return input.map((row) => row.map((value) => (isBlank(value) ? '' : each(value))));
}

/** 2020 for 令和2年度, R2, FY2020 or a date in FY2020; a range gives a range. */
export function fiscalYear(input: CellInput, lang: Lang): number | (number | string)[][] {
  return mapCells(input, (value) => {
    const year = parseFiscalYear(value);
    if (year === null) fail(lang, 'yearInvalid', value);
    return year;
  });
}

const STYLES: Record<string, WarekiStyle> = { long: 'long', short: 'short', r: 'short', western: 'western', fy: 'fy', 和暦: 'long', 略: 'short' };

/** 令和2年度 for 2020 (令和元年度 for 2019); style "short" gives R2. */
export function wareki(input: CellInput, lang: Lang, style?: CellValue): string | string[][] {
  const key = isBlank(style)
    ? 'long'
    : cellText(style ?? '')
        .trim()
        .toLowerCase();
  const chosen = STYLES[key];
  if (!chosen) fail(lang, 'styleUnknown', style ?? '');
  return mapCells(input, (value) => {
    const year = parseFiscalYear(value);
    if (year === null) fail(lang, 'yearInvalid', value);
    return formatFiscalYear(year, chosen);
  }) as string | string[][];
}

/** The normalised label of a status, or the problem text (never throws for a bad status: it explains it). */
export function checkStatus(input: CellInput, lang: Lang, vocabulary: PlanVocabulary = DEFAULT_VOCABULARY): string | string[][] {
  return mapCells(input, (value) => {
    if (isErrorValue(value)) return message('formulaError', lang, { value });
    const found = vocabulary.progress.match(value);
    if (found.kind !== 'unknown') return vocabulary.progress.terms[found.index].label;
    const suggestion = found.suggestion;
    const text = message('statusUnknown', lang, { value: cellText(value), ...allowedLabels(vocabulary.progress) });
    return withSuggestion(text, suggestion, lang);
  }) as string | string[][];
}

/** The plan's label for 達成 / 一部未達成 / 未達成, judged from goals and actuals taken pairwise; blank actuals are not judged. */
export function judgeIndicators(
  goals: CellInput,
  actuals: CellInput,
  lang: Lang,
  direction?: CellValue,
  vocabulary: PlanVocabulary = DEFAULT_VOCABULARY,
): string {
  const rule = parseRule(isBlank(direction) ? '' : cellText(direction ?? ''));
  if (rule === null) throw new CustomFunctionError(message('ruleUnknown', lang, { value: cellText(direction ?? '') }));
  const g = cells(goals);
  const a = cells(actuals);
  if (g.length !== a.length) fail(lang, 'rangeSizesDiffer', '', { goals: String(g.length), actuals: String(a.length) });
  const results: boolean[] = [];
  g.forEach((goalValue, i) => {
    if (isBlank(a[i])) return;
    const goal = parseNumber(goalValue);
    const actual = parseNumber(a[i]);
    if (!goal.ok) refuse(lang, goal, goalValue);
    if (!actual.ok) refuse(lang, actual, a[i]);
    results.push(meets(actual.value, goal.value, rule));
  });
  const result = judge(results);
  return result === null ? '－' : vocabulary.result.labelOf(result, RESULT_MEANINGS);
}
