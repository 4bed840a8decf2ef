/**
 * Figures in a draft's sentences: each found by the label and the year before it (「令和7年度の進捗率は66.7%でした」).
 */
import { type FiscalYear, formatFiscalYear } from '../base/fiscalYear';
import { escapeRegExp } from '../base/text';
import { lowerBound, NUM, number, statedYear, YEAR } from './draftPatterns';
import type { Expected, Figure, PlanFigures } from './planFigures';

type KeywordKind = 'rate' | 'activities' | 'effect' | 'evaluated' | 'total' | 'achievedShare';

/** What a figure in a sentence is of: a keyword before it (進捗率…), or one of the plan's labels (index into its kind's labels). */
type SentenceLabel = { at: number; end: number; text: string } & ({ kind: KeywordKind } | { kind: 'progress' | 'result'; index: number });

/** A sentence of the draft's prose, with where each of its characters came from. */
export interface Prose {
  text: string;
  lineAt: (offset: number) => number;
}

/**
 * Figures in sentences: a number with its unit (%, 件, 事業, the money unit, ㎡),
 * the label nearest before it (進捗率, 取組活動, 効果額, one of the plan's labels…)
 * and the year nearest before it in the same sentence.
 */
export function sentenceFigures(prose: Prose, plan: PlanFigures): Figure[] {
  const figures: Figure[] = [];
  const unit = plan.unit;
  const U = escapeRegExp(unit);
  // A label is a whole word: not the 達成 of 一部達成 or 未達成 (a particle before it is fine: うち済が…).
  const boundary = '(?<![A-Za-z0-9ァ-ヶ一-龥])';
  const labelAlternatives = [
    ...plan.progressLabels.map((label, index) => ({ re: `${boundary}(?:区分)?「?${escapeRegExp(label)}」?`, kind: 'progress' as const, index, label })),
    ...plan.resultLabels.map((label, index) => ({ re: `${boundary}「?${escapeRegExp(label)}」?`, kind: 'result' as const, index, label })),
  ];
  const keywords: { re: RegExp; kind: KeywordKind }[] = [
    { re: /進捗率/g, kind: 'rate' },
    { re: /取組活動(?:数)?/g, kind: 'activities' },
    { re: /(?:財政健全化)?効果額/g, kind: 'effect' },
    { re: /達成するべき事項|評価(?:を終えた|した)?事項/g, kind: 'evaluated' },
    { re: /合計|累計|総額/g, kind: 'total' },
    { re: /達成率/g, kind: 'achievedShare' },
  ];
  const sentences = [...prose.text.matchAll(/[^。]+。?/g)];
  const yearThenParticle = new RegExp(`(?:${YEAR})(?:は|が|も|で|には)?$`);
  // Each pattern made once, not once per sentence (matchAll copies it, so a shared one is safe).
  const yearsPattern = new RegExp(YEAR, 'g');
  const labelPatterns = labelAlternatives.map((alt) => new RegExp(`${alt.re}(?=(?:は|が|:|：)?(?:${NUM})件|の(?:件数|割合))`, 'g'));
  const figurePattern = new RegExp(`(?<![\\d,.万億])(約)?(${NUM})(%|件|事業|${U}|m2)`, 'g');
  // A sentence without a year speaks of the year of the sentence before (「令和8年度は…。区分Aは7件…」).
  let carriedYear: { text: string; unit: string } | null = null;
  let previous: { end: number; label?: SentenceLabel; unitText: string } | null = null;
  sentences.forEach((sm, sentenceIndex) => {
    const sentence = sm[0];
    const base = sm.index ?? 0;
    const years = [...sentence.matchAll(yearsPattern)].map((m) => ({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0] }));
    const labels: SentenceLabel[] = [];
    for (const k of keywords)
      for (const m of sentence.matchAll(k.re)) labels.push({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: k.kind, text: m[0] });
    for (const [i, alt] of labelAlternatives.entries())
      for (const m of sentence.matchAll(labelPatterns[i]))
        labels.push({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: alt.kind, index: alt.index, text: alt.label });
    labels.sort((a, b) => a.at - b.at);
    type Label = (typeof labels)[number];
    // Where 前年… stand, found once per sentence: a test on the text between a year and each figure is quadratic in a long sentence.
    const shiftAt: number[] = [];
    for (const m of sentence.matchAll(/(?=前年|昨年|翌年|前回|前期|次年)/g)) shiftAt.push(m.index ?? 0);
    let shiftNext = 0;
    // Where the sentence says its shares are of the evaluated (「達成状況を評価した5件のうち、…（60.0%）」): found once per sentence.
    const evaluatedOutOf = /評価(?:を終えた|した|済み?)[^。]*?\d[\d,]*件(?:のうち|中)/.exec(sentence);
    const ofEvaluatedFrom = evaluatedOutOf ? evaluatedOutOf.index + evaluatedOutOf[0].length : Number.POSITIVE_INFINITY;
    /** Whether 前年… stands wholly within [from, to) (each is two characters). */
    const shiftedWithin = (from: number, to: number): boolean => {
      // Figures come in order, and `from` (a year's end) never goes back past a figure: a pointer is enough, with a search when it does.
      if (shiftNext > 0 && shiftAt[shiftNext - 1] >= from) shiftNext = lowerBound(shiftAt, from);
      while (shiftNext < shiftAt.length && shiftAt[shiftNext] < from) shiftNext++;
      return shiftNext < shiftAt.length && shiftAt[shiftNext] + 2 <= to;
    };
    /** How many years end at or before a place, and how many labels start at or before it: counted forward as the figures go. */
    let yearsUpTo = 0;
    let labelsUpTo = 0;
    /** Whether the text between two years says a range (…から…まで, ～), once for each pair. */
    const rangeBetween = new Map<number, boolean>();
    // The figure before, from the sentence before: its label may carry over (…97.9%でした。前年度の令和7年度は91.1%).
    if (previous) previous = { ...previous, end: -1 };
    const inherited = years.length === 0 ? carriedYear : null;
    const distinct = [...new Set(years.map((y) => y.text))];
    carriedYear = distinct.length === 1 ? { text: distinct[0], unit: `${sentenceIndex}@${years[0].at}` } : years.length === 0 ? carriedYear : null;
    // A number with its unit; not the tail of 62万2,971千円 (万, 億 before it).
    for (const m of sentence.matchAll(figurePattern)) {
      const at = m.index ?? 0;
      if (m[1]) continue; // 約…: an approximation is not checked.
      const unitText = m[3];
      const valueText = m[2];
      const value = number(valueText);
      // The year: the last one before the figure; a range (…から…まで, ～) makes it the plan's.
      // (years and labels are in order of where they stand; figures too.)
      while (yearsUpTo < years.length && years[yearsUpTo].end <= at) yearsUpTo++;
      const lastYear = yearsUpTo > 0 ? years[yearsUpTo - 1] : undefined;
      let range = false;
      if (yearsUpTo >= 2 && lastYear) {
        const known = rangeBetween.get(yearsUpTo);
        range = known ?? /から|～|~|-/.test(sentence.slice(years[yearsUpTo - 2].end, lastYear.at));
        rangeBetween.set(yearsUpTo, range);
      }
      const yearText = lastYear?.text ?? inherited?.text;
      // A carried year stays one group with the sentence that named it: a wrong year label there is one finding.
      const yearUnit = lastYear ? `${sentenceIndex}@${lastYear.at}` : (inherited?.unit ?? `none${sentenceIndex}`);
      // 前年度 / 前回 … between the year and the figure: some other year, not told: not checked.
      const shifted = shiftedWithin(lastYear ? lastYear.end : 0, at);
      const year = yearText && !range && !shifted ? statedYear(yearText) : null;
      // The label: the last one between the previous figure and this one; else the previous figure's (…、令和6年度は87.9%).
      const since: number = Math.max(0, previous?.end ?? 0);
      // A keyword stands for the figure only close before it: 進捗率は…97.9%, 達成するべき事項は11件 — not 達成するべき事項を除く（4件）.
      const reach: Record<string, number> = { rate: 14, activities: 10, effect: 16, total: 6, achievedShare: 6 };
      const joins = (l: Label) =>
        l.kind in reach ? at - l.end <= reach[l.kind] : /^(?:は|が|:|：|の合計数は|の合計は|の件数は)?$/.test(sentence.slice(l.end, at));
      // The last label (in the order sorted above) that starts at or after `since` and ends before the figure:
      // only the labels since the figure before are looked at, so each is looked at about once.
      while (labelsUpTo < labels.length && labels[labelsUpTo].at <= at) labelsUpTo++;
      let label: Label | undefined;
      for (let i = labelsUpTo - 1; i >= 0 && labels[i].at >= since; i--) {
        const l = labels[i];
        if (l.end <= at && joins(l)) {
          label = l;
          break;
        }
      }
      const parenthesised = at > 0 && (sentence[at - 1] === '(' || sentence[at - 1] === '（') && unitText === '%' && previous?.unitText === '件';
      if (!label && parenthesised && previous?.label) label = previous.label;
      // …unless another measure is named in between (LED化率は72%): then the figure is not ours.
      const between = sentence.slice(since, at);
      // Only a year and a particle between them (…、令和6年度は87.9%): 「前年度より2件減りました」 is not the same measure.
      if (!label && previous?.label && previous.unitText === unitText && yearThenParticle.test(between)) label = previous.label;
      // 48件の取組活動 / 19事業: the label after the number.
      const after = sentence.slice(at + m[0].length);
      if (!label && /^(?:の|件の|つの)?取組活動/.test(after)) label = { at, end: at, kind: 'activities', text: '取組活動' };
      previous = { end: at + m[0].length, label, unitText };
      const line = prose.lineAt(base + at);
      const figure = sentenceFigure(plan, {
        label,
        unitText,
        valueText,
        value,
        year,
        range,
        parenthesised,
        line,
        explicitYear: lastYear !== undefined,
        ofEvaluated: at >= ofEvaluatedFrom,
        unit: `sentence${yearUnit}`,
        sentence: sentenceIndex,
      });
      if (figure) figures.push(figure);
    }
  });
  return figures;
}

function sentenceFigure(
  plan: PlanFigures,
  f: {
    label?: SentenceLabel;
    unitText: string;
    valueText: string;
    value: number;
    /** The year the figure is of, as stated (null: none, a range, or some other year than the one named). */
    year: { value: FiscalYear; text: string } | null;
    range: boolean;
    parenthesised: boolean;
    line: number;
    /** Whether the year was written in this sentence (a year carried from the sentence before speaks for progress, not for results). */
    explicitYear: boolean;
    /** Whether the sentence says, before the figure, that its shares are of the evaluated targets. */
    ofEvaluated: boolean;
    unit: string;
    sentence: number;
  },
): Figure | null {
  const { label, unitText, valueText, value, year, line } = f;
  const money = unitText === plan.unit;
  const stated = `${valueText}${unitText === 'm2' ? '㎡' : unitText}`;
  const withYear = (
    name: string,
    forYear: (y: FiscalYear) => Expected | undefined,
    category?: (y: FiscalYear) => NonNullable<Figure['category']>,
  ): Figure | null => {
    if (year === null) return null;
    return {
      line,
      stated,
      value,
      label: `${formatFiscalYear(year.value)} ${name}`,
      workbook: forYear(year.value),
      year: { stated: year.text, line, unit: f.unit, forYear },
      ...(category && { category: category(year.value) }),
    };
  };
  // 19事業 in a year: that year's projects.
  if (unitText === '事業' && label?.kind !== 'total') return withYear('事業数', (y) => plan.count(plan.projects(y), '事業'));
  if (!label) return null;
  const labelUnit = `sentence${f.sentence}@${label.at}`;
  switch (label.kind) {
    case 'rate':
      return unitText === '%' ? withYear('進捗率', (y) => plan.rate(y, valueText)) : null;
    case 'activities':
      return unitText === '件' ? withYear('取組活動数', (y) => plan.count(plan.activities(y), '件')) : null;
    case 'effect':
    case 'total': {
      if (!money) return null;
      if (label.kind === 'total' || f.range || year === null) {
        return { line, stated, value, label: '財政健全化効果額 合計', workbook: plan.amount(plan.summary.effects.total, true) };
      }
      return withYear('財政健全化効果額', (y) => plan.amount(plan.effect(y), true));
    }
    case 'achievedShare': {
      // 達成率: the share of the plan's first label meaning 達成, of the evaluated targets.
      const index = plan.summary.vocabulary.result.findIndex((term) => term.meaning === 'achieved');
      if (unitText !== '%' || index < 0 || (year !== null && f.explicitYear)) return null;
      return { line, stated, value, label: `${plan.resultLabels[index]} 割合`, workbook: plan.resultShare(index, valueText, undefined, f.ofEvaluated) };
    }
    case 'evaluated':
      if (unitText !== '件' || (year !== null && f.explicitYear)) return null;
      return { line, stated, value, label: '達成するべき事項の合計数', workbook: plan.count(plan.summary.achievement.evaluated, '件') };
    case 'progress': {
      if (unitText !== '件' && !(unitText === '%' && f.parenthesised)) return null;
      const { index } = label;
      const share = unitText === '%';
      const forLabel = (y: FiscalYear) => (i: number) => (share ? plan.labelShare(y, i, valueText) : plan.count(plan.labelCount(y, i), '件'));
      return withYear(
        `${plan.progressLabels[index]}${share ? ' 割合' : ''}`,
        (y) => forLabel(y)(index),
        (y) => ({ stated: label.text, line, unit: labelUnit, kind: 'progress', index, forLabel: forLabel(y) }),
      );
    }
    case 'result': {
      if (unitText !== '件' && !(unitText === '%' && f.parenthesised)) return null;
      if (year !== null && f.explicitYear) return null;
      const { index } = label;
      const share = unitText === '%';
      const forLabel = (i: number) => (share ? plan.resultShare(i, valueText, undefined, f.ofEvaluated) : plan.count(plan.resultCount(i), '件'));
      return {
        line,
        stated,
        value,
        label: `${plan.resultLabels[index]}${share ? ' 割合' : ' 件数'}`,
        workbook: forLabel(index),
        category: { stated: label.text, line, unit: labelUnit, kind: 'result', index, forLabel },
      };
    }
  }
}
