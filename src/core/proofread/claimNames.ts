/**
 * The plan's names in a text (issue #26; split from claims.ts, issue #24): which of its labels a text names (longest
 * first, not inside a number or a word, not where the words are a measure: 達成率), which label a column header
 * abbreviates, which goal a text names (by its name, its words and qualifier, a heading's words, or the goal qualified
 * 全体 / 合計 by the unqualified words), the one goal a table's headers name, whether a column fits a goal, and whether
 * a sentence is about one project.
 */
import type { GoalSummary, Summary } from '../compute/model';
import { EFFECT_WORDS, labelAbbreviated, MEASURE_AFTER, measureOf, WHOLE_QUALIFIER } from './claimWords';
import type { Row } from './draftTables';

export interface Term {
  label: string;
  /** The label and the plan's own definition of it (区分's 定義: 「A」 is 「完了」): the words a draft may name it by. */
  names: string[];
  meaning: string;
  kind: 'progress' | 'result';
  index: number;
}

export function planNames(summary: Summary, terms: Term[]) {
  const goals = summary.goals;
  const goalNames = goals.map((g) => g.name.normalize('NFKC'));
  /** Terms named in a text, longest first, not overlapping (目標を未達成 before 達成). */
  const names = terms.flatMap((term) => term.names.map((name) => ({ term, label: name }))).sort((a, b) => b.label.length - a.label.length);
  const termsIn = (text: string): { term: Term; start: number; end: number }[] => {
    const flat = text.replace(/\s/g, '');
    const taken: boolean[] = [];
    const out: { term: Term; start: number; end: number }[] = [];
    for (const { term, label } of names) {
      let at = flat.indexOf(label);
      while (at >= 0) {
        let free = true;
        for (let k = at; k < at + label.length; k++) if (taken[k]) free = false;
        // 達成 inside 達成率 / 達成状況 / 達成度 is a measure, not the label.
        const next = flat.slice(at + label.length, at + label.length + 2);
        // A label written with a digit (5点) is not read inside a longer number (45点).
        const inNumber = (/^\d/.test(label) && /[\d,.]/.test(flat[at - 1] ?? '')) || (/\d$/.test(label) && /^[\d,.]/.test(next));
        // A label of one character (済) is not read inside a word (評価済み).
        const inWord = label.length === 1 && /\p{Script=Han}/u.test(`${flat[at - 1] ?? ''}${next.slice(0, 1)}`);
        // 達成 inside 達成額 is an amount (the actual), not the label's count.
        if (free && !inNumber && !inWord && !MEASURE_AFTER.test(next) && !next.startsWith('額')) {
          for (let k = at; k < at + label.length; k++) taken[k] = true;
          out.push({ term, start: at, end: at + label.length });
        }
        at = flat.indexOf(label, at + label.length);
      }
    }
    return out.sort((a, b) => a.start - b.start);
  };
  /** The letter each label's definition gives it (「A：計画どおり」 → A), where it gives one. */
  const codes = terms.flatMap((term) => {
    const code = term.names.map((name) => /^([A-Za-z])\s*[:：]/.exec(name.normalize('NFKC'))?.[1]).find((c) => c !== undefined);
    return code === undefined ? [] : [{ term, code }];
  });
  /** A cell's labels: those its row label and column header name, or the one label the header's own words abbreviate. */
  const cellTerms = (rowLabel: string, header: string) => {
    // (Each read on its own: a one-character label heading a column (C) is not read as inside the row label's last word.)
    const offset = rowLabel.replace(/\s/g, '').length;
    const named = [...termsIn(rowLabel), ...termsIn(header).map((x) => ({ ...x, start: x.start + offset, end: x.end + offset }))];
    if (named.length > 0 || header === '') return named;
    const pieces = header.split(/\s+/).reverse();
    for (const piece of pieces) {
      // A label's letter where the plan's definition gives it one (定義 「A：計画どおり」): 「実施状況 A 計画通り」 is A's column.
      const coded = codes.filter((c) => c.code === piece.normalize('NFKC'));
      if (coded.length === 1) return [{ term: coded[0].term, start: 0, end: 0 }];
      const k = labelAbbreviated(
        piece,
        terms.map((t) => t.label),
      );
      if (k >= 0) return [{ term: terms[k], start: 0, end: 0 }];
    }
    return named;
  };
  /**
   * The goal a text names: its whole name, or its name's words with the qualifier in brackets
   * (「財政効果額（うち一般会計分）」 is named by 「うち一般会計分」 under a heading of 財政効果額); a text naming
   * only the unqualified words names the goal without a qualifier.
   */
  const goalParts = goals.map((g) => {
    const name = rangeMarks(g.name.replace(/\s/g, '').normalize('NFKC'));
    return { g, name, base: name.replace(/\([^)]*\)/g, ''), qualifiers: [...name.matchAll(/\(([^)]+)\)/g)].map((m) => m[1]) };
  });
  const goalCache = new Map<string, GoalSummary | undefined>();
  /** A sentence about one project (「「道路事業」では…3,370万円」, a project's name): its figures are the project's, not a goal's. */
  const aboutProject = (sentence: string) => {
    const flat = sentence.replace(/\s/g, '').normalize('NFKC');
    return (
      projectNames.some((n) => flat.includes(n)) ||
      [...flat.matchAll(/「([^」]+)」/g)].some(
        (m) => !qualifierWords.some((w) => m[1].includes(w) || w.includes(m[1])) && !goalNames.includes(m[1]) && m[1] !== planNameFlat,
      )
    );
  };
  /** The plan's own name (「…の集中的取組み」における…): a sentence naming it in brackets speaks of the plan, not of a project. */
  const planNameFlat = (summary.plan.name ?? '').replace(/\s/g, '').normalize('NFKC');
  /** The plan's project names (a sentence naming one speaks of it) and the words of its goals' qualifiers and perspectives. */
  const projectNames = summary.projects.map((p) => p.name.replace(/\s/g, '').normalize('NFKC')).filter((n) => n.length >= 3);
  const qualifierWords = [...goalParts.flatMap((p) => p.qualifiers), ...summary.perspectives.map((p) => p.name.replace(/\s/g, '').normalize('NFKC'))].filter(
    (w) => w !== '',
  );
  const goalIn = (text: string, carried = false): GoalSummary | undefined => {
    if (goals.length === 0) return undefined;
    const cacheKey = `${carried ? 1 : 0}${text}`;
    if (goalCache.has(cacheKey)) return goalCache.get(cacheKey);
    const found = goalOf(text, carried);
    if (goalCache.size < 50_000) goalCache.set(cacheKey, found);
    return found;
  };
  const goalOf = (text: string, carried: boolean): GoalSummary | undefined => {
    const flat = rangeMarks(text.replace(/\s/g, '').normalize('NFKC'));
    let best: GoalSummary | undefined;
    let bestScore = 1;
    for (const { g, name, base, qualifiers } of goalParts) {
      const hasBase = base !== '' && flat.includes(base);
      const hasQualifier = qualifiers.length > 0 && qualifiers.every((q) => flat.includes(q));
      // A heading carries only a goal it names by its words (a table's column header 「うち一般会計分」 is no heading).
      const score = hasQualifier ? (carried && !hasBase ? 0 : hasBase ? 4 : 3) : flat.includes(name) ? 2 : 0;
      if (score > bestScore) {
        best = g;
        bestScore = score;
      }
    }
    if (best) return best;
    // The unqualified words (「効果額は全体で…」, 「効果額…を目標に」) name the one goal whose qualifier is the whole, when no
    // other goal of the same words is named by its qualifier.
    const whole = goalParts.filter(
      ({ base, qualifiers }) => base !== '' && flat.includes(base) && qualifiers.length === 1 && WHOLE_QUALIFIER.test(qualifiers[0]),
    );
    if (whole.length !== 1) return undefined;
    const others = goalParts.filter(({ base, qualifiers }) => base === whole[0].base && qualifiers.some((q) => !WHOLE_QUALIFIER.test(q) && flat.includes(q)));
    return others.length === 0 ? whole[0].g : undefined;
  };
  /** The one goal a table's column headers name (「評価得点」 beside 「達成率」): a column of a measure of it is that goal's. */
  const tableGoal = (cell: { row: Row; header: string }): GoalSummary | undefined => {
    const measure = measureOf(cell.header);
    if (measure === null || measure === 'difference') return undefined;
    // (Named by its words, as a heading names it: a sub-column 「うち一般会計分」 names no goal of the whole table.)
    const named = new Set(cell.row.cells.map((c) => goalIn(c.header, true)).filter((g): g is GoalSummary => g !== undefined));
    return named.size === 1 ? [...named][0] : undefined;
  };
  /** A column whose header names another figure (財政的効果（円）) or another unit than the goal's is not the goal's. */
  const headerFits = (header: string, g: GoalSummary | undefined): boolean => {
    if (!g) return false;
    const name = g.name.normalize('NFKC');
    if (EFFECT_WORDS.test(header) && !EFFECT_WORDS.test(name)) return false;
    const unit = /[(（](億円|百万円|千円|万円|円|件|人|点|%|㎡)[)）]/.exec(header.normalize('NFKC'))?.[1];
    return unit === undefined || unit === g.unit.normalize('NFKC');
  };
  return { termsIn, cellTerms, goalIn, tableGoal, headerFits, aboutProject };
}

/** The marks of a range (平成16～18年度, 平成16〜18年度, 平成16~18年度) as one: a name written with another wave dash is the same name. */
export function rangeMarks(text: string): string {
  return text.replace(/[\u301c\uff5e\u223c\u2053]/g, '~');
}
