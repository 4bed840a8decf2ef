/**
 * The 指標 sheet: numeric goals per target and year.
 */
import { type CellValue, cellText } from '../../base/cells';
import { parseNumber, roundTo } from '../../base/numbers';
import { cleanText, clip, matchKey, normalizeText } from '../../base/text';
import { type Indicator, parseRule } from '../../contract/indicators';
import { type KnownCodes, readReference, readYear } from '../fields';
import type { Project, Target } from '../records';
import { type Cell, ref, type SheetReader } from '../sheetReader';

const INDICATOR_UNIT = /(%|件|回|業務|か所|箇所|種類|人|時間|媒体|品|施設|事業|円|千円|m2|ポイント|pt)$/i;

/** A target referred to by its text (same project) or by its row on the 達成事項 sheet (#12, 行12, row 12, 12). */
function findTarget(value: CellValue, project: number, targets: Target[]): number {
  const text = normalizeText(cellText(value));
  const rowRef = /^(?:#|行|row\s*)?(\d{1,7})$/i.exec(text);
  if (rowRef) {
    const row = Number(rowRef[1]) - 1;
    return targets.findIndex((t) => t.row === row && t.project === project);
  }
  const key = matchKey(text);
  return targets.findIndex((t) => t.project === project && matchKey(t.target) === key);
}

export function readIndicators(reader: SheetReader, known: KnownCodes, projects: Project[], targets: Target[]): Indicator[] {
  const indicators: Indicator[] = [];
  const sheet = reader.sheet.name;
  for (const { index, row } of reader.dataRows()) {
    const codeCell = reader.required(row, index, 'code');
    const targetCell = reader.required(row, index, 'target');
    const nameCell = reader.required(row, index, 'name');
    const yearCell = reader.required(row, index, 'year');
    const goalCell = reader.required(row, index, 'goal');
    const project = codeCell ? readReference(reader, codeCell, known) : -1;
    let target = -1;
    if (targetCell && project >= 0) {
      target = findTarget(targetCell.value, project, targets);
      if (target < 0)
        reader.problems.add('error', sheet, ref(targetCell), clip(cellText(targetCell.value)), 'indicatorTargetUnknown', { code: projects[project].code });
    }
    const name = nameCell ? reader.text(nameCell, 'name') : null;
    const year = yearCell ? readYear(reader, yearCell) : null;
    const number = (cell: Cell | null, key: string): number | null | undefined => {
      if (!cell) return undefined;
      const parsed = parseNumber(cell.value, INDICATOR_UNIT);
      if (parsed.ok) return parsed.value;
      reader.refuseNumber(cell, key, parsed);
      return null;
    };
    let goal = number(goalCell, 'goal');
    const actualCell = reader.optional(row, index, 'actual');
    let actual = number(actualCell, 'actual');
    const ruleCell = reader.optional(row, index, 'rule');
    const rule = parseRule(ruleCell ? cellText(ruleCell.value) : '');
    if (rule === null && ruleCell) reader.problems.add('error', sheet, ref(ruleCell), clip(cellText(ruleCell.value)), 'ruleUnknown');
    const unitCell = reader.optional(row, index, 'unit');
    // Percentages come in two forms: 90 (typed 90% as text, or 単位 %) and 0.9 (a %-formatted cell).
    // A goal and an actual in different forms would compare 0.93 with 90: the fraction is read as a percent, with a warning.
    const percentText = (cell: Cell | null) => cell !== null && typeof cell.value === 'string' && /[%％]\s*$/.test(cell.value.trim());
    const percentUnit = unitCell !== null && /^[%％]$/.test(cleanText(cellText(unitCell.value)));
    if (typeof goal === 'number' && typeof actual === 'number') {
      const goalInPercent = percentText(goalCell) || (percentUnit && goal > 1.5);
      const actualInPercent = percentText(actualCell) || (percentUnit && actual > 1.5);
      const fraction = (n: number) => Math.abs(n) <= 1.5;
      if (goalInPercent && !actualInPercent && fraction(actual) && actualCell) {
        reader.problems.add('warning', sheet, ref(actualCell), clip(cellText(actualCell.value)), 'percentMixed', { read: roundTo(actual * 100, 6) });
        actual = roundTo(actual * 100, 6);
      } else if (actualInPercent && !goalInPercent && fraction(goal) && goalCell) {
        reader.problems.add('warning', sheet, ref(goalCell), clip(cellText(goalCell.value)), 'percentMixed', { read: roundTo(goal * 100, 6) });
        goal = roundTo(goal * 100, 6);
      }
    }
    // A target is looked up only for a known project: target >= 0 means project >= 0.
    if (target < 0 || name === null || year === null || goal === null || goal === undefined || actual === null || rule === null) continue;
    indicators.push({
      code: projects[project].code,
      target,
      name,
      year,
      goal,
      actual: actual ?? null,
      rule,
      unit: unitCell ? cleanText(cellText(unitCell.value)) : '',
      row: index,
    });
  }
  return indicators;
}
