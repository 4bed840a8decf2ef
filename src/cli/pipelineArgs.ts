/** The one pipeline as every command runs it: the options they share read from the command line, and the baselines beside the workbook. */

import type { WorkbookInput } from '../core/base/cells';
import { PipelineOptionError, type PipelineOptions, type PipelineResult, runPipeline } from '../core/compute/pipeline';
import { baselineMissingText } from '../core/words/messages';
import { type Args, type Io, langOf, UsageError } from './args';
import { loadBaselines } from './baselines';

/** The one pipeline, with the options every command shares: language, --as-of (default today), baselines. */
export function pipeline(input: WorkbookInput, args: Args, extra: Partial<PipelineOptions> = {}): PipelineResult {
  const asOf = args.flags.get('--as-of');
  try {
    return runPipeline(input, { lang: langOf(args), today: new Date(), asOf: typeof asOf === 'string' ? asOf : undefined, ...extra });
  } catch (error) {
    if (error instanceof PipelineOptionError) {
      throw new UsageError(
        error.key === 'asOfInvalid'
          ? `--as-of は 2024-03-31 のような日付で指定してください / --as-of must be a date such as 2024-03-31 (${error.detail})`
          : `${baselineMissingText({ date: error.detail, found: error.found }, 'ja')} / ${baselineMissingText({ date: error.detail, found: error.found }, 'en')}`,
      );
    }
    throw error;
  }
}

/**
 * The baselines frozen beside the workbook (read only when asked; a file there that is none is said on
 * stderr and skipped) and the --baseline date: what summarize and report compare against.
 */
export function baselineOptions(path: string, args: Args, io: Io, read = true): Pick<PipelineOptions, 'baselines' | 'baseline'> {
  const skipped: string[] = [];
  const baselines = read ? loadBaselines(path, skipped) : [];
  for (const name of skipped) io.stderr(`基準日のファイルとして読めないため使いません: ${name} / not a baseline file, skipped: ${name}`);
  // A --baseline not frozen next to the workbook: refused by the pipeline's one check (compute/baseline.ts missingBaseline).
  const asOf = args.flags.get('--baseline');
  return { baselines, baseline: typeof asOf === 'string' ? asOf : undefined };
}
