/**
 * Proof-reading a draft report: the figures it states — percentages, 千円
 * amounts, counts of 事業/件, ㎡ — with the label and year they belong to,
 * checked against the workbook's computed figures and against the draft's own
 * arithmetic. Our own report's layouts are read first (ownReport.ts); any
 * layout's tables and sentences next (draftFigures.ts); where they read little,
 * every number with its context (claims.ts). One result of the three.
 */

import type { Summary } from '../compute/summarize';
import { type NotPlaced, readClaims } from './claims';
import { attributeLabels, type Figure, PlanFigures, type Prose, sentenceFigures, tableFigures } from './draftFigures';
import { draftSizeProblem, MAX_DRAFT_TEXT_BYTES, utf8Length } from './draftSize';
import { atLeastTwo, bracketed, close, Flat, normalizeLine, yearTotalSentences } from './layoutLines';
import { readOwnReport } from './ownReport';

export { bracketed, draftSizeProblem, MAX_DRAFT_TEXT_BYTES, utf8Length, yearTotalSentences };

/** Fewer figures than this read by the layouts of our own reports: the draft is read as claims too. */
const CLAIMS_BELOW = 10;

export type FindingKind = 'workbook' | 'arithmetic' | 'workbook+arithmetic';

export interface Finding {
  /** 1-based line of the draft as given. */
  line: number;
  stated: string;
  expected: string;
  label: string;
  kind: FindingKind;
}

export interface ProofreadResult {
  findings: Finding[];
  /** How many stated figures were checked, by label. */
  checked: { line: number; label: string; stated: string }[];
  /** Figures the claims reader matched to the plan's and found right (beside `checked`, which the layouts above read). */
  placed: { line: number; label: string; stated: string }[];
  /** The numbers read but matched to no figure, with why (the claims reader, core/proofread/claims.ts). */
  notPlaced: NotPlaced[];
}

export function proofread(draft: string, summary: Summary): ProofreadResult {
  const raw = draft.split(/\r\n|\r|\n/);
  const lines = raw.map((line) => normalizeLine(line));
  // Our own report's layouts first (ownReport.ts): its tables, amounts, sentences and lists.
  const { figures, listFindings, sectionOf } = readOwnReport(lines, summary);
  const plan = new PlanFigures(summary);
  const claimed = new Set(figures.map((f) => f.line));
  const cellLines = raw.map((line) => normalizeLine(line, true));
  const generic = tableFigures(cellLines, claimed, plan, (index) => sectionOf[index] ?? '');
  for (const f of generic) claimed.add(f.line);
  const proseLines = lines.map((line, index) => {
    // (A row of a tabbed table — 「No11. 広聴機能の強化\t216万円\t有料広告収入」 — is no sentence: the words of the header above
    // (効果額) are its column's, not a sentence's.)
    const tabular = (atLeastTwo(/(?:^| )[\d,.]+%?(?= |$)/g, line) || raw[index].includes('\t')) && !line.includes('。');
    return claimed.has(index + 1) || tabular ? '' : line;
  });
  const proseFlat = new Flat(proseLines);
  const prose: Prose = { text: proseFlat.text, lineAt: (offset) => proseFlat.line(offset) };
  generic.push(...sentenceFigures(prose, plan));
  const all = [...figures, ...generic];
  const { labelFindings, explained } = attributeLabels(all, plan);
  const result = [...findings(all.filter((f) => !explained.has(f))), ...labelFindings.map((f) => ({ ...f, kind: 'workbook' as const })), ...listFindings];
  let checked = all.map((f) => ({ line: f.line, label: f.label, stated: f.stated }));
  // The claims reader: every number with its context, on the lines the layouts above did not read.
  // While the layouts above still read our own reports, the claims reader completes them only where they read little:
  // a draft they know (the seed's, the generated report's) keeps its findings and counts exactly.
  const readsClaims = checked.length < CLAIMS_BELOW;
  const claims = readsClaims ? readClaims(draft, summary) : { findings: [], placed: [], notPlaced: [] };
  // The claims reader's reading of a number whose context names a goal or a perspective (「…効果額…（達成率126.6%）」, 「基本項目1
  // 簡素で… ： 14項目中、11項目を達成（達成率78.6%）」) is more specific than a layout's pattern (「達成率」 read as the whole plan's
  // share): where the layouts read the same number wrong, or read it with nothing to verify it by, that reading stands instead.
  // (A looser reading never overrides one: a layout's figure verified right stays, whatever the claims reader said of it.)
  const key = (x: { line: number; stated: string }) => `${x.line}|${x.stated}`;
  const specific = (label: string) =>
    summary.goals.some((g) => label.startsWith(g.name)) || summary.perspectives.some((p) => p.name !== '' && label.startsWith(`${p.name} `));
  // The numbers the claims reader read specifically, found right or wrong.
  const specificKeys = new Set([...claims.placed, ...claims.findings].filter((x) => specific(x.label)).map(key));
  const overridden = new Set<string>();
  if (readsClaims) {
    const unverified = (f: Figure) => f.workbook === undefined && f.arithmetic === undefined && specificKeys.has(key(f));
    checked = [];
    for (const f of all)
      if (unverified(f)) overridden.add(key(f));
      else checked.push({ line: f.line, label: f.label, stated: f.stated });
  }
  for (const f of result) if (specificKeys.has(key(f))) overridden.add(key(f));
  const kept = result.filter((f) => !overridden.has(key(f)));
  result.length = 0;
  result.push(...kept);
  const covered = new Set([...result.map((f) => f.line), ...checked.map((c) => c.line)]);
  // On a line the layouts read, the numbers they did not read (「20項目中、17項目を達成（達成率80%）」: the layout read 80% only)
  // are the claims reader's: its verdict on them stands beside the layouts'.
  const layoutKeys = new Set([...all.map(key), ...result.map(key)]);
  const claimsOwn = (x: { line: number; stated: string }) => !covered.has(x.line) || overridden.has(key(x)) || !layoutKeys.has(key(x));
  // A figure found wrong was checked too: it counts among the claims reader's figures.
  const placed = claims.placed.filter(claimsOwn);
  for (const f of claims.findings)
    if (claimsOwn(f)) {
      result.push({ ...f });
      placed.push({ line: f.line, stated: f.stated, label: f.label });
    }
  result.sort((a, b) => a.line - b.line);
  return {
    findings: result,
    checked,
    placed,
    notPlaced: claims.notPlaced.filter(claimsOwn),
  };
}

/**
 * A figure is wrong when the workbook says otherwise. The draft's own
 * arithmetic only blames a figure the workbook does not confirm — so a wrong
 * part is reported, and the right total beside it is not.
 */
function findings(figures: Figure[]): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const f of figures) {
    const workbookWrong = f.workbook !== undefined && !close(f.workbook.value, f.value);
    const arithmeticWrong = f.arithmetic !== undefined && !close(f.arithmetic.value, f.value) && (f.workbook === undefined || workbookWrong);
    if (!workbookWrong && !arithmeticWrong) continue;
    const kind: FindingKind = workbookWrong && arithmeticWrong ? 'workbook+arithmetic' : workbookWrong ? 'workbook' : 'arithmetic';
    const expected = workbookWrong ? (f.workbook?.text ?? '') : (f.arithmetic?.text ?? '');
    const key = `${f.line}|${f.label}|${f.stated}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ line: f.line, stated: f.stated, expected, label: f.label, kind });
  }
  return out.sort((a, b) => a.line - b.line);
}
