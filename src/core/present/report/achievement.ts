/** ４ 達成状況: the shares of the results, per due year, the targets short of achieved, the 【区分】 box. */

import type { AchievementTable } from '../../compute/summarize';
import { allUndetermined } from '../../compute/summaryRules';
import { label, quoted } from '../../words/messages';
import { type ReportTable, termName } from '../tables';
import { achievementByLabel, achievementIsWide, meaningColumns } from './achievementLayout';
import { definitionOf, table } from './blocks';
import type { ReportContext } from './context';

/**
 * Under the plan's shares: what they are divided by where the plan divides by every target (全事項),
 * and how many results are 未確定 and why — each such label with its count and its 定義.
 */
function undeterminedAndDenominator(ctx: ReportContext): void {
  const a = ctx.summary.achievement;
  if (allUndetermined(a)) ctx.blocks.push({ type: 'paragraph', text: ctx.say('allUndetermined', { n: a.undetermined }) });
  else {
    if (a.denominator === 'all') ctx.blocks.push({ type: 'paragraph', text: ctx.say('denominatorAll', { n: a.denominatorCount, u: a.unevaluated }) });
    if (a.undetermined === 0) return;
    ctx.blocks.push({ type: 'paragraph', text: ctx.say('undeterminedText', { n: a.undetermined }) });
  }
  const terms = ctx.summary.vocabulary.result;
  const items = a.labels.flatMap((entry, i) =>
    entry.meaning === 'undetermined' && entry.count > 0
      ? [ctx.say('undeterminedItem', { label: termName(terms[i], ctx.lang), n: entry.count, why: definitionOf(terms[i], ctx.lang) })]
      : [],
  );
  ctx.blocks.push({ type: 'list', items });
}

/** The table notes the sentences under the whole-plan table say again (the denominator, the 未確定 count): said once, in the sentences. */
function notesSaidBelow(ctx: ReportContext): Set<string> {
  const a = ctx.summary.achievement;
  return new Set([
    label('allUndeterminedNote', ctx.lang, { n: a.undetermined }),
    label('denominatorAllNote', ctx.lang, { n: a.denominatorCount }),
    label('undeterminedNote', ctx.lang, { n: a.undetermined }),
  ]);
}

/** The leading cells of each table kept in the report's narrow layout (achievementLayout.ts): the year or perspective and the count. */
const LEADING: Record<string, number> = { achievementByYear: 2, achievementByPerspective: 2, achievementByPerspectiveYear: 3 };

export function achievementSection(ctx: ReportContext): void {
  const { blocks, lang, summary, shown } = ctx;
  const resultTerms = summary.vocabulary.result;
  if (!ctx.keeps.targets) return;
  ctx.heading(ctx.say('achievementSection'));
  blocks.push({ type: 'paragraph', text: ctx.say('achievementIntro', { n: resultTerms.length }) });
  // Per due year (a row per byYear, as tables.ts builds them): the years begun, and any later one with a result already entered.
  const byYear = summary.achievement.byYear;
  const byPerspectiveYear = summary.achievement.byPerspective.flatMap((p) => p.byYear.filter((row) => row.evaluated + row.undetermined + row.unevaluated > 0));
  const dueShown = (row: { year: number; evaluated: number }) => shown.has(row.year) || row.evaluated > 0;
  const wide = achievementIsWide(summary);
  const narrow = meaningColumns(summary, lang);
  const said = notesSaidBelow(ctx);
  for (const id of ['achievement', 'achievementByYear', 'achievementByPerspective', 'achievementByPerspectiveYear', 'shortfalls']) {
    // No result evaluated yet: the summary has no list of targets short of 達成 (resultTables.ts), and the report says why.
    const t: ReportTable | undefined = ctx.summaryTable(id);
    if (t === undefined) {
      blocks.push({ type: 'paragraph', text: ctx.say('nothingEvaluated') });
      continue;
    }
    const sources: readonly AchievementTable[] | undefined =
      id === 'achievementByYear'
        ? byYear
        : id === 'achievementByPerspective'
          ? summary.achievement.byPerspective
          : id === 'achievementByPerspectiveYear'
            ? byPerspectiveYear
            : undefined;
    const kept = (i: number) =>
      id === 'achievementByYear' ? dueShown(byYear[i]) : id === 'achievementByPerspectiveYear' ? dueShown(byPerspectiveYear[i]) : true;
    const notes = id === 'achievement' ? t.notes.filter((note) => !said.has(note)) : t.notes;
    if (wide && id === 'achievement') {
      // The whole plan a label a row, its totals in one row under it (the caption once, over both).
      const { labels, totals } = achievementByLabel(summary, lang);
      blocks.push(table(id, t.title, labels.header, labels.rows), table('achievementTotals', '', totals.header, totals.rows, notes));
    } else if (wide && sources !== undefined) {
      const lead = LEADING[id];
      const rows = t.rows.map((row, i) => [...row.slice(0, lead), ...narrow.cells(sources[i])]);
      blocks.push(
        table(
          id,
          t.title,
          [...t.header.slice(0, lead), ...narrow.header],
          rows.filter((_, i) => kept(i)),
          notes,
        ),
      );
    } else
      blocks.push(
        table(
          id,
          t.title,
          t.header,
          t.rows.filter((_, i) => kept(i)),
          notes,
        ),
      );
    if (id === 'achievement') undeterminedAndDenominator(ctx);
    if (id === 'shortfalls' && t.rows.length === 0) blocks.push({ type: 'paragraph', text: ctx.say('noShortfall') });
  }
  blocks.push({
    type: 'definitions',
    caption: ctx.say('categories'),
    items: resultTerms.map((term) => ({ term: quoted(termName(term, lang), lang), meaning: definitionOf(term, lang) })),
  });
}
