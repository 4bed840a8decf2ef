/**
 * The report's tables as plain rows, shared by the terminal, the .xlsx
 * output and the add-on's summary sheet, so the three never disagree.
 */
import { englishFiscalYear, formatFiscalYear, formatYearRange } from './fiscalYear';
import { type Lang, label } from './messages';
import { formatArea, groupThousands, toHundredths } from './numbers';
import type { Summary } from './summarize';
import { RESULT_CODES, RESULT_LABELS, STATUS_CODES, STATUS_LABELS } from './vocabulary';

export type NumberKind = 'count' | 'amount' | 'area' | 'percent' | 'delta';

export interface NumberCell {
  kind: NumberKind;
  /** The value written to a sheet (a percent as a ratio already rounded by the settings). */
  value: number;
  /** The value as the report prints it. */
  text: string;
}

/** A table cell: text (always written as text, never as a formula), a number, or empty. */
export type TableCell = string | NumberCell | null;

export interface ReportTable {
  id: string;
  title: string;
  header: string[];
  rows: TableCell[][];
  notes: string[];
}

export function countCell(value: number): NumberCell {
  return { kind: 'count', value, text: groupThousands(value) };
}

export function amountCell(value: number): NumberCell {
  return { kind: 'amount', value, text: groupThousands(value) };
}

export function areaCell(value: number): NumberCell {
  return { kind: 'area', value, text: formatArea(toHundredths(value)) };
}

export function percentCell(value: number | null, text: string): NumberCell | string {
  return value === null ? text : { kind: 'percent', value, text };
}

/** The spreadsheet number format of a kind: 千円 and counts with separators, ㎡ with 2 decimals, % with the settings' decimals. */
export function numberFormat(kind: NumberKind, decimals: number): string {
  switch (kind) {
    case 'count':
    case 'amount':
      return '#,##0';
    case 'area':
      return '#,##0.00';
    case 'percent':
      return decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%';
    case 'delta':
      return '+#,##0;-#,##0;±0';
  }
}

export function cellText(cell: TableCell): string {
  if (cell === null) return '';
  return typeof cell === 'string' ? cell : cell.text;
}

function yearLabel(year: number, lang: Lang): string {
  return lang === 'ja' ? formatFiscalYear(year) : englishFiscalYear(year);
}

function netText(net: number, lang: Lang): string {
  const hundredths = toHundredths(net);
  if (hundredths === 0) return label('unchanged', lang);
  const x = formatArea(Math.abs(hundredths));
  return hundredths < 0 ? label('reduced', lang, { x }) : label('increased', lang, { x });
}

/** Parenthesised project counts as the report prints them: － for none, (1 事業) otherwise. */
function flowCell(count: number, lang: Lang): TableCell {
  if (count === 0) return label('none', lang);
  return { kind: 'count', value: count, text: lang === 'ja' ? `(${count} 事業)` : `(${count})` };
}

export function reportTables(summary: Summary, lang: Lang): ReportTable[] {
  const tables: ReportTable[] = [];
  const statusLabel = (code: (typeof STATUS_CODES)[number]) => (lang === 'ja' ? STATUS_LABELS[code].ja : STATUS_LABELS[code].en);
  const resultLabel = (code: (typeof RESULT_CODES)[number]) => (lang === 'ja' ? RESULT_LABELS[code].ja : RESULT_LABELS[code].en);

  tables.push({
    id: 'progress',
    title: label('progressTitle', lang),
    header: [label('year', lang), label('projects', lang), label('activities', lang), ...STATUS_CODES.map(statusLabel)],
    rows: summary.progress.map((row) => [
      yearLabel(row.year, lang),
      countCell(row.projects),
      countCell(row.activities),
      ...STATUS_CODES.map((code) => countCell(row.counts[code])),
    ]),
    notes: [],
  });

  tables.push({
    id: 'progressRate',
    title: label('progressRateTitle', lang),
    header: [label('year', lang), label('progressRate', lang), label('activities', lang), label('progressing', lang)],
    rows: summary.progress.map((row) => [
      yearLabel(row.year, lang),
      percentCell(row.rateRounded, row.rateText),
      countCell(row.activities),
      countCell(row.progressing),
    ]),
    notes: [],
  });

  const a = summary.achievement;
  const notes: string[] = [];
  if (a.excluded > 0) notes.push(label('excludedNote', lang, { n: a.excluded }));
  if (a.notEvaluated > 0) notes.push(label('notEvaluatedNote', lang, { n: a.notEvaluated }));
  tables.push({
    id: 'achievement',
    title: label('achievementTitle', lang),
    header: [
      label('targetsTotal', lang),
      ...RESULT_CODES.flatMap((code) => [`${resultLabel(code)} ${label('count', lang)}`, `${resultLabel(code)} ${label('share', lang)}`]),
    ],
    rows: [[countCell(a.evaluated), ...RESULT_CODES.flatMap((code) => [countCell(a.counts[code]), percentCell(a.ratiosRounded[code], a.ratioTexts[code])])]],
    notes,
  });

  tables.push({
    id: 'shortfalls',
    title: label('shortfallTitle', lang),
    header: [
      label('kind', lang),
      label('code', lang),
      label('projectName', lang),
      label('targetYear', lang),
      label('target', lang),
      label('summaryColumn', lang),
    ],
    rows: a.shortfalls.map((s) => [resultLabel(s.status), s.code, s.projectName, s.targetYear, s.target, s.summary]),
    notes: [],
  });

  tables.push({
    id: 'effects',
    title: label('effectsTitle', lang),
    header: [label('fiscalYear', lang), label('amount', lang)],
    rows: [
      ...summary.effects.byYear.map((row) => [yearLabel(row.year, lang), amountCell(row.amount)]),
      [label('total', lang), amountCell(summary.effects.total)],
    ],
    notes: [],
  });

  for (const p of summary.perspectives) {
    const effects = summary.effects.byPerspective.find((e) => e.perspective === p.perspective);
    tables.push({
      id: `perspective${p.perspective}`,
      title: `${label('perspectiveTitle', lang)} (${p.perspective}) ${p.name}`,
      header: [label('kind', lang), ...summary.years.map((year) => yearLabel(year, lang)), label('sum', lang)],
      rows: [
        [label('projectsActive', lang), ...p.projects.map((entry) => countCell(entry.count)), countCell(p.projectsTotal)],
        [label('added', lang), ...p.added.map((entry) => flowCell(entry.count, lang)), flowCell(p.addedTotal, lang)],
        [label('ended', lang), ...p.ended.map((entry) => flowCell(entry.count, lang)), flowCell(p.endedTotal, lang)],
        [label('effect', lang), ...(effects?.byYear ?? []).map((entry) => amountCell(entry.amount)), amountCell(effects?.total ?? 0)],
      ],
      notes: [],
    });
  }

  const f = summary.floorArea;
  const first = summary.years[0];
  const last = summary.years[summary.years.length - 1];
  const rangeText = first === undefined ? '' : lang === 'ja' ? formatYearRange({ first, last }) : `FY${first}-FY${last}`;
  tables.push({
    id: 'floorArea',
    title: label('floorAreaTitle', lang),
    header: [label('kind', lang), ...summary.years.map((year) => yearLabel(year, lang))],
    rows: [
      [label('abolished', lang), ...f.byYear.map((row) => areaCell(row.abolished))],
      [label('addedArea', lang), ...f.byYear.map((row) => areaCell(row.added))],
      [label('netArea', lang), ...f.byYear.map((row) => netText(row.net, lang))],
    ],
    notes: [label('planNet', lang, { range: rangeText, net: netText(f.net, lang), ga: netText(f.netGeneralAccount, lang) })],
  });

  if (summary.delta) {
    const d = summary.delta;
    const signed = (n: number): NumberCell => ({ kind: 'delta', value: n, text: n > 0 ? `+${groupThousands(n)}` : n < 0 ? `−${groupThousands(-n)}` : '±0' });
    const signedAmount = signed;
    tables.push({
      id: 'delta',
      title: label('deltaTitle', lang, { date: d.against }),
      header: [label('kind', lang), ...d.progress.map((p) => yearLabel(p.year, lang)), label('sum', lang)],
      rows: [
        [label('activities', lang), ...d.progress.map((p) => signed(p.activities)), signed(d.progress.reduce((a, p) => a + p.activities, 0))],
        ...STATUS_CODES.map((code) => [
          statusLabel(code),
          ...d.progress.map((p) => signed(p.counts[code])),
          signed(d.progress.reduce((a, p) => a + p.counts[code], 0)),
        ]),
        [label('effect', lang), ...d.effects.byYear.map((e) => signedAmount(e.amount)), signedAmount(d.effects.total)],
      ],
      notes: [],
    });
    tables.push({
      id: 'deltaAchievement',
      title: label('deltaAchievementTitle', lang, { date: d.against }),
      header: [label('targetsTotal', lang), ...RESULT_CODES.map(resultLabel)],
      rows: [[signed(d.achievement.evaluated), ...RESULT_CODES.map((code) => signed(d.achievement.counts[code]))]],
      notes: [],
    });
  }

  const projectTotals = new Map(summary.effects.byProject.map((entry) => [entry.code, entry.total]));
  tables.push({
    id: 'projects',
    title: label('projectListTitle', lang),
    header: [
      label('code', lang),
      label('projectName', lang),
      label('perspective', lang),
      label('period', lang),
      label('departments', lang),
      label('amount', lang),
    ],
    rows: summary.projects.map((project) => {
      const total = projectTotals.get(project.code) ?? 0;
      return [
        project.code,
        project.name,
        countCell(project.perspective),
        project.period,
        project.departments.join(lang === 'ja' ? '、' : ', '),
        total === 0 ? label('none', lang) : amountCell(total),
      ];
    }),
    notes: [],
  });
  return tables;
}
