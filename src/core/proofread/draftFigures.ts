/**
 * Figures of a draft in any layout: found by their label and their year
 * wherever they stand — in a table whose header names its columns (years
 * across, or labels across), or in a sentence (「令和7年度の進捗率は66.7%でした」,
 * 「Aは7件（14.6%）」, 「合計 25,692」) — with the plan's own words, years and
 * money unit. Used by the proof-reader beside its rules for the seed's layout.
 *
 * A figure carries how to work out its expected value for another year or
 * another label, so a wrong year label or category label is reported once, as
 * that, instead of as every figure it puts out of place.
 *
 * Its parts, re-exported here: the plan's figures (planFigures.ts), the number and
 * year patterns (draftPatterns.ts), tables (tableFigures.ts) and sentences
 * (sentenceFigures.ts); this file attributes wrong labels.
 */
import { formatFiscalYear } from '../base/fiscalYear';
import { yearOf } from './draftPatterns';
import type { Figure, PlanFigures } from './planFigures';

export * from './draftPatterns';
export * from './planFigures';
export * from './sentenceFigures';
export * from './tableFigures';

const close = (a: number, b: number) => Math.abs(a - b) < 0.005;
const wrong = (f: Figure) => f.workbook !== undefined && !close(f.workbook.value, f.value);

export interface LabelFinding {
  line: number;
  stated: string;
  expected: string;
  label: string;
}

/**
 * A wrong year label or category label puts every figure it heads out of
 * place. Where all the figures under one label are wrong for it and all right
 * for exactly one other year (or label), the label is what is wrong: it is
 * reported once, and its figures are not.
 */
export function attributeLabels(figures: Figure[], plan: PlanFigures): { labelFindings: LabelFinding[]; explained: Set<Figure> } {
  const labelFindings: LabelFinding[] = [];
  const explained = new Set<Figure>();
  type YearLabel = NonNullable<Figure['year']>;
  type CategoryLabel = NonNullable<Figure['category']>;
  // Each figure with the label it stands under, grouped by that label as stated at one place.
  const groups = new Map<string, { figure: Figure; label: YearLabel }[]>();
  for (const figure of figures) {
    if (!figure.year) continue;
    const key = `${figure.year.unit}|${figure.year.stated}`;
    // (pushed, not copied: a copy per figure is quadratic in a group of many figures)
    const group = groups.get(key);
    if (group) group.push({ figure, label: figure.year });
    else groups.set(key, [{ figure, label: figure.year }]);
  }
  for (const group of groups.values()) {
    const checked = group.filter(({ figure }) => figure.workbook !== undefined);
    // Some figure wrong for the year as stated, and every one — two at least, or one figure alone proves nothing — right for exactly one other year.
    if (checked.length < 2 || !checked.some(({ figure }) => wrong(figure))) continue;
    const first = checked[0].label;
    const stated = yearOf(first.stated);
    const candidates = plan.summary.years.filter(
      (y) =>
        y !== stated &&
        checked.every(({ figure, label }) => {
          const e = label.forYear(y);
          return e !== undefined && close(e.value, figure.value);
        }),
    );
    if (candidates.length !== 1) continue;
    labelFindings.push({ line: first.line, stated: first.stated, expected: formatFiscalYear(candidates[0]), label: '年度' });
    for (const { figure } of group) explained.add(figure);
  }
  const byLabel = new Map<string, { figure: Figure; label: CategoryLabel }[]>();
  for (const figure of figures) {
    if (!figure.category || explained.has(figure)) continue;
    const group = byLabel.get(figure.category.unit);
    if (group) group.push({ figure, label: figure.category });
    else byLabel.set(figure.category.unit, [{ figure, label: figure.category }]);
  }
  for (const group of byLabel.values()) {
    const checked = group.filter(({ figure }) => figure.workbook !== undefined);
    if (checked.length < 2 || !checked.some(({ figure }) => wrong(figure))) continue;
    const first = checked[0].label;
    const labels = first.kind === 'progress' ? plan.progressLabels : plan.resultLabels;
    const candidates = labels
      .map((_, i) => i)
      .filter(
        (i) =>
          i !== first.index &&
          checked.every(({ figure, label }) => {
            const e = label.forLabel(i);
            return e !== undefined && close(e.value, figure.value);
          }),
      );
    if (candidates.length !== 1) continue;
    labelFindings.push({ line: first.line, stated: first.stated, expected: labels[candidates[0]], label: '区分' });
    for (const { figure } of group) explained.add(figure);
  }
  return { labelFindings, explained };
}
