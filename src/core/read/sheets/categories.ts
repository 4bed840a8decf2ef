/**
 * The 区分 sheet: the plan's own labels for each meaning.
 */
import { a1, cellText } from '../../base/cells';
import { clip, closestName, matchKey, NAME_SEPARATOR } from '../../base/text';
import { splitList } from '../../contract/settings';
import {
  DEFAULT_PROGRESS,
  DEFAULT_RESULTS,
  type PlanVocabulary,
  parseMeaning,
  RESULT_MEANINGS,
  type ResultMeaning,
  readYesNo,
  STATUS_MEANINGS,
  type StatusCode,
  type Term,
  Vocabulary,
} from '../../contract/vocabulary';
import { type Cell, ref, type SheetReader } from '../sheetReader';

const PROGRESS_KIND = new Set(['進捗状況', '進捗', 'progress', 'status', 'progressstatus'].map(matchKey));
const RESULT_KIND = new Set(['達成状況', '達成', 'result', 'achievement', 'achievementstatus'].map(matchKey));

/**
 * The 区分 sheet: the plan's own labels. Rows of a kind replace that kind's
 * defaults entirely; a kind without rows keeps the seed's words.
 */
export function readCategories(reader: SheetReader | null): PlanVocabulary {
  if (!reader) return { progress: DEFAULT_PROGRESS, result: DEFAULT_RESULTS };
  const { problems } = reader;
  const sheet = reader.sheet.name;
  const progress: Term<StatusCode>[] = [];
  const result: Term<ResultMeaning>[] = [];
  const firstRow = { progress: new Map<string, number>(), result: new Map<string, number>() };
  const kindNames = { progress: { ja: '進捗状況', en: 'progress' }, result: { ja: '達成状況', en: 'results' } };
  const rowsOf: { kind: 'progress' | 'result'; term: Term<string>; variantsCell: Cell | null }[] = [];
  for (const { index, row } of reader.dataRows()) {
    const kindCell = reader.required(row, index, 'kind');
    const labelCell = reader.required(row, index, 'label');
    const meaningCell = reader.required(row, index, 'meaning');
    if (!kindCell || !labelCell || !meaningCell) continue;
    const kindKey = matchKey(cellText(kindCell.value));
    const kind = PROGRESS_KIND.has(kindKey) ? 'progress' : RESULT_KIND.has(kindKey) ? 'result' : null;
    if (!kind) {
      problems.add('error', sheet, ref(kindCell), clip(cellText(kindCell.value)), 'categoryKindUnknown');
      continue;
    }
    const label = reader.text(labelCell, 'label');
    if (label === null || label === '') continue;
    const labelKey = matchKey(label);
    const first = firstRow[kind].get(labelKey);
    if (first !== undefined) {
      problems.add('error', sheet, ref(labelCell), clip(label), 'categoryLabelDuplicate', {
        kind: kindNames[kind].ja,
        kindEn: kindNames[kind].en,
        first: a1(first, labelCell.column),
      });
      continue;
    }
    const meanings = kind === 'progress' ? STATUS_MEANINGS : RESULT_MEANINGS;
    const meaning = parseMeaning<string>(cellText(meaningCell.value), meanings);
    if (meaning === null) {
      const names = Object.entries(meanings).map(([code, name]) => ({ code, ...(name as { ja: string; en: string }) }));
      // The closest standard meaning (達性 → 達成), where one is close.
      const suggestion = closestName(
        cellText(meaningCell.value),
        names.map((n) => n.ja),
      );
      problems.add(
        'error',
        sheet,
        ref(meaningCell),
        clip(cellText(meaningCell.value)),
        'categoryMeaningUnknown',
        { allowed: names.map((n) => n.ja).join(' / '), allowedEn: names.map((n) => `${n.ja} (${n.code})`).join(' / '), suggestion },
        suggestion,
      );
      continue;
    }
    let inRate = meaning === 'done' || meaning === 'onTrack';
    const inRateCell = reader.optional(row, index, 'inRate');
    if (inRateCell) {
      if (kind === 'result') problems.add('warning', sheet, ref(inRateCell), clip(cellText(inRateCell.value)), 'categoryInRateIgnored');
      else {
        const flag = readYesNo(inRateCell.value);
        if (flag === null) {
          problems.add('error', sheet, ref(inRateCell), clip(cellText(inRateCell.value)), 'categoryInRateInvalid');
          continue;
        }
        inRate = flag;
      }
    }
    firstRow[kind].set(labelKey, index);
    const variantsCell = reader.optional(row, index, 'variants');
    // 定義: the plan's own definition, printed in the report's 【区分】 box and the sidebar; '' where blank.
    const definitionCell = reader.optional(row, index, 'definition');
    const definition = definitionCell ? (reader.text(definitionCell, 'definition') ?? '') : '';
    rowsOf.push({ kind, term: { label, meaning, inRate: kind === 'progress' && inRate, variants: [], definition }, variantsCell });
  }
  // Variants after every label is known: a variant may not be another label or another label's variant.
  for (const kind of ['progress', 'result'] as const) {
    const taken = new Map<string, string>();
    const entries = rowsOf.filter((entry) => entry.kind === kind);
    for (const entry of entries) taken.set(matchKey(entry.term.label), entry.term.label);
    for (const entry of entries) {
      if (!entry.variantsCell) continue;
      const variants: string[] = [];
      for (const variant of splitList(cellText(entry.variantsCell.value), NAME_SEPARATOR)) {
        const key = matchKey(variant);
        const other = taken.get(key);
        if (other !== undefined && other !== entry.term.label) {
          problems.add('warning', sheet, ref(entry.variantsCell), clip(variant), 'categoryVariantDuplicate', {
            other,
            kind: kindNames[kind].ja,
            kindEn: kindNames[kind].en,
          });
          continue;
        }
        taken.set(key, entry.term.label);
        variants.push(variant);
      }
      entry.term = { ...entry.term, variants };
    }
    for (const entry of entries) {
      if (kind === 'progress') progress.push(entry.term as Term<StatusCode>);
      else result.push(entry.term as Term<ResultMeaning>);
    }
  }
  return {
    progress: progress.length > 0 ? new Vocabulary(progress, STATUS_MEANINGS) : DEFAULT_PROGRESS,
    result: result.length > 0 ? new Vocabulary(result, RESULT_MEANINGS) : DEFAULT_RESULTS,
  };
}
