/**
 * One verdict for a proof-read, for the CLI and the sidebar alike: a draft
 * mostly not in Japanese is refused before it is read (the proof-reader reads
 * Japanese only, and such a draft would pass with nothing checked); a draft of
 * which no figure could be checked is not "no mistakes"; few figures checked of
 * many numbers is said, so that "0 errors" is not taken for "all checked".
 */
import type { Lang } from '../base/lang';
import type { Summary } from '../compute/summarize';
import { label } from '../words/messages';
import type { NotPlaced } from './claims';
import { type Finding, type ProofreadResult, proofread } from './proofread';

export type VerdictKind = 'ok' | 'errors' | 'nothingChecked' | 'notJapanese';

export interface ProofreadVerdict {
  kind: VerdictKind;
  /** Figures checked (0 when refused). */
  checked: number;
  findings: Finding[];
  /** Every number in the draft (NFKC), checked or not. */
  numbers: number;
  /** Fewer than one figure in twenty of the draft's numbers checked. */
  coverageLow: boolean;
  /** The numbers read but matched to no figure of the plan, with why. */
  notPlaced: NotPlaced[];
  /** The proof-read itself, when the draft was read. */
  result: ProofreadResult | null;
}

/** Kana and kanji against all letters: past 200 letters, under 30 % Japanese is "not Japanese". */
export function mostlyNotJapanese(draft: string): boolean {
  const japanese = (draft.match(/[ぁ-んァ-ヶ一-龥]/g) ?? []).length;
  const letters = (draft.match(/[A-Za-zぁ-んァ-ヶ一-龥]/g) ?? []).length;
  return letters > 200 && japanese < letters * 0.3;
}

/** Every number in the draft, as the user sees them (full-width digits counted). */
export function draftNumbers(draft: string): number {
  return (draft.normalize('NFKC').match(/\d[\d,]*(?:\.\d+)?/g) ?? []).length;
}

/**
 * The verdict. The summary is asked for only when the draft is read: a draft
 * refused as not Japanese is refused before the workbook is read (the CLI's
 * order of messages).
 */
export function proofreadVerdict(draft: string, summaryOf: () => Summary): ProofreadVerdict {
  const numbers = draftNumbers(draft);
  if (mostlyNotJapanese(draft)) return { kind: 'notJapanese', checked: 0, findings: [], numbers, coverageLow: false, notPlaced: [], result: null };
  const result = proofread(draft, summaryOf());
  const checked = result.checked.length + result.placed.length;
  const kind: VerdictKind = checked === 0 ? 'nothingChecked' : result.findings.length > 0 ? 'errors' : 'ok';
  return { kind, checked, findings: result.findings, numbers, coverageLow: checked > 0 && checked * 20 < numbers, notPlaced: result.notPlaced, result };
}

/** Why the draft was refused, in one language; null when it was read and checked. */
export function verdictRefusal(verdict: ProofreadVerdict, lang: Lang): string | null {
  if (verdict.kind === 'notJapanese') return label('proofreadNotJapanese', lang);
  if (verdict.kind === 'nothingChecked') return label('proofreadNothingChecked', lang);
  return null;
}

/** The notes under the count: today, only that few of the draft's figures were checked. */
export function verdictNotes(verdict: ProofreadVerdict, lang: Lang): string[] {
  return verdict.coverageLow ? [label('proofreadCoverageLow', lang)] : [];
}
