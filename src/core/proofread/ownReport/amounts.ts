/**
 * Our own report's amounts — effects by year and perspective, floor areas, the
 * project list — read line by line.
 */
import { formatArea, roundTo, toHundredths } from '../../base/numbers';
import { perspectiveEffects } from '../../compute/summarize';
import { DRAFT_HEADINGS as H } from '../../words/proofreadWords';
import type { Figure } from '../draftFigures';
import { amountText, eraYear, number, yearLabel } from '../layoutLines';
import type { OwnReport } from './context';

/** The amounts of our own report: 【財政健全化効果額一覧】, a perspective's 【取組結果】, the floor areas and the project list. True when the line was read. */
export function readAmountLines(r: OwnReport, line: string, index: number): boolean {
  const n = index + 1;
  const {
    summary,
    figures,
    unit,
    amountDecimals,
    projectRowLine,
    effectYearLine,
    effectTotalLine,
    projectsLine,
    flowLine,
    perspectiveEffectLine,
    resultYear,
    areaLine,
    projectAmountLine,
    amountsPattern,
    knownCodes,
    plan,
    yearOfRow,
    effectOf,
    projectAmount,
  } = r;
  let m: RegExpExecArray | null;
  // 【財政健全化効果額一覧】 1 令和2年度 827,080 千円 / 合計 4,698,997 千円
  m = effectYearLine.exec(line);
  if (m) {
    const year = eraYear(m[1]);
    const e = effectOf(year);
    figures.push({
      line: n,
      stated: `${m[2]}${unit}`,
      value: number(m[2]),
      label: `${yearLabel(year)} 財政健全化効果額`,
      workbook: e ? { value: e.amount, text: amountText(e.amount, unit, amountDecimals) } : undefined,
      year: yearOfRow(n, `${m[1]}年度`, (y) => plan.amount(plan.effect(y), true)),
    });
    return true;
  }
  m = effectTotalLine.exec(line);
  if (m) {
    figures.push({
      line: n,
      stated: `${m[1]}${unit}`,
      value: number(m[1]),
      label: '財政健全化効果額 合計',
      workbook: { value: summary.effects.total, text: amountText(summary.effects.total, unit, amountDecimals) },
    });
    return true;
  }

  // 【取組結果】 of a perspective: 取組事業数 7 事業 … 9 事業 / 財政健全化効果額 88,959 千円 … 1,122,018 千円
  m = projectsLine.exec(line);
  if (m && r.perspective) {
    const p = r.perspective;
    const values = [...m[1].matchAll(/(\d+) ?事業/g)].map((x) => Number(x[1]));
    // At most one value per year and the total (the pattern's bound), so every year index is one of the plan's.
    values.forEach((value, i) => {
      const y = resultYear(i, values.length);
      const expected = y !== null ? p.projects[y].count : p.projectsTotal;
      const label = `(${p.perspective}) ${y !== null ? yearLabel(summary.years[y]) : '計'} 取組事業数`;
      figures.push({ line: n, stated: `${value}事業`, value, label, workbook: { value: expected, text: `${expected}事業` } });
    });
    return true;
  }
  // (追加事業数) － (1 事業) － (1 事業) (2 事業): － is none.
  m = flowLine.exec(line);
  if (m && r.perspective) {
    const kind = m[1];
    const values = [...m[2].matchAll(/\((\d+) ?事業※?\)|-/g)].map((x) => (x[1] === undefined ? 0 : Number(x[1])));
    const p = r.perspective;
    const list = kind === H.added ? p.added : p.ended;
    const total = kind === H.added ? p.addedTotal : p.endedTotal;
    const shown = (n: number) => (n === 0 ? '－' : `(${n} 事業)`);
    values.forEach((value, i) => {
      const y = resultYear(i, values.length);
      const expected = y !== null ? list[y].count : total;
      const label = `(${p.perspective}) ${y !== null ? yearLabel(summary.years[y]) : '計'} ${kind}`;
      figures.push({ line: n, stated: shown(value), value, label, workbook: { value: expected, text: shown(expected) } });
    });
    return true;
  }
  m = perspectiveEffectLine.exec(line);
  if (m && r.perspective) {
    const values = [...m[1].matchAll(amountsPattern)].map((x) => number(x[1]));
    const e = perspectiveEffects(summary, r.perspective.perspective);
    const p = r.perspective.perspective;
    const sum = values.slice(0, values.length - 1).reduce((a, b) => roundTo(a + b, 6), 0);
    values.forEach((value, i) => {
      const y = resultYear(i, values.length);
      const expected = y !== null ? e.byYear[y].amount : e.total;
      const label = `(${p}) ${y !== null ? yearLabel(summary.years[y]) : '計'} 財政健全化効果額`;
      const figure: Figure = {
        line: n,
        stated: amountText(value, unit, amountDecimals),
        value,
        label,
        workbook: { value: expected, text: amountText(expected, unit, amountDecimals) },
      };
      if (y === null) figure.arithmetic = { value: sum, text: amountText(sum, unit, amountDecimals) };
      figures.push(figure);
    });
    return true;
  }

  // 【公共施設の総延床面積推移】 廃止面積 / 増加面積 6,227.75 ㎡ …
  m = areaLine.exec(line);
  if (m) {
    const kind = m[1];
    const values = [...m[2].matchAll(/([\d,]+\.\d+) ?m2/g)].map((x) => x[1]);
    values.forEach((text, i) => {
      // At most one value per year (the pattern's bound): the summary has each year's floor area.
      const f = summary.floorArea.byYear[i];
      const expected = kind === H.abolished ? f.abolished : f.added;
      figures.push({
        line: n,
        stated: `${text}㎡`,
        value: number(text),
        label: `${yearLabel(f.year)} ${kind}`,
        workbook: { value: expected, text: `${formatArea(toHundredths(expected))}㎡` },
      });
    });
    return true;
  }

  // 【取組事業一覧表】 as a table: one row per project, its code first and its amount (or －) last.
  m = projectRowLine.exec(line);
  if (m && r.section === H.projectList && knownCodes.has(m[1])) {
    const code = m[1];
    const project = summary.effects.byProject.find((p) => p.code === code);
    const total = project?.total ?? 0;
    const stated = m[2] === undefined ? 0 : number(m[2]);
    figures.push({
      line: n,
      stated: m[2] === undefined ? '－' : `${m[2]}${unit}`,
      value: stated,
      label: `${code} 財政健全化効果額`,
      workbook: { value: total, text: projectAmount(total) },
    });
    return true;
  }
  // 取組事業一覧: a code line, then the project's amount (or －).
  // Any of the plan's project codes on a line of its own.
  if (knownCodes.has(line)) {
    r.projectCode = line;
    return true;
  }
  m = projectAmountLine.exec(line);
  if (m && r.projectCode) {
    const project = summary.effects.byProject.find((p) => p.code === r.projectCode);
    if (project)
      figures.push({
        line: n,
        stated: `${m[1]}${unit}`,
        value: number(m[1]),
        label: `${r.projectCode} 財政健全化効果額`,
        workbook: { value: project.total, text: projectAmount(project.total) },
      });
    r.projectCode = null;
    return true;
  }
  if ((line === '－' || line === '-') && r.projectCode) {
    const project = summary.effects.byProject.find((p) => p.code === r.projectCode);
    if (project)
      figures.push({
        line: n,
        stated: '－',
        value: 0,
        label: `${r.projectCode} 財政健全化効果額`,
        workbook: { value: project.total, text: projectAmount(project.total) },
      });
    r.projectCode = null;
  }
  return false;
}
