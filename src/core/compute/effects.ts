/**
 * 財政健全化効果額: effects per year, perspective and project.
 * Part of the summary (summarize.ts); pure: plain values in, plain values out.
 */
import type { FiscalYear } from '../base/fiscalYear';
import { decimalsOf, roundTo } from '../base/numbers';
import { MONEY_UNITS } from '../contract/settings';
import type { WorkbookData } from '../read/read';
import type { Effects } from './amountModel';
import { byCode } from './shares';
import type { YearAmount } from './tableModel';

export function effects(data: WorkbookData, years: FiscalYear[]): Effects {
  const yearIndex = new Map(years.map((year, index) => [year, index]));
  const perspectiveCount = data.settings.perspectives.length;
  // Amounts in 百万円 may carry decimals (12.5): sums are kept to the places typed.
  let decimals = 0;
  for (const effect of data.effects) decimals = Math.max(decimals, decimalsOf(effect.amount));
  const byYear = years.map(() => 0);
  const byPerspective = Array.from({ length: perspectiveCount }, () => years.map(() => 0));
  const byProject = data.projects.map(() => years.map(() => 0));
  for (const effect of data.effects) {
    const index = yearIndex.get(effect.year);
    const project = data.projects[effect.project];
    if (index === undefined || !project) continue;
    byYear[index] = roundTo(byYear[index] + effect.amount, decimals);
    const perspective = byPerspective[project.perspective - 1];
    perspective[index] = roundTo(perspective[index] + effect.amount, decimals);
    byProject[effect.project][index] = roundTo(byProject[effect.project][index] + effect.amount, decimals);
  }
  const yearAmounts = (amounts: number[]): YearAmount[] => years.map((year, index) => ({ year, amount: amounts[index] }));
  const sum = (amounts: number[]) => amounts.reduce((a, b) => roundTo(a + b, decimals), 0);
  const unit = data.settings.moneyUnit;
  return {
    unit: MONEY_UNITS[unit].en,
    unitLabel: unit,
    decimals,
    byYear: yearAmounts(byYear),
    total: sum(byYear),
    byPerspective: byPerspective.map((amounts, index) => ({
      perspective: index + 1,
      name: data.settings.perspectives[index],
      byYear: yearAmounts(amounts),
      total: sum(amounts),
    })),
    byProject: data.projects
      .map((project, index) => ({ project, index, code: project.code }))
      .sort(byCode)
      .map(({ project, index }) => {
        const amounts = byProject[index];
        return { code: project.code, name: project.name, perspective: project.perspective, byYear: yearAmounts(amounts), total: sum(amounts) };
      }),
  };
}
