/**
 * A reader of claims, not of headings: each number of the draft with what its
 * line, clause, table row and column say about it — the plan's labels and
 * meanings, goals, years, measure words (進捗率, 割合, 累計, 目標, 合計 …) and
 * the unit — matched against the figures the summary produces; the tables
 * checked against themselves (parts adding to their 合計, a share equal to its
 * count over its denominator). A number whose context fits no figure is "not
 * placed" with the reason, never guessed.
 */
import type { FiscalYear } from '../base/fiscalYear';
import { formatFiscalYear, parseFiscalYear } from '../base/fiscalYear';
import { formatAmount } from '../base/numbers';
import { formatRatio } from '../base/ratio';
import type { GoalSummary, Summary } from '../compute/model';
import { RESULT_MEANINGS, type ResultCode } from '../contract/vocabulary';
import type { NotPlacedReason } from '../words/proofreadWords';
import { planNames, type Term } from './claimNames';
import { checkTables } from './claimTables';
import {
  approxPlace,
  COUNT_OF_ALL,
  COUNT_UNIT,
  DIFFERENCE_AFTER,
  EFFECT_WORDS,
  JOINED,
  labelAbbreviated,
  leadOf,
  MEASURE_WORDS,
  measureOf,
  NUMBERED_HEADING,
  namesOf,
  placesOf,
  RATE_WORDS,
  reasonFor,
  scopeOf,
  sentenceAround,
  sentenceOf,
  TARGET_WORDS,
  TOTAL_LABEL,
  toPlanUnit,
  WHOLE_WORDS,
  wordless,
  YEN,
} from './claimWords';
import { isNumeric, MAX_CLAIM_LINE, type NumberToken, normalizeDraftLine, numbersOf, type Row, tableRows, type YearMention, yearsOf } from './draftText';

export interface ClaimFinding {
  line: number;
  stated: string;
  expected: string;
  label: string;
  kind: 'workbook' | 'arithmetic';
}

export interface Placed {
  line: number;
  stated: string;
  label: string;
}

export interface NotPlaced {
  line: number;
  stated: string;
  reason: NotPlacedReason;
}

export interface ClaimsResult {
  findings: ClaimFinding[];
  placed: Placed[];
  notPlaced: NotPlaced[];
}

export function readClaims(draft: string, summary: Summary): ClaimsResult {
  const rawLines = draft.split(/\r\n|\r|\n/);
  const lines = rawLines.map(normalizeDraftLine);
  /** A year as the draft printed it: 令和元年度, not the 令和1年度 its line was read as. */
  const asPrinted = (index: number, year: string) => {
    const first = year.replace(/^(令和|平成)1年度$/, '$1元年度');
    return first !== year && (rawLines[index] ?? '').normalize('NFKC').replace(/\s/g, '').includes(first) ? first : year;
  };
  const findings: ClaimFinding[] = [];
  const placed: Placed[] = [];
  const notPlaced: NotPlaced[] = [];
  const rounding = summary.plan.rounding;
  const terms: Term[] = [
    ...summary.vocabulary.progress.map((t, index) => ({ label: t.label, names: namesOf(t), meaning: t.meaning, kind: 'progress' as const, index })),
    ...summary.vocabulary.result.map((t, index) => ({ label: t.label, names: namesOf(t), meaning: t.meaning, kind: 'result' as const, index })),
  ];
  const goals = summary.goals;
  // A goal's own unit (点, 人 …) makes a number its figure: 「84点」 in a plan whose goal counts 点.
  const goalUnits = [...new Set(goals.map((g) => g.unit.normalize('NFKC').trim()))].filter((u) => u !== '' && !/^(?:年|月|日|年度|次|期)$/.test(u));
  const numbersIn = (text: string, line: number) => numbersOf(text, line, goalUnits);
  const planEra = summary.plan.startYear !== null ? (/^(令和|平成)/.exec(formatFiscalYear(summary.plan.startYear, 'long'))?.[1] ?? null) : null;
  const years = new Set(summary.years);
  const handled = new Set<string>();
  /** How far an approximate figure (約21億円) may be from the plan's: one unit of its last digit, in the unit compared. */
  let tolerance = 0;
  const key = (line: number, start: number) => `${line}:${start}`;
  const percent = (n: number, d: number, places: number) => {
    const text = formatRatio(n, d, places, rounding).text;
    return { value: Number(text.replace('%', '')), text };
  };
  const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  const progressRow = (y: FiscalYear) => summary.progress.find((p) => p.year === y && p.activities > 0);
  const resultRow = (y: FiscalYear) => summary.achievement.byYear.find((r) => r.year === y && r.evaluated > 0);
  /** The years with activities: a year without any cannot be what a sentence reports. */
  const activeYears = summary.progress.filter((p) => p.activities > 0).map((p) => p.year);

  const foundKeys = new Set<string>();
  const find = (line: number, stated: string, expected: string, label: string, kind: ClaimFinding['kind'] = 'workbook') => {
    if (foundKeys.has(`${line}|${stated}`)) return;
    foundKeys.add(`${line}|${stated}`);
    findings.push({ line, stated, expected, label, kind });
  };

  // The plan's labels, goals and projects as a text names them (claimNames.ts).
  const { termsIn, cellTerms, goalIn, tableGoal, headerFits, aboutProject } = planNames(summary, terms);

  // ---- Self-checks and workbook checks of table rows ----
  const rows = tableRows(lines, [...terms.map((t) => t.label), ...goals.map((g) => g.name.normalize('NFKC'))]);
  const byTable = new Map<number, Row[]>();
  for (const row of rows) {
    const list = byTable.get(row.table) ?? [];
    list.push(row);
    byTable.set(row.table, list);
  }
  // The unit a line's bare numbers are in: the nearest statement of it above (「（単位：百万円）」, 「単位:千円」), until another.
  const unitAt: string[] = [];
  {
    let unit = '';
    for (const text of lines) {
      const m = text.length > MAX_CLAIM_LINE ? null : /単位\s*[:：]\s*(百万円|千円|円|件|㎡)/.exec(text);
      if (m) unit = m[1];
      unitAt.push(unit);
    }
  }
  const unitAbove = (line: number): string => unitAt[line - 1] ?? '';
  const planOrdinal = /第(\d+)次/.exec((summary.plan.name ?? '').normalize('NFKC'))?.[1] ?? null;
  /** Does a text name another plan (第2次 beside the plan's 第3次)? */
  const otherPlan = (text: string) => planOrdinal !== null && [...text.matchAll(/第(\d+)次/g)].some((m) => m[1] !== planOrdinal);
  const ownPlan = (text: string) => planOrdinal !== null && [...text.matchAll(/第(\d+)次/g)].some((m) => m[1] === planOrdinal);
  const perspectiveNames = summary.perspectives.map((p) => p.name);
  const planLength = summary.years.length;
  const termLabels = new Set(terms.map((t) => t.label.replace(/\s/g, '')));
  /** Each result meaning: its words as a table's total column (「未確定 計」) and in a sentence (未確定, not 達成状況). */
  const meaningTotals = Object.entries(RESULT_MEANINGS).map(
    ([code, m]) => [code, m, new RegExp(`${m.ja}\\s*計`), new RegExp(`${m.ja}(?!${MEASURE_WORDS})`)] as const,
  );
  const planName = (summary.plan.name ?? '').normalize('NFKC');
  const goalNames = goals.map((g) => g.name.normalize('NFKC'));
  const inName = (text: string, name: string, at: number) => {
    for (let k = text.indexOf(name); k >= 0; k = text.indexOf(name, k + 1)) if (at >= k && at < k + name.length) return true;
    return false;
  };
  // ---- Each number with its context ----
  let carriedYear: FiscalYear | null = null;
  let stateYear: FiscalYear | null = null;
  // Lines under an earlier state (「参考(H26.3 月末現在の進捗状況)」): their figures need the baseline of that date.
  const earlier: boolean[] = [];
  {
    let before = false;
    for (const text of lines) {
      const state = /現在/.test(text) ? yearsOf(text, planEra, years)[0] : undefined;
      if (state) {
        if (stateYear === null) stateYear = state.year;
        before = state.year < stateYear;
      }
      earlier.push(before);
    }
  }
  const asOfYear = activeYears.length > 0 ? activeYears[activeYears.length - 1] : null;
  // The cells of each line: a number's cell is the one whose text holds it (「5人削減」 holds 5人).
  const cellsOf = new Map<number, { row: Row; header: string; text: string }[]>();
  for (const row of rows)
    for (const cell of row.cells) {
      const list = cellsOf.get(cell.line);
      if (list) list.push({ row, header: cell.header, text: cell.text });
      else cellsOf.set(cell.line, [{ row, header: cell.header, text: cell.text }]);
    }
  const cellOf = (line: number, token: NumberToken) => {
    const cells = cellsOf.get(line) ?? [];
    return cells.find((c) => c.text === token.text) ?? cells.find((c) => numbersIn(c.text, line).some((t) => t.text === token.text));
  };
  let carriedGoal: GoalSummary | undefined;
  /** The goal a heading names, for the lines of its block (to the next blank line): 「効果額」 over 「・5年間目標値：…」. */
  let blockGoal: GoalSummary | undefined;
  /** The perspective a heading above names (its index), or -1. */
  let carriedPerspective = -1;
  const perspectiveOfHeading = (text: string) => {
    const flat = text.replace(/\s/g, '').normalize('NFKC');
    const hits = perspectiveNames.map((n, k) => (n !== '' && flat.includes(n.replace(/\s/g, '').normalize('NFKC')) ? k : -1)).filter((k) => k >= 0);
    return hits.length === 1 ? hits[0] : -1;
  };
  /** A text with the carried perspective's name: a goal qualified by the perspective (「効果額（行政の担うべき役割の重点化）」) is named by 「効果額」 under its heading. */
  const withPerspective = (text: string) => (carriedPerspective >= 0 ? `${text} ${perspectiveNames[carriedPerspective]}` : text);

  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const text = lines[i];
    const found = yearsOf(text, planEra, years);
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
    // A heading that names a goal (「改革の効果額」): the table under it is that goal's — a heading, not a table's header line
    // (its columns name each its own measure) nor a line of figures (「・評価得点・・・84点」 is a figure of the goal, no heading).
    if (heading && !text.includes('\t') && tokens.length === 0) {
      const named = lettered ? goalIn(withPerspective(text), true) : undefined;
      carriedGoal = named ?? carriedGoal;
      blockGoal = named;
    }
    // A line too long to be a sentence or a table row: not read, said once for the line (its first number), not once per number.
    if (text.length > MAX_CLAIM_LINE) {
      const first = /[▲△-]?\d[\d,]*(?:\.\d+)?/.exec(text);
      if (first) notPlaced.push({ line: lineNo, stated: first[0], reason: 'longLine' });
      continue;
    }
    if (tokens.length === 0) continue;
    // Clauses: split at 、 and 。 and the brackets' ends; a number's clause is where its label, year and measure are.
    const clauses: { start: number; end: number }[] = [];
    let from = 0;
    for (let k = 0; k <= text.length; k++) {
      if (k === text.length || text[k] === '、' || text[k] === '。' || (text[k] === ',' && !/\d/.test(text[k + 1] ?? ''))) {
        clauses.push({ start: from, end: k });
        from = k + 1;
      }
    }
    const clauseContext = new Map<
      string,
      { years: ReturnType<typeof yearsOf>; labels: { term: Term; start: number; end: number }[]; goal: GoalSummary | undefined }
    >();
    const scopeYearsOf = new Map<string, YearMention[]>();
    // How many characters other than white space come before each offset: a clause's flat offsets without slicing it again
    // (counted when first needed: most lines never ask).
    let nonSpaceCounts: Int32Array | null = null;
    const nonSpaceAt = (offset: number) => {
      if (nonSpaceCounts === null) {
        nonSpaceCounts = new Int32Array(text.length + 1);
        for (let k = 0; k < text.length; k++) {
          const c = text.charCodeAt(k);
          nonSpaceCounts[k + 1] = nonSpaceCounts[k] + (c === 32 || c === 9 || c === 0x3000 || (c >= 10 && c <= 13) ? 0 : 1);
        }
      }
      return nonSpaceCounts[offset];
    };
    const sentenceYear = found.length > 0 ? found[found.length - 1].year : null;
    const lineWordless = wordless(text);
    // The sentence a number is in (to the 。 either side), each found once per line: a line of many numbers stays linear.
    const sentences = new Map<number, string>();
    const periods: number[] = [];
    for (let k = text.indexOf('。'); k >= 0; k = text.indexOf('。', k + 1)) periods.push(k);
    let period = 0;
    const sentenceHere = (at: number) => {
      // (Numbers come in order: the last 。 before this one is found by moving on from the last, not by searching back.)
      while (period < periods.length && periods[period] < at) period++;
      const start = period > 0 ? periods[period - 1] + 1 : 0;
      let sentence = sentences.get(start);
      if (sentence === undefined) {
        sentence = sentenceOf(text, at);
        sentences.set(start, sentence);
      }
      return sentence;
    };
    for (const [tokenIndex, token] of tokens.entries()) {
      if (handled.has(key(lineNo, -1)) && cellOf(lineNo, token)) continue;
      const clause = clauses.find((c) => token.start >= c.start && token.start <= c.end) ?? { start: 0, end: text.length };
      const clauseText = text.slice(clause.start, clause.end);
      const cellInfo = cellOf(lineNo, token);
      const rowLabel = cellInfo?.row.label ?? '';
      const header = cellInfo?.header ?? '';
      // A bare number on a line (and under a column) that says nothing but years — 「令和2年度 1 2 3」 with no header, no goal
      // above: no measure to place it by, found without reading its context further (a draft of many such rows stays fast).
      if (token.unit === '' && !token.negative && carriedGoal === undefined && lineWordless && wordless(`${header}${rowLabel}`)) {
        notPlaced.push({ line: lineNo, stated: token.text, reason: 'noMeasure' });
        continue;
      }
      const contextKey = `${clause.start}|${rowLabel}|${header}`;
      // Each clause's years, labels and goal read once, not once per number in it.
      let context = clauseContext.get(contextKey);
      if (!context) {
        context = {
          years: yearsOf(`${header} ${clauseText}`, planEra, years).filter((y) => !y.date),
          labels: cellTerms(rowLabel, header).concat(termsIn(clauseText)),
          goal: goalIn(rowLabel) ?? goalIn(header) ?? goalIn(clauseText),
        };
        clauseContext.set(contextKey, context);
      }
      const clauseYears = context.years;
      const explicitYear = clauseYears.length === 1 ? clauseYears[0] : null;
      let year: FiscalYear | null = explicitYear?.year ?? (cellInfo ? (stateYear ?? carriedYear) : (sentenceYear ?? carriedYear));
      // A year the plan does not have: no figure of the plan is of it.
      if (explicitYear && !years.has(explicitYear.year)) {
        notPlaced.push({ line: lineNo, stated: token.text, reason: 'outsidePlan' });
        continue;
      }
      if (year !== null && !years.has(year)) year = null;
      const stated = token.text;
      // A label written with a number (「5点」 in a plan whose labels are 5点…1点): the label's name, not a figure.
      if (termLabels.has(stated.replace(/\s/g, ''))) continue;
      const isPercent = token.unit === '%';
      const approx = text[token.start - 1] === '約' || /約$/.test(text.slice(Math.max(0, token.start - 3), token.start).replace(/\s/g, ''));
      tolerance = 0;
      // What the sentence says of the number: its clause and the topic before it (「…財政効果額（実績）は、約36億円」), a bracket's words only for what is in it.
      const scope = cellInfo ? `${rowLabel} ${header}` : scopeOf(text, token.start);
      const scopeText = cellInfo ? `${rowLabel} ${header} ${clauseText}` : scope;
      // Read once per distinct scope of the line, not once per number in it.
      let scopeYears = scopeYearsOf.get(scopeText);
      if (!scopeYears) {
        scopeYears = yearsOf(scopeText, planEra, years).filter((y) => !y.date);
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
      const perspectiveRow = cellInfo
        ? summary.achievement.byPerspective.find((p) => p.name !== '' && rowLabel.includes(p.name))
        : carriedPerspective >= 0 && (summary.achievement.byPerspective[carriedPerspective]?.evaluated ?? 0) > 0 && !WHOLE_WORDS.test(sentenceHere(token.start))
          ? summary.achievement.byPerspective[carriedPerspective]
          : undefined;
      const results = perspectiveRow ?? summary.achievement;
      // A table prints every year, those with nothing due too; a sentence speaks of a year with results.
      const resultRowOf = (y: FiscalYear) => results.byYear.find((r) => r.year === y && (cellInfo !== undefined || r.evaluated + r.undetermined > 0));
      const labelHere = context.labels;
      // The words just before the number in its clause (after the number before it): 「計画額7億250万円に対して実績額は7億3,340万円」.
      const lead = cellInfo ? '' : leadOf(text, token, tokens[tokenIndex - 1], clause.start);
      const labelRow = terms.some((t) => t.label === rowLabel);
      const goalFound = cellInfo
        ? (context.goal ?? tableGoal(cellInfo) ?? (!labelRow && headerFits(header, carriedGoal) ? carriedGoal : undefined))
        : (goalIn(scope) ??
          context.goal ??
          (carriedPerspective >= 0 ? goalIn(withPerspective(scope), true) : undefined) ??
          (blockGoal && labelHere.length === 0 && measureOf(lead) !== null ? blockGoal : undefined) ??
          // 「…効果額は全体で7億3,340万円、達成率104.4%」: a 達成率 in a sentence that names one goal is that goal's.
          // (as are the plan or the actual just before it: 「…全体で6,100万円となり、目標額6,000万円を…」).
          ((isPercent && /達成率/.test(lead)) || (!isPercent && ['target', 'actual'].includes(measureOf(lead) ?? ''))
            ? goalIn(sentenceHere(token.start))
            : undefined) ??
          // 「達成率」 of a plan with one goal and no results or label called 達成 to be the rate of: the goal's.
          (isPercent &&
          /達成率/.test(lead) &&
          goals.length === 1 &&
          summary.achievement.evaluated === 0 &&
          !terms.some((t) => t.kind === 'progress' && t.label.startsWith('達成'))
            ? goals[0]
            : undefined));
      // A goal the sentence names only by its unqualified words (効果額 for 効果額（全体）) is not a project's sentence's.
      const goal =
        goalFound &&
        !cellInfo &&
        !text.normalize('NFKC').replace(/\s/g, '').includes(goalFound.name.normalize('NFKC').replace(/\s/g, '')) &&
        aboutProject(sentenceHere(token.start))
          ? undefined
          : goalFound;
      if (earlierState && !explicitYear) {
        notPlaced.push({ line: lineNo, stated, reason: 'earlierState' });
        continue;
      }
      // A forecast, a revised figure or a difference between two (見込み, 実績反映後, 差額): not a figure the summary has.
      const amountLike = !isPercent && !COUNT_UNIT.test(token.unit);
      if (amountLike && (/差額|マイナス/.test(`${rowLabel}`) || (!cellInfo && /差額/.test(scope)))) {
        notPlaced.push({ line: lineNo, stated, reason: 'difference' });
        continue;
      }
      // 「実績額が計画額を3,090万円上回り」「4,920万円の効果額の増」: by how much one figure exceeds another.
      if (amountLike && !cellInfo && DIFFERENCE_AFTER.test(text.slice(token.end, clause.end))) {
        notPlaced.push({ line: lineNo, stated, reason: 'difference' });
        continue;
      }
      // A column of differences (差 b−a, 増減) or a sentence's 「差」 just before the number: not a figure the summary has.
      if (goal && measureOf(cellInfo ? header : lead) === 'difference' && !isPercent) {
        notPlaced.push({ line: lineNo, stated, reason: 'difference' });
        continue;
      }
      if (amountLike && /見込|反映後|見直し後|改定後|修正後/.test(cellInfo ? rowLabel : scope)) {
        notPlaced.push({ line: lineNo, stated, reason: 'forecast' });
        continue;
      }
      // ---- An effect amount (効果額): of a year, a perspective or the plan ----
      // The unit printed with the number, else its column's (財政的効果（円）), else the nearest 「単位：」 above.
      const headerUnit = /[(（](億円|百万円|千円|万円|円)[)）]/.exec(header.normalize('NFKC'))?.[1] ?? '';
      const moneyUnit = token.unit === '' ? headerUnit || unitAbove(lineNo) : token.unit;
      if (summary.keeps.effects && !isPercent && !goal && toPlanUnit(token, summary.effects.unitLabel, moneyUnit) !== null) {
        const effect = EFFECT_WORDS.test(cellInfo ? rowLabel : scope);
        const perspectiveIndex = cellInfo ? labelAbbreviated(rowLabel, perspectiveNames) : perspectiveNames.findIndex((n) => scope.includes(n));
        // A column of effects (財政的効果（円）) in a row of no label, of a year (平成28年度) or of the 合計.
        const rowOfYearOrTotal =
          rowLabel === '' || TOTAL_LABEL.test(rowLabel.replace(/\s/g, '')) || (yearsOf(rowLabel, planEra, years).length === 1 && wordless(rowLabel));
        const underHeading = cellInfo && rowOfYearOrTotal && EFFECT_WORDS.test(header);
        // A target (「…の財政効果を目標に」) is the goal's, not an effect.
        if ((effect || perspectiveIndex >= 0 || underHeading) && !/目標|計画額/.test(cellInfo ? rowLabel : scope)) {
          const tableHeader = cellInfo ? cellInfo.row.cells.map((c) => c.header).join(' ') : '';
          if (otherPlan(cellInfo ? header : scope) || (cellInfo && !ownPlan(header) && otherPlan(tableHeader))) {
            notPlaced.push({ line: lineNo, stated, reason: 'otherPlan' });
            continue;
          }
          const series = perspectiveIndex >= 0 && !effect ? summary.effects.byPerspective[perspectiveIndex] : summary.effects;
          const name = perspectiveIndex >= 0 && !effect ? perspectiveNames[perspectiveIndex] : '効果額';
          const cellYear = cellInfo
            ? (yearsOf(header, planEra, years)[0]?.year ?? (underHeading ? (yearsOf(rowLabel, planEra, years)[0]?.year ?? null) : null))
            : null;
          const whole =
            (cellInfo
              ? /(?<!累)計$|合計/.test(header) || (underHeading && TOTAL_LABEL.test(rowLabel.replace(/\s/g, '')))
              : /合計|累計|総額|計画期間|全体/.test(scope)) || new RegExp(`(?:^|[^\\d])${planLength}年間`).test(scope);
          let expected: number | null = null;
          let what = name;
          if (through !== null) {
            expected = series.byYear.filter((b) => b.year <= through).reduce((t, b) => t + b.amount, 0);
            what = `${name} ${formatFiscalYear(through, 'long')}まで`;
          } else if (cellYear !== null || (!cellInfo && (explicitYear || topicYear))) {
            const y = cellYear ?? explicitYear?.year ?? topicYear?.year ?? null;
            expected = series.byYear.find((b) => b.year === y)?.amount ?? null;
            what = `${name} ${y === null ? '' : formatFiscalYear(y, 'long')}`;
          } else if (whole) expected = series.total;
          if (expected !== null) {
            const value = toPlanUnit(token, summary.effects.unitLabel, moneyUnit) ?? token.value;
            const sign = token.negative ? (/^[▲△]/.exec(stated.trim())?.[0] ?? '△') : '';
            if (token.negative && !/削減|減/.test(`${rowLabel}${scope}`)) {
              notPlaced.push({ line: lineNo, stated, reason: 'difference' });
              continue;
            }
            if (approx) tolerance = approxPlace(token) / (YEN[summary.effects.unitLabel] ?? 1);
            const unitText = token.unit === '' ? '' : summary.effects.unitLabel;
            check(lineNo, stated, value, expected, `${approx ? '約' : ''}${sign}${formatAmount(expected, summary.effects.decimals)}${unitText}`, what);
            continue;
          }
        }
      }
      if (token.negative || /増減/.test(header)) {
        const term = labelHere[0]?.term;
        if (term?.kind === 'progress' && year !== null && cellInfo && cellInfo.row.cells.length === 3) {
          const now = progressRow(year)?.labels[term.index].count;
          const before = summary.progress.find((p) => p.year === year - 1)?.labels[term.index].count;
          if (now !== undefined && before !== undefined) {
            const diff = now - before;
            const value = token.negative ? -token.value : token.value;
            if (diff !== value) find(lineNo, stated, diff < 0 ? `▲${-diff}` : String(diff), `${term.label} 増減`);
            else placed.push({ line: lineNo, stated, label: `${term.label} 増減` });
            continue;
          }
        }
        notPlaced.push({ line: lineNo, stated, reason: 'difference' });
        continue;
      }
      // ---- A goal's figure ----
      const unitLike = token.unit === '' ? unitAbove(lineNo) : token.unit;
      if (goal && (!isPercent || RATE_WORDS.test(`${rowLabel}${header}${clauseText}${lead}`))) {
        const g = goal;
        if (TARGET_WORDS.test(clauseText)) {
          notPlaced.push({ line: lineNo, stated, reason: 'target' });
          continue;
        }
        // A row of cumulatives in brackets ((累計額) under each year): a continuing effect the summary does not have.
        if (/累計/.test(rowLabel) && /^[(（]/.test(rowLabel)) {
          notPlaced.push({ line: lineNo, stated, reason: 'cumulativeByYear' });
          continue;
        }
        const money = toPlanUnit(token, g.unit, unitLike);
        const value = money ?? token.value;
        if (approx && money !== null) tolerance = approxPlace(token) / (YEN[g.unit] ?? 1);
        else if (approx) {
          notPlaced.push({ line: lineNo, stated, reason: 'approximation' });
          continue;
        }
        const fmt = (v: number) => (token.unit === '円' ? `${formatAmount(v, placesOf(v))}${g.unit}` : formatAmount(v, token.decimals));
        // ---- The measure its column's header or the words just before it name (計画額 | 実績額 | 達成率 | 累計) ----
        // (A row that names the measure itself — iwaki's 計画額 / 実績額 rows under year columns — is read below.)
        const measure = cellInfo && measureOf(rowLabel) !== null ? null : measureOf(cellInfo ? header : lead);
        if (measure !== null && measure !== 'difference' && !(cellInfo && /\d+年度/.test(header)) && through === null) {
          // The year named beside it, in its clause or the topic before it (「令和元年度の達成率は、70%」).
          const namedYear = explicitYear ?? (!cellInfo && scopeYears.length === 1 ? scopeYears[0] : null);
          const placedYear = namedYear?.year ?? null;
          const hasYear = (y: FiscalYear | null) => y !== null && g.byYear.some((b) => b.year === y && (b.actual !== null || b.target !== null));
          // The year named beside it, else the year of the heading above when the goal has figures of it.
          const y = placedYear ?? (hasYear(year) ? year : null);
          const of = y === null ? undefined : g.byYear.find((b) => b.year === y);
          // Each reading the words allow, the most specific first: a figure that fits any of them is right; one that fits none is
          // reported against the first. (A year's plan and the goal's 目標値 are one figure in a plan of one year.)
          const readings: { value: number; text: string; what: string }[] = [];
          const yearText = y === null ? '' : ` ${formatFiscalYear(y, 'long')}`;
          if (isPercent && measure === 'rate') {
            if (of && of.actual !== null && of.target !== null && of.target !== 0) {
              const r = percent(of.actual, of.target, token.decimals);
              readings.push({ value: r.value, text: r.text, what: `${g.name}${yearText} 達成率` });
            }
            if (placedYear === null && g.target !== 0) {
              const r = percent(g.cumulative, g.target, token.decimals);
              readings.push({ value: r.value, text: r.text, what: `${g.name} 進捗率` });
            }
          } else if (!isPercent && measure === 'target') {
            if (of?.target !== null && of?.target !== undefined)
              readings.push({ value: of.target, text: fmt(of.target), what: `${g.name}${yearText} 年度目標` });
            if (placedYear === null) readings.push({ value: g.target, text: fmt(g.target), what: `${g.name} 目標値` });
          } else if (!isPercent && measure === 'actual') {
            if (of?.actual !== null && of?.actual !== undefined) readings.push({ value: of.actual, text: fmt(of.actual), what: `${g.name}${yearText} 実績` });
            if (placedYear === null) readings.push({ value: g.cumulative, text: fmt(g.cumulative), what: `${g.name} 累計` });
          } else if (!isPercent && measure === 'cumulative' && placedYear === null) {
            readings.push({ value: g.cumulative, text: fmt(g.cumulative), what: `${g.name} 累計` });
          }
          // A plan that rates its activities too: their 進捗率 of the year is what some reports call 達成率 — right, never the one reported.
          const activitiesOf = isPercent && readings.length > 0 ? progressRow(y ?? asOfYear ?? 0) : undefined;
          if (activitiesOf) {
            const r = percent(activitiesOf.progressing, activitiesOf.activities, token.decimals);
            readings.push({ value: r.value, text: r.text, what: '進捗率' });
          }
          if (readings.length > 0) {
            const fits = readings.find((r) => closeTo(isPercent ? token.value : value, r.value));
            if (fits) placed.push({ line: lineNo, stated, label: fits.what });
            else if (isPercent && namedYear && otherYearOf(g, token, namedYear.year) !== null) {
              // The rate of another year, under a wrong year (「令和元年度の達成率は70%」, 70% being 令和2年度's): the year is wrong.
              const other = otherYearOf(g, token, namedYear.year) as FiscalYear;
              find(lineNo, asPrinted(i, namedYear.text), formatFiscalYear(other, 'long'), `${stated} の年度`);
            } else find(lineNo, stated, readings[0].text, readings[0].what);
            continue;
          }
        }
        if (isPercent) {
          if (/(?:\d+年度)/.test(header) && !/累計|計$/.test(header)) {
            // A year's 達成率: the workbook's actual over the year's target printed in the same column (計画額).
            const y = yearsOf(header, planEra, years)[0]?.year;
            const table = cellInfo?.row.table;
            const planCell = rows.find((r) => r.table === table && /計画|目標/.test(r.label))?.cells.find((c) => c.header === header);
            const planValue = planCell ? numbersIn(planCell.text, planCell.line)[0] : undefined;
            const a = y === undefined ? null : (g.byYear.find((b) => b.year === y)?.actual ?? null);
            if (planValue && a !== null && !foundKeys.has(`${planValue.line}|${planValue.text}`)) {
              const expected = percent(a, planValue.value, token.decimals);
              check(lineNo, stated, token.value, expected.value, expected.text, `${g.name} ${header} 達成率`);
              continue;
            }
            notPlaced.push({ line: lineNo, stated, reason: 'yearlyRate' });
            continue;
          }
          const expected = percent(g.cumulative, g.target, token.decimals);
          check(lineNo, stated, token.value, expected.value, expected.text, `${g.name} 進捗率`);
          continue;
        }
        const yearOfCell = yearsOf(header, planEra, years)[0]?.year ?? explicitYear?.year ?? null;
        const actual = (y: FiscalYear | null) => (y === null ? undefined : (g.byYear.find((b) => b.year === y)?.actual ?? undefined));
        const targetsTo = (y: FiscalYear) => {
          const upTo = g.byYear.filter((b) => b.year <= y);
          return upTo.every((b) => b.target !== null) ? upTo.reduce((t, b) => t + (b.target ?? 0), 0) : null;
        };
        const actualsTo = (y: FiscalYear) => g.byYear.filter((b) => b.year <= y).reduce((t, b) => t + (b.actual ?? 0), 0);
        // 「平成19年度までの実績」「平成19年までの目標」: the sum of the years up to it.
        if (through !== null && !isPercent) {
          const isTarget = /目標|計画/.test(cellInfo ? rowLabel : scope) && !/実績/.test(cellInfo ? rowLabel : scope);
          const expected = isTarget ? targetsTo(through) : actualsTo(through);
          if (expected !== null) {
            check(lineNo, stated, value, expected, fmt(expected), `${g.name} ${formatFiscalYear(through, 'long')}まで${isTarget ? 'の目標' : 'の実績'}`);
            continue;
          }
          // Up to the plan's last year: the whole plan's 目標値 (「平成18年度から平成22年度までの5年間に…効果額…を目標に」).
          if (isTarget && through === summary.years[summary.years.length - 1]) {
            check(lineNo, stated, value, g.target, fmt(g.target), `${g.name} 目標値`);
            continue;
          }
          notPlaced.push({ line: lineNo, stated, reason: 'yearlyTarget' });
          continue;
        }
        // A row of the goal's targets (計画額, 目標額): a year's column holds that year's 年度目標, the 計 column the goal's 目標値.
        if (/計画|目標/.test(rowLabel) && !/実績/.test(rowLabel)) {
          if (yearOfCell === null && !/\d+年度/.test(header)) {
            check(lineNo, stated, value, g.target, fmt(g.target), `${g.name} 目標値`);
            continue;
          }
          if (yearOfCell !== null) {
            const t = g.byYear.find((b) => b.year === yearOfCell)?.target;
            if (t !== null && t !== undefined) {
              check(lineNo, stated, value, t, fmt(t), `${g.name} ${formatFiscalYear(yearOfCell, 'long')} 年度目標`);
              continue;
            }
          } else if (/計$|合計/.test(header)) {
            check(lineNo, stated, value, g.target, fmt(g.target), `${g.name} 目標値`);
            continue;
          }
        }
        if (/累計|計$|合計/.test(`${header}`) || (/累計/.test(clauseText) && !explicitYear)) {
          check(lineNo, stated, value, g.cumulative, fmt(g.cumulative), `${g.name} 累計`);
          continue;
        }
        if (/目標/.test(`${header}${clauseText}`) && !/実績/.test(header) && yearOfCell === null) {
          check(lineNo, stated, value, g.target, fmt(g.target), `${g.name} 目標値`);
          continue;
        }
        if (/計画/.test(rowLabel)) {
          notPlaced.push({ line: lineNo, stated, reason: 'yearlyTarget' });
          continue;
        }
        // A goal named beside a number with no measure (「合計評価得点は、84点」): its actual of the year named, or of the year of
        // the heading above when the goal has one then.
        const carried = !cellInfo && year !== null && g.byYear.some((b) => b.year === year && b.actual !== null) ? year : null;
        const a = actual(yearOfCell ?? carried ?? (/実績/.test(`${rowLabel}${header}`) ? (asOfYear ?? null) : null));
        // (The year only carried from a heading: the cumulative is as likely what the sentence means, and is right too.)
        if (a !== undefined && yearOfCell === null && carried !== null && closeTo(value, g.cumulative)) {
          placed.push({ line: lineNo, stated, label: `${g.name} 累計` });
          continue;
        }
        if (a !== undefined) {
          check(lineNo, stated, value, a, fmt(a), `${g.name} 実績`);
          continue;
        }
        notPlaced.push({ line: lineNo, stated, reason: 'goalNoMeasure' });
        continue;
      }
      if (approx) {
        notPlaced.push({ line: lineNo, stated, reason: 'approximation' });
        continue;
      }
      // A single money goal and a money amount: 「総額…の財政効果を目標に」 / 「累計は…」 / 「進捗率は…%」.
      const moneyGoals = goals.filter((g) => ['円', '千円', '百万円'].includes(g.unit));
      if (!cellInfo && moneyGoals.length === 1 && (token.unit.endsWith('円') || isPercent)) {
        const g = moneyGoals[0];
        const sentence = text;
        const money = toPlanUnit(token, g.unit, g.unit);
        const fmt = (v: number) => `${formatAmount(v, 0)}${g.unit}`;
        if (isPercent && RATE_WORDS.test(clauseText) && /目標|累計/.test(sentence)) {
          const expected = percent(g.cumulative, g.target, token.decimals);
          check(lineNo, stated, token.value, expected.value, expected.text, `${g.name} 進捗率`);
          continue;
        }
        if (money !== null && /目標/.test(clauseText) && !explicitYear) {
          check(lineNo, stated, money, g.target, fmt(g.target), `${g.name} 目標値`);
          continue;
        }
        if (money !== null && /累計|合計/.test(clauseText) && !explicitYear) {
          check(lineNo, stated, money, g.cumulative, fmt(g.cumulative), `${g.name} 累計`);
          continue;
        }
        if (money !== null && explicitYear) {
          const a = g.byYear.find((b) => b.year === explicitYear.year)?.actual;
          if (a !== null && a !== undefined) {
            check(lineNo, stated, money, a, fmt(a), `${g.name} ${explicitYear.text}`);
            continue;
          }
        }
      }
      // ---- A label's count or share ----
      // The nearest label with no other count between it and the number (「実施した項目39件 …項目91件」: 91 is not 実施's).
      const flatStart = (offset: number) => nonSpaceAt(offset) - nonSpaceAt(clause.start);
      const here = flatStart(token.start);
      const between = (x: { start: number }) =>
        tokens.some(
          (t) =>
            t !== token &&
            t.unit !== '%' &&
            t.start >= clause.start &&
            t.end <= clause.end &&
            ((flatStart(t.start) > x.start && flatStart(t.start) < here) || (flatStart(t.start) < x.start && flatStart(t.start) > here)),
        );
      const inClause = cellInfo ? labelHere : labelHere.filter((x) => !between(x));
      const nearest = inClause.length > 0 ? inClause.reduce((best, x) => (Math.abs(x.start - here) < Math.abs(best.start - here) ? x : best)) : undefined;
      const term = nearest?.term;
      // Labels named together (「完了及び順調のものは43件」): the number is their sum.
      const group: Term[] = [];
      if (nearest && term && !cellInfo) {
        const flat = clauseText.replace(/\s/g, '');
        const sorted = [...inClause].sort((a, b) => a.start - b.start);
        let k = sorted.indexOf(nearest);
        let lo = k;
        while (lo > 0 && JOINED.test(flat.slice(sorted[lo - 1].end, sorted[lo].start)) && sorted[lo - 1].term.kind === term.kind) lo--;
        k = sorted.indexOf(nearest);
        let hi = k;
        while (hi < sorted.length - 1 && JOINED.test(flat.slice(sorted[hi].end, sorted[hi + 1].start)) && sorted[hi + 1].term.kind === term.kind) hi++;
        for (let j = lo; j <= hi; j++) if (!group.includes(sorted[j].term)) group.push(sorted[j].term);
      }
      if (term && group.length === 0) group.push(term);
      const countOf = (labels: { count: number }[]) => group.reduce((t, g) => t + labels[g.index].count, 0);
      if (
        term &&
        (isPercent || /^(?:事業|項目|件|細目|)$/.test(token.unit)) &&
        !(isPercent && TARGET_WORDS.test(clauseText)) &&
        !(isPercent && RATE_WORDS.test(clauseText) && term.kind === 'progress' && !cellInfo)
      ) {
        const useYear = term.kind === 'progress' ? (year !== null && progressRow(year) ? year : (asOfYear ?? null)) : year;
        const counts: { value: number; text: string }[] = [];
        if (term.kind === 'progress') {
          const p = useYear === null ? undefined : progressRow(useYear);
          if (p)
            counts.push(isPercent ? percent(countOf(p.labels), p.activities, token.decimals) : { value: countOf(p.labels), text: String(countOf(p.labels)) });
        } else {
          const a = results;
          // 「平成19年度までに…そのうち136細目を実施」: the targets due up to that year.
          const upTo = (y: FiscalYear) => {
            const due = a.byYear.filter((r) => r.year <= y);
            return {
              evaluated: due.reduce((t, r) => t + r.evaluated, 0),
              labels: a.labels.map((_, k) => ({ count: due.reduce((t, r) => t + r.labels[k].count, 0) })),
            };
          };
          const rows =
            through !== null
              ? [upTo(through)]
              : [...(year !== null && resultRowOf(year) ? [resultRowOf(year)] : []), { evaluated: a.evaluated, labels: a.labels }];
          for (const r of rows)
            if (r && (r.evaluated > 0 || (cellInfo && !isPercent)))
              counts.push(isPercent ? percent(countOf(r.labels), r.evaluated, token.decimals) : { value: countOf(r.labels), text: String(countOf(r.labels)) });
        }
        if (counts.length > 0) {
          const label = `${group.map((t) => t.label).join('+')}${isPercent ? ' 割合' : ''}`;
          if (counts.some((c) => same(c.value, token.value))) placed.push({ line: lineNo, stated, label });
          else find(lineNo, stated, `${counts[0].text}${isPercent ? '' : token.unit}`, label);
          continue;
        }
      }
      // A meaning shared by several labels (「目標を達成」した事業数は47事業、…（87%）): the meaning's total.
      if (!term && (isPercent || COUNT_UNIT.test(token.unit))) {
        const sentence = sentenceAround(lines, i);
        const meanings = [...new Set(terms.filter((t) => t.kind === 'result').map((t) => t.meaning))].filter(
          (m) => terms.filter((t) => t.kind === 'result' && t.meaning === m).length >= 2,
        );
        const meaning = meanings.find((m) => {
          const word = RESULT_MEANINGS[m as ResultCode]?.ja ?? m;
          return sentence.includes(`目標を${word}`) || sentence.includes(`${word}した`);
        });
        if (meaning && summary.achievement.evaluated > 0) {
          const total = summary.achievement.labels.filter((l) => l.meaning === meaning).reduce((s, l) => s + l.count, 0);
          const expected = isPercent ? percent(total, summary.achievement.evaluated, token.decimals) : { value: total, text: `${total}${token.unit}` };
          if (!isPercent || /全体|割合|占め/.test(clauseText)) {
            check(lineNo, stated, token.value, expected.value, expected.text, `${meaning} 計`);
            continue;
          }
        }
      }
      // ---- A rate (進捗率 / 実施率 / 達成率) of the activities ----
      // 達成率 is the activities' rate only where a progress label is called 達成 (多摩市); elsewhere it is the achievement's.
      const rateWord = RATE_WORDS.exec(clauseText)?.[0];
      const activitiesRate = rateWord !== undefined && (rateWord !== '達成率' || terms.some((t) => t.kind === 'progress' && t.label === '達成'));
      const unreadYear = /\d年度/.test(clauseText) && clauseYears.length === 0;
      if (isPercent && activitiesRate && !unreadYear && !TARGET_WORDS.test(clauseText) && !/目標/.test(clauseText)) {
        const useYear = year !== null && progressRow(year) ? year : asOfYear;
        const p = useYear === null ? undefined : progressRow(useYear);
        if (p) {
          const expected = percent(p.progressing, p.activities, token.decimals);
          check(lineNo, stated, token.value, expected.value, expected.text, '進捗率');
          continue;
        }
      }
      // ---- A rate named by a result label's words (実施率 of 「実施済み」 where no activities are rated): that label's share ----
      const stemmed = /(\p{Script=Han}{2,4})率/u.exec(clauseText)?.[1];
      if (isPercent && stemmed !== undefined && !term && !TARGET_WORDS.test(clauseText) && !/目標/.test(clauseText)) {
        // The rate's words (完了率, 計画実施率): the longest of their endings that begins exactly one result label's name.
        let named: Term[] = [];
        for (let k = stemmed.length; k >= 2 && named.length !== 1; k--) {
          const stem = stemmed.slice(stemmed.length - k);
          named = terms.filter((t) => t.kind === 'result' && t.label.replace(/\s/g, '').startsWith(stem));
        }
        const r = explicitYear && resultRowOf(explicitYear.year) ? resultRowOf(explicitYear.year) : results;
        const denominator = r ? r.denominatorCount || r.evaluated : 0;
        if (named.length === 1 && r && denominator > 0) {
          const expected = percent(r.labels[named[0].index].count, denominator, token.decimals);
          check(lineNo, stated, token.value, expected.value, expected.text, `${named[0].label} 割合`);
          continue;
        }
      }
      // ---- The count of a perspective's targets under its heading (「計画する取り組み：49項目」) ----
      if (
        !term &&
        !isPercent &&
        !cellInfo &&
        perspectiveRow &&
        COUNT_UNIT.test(token.unit) &&
        COUNT_OF_ALL.test(lead) &&
        !/実施し|達成し|完了/.test(clauseText)
      ) {
        const projects = summary.perspectives[carriedPerspective]?.projectsTotal ?? 0;
        const candidates = [...new Set([perspectiveRow.evaluated, projects].filter((n) => n > 0))];
        if (candidates.includes(token.value)) {
          placed.push({ line: lineNo, stated, label: `${perspectiveRow.name} 件数` });
          continue;
        }
        if (candidates.length === 1) {
          find(lineNo, stated, `${candidates[0]}${token.unit}`, `${perspectiveRow.name} 件数`);
          continue;
        }
      }
      // ---- A meaning no label is called by (「このほか12件は達成状況が未確定のため」): the count of its labels ----
      if (!term && !isPercent && COUNT_UNIT.test(token.unit)) {
        const flatScope = scope.replace(/\s/g, '');
        const named = meaningTotals.find(([, m, , word]) => !terms.some((t) => t.label === m.ja) && word.test(flatScope));
        const share = named ? results.meanings.find((m) => m.meaning === named[0]) : undefined;
        if (named && share) {
          check(lineNo, stated, token.value, share.count, `${share.count}${token.unit}`, `${named[1].ja} 計`);
          continue;
        }
      }
      // ---- A table's count of all the targets (評価数, 合計数) or of one meaning (未確定 計) ----
      if (cellInfo && !term && (isPercent || token.unit === '' || COUNT_UNIT.test(token.unit))) {
        const table = year !== null && cellInfo && yearsOf(clauseText, planEra, years).length > 0 ? resultRowOf(year) : results;
        const meaning = meaningTotals.find(([, , total]) => total.test(header));
        if (table && meaning) {
          const share = table.meanings.find((m) => m.meaning === meaning[0]);
          if (share && isPercent) {
            const expected = share.share === null ? null : percent(share.count, table.denominatorCount, token.decimals);
            if (expected) {
              check(lineNo, stated, token.value, expected.value, expected.text, `${meaning[1].ja} 計 割合`);
              continue;
            }
          } else if (share) {
            check(lineNo, stated, token.value, share.count, String(share.count), `${meaning[1].ja} 計`);
            continue;
          }
        }
        if (table && !isPercent && /評価数|合計数|事項数|分母/.test(header)) {
          const fits = [table.evaluated, table.denominatorCount].includes(token.value);
          check(lineNo, stated, fits ? token.value : token.value + 0.5, table.denominatorCount, String(table.denominatorCount), header);
          continue;
        }
      }
      // ---- A count with a year named beside it: the activities, projects or targets of that year ----
      if (explicitYear && COUNT_UNIT.test(token.unit) && !term) {
        // The measure the clause names narrows the figure: 達成するべき事項 / 評価 are the targets, 取組活動 the activities.
        const targets = /達成するべき|評価|達成状況/.test(clauseText);
        const activities = /取組活動|着手|実施/.test(clauseText);
        const of = (y: FiscalYear) =>
          [
            targets ? undefined : summary.progress.find((p) => p.year === y)?.activities,
            targets || activities ? undefined : summary.progress.find((p) => p.year === y)?.projects,
            activities && !targets ? undefined : summary.achievement.byYear.find((r) => r.year === y)?.evaluated,
          ].filter((v): v is number => v !== undefined && v > 0);
        if (of(explicitYear.year).includes(token.value)) {
          placed.push({ line: lineNo, stated, label: explicitYear.text });
          continue;
        }
        const others = summary.years.filter((y) => y !== explicitYear.year && of(y).includes(token.value));
        if (others.length === 1 && of(explicitYear.year).length === 0) {
          find(lineNo, explicitYear.text, formatFiscalYear(others[0], 'long'), `${stated} の年度`);
          continue;
        }
      }
      // ---- What the shares are divided by, the count right after its words (「全事項25件のうち」「達成状況を評価した54件のうち」):
      // the plan's denominator under 全事項, the evaluated targets otherwise ----
      const denominatorWord = /(全事項|評価した)$/.exec(text.slice(clause.start, token.start));
      if (!isPercent && !term && !explicitYear && COUNT_UNIT.test(token.unit) && denominatorWord) {
        const a = summary.achievement;
        const expected = denominatorWord[1] === '全事項' && a.denominator === 'all' ? a.denominatorCount : a.evaluated;
        check(lineNo, stated, token.value, expected, `${expected}${token.unit}`, '割合の分母');
        continue;
      }
      // ---- A share next to its count (N件（P%）): P = N / a denominator the plan has ----
      if (isPercent && !TARGET_WORDS.test(clauseText)) {
        const before = tokens.filter((t) => t.end <= token.start && token.start - t.end <= 3 && COUNT_UNIT.test(t.unit));
        const count = before[before.length - 1];
        if (count) {
          const denominators = new Set<number>(
            [
              summary.achievement.evaluated,
              summary.achievement.denominatorCount,
              ...summary.achievement.byYear.map((r) => r.evaluated),
              ...summary.progress.map((p) => p.activities),
            ].filter((d) => d > 0),
          );
          const fits = [...denominators].some((d) => same(percent(count.value, d, token.decimals).value, token.value));
          if (fits) placed.push({ line: lineNo, stated, label: '割合' });
          else {
            const d =
              year !== null && resultRow(year)
                ? resultRow(year)?.evaluated
                : summary.achievement.evaluated > 0
                  ? summary.achievement.evaluated
                  : progressRow(asOfYear ?? 0)?.activities;
            if (d) find(lineNo, stated, percent(count.value, d, token.decimals).text, `${count.text} の割合`, 'arithmetic');
          }
          continue;
        }
      }
      notPlaced.push({ line: lineNo, stated, reason: reasonFor(token, `${header} ${clauseText}`) });
    }
  }

  // The tables checked against themselves: parts adding up to their 合計, a row's parts to its 計 (claimTables.ts).
  checkTables(byTable, { earlier, findings, placed, numbersIn, find });

  /** A figure equal to another as check() compares them (an approximate one within its tolerance). */
  function closeTo(value: number, expected: number): boolean {
    return tolerance > 0 ? Math.abs(value - expected) < tolerance : same(Math.round(value * 1000) / 1000, Math.round(expected * 1000) / 1000);
  }

  /** The one other year whose rate of the goal is the number stated (at its decimals), or null. */
  function otherYearOf(g: GoalSummary, token: NumberToken, named: FiscalYear): FiscalYear | null {
    const fits = g.byYear.filter(
      (b) =>
        b.year !== named && b.actual !== null && b.target !== null && b.target !== 0 && same(percent(b.actual, b.target, token.decimals).value, token.value),
    );
    const namedRow = g.byYear.find((b) => b.year === named);
    return fits.length === 1 && namedRow?.actual !== null && namedRow?.target !== null ? fits[0].year : null;
  }

  function check(line: number, stated: string, value: number, expected: number, expectedText: string, label: string) {
    const close = tolerance > 0 ? Math.abs(value - expected) < tolerance : same(Math.round(value * 1000) / 1000, Math.round(expected * 1000) / 1000);
    if (close) placed.push({ line, stated, label });
    else find(line, stated, expectedText, label);
  }

  findings.sort((a, b) => a.line - b.line);
  return { findings, placed, notPlaced };
}

export { labelAbbreviated, type Measure, measureOf, scopeOf } from './claimWords';
export { parseFiscalYear };
