/**
 * The report's tables as plain rows, shared by the terminal, the .xlsx
 * output and the add-on's summary sheet, so the three never disagree.
 */
import { fiscalYearLabel, formatYearRange, yearRangeLabel } from '../base/fiscalYear';
import { decimalsOf, formatAmount, formatArea, groupThousands, toHundredths } from '../base/numbers';
import { type LabelShare, type ProjectRow, perspectiveEffects, type Summary, type TermView } from '../compute/summarize';
import { RESULT_MEANINGS, type ResultCode, STATUS_MEANINGS, type StatusCode } from '../contract/vocabulary';
import { type Lang, label } from '../words/messages';

export type NumberKind = 'count' | 'amount' | 'area' | 'percent' | 'delta';

export interface NumberCell {
  kind: NumberKind;
  /** The value written to a sheet (a percent as a ratio already rounded by the settings). */
  value: number;
  /** The value as the report prints it. */
  text: string;
  /** Decimal places of an amount (百万円 may carry them); percents use the settings'. */
  decimals?: number;
}

/** A table cell: text (always written as text, never as a formula) or a number; an empty cell is the text "". */
export type TableCell = string | NumberCell;

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

export function amountCell(value: number, decimals = 0): NumberCell {
  return decimals > 0 ? { kind: 'amount', value, text: formatAmount(value, decimals), decimals } : { kind: 'amount', value, text: formatAmount(value, 0) };
}

/** A goal's value: whole numbers grouped, decimals as typed. */
function goalCell(value: number): NumberCell {
  return amountCell(value, decimalsOf(value));
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
      return '#,##0';
    case 'amount':
      return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
    case 'area':
      return '#,##0.00';
    case 'percent':
      return decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%';
    case 'delta':
      return decimals > 0 ? `+#,##0.${'0'.repeat(decimals)};-#,##0.${'0'.repeat(decimals)};±0` : '+#,##0;-#,##0;±0';
  }
}

export function cellText(cell: TableCell): string {
  return typeof cell === 'string' ? cell : cell.text;
}

/** A net change of floor area: 1,234.56 ㎡の縮減 / の増加, or 増減なし. */
export function netText(net: number, lang: Lang): string {
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

/** A project's period: as typed in short form (R8～R9) in Japanese, FY2026-FY2027 in English; '' when none. */
export function periodText(project: ProjectRow, lang: Lang): string {
  return lang === 'en' && project.periodYears ? yearRangeLabel(project.periodYears, lang) : project.period;
}

/** A label of the plan as a table header: in English, its English name, or the plan's label with its meaning (A (Done)). */
export function termName(term: TermView, lang: Lang): string {
  if (lang === 'ja') return term.label;
  if (term.en) return term.en;
  const meaning = STATUS_MEANINGS[term.meaning as StatusCode] ?? RESULT_MEANINGS[term.meaning as ResultCode];
  return meaning ? `${term.label} (${meaning.en})` : term.label;
}

function shareCells(labels: LabelShare[]): TableCell[] {
  return labels.flatMap((entry) => [countCell(entry.count), percentCell(entry.shareRounded, entry.shareText)]);
}

export function reportTables(summary: Summary, lang: Lang): ReportTable[] {
  const tables: ReportTable[] = [];
  const progressTerms = summary.vocabulary.progress;
  const resultTerms = summary.vocabulary.result;
  const unit = { unit: summary.effects.unitLabel, unitEn: summary.effects.unit };
  const money = (value: number) => amountCell(value, summary.effects.decimals);
  const labelHeaders = (terms: TermView[], countWord: boolean) =>
    terms.flatMap((term) => {
      const name = termName(term, lang);
      return [countWord ? `${name} ${label('count', lang)}` : name, label('labelShare', lang, { label: name })];
    });

  // 【進捗状況】: every label's count and its share of the year's activities.
  tables.push({
    id: 'progress',
    title: label('progressTitle', lang),
    header: [label('year', lang), label('projects', lang), label('activities', lang), ...labelHeaders(progressTerms, false)],
    rows: summary.progress.map((row) => [fiscalYearLabel(row.year, lang), countCell(row.projects), countCell(row.activities), ...shareCells(row.labels)]),
    notes: [],
  });

  // A plan may count no label in the rate, or have no label short of 達成: the headings then name the rule, never nothing.
  const inRate = progressTerms.filter((term) => term.inRate).map((term) => termName(term, lang));
  if (inRate.length === 0) inRate.push(label('inRateNone', lang));
  const shortLabels = resultTerms.filter((term) => term.meaning !== 'achieved').map((term) => termName(term, lang));
  if (shortLabels.length === 0) shortLabels.push(lang === 'ja' ? '一部未達成、未達成' : 'partly or not achieved');
  tables.push({
    id: 'progressRate',
    title: label('progressRateTitle', lang),
    header: [
      label('year', lang),
      label('progressRate', lang),
      label('activities', lang),
      label('progressing', lang, { labels: inRate.join(lang === 'ja' ? '＋' : ' + ') }),
    ],
    rows: summary.progress.map((row) => [
      fiscalYearLabel(row.year, lang),
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
    header: [label('targetsTotal', lang), ...labelHeaders(resultTerms, true)],
    rows: [[countCell(a.evaluated), ...shareCells(a.labels)]],
    notes,
  });

  // Per due year (the last year of each target's range).
  tables.push({
    id: 'achievementByYear',
    title: label('achievementByYearTitle', lang),
    header: [label('dueYear', lang), label('evaluated', lang), ...labelHeaders(resultTerms, true)],
    rows: a.byYear.map((row) => [fiscalYearLabel(row.year, lang), countCell(row.evaluated), ...shareCells(row.labels)]),
    notes: [],
  });

  tables.push({
    id: 'shortfalls',
    // The plan's labels for anything short of achieved: 【一部未達成、未達成の事項】 in the seed.
    title: label('shortfallTitle', lang, { labels: shortLabels.join(lang === 'ja' ? '、' : ' or ') }),
    header: [
      label('kind', lang),
      label('code', lang),
      label('projectName', lang),
      label('targetYear', lang),
      label('target', lang),
      label('summaryColumn', lang),
    ],
    rows: a.shortfalls.map((s) => [
      termName(resultTerms.find((term) => term.label === s.label) ?? { label: s.label, meaning: s.status, inRate: false }, lang),
      s.code,
      s.projectName,
      lang === 'ja' ? s.targetYear : yearRangeLabel(s.years, 'en'),
      s.target,
      s.summary,
    ]),
    notes: [],
  });

  tables.push({
    id: 'effects',
    title: label('effectsTitle', lang),
    header: [label('fiscalYear', lang), label('amount', lang, unit)],
    rows: [...summary.effects.byYear.map((row) => [fiscalYearLabel(row.year, lang), money(row.amount)]), [label('total', lang), money(summary.effects.total)]],
    notes: [],
  });

  for (const p of summary.perspectives) {
    const effects = perspectiveEffects(summary, p.perspective);
    tables.push({
      id: `perspective${p.perspective}`,
      title: `${label('perspectiveTitle', lang)} (${p.perspective}) ${p.name}`,
      header: [label('kind', lang), ...summary.years.map((year) => fiscalYearLabel(year, lang)), label('sum', lang)],
      rows: [
        [label('projectsActive', lang), ...p.projects.map((entry) => countCell(entry.count)), countCell(p.projectsTotal)],
        [label('added', lang), ...p.added.map((entry) => flowCell(entry.count, lang)), flowCell(p.addedTotal, lang)],
        [label('ended', lang), ...p.ended.map((entry) => flowCell(entry.count, lang)), flowCell(p.endedTotal, lang)],
        [label('effect', lang, unit), ...effects.byYear.map((entry) => money(entry.amount)), money(effects.total)],
      ],
      notes: [],
    });
  }

  const f = summary.floorArea;
  const first = summary.years[0];
  const last = summary.years[summary.years.length - 1];
  // A plan with no years yet (no activity, no years in 設定) speaks of its period.
  const rangeText = first === undefined ? label('planPeriodWord', lang) : lang === 'ja' ? formatYearRange({ first, last }) : `FY${first}-FY${last}`;
  tables.push({
    id: 'floorArea',
    title: label('floorAreaTitle', lang),
    header: [label('kind', lang), ...summary.years.map((year) => fiscalYearLabel(year, lang))],
    rows: [
      [label('abolished', lang), ...f.byYear.map((row) => areaCell(row.abolished))],
      [label('addedArea', lang), ...f.byYear.map((row) => areaCell(row.added))],
      [label('netArea', lang), ...f.byYear.map((row) => netText(row.net, lang))],
    ],
    notes: [label('planNet', lang, { range: rangeText, net: netText(f.net, lang), ga: netText(f.netGeneralAccount, lang) })],
  });

  // 目標: each goal's actual per plan year, 累計 and 進捗率 (which may pass 100%).
  if (summary.goals.length > 0) {
    tables.push({
      id: 'goals',
      title: label('goalsTitle', lang),
      header: [
        label('goal', lang),
        label('unit', lang),
        label('targetValue', lang),
        ...summary.years.map((year) => fiscalYearLabel(year, lang)),
        label('cumulative', lang),
        label('goalRate', lang),
      ],
      rows: summary.goals.map((g) => [
        g.name,
        g.unit,
        goalCell(g.target),
        ...g.byYear.map((entry) => (entry.actual === null ? label('none', lang) : goalCell(entry.actual))),
        goalCell(g.cumulative),
        percentCell(g.rateRounded, g.rateText),
      ]),
      notes: [],
    });
  }

  if (summary.delta) {
    const d = summary.delta;
    // A change with its sign; amounts keep the places typed (百万円 may carry decimals: +0.25, not +0).
    const signed = (n: number, decimals = 0): NumberCell => {
      const text = n > 0 ? `+${formatAmount(n, decimals)}` : n < 0 ? `−${formatAmount(-n, decimals)}` : '±0';
      return decimals > 0 ? { kind: 'delta', value: n, text, decimals } : { kind: 'delta', value: n, text };
    };
    const signedMoney = (n: number) => signed(n, d.effects.decimals);
    const total = (pick: (p: (typeof d.progress)[number]) => number) => d.progress.reduce((sum, p) => sum + pick(p), 0);
    tables.push({
      id: 'delta',
      title: label('deltaTitle', lang, { date: d.against }),
      header: [label('kind', lang), ...d.progress.map((p) => fiscalYearLabel(p.year, lang)), label('sum', lang)],
      rows: [
        [label('activities', lang), ...d.progress.map((p) => signed(p.activities)), signed(total((p) => p.activities))],
        ...progressTerms.map((term, index) => [
          termName(term, lang),
          ...d.progress.map((p) => signed(p.labels[index] ?? 0)),
          signed(total((p) => p.labels[index] ?? 0)),
        ]),
        [label('effect', lang, unit), ...d.effects.byYear.map((e) => signedMoney(e.amount)), signedMoney(d.effects.total)],
      ],
      notes: [],
    });
    tables.push({
      id: 'deltaAchievement',
      title: label('deltaAchievementTitle', lang, { date: d.against }),
      header: [label('targetsTotal', lang), ...resultTerms.map((term) => termName(term, lang))],
      rows: [[signed(d.achievement.evaluated), ...resultTerms.map((_, index) => signed(d.achievement.labels[index] ?? 0))]],
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
      label('amount', lang, unit),
    ],
    rows: summary.projects.map((project) => {
      const total = projectTotals.get(project.code) ?? 0;
      return [
        project.code,
        project.name,
        countCell(project.perspective),
        periodText(project, lang),
        project.departments.join(lang === 'ja' ? '、' : ', '),
        total === 0 ? label('none', lang) : money(total),
      ];
    }),
    notes: [],
  });
  return tables;
}
