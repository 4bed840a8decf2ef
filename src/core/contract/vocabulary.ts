/**
 * The words people type, as values: each vocabulary holds its labels in
 * order, each label's standard meaning, whether it counts in the 進捗率 and
 * its accepted variants. The plan's progress and result vocabularies come
 * from its 区分 sheet; the seed's words are only the default value.
 */
import { type CellValue, isDate } from '../base/cells';
import { editDistance, kanaFold, matchKey, normalizeText, suggestionDistance } from '../base/text';

export type StatusCode = 'done' | 'onTrack' | 'delayed' | 'notStarted' | 'suspended';
export type ResultCode = 'achieved' | 'partial' | 'notAchieved';
/**
 * A result's meaning: the three standard results, or 未確定 (undetermined): a result that cannot be
 * judged yet and is not a failure (a numeric goal due only in the final year, a target set by a
 * revision). Labels meaning 未確定 are counted and shown but stand outside every denominator.
 */
export type ResultMeaning = ResultCode | 'undetermined';

export const STATUS_CODES: readonly StatusCode[] = ['done', 'onTrack', 'delayed', 'notStarted', 'suspended'];
export const RESULT_CODES: readonly ResultCode[] = ['achieved', 'partial', 'notAchieved'];
/** Every result meaning, in the order meanings' totals are listed. */
export const RESULT_MEANING_CODES: readonly ResultMeaning[] = [...RESULT_CODES, 'undetermined'];

/** The standard meanings' names (the spec's labels and their English). */
export const STATUS_MEANINGS: Record<StatusCode, { ja: string; en: string }> = {
  done: { ja: '済', en: 'Done' },
  onTrack: { ja: '概ね順調', en: 'On track' },
  delayed: { ja: '遅れ', en: 'Delayed' },
  notStarted: { ja: '未着手', en: 'Not started' },
  suspended: { ja: '休止', en: 'Suspended' },
};

export const RESULT_MEANINGS: Record<ResultMeaning, { ja: string; en: string }> = {
  achieved: { ja: '達成', en: 'Achieved' },
  partial: { ja: '一部未達成', en: 'Partly not achieved' },
  notAchieved: { ja: '未達成', en: 'Not achieved' },
  undetermined: { ja: '未確定', en: 'Undetermined' },
};

/** Whether a result meaning is judged (in the denominator of the achievement shares): every one but 未確定. */
export function isJudged(meaning: ResultMeaning): meaning is ResultCode {
  return meaning !== 'undetermined';
}

/** One label of a vocabulary. */
export interface Term<M extends string> {
  label: string;
  meaning: M;
  /** Progress only: counts in the 進捗率 numerator. */
  inRate: boolean;
  variants: readonly string[];
  /** English name shown beside the label in English output (the defaults have one). */
  en?: string;
  /** The plan's own definition of the label (区分's 定義); absent or '' when blank: the standard text of its meaning. */
  definition?: string;
}

export type VocabularyMatch<M extends string> =
  | { kind: 'exact'; index: number; code: M }
  | { kind: 'variant'; index: number; code: M }
  | { kind: 'unknown'; suggestion?: string };

/**
 * A list of labels with meanings: matching, messages and dropdowns all read it. How a label reads in
 * each language is the catalogue's (words/labels.ts termName, termList, allowedLabels).
 */
export class Vocabulary<M extends string> {
  readonly terms: readonly Term<M>[];
  private readonly exactIndex = new Map<string, number>();
  private readonly keyIndex = new Map<string, number>();
  private readonly cache = new Map<string, VocabularyMatch<M>>();

  /**
   * @param meanings the standard meanings' names: typing one (概ね順調 where the plan says B)
   *   is still an error, but the plan's label of that meaning is suggested.
   */
  constructor(
    terms: readonly Term<M>[],
    private readonly meanings?: Record<M, { ja: string; en: string }>,
  ) {
    this.terms = terms;
    terms.forEach((term, index) => {
      if (!this.exactIndex.has(term.label)) this.exactIndex.set(term.label, index);
    });
    // Labels first, so a variant never takes another label's place.
    terms.forEach((term, index) => {
      const key = matchKey(term.label);
      if (!this.keyIndex.has(key)) this.keyIndex.set(key, index);
    });
    terms.forEach((term, index) => {
      for (const variant of term.variants) {
        const key = matchKey(variant);
        if (key !== '' && !this.keyIndex.has(key)) this.keyIndex.set(key, index);
      }
    });
  }

  /** The label's index when the text is exactly a label (the fast path of clean rows). */
  exact(text: string): number | undefined {
    return this.exactIndex.get(text);
  }

  /** An exact label, a known variant (to be normalised, a warning) or unknown (an error, maybe with a suggestion). */
  match(value: CellValue): VocabularyMatch<M> {
    // A label may be a number (1 / 2 / 3): a number cell is read as its text.
    if (typeof value === 'number' && Number.isFinite(value)) value = String(value);
    if (typeof value !== 'string' || isDate(value)) return { kind: 'unknown' };
    const cached = this.cache.get(value);
    if (cached) return cached;
    const found = this.find(value);
    if (this.cache.size < 10_000) this.cache.set(value, found);
    return found;
  }

  private find(value: string): VocabularyMatch<M> {
    const exact = this.exactIndex.get(value);
    if (exact !== undefined) return { kind: 'exact', index: exact, code: this.terms[exact].meaning };
    const key = matchKey(value);
    const index = this.keyIndex.get(key);
    if (index === undefined) return { kind: 'unknown', suggestion: this.suggest(key) };
    return { kind: 'variant', index, code: this.terms[index].meaning };
  }

  /** The plan's label for a standard meaning typed by name, else the closest label within a small edit distance, or none. */
  private suggest(key: string): string | undefined {
    if (key.length > 40 || key === '') return undefined;
    if (this.meanings) {
      for (const code of Object.keys(this.meanings) as M[]) {
        const names = [code, this.meanings[code].ja, this.meanings[code].en].map(matchKey);
        const index = this.firstOf(code);
        if (index >= 0 && names.includes(key)) return this.terms[index].label;
      }
    }
    // A tentative word (見込み, 予定, 検討中) says the thing has not happened: nothing is close in meaning.
    if (TENTATIVE.test(key)) return undefined;
    let best: number | undefined;
    let bestDistance = Number.POSITIVE_INFINITY;
    // Katakana read as hiragana: ｵｵﾑﾈ達成 (オオムネ達成) is close to おおむね達成.
    const typed = kanaFold(key);
    for (const [candidateKey, index] of this.keyIndex) {
      const candidate = kanaFold(candidateKey);
      if (!closeInMeaning(typed, candidate)) continue;
      const distance = editDistance(typed, candidate);
      // Close means sharing something: 済 is not "close" to the one-letter label A.
      const allowed = suggestionDistance(Array.from(candidate).length);
      if (distance <= allowed && distance < bestDistance) {
        best = index;
        bestDistance = distance;
      }
    }
    return best === undefined ? undefined : this.terms[best].label;
  }

  /** Labels in order, for dropdowns. */
  labels(): string[] {
    return this.terms.map((term) => term.label);
  }

  /** The first label carrying a meaning (what indicator judging writes), or -1. */
  firstOf(meaning: M): number {
    return this.terms.findIndex((term) => term.meaning === meaning);
  }

  /** The label text of the first label with that meaning; the meaning's own name when the plan has none. */
  labelOf(meaning: M, fallback: Record<M, { ja: string }>): string {
    const index = this.firstOf(meaning);
    return index >= 0 ? this.terms[index].label : fallback[meaning].ja;
  }
}

/** Words that mean "not yet": 見込み (expected), 予定 (planned), 検討 (under consideration). */
const TENTATIVE = /(見込|予定|検討|見通|準備中|予測|will|expected|planned|considering)/;
/** A negation (未着手, 不達成, 着手前) reverses a word: never suggested across. */
const NEGATION = /^(未|不|非|無|not|un)|(前|なし|無し)$/;
/** A hedge (概ね, 一部) narrows a word: 一部完了 is not 完了, and 概ね達成 is not 一部達成. */
const HEDGES = ['概ね', 'おおむね', 'ほぼ', '一部', 'やや', 'partly', 'partial', 'mostly'];
/** Characters that carry no meaning of their own here: the 中 of 実施中 and 休止中, the 済み of 完了済み, the 未 of 未定. */
const FUNCTION_CHARACTERS = new Set(['中', '済', 'み', '了', 'し', 'た', 'の', 'ー', '-', ' ', '未', '不', '非', '無', '前']);

function hedgesOf(word: string): string {
  return HEDGES.filter((hedge) => word.includes(hedge)).join('|');
}

/**
 * Whether a suggestion from what was typed toward a candidate could keep its
 * meaning: same polarity, no hedge dropped, and at least one meaningful
 * character in common (実施中 and 休止中 share only 中: nothing close).
 */
function closeInMeaning(typed: string, candidate: string): boolean {
  if (NEGATION.test(typed) !== NEGATION.test(candidate)) return false;
  if (hedgesOf(typed) !== hedgesOf(candidate)) return false;
  const letters = new Set(Array.from(candidate));
  return Array.from(typed).some((ch) => !FUNCTION_CHARACTERS.has(ch) && letters.has(ch));
}

/** The seed's progress statuses (平塚市 report, 【区分】) and the ways people write them. */
export const DEFAULT_PROGRESS = new Vocabulary<StatusCode>([
  { label: '済', meaning: 'done', inRate: true, en: 'Done', variants: ['済み', '完了', '終了', 'done', 'completed', 'complete'] },
  {
    label: '概ね順調',
    meaning: 'onTrack',
    inRate: true,
    en: 'On track',
    variants: ['おおむね順調', 'オオムネ順調', '順調', 'ontrack', 'on track', 'on-track'],
  },
  { label: '遅れ', meaning: 'delayed', inRate: false, en: 'Delayed', variants: ['遅延', '遅れあり', 'おくれ', 'delayed', 'late', 'behind'] },
  { label: '未着手', meaning: 'notStarted', inRate: false, en: 'Not started', variants: ['着手前', 'notstarted', 'not started', 'not yet started'] },
  { label: '休止', meaning: 'suspended', inRate: false, en: 'Suspended', variants: ['休止中', 'suspended', 'paused', 'on hold'] },
]);

export const DEFAULT_RESULTS = new Vocabulary<ResultMeaning>([
  { label: '達成', meaning: 'achieved', inRate: false, en: 'Achieved', variants: ['達成済', '達成済み', 'achieved', 'met'] },
  {
    label: '一部未達成',
    meaning: 'partial',
    inRate: false,
    en: 'Partly not achieved',
    variants: ['一部未達', '一部達成', 'partial', 'partly achieved', 'partially achieved', 'partly not achieved'],
  },
  { label: '未達成', meaning: 'notAchieved', inRate: false, en: 'Not achieved', variants: ['未達', 'not achieved', 'not met'] },
]);

/** The secondary word lists: fixed, but values of the same kind, read and offered in dropdowns alike. */
export const END_KINDS = new Vocabulary<'ended' | 'suspended'>([
  { label: '終了', meaning: 'ended', inRate: false, en: 'ended', variants: ['ended', 'end', '完了'] },
  { label: '休止', meaning: 'suspended', inRate: false, en: 'suspended', variants: ['suspended', '中止'] },
]);

/** The 見出し of the 報告書 sheet: the parts of the report no figure can write. */
export type ReportSection = 'introduction' | 'planOverview' | 'perspectiveOverview' | 'issues' | 'conclusion';
export const REPORT_SECTIONS = new Vocabulary<ReportSection>([
  { label: 'はじめに', meaning: 'introduction', inRate: false, en: 'Introduction', variants: ['introduction', '序文'] },
  { label: '計画の概要', meaning: 'planOverview', inRate: false, en: 'Plan overview', variants: ['plan overview', '計画概要'] },
  { label: '概要', meaning: 'perspectiveOverview', inRate: false, en: 'Overview', variants: ['overview', '視点の概要'] },
  { label: '課題と今後の方向性', meaning: 'issues', inRate: false, en: 'Issues and next steps', variants: ['issues and next steps', 'issues', '課題'] },
  { label: '総括', meaning: 'conclusion', inRate: false, en: 'Conclusion', variants: ['conclusion', 'まとめ'] },
]);

export const EFFECT_KINDS = new Vocabulary<'spendingCut' | 'revenue'>([
  { label: '歳出削減', meaning: 'spendingCut', inRate: false, en: 'spending cut', variants: ['spending cut', '削減', 'saving'] },
  { label: '歳入確保', meaning: 'revenue', inRate: false, en: 'revenue', variants: ['revenue', '収入確保', 'income'] },
]);

export const FLOOR_CHANGES = new Vocabulary<'abolished' | 'added'>([
  { label: '廃止', meaning: 'abolished', inRate: false, en: 'abolished', variants: ['abolished', '減少', '縮減', 'removed'] },
  { label: '増加', meaning: 'added', inRate: false, en: 'added', variants: ['added', '新設', '増', 'new'] },
]);

export const YES_NO = new Vocabulary<'yes' | 'no'>([
  { label: '○', meaning: 'yes', inRate: false, en: 'yes', variants: ['true', '〇', '◯', 'yes', 'y', 'はい', '1', '対象', '一般会計'] },
  { label: '×', meaning: 'no', inRate: false, en: 'no', variants: ['false', '✕', 'x', 'no', 'n', 'いいえ', '0', '対象外', '-', 'ー'] },
]);

/** A yes/no cell: booleans as they are, words through YES_NO; null when unreadable. */
export function readYesNo(value: CellValue): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : null;
  const found = YES_NO.match(typeof value === 'string' ? value : '');
  return found.kind === 'unknown' ? null : found.code === 'yes';
}

/** The plan's two vocabularies. */
export interface PlanVocabulary {
  progress: Vocabulary<StatusCode>;
  result: Vocabulary<ResultMeaning>;
}

export const DEFAULT_VOCABULARY: PlanVocabulary = { progress: DEFAULT_PROGRESS, result: DEFAULT_RESULTS };

/** Marks meaning "not evaluated yet" in the result column (the report prints －). */
const NOT_EVALUATED = new Set(['-', '－', 'ー', '―', '—', '‐', '−', '–', '未評価', 'n/a', 'na']);

/** Reads an achievement result; blank and － mean not evaluated (null). */
export function matchResult(vocabulary: Vocabulary<ResultMeaning>, value: CellValue): VocabularyMatch<ResultMeaning> | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    const text = normalizeText(value);
    if (text === '' || NOT_EVALUATED.has(text.toLowerCase())) return null;
  }
  return vocabulary.match(value);
}

/** A standard meaning named in a 区分 sheet: its Japanese name, its code or its English name. */
export function parseMeaning<M extends string>(value: string, meanings: Record<M, { ja: string; en: string }>): M | null {
  const key = matchKey(value);
  for (const code of Object.keys(meanings) as M[]) {
    if (key === matchKey(code) || key === matchKey(meanings[code].ja) || key === matchKey(meanings[code].en)) return code;
  }
  return null;
}
