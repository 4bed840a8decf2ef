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
  // A layout's figure the plan has no value for and the draft no sum of (「達成率104.4%」 read as the share of a label no target
  // has) verified nothing: where the claims reader placed the same number as a goal's figure (a goal named in its sentence is
  // more specific than a layout's pattern), that reading stands instead, and the line is the claims reader's.
  if (readsClaims) {
    const placedByClaims = new Set(claims.placed.filter((p) => summary.goals.some((g) => p.label.startsWith(g.name))).map((p) => `${p.line}|${p.stated}`));
    const unverified = (f: Figure) => f.workbook === undefined && f.arithmetic === undefined && placedByClaims.has(`${f.line}|${f.stated}`);
    checked = all.filter((f) => !unverified(f)).map((f) => ({ line: f.line, label: f.label, stated: f.stated }));
  }
  const covered = new Set([...result.map((f) => f.line), ...checked.map((c) => c.line)]);
  // Where the claims reader read a number as a goal's right figure, a layout's finding on the same number gives way (a layout's pattern taken out of its plan).
  // (Only a goal's figure: a goal named on the line is more specific than a layout's pattern; a looser reading never overrides one.)
  const right = new Set(claims.placed.filter((p) => summary.goals.some((g) => p.label.startsWith(g.name))).map((p) => `${p.line}|${p.stated}`));
  const kept = result.filter((f) => !right.has(`${f.line}|${f.stated}`));
  result.length = 0;
  result.push(...kept);
  // A figure found wrong was checked too: it counts among the claims reader's figures.
  const placed = claims.placed.filter((p) => !covered.has(p.line));
  for (const f of claims.findings)
    if (!covered.has(f.line)) {
      result.push({ ...f });
      placed.push({ line: f.line, stated: f.stated, label: f.label });
    }
  result.sort((a, b) => a.line - b.line);
  return {
    findings: result,
    checked,
    placed,
    notPlaced: claims.notPlaced.filter((n) => !covered.has(n.line)),
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
