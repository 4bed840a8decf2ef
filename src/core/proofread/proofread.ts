/**
 * Proof-reading a draft report: the figures it states — percentages, 千円
 * amounts, counts of 事業/件, ㎡ — with the label and year they belong to,
 * checked against the workbook's computed figures and against the draft's own
 * arithmetic. Tables are read line by line; sentences are read across the line
 * breaks a PDF-to-text conversion leaves.
 */

import type { FiscalYear } from '../base/fiscalYear';
import { formatArea, roundTo, toHundredths } from '../base/numbers';
import { escapeRegExp, matchKey } from '../base/text';
import { perspectiveEffects, projectsOfPeriod, type Summary } from '../compute/summarize';
import { DRAFT_HEADINGS as H } from '../words/proofreadWords';
import { type NotPlaced, readClaims } from './claims';
import { attributeLabels, type Expected, type Figure, PlanFigures, type Prose, sentenceFigures, tableFigures } from './draftFigures';
import { draftSizeProblem, MAX_DRAFT_TEXT_BYTES, utf8Length } from './draftSize';
import {
  AMOUNT,
  amountText,
  atLeastTwo,
  bracketed,
  close,
  eraYear,
  Flat,
  NOT_AFTER_AMOUNT,
  netText,
  normalizeLine,
  number,
  percentFigure,
  yearLabel,
  yearTotalSentences,
} from './layoutLines';

export { bracketed, draftSizeProblem, MAX_DRAFT_TEXT_BYTES, utf8Length, yearTotalSentences };

/** Fewer figures than this read by the layouts of our own reports: the draft is read as claims too. */
const CLAIMS_BELOW = 10;

export type FindingKind = 'workbook' | 'arithmetic' | 'workbook+arithmetic';

export interface Finding {
  /** 1-based line of the draft as given. */
  line: number;
  stated: string;
  expected: string;
  label: string;
  kind: FindingKind;
}

export interface ProofreadResult {
  findings: Finding[];
  /** How many stated figures were checked, by label. */
  checked: { line: number; label: string; stated: string }[];
  /** Figures the claims reader matched to the plan's and found right (beside `checked`, which the layouts above read). */
  placed: { line: number; label: string; stated: string }[];
  /** The numbers read but matched to no figure, with why (the claims reader, core/proofread/claims.ts). */
  notPlaced: NotPlaced[];
}

export function proofread(draft: string, summary: Summary): ProofreadResult {
  const raw = draft.split(/\r\n|\r|\n/);
  const lines = raw.map((line) => normalizeLine(line));
  const figures: Figure[] = [];
  const { rounding } = summary.plan;
  // The plan's own shape: its money unit, its number of years, its labels.
  const unit = summary.effects.unitLabel;
  const U = escapeRegExp(unit);
  const amountDecimals = summary.effects.decimals;
  const years = summary.years.length;
  const progressTerms = summary.vocabulary.progress;
  const resultTerms = summary.vocabulary.result;
  const progressLine = new RegExp(`^((?:令和|平成)\\d+)年度 (\\d+) (\\d+)((?: \\d+){${progressTerms.length}})$`);
  const achievementPairs = Array.from({ length: resultTerms.length }, () => '(\\d+) ([\\d.]+)%').join(' ');
  // 55 91.2% 3 5.0% 2 3.3%, with the total first when the table has it on the same row (60 55 91.2% …).
  const achievementLine = new RegExp(`^(?:(\\d+) )?${achievementPairs}$`);
  const achievementYearLine = new RegExp(`^((?:令和|平成)\\d+)年度 (\\d+) ${achievementPairs}$`);
  const projectRowLine = new RegExp(`^(\\S+) .* (?:(${AMOUNT}) ?${U}|-)$`);
  const effectYearLine = new RegExp(`^\\d+ ((?:令和|平成)\\d+)年度 (${AMOUNT}) ?${U}$`);
  const effectTotalLine = new RegExp(`^合計 (${AMOUNT}) ?${U}$`);
  // A perspective's 取組結果: one value per year and the total; an interim report shows only the years begun.
  const projectsLine = new RegExp(`^${escapeRegExp(H.projects)} ((?:\\d+ ?事業 ?){2,${years + 1}})$`);
  const flowLine = new RegExp(`^\\((${escapeRegExp(H.added)}|${escapeRegExp(H.ended)})\\) ((?:(?:\\(\\d+ ?事業※?\\)|-) ?){2,${years + 1}})$`);
  const perspectiveEffectLine = new RegExp(`^${escapeRegExp(H.effect)} ((?:${AMOUNT} ?${U} ?){2,${years + 1}})$`);
  /** The year of the i-th of n values in a 取組結果 row (the last is the total), or null for the total. */
  const resultYear = (i: number, n: number): number | null => (i === n - 1 ? null : i);
  const areaLine = new RegExp(`^(${escapeRegExp(H.abolished)}|${escapeRegExp(H.addedArea)}) ((?:[\\d,]+\\.\\d+ ?m2 ?){1,${years}})$`);
  const projectAmountLine = new RegExp(`^(${AMOUNT})${U}$`);
  const amountsPattern = new RegExp(`(${AMOUNT}) ?${U}`, 'g');
  const knownCodes = new Set(summary.projects.map((project) => project.code));
  const plan = new PlanFigures(summary);
  /** A row's year label as stated, and what each of its figures would be in another year: a wrong year label is found as that. */
  const yearOfRow = (n: number, stated: string, forYear: (y: FiscalYear) => Expected | undefined) => ({ stated, line: n, unit: `row${n}`, forYear });
  const progressOf = (year: FiscalYear) => summary.progress.find((p) => p.year === year);
  const effectOf = (year: FiscalYear) => summary.effects.byYear.find((e) => e.year === year);
  const areaOf = (year: FiscalYear) => summary.floorArea.byYear.find((f) => f.year === year);
  /** A project's amount as the list prints it: － for none. */
  const projectAmount = (total: number) => (total === 0 ? '－' : amountText(total, unit, amountDecimals));
  let section = '';
  /** The perspective whose 取組結果 the lines below give, once its heading names one of the plan's. */
  let perspective: Summary['perspectives'][number] | null = null;
  let achievementTotal: number | null = null;
  let projectCode: string | null = null;
  // 【一部未達成、未達成の事項】: the label each listed project sits under.
  let shortfallLabel: string | null = null;
  const listFindings: Finding[] = [];
  const listGroups: { line: number; label: string; items: { line: number; name: string; actual: string }[] }[] = [];
  const sectionOf: string[] = [];
  /** Whether the section is a list of 事項 (worked out once per heading, not once per line: a heading may be long). */
  let sectionIsList = false;
  const shortfallKeys = summary.achievement.shortfalls.map((s) => ({ shortfall: s, key: matchKey(s.projectName) }));
  const perspectiveKeys = summary.perspectives.map((p) => ({ perspective: p, key: matchKey(p.name) }));

  lines.forEach((line, index) => {
    const n = index + 1;
    const header = bracketed(line);
    if (header !== null) {
      section = header;
      sectionIsList = section.endsWith(H.listSuffix);
    }
    sectionOf[index] = section;
    const listHeading = line.endsWith(H.listSuffix) ? [line, line.slice(0, -H.listSuffix.length)] : null;
    if (listHeading && sectionIsList && resultTerms.some((term) => term.label === listHeading[1])) {
      shortfallLabel = listHeading[1];
      listGroups.push({ line: n, label: shortfallLabel, items: [] });
    }
    const listed = /^\(\d+\) ?(\S.*)$/.exec(line);
    if (listed && shortfallLabel && sectionIsList) {
      const key = matchKey(listed[1]);
      const shortfall = shortfallKeys.find((s) => s.key === key)?.shortfall;
      if (shortfall) listGroups[listGroups.length - 1]?.items.push({ line: n, name: shortfall.projectName, actual: shortfall.label });
    }
    // The same list as a table: 未達成 0701-04 高麗山公園… — the label first, then the code.
    const row = /^(\S+) (\S+) /.exec(line);
    if (row && sectionIsList && knownCodes.has(row[2]) && resultTerms.some((term) => term.label === row[1])) {
      const shortfalls = summary.achievement.shortfalls.filter((s) => s.code === row[2]);
      if (shortfalls.length > 0 && !shortfalls.some((s) => s.label === row[1]))
        listFindings.push({ line: n, stated: row[1], expected: shortfalls[0].label, label: `${row[2]} の区分`, kind: 'workbook' });
    }
    const perspectiveHeader = /^[(（]\s*(\d)\s*[)）]\s*(\S.*)$/.exec(line);
    if (perspectiveHeader) {
      const key = matchKey(perspectiveHeader[2]);
      const found = perspectiveKeys.find((p) => p.key === key)?.perspective;
      if (found) perspective = found;
    }

    // 【進捗状況】 令和2年度 23 47 30 13 2 0 2
    let m = progressLine.exec(line);
    if (m && section === H.progress) {
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
      return;
    }

    // 【進捗率】 令和2年度 91.4% 47 43
    m = /^((?:令和|平成)\d+)年度 ([\d.]+)% (\d+) (\d+)$/.exec(line);
    if (m && section === H.progressRate) {
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
      return;
    }

    // 【達成状況】 60 / 55 91.2% 3 5.0% 2 3.3%
    if (section === H.achievement && /^\d+$/.test(line) && achievementTotal === null) {
      achievementTotal = Number(line);
      const a = summary.achievement;
      figures.push({
        line: n,
        stated: line,
        value: achievementTotal,
        label: '達成するべき事項の合計数',
        workbook: { value: a.evaluated, text: String(a.evaluated) },
      });
      return;
    }
    m = achievementLine.exec(line);
    if (m && section === H.achievement) {
      const a = summary.achievement;
      const pairs = m.slice(2);
      if (m[1] !== undefined) {
        achievementTotal = Number(m[1]);
        figures.push({
          line: n,
          stated: m[1],
          value: achievementTotal,
          label: '達成するべき事項の合計数',
          workbook: { value: a.evaluated, text: String(a.evaluated) },
        });
      }
      const counts = resultTerms.map((_, i) => Number(pairs[i * 2]));
      const total = achievementTotal ?? counts.reduce((x, y) => x + y, 0);
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
        figures.push(percentFigure(n, `${label} 割合`, pairs[i * 2 + 1] ?? '', counts[i], total, { n: count, d: a.evaluated }, rounding));
      });
      return;
    }
    // 【目標年度別の達成状況】 令和5年度 35 31 88.5% 3 8.5% 1 2.8%
    m = achievementYearLine.exec(line);
    if (m && section === H.achievementByYear) {
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
            { n: count, d: row?.evaluated ?? 0 },
            rounding,
          ),
        );
      });
      return;
    }

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
      return;
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
      return;
    }

    // 【取組結果】 of a perspective: 取組事業数 7 事業 … 9 事業 / 財政健全化効果額 88,959 千円 … 1,122,018 千円
    m = projectsLine.exec(line);
    if (m && perspective) {
      const p = perspective;
      const values = [...m[1].matchAll(/(\d+) ?事業/g)].map((x) => Number(x[1]));
      // At most one value per year and the total (the pattern's bound), so every year index is one of the plan's.
      values.forEach((value, i) => {
        const y = resultYear(i, values.length);
        const expected = y !== null ? p.projects[y].count : p.projectsTotal;
        const label = `(${p.perspective}) ${y !== null ? yearLabel(summary.years[y]) : '計'} 取組事業数`;
        figures.push({ line: n, stated: `${value}事業`, value, label, workbook: { value: expected, text: `${expected}事業` } });
      });
      return;
    }
    // (追加事業数) － (1 事業) － (1 事業) (2 事業): － is none.
    m = flowLine.exec(line);
    if (m && perspective) {
      const kind = m[1];
      const values = [...m[2].matchAll(/\((\d+) ?事業※?\)|-/g)].map((x) => (x[1] === undefined ? 0 : Number(x[1])));
      const p = perspective;
      const list = kind === H.added ? p.added : p.ended;
      const total = kind === H.added ? p.addedTotal : p.endedTotal;
      const shown = (n: number) => (n === 0 ? '－' : `(${n} 事業)`);
      values.forEach((value, i) => {
        const y = resultYear(i, values.length);
        const expected = y !== null ? list[y].count : total;
        const label = `(${p.perspective}) ${y !== null ? yearLabel(summary.years[y]) : '計'} ${kind}`;
        figures.push({ line: n, stated: shown(value), value, label, workbook: { value: expected, text: shown(expected) } });
      });
      return;
    }
    m = perspectiveEffectLine.exec(line);
    if (m && perspective) {
      const values = [...m[1].matchAll(amountsPattern)].map((x) => number(x[1]));
      const e = perspectiveEffects(summary, perspective.perspective);
      const p = perspective.perspective;
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
      return;
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
      return;
    }

    // 【取組事業一覧表】 as a table: one row per project, its code first and its amount (or －) last.
    m = projectRowLine.exec(line);
    if (m && section === H.projectList && knownCodes.has(m[1])) {
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
      return;
    }
    // 取組事業一覧: a code line, then the project's amount (or －).
    // Any of the plan's project codes on a line of its own.
    if (knownCodes.has(line)) {
      projectCode = line;
      return;
    }
    m = projectAmountLine.exec(line);
    if (m && projectCode) {
      const project = summary.effects.byProject.find((p) => p.code === projectCode);
      if (project)
        figures.push({
          line: n,
          stated: `${m[1]}${unit}`,
          value: number(m[1]),
          label: `${projectCode} 財政健全化効果額`,
          workbook: { value: project.total, text: projectAmount(project.total) },
        });
      projectCode = null;
      return;
    }
    if ((line === '－' || line === '-') && projectCode) {
      const project = summary.effects.byProject.find((p) => p.code === projectCode);
      if (project)
        figures.push({
          line: n,
          stated: '－',
          value: 0,
          label: `${projectCode} 財政健全化効果額`,
          workbook: { value: project.total, text: projectAmount(project.total) },
        });
      projectCode = null;
    }
  });

  // Sentences, read across line breaks.
  const flat = new Flat(lines);
  for (const m of yearTotalSentences(flat.text)) {
    const year = eraYear(m[1]);
    const f = areaOf(year);
    const offset = (m.index ?? 0) + m[0].indexOf(m[2]);
    const signed = (m[3] === '縮減' ? -1 : 1) * number(m[2]);
    figures.push({
      line: flat.line(offset),
      stated: `${m[2]}㎡の${m[3]}`,
      value: signed,
      label: `${yearLabel(year)} 延床面積の増減`,
      workbook: f ? { value: f.net, text: netText(f.net) } : undefined,
    });
  }
  const statusRow = lines.findIndex((l) => /^取組状況 /.test(l));
  if (statusRow >= 0) {
    [...lines[statusRow].matchAll(/(?<![\d,])([\d,]+\.\d+) ?m2の(縮減|増加)/g)].forEach((m, i) => {
      const f = summary.floorArea.byYear[i];
      const signed = (m[2] === '縮減' ? -1 : 1) * number(m[1]);
      figures.push({
        line: statusRow + 1,
        stated: `${m[1]}㎡の${m[2]}`,
        value: signed,
        label: `${f ? yearLabel(f.year) : ''} 延床面積の増減`,
        workbook: f ? { value: f.net, text: netText(f.net) } : undefined,
      });
    });
  }
  for (const m of flat.text.matchAll(/(?<![\d,])([\d,]+\.\d+)\(一般会計の施設([\d,]+\.\d+)\)m2の(増加|縮減)/g)) {
    const sign = m[3] === '縮減' ? -1 : 1;
    const offset = m.index ?? 0;
    const net = summary.floorArea.net;
    const ga = summary.floorArea.netGeneralAccount;
    const parts = summary.floorArea.byYear.reduce((sum, f) => sum + toHundredths(f.net), 0) / 100;
    figures.push({
      line: flat.line(offset),
      stated: `${m[1]}㎡の${m[3]}`,
      value: sign * number(m[1]),
      label: '計画期間の延床面積の増減',
      workbook: { value: net, text: netText(net) },
      arithmetic: { value: parts, text: netText(parts) },
    });
    figures.push({
      line: flat.line(offset + m[0].indexOf(m[2])),
      stated: `${m[2]}㎡の${m[3]}（一般会計）`,
      value: sign * number(m[2]),
      label: '計画期間の延床面積の増減（一般会計）',
      workbook: { value: ga, text: netText(ga) },
    });
  }
  for (const m of flat.text.matchAll(new RegExp(`${NOT_AFTER_AMOUNT}(${AMOUNT})${U}の${escapeRegExp(H.effect)}`, 'g'))) {
    figures.push({
      line: flat.line(m.index ?? 0),
      stated: `${m[1]}${unit}`,
      value: number(m[1]),
      label: '財政健全化効果額 合計',
      workbook: { value: summary.effects.total, text: amountText(summary.effects.total, unit, amountDecimals) },
    });
  }
  for (const m of flat.text.matchAll(/(?<!\d)(\d+)事業に取り組み/g)) {
    const total = projectsOfPeriod(summary);
    figures.push({
      line: flat.line(m.index ?? 0),
      stated: `${m[1]}事業`,
      value: Number(m[1]),
      label: '計画期間の事業数',
      workbook: { value: total, text: `${total}事業` },
    });
  }
  // A heading all of whose projects belong under another label is the wrong label: one finding, at the heading.
  for (const group of listGroups) {
    const misplaced = group.items.filter((item) => item.actual !== group.label);
    if (misplaced.length === 0) continue;
    const labels = new Set(misplaced.map((item) => item.actual));
    if (misplaced.length === group.items.length && labels.size === 1)
      listFindings.push({ line: group.line, stated: `${group.label}の事項`, expected: `${misplaced[0].actual}の事項`, label: '区分', kind: 'workbook' });
    else
      for (const item of misplaced)
        listFindings.push({ line: item.line, stated: group.label, expected: item.actual, label: `${item.name} の区分`, kind: 'workbook' });
  }

  // Any layout: tables whose header names their columns, and figures in sentences, on the lines the rules above did not read.
  const claimed = new Set(figures.map((f) => f.line));
  const cellLines = raw.map((line) => normalizeLine(line, true));
  const generic = tableFigures(cellLines, claimed, plan, (index) => sectionOf[index] ?? '');
  for (const f of generic) claimed.add(f.line);
  const proseLines = lines.map((line, index) => {
    const tabular = atLeastTwo(/(?:^| )[\d,.]+%?(?= |$)/g, line) && !line.includes('。');
    return claimed.has(index + 1) || tabular ? '' : line;
  });
  const proseFlat = new Flat(proseLines);
  const prose: Prose = { text: proseFlat.text, lineAt: (offset) => proseFlat.line(offset) };
  generic.push(...sentenceFigures(prose, plan));
  const all = [...figures, ...generic];
  const { labelFindings, explained } = attributeLabels(all, plan);
  const result = [...findings(all.filter((f) => !explained.has(f))), ...labelFindings.map((f) => ({ ...f, kind: 'workbook' as const })), ...listFindings];
  let checked = all.map((f) => ({ line: f.line, label: f.label, stated: f.stated }));
  // The claims reader: every number with its context, on the lines the layouts above did not read.
  // While the layouts above still read our own reports, the claims reader completes them only where they read little:
  // a draft they know (the seed's, the generated report's) keeps its findings and counts exactly.
  const readsClaims = checked.length < CLAIMS_BELOW;
  const claims = readsClaims ? readClaims(draft, summary) : { findings: [], placed: [], notPlaced: [] };
  // A layout's figure the plan has no value for and the draft no sum of (「達成率104.4%」 read as the share of a label no target
  // has) verified nothing: where the claims reader placed the same number as a goal's figure (a goal named in its sentence is
  // more specific than a layout's pattern), that reading stands instead, and the line is the claims reader's.
  if (readsClaims) {
    const placedByClaims = new Set(claims.placed.filter((p) => summary.goals.some((g) => p.label.startsWith(g.name))).map((p) => `${p.line}|${p.stated}`));
    const unverified = (f: Figure) => f.workbook === undefined && f.arithmetic === undefined && placedByClaims.has(`${f.line}|${f.stated}`);
    checked = all.filter((f) => !unverified(f)).map((f) => ({ line: f.line, label: f.label, stated: f.stated }));
  }
  const covered = new Set([...result.map((f) => f.line), ...checked.map((c) => c.line)]);
  // Where the claims reader read a number as a goal's right figure, a layout's finding on the same number gives way (a layout's pattern taken out of its plan).
  // (Only a goal's figure: a goal named on the line is more specific than a layout's pattern; a looser reading never overrides one.)
  const right = new Set(claims.placed.filter((p) => summary.goals.some((g) => p.label.startsWith(g.name))).map((p) => `${p.line}|${p.stated}`));
  const kept = result.filter((f) => !right.has(`${f.line}|${f.stated}`));
  result.length = 0;
  result.push(...kept);
  // A figure found wrong was checked too: it counts among the claims reader's figures.
  const placed = claims.placed.filter((p) => !covered.has(p.line));
  for (const f of claims.findings)
    if (!covered.has(f.line)) {
      result.push({ ...f });
      placed.push({ line: f.line, stated: f.stated, label: f.label });
    }
  result.sort((a, b) => a.line - b.line);
  return {
    findings: result,
    checked,
    placed,
    notPlaced: claims.notPlaced.filter((n) => !covered.has(n.line)),
  };
}

/**
 * A figure is wrong when the workbook says otherwise. The draft's own
 * arithmetic only blames a figure the workbook does not confirm — so a wrong
 * part is reported, and the right total beside it is not.
 */
function findings(figures: Figure[]): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const f of figures) {
    const workbookWrong = f.workbook !== undefined && !close(f.workbook.value, f.value);
    const arithmeticWrong = f.arithmetic !== undefined && !close(f.arithmetic.value, f.value) && (f.workbook === undefined || workbookWrong);
    if (!workbookWrong && !arithmeticWrong) continue;
    const kind: FindingKind = workbookWrong && arithmeticWrong ? 'workbook+arithmetic' : workbookWrong ? 'workbook' : 'arithmetic';
    const expected = workbookWrong ? (f.workbook?.text ?? '') : (f.arithmetic?.text ?? '');
    const key = `${f.line}|${f.label}|${f.stated}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ line: f.line, stated: f.stated, expected, label: f.label, kind });
  }
  return out.sort((a, b) => a.line - b.line);
}
