/**
 * The one pipeline: a workbook's cells and the options (today, language,
 * as-of date, baselines) in, one immutable result out — the plan, its
 * vocabulary, the summary, the change against the previous baseline and
 * every problem. The CLI's summarize, validate, digest and proofread and
 * the add-on's regenerate, validate, sidebar and digest all call it, so they
 * report the same problems on the same workbook.
 */

import type { WorkbookInput } from '../base/cells';
import { type FiscalYear, fiscalYearOfDate, parseFiscalYear } from '../base/fiscalYear';
import { jstDate, parseJstDate } from '../base/jst';
import type { Lang } from '../base/lang';
import { roundTo } from '../base/numbers';
import { normalizeText } from '../base/text';
import { RESULT_CODES, type ResultCode, STATUS_CODES, type StatusCode } from '../contract/vocabulary';
import { readWorkbook, type WorkbookData } from '../read/read';
import { baselineMissingText } from '../words/messages';
import type { ProblemView } from '../words/problems';
import { type Baseline, missingBaseline, previousBaseline } from './baseline';
import { computeSummary, type Delta, guardFigures, type Summary } from './summarize';

export interface PipelineOptions {
  lang?: Lang;
  /** Now; the default as-of date is today in Japan. */
  today?: Date;
  /** The date (or fiscal year) results are judged against: a result typed for a target year not yet begun is flagged. */
  asOf?: string;
  /** Frozen baselines (基準日) of this workbook: the summary shows the change against the latest one before. */
  baselines?: readonly Baseline[];
  /** Build the summary from this baseline's frozen cells instead of the live workbook. */
  baseline?: string;
}

export interface PipelineResult {
  readonly data: WorkbookData;
  readonly summary: Summary;
  readonly problems: readonly ProblemView[];
  /** The fiscal year results were judged against. */
  readonly currentYear: FiscalYear;
  /** The as-of date used (YYYY-MM-DD, Japan time) or the text given. */
  readonly asOf: string;
}

/** Options the pipeline cannot use: the message is for the person who gave them. */
export class PipelineOptionError extends Error {
  constructor(
    readonly key: 'asOfInvalid' | 'baselineMissing',
    readonly detail: string,
    /** For baselineMissing: the dates that are frozen. */
    readonly found: readonly string[] = [],
  ) {
    super(key === 'asOfInvalid' ? `as-of date not readable: ${detail}` : baselineMissingText({ date: detail, found }, 'en'));
  }
}

function judgedYear(options: PipelineOptions): { year: FiscalYear; text: string } {
  const today = options.today ?? new Date();
  if (options.asOf !== undefined) {
    // A date must be a real one (2021-02-30 is refused); a fiscal year (FY2021, 令和3年度) is taken as it is.
    // Checked in every date form parseFiscalYear reads, on the text as it reads it (NFKC, invisible characters and spaces
    // removed): ２０２１－０２－３０, 2021.02.30, 2021年2月30日 and 2021-02-30 after a zero-width space were read as FY2020.
    const text = normalizeText(options.asOf).replace(/\s+/g, '');
    const date = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(text);
    const real = !date || parseJstDate(`${date[1]}-${date[2].padStart(2, '0')}-${date[3].padStart(2, '0')}`) !== null;
    const year = real ? parseFiscalYear(options.asOf) : null;
    if (year === null) throw new PipelineOptionError('asOfInvalid', options.asOf);
    return { year, text: options.asOf };
  }
  return { year: fiscalYearOfDate(today) ?? today.getUTCFullYear(), text: jstDate(today) };
}

function summarizeInput(input: WorkbookInput, lang: Lang, year: FiscalYear, asOfText: string, extra: { asOfBaseline?: string } = {}) {
  const data = readWorkbook(input, { currentYear: year, asOfText });
  const summary = computeSummary(data, { lang, currentYear: year, asOfText, ...extra });
  return { data, summary };
}

/** Current minus previous, year by year and label by label (a year or label missing on either side counts as zero). */
export function delta(current: Summary, previous: Summary, against: string): Delta {
  const years = [...new Set([...current.years, ...previous.years])].sort((a, b) => a - b);
  const progressOf = (s: Summary, year: number) => s.progress.find((p) => p.year === year);
  const effectOf = (s: Summary, year: number) => s.effects.byYear.find((e) => e.year === year)?.amount ?? 0;
  // Amounts keep the places typed on either side: 0.3 − 0.1 is 0.2, not 0.19999999999999998.
  const decimals = Math.max(current.effects.decimals, previous.effects.decimals);
  const places = (amount: number) => roundTo(amount, decimals);
  const labelCount = (labels: readonly { label: string; count: number }[] | undefined, label: string) =>
    labels?.find((entry) => entry.label === label)?.count ?? 0;
  return {
    against,
    progress: years.map((year) => {
      const c = progressOf(current, year);
      const p = progressOf(previous, year);
      const counts = {} as Record<StatusCode, number>;
      for (const code of STATUS_CODES) counts[code] = (c?.counts[code] ?? 0) - (p?.counts[code] ?? 0);
      return {
        year,
        activities: (c?.activities ?? 0) - (p?.activities ?? 0),
        counts,
        labels: current.vocabulary.progress.map((term) => labelCount(c?.labels, term.label) - labelCount(p?.labels, term.label)),
        progressing: (c?.progressing ?? 0) - (p?.progressing ?? 0),
      };
    }),
    achievement: {
      evaluated: current.achievement.evaluated - previous.achievement.evaluated,
      counts: Object.fromEntries(RESULT_CODES.map((code) => [code, current.achievement.counts[code] - previous.achievement.counts[code]])) as Record<
        ResultCode,
        number
      >,
      labels: current.vocabulary.result.map((term) => labelCount(current.achievement.labels, term.label) - labelCount(previous.achievement.labels, term.label)),
    },
    effects: {
      byYear: years.map((year) => ({ year, amount: places(effectOf(current, year) - effectOf(previous, year)) })),
      total: places(current.effects.total - previous.effects.total),
      decimals,
    },
  };
}

/** Reads, checks and summarizes a workbook (or one of its baselines) in one step. */
export function runPipeline(input: WorkbookInput, options: PipelineOptions = {}): PipelineResult {
  const lang = options.lang ?? 'ja';
  const judged = judgedYear(options);
  const baselines = options.baselines ?? [];
  let source = input;
  if (options.baseline !== undefined) {
    const missing = missingBaseline(baselines, options.baseline);
    if (missing) throw new PipelineOptionError('baselineMissing', missing.date, missing.found);
    source = (baselines.find((b) => b.date === options.baseline) as Baseline).input;
  }
  const previous = previousBaseline([...baselines], options.baseline);
  const { data, summary: current } = summarizeInput(source, lang, judged.year, judged.text, { asOfBaseline: options.baseline });
  // With a baseline before: a new summary value that carries the change (the current one is not modified).
  const summary: Summary = previous
    ? { ...current, delta: delta(current, summarizeInput(previous.input, lang, judged.year, judged.text).summary, previous.date) }
    : current;
  // Every figure finite, or an error and the mark 「計算不能」 (summarize.ts guardFigures): never Infinity, null or a blank.
  guardFigures(summary, data.sheetNames, lang);
  Object.freeze(summary);
  return Object.freeze({ data, summary, problems: summary.problems, currentYear: judged.year, asOf: judged.text });
}

/** The summary alone, for tests and the benchmark; `currentYear` stands for an as-of fiscal year. */
export function summarize(input: WorkbookInput, options: PipelineOptions & { currentYear?: FiscalYear } = {}): Summary {
  const { currentYear, ...rest } = options;
  return runPipeline(input, currentYear === undefined ? rest : { ...rest, asOf: `FY${currentYear}` }).summary;
}
