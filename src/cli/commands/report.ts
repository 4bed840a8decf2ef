/** `report`: the annual report as .docx or one HTML file. */

import type { PipelineResult } from '../../core/compute/pipeline';
import { buildReport } from '../../core/present/report';
import { reportHtml } from '../../core/present/report/html';
import { label } from '../../core/words/messages';
import { type Args, type Io, langOf, UsageError } from '../args';
import { checkOutput, writeOutput } from '../output';
import { baselineOptions, pipeline } from '../pipelineArgs';
import { reportDocxBytes } from '../reportFile';
import { readWorkbookFile } from '../xlsx';

/** 報告書: the annual report as .docx (or one HTML file), from the one pipeline. */
export async function commandReport(args: Args, io: Io): Promise<number> {
  const path = args.positional[0];
  if (!path) throw new UsageError('ブックのパスがありません / workbook path missing');
  const lang = langOf(args);
  const out = args.flags.get('--out');
  if (typeof out !== 'string')
    throw new UsageError('--out <報告書.docx> が必要です（HTML なら <報告書.html>）/ --out <report.docx> is required (or <report.html> for HTML)');
  const formatFlag = args.flags.get('--format');
  const format = typeof formatFlag === 'string' ? formatFlag : /\.html?$/i.test(out) ? 'html' : 'docx';
  if (format !== 'docx' && format !== 'html')
    throw new UsageError(`--format は docx か html です（「${String(formatFlag)}」は使えません）/ --format must be docx or html, not ${String(formatFlag)}`);
  // Without --format the name chooses the format, so both endings are offered (README: report.docx|report.html).
  if (format === 'docx' && !/\.docx$/i.test(out))
    throw new UsageError(
      typeof formatFlag === 'string'
        ? `--out は .docx のファイル名にしてください（${out}）/ --out must name a .docx file (${out})`
        : `--out は .docx か .html のファイル名にしてください（${out}）/ --out must name a .docx or .html file (${out})`,
    );
  if (format === 'html' && !/\.html?$/i.test(out))
    throw new UsageError(`--format html の --out は .html のファイル名にしてください（${out}）/ with --format html, --out must name an .html file (${out})`);
  checkOutput(out, [path], args);
  const input = await readWorkbookFile(path);
  const result = pipeline(input, args, baselineOptions(path, args, io));
  const model = buildReport(result, lang);
  const bytes = format === 'html' ? Buffer.from(reportHtml(model), 'utf8') : await reportDocxBytes(model);
  writeOutput(out, bytes, args);
  const count = (type: string) => model.blocks.filter((block) => block.type === type).length;
  const placeholders = model.blocks.filter((block) => block.type === 'placeholder').map((block) => (block.type === 'placeholder' ? block.text : ''));
  const lines = [label('cliReportWritten', lang, { out, tables: count('table'), charts: count('chart') })];
  const distinct = [...new Set(placeholders)];
  if (distinct.length > 0) {
    lines.push(label('cliReportMissing', lang, { n: distinct.length }));
    for (const text of distinct) lines.push(`  ${text}`);
    if (!result.data.sheetNames.report) lines.push(label('cliReportNoSheet', lang));
  }
  if (summaryErrors(result) > 0) lines.push(label('cliReportErrors', lang, { n: summaryErrors(result) }));
  io.stdout(lines.join('\n'));
  return summaryErrors(result) > 0 ? 1 : 0;
}

function summaryErrors(result: PipelineResult): number {
  return result.summary.problemCounts.error;
}
