/**
 * Fiscal years as a person reads them, in the reader's language (moved from base/fiscalYear.ts: language
 * choices live in words/). Byte for byte what they printed before.
 */
import { type EraDate, englishFiscalYear, type FiscalYear, formatFiscalYear, formatYearRange, type YearRange } from '../base/fiscalYear';
import type { Lang } from '../base/lang';

/** A fiscal year as a person reads it: 令和2年度 in Japanese, FY2020 in English. */
export function fiscalYearLabel(year: FiscalYear, lang: Lang, asOf?: EraDate): string {
  return lang === 'ja' ? formatFiscalYear(year, 'long', asOf) : englishFiscalYear(year);
}

/** A range of fiscal years as a person reads it: 令和2～5年度 in Japanese, FY2020-FY2023 in English. */
export function yearRangeLabel(range: YearRange, lang: Lang, asOf?: EraDate): string {
  return lang === 'ja' ? formatYearRange(range, 'long', asOf) : formatYearRange(range, 'fy').replace('～', '-');
}
