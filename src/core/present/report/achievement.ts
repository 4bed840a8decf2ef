/** ４ 達成状況: the shares of the results, per due year, the targets short of achieved, the 【区分】 box. */
import { allUndetermined } from '../../compute/summaryRules';
import { label, quoted } from '../../words/messages';
import { type ReportTable, termName } from '../tables';
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
  const said = notesSaidBelow(ctx);
  for (const id of ['achievement', 'achievementByYear', 'achievementByPerspective', 'achievementByPerspectiveYear', 'shortfalls']) {
    // No result evaluated yet: the summary has no list of targets short of 達成 (resultTables.ts), and the report says why.
    const t: ReportTable | undefined = ctx.summaryTable(id);
    if (t === undefined) {
      blocks.push({ type: 'paragraph', text: ctx.say('nothingEvaluated') });
      continue;
    }
    const rows =
      id === 'achievementByYear'
        ? t.rows.filter((_, i) => dueShown(byYear[i]))
        : id === 'achievementByPerspectiveYear'
          ? t.rows.filter((_, i) => dueShown(byPerspectiveYear[i]))
          : t.rows;
    blocks.push(table(id, t.title, t.header, rows, id === 'achievement' ? t.notes.filter((note) => !said.has(note)) : t.notes));
    if (id === 'achievement') undeterminedAndDenominator(ctx);
    if (id === 'shortfalls' && t.rows.length === 0) blocks.push({ type: 'paragraph', text: ctx.say('noShortfall') });
  }
  blocks.push({
    type: 'definitions',
    caption: ctx.say('categories'),
    items: resultTerms.map((term) => ({ term: quoted(termName(term, lang), lang), meaning: definitionOf(term, lang) })),
  });
}
