/**
 * Era names as of the report's date (workbook.md "Era names"): a year is named in the era in
 * force on the date the report is written for, so FY2019 is 平成31年度 in a report as of
 * 2019-03-31 and 令和元年度 from 2019-05-01; 令和 is never printed before 2019-05-01.
 *
 * A local stand-in for the era-aware formatter core/base/fiscalYear.ts is getting (issue #25);
 * the report switches to it once it lands.
 */
import { type FiscalYear, formatFiscalYear, type YearRange } from '../../base/fiscalYear';

/** Each era: its name, the date it began (JST) and the fiscal year of its 元年. */
const ERAS = [
  { kanji: '令和', letter: 'R', began: '2019-05-01', start: 2019 },
  { kanji: '平成', letter: 'H', began: '1989-01-08', start: 1989 },
  { kanji: '昭和', letter: 'S', began: '1926-12-25', start: 1926 },
] as const;

/** The era a year is named in as of a date (YYYY-MM-DD): the newest begun by then that the year reaches. */
function eraAsOf(year: FiscalYear, asOf: string) {
  return ERAS.find((era) => era.began <= asOf && year >= era.start);
}

/** 平成31年度 as of 2019-03-31, 令和元年度 from 2019-05-01 (long) or H31 / R1 (short). */
export function eraYear(year: FiscalYear, asOf: string, style: 'long' | 'short' = 'long'): string {
  const era = eraAsOf(year, asOf);
  // Before the first era ours names, or an era the formatter already names: the formatter's own text.
  if (!era || era === eraAsOf(year, '9999-12-31')) return formatFiscalYear(year, style);
  const n = year - era.start + 1;
  return style === 'short' ? `${era.letter}${n}` : `${era.kanji}${n === 1 ? '元' : n}年度`;
}

/** 平成28～31年度 within one era, 平成28～令和3年度 across eras, one year as one year (as of a date). */
export function eraRange(range: YearRange, asOf: string, style: 'long' | 'short' = 'long'): string {
  if (range.first === range.last) return eraYear(range.first, asOf, style);
  if (style === 'short') return `${eraYear(range.first, asOf, 'short')}～${eraYear(range.last, asOf, 'short')}`;
  const a = eraAsOf(range.first, asOf);
  const b = eraAsOf(range.last, asOf);
  const start = eraYear(range.first, asOf).replace('年度', '');
  if (a && a === b) {
    const n = range.last - a.start + 1;
    return `${start}～${n === 1 ? '元' : n}年度`;
  }
  return `${start}～${eraYear(range.last, asOf)}`;
}
