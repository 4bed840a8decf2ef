/** The one pipeline as every command runs it: the options they share read from the command line. */

import type { WorkbookInput } from '../core/base/cells';
import { PipelineOptionError, type PipelineOptions, type PipelineResult, runPipeline } from '../core/compute/pipeline';
import { baselineMissingText } from '../core/words/messages';
import { type Args, langOf, UsageError } from './args';

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
