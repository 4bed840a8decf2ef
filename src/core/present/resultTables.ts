/**
 * The tables of what the plan's activities and targets came to: 【進捗状況】 and 【進捗率】 per year,
 * 【達成状況】 in total and per due year, and the targets short of 達成 — in the plan's own labels.
 */
import { fiscalYearLabel } from '../base/fiscalYear';
import type { Summary, TermView } from '../compute/summarize';
import { type Lang, label } from '../words/messages';
import { targetYearText, termName } from '../words/tableWords';
import { countCell, percentCell, type ReportTable, shareCells } from './tableCells';

/** Two headers per label: its count (件数 where asked) and its share. */
export function labelHeaders(terms: TermView[], countWord: boolean, lang: Lang): string[] {
  return terms.flatMap((term) => {
    const name = termName(term, lang);
    return [countWord ? `${name} ${label('count', lang)}` : name, label('labelShare', lang, { label: name })];
  });
}

export function progressTables(summary: Summary, lang: Lang): ReportTable[] {
  const progressTerms = summary.vocabulary.progress;
  // 【進捗状況】: every label's count and its share of the year's activities.
  const progress: ReportTable = {
    id: 'progress',
    title: label('progressTitle', lang),
    header: [label('year', lang), label('projects', lang), label('activities', lang), ...labelHeaders(progressTerms, false, lang)],
    rows: summary.progress.map((row) => [fiscalYearLabel(row.year, lang), countCell(row.projects), countCell(row.activities), ...shareCells(row.labels)]),
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
      fiscalYearLabel(row.year, lang),
      percentCell(row.rateRounded, row.rateText),
      countCell(row.activities),
      countCell(row.progressing),
    ]),
    notes: [],
  };
  return [progress, rate];
}

export function achievementTables(summary: Summary, lang: Lang): ReportTable[] {
  const resultTerms = summary.vocabulary.result;
  const a = summary.achievement;
  const notes: string[] = [];
  if (a.excluded > 0) notes.push(label('excludedNote', lang, { n: a.excluded }));
  if (a.notEvaluated > 0) notes.push(label('notEvaluatedNote', lang, { n: a.notEvaluated }));
  const total: ReportTable = {
    id: 'achievement',
    title: label('achievementTitle', lang),
    header: [label('targetsTotal', lang), ...labelHeaders(resultTerms, true, lang)],
    rows: [[countCell(a.evaluated), ...shareCells(a.labels)]],
    notes,
  };
  // Per due year (the last year of each target's range).
  const byYear: ReportTable = {
    id: 'achievementByYear',
    title: label('achievementByYearTitle', lang),
    header: [label('dueYear', lang), label('evaluated', lang), ...labelHeaders(resultTerms, true, lang)],
    rows: a.byYear.map((row) => [fiscalYearLabel(row.year, lang), countCell(row.evaluated), ...shareCells(row.labels)]),
    notes: [],
  };
  // A plan may have no label short of 達成: the heading then names the default words, never nothing.
  const shortLabels = resultTerms.filter((term) => term.meaning !== 'achieved').map((term) => termName(term, lang));
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
      targetYearText(s, lang),
      s.target,
      s.summary,
    ]),
    notes: [],
  };
  return [total, byYear, shortfalls];
}
