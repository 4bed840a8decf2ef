/**
 * A reader of claims, not of headings: each number of the draft with what its
 * line, clause, table row and column say about it — the plan's labels and
 * meanings, goals, years, measure words (進捗率, 割合, 累計, 目標, 合計 …) and
 * the unit — matched against the figures the summary produces; the tables
 * checked against themselves (parts adding to their 合計, a share equal to its
 * count over its denominator). A number whose context fits no figure is "not
 * placed" with the reason, never guessed.
 *
 * This file reads each line and each number's context (claims/context.ts holds
 * the plan's side); the readers of each kind of figure are in claims/: effects,
 * goals, labels, rates, counts and what is not a figure (differences).
 */
import type { FiscalYear } from '../base/fiscalYear';
import { parseFiscalYear } from '../base/fiscalYear';
import type { GoalSummary, Summary } from '../compute/model';
import type { Term } from './claimNames';
import { rangeMarks } from './claimNames';
import type { ClaimsResult, NumberContext } from './claims/context';
import { claimsContext } from './claims/context';
import { readCount } from './claims/counts';
import { readChange, readDifference } from './claims/differences';
import { readEffect, readProjectEffect } from './claims/effects';
import { readGoalFigure, readMoneyGoal } from './claims/goals';
import { labelOf, readLabelCount, readMeaningTotal } from './claims/labels';
import { lineParts } from './claims/lineParts';
import { readRate } from './claims/rates';
import { checkTables } from './claimTables';
import {
  againstTarget,
  COUNT_UNIT,
  leadOf,
  measureOf,
  NUMBERED_HEADING,
  outOf,
  reachedAfterDifference,
  reasonFor,
  scopeOf,
  WHOLE_WORDS,
  wordless,
} from './claimWords';
import { isNumeric } from './draftTables';
import type { YearMention } from './draftText';
import { MAX_CLAIM_LINE, yearsOf } from './draftText';

/** A 合計 row's label (合計, 計, 総計). */
const TOTAL_ROW = /^(?:合計|計|総計)$/;

export function readClaims(draft: string, summary: Summary): ClaimsResult {
  const ctx = claimsContext(draft, summary);
  const {
    lines,
    findings,
    placed,
    notPlaced,
    terms,
    goals,
    numbersIn,
    planEra,
    years,
    handled,
    key,
    termsIn,
    cellTerms,
    goalIn,
    tableGoal,
    headerFits,
    aboutProject,
    byTable,
    perspectiveNames,
    termLabels,
    planName,
    goalNames,
    inName,
    earlier,
    stateYear,
    cellOf,
    perspectiveOfHeading,
    perspectiveSpans,
    find,
  } = ctx;
  // A goal named by its period (財政効果額（平成16～18年度）): the period is its name, not the year of a figure beside it — a row
  // labelled 「平成16〜18年度」 under the goal's words is the goal's, its figures of the whole period.
  const periods = goals
    .flatMap((g) => [...rangeMarks(g.name.normalize('NFKC')).matchAll(/[(（]([^)）]*年度[^)）]*)[)）]/g)].map((m) => m[1].replace(/\s/g, '')))
    .filter((q) => /\d/.test(q));
  const periodPattern =
    periods.length === 0
      ? null
      : new RegExp(
          periods
            .map((q) => [...q].map((ch) => (ch === '~' ? '\\s*[~\u301c\uff5e\u223c]\\s*' : `${ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*`)).join(''))
            .join('|'),
          'g',
        );
  const goalPeriodsOut = (t: string) => (periodPattern === null || !/年度/.test(t) ? t : t.replace(periodPattern, (m) => ' '.repeat(m.length)));
  /** A line that is one figure (with its unit) and a table's cell marks, nothing else: 「92件 |」. */
  const onlyFigure = (t: string) => t.replace(/[▲△-]?\d[\d,.]*\s*(?:件|項目|事業|細目|%)?/g, '').replace(/[|｜\s]/g, '') === '';
  /** A line of a label and no number (「取組開始状況 |」): a row's label cell whose figure is on the line below. */
  const labelLine = (t: string) => {
    const flat = t.replace(/[|｜\s]/g, '');
    return flat !== '' && flat.length <= 20 && !/\d/.test(flat) && !/[。、]/.test(flat);
  };
  /** A row label's labels: those it names, or the one label it is with 状況 after it (「取組開始状況」: the row of 取組開始). */
  const rowLabelTerms = (t: string) => {
    const named = termsIn(t);
    if (named.length > 0) return named;
    const flat = t.replace(/[|｜\s]/g, '');
    const base = /^(.+)状況$/.exec(flat)?.[1];
    return base !== undefined && terms.some((term) => term.label === base) ? termsIn(base) : [];
  };
  /** A line that is only a measure's word (「目標」「実績」「達成率」): a key whose value is the line below (a key-value layout). */
  const keyLine = (t: string) => {
    const flat = t.replace(/\s/g, '');
    return flat !== '' && flat.length <= 6 && !/\d/.test(flat) && measureOf(flat) !== null;
  };
  /** The words before the first number of a line under a key line (「実績」 over 「3年間で64億8,137万円」): the key's, where they name no measure. */
  const keyed = (index: number, tokenIndex: number, lead: string) =>
    tokenIndex === 0 && index > 0 && measureOf(lead) === null && keyLine(lines[index - 1]) ? `${lines[index - 1].trim()} ${lead}` : lead;
  /**
   * A heading naming a goal's words with a period that is not the goal's (「財政効果額（平成19〜22年度）」 where the goals are
   * 財政効果額（平成16～18年度） and 財政効果額（平成19～21年度））: when exactly one goal of those words has a period that begins in
   * the same year, it is that goal, and the period's end is what is wrong — reported, and the heading carries the goal.
   */
  const goalOfOtherPeriod = (index: number, lineNo: number, text: string): GoalSummary | undefined => {
    if (periods.length === 0) return undefined;
    const flat = rangeMarks(text.replace(/\s/g, '').normalize('NFKC'));
    const said = /[(（]((?:平成|令和)(\d+)~(?:(?:平成|令和))?(\d+)年度)[)）]/.exec(flat);
    if (!said) return undefined;
    const fits = goals.filter((g) => {
      const name = rangeMarks(g.name.replace(/\s/g, '').normalize('NFKC'));
      const own = /[(（]((?:平成|令和)(\d+)~(?:(?:平成|令和))?(\d+)年度)[)）]/.exec(name);
      const base = name.replace(/[(（][^)）]*[)）]/g, '');
      return own !== null && base !== '' && flat.includes(base) && own[2] === said[2] && own[3] !== said[3];
    });
    if (fits.length !== 1) return undefined;
    const own = /~(?:(?:平成|令和))?(\d+)年度/.exec(rangeMarks(fits[0].name.normalize('NFKC')));
    // The period as the draft printed it (its own wave dash), and the same with the goal's last year.
    const printed = new RegExp(`(?:平成|令和)\\s*${said[2]}\\s*[~〜～∼]\\s*(?:(?:平成|令和)\\s*)?${said[3]}\\s*年度`).exec(
      (ctx.rawLines[index] ?? text).normalize('NFKC'),
    )?.[0];
    if (own && printed) find(lineNo, printed, printed.replace(new RegExp(`${said[3]}(\\s*年度)$`), `${own[1]}$1`), `${fits[0].name} の期間`);
    return fits[0];
  };
  let carriedYear: FiscalYear | null = null;
  let carriedGoal: GoalSummary | undefined;
  /** The goal a heading names, for the lines of its block (to the next blank line): 「効果額」 over 「・5年間目標値：…」. */
  let blockGoal: GoalSummary | undefined;
  /** The label of the row laid out one cell a line that the line is in (「柔軟でスリムな行政システム」, 「合計」), or ''. */
  let rowBlock = '';
  /** The column headers above the first row of such a table, one a line (「項目名」 「項目数」 「区分」 …). */
  let columnHeads: string[] = [];
  /** The run of lines of words and no number just above line `index` (a table's headers laid out one a line). */
  const headsAbove = (index: number): string[] => {
    const heads: string[] = [];
    for (let k = index - 1; k >= 0 && labelLine(lines[k]) && heads.length < 12; k--) heads.unshift(lines[k].trim());
    return heads;
  };
  /** The perspective a heading above names (its index), or -1. */
  let carriedPerspective = -1;
  /** A text with the carried perspective's name: a goal qualified by the perspective (「効果額（行政の担うべき役割の重点化）」) is named by 「効果額」 under its heading. */
  const withPerspective = (text: string) => (carriedPerspective >= 0 ? `${text} ${perspectiveNames[carriedPerspective]}` : text);

  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const text = lines[i];
    const found = yearsOf(goalPeriodsOut(text), planEra, years);
    const heading = text.length <= 40 && !text.includes('。');
    const earlierState = earlier[i];
    if (heading && found.length === 1) carriedYear = found[0].year;
    // A heading that names a perspective (「1.行政の担うべき役割の重点化」): the counts and goals under it are that perspective's,
    // until a heading names another or a numbered heading begins another part.
    // (Read once for the line, its figures too: a draft of many short lines stays fast.)
    const tokens = text.length > MAX_CLAIM_LINE ? [] : numbersIn(text, lineNo);
    const lettered = heading && /\p{L}/u.test(text);
    if (heading && text.length <= MAX_CLAIM_LINE && !text.includes('\t')) {
      const named = lettered ? perspectiveOfHeading(text) : -1;
      if (named >= 0) carriedPerspective = named;
      else if (NUMBERED_HEADING.test(text)) carriedPerspective = -1;
    }
    if (text.trim() === '') blockGoal = undefined;
    // A table laid out one cell a line (「柔軟でスリムな行政システム」 / 「45」 / 「目標額」 / 「13億9,100万円」 …): a row's label is a
    // line of words and no number over its cells — a bare number or a measure's word (目標額) with its figure below. The lines of
    // words before the first row are the column headers (「項目名」 「項目数」 …).
    if (text.trim() === '') {
      rowBlock = '';
      columnHeads = [];
    } else if (labelLine(text) && !keyLine(text) && i + 1 < lines.length && (onlyFigure(lines[i + 1]) || keyLine(lines[i + 1]))) {
      if (rowBlock === '' && columnHeads.length === 0) columnHeads = headsAbove(i);
      rowBlock = text.trim();
    } else if (text.includes('。') || text.length > 40) rowBlock = '';
    // A heading that names a goal (「改革の効果額」): the table under it is that goal's — a heading, not a table's header line
    // (its columns name each its own measure) nor a line of figures (「・評価得点・・・84点」 is a figure of the goal, no heading).
    if (heading && !text.includes('\t') && tokens.length === 0) {
      const named = lettered ? (goalIn(withPerspective(text), true) ?? goalOfOtherPeriod(i, lineNo, text)) : undefined;
      carriedGoal = named ?? carriedGoal;
      // (A line that is only a measure's word — 「目標」「実績」 over the figure on the line below — keys that figure, in the goal's block.)
      blockGoal = named ?? (keyLine(text) ? blockGoal : undefined);
    }
    // A line too long to be a sentence or a table row: not read, said once for the line (its first number), not once per number.
    if (text.length > MAX_CLAIM_LINE) {
      const first = /[▲△-]?\d[\d,]*(?:\.\d+)?/.exec(text);
      if (first) notPlaced.push({ line: lineNo, stated: first[0], reason: 'longLine' });
      continue;
    }
    if (tokens.length === 0) continue;
    const { clauses, nonSpaceAt, sentenceHere } = lineParts(text);
    /** The sentence before the one at `at`: on this line, or the last of the line above in the same paragraph. */
    const sentenceBefore = (at: number): string => {
      const start = text.lastIndexOf('。', at - 1);
      if (start >= 0) return text.slice(text.lastIndexOf('。', start - 1) + 1, start);
      if (i === 0 || lines[i - 1].trim() === '' || lines[i - 1].length > MAX_CLAIM_LINE) return '';
      const above = lines[i - 1].replace(/。\s*$/, '');
      return above.slice(above.lastIndexOf('。') + 1);
    };
    let goalBeforeFound: GoalSummary | undefined;
    /** The one goal the sentence before names (its whole name or its words), where the number's own sentence names none. */
    const goalBefore = (at: number): GoalSummary | undefined => {
      if (goalIn(sentenceHere(at)) !== undefined) return undefined;
      goalBeforeFound = goalIn(sentenceBefore(at));
      return goalBeforeFound;
    };
    // A line that is only a bracket's remark (「（達成率126.6%）」 under 「目標額…に対し、…の効果額」) continues the sentence of the line
    // above when that one has not ended: its figure is of what that sentence names.
    const continued = i > 0 && /^\s*[(（][^()（）]*[)）]\s*$/.test(text) && lines[i - 1].trim() !== '' && !/[。]\s*$/.test(lines[i - 1]);
    // Where the line names each of the plan's perspectives (found once for the line): the one a sentence names before a number.
    let perspectivesNamed: { start: number; end: number; index: number }[] | null = null;
    const perspectiveBefore = (at: number): number => {
      perspectivesNamed ??= perspectiveSpans(text);
      const sentenceStart = text.lastIndexOf('。', at - 1) + 1;
      const named = new Set(perspectivesNamed.filter((p) => p.start >= sentenceStart && p.end <= at).map((p) => p.index));
      return named.size === 1 ? [...named][0] : -1;
    };
    const clauseContext = new Map<
      string,
      { years: ReturnType<typeof yearsOf>; labels: { term: Term; start: number; end: number }[]; goal: GoalSummary | undefined }
    >();
    const scopeYearsOf = new Map<string, YearMention[]>();
    // The year of a number's sentence: the last its own sentence names (「…平成29年度に…達成率219.5%でした。平成30年度の達成率は
    // 97.0%でした。」 — each sentence's rate is of its own year); the line's last where its sentence names none.
    const lineYear = found.length > 0 ? found[found.length - 1].year : null;
    const sentenceYearAt = (at: number): FiscalYear | null => {
      if (found.length < 2) return lineYear;
      const start = text.lastIndexOf('。', at - 1) + 1;
      const stop = text.indexOf('。', at);
      const end = stop < 0 ? text.length : stop;
      const own = found.filter((y) => y.start >= start && y.start < end);
      return own.length > 0 ? own[own.length - 1].year : lineYear;
    };
    const lineWordless = wordless(text);
    // How many numbers of each text the line has had so far: a number's cell among cells of the same text.
    const sameText = new Map<string, number>();
    for (const [tokenIndex, token] of tokens.entries()) {
      const nth = sameText.get(token.text) ?? 0;
      sameText.set(token.text, nth + 1);
      if (handled.has(key(lineNo, -1)) && cellOf(lineNo, token, nth)) continue;
      const clause = clauses.find((c) => token.start >= c.start && token.start <= c.end) ?? { start: 0, end: text.length };
      const clauseText = text.slice(clause.start, clause.end);
      const cellInfo = cellOf(lineNo, token, nth);
      const rowLabel = cellInfo?.row.label ?? '';
      const header = cellInfo?.header ?? '';
      // A bare number on a line (and under a column) that says nothing but years — 「令和2年度 1 2 3」 with no header, no goal
      // above: no measure to place it by, found without reading its context further (a draft of many such rows stays fast).
      // The first cell of a row laid out one cell a line, under a count's column header (「項目数」): the count of projects of the
      // perspective the row's label names, or of the plan on its 合計 row.
      if (
        token.unit === '' &&
        !token.negative &&
        token.decimals === 0 &&
        rowBlock !== '' &&
        i > 0 &&
        lines[i - 1].trim() === rowBlock &&
        onlyFigure(text) &&
        columnHeads.some((h) => /^(?:項目|事業|取組)数$/.test(h.replace(/[|｜\s]/g, '')))
      ) {
        const flat = rowBlock.replace(/\s/g, '');
        const k = perspectiveNames.findIndex((name) => name !== '' && flat === name.replace(/\s/g, ''));
        const expected = k >= 0 ? summary.perspectives[k]?.projectsTotal : TOTAL_ROW.test(flat) ? summary.projects.length : undefined;
        if (expected !== undefined && expected > 0) {
          ctx.check(lineNo, token.text, token.value, expected, String(expected), `${k >= 0 ? perspectiveNames[k] : '合計'} 事業数`);
          continue;
        }
      }
      if (token.unit === '' && !token.negative && carriedGoal === undefined && lineWordless && wordless(`${header}${rowLabel}`)) {
        notPlaced.push({ line: lineNo, stated: token.text, reason: 'noMeasure' });
        continue;
      }
      // A table row broken over lines (「取組開始状況 |」 over 「92件 |」): a line of one figure and nothing else is the cell of the
      // label line above it, a line of words and no number.
      const brokenRowLabel = !cellInfo && tokens.length === 1 && i > 0 && onlyFigure(text) && labelLine(lines[i - 1]) ? lines[i - 1] : '';
      const contextKey = `${clause.start}|${rowLabel}|${header}`;
      // Each clause's years, labels and goal read once, not once per number in it.
      let context = clauseContext.get(contextKey);
      if (!context) {
        context = {
          years: yearsOf(goalPeriodsOut(`${header} ${clauseText}`), planEra, years).filter((y) => !y.date),
          labels: cellTerms(rowLabel, header).concat(termsIn(clauseText), brokenRowLabel === '' ? [] : rowLabelTerms(brokenRowLabel)),
          goal: goalIn(rowLabel) ?? goalIn(header) ?? goalIn(clauseText),
        };
        clauseContext.set(contextKey, context);
      }
      const clauseYears = context.years;
      const explicitYear = clauseYears.length === 1 ? clauseYears[0] : null;
      let year: FiscalYear | null = explicitYear?.year ?? (cellInfo ? (stateYear ?? carriedYear) : (sentenceYearAt(token.start) ?? carriedYear));
      // A year the plan does not have: no figure of the plan is of it — but a count of the targets a result is out of
      // (「(平成17年度分17件中)」) that is exactly one of the plan's years' is of that year: the year is what is wrong.
      if (explicitYear && !years.has(explicitYear.year)) {
        const outOfCount = COUNT_UNIT.test(token.unit) && token.decimals === 0 && outOf(text, token);
        if (
          outOfCount &&
          ctx.wrongYear({ i, lineNo, stated: token.text }, explicitYear, summary.achievement.byYear, (r) =>
            [r.evaluated, r.denominatorCount].includes(token.value),
          )
        )
          continue;
        notPlaced.push({ line: lineNo, stated: token.text, reason: 'outsidePlan' });
        continue;
      }
      if (year !== null && !years.has(year)) year = null;
      const stated = token.text;
      // A label written with a number (「5点」 in a plan whose labels are 5点…1点): the label's name, not a figure.
      if (termLabels.has(stated.replace(/\s/g, ''))) continue;
      const isPercent = token.unit === '%';
      const approx = text[token.start - 1] === '約' || /約$/.test(text.slice(Math.max(0, token.start - 3), token.start).replace(/\s/g, ''));
      ctx.tolerance = 0;
      // What the sentence says of the number: its clause and the topic before it (「…財政効果額（実績）は、約36億円」), a bracket's words only for what is in it.
      const scope = cellInfo ? `${rowLabel} ${header}` : scopeOf(text, token.start);
      const scopeText = cellInfo ? `${rowLabel} ${header} ${clauseText}` : scope;
      // Read once per distinct scope of the line, not once per number in it.
      let scopeYears = scopeYearsOf.get(scopeText);
      if (!scopeYears) {
        scopeYears = yearsOf(goalPeriodsOut(scopeText), planEra, years).filter((y) => !y.date);
        scopeYearsOf.set(scopeText, scopeYears);
      }
      // The one year the number's topic names (「…成果は、令和2年度については、370,171,834円」), where its clause names none.
      const topicYear = !cellInfo && !explicitYear && scopeYears.length === 1 && !scopeYears[0].through && !scopeYears[0].from ? scopeYears[0] : null;
      // A sentence's one year (「平成19年度までに…、そのうち136細目を実施し」) holds for its clauses that name none.
      const yearsHere = scopeYears.length > 0 || cellInfo ? scopeYears : found.filter((y) => !y.date);
      const through = yearsHere.find((y) => y.through && years.has(y.year) && !yearsHere.some((f) => f.from && f.year !== summary.years[0]))?.year ?? null;
      // A range that begins before the plan (「平成14年度から平成21年度までの」): figures of another period.
      if (scopeYears.some((y) => y.from && !years.has(y.year))) {
        notPlaced.push({ line: lineNo, stated, reason: 'outsidePlan' });
        continue;
      }
      // The plan's name (「行財政改革推進プラン2013」) and a goal's: words, not figures.
      if (planName !== '' && inName(text, planName, token.start)) continue;
      if (
        goalNames.some((name) => {
          const at = text.indexOf(name);
          return at >= 0 && token.start >= at && token.start < at + name.length;
        })
      )
        continue;
      // A row laid out one cell a line: its count is the first whole number, its share the first %; what follows (増減, a stray cell) is not the label's.
      if (cellInfo && cellInfo.row.cells.length > 0 && cellInfo.row.lines.length + cellInfo.row.cells.length > 0) {
        const cells = cellInfo.row.cells;
        const index = cells.findIndex((c) => c.line === lineNo);
        const firstCount = cells.findIndex((c) => !c.text.includes('%'));
        const firstShare = cells.findIndex((c) => c.text.includes('%'));
        const isTerm = termLabels.has(cellInfo.row.label);
        const oneALine = isTerm && cells.every((c, k) => k === 0 || c.line !== cells[0].line);
        if (oneALine && cells.length > 1 && index !== firstCount && index !== firstShare && !(token.negative || (index === 2 && cells.length === 3))) {
          notPlaced.push({ line: lineNo, stated, reason: 'extraCell' });
          continue;
        }
      }
      // A number inside a name or a description (「具体的取組事項 4」 in a table's 事業名 column): part of the text, not a figure.
      if (cellInfo && token.unit === '' && !isNumeric(cellInfo.text)) continue;
      if (!cellInfo && text.includes('\t')) {
        const cellStart = text.lastIndexOf('\t', token.start - 1) + 1;
        const cellEnd = text.indexOf('\t', token.end);
        const cellText = text.slice(cellStart, cellEnd < 0 ? text.length : cellEnd);
        if (token.unit === '' && !isNumeric(cellText)) continue;
        // A figure in a cell of prose (a 概要 column: 「…割合は、デジタル推進員向け研修で87％…」): the cell's own sentence, not the
        // row's label in another cell, is its context — and a sentence about a survey names no figure of the plan.
        if (!isNumeric(cellText) && (cellText.includes('。') || cellText.length > 40)) {
          notPlaced.push({ line: lineNo, stated: token.text, reason: 'noFigure' });
          continue;
        }
      }
      // A table row of one perspective (「(1) 自律による…」): its figures are that perspective's.
      // A sentence under a perspective's heading (「1.行政の担うべき役割の重点化」 over 「うち、48項目が…実施済み」): that perspective's,
      // where the plan has its results.
      // A sentence that names one perspective of several before the number (「基本項目1 簡素で効率的な行財政運営の推進 ： 14項目中、11項目を
      // 達成」): that perspective's, whatever heading is above.
      const namedPerspective = cellInfo || perspectiveNames.length < 2 ? -1 : perspectiveBefore(token.start);
      const sentencePerspective = namedPerspective >= 0 ? namedPerspective : carriedPerspective;
      const perspectiveRow = cellInfo
        ? summary.achievement.byPerspective.find((p) => p.name !== '' && rowLabel.includes(p.name))
        : sentencePerspective >= 0 &&
            (summary.achievement.byPerspective[sentencePerspective]?.evaluated ?? 0) > 0 &&
            !WHOLE_WORDS.test(sentenceHere(token.start))
          ? summary.achievement.byPerspective[sentencePerspective]
          : undefined;
      const results = perspectiveRow ?? summary.achievement;
      // A table prints every year, those with nothing due too; a sentence speaks of a year with results.
      const resultRowOf = (y: FiscalYear) => results.byYear.find((r) => r.year === y && (cellInfo !== undefined || r.evaluated + r.undetermined > 0));
      const labelHere = context.labels;
      // The words just before the number in its clause (after the number before it): 「計画額7億250万円に対して実績額は7億3,340万円」.
      // (The figure reached after a difference — 「…上回り、31億4,514万7千円となりました」 — reads as the actual.)
      const lead = cellInfo
        ? ''
        : reachedAfterDifference(text, token, tokens[tokenIndex - 1]) || againstTarget(text, token, tokens[tokenIndex - 1])
          ? '実績'
          : keyed(i, tokenIndex, leadOf(text, token, tokens[tokenIndex - 1], clause.start));
      const labelRow = terms.some((t) => t.label === rowLabel);
      goalBeforeFound = undefined;
      const goalFound = cellInfo
        ? (context.goal ??
          tableGoal(cellInfo) ??
          (!labelRow && !ctx.noGoalCell(cellInfo.row, header) && headerFits(header, carriedGoal) ? carriedGoal : undefined))
        : (goalIn(scope) ??
          context.goal ??
          (carriedPerspective >= 0 ? goalIn(withPerspective(scope), true) : undefined) ??
          (blockGoal && termsIn(scope).length === 0 && measureOf(lead) !== null ? blockGoal : undefined) ??
          // A figure under a measure's word in a row laid out one cell a line: the goal the row's label qualifies (「合計」 → …（合計）).
          (rowBlock !== '' && tokenIndex === 0 && i > 0 && keyLine(lines[i - 1]) && measureOf(lead) !== null ? goalIn(rowBlock) : undefined) ??
          // 「…効果額は全体で7億3,340万円、達成率104.4%」: a 達成率 in a sentence that names one goal is that goal's.
          // (as are the plan or the actual just before it: 「…全体で6,100万円となり、目標額6,000万円を…」).
          ((isPercent && /達成率/.test(lead)) || (!isPercent && ['target', 'actual'].includes(measureOf(lead) ?? ''))
            ? goalIn(continued ? `${lines[i - 1]} ${sentenceHere(token.start)}` : sentenceHere(token.start))
            : undefined) ??
          // 「達成率」 of a plan with one goal and no results or label called 達成 to be the rate of: the goal's.
          (isPercent &&
          /達成率/.test(lead) &&
          goals.length === 1 &&
          summary.achievement.evaluated === 0 &&
          !terms.some((t) => t.kind === 'progress' && t.label.startsWith('達成'))
            ? goals[0]
            : undefined) ??
          // 「目標額に対する達成率は110.1%です。」 after a sentence naming one goal and its year (「平成18年度の収支改善額は、目標額…に
          // 対し、達成額は…」): that goal's, of that year.
          (isPercent && /達成率/.test(lead) ? goalBefore(token.start) : undefined));
      if (!cellInfo && goalFound !== undefined && goalFound === goalBeforeFound && !explicitYear && scopeYears.length === 0) {
        const before = yearsOf(goalPeriodsOut(sentenceBefore(token.start)), planEra, years).filter((y) => !y.date && !y.through && !y.from);
        if (before.length === 1) year = before[0].year;
      }
      // A goal the sentence names only by its unqualified words (効果額 for 効果額（全体）) is not a project's sentence's.
      const goal =
        goalFound &&
        !cellInfo &&
        !text.normalize('NFKC').replace(/\s/g, '').includes(goalFound.name.normalize('NFKC').replace(/\s/g, '')) &&
        aboutProject(sentenceHere(token.start))
          ? undefined
          : goalFound;
      const amountLike = !isPercent && !COUNT_UNIT.test(token.unit);
      const n: NumberContext = {
        i,
        lineNo,
        text,
        tokens,
        token,
        tokenIndex,
        stated,
        isPercent,
        approx,
        clause,
        clauseText,
        cellInfo,
        rowLabel,
        header,
        scope,
        scopeYears,
        topicYear,
        explicitYear,
        clauseYears,
        year,
        through,
        labelHere,
        lead,
        goal,
        results,
        resultRowOf,
        perspectiveRow,
        carriedPerspective,
        nonSpaceAt,
        sentenceHere,
        amountLike,
        earlierState,
        term: undefined,
        group: [],
      };
      if (readDifference(ctx, n) || readProjectEffect(ctx, n) || readEffect(ctx, n) || readChange(ctx, n) || readGoalFigure(ctx, n)) continue;
      if (approx) {
        notPlaced.push({ line: lineNo, stated, reason: 'approximation' });
        continue;
      }
      if (readMoneyGoal(ctx, n)) continue;
      Object.assign(n, labelOf(n));
      if (readLabelCount(ctx, n) || readMeaningTotal(ctx, n) || readRate(ctx, n) || readCount(ctx, n)) continue;
      notPlaced.push({ line: lineNo, stated, reason: reasonFor(token, `${header} ${clauseText}`) });
    }
  }

  // The tables checked against themselves: parts adding up to their 合計, a row's parts to its 計 (claimTables.ts).
  checkTables(byTable, { earlier, findings, placed, numbersIn, find });

  findings.sort((a, b) => a.line - b.line);
  return { findings, placed, notPlaced };
}

export type { ClaimFinding, ClaimsResult, NotPlaced, Placed } from './claims/context';
export { labelAbbreviated, type Measure, measureOf, scopeOf } from './claimWords';
export { parseFiscalYear };
