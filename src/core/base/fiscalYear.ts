/**
 * Japanese fiscal years (年度): April to March, named by the calendar year
 * they start in. 令和2年度 = FY2020 = 2020-04-01..2021-03-31.
 */
import { type CellValue, isDate } from './cells';
import { JST_OFFSET_MS, jstDate } from './jst';
import { normalizeText } from './text';

export type FiscalYear = number;

export interface YearRange {
  first: FiscalYear;
  last: FiscalYear;
  /**
   * Written as 「…年度以降」 (平成25年度以降, R5以降): from `first` to the plan end. Read with last = first;
   * the summary sets last to the plan end once the plan years are known (summarize.ts), and the range is
   * still written 「平成25年度以降」.
   */
  open?: boolean;
}

interface Era {
  kanji: string;
  letter: string;
  /** The first day of the era (YYYY-MM-DD): a document dated before it never names a year in it. */
  began: string;
  /** Fiscal year of the era's year 1 (元年). */
  start: number;
  /** Last year number the era reached (昭和64, 平成31); open for the current era. */
  lastYearNumber?: number;
}

const ERAS: Era[] = [
  { kanji: '令和', letter: 'R', began: '2019-05-01', start: 2019 },
  { kanji: '平成', letter: 'H', began: '1989-01-08', start: 1989, lastYearNumber: 31 },
  { kanji: '昭和', letter: 'S', began: '1926-12-25', start: 1926, lastYearNumber: 63 }, // 昭和64年 (Jan 1989) lies in 昭和63年度
];

const MIN_YEAR = 1926;
const MAX_YEAR = 2200;

function eraOf(name: string): Era | undefined {
  const upper = name.toUpperCase();
  return ERAS.find((era) => era.kanji === name || era.letter === upper);
}

/** The fiscal year a calendar date falls in (April start), read in Japan time. */
export function fiscalYearOfDate(date: Date): FiscalYear | null {
  const time = date.getTime();
  if (Number.isNaN(time)) return null;
  const jst = new Date(time + JST_OFFSET_MS);
  const year = jst.getUTCFullYear();
  return jst.getUTCMonth() < 3 ? year - 1 : year;
}

/** The first and last day of a fiscal year (Japan's: 1 April to 31 March), as YYYY-MM-DD. */
export function fiscalYearDays(year: FiscalYear): { start: string; end: string } {
  return { start: `${year}-04-01`, end: `${year + 1}-03-31` };
}

/** Fiscal year of a calendar year and month (1-12). */
export function fiscalYearOfMonth(year: number, month: number): FiscalYear {
  return month < 4 ? year - 1 : year;
}

const ERA_YEAR = /^(令和|平成|昭和|[RHS])(\d{1,3}|元)(?:年度?)?$/i;
const ERA_YEAR_WITH_WESTERN = /^(令和|平成|昭和|[RHS])(\d{1,3}|元)\((\d{4})\)(?:年度?)?$/i;
const WESTERN_YEAR = /^(?:FY)?(\d{4})(?:年度?)?$/i;
const ISO_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const JAPANESE_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;

function inRange(year: number): FiscalYear | null {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

function eraYear(eraName: string, yearText: string, pastEraEnd = false): FiscalYear | null {
  const era = eraOf(eraName);
  if (!era) return null;
  const n = yearText === '元' ? 1 : Number(yearText);
  if (!Number.isInteger(n) || n < 1) return null;
  if (era.lastYearNumber !== undefined && n > era.lastYearNumber && !pastEraEnd) return null;
  return inRange(era.start + n - 1);
}

function dateYear(year: number, month: number, day: number): FiscalYear | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return inRange(fiscalYearOfMonth(year, month));
}

/** Parses one fiscal year from already-normalised text (`pastEraEnd`: 平成32年度 read as FY2020, see parseFiscalYearAsNamed). */
function parseYearText(text: string, pastEraEnd = false): FiscalYear | null {
  const compact = text.replace(/\s+/g, '');
  let match = ERA_YEAR.exec(compact);
  if (match) return eraYear(match[1], match[2], pastEraEnd);
  match = ERA_YEAR_WITH_WESTERN.exec(compact);
  if (match) {
    const year = eraYear(match[1], match[2]);
    return year !== null && year === Number(match[3]) ? year : null;
  }
  match = WESTERN_YEAR.exec(compact);
  if (match) return inRange(Number(match[1]));
  match = ISO_DATE.exec(compact) ?? JAPANESE_DATE.exec(compact);
  if (match) return dateYear(Number(match[1]), Number(match[2]), Number(match[3]));
  return null;
}

/**
 * One fiscal year from a cell: 令和2年度, 令和２年度, R2, R2年度, 2020, 2020年度,
 * FY2020, 令和2（2020）年度, or a date inside the fiscal year. null when it is none.
 */
export function parseFiscalYear(value: CellValue): FiscalYear | null {
  if (value === null || value === undefined || typeof value === 'boolean') return null;
  if (isDate(value)) return inRange(fiscalYearOfDate(value) ?? Number.NaN);
  if (typeof value === 'number') return inRange(value);
  return parseYearText(normalizeText(value));
}

/**
 * One fiscal year as a person names it, and as formatFiscalYear writes it for a date before the next era
 * began: parseFiscalYear's readings, and an era's year past its last (平成32年度, H32 = FY2020; a plan
 * written before 令和 named its later years so). For a year a person types for a command (round --year) and
 * the round's 照会 sheet (r27h 9, 5).
 */
export function parseFiscalYearAsNamed(value: CellValue): FiscalYear | null {
  const year = parseFiscalYear(value);
  if (year !== null || typeof value !== 'string') return year;
  return parseYearText(normalizeText(value), true);
}

const RANGE_SEPARATOR = /[~〜\-–—‐‑−－～]/;
/** 「平成25年度以降」「R5以降」: from that year on (to the plan end). */
const ONWARDS = /^(.+?)以降$/;

/**
 * A fiscal year or a range: 令和2～5年度, H28～R5, R2-R5, 2020-2023, or one
 * year (first = last). The end of 令和2～5年度 takes the era of its start.
 * 「平成25年度以降」 is a range from that year to the plan end: read as
 * { first, last: first, open: true }, its end set once the plan years are known.
 */
export function parseFiscalYearRange(value: CellValue): YearRange | null {
  const single = parseFiscalYear(value);
  if (single !== null) return { first: single, last: single };
  if (typeof value !== 'string') return null;
  const text = normalizeText(value).replace(/\s+/g, '');
  const onwards = ONWARDS.exec(text);
  if (onwards) {
    const first = parseYearText(onwards[1]);
    return first === null ? null : { first, last: first, open: true };
  }
  const parts = text.split(RANGE_SEPARATOR);
  if (parts.length !== 2 || parts[0] === '' || parts[1] === '') return null;
  const [left, right] = parts;
  const first = parseYearText(left) ?? parseYearText(`${left}年度`);
  if (first === null) return null;
  let last = parseYearText(right);
  const bareNumber = /^(\d{1,3}|元)(?:年度?)?$/.exec(right);
  if (bareNumber) {
    // 令和2～5年度: the end carries no era of its own, so it takes the start's.
    const era = /^(令和|平成|昭和|[RHS])/i.exec(left);
    last = era ? eraYear(era[1], bareNumber[1]) : null;
  }
  if (last === null || last < first) return null;
  return { first, last };
}

export type WarekiStyle = 'long' | 'short' | 'western' | 'fy';

/** The date a document is written for: a Date, a Japan calendar date 'YYYY-MM-DD', or a fiscal year (FY2021: its last day). */
export type EraDate = Date | string;

/**
 * The calendar date (YYYY-MM-DD, Japan time) a document is written for; null when the text is no date.
 * A fiscal year (FY2018, 平成30年度) stands for its last day (2019-03-31), the date an annual report speaks of.
 */
export function eraDateOf(asOf: EraDate): string | null {
  if (asOf instanceof Date) return Number.isNaN(asOf.getTime()) ? null : jstDate(asOf);
  const text = normalizeText(asOf).replace(/\s+/g, '');
  const date = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(text);
  if (date) return `${date[1]}-${date[2].padStart(2, '0')}-${date[3].padStart(2, '0')}`;
  const year = parseYearText(text);
  return year === null ? null : `${year + 1}-03-31`;
}

/**
 * The era a fiscal year is named in. Fiscal 2019 began under 平成 but is officially called 令和元年度.
 * Before 昭和 there is no era of ours. With the date the document is written for, a year is named in
 * the era of that date when its own era had not begun by then: as of 2018-03-31, FY2019 is 平成31年度
 * and FY2020 平成32年度 (令和 was announced on 2019-04-01 and began on 2019-05-01:
 * https://www.kantei.go.jp/jp/headline/singi/gengou/).
 */
function eraFor(year: FiscalYear, asOf?: EraDate): Era | undefined {
  const era = ERAS.find((e) => year >= e.start);
  if (asOf === undefined || !era) return era;
  const date = eraDateOf(asOf);
  if (date === null) return era;
  const current = ERAS.find((e) => e.began <= date);
  if (!current) return era;
  // ERAS runs newest first: an era newer than the one of the document's date is not named yet.
  return ERAS.indexOf(era) < ERAS.indexOf(current) ? current : era;
}

/**
 * Formats a fiscal year: long 令和2年度 (2019 → 令和元年度), short R2,
 * western 2020年度, fy FY2020. With `asOf` (the date the document is written
 * for), the year is named in the era of that date: FY2019 is 平成31年度 as of
 * 2019-03-31 and 令和元年度 from 2019-05-01; 令和 is never printed for a
 * document dated before 2019-05-01.
 */
export function formatFiscalYear(year: FiscalYear, style: WarekiStyle = 'long', asOf?: EraDate): string {
  if (style === 'western') return `${year}年度`;
  if (style === 'fy') return `FY${year}`;
  const era = eraFor(year, asOf);
  // A year before 昭和 (no parser gives one) is written in the Western calendar, never as 昭和-25年度.
  if (!era) return style === 'short' ? String(year) : `${year}年度`;
  const n = year - era.start + 1;
  if (style === 'short') return `${era.letter}${n}`;
  return `${era.kanji}${n === 1 ? '元' : n}年度`;
}

/**
 * 令和2～5年度 for a range inside one era, 平成28～令和5年度 across eras, 令和5年度 for one year,
 * 平成25年度以降 (FY2013 onwards in the fy style) for a range written 「…以降」. `asOf`: as formatFiscalYear.
 */
export function formatYearRange(range: YearRange, style: WarekiStyle = 'long', asOf?: EraDate): string {
  if (range.open) return style === 'fy' ? `FY${range.first} onwards` : `${formatFiscalYear(range.first, style, asOf)}以降`;
  if (range.first === range.last) return formatFiscalYear(range.first, style, asOf);
  if (style === 'short') return `${formatFiscalYear(range.first, 'short', asOf)}～${formatFiscalYear(range.last, 'short', asOf)}`;
  if (style === 'western' || style === 'fy') {
    return `${formatFiscalYear(range.first, style).replace('年度', '')}～${formatFiscalYear(range.last, style)}`;
  }
  const a = eraFor(range.first, asOf);
  const b = eraFor(range.last, asOf);
  const startText = formatFiscalYear(range.first, 'long', asOf).replace('年度', '');
  if (a && a === b) {
    const n = range.last - a.start + 1;
    return `${startText}～${n === 1 ? '元' : n}年度`;
  }
  return `${startText}～${formatFiscalYear(range.last, 'long', asOf)}`;
}

/** English label of a fiscal year: FY2020. */
export function englishFiscalYear(year: FiscalYear): string {
  return `FY${year}`;
}

/** A range written 「…以降」 with its end set to the plan end (never before its start); other ranges as they are. */
export function closeYearRange(range: YearRange, planEnd: FiscalYear | null): YearRange {
  if (!range.open || planEnd === null) return range;
  return { first: range.first, last: Math.max(range.first, planEnd), open: true };
}
