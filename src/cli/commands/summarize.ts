/** `summarize` and `validate`: the tables (or only the problems) on the terminal, as JSON, or as sheets added to a copy of the workbook. */
import { readFileSync } from 'node:fs';
import type { WorkbookInput } from '../../core/base/cells';
import { problemsGrid, summaryGrid, summaryHeaderLines } from '../../core/present/grid';
import { keptTables, notKeptLine } from '../../core/present/tables';
import { label } from '../../core/words/messages';
import { type Args, type Io, langOf, UsageError } from '../args';
import { checkOutput, writeOutput } from '../output';
import { addGeneratedSheets } from '../package';
import { baselineOptions, pipeline } from '../pipelineArgs';
import { renderProblems, renderTable } from '../terminal';
import { readWorkbookFile, UnreadableWorkbookError } from '../xlsx';

function progress(io: Io, text: string, big: boolean): void {
  if (io.stderrIsTTY && big) io.stderr(text);
}

export async function commandSummarize(args: Args, io: Io, validateOnly: boolean): Promise<number> {
  const path = args.positional[0];
  if (!path) throw new UsageError('ブックのパスがありません / workbook path missing');
  const lang = langOf(args);
  const out = args.flags.get('--out');
  if (typeof out === 'string') {
    // Only an .xlsx: a typo must not replace a baseline file or anything else next to the workbook.
    if (!/\.xlsx$/i.test(out)) throw new UsageError(`--out は .xlsx のファイル名にしてください（${out}）/ --out must name an .xlsx file (${out})`);
    checkOutput(out, [path], args);
  }
  const started = Date.now();
  let input: WorkbookInput | null = await readWorkbookFile(path);
  const readMs = Date.now() - started;
  const rowCount = input.sheets.reduce((sum, sheet) => sum + sheet.rows.length, 0);
  const big = rowCount > 20_000;
  progress(io, `読み込み完了 / read ${rowCount} rows (${Date.now() - started} ms); 集計中 / summarizing…`, big);
  const summarizeStarted = Date.now();
  // --baseline D: the figures as frozen on D; either way, 増減 against the baseline before (validate reads none).
  // eraDate: the as-of date (today when none is given), in whose era every table names its years, as the report does.
  const { summary, asOf: eraDate } = pipeline(input, args, baselineOptions(path, args, io, !validateOnly));
  // The plain copy of the cells is no longer needed: let it go before the output is written.
  input = null;
  const summarizeMs = Date.now() - summarizeStarted;
  progress(io, `集計完了 / summarized (${Date.now() - started} ms)`, big);
  const status = summary.problemCounts.error > 0 ? 1 : 0;
  // The file first: if it cannot be written, the command fails (exit 2) with nothing on stdout.
  let writeMs = 0;
  if (typeof out === 'string' && !validateOnly) {
    const writeStarted = Date.now();
    const builtAt = new Date();
    const parts = [
      { kind: 'summary', wanted: label('summaryTitle', lang), grid: summaryGrid(summary, lang, builtAt, eraDate) },
      { kind: 'problems', wanted: label('problemsTitle', lang), grid: problemsGrid(summary.problems, lang) },
    ];
    // The user's package, every part as it is, with our two sheets added (or replaced).
    let written: Awaited<ReturnType<typeof addGeneratedSheets>>;
    try {
      written = await addGeneratedSheets(readFileSync(path), parts);
    } catch (error) {
      throw new UnreadableWorkbookError(
        `${path}: ブックの中身が Excel の形式どおりでないため、集計シートを追加できません（Excel で開いて保存し直してください）/ the workbook's parts are not as Excel writes them, so the summary sheets cannot be added (open and save it again in Excel): ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    writeOutput(out, written.bytes, args);
    written.names.forEach((name, index) => {
      // A sheet with our mark that is no longer as we left it (renamed, edited, or the mark forged) is the user's: kept, and said so.
      for (const kept of written.kept.filter((k) => k.kind === parts[index].kind)) io.stderr(kept.message);
      if (name !== parts[index].wanted)
        io.stderr(
          `シート「${parts[index].wanted}」は既にあるため、上書きせず「${name}」に作成しました / Sheet "${parts[index].wanted}" exists and is kept; wrote "${name}".`,
        );
    });
    writeMs = Date.now() - writeStarted;
    progress(io, `書き込み完了 / wrote ${out} (${Date.now() - started} ms)`, big);
  }
  if (args.flags.has('--json')) {
    io.stdout(JSON.stringify(validateOnly ? { problems: summary.problems, problemCounts: summary.problemCounts } : summary, null, 2));
  } else if (validateOnly) {
    io.stdout(renderProblems(summary.problems, lang));
  } else {
    const header = summaryHeaderLines(summary, lang, new Date());
    // What the plan does not keep is said once, under the title: its tables are left out, never printed as zeros.
    const notKept = notKeptLine(summary, lang);
    const blocks = [
      notKept === null ? header.title : `${header.title}\n${notKept}`,
      renderProblems(summary.problems, lang),
      ...keptTables(summary, lang, eraDate).map((table) => renderTable(table)),
    ];
    io.stdout(blocks.join('\n\n'));
  }
  // For the benchmark: the phases' times on stderr, as one JSON line.
  if (process.env.SHINCHOKU_TIMINGS === '1')
    io.stderr(JSON.stringify({ readMs, summarizeMs, writeMs, rows: rowCount, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
  return status;
}
