/**
 * The generated tables' words that depend on the language beyond a label: a plan's label as a
 * column header, a project's period, a target's year. The tables (present/tables.ts) call these,
 * so that no language choice is made outside the catalogue (#24).
 */
import type { YearRange } from '../base/fiscalYear';
import type { Lang } from '../base/lang';
import { type PlanVocabulary, RESULT_MEANINGS, type ResultCode, STATUS_MEANINGS, type StatusCode } from '../contract/vocabulary';
import { label } from './labels';
import { CATEGORY_DEFINITIONS } from './reportProse';
import { yearRangeLabel } from './yearLabels';

/** A label of the plan, as the tables carry it (compute/tableModel.ts TermView). */
export interface TermWords {
  label: string;
  en?: string;
  meaning: string;
  /** The plan's own definition (区分's 定義); blank: the standard text of its meaning. */
  definition?: string;
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

/** A standard meaning's name: 達成 / Achieved, 概ね順調 / On track … (a meanings' total row or column). */
export function meaningName(meaning: string, lang: Lang): string {
  const names = STATUS_MEANINGS[meaning as StatusCode] ?? RESULT_MEANINGS[meaning as ResultCode];
  return names ? names[lang] : meaning;
}

/** A label's definition: the plan's own (区分's 定義), or — only where that is blank — the standard text of its meaning. */
export function termDefinition(term: TermWords, lang: Lang): string {
  const own = term.definition?.trim() ?? '';
  if (own !== '') return own;
  return CATEGORY_DEFINITIONS[term.meaning as StatusCode | ResultCode]?.[lang] ?? '';
}

export interface CategoryDefinitions {
  /** 進捗状況 / 達成状況, in the reader's language. */
  kind: string;
  /** term: the label as the reader reads it, with its meaning where that is not the label itself (上回って達成（達成）). */
  items: { term: string; label: string; meaning: string; definition: string }[];
}

/** The plan's labels of both kinds with their meaning and definition, as the sidebar lists them. */
export function categoryDefinitions(vocabulary: PlanVocabulary, lang: Lang): CategoryDefinitions[] {
  const items = (terms: readonly TermWords[]) =>
    terms.map((term) => {
      const name = termName(term, lang);
      const meaning = meaningName(term.meaning, lang);
      // In English termName already says the meaning (A (Done)), or is the meaning's own name (Done).
      const shown = lang === 'ja' && name !== meaning ? `${name}（${meaning}）` : name;
      return { term: shown, label: term.label, meaning, definition: termDefinition(term, lang) };
    });
  return [
    { kind: label('progressKind', lang), items: items(vocabulary.progress.terms) },
    { kind: label('resultKind', lang), items: items(vocabulary.result.terms) },
  ];
}
