/** `freeze`: the day's figures kept as a read-only baseline beside the workbook. */

import { jstDate, parseJstDate } from '../../core/base/jst';
import { freeze } from '../../core/compute/baseline';
import { type Args, type Io, UsageError } from '../args';
import { BaselineExistsError, saveBaseline } from '../baselines';
import { OutputError } from '../output';
import { SafeWriteError } from '../safeWrite';
import { readWorkbookFile } from '../xlsx';

export async function commandFreeze(args: Args, io: Io): Promise<number> {
  const path = args.positional[0];
  if (!path) throw new UsageError('ブックのパスがありません / workbook path missing');
  const dateFlag = args.flags.get('--date');
  const date = typeof dateFlag === 'string' ? dateFlag : jstDate(new Date());
  if (parseJstDate(date) === null) throw new UsageError('--date は実在する日付を YYYY-MM-DD で指定してください / --date must be a real date, YYYY-MM-DD');
  const input = await readWorkbookFile(path);
  let file: string;
  try {
    file = saveBaseline(path, freeze(input, date, new Date()));
  } catch (error) {
    if (error instanceof BaselineExistsError) throw new UsageError(error.message);
    if (error instanceof SafeWriteError) throw new OutputError(error.message);
    throw error;
  }
  io.stdout(`基準日 ${date} を固定しました（読み取り専用）/ Baseline ${date} frozen (read-only): ${file}`);
  return 0;
}
