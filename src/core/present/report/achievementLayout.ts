/**
 * The report's 達成状況 tables of a plan whose labels would make them too wide for a page.
 *
 * The terminal and the 集計 sheet give every label its count and share in one row (resultTables.ts),
 * with each shared meaning's total and 未評価 beside them: 17 to 23 columns for a plan of six or seven
 * labels, unreadable on an A4 page. The report then lays them out as municipal reports do:
 * - the whole plan with a label a row (区分 | 件数 | 割合, the 未確定 labels with share －), and under it
 *   one row of the totals: what the shares are divided by, each shared meaning's 計, 未評価 (全事項);
 * - per due year, per perspective and per perspective and due year, the meanings' counts and shares
 *   (達成 計 | 割合 | 目標を未達成 | 割合 | 未確定 計 …), a meaning of one label under that label's name.
 * The terminal, the 集計 sheet and the JSON keep every label's figure of each row.
 */
import type { AchievementTable, MeaningShare, Summary } from '../../compute/summarize';
import { type Lang, label } from '../../words/messages';
import { meaningName as meaningWord, termName } from '../../words/tableWords';
import { sharedMeanings } from '../resultTables';
import { countCell, percentCell, type TableCell } from '../tables';

/**
 * More (count, share) column pairs than this in one row of the standard 達成状況 table — labels,
 * shared meanings' totals and 未評価 — and the report lays the tables out as above. The seed's three
 * labels (達成 / 一部未達成 / 未達成) make 3; four labels of four meanings make 4 (11 columns by
 * perspective and due year, still legible); a fifth pair makes the by-year table 12 columns wide.
 */
export const WIDE_PAIRS = 4;

export interface LayoutTable {
  header: string[];
  rows: TableCell[][];
}

export function achievementIsWide(summary: Summary): boolean {
  const terms = summary.vocabulary.result;
  const pairs = terms.length + sharedMeanings(terms).size + (summary.achievement.denominator === 'all' ? 1 : 0);
  return pairs > WIDE_PAIRS;
}

/**
 * The whole plan in two tables: a label a row (区分 | 件数 | 割合: the labels inside the shares, then
 * the 未確定 labels with share －), and under it one row of what the labels add up to — what the
 * shares are divided by, each shared meaning's 計 and share, 未評価 under 全事項 — under the headers
 * the summary gives them (割合の分母（評価済み） | 達成 計 | 達成 計（割合） | 未確定 計).
 * (The totals as rows of the first table — 達成 計 | 9 | 81.8% — would read as well to a person, but
 * the proof-reader knows a meaning's total and the denominator by their column's header, not by a
 * row's label, and could place none of them.)
 */
export function achievementByLabel(summary: Summary, lang: Lang): { labels: LayoutTable; totals: LayoutTable } {
  const a = summary.achievement;
  const terms = summary.vocabulary.result;
  const shared = sharedMeanings(terms);
  const labelRows = (undetermined: boolean) =>
    terms.flatMap((term, i) =>
      (term.meaning === 'undetermined') === undetermined
        ? [[termName(term, lang), countCell(a.labels[i].count), percentCell(a.labels[i].shareRounded, a.labels[i].shareText)]]
        : [],
    );
  const all = a.denominator === 'all';
  const totals = a.meanings.filter((m) => shared.has(m.meaning));
  const unevaluatedName = label('unevaluated', lang);
  return {
    labels: { header: [label('kind', lang), label('countHeading', lang), label('share', lang)], rows: [...labelRows(false), ...labelRows(true)] },
    totals: {
      header: [
        label(all ? 'denominatorAllTargets' : 'denominatorEvaluated', lang),
        ...totals.flatMap((m) => {
          const name = meaningTotalName(m, lang);
          return m.meaning === 'undetermined' ? [name] : [name, label('labelShare', lang, { label: name })];
        }),
        ...(all ? [`${unevaluatedName} ${label('count', lang)}`, label('labelShare', lang, { label: unevaluatedName })] : []),
      ],
      rows: [
        [
          countCell(all ? a.denominatorCount : a.evaluated),
          ...totals.flatMap((m) => (m.meaning === 'undetermined' ? [countCell(m.count)] : [countCell(m.count), percentCell(m.shareRounded, m.shareText)])),
          ...(all ? [countCell(a.unevaluated), percentCell(a.unevaluatedShare.shareRounded, a.unevaluatedShare.shareText)] : []),
        ],
      ],
    },
  };
}

function meaningTotalName(m: MeaningShare, lang: Lang): string {
  return label('meaningTotal', lang, { meaning: meaningWord(m.meaning, lang) });
}

/**
 * The columns of a table by due year or perspective: each meaning's count and share — a shared
 * meaning as its 計, a meaning of one label under that label — 未確定 by count only (it has no
 * share), and 未評価 under 全事項.
 */
export function meaningColumns(summary: Summary, lang: Lang): { header: string[]; cells: (table: AchievementTable) => TableCell[] } {
  const terms = summary.vocabulary.result;
  const shared = sharedMeanings(terms);
  const all = summary.achievement.denominator === 'all';
  const meanings = summary.achievement.meanings.map((m) => m.meaning);
  const nameOf = (meaning: string) => {
    if (shared.has(meaning)) return label('meaningTotal', lang, { meaning: meaningWord(meaning, lang) });
    const term = terms.find((t) => t.meaning === meaning);
    return term ? termName(term, lang) : meaningWord(meaning, lang);
  };
  const unevaluatedName = label('unevaluated', lang);
  const header = meanings.flatMap((meaning) => {
    const name = nameOf(meaning);
    return meaning === 'undetermined' ? [name] : [name, label('labelShare', lang, { label: name })];
  });
  if (all) header.push(unevaluatedName, label('labelShare', lang, { label: unevaluatedName }));
  const cells = (table: AchievementTable): TableCell[] => [
    ...meanings.flatMap((meaning) => {
      const m = table.meanings.find((entry) => entry.meaning === meaning);
      const count = countCell(m?.count ?? 0);
      return meaning === 'undetermined' ? [count] : [count, percentCell(m?.shareRounded ?? null, m?.shareText ?? '－')];
    }),
    ...(all ? [countCell(table.unevaluated), percentCell(table.unevaluatedShare.shareRounded, table.unevaluatedShare.shareText)] : []),
  ];
  return { header, cells };
}
