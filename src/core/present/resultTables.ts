/**
 * The tables of what the plan's activities and targets came to: 【進捗状況】 and 【進捗率】 per year,
 * 【達成状況】 in total, per due year, per perspective (and per perspective and due year), and the
 * targets short of 達成 — in the plan's own labels, with each shared meaning's total (達成 計 47 87%),
 * 未確定 labels counted with share －, and 未評価 as its own column where the plan divides by 全事項.
 */
import type { Keeps } from '../compute/model';
import type { AchievementTable, MeaningShare, Summary, TermView } from '../compute/summarize';
import { allUndetermined } from '../compute/summaryRules';
import { type Lang, label } from '../words/messages';
import { meaningName, termName } from '../words/tableWords';
import { countCell, percentCell, type ReportTable, shareCells, type TableCell, type YearNames } from './tableCells';

/** Two headers per label: its count (件数 where asked) and its share. */
export function labelHeaders(terms: TermView[], countWord: boolean, lang: Lang): string[] {
  return terms.flatMap((term) => {
    const name = termName(term, lang);
    return [countWord ? `${name} ${label('count', lang)}` : name, label('labelShare', lang, { label: name })];
  });
}

/** The meanings two or more of these labels share: those get a total (達成 計). */
export function sharedMeanings(terms: readonly { meaning: string }[]): Set<string> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term.meaning, (counts.get(term.meaning) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= 2).map(([meaning]) => meaning));
}

function meaningHeaders(shared: Set<string>, meanings: readonly MeaningShare[], lang: Lang): string[] {
  return meanings
    .filter((m) => shared.has(m.meaning))
    .flatMap((m) => {
      const name = label('meaningTotal', lang, { meaning: meaningName(m.meaning, lang) });
      return [name, label('labelShare', lang, { label: name })];
    });
}

function meaningCells(shared: Set<string>, meanings: readonly MeaningShare[]): TableCell[] {
  return meanings.filter((m) => shared.has(m.meaning)).flatMap((m) => [countCell(m.count), percentCell(m.shareRounded, m.shareText)]);
}

export function progressTables(summary: Summary, lang: Lang, keeps: Keeps, years: YearNames): ReportTable[] {
  if (!keeps.activities) return [];
  const progressTerms = summary.vocabulary.progress;
  const shared = sharedMeanings(progressTerms);
  const first = summary.progress[0]?.meanings ?? [];
  // 【進捗状況】: every label's count and its share of the year's activities; then each shared meaning's total.
  const progress: ReportTable = {
    id: 'progress',
    title: label('progressTitle', lang),
    header: [
      label('year', lang),
      label('projects', lang),
      label('activities', lang),
      ...labelHeaders(progressTerms, false, lang),
      ...meaningHeaders(shared, first, lang),
    ],
    rows: summary.progress.map((row) => [
      years.year(row.year),
      countCell(row.projects),
      countCell(row.activities),
      ...shareCells(row.labels),
      ...meaningCells(shared, row.meanings),
    ]),
    notes: [],
  };
  // A plan may count no label in the rate: the heading then names the rule, never nothing.
  const inRate = progressTerms.filter((term) => term.inRate).map((term) => termName(term, lang));
  if (inRate.length === 0) inRate.push(label('inRateNone', lang));
  const rate: ReportTable = {
    id: 'progressRate',
    title: label('progressRateTitle', lang),
    header: [
      label('year', lang),
      label('progressRate', lang),
      label('activities', lang),
      label('progressing', lang, { labels: inRate.join(label('joinInRate', lang)) }),
    ],
    rows: summary.progress.map((row) => [
      years.year(row.year),
      percentCell(row.rateRounded, row.rateText),
      countCell(row.activities),
      countCell(row.progressing),
    ]),
    notes: [],
  };
  return [progress, rate];
}

/** The columns every 達成状況 table shares: labels (未確定 with share －), shared meanings' totals, 未評価 under 全事項. */
function achievementColumns(summary: Summary, lang: Lang) {
  const terms = summary.vocabulary.result;
  const shared = sharedMeanings(terms);
  const all = summary.achievement.denominator === 'all';
  const unevaluatedName = label('unevaluated', lang);
  return {
    header: [
      ...labelHeaders(terms, true, lang),
      ...meaningHeaders(shared, summary.achievement.meanings, lang),
      ...(all ? [`${unevaluatedName} ${label('count', lang)}`, label('labelShare', lang, { label: unevaluatedName })] : []),
    ],
    cells: (table: AchievementTable): TableCell[] => [
      ...shareCells(table.labels),
      ...meaningCells(shared, table.meanings),
      ...(all ? [countCell(table.unevaluated), percentCell(table.unevaluatedShare.shareRounded, table.unevaluatedShare.shareText)] : []),
    ],
  };
}

export function achievementTables(summary: Summary, lang: Lang, keeps: Keeps, years: YearNames): ReportTable[] {
  if (!keeps.targets) return [];
  const resultTerms = summary.vocabulary.result;
  const a = summary.achievement;
  const all = a.denominator === 'all';
  const columns = achievementColumns(summary, lang);
  const notes: string[] = [];
  if (a.excluded > 0) notes.push(label('excludedNote', lang, { n: a.excluded }));
  if (allUndetermined(a)) notes.push(label('allUndeterminedNote', lang, { n: a.undetermined }));
  else {
    if (all) notes.push(label('denominatorAllNote', lang, { n: a.denominatorCount }));
    else if (a.notEvaluated > 0) notes.push(label('notEvaluatedNote', lang, { n: a.notEvaluated }));
    if (a.undetermined > 0) notes.push(label('undeterminedNote', lang, { n: a.undetermined }));
  }
  // Under 評価済み the first column is the evaluated targets (the seed's rule); under 全事項 every target of the period.
  const total: ReportTable = {
    id: 'achievement',
    title: label('achievementTitle', lang),
    header: [label(all ? 'denominatorAllTargets' : 'denominatorEvaluated', lang), ...columns.header],
    rows: [[countCell(all ? a.denominatorCount : a.evaluated), ...columns.cells(a)]],
    notes,
  };
  const countHeader = label(all ? 'evaluatedAll' : 'evaluated', lang);
  const countOf = (table: AchievementTable) => countCell(all ? table.denominatorCount : table.evaluated);
  // Per due year (the last year of each target's range).
  const byYear: ReportTable = {
    id: 'achievementByYear',
    title: label('achievementByYearTitle', lang),
    header: [label('dueYear', lang), countHeader, ...columns.header],
    rows: a.byYear.map((row) => [years.year(row.year), countOf(row), ...columns.cells(row)]),
    notes: [],
  };
  // Per perspective (a target belongs to its project's), and per perspective and due year.
  const perspectiveName = (p: { perspective: number; name: string }) => `(${p.perspective}) ${p.name}`;
  const byPerspective: ReportTable = {
    id: 'achievementByPerspective',
    title: label('achievementByPerspectiveTitle', lang),
    header: [label('perspective', lang), countHeader, ...columns.header],
    rows: a.byPerspective.map((p) => [perspectiveName(p), countOf(p), ...columns.cells(p)]),
    notes: [],
  };
  const byPerspectiveYear: ReportTable = {
    id: 'achievementByPerspectiveYear',
    title: label('achievementByPerspectiveYearTitle', lang),
    header: [label('perspective', lang), label('dueYear', lang), countHeader, ...columns.header],
    rows: a.byPerspective.flatMap((p) =>
      p.byYear
        .filter((row) => row.evaluated + row.undetermined + row.unevaluated > 0)
        .map((row) => [perspectiveName(p), years.year(row.year), countOf(row), ...columns.cells(row)]),
    ),
    notes: [],
  };
  // A plan may have no label short of 達成: the heading then names the default words, never nothing.
  const shortLabels = resultTerms.filter((term) => term.meaning === 'partial' || term.meaning === 'notAchieved').map((term) => termName(term, lang));
  if (shortLabels.length === 0) shortLabels.push(label('shortfallDefault', lang));
  const shortfalls: ReportTable = {
    id: 'shortfalls',
    // The plan's labels for anything short of achieved: 【一部未達成、未達成の事項】 in the seed.
    title: label('shortfallTitle', lang, { labels: shortLabels.join(label('joinShortfall', lang)) }),
    header: [
      label('kind', lang),
      label('code', lang),
      label('projectName', lang),
      label('targetYear', lang),
      label('target', lang),
      label('summaryColumn', lang),
    ],
    rows: a.shortfalls.map((s) => [
      termName(resultTerms.find((term) => term.label === s.label) ?? { label: s.label, meaning: s.status }, lang),
      s.code,
      s.projectName,
      years.range(s.years),
      s.target,
      s.summary,
    ]),
    notes: [],
  };
  // Nothing evaluated yet (every result 未確定 or blank): no list of targets short of 達成, never an empty one.
  return a.evaluated === 0 ? [total, byYear, byPerspective, byPerspectiveYear] : [total, byYear, byPerspective, byPerspectiveYear, shortfalls];
}
