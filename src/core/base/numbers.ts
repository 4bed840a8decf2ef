/**
 * Amounts (千円) and areas (㎡) as people type them: 1,234 / １，２３４ /
 * － (nothing, = 0) / 1,234千円 / 5,085.13㎡ / △12 (the Japanese minus).
 */

import { label } from '../words/messages';
import { type CellValue, isDate } from './cells';
import { escapeRegExp, normalizeText } from './text';

export type NumberParse = { ok: true; value: number; fromText: boolean } | { ok: false; reason: 'notNumber' | 'tooLarge' };

/**
 * The largest size a figure may have and still be summed and shown exactly: 999,999,999,999,999, fifteen digits.
 * Excel keeps 15 significant digits ("Number precision: 15 digits",
 * https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3),
 * and Google Sheets shows the same 15: a 16-digit figure written to the 集計 sheet would read back changed
 * (9,007,199,254,740,993 is no double at all; it reads as …992, and two 1e308 sum to Infinity). Figures are summed
 * in the unit typed (千円, 百万円, 円, ㎡ in hundredths) and kept to their places, so the limit bounds a figure times
 * 10^places: 999兆円 in 円 is beyond any plan (the national budget is about 110兆円), so it refuses no real figure.
 * One rule for every number read (amounts, areas, goals, indicators, the custom functions) and every sum.
 */
export const SUMMABLE_LIMIT = 999_999_999_999_999;

/** The limit as people read it: 999,999,999,999,999. */
export const SUMMABLE_LIMIT_TEXT = '999,999,999,999,999';

/** The limit in a figure's own units at `decimals` places, as people read it: 9,999,999,999,999.99 (㎡ in hundredths). */
export function limitAt(decimals: number): string {
  const digits = String(SUMMABLE_LIMIT);
  if (decimals === 0) return SUMMABLE_LIMIT_TEXT;
  const whole = digits.slice(0, digits.length - decimals);
  return `${groupThousands(Number(whole))}.${digits.slice(digits.length - decimals)}`;
}

/** Whether a figure kept to `decimals` places (a sum, an area in hundredths) stays within what can be summed exactly. */
export function withinLimit(value: number, decimals = 0): boolean {
  return Number.isFinite(value) && Math.abs(value) * 10 ** decimals <= SUMMABLE_LIMIT;
}

const ZERO_MARKS = new Set(['-', 'ー', '―', '—', '‐', '−', '–', '－']);
const NUMBER_TEXT = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?$/;

/** Parses a number cell; `unitPattern` is stripped from the end first (千円, ㎡). */
export function parseNumber(value: CellValue, unitPattern?: RegExp): NumberParse {
  // -0 (a formula's result, or −0 typed) is 0: it must print and sum as 0.
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { ok: false, reason: 'notNumber' };
    if (!withinLimit(value)) return { ok: false, reason: 'tooLarge' };
    return { ok: true, value: value === 0 ? 0 : value, fromText: false };
  }
  if (typeof value !== 'string' || isDate(value)) return { ok: false, reason: 'notNumber' };
  let text = normalizeText(value).replace(/\s+/g, '');
  if (ZERO_MARKS.has(text)) return { ok: true, value: 0, fromText: true };
  if (unitPattern) text = text.replace(unitPattern, '');
  let sign = 1;
  if (text.startsWith('△') || text.startsWith('▲')) {
    sign = -1;
    text = text.slice(1);
  }
  const match = NUMBER_TEXT.exec(text);
  if (!match || (match[2] === undefined && match[3] === undefined)) return { ok: false, reason: 'notNumber' };
  const number = Number(`${match[2] ?? '0'}${match[3] ?? ''}`.replace(/,/g, ''));
  // A text beyond the limit (9007199254740993, or 400 digits that read as Infinity) is a number too large, not a non-number.
  if (!withinLimit(number)) return { ok: false, reason: 'tooLarge' };
  const signed = sign * (match[1] === '-' ? -number : number);
  return { ok: true, value: signed === 0 ? 0 : signed, fromText: true };
}

/** The plan's money unit, accepted at the end of an amount cell (1,234千円). */
export function amountUnitPattern(unit: string): RegExp {
  return new RegExp(`${escapeRegExp(unit)}$`);
}
export const AREA_UNIT = /(m2|m²|平方メートル|平米)$/i;

/** Decimal places a typed number carries (at most 6): 12.5 → 1. */
export function decimalsOf(value: number): number {
  if (Number.isInteger(value)) return 0;
  const text = String(value);
  if (text.includes('e')) return 6;
  return Math.min(6, text.split('.')[1]?.length ?? 0);
}

/** A sum of amounts that carry `decimals` places, kept exact (0.1 + 0.2 stays 0.3). */
export function roundTo(value: number, decimals: number): number {
  if (decimals === 0) return value;
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/**
 * A figure that cannot be shown as a number: the summary's last guard (guardFigures) puts the mark, in the
 * reader's language, where a non-finite figure was; printed as it is, never as Infinity, NaN or a blank.
 */
function notComputable(value: unknown): string | null {
  if (typeof value === 'string') return value;
  return typeof value === 'number' && Number.isFinite(value) ? null : label('notComputable', 'ja');
}

/** An amount as printed: grouped thousands and the amounts' decimal places (12,345.5). */
export function formatAmount(value: number, decimals: number): string {
  const mark = notComputable(value);
  if (mark !== null) return mark;
  if (decimals === 0) return groupThousands(Math.round(value));
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, fraction] = fixed.split('.');
  return `${value < 0 ? '-' : ''}${groupThousands(Number(whole))}.${fraction}`;
}

/** Areas are summed in hundredths of ㎡ so that 1,399.68 - 6,227.75 prints -4,828.07, not -4828.070000000001. */
export function toHundredths(area: number): number {
  // The guard's mark (a string) passes through to formatArea, which prints it.
  if (typeof area !== 'number') return area;
  return Math.round(area * 100);
}

export function fromHundredths(hundredths: number): number {
  return hundredths / 100;
}

/** 4828.07 → "4,828.07" (always two decimals). */
export function formatArea(hundredths: number): string {
  const mark = notComputable(hundredths);
  if (mark !== null) return mark;
  const negative = hundredths < 0;
  const abs = Math.abs(hundredths);
  const whole = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, '0');
  return `${negative ? '-' : ''}${groupThousands(whole)}.${cents}`;
}

/** 4698997 → "4,698,997". */
export function groupThousands(value: number): string {
  const mark = notComputable(value);
  if (mark !== null) return mark;
  const negative = value < 0;
  const digits = String(Math.abs(Math.trunc(value)));
  return `${negative ? '-' : ''}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}
