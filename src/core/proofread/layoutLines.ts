/**
 * The old pattern engine's reading of a line (issue #26; split from proofread.ts, issue #24): a line normalised
 * (NFKC, 令和 2（2020）年度 → 令和2年度), amounts and years as its patterns read them, 【…】 and the 合計…m2 sentences found
 * in linear time, the lines joined without breaks, and a percentage's figure with its workbook and arithmetic values.
 */
import { type FiscalYear, formatFiscalYear, parseFiscalYear } from '../base/fiscalYear';
import { formatAmount, formatArea, toHundredths } from '../base/numbers';
import { formatRatio } from '../base/ratio';
import { nfkc, stripInvisible } from '../base/text';
import type { Figure } from './draftFigures';

/** NFKC, 令和 2（2020）年度 → 令和2年度, one space between tokens (tabs kept when asked: a table's cell boundaries). */
export function normalizeLine(line: string, keepTabs = false): string {
  const text = stripInvisible(nfkc(line)).replace(
    // (\s*(?:(…)\s*)? rather than \s*(?:(…))?\s*: the same text, but two adjacent \s* over one run of spaces backtrack quadratically.)
    /(令和|平成)\s*(\d+|元)\s*(?:\(\s*\d{4}\s*\)\s*)?年度/g,
    (_, era: string, n: string) => `${era}${n === '元' ? 1 : n}年度`,
  );
  return (keepTabs ? text.replace(/[^\S\t]+/g, ' ').replace(/ ?\t ?/g, '\t') : text.replace(/\s+/g, ' ')).trim();
}

export const number = (text: string) => Number(text.replace(/,/g, ''));

export function decimalsOf(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** 令和2 / 平成30 (元 already made 1) as a fiscal year. */
export function eraYear(text: string): FiscalYear {
  return parseFiscalYear(`${text}年度`) ?? Number.NaN;
}

/** An amount as drafts print it: 1,234 or, in 百万円, 12.6. */
export const AMOUNT = '[\\d,]+(?:\\.\\d+)?';
/**
 * Put before an unanchored AMOUNT: a match may start only where a run of digits
 * and commas starts. It finds the same — a start inside a run can only end
 * where the run's own start could — but a long run is scanned once, not once
 * per digit (100 KB of digits took 25 s).
 */
export const NOT_AFTER_AMOUNT = '(?<![\\d,])';

/**
 * What /【\s*([^】]+?)\s*】/ captures, found without a regular expression that
 * scans to the end of the line from every 【 (quadratic on a line of 【 with no 】).
 */
export function bracketed(line: string): string | null {
  let open = line.indexOf('【');
  while (open >= 0) {
    const close = line.indexOf('】', open + 1);
    // No 】 after this 【: none after any later one either.
    if (close < 0) return null;
    if (close > open + 1) {
      const inner = line.slice(open + 1, close);
      let start = 0;
      let end = inner.length;
      while (start < end - 1 && /\s/.test(inner[start])) start++;
      while (end > start + 1 && /\s/.test(inner[end - 1])) end--;
      return inner.slice(start, end);
    }
    open = line.indexOf('【', open + 1);
  }
  return null;
}

/**
 * The matches of /((?:令和|平成)\d+)(?:\(\d{4}\))?年度(?:は|の)[^。、]*?合計で([\d,]+\.\d+)m2の(縮減|増加)/g,
 * in order and with the same groups, in linear time: the lazy [^。、]*? scanned to the
 * end of the text from every year before a missing 合計で (quadratic in a draft without 。).
 * Each year's match ends at the first 合計で…m2の… after it, unless a 。 or 、 comes first.
 */
export function yearTotalSentences(text: string): { 0: string; 1: string; 2: string; 3: string; index: number }[] {
  const head = /((?:令和|平成)\d+)(?:\(\d{4}\))?年度(?:は|の)/g;
  const tail = /合計で([\d,]+\.\d+)m2の(縮減|増加)/y;
  // Every place the tail matches, in order (each 合計で is tried once).
  const tails: RegExpExecArray[] = [];
  for (let at = text.indexOf('合計で'); at >= 0; at = text.indexOf('合計で', at + 1)) {
    tail.lastIndex = at;
    const t = tail.exec(text);
    if (t) tails.push(t);
  }
  const out: { 0: string; 1: string; 2: string; 3: string; index: number }[] = [];
  const stops = /[。、]/g;
  let stopAt = -1;
  let next = 0;
  for (let m = head.exec(text); m !== null; m = head.exec(text)) {
    const from = m.index + m[0].length;
    while (next < tails.length && tails[next].index < from) next++;
    if (next === tails.length) break;
    const t = tails[next];
    // The first 。 or 、 at or after the year (searched again only once passed).
    if (stopAt < from && stopAt !== Number.POSITIVE_INFINITY) {
      stops.lastIndex = from;
      stopAt = stops.exec(text)?.index ?? Number.POSITIVE_INFINITY;
    }
    if (stopAt < t.index) continue;
    const end = t.index + t[0].length;
    out.push({ 0: text.slice(m.index, end), 1: m[1], 2: t[1], 3: t[2], index: m.index });
    head.lastIndex = end;
  }
  return out;
}

/** One place names fiscal years: 2019 is 令和元年度 here as everywhere. */
export function yearLabel(year: FiscalYear): string {
  return formatFiscalYear(year);
}

/** The text of a lines-joined-without-breaks view, with the line each character came from. */
export class Flat {
  readonly text: string;
  // (A typed array, filled once: a 2 MB draft is 2 million entries, and an array grown by push is garbage to collect.)
  private readonly lineOf: Int32Array;
  constructor(lines: string[]) {
    const tight = lines.map((line) => line.replace(/ /g, ''));
    this.text = tight.join('');
    const lineOf = new Int32Array(this.text.length);
    let at = 0;
    tight.forEach((line, index) => {
      lineOf.fill(index + 1, at, at + line.length);
      at += line.length;
    });
    this.lineOf = lineOf;
  }
  line(offset: number): number {
    return this.lineOf[Math.min(offset, this.lineOf.length - 1)] ?? 1;
  }
}

export function percentFigure(
  line: number,
  label: string,
  stated: string,
  numerator: number,
  denominator: number,
  summaryPercent: { n: number; d: number } | undefined,
  rounding: 'truncate' | 'halfUp',
): Figure {
  const decimals = decimalsOf(stated);
  const text = (n: number, d: number) => formatRatio(n, d, decimals, rounding).text;
  const figure: Figure = { line, stated: `${stated}%`, value: Number(stated), label };
  if (summaryPercent)
    figure.workbook = { value: Number(text(summaryPercent.n, summaryPercent.d).replace('%', '')), text: text(summaryPercent.n, summaryPercent.d) };
  if (denominator > 0) figure.arithmetic = { value: Number(text(numerator, denominator).replace('%', '')), text: text(numerator, denominator) };
  return figure;
}

export function amountText(value: number, unit: string, decimals = 0): string {
  return `${formatAmount(value, decimals)}${unit}`;
}

/** Whether a global pattern matches a line twice (counted only so far: a line of a million numbers is not made an array). */
export function atLeastTwo(pattern: RegExp, line: string): boolean {
  pattern.lastIndex = 0;
  let found = 0;
  while (found < 2 && pattern.exec(line) !== null) found++;
  return found >= 2;
}

export function netText(net: number): string {
  const hundredths = toHundredths(net);
  return `${formatArea(Math.abs(hundredths))}㎡の${hundredths < 0 ? '縮減' : '増加'}`;
}

export const close = (a: number, b: number) => Math.abs(a - b) < 0.005;
