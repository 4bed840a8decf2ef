/**
 * The tables of the plan's money, perspectives, floor area, goals and projects, and the change
 * since the previous baseline.
 */
import type { Keeps } from '../compute/model';
import { perspectiveEffects, type Summary } from '../compute/summarize';
import { type Lang, label } from '../words/messages';
import { meaningName, periodText, termName } from '../words/tableWords';
import { sharedMeanings } from './resultTables';
import { amountCell, areaCell, countCell, flowCell, goalCell, netText, percentCell, type ReportTable, signedCell, type YearNames } from './tableCells';

function money(summary: Summary) {
  return (value: number) => amountCell(value, summary.effects.decimals);
}

function unitOf(summary: Summary) {
  return { unit: summary.effects.unitLabel, unitEn: summary.effects.unit };
}

export function effectsTables(summary: Summary, lang: Lang, keeps: Keeps, years: YearNames): ReportTable[] {
  if (!keeps.effects) return [];
  const cell = money(summary);
  const table: ReportTable = {
    id: 'effects',
    title: label('effectsTitle', lang),
    header: [label('fiscalYear', lang), label('amount', lang, unitOf(summary))],
    rows: [...summary.effects.byYear.map((row) => [years.year(row.year), cell(row.amount)]), [label('total', lang), cell(summary.effects.total)]],
    notes: [],
  };
  return [table];
}

/**
 * 【取組結果】 per perspective: projects active, added and ended per year, and its fiscal effect — the
 * rows of records the plan keeps (active and added come from 取組活動, the effect from 効果額); none
 * where it keeps neither.
 */
export function perspectiveTables(summary: Summary, lang: Lang, keeps: Keeps, years: YearNames): ReportTable[] {
  const { activities, effects: keepsEffects } = keeps;
  if (!activities && !keepsEffects) return [];
  const cell = money(summary);
  return summary.perspectives.map((p) => {
    const effects = perspectiveEffects(summary, p.perspective);
    return {
      id: `perspective${p.perspective}`,
      title: `${label('perspectiveTitle', lang)} (${p.perspective}) ${p.name}`,
      header: [label('kind', lang), ...summary.years.map((year) => years.year(year)), label('sum', lang)],
      rows: [
        ...(activities
          ? [
              [label('projectsActive', lang), ...p.projects.map((entry) => countCell(entry.count)), countCell(p.projectsTotal)],
              [label('added', lang), ...p.added.map((entry) => flowCell(entry.count, lang)), flowCell(p.addedTotal, lang)],
            ]
          : []),
        [label('ended', lang), ...p.ended.map((entry) => flowCell(entry.count, lang)), flowCell(p.endedTotal, lang)],
        ...(keepsEffects ? [[label('effect', lang, unitOf(summary)), ...effects.byYear.map((entry) => cell(entry.amount)), cell(effects.total)]] : []),
      ],
      notes: [],
    };
  });
}

export function floorAreaTables(summary: Summary, lang: Lang, keeps: Keeps, years: YearNames): ReportTable[] {
  if (!keeps.floorArea) return [];
  const f = summary.floorArea;
  const first = summary.years[0];
  const last = summary.years[summary.years.length - 1];
  // A plan with no years yet (no activity, no years in 設定) speaks of its period.
  const rangeText = first === undefined ? label('planPeriodWord', lang) : years.range({ first, last });
  const table: ReportTable = {
    id: 'floorArea',
    title: label('floorAreaTitle', lang),
    header: [label('kind', lang), ...summary.years.map((year) => years.year(year))],
    rows: [
      [label('abolished', lang), ...f.byYear.map((row) => areaCell(row.abolished))],
      [label('addedArea', lang), ...f.byYear.map((row) => areaCell(row.added))],
      [label('netArea', lang), ...f.byYear.map((row) => netText(row.net, lang))],
    ],
    notes: [label('planNet', lang, { range: rangeText, net: netText(f.net, lang), ga: netText(f.netGeneralAccount, lang) })],
  };
  return [table];
}

/**
 * The rows of 【目標の年度別達成率】, one builder for the terminal, the 集計 sheet and the report: each goal with
 * 年度目標, the years it has a 年度目標 or an actual for.
 */
export function goalYearRows(summary: Summary): { goal: Summary['goals'][number]; entry: Summary['goals'][number]['byYear'][number] }[] {
  return summary.goals
    .filter((g) => g.byYear.some((entry) => entry.target !== null))
    .flatMap((goal) => goal.byYear.filter((entry) => entry.target !== null || entry.actual !== null).map((entry) => ({ goal, entry })));
}

/**
 * 目標: each goal's actual per plan year, 累計 and 進捗率 (which may pass 100%; － while no actual);
 * and, for goals with 年度目標, each year's target, actual and 達成率. None without goals.
 */
export function goalTables(summary: Summary, lang: Lang, years: YearNames): ReportTable[] {
  if (summary.goals.length === 0) return [];
  const yearly = goalYearRows(summary);
  const none = label('none', lang);
  const byYear: ReportTable[] =
    yearly.length === 0
      ? []
      : [
          {
            id: 'goalYears',
            title: label('goalYearsTitle', lang),
            header: [
              label('goal', lang),
              label('unit', lang),
              label('fiscalYear', lang),
              label('yearlyTarget', lang),
              label('actual', lang),
              label('yearRate', lang),
            ],
            // The years a goal has a 年度目標 or an actual for: the same rows in the terminal, the 集計 sheet and the report.
            rows: yearly.map(({ goal: g, entry }) => [
              g.name,
              g.unit,
              years.year(entry.year),
              entry.target === null ? none : goalCell(entry.target),
              entry.actual === null ? none : goalCell(entry.actual),
              percentCell(entry.rateRounded, entry.rateText),
            ]),
            notes: [],
          },
        ];
  return [
    {
      id: 'goals',
      title: label('goalsTitle', lang),
      header: [
        label('goal', lang),
        label('unit', lang),
        label('targetValue', lang),
        ...summary.years.map((year) => years.year(year)),
        label('cumulative', lang),
        label('goalRate', lang),
      ],
      rows: summary.goals.map((g) => [
        g.name,
        g.unit,
        goalCell(g.target),
        ...g.byYear.map((entry) => (entry.actual === null ? label('none', lang) : goalCell(entry.actual))),
        // No actual yet: no 累計 (－), and no 進捗率, never 0.
        g.byYear.some((entry) => entry.actual !== null) ? goalCell(g.cumulative) : none,
        percentCell(g.rateRounded, g.rateText),
      ]),
      // A rate goal's 累計 is its latest actual (compute/goals.ts isRateUnit): said under the table.
      notes: summary.goals.flatMap((g) =>
        g.latestYear == null ? [] : [label('goalLatestNote', lang, { goal: g.name, unit: g.unit, year: years.year(g.latestYear) })],
      ),
    },
    ...byYear,
  ];
}

/** The change since the previous baseline, where there is one. */
export function deltaTables(summary: Summary, lang: Lang, keeps: Keeps, years: YearNames): ReportTable[] {
  if (!summary.delta) return [];
  const d = summary.delta;
  const { activities, effects, targets } = keeps;
  const progressTerms = summary.vocabulary.progress;
  const resultTerms = summary.vocabulary.result;
  const signedMoney = (n: number) => signedCell(n, d.effects.decimals);
  // Each meaning two or more labels share: its labels' changes added together (概ね順調 計).
  const totalName = (meaning: string) => label('meaningTotal', lang, { meaning: meaningName(meaning, lang) });
  const sumOf = (terms: readonly { meaning: string }[], meaning: string, values: readonly number[]) =>
    terms.reduce((sum, term, index) => sum + (term.meaning === meaning ? (values[index] ?? 0) : 0), 0);
  const progressShared = [...sharedMeanings(progressTerms)];
  const resultShared = [...sharedMeanings(resultTerms)];
  const total = (pick: (p: (typeof d.progress)[number]) => number) => d.progress.reduce((sum, p) => sum + pick(p), 0);
  const tables: ReportTable[] = [];
  if (activities || effects)
    tables.push({
      id: 'delta',
      title: label('deltaTitle', lang, { date: d.against }),
      header: [label('kind', lang), ...d.progress.map((p) => years.year(p.year)), label('sum', lang)],
      rows: [
        ...(activities
          ? [
              [label('activities', lang), ...d.progress.map((p) => signedCell(p.activities)), signedCell(total((p) => p.activities))],
              ...progressTerms.map((term, index) => [
                termName(term, lang),
                ...d.progress.map((p) => signedCell(p.labels[index] ?? 0)),
                signedCell(total((p) => p.labels[index] ?? 0)),
              ]),
              ...progressShared.map((meaning) => [
                totalName(meaning),
                ...d.progress.map((p) => signedCell(sumOf(progressTerms, meaning, p.labels))),
                signedCell(total((p) => sumOf(progressTerms, meaning, p.labels))),
              ]),
            ]
          : []),
        ...(effects ? [[label('effect', lang, unitOf(summary)), ...d.effects.byYear.map((e) => signedMoney(e.amount)), signedMoney(d.effects.total)]] : []),
      ],
      notes: [],
    });
  if (targets)
    tables.push({
      id: 'deltaAchievement',
      title: label('deltaAchievementTitle', lang, { date: d.against }),
      header: [label('targetsTotal', lang), ...resultTerms.map((term) => termName(term, lang)), ...resultShared.map(totalName)],
      rows: [
        [
          signedCell(d.achievement.evaluated),
          ...resultTerms.map((_, index) => signedCell(d.achievement.labels[index] ?? 0)),
          ...resultShared.map((meaning) => signedCell(sumOf(resultTerms, meaning, d.achievement.labels))),
        ],
      ],
      notes: [],
    });
  return tables;
}

export function projectsTable(summary: Summary, lang: Lang, keeps: Keeps): ReportTable {
  const cell = money(summary);
  const keepsEffects = keeps.effects;
  const projectTotals = new Map(summary.effects.byProject.map((entry) => [entry.code, entry.total]));
  return {
    id: 'projects',
    title: label('projectListTitle', lang),
    header: [
      label('code', lang),
      label('projectName', lang),
      label('perspective', lang),
      label('period', lang),
      label('departments', lang),
      ...(keepsEffects ? [label('amount', lang, unitOf(summary))] : []),
    ],
    rows: summary.projects.map((project) => {
      const total = projectTotals.get(project.code) ?? 0;
      return [
        project.code,
        project.name,
        countCell(project.perspective),
        periodText(project, lang),
        project.departments.join(label('joinList', lang)),
        ...(keepsEffects ? [total === 0 ? label('none', lang) : cell(total)] : []),
      ];
    }),
    notes: [],
  };
}
