/**
 * Field readers every sheet decoder shares: codes, references to 事業, years, words of a vocabulary, perspectives, plain text, and the guard that keeps sums exact.
 */
import { type CellValue, cellText, isBlank, isErrorValue } from '../base/cells';
import { type FiscalYear, parseFiscalYear } from '../base/fiscalYear';
import { limitAt, roundTo, withinLimit } from '../base/numbers';
import { cleanText, clip, editDistance, matchKey, normalizeText } from '../base/text';
import type { Vocabulary } from '../contract/vocabulary';
import { allowedLabels, type MessageKey } from '../words/messages';
import { type Cell, ref, SHEETS_CELL_LIMIT, type SheetReader } from './sheetReader';

/** Normalises a project code the way people mistype it: width, spaces, invisible marks, dash variants. */
export function normalizeCode(value: CellValue): string {
  const raw = cellText(value);
  // The fast path and the cache give what the normalisation below gives (reports/mutation-record-2026.md: equivalent mutants, not run).
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

export function cachedFiscalYear(value: CellValue): FiscalYear | null {
  // The cache gives what parseFiscalYear gives (reports/mutation-record-2026.md: equivalent mutants, not run).
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

export function resolvePerspective(value: CellValue, perspectives: string[]): number | null {
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

export function readCode(reader: SheetReader, cell: Cell): string {
  const raw = cellText(cell.value);
  const code = normalizeCode(cell.value);
  if (code !== raw) reader.problems.add('warning', reader.sheet.name, ref(cell), clip(raw), 'codeNormalized', { normalized: code });
  return code;
}

export type KnownCodes = Map<string, number>;

/**
 * A cell holding a word of a fixed list (終了区分, 効果額's and 施設面積's 区分, 見出し): its meaning;
 * a known variant (収入確保, ended) is read as its label with a warning, as the contract asks of every
 * variant; an unknown word is an error under its own message, with the allowed words.
 */
export function readWord<M extends string>(reader: SheetReader, cell: Cell, key: string, vocabulary: Vocabulary<M>, unknown: MessageKey): M | null {
  const text = cellText(cell.value);
  const found = vocabulary.match(text);
  if (found.kind === 'unknown') {
    reader.problems.add('error', reader.sheet.name, ref(cell), clip(text), unknown, allowedLabels(vocabulary));
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
export function readReference(reader: SheetReader, cell: Cell, known: KnownCodes): number {
  const code = readCode(reader, cell);
  // -1: the code's own 事業 row has an error, already reported there; nothing more to say here.
  const index = known.get(code);
  if (index !== undefined) return index;
  const suggestion = closestCode(code, known);
  reader.problems.add('error', reader.sheet.name, ref(cell), clip(code), 'codeUnknown', { suggestion }, suggestion);
  return -1;
}

export function readYear(reader: SheetReader, cell: Cell): FiscalYear | null {
  const year = cachedFiscalYear(cell.value);
  if (year === null) reader.problems.add('error', reader.sheet.name, ref(cell), clip(cellText(cell.value)), 'yearInvalid');
  return year;
}

/** The plain text a clean cell holds as it is: a non-blank string needing no cleaning, within the cell limit. */
export function plainText(value: CellValue): value is string {
  return (
    typeof value === 'string' && value.length > 0 && value.length <= SHEETS_CELL_LIMIT && !isBlank(value) && !isErrorValue(value) && cleanText(value) === value
  );
}

/**
 * Sums are exact only within SUMMABLE_LIMIT at the places their figures carry (numbers.ts). The figures summed
 * here are never negative (a negative amount or area is an error), so the sum of them all is the largest any
 * table shows (a year, a perspective, a project, the plan, with or without a 基準日's change): a figure that
 * would take it beyond the limit is an error at its cell, in reading order, and left out of every sum.
 * Checked over every row read, in the plan's years or not: the rule does not depend on the plan's years.
 */
export function keepSummable<T extends { row: number }>(
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
