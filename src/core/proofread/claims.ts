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
import { MAX_CLAIM_LINE, type NumberToken, normalizeDraftLine, numbersOf, type Row, tableRows, yearsOf } from './draftText';

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

interface Term {
  label: string;
  meaning: string;
  kind: 'progress' | 'result';
  index: number;
}

const RATE_WORDS = /進捗率|達成率|実施率|執行率/;
const TARGET_WORDS = /目指|以上|以下|以内/;
const TOTAL_LABEL = /^(?:合計|計|総計|合 計)$/;

/** A year's money amount from a number printed in 円/千円/百万円 (or none: the plan's unit). */
function toPlanUnit(token: NumberToken, planUnit: string, fallback: string): number | null {
  const unit = token.unit === '' ? fallback : token.unit;
  const yen: Record<string, number> = { 円: 1, 千円: 1e3, 百万円: 1e6, 万円: 1e4, 億円: 1e8 };
  if (yen[unit] === undefined || yen[planUnit] === undefined) return null;
  return (token.value * yen[unit]) / yen[planUnit];
}

export function readClaims(draft: string, summary: Summary): ClaimsResult {
  const lines = draft.split(/\r\n|\r|\n/).map(normalizeDraftLine);
  const findings: ClaimFinding[] = [];
  const placed: Placed[] = [];
  const notPlaced: NotPlaced[] = [];
  const rounding = summary.plan.rounding;
  const terms: Term[] = [
    ...summary.vocabulary.progress.map((t, index) => ({ label: t.label, meaning: t.meaning, kind: 'progress' as const, index })),
    ...summary.vocabulary.result.map((t, index) => ({ label: t.label, meaning: t.meaning, kind: 'result' as const, index })),
  ];
  const goals = summary.goals;
  const planEra = summary.plan.startYear !== null ? (/^(令和|平成)/.exec(formatFiscalYear(summary.plan.startYear, 'long'))?.[1] ?? null) : null;
  const years = new Set(summary.years);
  const handled = new Set<string>();
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

  /** Terms named in a text, longest first, not overlapping (目標を未達成 before 達成). */
  const termsIn = (text: string): { term: Term; start: number }[] => {
    const flat = text.replace(/\s/g, '');
    const taken: boolean[] = [];
    const out: { term: Term; start: number }[] = [];
    for (const term of [...terms].sort((a, b) => b.label.length - a.label.length)) {
      const label = term.label.replace(/\s/g, '');
      let at = flat.indexOf(label);
      while (at >= 0) {
        let free = true;
        for (let k = at; k < at + label.length; k++) if (taken[k]) free = false;
        // 達成 inside 達成率 / 達成状況 / 達成度 is a measure, not the label.
        const next = flat.slice(at + label.length, at + label.length + 2);
        if (free && !/^(?:率|状況|度|目標|する)/.test(next)) {
          for (let k = at; k < at + label.length; k++) taken[k] = true;
          out.push({ term, start: at });
        }
        at = flat.indexOf(label, at + label.length);
      }
    }
    return out.sort((a, b) => a.start - b.start);
  };
  const goalIn = (text: string): GoalSummary | undefined => {
    const flat = text.replace(/\s/g, '').normalize('NFKC');
    return goals.find((g) => flat.includes(g.name.replace(/\s/g, '').normalize('NFKC')));
  };

  // ---- Self-checks and workbook checks of table rows ----
  const rows = tableRows(lines, [...terms.map((t) => t.label), ...goals.map((g) => g.name.normalize('NFKC'))]);
  const byTable = new Map<number, Row[]>();
  for (const row of rows) {
    const list = byTable.get(row.table) ?? [];
    list.push(row);
    byTable.set(row.table, list);
  }
  const unitAbove = (line: number): string => {
    for (let k = line - 1; k >= Math.max(1, line - 8); k--) {
      const m = /単位\s*[:：]\s*(百万円|千円|円|件|㎡)/.exec(lines[k - 1]);
      if (m) return m[1];
    }
    return '';
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
    for (const cell of row.cells) cellsOf.set(cell.line, [...(cellsOf.get(cell.line) ?? []), { row, header: cell.header, text: cell.text }]);
  const cellOf = (line: number, token: NumberToken) => {
    const cells = cellsOf.get(line) ?? [];
    return cells.find((c) => c.text === token.text) ?? cells.find((c) => numbersOf(c.text, line).some((t) => t.text === token.text));
  };
  let carriedGoal: GoalSummary | undefined;

  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const text = lines[i];
    const found = yearsOf(text, planEra, years);
    const heading = text.length <= 40 && !text.includes('。');
    const earlierState = earlier[i];
    if (heading && found.length === 1) carriedYear = found[0].year;
    // A heading that names a goal (「改革の効果額」): the table under it is that goal's.
    if (heading) carriedGoal = goalIn(text) ?? carriedGoal;
    const tokens = numbersOf(text, lineNo);
    if (tokens.length === 0) continue;
    if (text.length > MAX_CLAIM_LINE) {
      for (const token of tokens) notPlaced.push({ line: lineNo, stated: token.text, reason: 'longLine' });
      continue;
    }
    // Clauses: split at 、 and 。 and the brackets' ends; a number's clause is where its label, year and measure are.
    const clauses: { start: number; end: number }[] = [];
    let from = 0;
    for (let k = 0; k <= text.length; k++) {
      if (k === text.length || text[k] === '、' || text[k] === '。' || (text[k] === ',' && !/\d/.test(text[k + 1] ?? ''))) {
        clauses.push({ start: from, end: k });
        from = k + 1;
      }
    }
    const clauseContext = new Map<string, { years: ReturnType<typeof yearsOf>; labels: { term: Term; start: number }[]; goal: GoalSummary | undefined }>();
    const sentenceYear = found.length > 0 ? found[found.length - 1].year : null;
    for (const token of tokens) {
      if (handled.has(key(lineNo, -1)) && cellOf(lineNo, token)) continue;
      const clause = clauses.find((c) => token.start >= c.start && token.start <= c.end) ?? { start: 0, end: text.length };
      const clauseText = text.slice(clause.start, clause.end);
      const cellInfo = cellOf(lineNo, token);
      const rowLabel = cellInfo?.row.label ?? '';
      const header = cellInfo?.header ?? '';
      const contextText = `${rowLabel} ${header} ${clauseText}`;
      const contextKey = `${clause.start}|${rowLabel}|${header}`;
      // Each clause's years, labels and goal read once, not once per number in it.
      let context = clauseContext.get(contextKey);
      if (!context) {
        context = {
          years: yearsOf(`${header} ${clauseText}`, planEra, years).filter((y) => !y.date),
          labels: termsIn(`${rowLabel}${header}`).concat(termsIn(clauseText)),
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
      const isPercent = token.unit === '%';
      if (text[token.start - 1] === '約' || /約$/.test(text.slice(Math.max(0, token.start - 3), token.start).replace(/\s/g, ''))) {
        notPlaced.push({ line: lineNo, stated, reason: 'approximation' });
        continue;
      }
      if (
        goals.some((g) => {
          const name = g.name.normalize('NFKC');
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
        const isTerm = terms.some((t) => t.label.replace(/\s/g, '') === cellInfo.row.label);
        const oneALine = isTerm && cells.every((c, k) => k === 0 || c.line !== cells[0].line);
        if (oneALine && cells.length > 1 && index !== firstCount && index !== firstShare && !(token.negative || (index === 2 && cells.length === 3))) {
          notPlaced.push({ line: lineNo, stated, reason: 'extraCell' });
          continue;
        }
      }
      const labelHere = context.labels;
      const goal = context.goal ?? (cellInfo && !terms.some((t) => t.label === rowLabel) ? carriedGoal : undefined);
      if (earlierState && !explicitYear) {
        notPlaced.push({ line: lineNo, stated, reason: 'earlierState' });
        continue;
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
      if (goal && (!isPercent || RATE_WORDS.test(`${rowLabel}${header}${clauseText}`))) {
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
        const fmt = (v: number) => (token.unit === '円' ? `${formatAmount(v, 0)}${g.unit}` : formatAmount(v, token.decimals));
        if (isPercent) {
          if (/(?:\d+年度)/.test(header) && !/累計|計$/.test(header)) {
            // A year's 達成率: the workbook's actual over the year's target printed in the same column (計画額).
            const y = yearsOf(header, planEra, years)[0]?.year;
            const table = cellInfo?.row.table;
            const planCell = rows.find((r) => r.table === table && /計画|目標/.test(r.label))?.cells.find((c) => c.header === header);
            const planValue = planCell ? numbersOf(planCell.text, planCell.line)[0] : undefined;
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
        const a = actual(yearOfCell ?? (/実績/.test(`${rowLabel}${header}`) ? (asOfYear ?? null) : null));
        if (a !== undefined) {
          check(lineNo, stated, value, a, fmt(a), `${g.name} 実績`);
          continue;
        }
        notPlaced.push({ line: lineNo, stated, reason: 'goalNoMeasure' });
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
      const flatStart = (offset: number) => text.slice(clause.start, offset).replace(/\s/g, '').length;
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
      if (
        term &&
        (isPercent || /^(?:事業|項目|件|)$/.test(token.unit)) &&
        !(isPercent && TARGET_WORDS.test(clauseText)) &&
        !(isPercent && RATE_WORDS.test(clauseText) && term.kind === 'progress' && !cellInfo)
      ) {
        const useYear = term.kind === 'progress' ? (year !== null && progressRow(year) ? year : (asOfYear ?? null)) : year;
        const counts: { value: number; text: string }[] = [];
        if (term.kind === 'progress') {
          const p = useYear === null ? undefined : progressRow(useYear);
          if (p)
            counts.push(
              isPercent
                ? percent(p.labels[term.index].count, p.activities, token.decimals)
                : { value: p.labels[term.index].count, text: String(p.labels[term.index].count) },
            );
        } else {
          const a = summary.achievement;
          const rows = [...(year !== null && resultRow(year) ? [resultRow(year)] : []), { evaluated: a.evaluated, labels: a.labels }];
          for (const r of rows)
            if (r && r.evaluated > 0)
              counts.push(
                isPercent
                  ? percent(r.labels[term.index].count, r.evaluated, token.decimals)
                  : { value: r.labels[term.index].count, text: String(r.labels[term.index].count) },
              );
        }
        if (counts.length > 0) {
          const label = `${term.label}${isPercent ? ' 割合' : ''}`;
          if (counts.some((c) => same(c.value, token.value))) placed.push({ line: lineNo, stated, label });
          else find(lineNo, stated, `${counts[0].text}${isPercent ? '' : token.unit}`, label);
          continue;
        }
      }
      // A meaning shared by several labels (「目標を達成」した事業数は47事業、…（87%）): the meaning's total.
      if (!term && (isPercent || /^(?:事業|項目|件)$/.test(token.unit))) {
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
      // ---- A count with a year named beside it: the activities, projects or targets of that year ----
      if (explicitYear && /^(?:事業|項目|件)$/.test(token.unit) && !term) {
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
      // ---- A share next to its count (N件（P%）): P = N / a denominator the plan has ----
      if (isPercent && !TARGET_WORDS.test(clauseText)) {
        const before = tokens.filter((t) => t.end <= token.start && token.start - t.end <= 3 && /^(?:事業|項目|件)$/.test(t.unit));
        const count = before[before.length - 1];
        if (count) {
          const denominators = new Set<number>(
            [summary.achievement.evaluated, ...summary.achievement.byYear.map((r) => r.evaluated), ...summary.progress.map((p) => p.activities)].filter(
              (d) => d > 0,
            ),
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
      notPlaced.push({ line: lineNo, stated, reason: reasonFor(token, contextText) });
    }
  }

  // Sets, not searches of the lists: a draft of many rows stays linear.
  const workbookKeys = new Set(findings.filter((f) => f.kind === 'workbook').map((f) => `${f.line}|${f.stated}`));
  const workbookLines = new Set(findings.filter((f) => f.kind === 'workbook').map((f) => f.line));
  const placedKeys = new Set(placed.map((p) => `${p.line}|${p.stated}`));
  for (const [, table] of byTable) {
    const numbers = (row: Row) => row.cells.map((c) => ({ cell: c, token: numbersOf(c.text, c.line)[0] })).filter((x) => x.token !== undefined);
    // A 合計 row: each column of counts or amounts adds up to it.
    const totalRow = table.find((r) => TOTAL_LABEL.test(r.label.replace(/\s/g, '')) && !earlier[r.lines[0] - 1]);
    if (totalRow) {
      const parts = table.filter((r) => r !== totalRow && !/累計|率/.test(r.label));
      const total = numbers(totalRow);
      total.forEach(({ cell, token }, k) => {
        if (token.unit === '%') return;
        let sum = 0;
        let n = 0;
        let partWrong = false;
        for (const part of parts) {
          const x = numbers(part)[k];
          if (!x || x.token.unit === '%' || x.token.bracketed) continue;
          // A part the workbook found wrong is reported; the right total below it is not blamed for it.
          if (workbookKeys.has(`${x.token.line}|${x.token.text}`)) partWrong = true;
          sum += x.token.negative ? -x.token.value : x.token.value;
          n++;
        }
        handled.add(key(cell.line, -1));
        if (partWrong) return;
        if (n >= 2 && !same(sum, token.value)) find(cell.line, token.text, formatAmount(sum, token.decimals), '合計', 'arithmetic');
        else if (n >= 2) placed.push({ line: cell.line, stated: token.text, label: '合計' });
      });
    }
    for (const row of table) {
      const nums = numbers(row);
      // A row whose last column is 計: its parts add up to it (a cumulative row and a rate row do not).
      const last = row.cells[row.cells.length - 1];
      if (last && /(?:^|\s)(?:計|合計)$/.test(last.header) && !/累計|率/.test(row.label) && nums.length >= 2) {
        const values = nums.filter((x) => x.token.unit !== '%' && !x.token.bracketed);
        if (values.length === nums.length) {
          const sum = values.slice(0, -1).reduce((s, x) => s + x.token.value, 0);
          const t = values[values.length - 1].token;
          const byWorkbook = row.lines.some((l) => workbookLines.has(l)) || placedKeys.has(`${t.line}|${t.text}`);
          if (!same(sum, t.value) && !byWorkbook) find(t.line, t.text, formatAmount(sum, t.decimals), `${row.label} 計`, 'arithmetic');
        }
      }
      // A row of counts under a header with no 計: the first (or the last) is the others' total.
      if (!totalRow && row.label === '' && nums.length >= 4 && nums.every((x) => x.token.unit === '' && !x.token.bracketed && x.token.decimals === 0)) {
        const values = nums.map((x) => x.token.value);
        const sum = (xs: number[]) => xs.reduce((s, v) => s + v, 0);
        const first = values[0];
        const lastV = values[values.length - 1];
        if (first !== sum(values.slice(1)) && lastV !== sum(values.slice(0, -1)) && /項目|事業|件|取組/.test(nums[0].cell.header)) {
          find(nums[0].token.line, nums[0].token.text, String(sum(values.slice(1))), nums[0].cell.header, 'arithmetic');
        }
      }
    }
  }

  function check(line: number, stated: string, value: number, expected: number, expectedText: string, label: string) {
    if (same(Math.round(value * 1000) / 1000, Math.round(expected * 1000) / 1000)) placed.push({ line, stated, label });
    else find(line, stated, expectedText, label);
  }

  findings.sort((a, b) => a.line - b.line);
  return { findings, placed, notPlaced };
}

function sentenceAround(lines: string[], i: number): string {
  let start = i;
  // At most five lines either side: a sentence is not longer, and a draft without 。 is not scanned from every line.
  while (start > Math.max(0, i - 5) && lines[start - 1].trim() !== '' && !/。\s*$/.test(lines[start - 1])) start--;
  let end = i;
  while (end < Math.min(lines.length - 1, i + 5) && !/。/.test(lines[end]) && lines[end + 1].trim() !== '') end++;
  return lines.slice(start, end + 1).join('');
}

function reasonFor(token: NumberToken, context: string): NotPlacedReason {
  if (token.unit === '%' && TARGET_WORDS.test(context)) return 'target';
  if (token.unit === '') return 'noMeasure';
  return 'noFigure';
}

export { parseFiscalYear };
