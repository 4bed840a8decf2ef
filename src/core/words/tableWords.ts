/**
 * The generated tables' words that depend on the language beyond a label: a plan's label as a
 * column header, a project's period, a target's year. The tables (present/tables.ts) call these,
 * so that no language choice is made outside the catalogue (#24).
 */
import { type YearRange, yearRangeLabel } from '../base/fiscalYear';
import type { Lang } from '../base/lang';
import { RESULT_MEANINGS, type ResultCode, STATUS_MEANINGS, type StatusCode } from '../contract/vocabulary';

/** A label of the plan, as the tables carry it (compute/model.ts TermView). */
export interface TermWords {
  label: string;
  en?: string;
  meaning: string;
}

/** A label of the plan as a table header: in English, its English name, or the plan's label with its meaning (A (Done)). */
export function termName(term: TermWords, lang: Lang): string {
  if (lang === 'ja') return term.label;
  if (term.en) return term.en;
  const meaning = STATUS_MEANINGS[term.meaning as StatusCode] ?? RESULT_MEANINGS[term.meaning as ResultCode];
  return meaning ? `${term.label} (${meaning.en})` : term.label;
}

/** A project's period: as typed in short form (R8～R9) in Japanese, FY2026-FY2027 in English; '' when none. */
export function periodText(project: { period: string; periodYears?: YearRange | null }, lang: Lang): string {
  return lang === 'en' && project.periodYears ? yearRangeLabel(project.periodYears, lang) : project.period;
}

/** A target's year: as typed in Japanese (令和5年度), its range in English (FY2023). */
export function targetYearText(target: { targetYear: string; years: YearRange }, lang: Lang): string {
  return lang === 'ja' ? target.targetYear : yearRangeLabel(target.years, 'en');
}
