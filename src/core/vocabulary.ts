/**
 * The two vocabularies people type: progress statuses (進捗状況) and
 * achievement results (達成状況). Codes are stable keys; labels are what the
 * report prints.
 */
import { type CellValue, isDate } from './cells';
import { editDistance, matchKey, normalizeText } from './text';

export type StatusCode = 'done' | 'onTrack' | 'delayed' | 'notStarted' | 'suspended';
export type ResultCode = 'achieved' | 'partial' | 'notAchieved';

export const STATUS_CODES: readonly StatusCode[] = ['done', 'onTrack', 'delayed', 'notStarted', 'suspended'];
export const RESULT_CODES: readonly ResultCode[] = ['achieved', 'partial', 'notAchieved'];

export const STATUS_LABELS: Record<StatusCode, { ja: string; en: string }> = {
  done: { ja: '済', en: 'Done' },
  onTrack: { ja: '概ね順調', en: 'On track' },
  delayed: { ja: '遅れ', en: 'Delayed' },
  notStarted: { ja: '未着手', en: 'Not started' },
  suspended: { ja: '休止', en: 'Suspended' },
};

export const RESULT_LABELS: Record<ResultCode, { ja: string; en: string }> = {
  achieved: { ja: '達成', en: 'Achieved' },
  partial: { ja: '一部未達成', en: 'Partly not achieved' },
  notAchieved: { ja: '未達成', en: 'Not achieved' },
};

/** 進捗率 counts 済 and 概ね順調 as progressing (seed report, 【進捗率】). */
export function isProgressing(code: StatusCode): boolean {
  return code === 'done' || code === 'onTrack';
}

/** Known ways people write each status, besides the label itself. */
const STATUS_VARIANTS: Record<StatusCode, string[]> = {
  done: ['済み', '済', '完了', '終了', 'done', 'completed', 'complete'],
  onTrack: ['概ね順調', 'おおむね順調', 'オオムネ順調', '概ね 順調', '順調', 'ontrack', 'on track', 'on-track', 'ontrack'],
  delayed: ['遅れ', '遅延', '遅れあり', 'おくれ', 'delayed', 'late', 'behind'],
  notStarted: ['未着手', '着手前', 'notstarted', 'not started', 'not yet started'],
  suspended: ['休止', '休止中', 'suspended', 'paused', 'on hold'],
};

const RESULT_VARIANTS: Record<ResultCode, string[]> = {
  achieved: ['達成', '達成済', '達成済み', 'achieved', 'met'],
  partial: ['一部未達成', '一部未達', '一部達成', 'partial', 'partly achieved', 'partially achieved', 'partlynotachieved', 'partly not achieved'],
  notAchieved: ['未達成', '未達', 'notachieved', 'not achieved', 'not met'],
};

/** Marks meaning "not evaluated yet" in the result column (the report prints －). */
const NOT_EVALUATED = new Set(['-', '－', 'ー', '―', '—', '‐', '−', '–', '未評価', 'n/a', 'na']);

export type VocabularyMatch<C extends string> = { kind: 'exact'; code: C } | { kind: 'variant'; code: C } | { kind: 'unknown'; suggestion?: C };

function buildIndex<C extends string>(variants: Record<C, string[]>): Map<string, C> {
  const index = new Map<string, C>();
  for (const code of Object.keys(variants) as C[]) {
    index.set(matchKey(code), code);
    for (const variant of variants[code]) index.set(matchKey(variant), code);
  }
  return index;
}

const STATUS_INDEX = buildIndex(STATUS_VARIANTS);
const RESULT_INDEX = buildIndex(RESULT_VARIANTS);

function suggest<C extends string>(key: string, index: Map<string, C>): C | undefined {
  let best: C | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  if (key.length > 40) return undefined;
  for (const [candidate, code] of index) {
    const distance = editDistance(key, candidate);
    const allowed = Math.max(1, Math.ceil(Array.from(candidate).length / 2));
    if (distance <= allowed && distance < bestDistance) {
      best = code;
      bestDistance = distance;
    }
  }
  return best;
}

function match<C extends string>(value: CellValue, index: Map<string, C>, labels: Record<C, { ja: string }>): VocabularyMatch<C> {
  if (typeof value !== 'string' || isDate(value)) return { kind: 'unknown' };
  const key = matchKey(value);
  const code = index.get(key);
  if (code === undefined) return { kind: 'unknown', suggestion: suggest(key, index) };
  return value === labels[code].ja ? { kind: 'exact', code } : { kind: 'variant', code };
}

const statusCache = new Map<string, VocabularyMatch<StatusCode>>();

/** Reads a progress status: exact label, known variant (to be normalised, a warning) or unknown (an error, maybe with a suggestion). */
export function matchStatus(value: CellValue): VocabularyMatch<StatusCode> {
  if (typeof value !== 'string') return { kind: 'unknown' };
  let found = statusCache.get(value);
  if (!found) {
    found = match(value, STATUS_INDEX, STATUS_LABELS);
    if (statusCache.size < 10_000) statusCache.set(value, found);
  }
  return found;
}

/** Reads an achievement result; blank and － mean not evaluated (null). */
export function matchResult(value: CellValue): VocabularyMatch<ResultCode> | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    const text = normalizeText(value);
    if (text === '' || NOT_EVALUATED.has(text.toLowerCase())) return null;
  }
  return match(value, RESULT_INDEX, RESULT_LABELS);
}

/** The allowed labels, joined for messages: 済 / 概ね順調 / 遅れ / 未着手 / 休止. */
export function statusLabelList(lang: 'ja' | 'en'): string {
  return STATUS_CODES.map((code) => (lang === 'ja' ? STATUS_LABELS[code].ja : `${STATUS_LABELS[code].ja} (${STATUS_LABELS[code].en})`)).join(' / ');
}

export function resultLabelList(lang: 'ja' | 'en'): string {
  return RESULT_CODES.map((code) => (lang === 'ja' ? RESULT_LABELS[code].ja : `${RESULT_LABELS[code].ja} (${RESULT_LABELS[code].en})`)).join(' / ');
}
