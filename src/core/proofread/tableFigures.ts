/**
 * Figures in a draft's tables: a header that names its columns (years across, or labels across), then each row's figures.
 */
import { type FiscalYear, formatFiscalYear } from '../base/fiscalYear';
import { formatAmount, roundTo } from '../base/numbers';
import { escapeRegExp, matchKey } from '../base/text';
import { NUM, number, replaceFinalParenthesis, YEAR_CELL, yearOf } from './draftPatterns';
import type { Expected, Figure, PlanFigures } from './planFigures';

/** The column a table header names. */
type Column =
  | { kind: 'projects' }
  | { kind: 'activities' }
  | { kind: 'rate' }
  | { kind: 'progressing' }
  | { kind: 'evaluated' }
  | { kind: 'effect' }
  | { kind: 'area'; which: 'abolished' | 'added' }
  | { kind: 'progressLabel'; index: number; share: boolean; stated: string }
  | { kind: 'resultLabel'; index: number; share: boolean; stated: string };

/** A header cell as a column of the plan, or null when it names nothing we know. */
function columnOf(cell: string, plan: PlanFigures): Column | null {
  const key = matchKey(replaceFinalParenthesis(cell, (inner) => (/割合|%/.test(inner) ? ' 割合' : '')));
  if (/^(事業数|取組事業数)$/.test(key)) return { kind: 'projects' };
  if (/^(取組活動数|活動数)$/.test(key)) return { kind: 'activities' };
  if (key === '進捗率') return { kind: 'rate' };
  if (key === '評価数') return { kind: 'evaluated' };
  if (/^(財政健全化)?効果額$/.test(key)) return { kind: 'effect' };
  if (key === '廃止面積') return { kind: 'area', which: 'abolished' };
  if (key === '増加面積') return { kind: 'area', which: 'added' };
  const inRate = plan.summary.vocabulary.progress.filter((t) => t.inRate).map((t) => matchKey(t.label));
  if (inRate.length > 0 && key === inRate.join('+')) return { kind: 'progressing' };
  const share = /(割合|share)$/.test(key);
  const bare = key.replace(/(件数|割合|count|share)$/, '');
  const p = plan.progressLabels.findIndex((label) => matchKey(label) === bare);
  if (p >= 0) return { kind: 'progressLabel', index: p, share, stated: cell };
  const r = plan.resultLabels.findIndex((label) => matchKey(label) === bare);
  if (r >= 0) return { kind: 'resultLabel', index: r, share, stated: cell };
  return null;
}

function cellsOf(line: string): string[] {
  return (line.includes('\t') ? line.split('\t') : line.split(' ')).map((cell) => cell.trim()).filter((cell) => cell !== '');
}

/** The plan's total fiscal effect as a draft states it; `parts` are the draft's own yearly figures that should add up to it. */
function effectTotalFigure(plan: PlanFigures, line: number, stated: { value: number; text: string }, parts?: number[]): Figure {
  const sum = parts?.reduce((a, b) => roundTo(a + b, 6), 0);
  return {
    line,
    stated: stated.text,
    value: stated.value,
    label: '財政健全化効果額 合計',
    workbook: plan.amount(plan.summary.effects.total, stated.text.endsWith(plan.unit)),
    arithmetic: sum === undefined || parts?.length === 0 ? undefined : { value: sum, text: formatAmount(sum, plan.decimals) },
  };
}

/** A stated value cell: 1,234 / 12.5% / 7事業 / 1,234千円 / 5,000.00m2 / － (none). */
function cellValue(cell: string, valuePattern: RegExp): { value: number; text: string } | null {
  // The full-width － arrives as - (the proof-reader's lines are NFKC).
  if (cell === '-') return { value: 0, text: cell };
  const m = valuePattern.exec(cell);
  return m ? { value: number(m[1]), text: cell } : null;
}

/**
 * Tables whose header names their columns, in any order and any plan: years
 * across (区分 令和6年度 令和7年度 … 計) with a known label in each row, or known
 * labels across (年度 事業数 取組活動数 A B C D) with a year in each row.
 * Only lines the seed-layout rules did not read are looked at.
 */
export function tableFigures(lines: string[], claimed: Set<number>, plan: PlanFigures, section: (index: number) => string): Figure[] {
  const figures: Figure[] = [];
  let yearColumns: (FiscalYear | 'total')[] | null = null;
  /** The header of a years-across table: its line and each year column's text, where a wrong year label stands. */
  let yearHeader = { line: 0, texts: [] as string[] };
  let labelColumns: Column[] | null = null;
  let labelHeaderLine = 0;
  let effectRows: number[] = [];
  const unit = plan.unit;
  const valuePattern = new RegExp(`^(${NUM})(%|事業|件|${escapeRegExp(unit)}|m2)?$`);
  const totalPattern = new RegExp(`^(?:合計|総計)(?:額)? ?(${NUM}) ?(${escapeRegExp(unit)})?$`);
  lines.forEach((line, index) => {
    const n = index + 1;
    if (claimed.has(n)) {
      yearColumns = null;
      labelColumns = null;
      return;
    }
    const cells = cellsOf(line);
    // A perspective's 取組結果 counts its own projects, not the plan's: the seed-layout rules read those.
    if (cells.length < 2 || section(index) === '取組結果') return;
    // A header of years: 区分 令和6年度 令和7年度 … (計).
    const years = cells.map((cell) => (/^(計|合計)$/.test(cell) ? 'total' : YEAR_CELL.test(cell) ? yearOf(cell) : null));
    const yearCount = years.filter((y) => typeof y === 'number').length;
    if (yearCount >= 2 && years.slice(1).every((y) => y !== null)) {
      const first = years[0] === null ? 1 : 0;
      yearColumns = years.slice(first) as (FiscalYear | 'total')[];
      yearHeader = { line: n, texts: cells.slice(first) };
      labelColumns = null;
      claimed.add(n);
      return;
    }
    // A header of labels: 年度 事業数 取組活動数 A B C D.
    if (/^(取組年度|年度|目標年度|fiscalyear|year)$/i.test(matchKey(cells[0]))) {
      const columns = cells.slice(1).map((cell) => columnOf(cell, plan));
      if (columns.length > 0 && columns.every((c) => c !== null)) {
        labelColumns = columns as Column[];
        labelHeaderLine = n;
        yearColumns = null;
        effectRows = [];
        claimed.add(n);
        return;
      }
    }
    const values = cells.slice(1).map((cell) => cellValue(cell, valuePattern));
    if (yearColumns && values.length === yearColumns.length && values.every((v) => v !== null)) {
      const column = columnOf(cells[0], plan);
      if (!column) return;
      claimed.add(n);
      const stated = values as { value: number; text: string }[];
      yearColumns.forEach((year, i) => {
        if (year === 'total') return;
        // A wrong year here is the column's header: all of the column's figures, one finding there.
        const at = { stated: yearHeader.texts[i], line: yearHeader.line, unit: `yearColumn${yearHeader.line}:${i}` };
        const figure = rowFigure(column, year, stated[i], n, plan, at, undefined);
        if (figure) figures.push(figure);
      });
      const total = yearColumns.indexOf('total');
      if (total >= 0 && column.kind === 'effect')
        figures.push(
          effectTotalFigure(
            plan,
            n,
            stated[total],
            stated.filter((_, i) => i !== total).map((v) => v.value),
          ),
        );
      return;
    }
    if (labelColumns && values.length === labelColumns.length && values.every((v) => v !== null)) {
      const stated = values as { value: number; text: string }[];
      const head = cells[0];
      const year = YEAR_CELL.test(head) ? yearOf(head) : null;
      const isTotal = /^(合計|計)$/.test(head);
      // A row of the table, whatever its head (平均…): not prose.
      claimed.add(n);
      if (year !== null) {
        labelColumns.forEach((column, i) => {
          const figure = rowFigure(column, year, stated[i], n, plan, { stated: head, line: n, unit: `row${n}` }, labelHeaderLine);
          if (figure) figures.push(figure);
          if (column.kind === 'effect') effectRows.push(stated[i].value);
        });
      } else if (isTotal) {
        labelColumns.forEach((column, i) => {
          if (column.kind === 'effect') figures.push(effectTotalFigure(plan, n, stated[i], effectRows));
        });
      }
      return;
    }
    // 合計 25,692 (千円) under a 効果額 heading: the plan's total, with or without its unit.
    const total = totalPattern.exec(line);
    if (total && /効果額/.test(section(index))) figures.push(effectTotalFigure(plan, n, { value: number(total[1]), text: `${total[1]}${total[2] ?? ''}` }));
  });
  return figures;
}

/** One value of a table row: what the workbook says for that year and column. */
function rowFigure(
  column: Column,
  year: FiscalYear,
  stated: { value: number; text: string },
  line: number,
  plan: PlanFigures,
  /** Where the figure's year is stated: the row's head (labels across) or the column's header (years across). */
  yearAt: { stated: string; line: number; unit: string },
  headerLine: number | undefined,
): Figure | null {
  const withUnit = stated.text.endsWith(plan.unit);
  const forYear = (y: FiscalYear): Expected | undefined => {
    switch (column.kind) {
      case 'projects':
        return plan.count(plan.projects(y));
      case 'activities':
        return plan.count(plan.activities(y));
      case 'rate':
        return plan.rate(y, stated.text.replace('%', ''));
      case 'progressing':
        return plan.count(plan.summary.progress.find((p) => p.year === y)?.progressing);
      case 'evaluated':
        return plan.count(plan.evaluated(y));
      case 'effect':
        return plan.amount(plan.effect(y), withUnit);
      case 'area':
        return plan.area(plan.areaOf(y, column.which));
      case 'progressLabel':
        return column.share ? plan.labelShare(y, column.index, stated.text.replace('%', '')) : plan.count(plan.labelCount(y, column.index));
      case 'resultLabel':
        return column.share ? plan.resultShare(column.index, stated.text.replace('%', ''), y) : plan.count(plan.resultCount(column.index, y));
    }
  };
  if (stated.text === '-') {
    // － is "none": a rate or share of nothing; a count of zero.
    if (column.kind === 'rate' || ('share' in column && column.share)) return null;
  }
  const names: Record<string, string> = {
    projects: '事業数',
    activities: '取組活動数',
    rate: '進捗率',
    progressing: plan.summary.vocabulary.progress
      .filter((t) => t.inRate)
      .map((t) => t.label)
      .join('＋'),
    evaluated: '評価数',
    effect: '財政健全化効果額',
    area: column.kind === 'area' && column.which === 'added' ? '増加面積' : '廃止面積',
  };
  const labelName =
    column.kind === 'progressLabel'
      ? `${plan.progressLabels[column.index]}${column.share ? ' 割合' : ''}`
      : column.kind === 'resultLabel'
        ? `${plan.resultLabels[column.index]}${column.share ? ' 割合' : ' 件数'}`
        : names[column.kind];
  const figure: Figure = {
    line,
    stated: stated.text,
    value: stated.value,
    label: `${formatFiscalYear(year)} ${labelName}`,
    workbook: forYear(year),
    year: { ...yearAt, forYear },
  };
  if ((column.kind === 'progressLabel' || column.kind === 'resultLabel') && headerLine !== undefined) {
    const kind = column.kind === 'progressLabel' ? 'progress' : 'result';
    const share = column.share;
    figure.category = {
      stated: column.stated,
      line: headerLine,
      unit: `column${headerLine}:${kind}:${column.index}:${share}`,
      kind,
      index: column.index,
      forLabel: (index) =>
        kind === 'progress'
          ? share
            ? plan.labelShare(year, index, stated.text.replace('%', ''))
            : plan.count(plan.labelCount(year, index))
          : share
            ? plan.resultShare(index, stated.text.replace('%', ''), year)
            : plan.count(plan.resultCount(index, year)),
    };
  }
  return figure;
}
