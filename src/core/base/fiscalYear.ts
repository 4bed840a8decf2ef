/**
 * Japanese fiscal years (年度): April to March, named by the calendar year
 * they start in. 令和2年度 = FY2020 = 2020-04-01..2021-03-31.
 */
import { type CellValue, isDate } from './cells';
import { JST_OFFSET_MS } from './jst';
import type { Lang } from './lang';
import { normalizeText } from './text';

export type FiscalYear = number;

export interface YearRange {
  first: FiscalYear;
  last: FiscalYear;
}

interface Era {
  kanji: string;
  letter: string;
  /** Fiscal year of the era's year 1 (元年). */
  start: number;
  /** Last year number the era reached (昭和64, 平成31); open for the current era. */
  lastYearNumber?: number;
}

const ERAS: Era[] = [
  { kanji: '令和', letter: 'R', start: 2019 },
  { kanji: '平成', letter: 'H', start: 1989, lastYearNumber: 31 },
  { kanji: '昭和', letter: 'S', start: 1926, lastYearNumber: 63 }, // 昭和64年 (Jan 1989) lies in 昭和63年度
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

function eraYear(eraName: string, yearText: string): FiscalYear | null {
  const era = eraOf(eraName);
  if (!era) return null;
  const n = yearText === '元' ? 1 : Number(yearText);
  if (!Number.isInteger(n) || n < 1) return null;
  if (era.lastYearNumber !== undefined && n > era.lastYearNumber) return null;
  return inRange(era.start + n - 1);
}

function dateYear(year: number, month: number, day: number): FiscalYear | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return inRange(fiscalYearOfMonth(year, month));
}

/** Parses one fiscal year from already-normalised text. */
function parseYearText(text: string): FiscalYear | null {
  const compact = text.replace(/\s+/g, '');
  let match = ERA_YEAR.exec(compact);
  if (match) return eraYear(match[1], match[2]);
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

const RANGE_SEPARATOR = /[~〜\-–—‐‑−－～]/;

/**
 * A fiscal year or a range: 令和2～5年度, H28～R5, R2-R5, 2020-2023, or one
 * year (first = last). The end of 令和2～5年度 takes the era of its start.
 */
export function parseFiscalYearRange(value: CellValue): YearRange | null {
  const single = parseFiscalYear(value);
  if (single !== null) return { first: single, last: single };
  if (typeof value !== 'string') return null;
  const text = normalizeText(value).replace(/\s+/g, '');
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

function eraFor(year: FiscalYear): Era | undefined {
  // Fiscal 2019 began under 平成 but is officially called 令和元年度. Before 昭和 there is no era of ours.
  return ERAS.find((era) => year >= era.start);
}

/**
 * Formats a fiscal year: long 令和2年度 (2019 → 令和元年度), short R2,
 * western 2020年度, fy FY2020.
 */
export function formatFiscalYear(year: FiscalYear, style: WarekiStyle = 'long'): string {
  if (style === 'western') return `${year}年度`;
  if (style === 'fy') return `FY${year}`;
  const era = eraFor(year);
  // A year before 昭和 (no parser gives one) is written in the Western calendar, never as 昭和-25年度.
  if (!era) return style === 'short' ? String(year) : `${year}年度`;
  const n = year - era.start + 1;
  if (style === 'short') return `${era.letter}${n}`;
  return `${era.kanji}${n === 1 ? '元' : n}年度`;
}

/** 令和2～5年度 for a range inside one era, 平成28～令和5年度 across eras, 令和5年度 for one year. */
export function formatYearRange(range: YearRange, style: WarekiStyle = 'long'): string {
  if (range.first === range.last) return formatFiscalYear(range.first, style);
  if (style === 'short') return `${formatFiscalYear(range.first, 'short')}～${formatFiscalYear(range.last, 'short')}`;
  if (style === 'western' || style === 'fy') {
    return `${formatFiscalYear(range.first, style).replace('年度', '')}～${formatFiscalYear(range.last, style)}`;
  }
  const a = eraFor(range.first);
  const b = eraFor(range.last);
  const startText = formatFiscalYear(range.first).replace('年度', '');
  if (a && a === b) {
    const n = range.last - a.start + 1;
    return `${startText}～${n === 1 ? '元' : n}年度`;
  }
  return `${startText}～${formatFiscalYear(range.last)}`;
}

/** English label of a fiscal year: FY2020. */
export function englishFiscalYear(year: FiscalYear): string {
  return `FY${year}`;
}

/** A fiscal year as a person reads it: 令和2年度 in Japanese, FY2020 in English. */
export function fiscalYearLabel(year: FiscalYear, lang: Lang): string {
  return lang === 'ja' ? formatFiscalYear(year) : englishFiscalYear(year);
}

/** A range of fiscal years as a person reads it: 令和2～5年度 in Japanese, FY2020-FY2023 in English. */
export function yearRangeLabel(range: YearRange, lang: Lang): string {
  return lang === 'ja' ? formatYearRange(range) : formatYearRange(range, 'fy').replace('～', '-');
}
