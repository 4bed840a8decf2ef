/**
 * A draft laid out as our own report (the seed's, the generated report's): each
 * line read by the layout it has (ownReport/tables.ts, ownReport/amounts.ts), then
 * its sentences read across line breaks, and the lists of projects under each label.
 */
import { toHundredths } from '../base/numbers';
import { escapeRegExp, matchKey } from '../base/text';
import type { Summary } from '../compute/summarize';
import { projectsOfPeriod } from '../compute/summarize';
import { DRAFT_HEADINGS as H } from '../words/proofreadWords';
import type { Figure } from './draftFigures';
import { AMOUNT, amountText, bracketed, eraYear, Flat, NOT_AFTER_AMOUNT, netText, number, yearLabel, yearTotalSentences } from './layoutLines';
import { readAmountLines } from './ownReport/amounts';
import type { ListFinding } from './ownReport/context';
import { ownReportContext } from './ownReport/context';
import { readProgressTables } from './ownReport/tables';

/** The figures of a draft laid out as our own report: its tables, amounts and sentences, each with the plan's figure. */
export function readOwnReport(lines: string[], summary: Summary): { figures: Figure[]; listFindings: ListFinding[]; sectionOf: string[] } {
  const r = ownReportContext(lines, summary);
  const { figures, unit, U, amountDecimals, resultTerms, knownCodes, areaOf, listFindings, listGroups, sectionOf, shortfallKeys, perspectiveKeys } = r;
  lines.forEach((line, index) => {
    const n = index + 1;
    const header = bracketed(line);
    if (header !== null) {
      r.section = header;
      r.sectionIsList = r.section.endsWith(H.listSuffix);
    }
    sectionOf[index] = r.section;
    const listHeading = line.endsWith(H.listSuffix) ? [line, line.slice(0, -H.listSuffix.length)] : null;
    if (listHeading && r.sectionIsList && resultTerms.some((term) => term.label === listHeading[1])) {
      r.shortfallLabel = listHeading[1];
      listGroups.push({ line: n, label: r.shortfallLabel, items: [] });
    }
    const listed = /^\(\d+\) ?(\S.*)$/.exec(line);
    if (listed && r.shortfallLabel && r.sectionIsList) {
      const key = matchKey(listed[1]);
      const shortfall = shortfallKeys.find((s) => s.key === key)?.shortfall;
      if (shortfall) listGroups[listGroups.length - 1]?.items.push({ line: n, name: shortfall.projectName, actual: shortfall.label });
    }
    // The same list as a table: 未達成 0701-04 高麗山公園… — the label first, then the code.
    const row = /^(\S+) (\S+) /.exec(line);
    if (row && r.sectionIsList && knownCodes.has(row[2]) && resultTerms.some((term) => term.label === row[1])) {
      const shortfalls = summary.achievement.shortfalls.filter((s) => s.code === row[2]);
      if (shortfalls.length > 0 && !shortfalls.some((s) => s.label === row[1]))
        listFindings.push({ line: n, stated: row[1], expected: shortfalls[0].label, label: `${row[2]} の区分`, kind: 'workbook' });
    }
    const perspectiveHeader = /^[(（]\s*(\d)\s*[)）]\s*(\S.*)$/.exec(line);
    if (perspectiveHeader) {
      const key = matchKey(perspectiveHeader[2]);
      const found = perspectiveKeys.find((p) => p.key === key)?.perspective;
      if (found) r.perspective = found;
    }
    if (!readProgressTables(r, line, index)) readAmountLines(r, line, index);
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
  return { figures, listFindings, sectionOf };
}
