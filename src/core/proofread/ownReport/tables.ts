/**
 * Our own report's tables of progress and achievement, read line by line.
 */
import { DRAFT_HEADINGS as H } from '../../words/proofreadWords';
import { eraYear, percentFigure, yearLabel } from '../layoutLines';
import type { OwnReport } from './context';

/** The tables of our own report: 【進捗状況】, 【進捗率】, 【達成状況】 and 【目標年度別の達成状況】, a year or a total a line. True when the line was read. */
export function readProgressTables(r: OwnReport, line: string, index: number): boolean {
  const n = index + 1;
  const { summary, figures, rounding, progressTerms, resultTerms, progressLine, achievementLine, achievementYearLine, plan, yearOfRow, progressOf } = r;
  let m: RegExpExecArray | null;
  // 【進捗状況】 令和2年度 23 47 30 13 2 0 2
  m = progressLine.exec(line);
  if (m && r.section === H.progress) {
    const year = eraYear(m[1]);
    const p = progressOf(year);
    const counts = m[4].trim().split(' ').map(Number);
    const activities = Number(m[3]);
    const sum = counts.reduce((a, b) => a + b, 0);
    figures.push({
      line: n,
      stated: m[2],
      value: Number(m[2]),
      label: `${yearLabel(year)} 事業数`,
      workbook: p ? { value: p.projects, text: String(p.projects) } : undefined,
      year: yearOfRow(n, `${m[1]}年度`, (y) => plan.count(plan.projects(y))),
    });
    figures.push({
      line: n,
      stated: m[3],
      value: activities,
      label: `${yearLabel(year)} 取組活動数`,
      workbook: p ? { value: p.activities, text: String(p.activities) } : undefined,
      arithmetic: { value: sum, text: String(sum) },
      year: yearOfRow(n, `${m[1]}年度`, (y) => plan.count(plan.activities(y))),
    });
    const yearText = `${m[1]}年度`;
    progressTerms.forEach((term, i) => {
      const count = p?.labels[i]?.count;
      figures.push({
        line: n,
        stated: String(counts[i]),
        value: counts[i],
        label: `${yearLabel(year)} ${term.label}`,
        workbook: count === undefined ? undefined : { value: count, text: String(count) },
        year: yearOfRow(n, yearText, (y) => plan.count(plan.labelCount(y, i))),
      });
    });
    return true;
  }

  // 【進捗率】 令和2年度 91.4% 47 43
  m = /^((?:令和|平成)\d+)年度 ([\d.]+)% (\d+) (\d+)$/.exec(line);
  if (m && r.section === H.progressRate) {
    const year = eraYear(m[1]);
    const p = progressOf(year);
    const yearText = `${m[1]}年度`;
    const rateText = m[2];
    figures.push({
      ...percentFigure(n, `${yearLabel(year)} 進捗率`, m[2], Number(m[4]), Number(m[3]), p ? { n: p.progressing, d: p.activities } : undefined, rounding),
      year: yearOfRow(n, yearText, (y) => plan.rate(y, rateText)),
    });
    figures.push({
      line: n,
      stated: m[3],
      value: Number(m[3]),
      label: `${yearLabel(year)} 取組活動数`,
      workbook: p ? { value: p.activities, text: String(p.activities) } : undefined,
      year: yearOfRow(n, yearText, (y) => plan.count(plan.activities(y))),
    });
    figures.push({
      line: n,
      stated: m[4],
      value: Number(m[4]),
      label: `${yearLabel(year)} ${progressTerms
        .filter((term) => term.inRate)
        .map((term) => term.label)
        .join('＋')}`,
      workbook: p ? { value: p.progressing, text: String(p.progressing) } : undefined,
      year: yearOfRow(n, yearText, (y) => plan.count(progressOf(y)?.progressing)),
    });
    return true;
  }

  // 【達成状況】 60 / 55 91.2% 3 5.0% 2 3.3%
  if (r.section === H.achievement && /^\d+$/.test(line) && r.achievementTotal === null) {
    r.achievementTotal = Number(line);
    const a = summary.achievement;
    figures.push({
      line: n,
      stated: line,
      value: r.achievementTotal,
      label: '達成するべき事項の合計数',
      workbook: { value: a.evaluated, text: String(a.evaluated) },
    });
    return true;
  }
  m = achievementLine.exec(line);
  if (m && r.section === H.achievement) {
    const a = summary.achievement;
    const pairs = m.slice(2);
    if (m[1] !== undefined) {
      r.achievementTotal = Number(m[1]);
      figures.push({
        line: n,
        stated: m[1],
        value: r.achievementTotal,
        label: '達成するべき事項の合計数',
        workbook: { value: a.evaluated, text: String(a.evaluated) },
      });
    }
    const counts = resultTerms.map((_, i) => Number(pairs[i * 2]));
    const total = r.achievementTotal ?? counts.reduce((x, y) => x + y, 0);
    resultTerms.forEach((term, i) => {
      const label = term.label;
      const count = a.labels[i]?.count ?? 0;
      figures.push({
        line: n,
        stated: String(counts[i]),
        value: counts[i],
        label: `${label} 件数`,
        workbook: { value: count, text: String(count) },
      });
      figures.push(percentFigure(n, `${label} 割合`, pairs[i * 2 + 1] ?? '', counts[i], total, { n: count, d: a.denominatorCount }, rounding));
    });
    return true;
  }
  // 【目標年度別の達成状況】 令和5年度 35 31 88.5% 3 8.5% 1 2.8%
  m = achievementYearLine.exec(line);
  if (m && r.section === H.achievementByYear) {
    const year = eraYear(m[1]);
    const row = summary.achievement.byYear.find((entry) => entry.year === year);
    const evaluated = Number(m[2]);
    const pairs = m.slice(3);
    const counts = resultTerms.map((_, i) => Number(pairs[i * 2]));
    const sum = counts.reduce((x, y) => x + y, 0);
    figures.push({
      line: n,
      stated: m[2],
      value: evaluated,
      label: `${yearLabel(year)} 評価数`,
      workbook: { value: row?.evaluated ?? 0, text: String(row?.evaluated ?? 0) },
      arithmetic: { value: sum, text: String(sum) },
    });
    resultTerms.forEach((term, i) => {
      const count = row?.labels[i]?.count ?? 0;
      figures.push({
        line: n,
        stated: String(counts[i]),
        value: counts[i],
        label: `${yearLabel(year)} ${term.label} 件数`,
        workbook: { value: count, text: String(count) },
      });
      figures.push(
        percentFigure(
          n,
          `${yearLabel(year)} ${term.label} 割合`,
          pairs[i * 2 + 1] ?? '',
          counts[i],
          evaluated,
          { n: count, d: row?.denominatorCount ?? 0 },
          rounding,
        ),
      );
    });
    return true;
  }
  return false;
}
