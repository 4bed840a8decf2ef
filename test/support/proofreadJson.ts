/**
 * What `shinchoku proofread --json` said, read in ONE place (parseProofread),
 * so that the corpus score, the corpus test and the report-proves-itself test
 * follow the proof-reader's JSON as it changes (issue #26 adds the figures
 * "not placed"); and the corpus score: each injected error of a case's
 * expected.json found on its line or not, and every other finding false.
 */
import type { CliResult } from './cli';
import type { CorpusError } from './corpusWorkbook';

export interface ProofreadFinding {
  line: number;
  stated: string;
  expected: string;
  label?: string;
  kind?: string;
}

/** A number of the draft the proof-reader could not place against any figure of the summary. */
export interface NotPlaced {
  line: number | null;
  text: string;
  reason: string;
}

export interface ProofreadRun {
  /** The CLI's exit code. */
  status: number | null;
  /** Set when the draft was refused (no JSON, or JSON that says so): the message, as the user saw it. */
  refusal: string | null;
  findings: ProofreadFinding[];
  /** Figures checked, when said. */
  checked: number | null;
  /** Numbers in the draft, when said. */
  numbers: number | null;
  /**
   * The numbers not placed: null when the JSON does not say (the proof-reader
   * at 2f5b884 does not), else the list (with its count, when the JSON gives
   * only a count, filled with entries of unknown line and text).
   */
  notPlaced: NotPlaced[] | null;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const numberOr = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const text = (value: unknown): string => (typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value));

function finding(value: unknown): ProofreadFinding {
  if (!isObject(value) || typeof value.line !== 'number') throw new Error(`a finding without a line: ${JSON.stringify(value)}`);
  return {
    line: value.line,
    stated: text(value.stated),
    expected: text(value.expected ?? value.correct),
    ...(value.label !== undefined ? { label: text(value.label) } : {}),
    ...(value.kind !== undefined ? { kind: text(value.kind) } : {}),
  };
}

function notPlacedEntry(value: unknown): NotPlaced {
  if (!isObject(value)) return { line: null, text: text(value), reason: '' };
  return { line: numberOr(value.line), text: text(value.stated ?? value.text ?? value.number), reason: text(value.reason ?? value.why) };
}

/** A figure listed with its verdict (as `--out annotated.html` marks it): is it one "not placed"? */
function isNotPlacedVerdict(value: Json): boolean {
  const verdict = text(value.verdict ?? value.status ?? value.state)
    .replace(/[\s_-]/g, '')
    .toLowerCase();
  return verdict === 'notplaced' || verdict === 'unplaced' || verdict === '?';
}

/**
 * Where the JSON lists what was not placed: `notPlaced` / `unplaced` as a list
 * or a count, or a list of every figure (`figures` / `numbers` / `placed`)
 * with a verdict on each.
 */
function notPlacedOf(json: Json): NotPlaced[] | null {
  for (const key of ['notPlaced', 'unplaced', 'notplaced']) {
    const value = json[key];
    if (Array.isArray(value)) return value.map(notPlacedEntry);
    if (typeof value === 'number') return Array.from({ length: value }, () => ({ line: null, text: '', reason: '' }));
    if (isObject(value)) {
      if (Array.isArray(value.items)) return value.items.map(notPlacedEntry);
      if (typeof value.count === 'number') return Array.from({ length: value.count }, () => ({ line: null, text: '', reason: '' }));
    }
  }
  for (const key of ['figures', 'numbers', 'placed']) {
    const value = json[key];
    if (Array.isArray(value) && value.every(isObject) && value.some((v) => 'verdict' in v || 'status' in v || 'state' in v)) {
      return value.filter(isNotPlacedVerdict).map(notPlacedEntry);
    }
  }
  return null;
}

/** The count of something the JSON gives either as a number or as a list. */
const countOf = (value: unknown): number | null => (Array.isArray(value) ? value.length : numberOr(value));

/**
 * The one reader of `proofread --json`. Exit 2 with a message and no JSON is a
 * refusal (at 2f5b884: 「原稿を読めません」 when nothing was checked); JSON
 * that carries a verdict of nothing placed / nothing checked is one too.
 */
export function parseProofread(run: CliResult): ProofreadRun {
  const out = run.stdout.trim();
  let json: Json | null = null;
  if (out.startsWith('{')) {
    const parsed = JSON.parse(out) as unknown;
    if (isObject(parsed)) json = parsed;
  }
  if (json === null) {
    return { status: run.status, refusal: run.stderr.trim() || out || `exit ${run.status}`, findings: [], checked: null, numbers: null, notPlaced: null };
  }
  const findings = Array.isArray(json.findings) ? json.findings.map(finding) : Array.isArray(json.errors) ? json.errors.map(finding) : [];
  const checked = countOf(json.checked);
  const verdict = text(json.verdict ?? json.kind).toLowerCase();
  const refused = verdict === 'nothingchecked' || verdict === 'nothingplaced' || verdict === 'notjapanese';
  return {
    status: run.status,
    refusal: refused ? text(json.message ?? json.reason ?? verdict) : null,
    findings,
    checked,
    numbers: countOf(json.numbers),
    notPlaced: notPlacedOf(json),
  };
}

// ---- Matching a finding to an injected error ----

/** NFKC, no spaces or thousands separators, the page's 憶 typo read as 億, ▲/△ as a minus. */
function squash(value: string): string {
  return value.normalize('NFKC').replace(/[\s,]/g, '').replace(/憶/g, '億').replace(/[▲△−]/g, '-');
}

const MULTIPLIER: Record<string, number> = { 億: 1e8, 百万: 1e6, 万: 1e4, 千: 1e3 };

/**
 * The values a figure's text may stand for: its first number as written, and
 * that number with the Japanese multipliers that follow it summed
 * (4億2,148万1千円 = 421,481,000; 1,307,760千円 = 1,307,760,000; 3,297百万円
 * = 3,297,000,000), so that a finding stated in the plan's unit matches an
 * error written in words.
 */
function valuesOf(value: string): number[] {
  const s = squash(value);
  const first = /-?\d+(?:\.\d+)?/.exec(s);
  if (!first) return [];
  const values = [Number(first[0])];
  const run = /^(-?)((?:\d+(?:\.\d+)?(?:億|百万|万|千))+)(\d+(?:\.\d+)?)?/.exec(s.slice(first.index));
  if (run) {
    let sum = 0;
    for (const part of run[2].matchAll(/(\d+(?:\.\d+)?)(億|百万|万|千)/g)) sum += Number(part[1]) * MULTIPLIER[part[2]];
    if (run[3]) sum += Number(run[3]);
    values.push(run[1] === '-' ? -sum : sum);
  }
  return values;
}

/** The ways an expected.json text may be written: `13億776万円 (1,307,760千円)` is either. */
function alternatives(value: string): string[] {
  const parts = value
    .normalize('NFKC')
    .split(/[()]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return parts.length > 0 ? [value, ...parts] : [value];
}

/** Does a finding's text say the same figure as the expected text? */
export function sameFigure(said: string, written: string): boolean {
  const a = squash(said);
  const saidValues = valuesOf(said);
  return alternatives(written).some((alt) => {
    if (squash(alt) === a) return true;
    const altValues = valuesOf(alt);
    return saidValues.some((x) => altValues.some((y) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(y))));
  });
}

/** A finding is the injected error when it is on its line and says the same stated figure and the same right one. */
export function findsError(f: ProofreadFinding, e: CorpusError): boolean {
  return f.line === e.line && sameFigure(f.stated, e.stated) && sameFigure(f.expected, e.correct);
}

export interface CaseScore {
  errors: CorpusError[];
  found: CorpusError[];
  missed: CorpusError[];
  /** Findings that are no injected error. */
  falseFindings: ProofreadFinding[];
  /** Of those, the ones on a line that has an injected error (a wrong figure read there, or a right one flagged beside it). */
  falseOnErrorLines: ProofreadFinding[];
  run: ProofreadRun;
}

export function scoreCase(errors: CorpusError[], run: ProofreadRun): CaseScore {
  const found = errors.filter((e) => run.findings.some((f) => findsError(f, e)));
  const missed = errors.filter((e) => !found.includes(e));
  const falseFindings = run.findings.filter((f) => !errors.some((e) => findsError(f, e)));
  const errorLines = new Set(errors.map((e) => e.line));
  return { errors, found, missed, falseFindings, falseOnErrorLines: falseFindings.filter((f) => errorLines.has(f.line)), run };
}
