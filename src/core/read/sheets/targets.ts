/**
 * The 達成事項 sheet: targets and their results.
 */
import { cellText, isErrorValue } from '../../base/cells';
import { parseFiscalYearRange, type YearRange } from '../../base/fiscalYear';
import { clip } from '../../base/text';
import { matchResult, type ResultMeaning, type Vocabulary } from '../../contract/vocabulary';
import { allowedLabels } from '../../words/messages';
import { type KnownCodes, readReference } from '../fields';
import type { Project, ReadOptions, Target } from '../records';
import { ref, type SheetReader } from '../sheetReader';

export function readTargets(
  reader: SheetReader,
  known: KnownCodes,
  projects: Project[],
  options: ReadOptions,
  vocabulary: Vocabulary<ResultMeaning>,
): Target[] {
  const targets: Target[] = [];
  const sheet = reader.sheet.name;
  for (const { index, row } of reader.dataRows()) {
    const codeCell = reader.required(row, index, 'code');
    const yearCell = reader.required(row, index, 'targetYear');
    const targetCell = reader.required(row, index, 'target');
    const project = codeCell ? readReference(reader, codeCell, known) : -1;
    let years: YearRange | null = null;
    if (yearCell) {
      years = parseFiscalYearRange(yearCell.value);
      if (!years) reader.problems.add('error', sheet, ref(yearCell), clip(cellText(yearCell.value)), 'yearRangeInvalid');
    }
    const target = targetCell ? reader.text(targetCell, 'target') : null;
    let result: ResultMeaning | null = null;
    let resultLabel = -1;
    let resultOk = true;
    const resultCell = reader.optional(row, index, 'result');
    if (resultCell === null && isErrorValue(reader.cell(row, index, 'result').value)) resultOk = false;
    if (resultCell) {
      const found = matchResult(vocabulary, resultCell.value);
      const shown = clip(cellText(resultCell.value));
      if (found === null) result = null;
      else if (found.kind === 'unknown') {
        resultOk = false;
        reader.problems.add('error', sheet, ref(resultCell), shown, 'resultUnknown', allowedLabels(vocabulary), found.suggestion);
      } else {
        result = found.code;
        resultLabel = found.index;
        if (found.kind === 'variant') {
          const label = vocabulary.terms[found.index].label;
          reader.problems.add('warning', sheet, ref(resultCell), shown, 'resultVariant', { label }, label);
        }
      }
      // A label meaning 未確定 says just that the result cannot be judged yet: typed before the target year, it is no slip.
      if (result !== null && result !== 'undetermined' && years && options.currentYear !== undefined && years.first > options.currentYear) {
        reader.problems.add('warning', sheet, ref(resultCell), shown, 'resultTooEarly', {
          year: cellText(yearCell?.value),
          yearEn: `FY${years.first}`,
          asOf: options.asOfText ?? `FY${options.currentYear}`,
        });
      }
    }
    const summaryCell = reader.optional(row, index, 'summary');
    const summary = summaryCell ? (reader.text(summaryCell, 'summary') ?? '') : '';
    if (project < 0 || years === null || target === null || !resultOk) continue;
    targets.push({
      code: projects[project].code,
      project,
      resultColumn: reader.columns.get('result') ?? -1,
      years,
      target,
      result,
      resultLabel,
      summary,
      row: index,
    });
  }
  return targets;
}
