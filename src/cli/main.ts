/**
 * `shinchoku` — the command-line twin of the add-on: the same core on .xlsx files.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { a1, type CellValue, type WorkbookInput } from '../core/base/cells';
import { headerSafe } from '../core/base/email';
import { fiscalYearOfDate, formatFiscalYear } from '../core/base/fiscalYear';
import { jstDate, parseJstDate } from '../core/base/jst';
import { editDistance, xmlSafe } from '../core/base/text';
import { freeze } from '../core/compute/baseline';
import { PipelineOptionError, type PipelineOptions, type PipelineResult, runPipeline } from '../core/compute/pipeline';
import { contractSheetKey, SHEETS, type SheetKey } from '../core/contract/schema';
import type { MoneyUnit } from '../core/contract/settings';
import { dropdowns, namedPerspectives, templateSheets } from '../core/contract/template';
import { DEFAULT_VOCABULARY } from '../core/contract/vocabulary';
import { digestFiscalYear, monthEndDate, monthKey, parseMonth, planDigest, recipientBatches, takeSnapshot } from '../core/present/digest';
import { problemsGrid, summaryGrid, summaryHeaderLines } from '../core/present/grid';
import { buildReport } from '../core/present/report';
import { reportHtml } from '../core/present/report/html';
import { keptTables, notKeptLine } from '../core/present/tables';
import { annotatedDraftHtml } from '../core/proofread/annotate';
import { mostlyNotJapanese, proofreadVerdict, verdictNotes, verdictRefusal } from '../core/proofread/verdict';
import { baselineMissingText, type Lang, label } from '../core/words/messages';
import { notPlacedText } from '../core/words/proofreadWords';
import { roundLabel } from '../core/words/round';
import { fiscalYearLabel } from '../core/words/yearLabels';
import { BaselineExistsError, loadBaselines, saveBaseline } from './baselines';
import { DraftError, readDraft } from './drafttext';
import { buildEml } from './eml';
import { addGeneratedSheets } from './package';
import { reportDocxBytes } from './reportFile';
import { commandRound } from './round';
import {
  DestinationExistsError,
  discardStaged,
  failureReason,
  placeStagedSet,
  SafeWriteError,
  type StagedFile,
  sameFile,
  somethingAt,
  stageFile,
  writeFileSafely,
} from './safeWrite';
import { renderProblems, renderTable, terminalSafe } from './terminal';
import { addDataSheet, fileErrorText, readWorkbookFile, UnreadableWorkbookError } from './xlsx';

/** Each command's arguments, in the order --help lists them. */
const COMMAND_ARGS: [string, string][] = [
  ['summarize', '<workbook.xlsx> [--out <file.xlsx> [--force]] [--json] [--lang ja|en] [--as-of YYYY-MM-DD] [--baseline YYYY-MM-DD]'],
  ['validate', '<workbook.xlsx> [--json] [--lang ja|en] [--as-of YYYY-MM-DD]'],
  ['template', '<file.xlsx> [--plan <workbook.xlsx>] [--force]'],
  ['freeze', '<workbook.xlsx> [--date YYYY-MM-DD]'],
  ['report', '<workbook.xlsx> --out <report.docx|report.html> [--format docx|html] [--lang ja|en] [--as-of YYYY-MM-DD] [--baseline YYYY-MM-DD] [--force]'],
  ['proofread', '<draft.txt|draft.docx> --workbook <workbook.xlsx> [--json] [--lang ja|en] [--as-of YYYY-MM-DD] [--out <annotated.html> [--force]]'],
  ['digest', '<workbook.xlsx> --month YYYY-MM [--previous <older.xlsx>] --out <dir> [--lang ja|en] [--force] [--from <address>] [--as-of YYYY-MM-DD]'],
  ['round', 'split  <workbook.xlsx> --year YYYY --due YYYY-MM-DD --out <dir> [--lang ja|en] [--from <address>] [--force]'],
  ['round', 'merge  <workbook.xlsx> <answers.xlsx>... --out <merged.xlsx> [--lang ja|en] [--force]'],
  ['round', 'status <workbook.xlsx> --year YYYY [--json] [--lang ja|en]'],
];

/** What each command does, for its own --help: one line in Japanese, one in English. */
const COMMAND_PURPOSE: Record<string, [string, string]> = {
  summarize: [
    '集計の表を表示します。--out で「集計」「入力チェック結果」シートを加えたブックの写しを、--json で JSON を書き出します',
    'Prints the tables; --out writes a copy of the workbook with the summary and problems sheets, --json prints the summary as JSON',
  ],
  validate: ['入力チェックの結果だけを表示します', 'Prints only the problems'],
  round: [
    '年度の照会（部署ごとの回答ファイルの作成・回答の取りまとめ・部署ごとの回答状況）を行います',
    "Runs the year's round: one answer file per department, merging the answers, each department's completion",
  ],
  template: [
    '空のブック（すべてのシート・見出し・ドロップダウン）を書き出します。--plan でそのブックの設定・区分を引き継ぎます',
    "Writes an empty workbook with every sheet, header and dropdown; --plan carries that workbook's settings and labels",
  ],
  freeze: ['その日の数値を基準日として、ブックの隣に読み取り専用で保存します', "Keeps the day's figures as a read-only baseline beside the workbook"],
  report: ['実績報告書を .docx か .html で書き出します', 'Writes the annual report as .docx or .html'],
  proofread: ['報告書の原稿の数値を、ブックの集計と原稿内の計算で照合します', "Checks a draft report's figures against the workbook and its own arithmetic"],
  digest: ['月次ダイジェストのメッセージ（.eml と .html）をフォルダーに書き出します', "Writes the month's digest messages (.eml and .html) to a folder"],
};

const EXIT_STATUS = '終了コード / Exit status: 0 エラーなし / no errors, 1 ブックにエラー / workbook has errors, 2 読めない / unreadable file or bad usage';

const USAGE = `使い方 / Usage:
${COMMAND_ARGS.map(([name, args]) => `  shinchoku ${name.padEnd(9)} ${args}`).join('\n')}

${EXIT_STATUS}`;

/** One command's usage: `shinchoku <command> --help` (or -h). */
function commandUsage(command: string): string {
  const args = COMMAND_ARGS.filter(([name]) => name === command).map(([, rest]) => rest);
  const [ja, en] = COMMAND_PURPOSE[command] ?? ['', ''];
  return `使い方 / Usage:
${args.map((rest) => `  shinchoku ${command} ${rest}`).join('\n')}

${ja}
${en}

${EXIT_STATUS}`;
}

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stderrIsTTY: boolean;
}

interface Args {
  command: string;
  positional: string[];
  flags: Map<string, string | true>;
  /** --help or -h after a command: that command's usage, whatever else was typed. */
  help: boolean;
}

class UsageError extends Error {}

/** The flags each command takes: anything else (a typo such as --jsno, or -o) is a usage error, never ignored. */
const COMMAND_FLAGS: Record<string, { valued: string[]; switches: string[] }> = {
  summarize: { valued: ['--out', '--lang', '--as-of', '--baseline'], switches: ['--json', '--force'] },
  validate: { valued: ['--lang', '--as-of'], switches: ['--json'] },
  template: { valued: ['--plan'], switches: ['--force'] },
  digest: { valued: ['--month', '--previous', '--out', '--lang', '--from', '--as-of'], switches: ['--force'] },
  freeze: { valued: ['--date'], switches: [] },
  proofread: { valued: ['--workbook', '--lang', '--as-of', '--out'], switches: ['--json', '--force'] },
  report: { valued: ['--out', '--format', '--lang', '--as-of', '--baseline'], switches: ['--force'] },
  // Every flag of round's three subcommands; src/cli/round.ts refuses those its subcommand does not take.
  round: { valued: ['--year', '--due', '--out', '--lang', '--from'], switches: ['--force', '--json'] },
};

/** Flags whose value is a word, never a path (a path may begin or end with a space). */
const WORD_FLAGS = new Set(['--date', '--as-of', '--baseline', '--month', '--lang', '--format']);

function parseArgs(argv: string[]): Args {
  const [command = '', ...rest] = argv;
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  const known = COMMAND_FLAGS[command] ?? { valued: [], switches: [] };
  // Asked before anything is checked: `summarize --help` (or a half-typed line with --help in it) is help, never a usage error.
  if (COMMAND_FLAGS[command] && rest.some((arg) => arg === '--help' || arg === '-h')) return { command, positional: [], flags, help: true };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg.startsWith('-') && arg.length > 1) {
      const [name, inline] = arg.split('=', 2);
      if (known.valued.includes(name)) {
        const value = inline ?? rest[++i];
        if (value === undefined || value.trim() === '') throw new UsageError(`${name} には値が必要です / ${name} needs a value`);
        // Given twice (--year 2024 --year 2025): which one was meant cannot be told, so neither is taken (r27f F13).
        const earlier = flags.get(name);
        if (earlier !== undefined) {
          const params = (lang: Lang) => ({ name, values: [String(earlier), value].join(label('joinList', lang)) });
          throw new UsageError(`${roundLabel('usageOptionRepeated', 'ja', params('ja'))} / ${roundLabel('usageOptionRepeated', 'en', params('en'))}`);
        }
        // A date, month, language or format is a word: spaces around it (a pasted " 2024-03-31") are not part of it. Without
        // this, freeze --date "2024-03-31 " wrote in.baseline-2024-03-31 .json, which every later command refused to read.
        flags.set(name, WORD_FLAGS.has(name) ? value.trim() : value);
      } else if (known.switches.includes(name) && inline === undefined) flags.set(name, true);
      else throw new UsageError(`${command} に ${name} というオプションはありません / ${command} has no option ${name}`);
    } else positional.push(arg);
  }
  // Each command takes one file: a second one would be ignored silently, so it is refused.
  // round takes a subcommand and, for merge, several files: src/cli/round.ts counts its own arguments.
  if (positional.length > 1 && command !== 'round')
    throw new UsageError(`余分な引数があります: ${positional.slice(1).join(' ')} / unexpected arguments: ${positional.slice(1).join(' ')}`);
  return { command, positional, flags, help: false };
}

/** An output may never be the input, and replaces an existing file only with --force. */
function checkOutput(out: string, inputs: string[], args: Args): void {
  for (const input of inputs) {
    if (sameFile(out, input))
      throw new UsageError(
        `--out が入力のブック（${input}）と同じファイルです。Shinchoku は入力を上書きしません / --out is the input workbook (${input}): Shinchoku never overwrites its input`,
      );
  }
  // lstat, not stat: a symbolic link at the name, even one pointing nowhere, is something there.
  if (somethingAt(out) && !args.flags.has('--force')) throw existsError(out);
}

function existsError(out: string): UsageError {
  return new UsageError(`${out} はすでにあります。置き換えるには --force を付けてください / ${out} exists; add --force to replace it`);
}

/** A write that failed: exit 2, one line in both languages, nothing on stdout. */
class OutputError extends Error {}

/**
 * Writes an output through the one safe writer (src/cli/safeWrite.ts): whole
 * or not at all, never through a symbolic link, and over an existing file only
 * with --force — the check made again, atomically, as the file is placed, so
 * that of two runs started together only one can win.
 */
function writeOutput(path: string, bytes: Uint8Array | string, args: Args): void {
  try {
    writeFileSafely(path, bytes, { replace: args.flags.has('--force') });
  } catch (error) {
    if (error instanceof DestinationExistsError) throw existsError(path);
    if (error instanceof SafeWriteError) throw new OutputError(error.message);
    throw error;
  }
}

/** The one pipeline, with the options every command shares: language, --as-of (default today), baselines. */
function pipeline(input: WorkbookInput, args: Args, extra: Partial<PipelineOptions> = {}): PipelineResult {
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

function langOf(args: Args): Lang {
  const lang = args.flags.get('--lang');
  if (lang === undefined) return 'ja';
  if (lang === 'ja' || lang === 'en') return lang;
  throw new UsageError(`--lang は ja か en です（「${String(lang)}」は使えません）/ --lang must be ja or en, not ${String(lang)}`);
}

function progress(io: Io, text: string, big: boolean): void {
  if (io.stderrIsTTY && big) io.stderr(text);
}

async function commandSummarize(args: Args, io: Io, validateOnly: boolean): Promise<number> {
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
  // --baseline D: the figures as frozen on D; either way, 増減 against the baseline before.
  const skipped: string[] = [];
  const baselines = validateOnly ? [] : loadBaselines(path, skipped);
  for (const name of skipped) io.stderr(`基準日のファイルとして読めないため使いません: ${name} / not a baseline file, skipped: ${name}`);
  // A --baseline not frozen next to the workbook: refused by the pipeline's one check (compute/baseline.ts missingBaseline).
  const asOf = args.flags.get('--baseline');
  // eraDate: the as-of date (today when none is given), in whose era every table names its years, as the report does.
  const { summary, asOf: eraDate } = pipeline(input, args, { baselines, baseline: typeof asOf === 'string' ? asOf : undefined });
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

async function commandTemplate(args: Args, io: Io): Promise<number> {
  const path = args.positional[0];
  if (!path) throw new UsageError('出力先のパスがありません / output path missing');
  // Only an .xlsx, as for summarize --out: a typo with --force must not replace a baseline, a report or anything else.
  if (!/\.xlsx$/i.test(path)) throw new UsageError(`テンプレートは .xlsx のファイル名にしてください（${path}）/ the template must be an .xlsx file (${path})`);
  if (somethingAt(path) && !args.flags.has('--force')) throw existsError(path);
  const planFlag = args.flags.get('--plan');
  if (typeof planFlag === 'string' && sameFile(path, planFlag))
    throw new UsageError('テンプレートの出力先が --plan のブックと同じです / the template would overwrite the --plan workbook');
  // --plan <workbook>: the new workbook takes that plan's 設定 and 区分, and its dropdowns offer the plan's own labels.
  const planPath = args.flags.get('--plan');
  let vocabulary = DEFAULT_VOCABULARY;
  let unit: MoneyUnit = '千円';
  let perspectives: readonly string[] | undefined;
  const carried: Partial<Record<SheetKey, CellValue[][]>> = {};
  if (typeof planPath === 'string') {
    const plan = await readWorkbookFile(planPath);
    const read = pipeline(plan, args).data;
    vocabulary = read.vocabulary;
    unit = read.settings.moneyUnit;
    for (const sheet of plan.sheets) {
      const key = contractSheetKey(sheet.name);
      // Carried as text XML can hold: exceljs writes U+FFFF or a lone surrogate as it is, and Excel then refuses the file.
      if ((key === 'settings' || key === 'categories') && !carried[key])
        carried[key] = sheet.rows.map((row) => row.map((value) => (typeof value === 'string' ? xmlSafe(value) : value)));
    }
    // The plan's perspectives where its 設定 names them; none (rows to fill) where it does not (#25).
    perspectives = namedPerspectives(carried.settings ?? []);
  }
  const start = fiscalYearOfDate(new Date()) ?? 2024;
  const ExcelJSModule = (await import('exceljs')).default;
  const workbook = new ExcelJSModule.Workbook();
  for (const sheet of templateSheets(start, start + 3, unit, perspectives)) {
    const worksheet = addDataSheet(workbook, sheet.name, carried[sheet.key] ?? sheet.rows);
    for (const rule of dropdowns(vocabulary).filter((d) => d.sheet === sheet.key)) {
      const column = SHEETS[sheet.key].columns.findIndex((c) => c.ja === rule.column);
      // A list validation is a comma-separated formula: a label with a comma or a quote cannot be offered in it.
      const values = rule.values.map(xmlSafe);
      if (column < 0 || values.some((value) => /[,"]/.test(value))) continue;
      const range = `${a1(1, column)}:${a1(4999, column)}`;
      (worksheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }).dataValidations.add(range, {
        type: 'list',
        allowBlank: true,
        formulae: [`"${values.join(',')}"`],
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: rule.column,
        error: `${values.join(' / ')}`,
      });
    }
  }
  // The bytes first, then the one safe writer: exceljs's writeFile would open the final name itself.
  writeOutput(path, Buffer.from(await workbook.xlsx.writeBuffer()), args);
  io.stdout(`テンプレートを作成しました / Template written: ${path}`);
  return 0;
}

function fileSlug(text: string): string {
  // Controls (C0, DEL, C1), direction marks and lone surrogates have no place in a file name; cut by characters, never inside a pair.
  const paired = text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\u0000');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: file names must not carry them
  const cleaned = paired.replace(/[\\/:*?"<>|\s\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffe\uffff]+/g, '_');
  // At most 60 characters and 180 bytes: with "2024-03-01-", a batch's "-12" and ".html" the name stays within NAME_MAX
  // (255 bytes on ext4, APFS, NTFS), even when every character takes 4 bytes in UTF-8 (𠮷, emoji).
  let slug = '';
  for (const char of Array.from(cleaned).slice(0, 60)) {
    if (Buffer.byteLength(slug + char) > 180) break;
    slug += char;
  }
  return slug;
}

/** The names of a month's messages in a folder: <month>-NN-<who>.eml and .html, as commandDigest writes them. */
function monthMessages(folder: string, month: string): string[] {
  let names: string[];
  try {
    if (!statSync(folder).isDirectory()) return [];
    names = readdirSync(folder);
  } catch (_error) {
    return [];
  }
  const pattern = new RegExp(`^${month.replace(/[^0-9-]/g, '')}-\\d{2}-.*\\.(?:eml|html)$`);
  // A folder of that name is no message of ours: never counted, never removed.
  return names.filter((name) => pattern.test(name) && !isFolder(join(folder, name)));
}

function isFolder(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch (_error) {
    return false;
  }
}

/** A message is its .eml (one per batch of at most 50 recipients); the .html beside it is its page, not another message. */
function messageCount(names: string[]): number {
  return names.filter((name) => name.endsWith('.eml')).length;
}

/**
 * A month's messages as one set. Every file is staged first (src/cli/safeWrite.ts):
 * a failure there (a full disk) removes the staged files and leaves the earlier
 * set as it was. Only then are they placed — each atomically, never through a
 * symbolic link — and, with --force, that month's earlier messages this run did
 * not write are removed. Without --force a file that appeared meanwhile (another
 * run) undoes this run's placed files and refuses.
 */
function writeMessageSet(out: string, month: string, files: { name: string; bytes: string }[], force: boolean): { earlier: number; removed: number } {
  const staged: StagedFile[] = [];
  try {
    for (const file of files) staged.push(stageFile(join(out, file.name), file.bytes));
  } catch (error) {
    for (const file of staged) discardStaged(file);
    if (error instanceof SafeWriteError) throw new OutputError(error.message);
    throw error;
  }
  // Without --force there were none when the command started; what a run beside this one writes is not ours to remove.
  const earlier = force ? monthMessages(out, month) : [];
  // A folder at a message's name cannot be replaced by a file: refused before anything is placed.
  const blocked = staged.find((file) => isFolder(file.destination));
  if (blocked) {
    for (const file of staged) discardStaged(file);
    throw new OutputError(new SafeWriteError(blocked.destination, { ja: 'ファイルではなくフォルダーです', en: 'it is a folder, not a file' }).message);
  }
  try {
    placeStagedSet(staged, { replace: force });
  } catch (error) {
    if (error instanceof DestinationExistsError) throw existsError(error.path);
    if (error instanceof SafeWriteError) throw new OutputError(error.message);
    throw error;
  }
  const names = new Set(files.map((file) => file.name));
  const stale = earlier.filter((name) => !names.has(name));
  for (const name of stale) {
    try {
      // unlink removes a symbolic link itself, never the file it points at.
      unlinkSync(join(out, name));
    } catch (error) {
      const reason = failureReason(error);
      throw new OutputError(
        `${month} の新しいメッセージは書き出しましたが、以前の ${join(out, name)} を削除できませんでした（${reason.ja}）/ the new messages for ${month} were written, but the earlier ${join(out, name)} could not be removed (${reason.en})`,
      );
    }
  }
  return { earlier: messageCount(earlier), removed: messageCount(stale) };
}

async function commandDigest(args: Args, io: Io): Promise<number> {
  const path = args.positional[0];
  if (!path) throw new UsageError('ブックのパスがありません / workbook path missing');
  const monthText = args.flags.get('--month');
  const month = typeof monthText === 'string' ? parseMonth(monthText) : null;
  if (!month)
    throw new UsageError(
      typeof monthText === 'string'
        ? `--month「${monthText}」は年月として読めません。2024-03 のように指定してください / --month "${monthText}" is not a month; use YYYY-MM, e.g. 2024-03`
        : '--month YYYY-MM が必要です（例: --month 2024-03） / --month YYYY-MM is required, e.g. --month 2024-03',
    );
  const out = args.flags.get('--out');
  if (typeof out !== 'string') throw new UsageError('--out <フォルダー> が必要です / --out <dir> is required');
  if (existsSync(out) && !statSync(out).isDirectory())
    throw new UsageError(
      `--out「${out}」はファイルです。書き出し先のフォルダーを指定してください / --out "${out}" is a file; give a folder to write the messages to`,
    );
  const force = args.flags.has('--force');
  // The month's earlier messages are replaced only with --force: said before the workbook is read.
  const before = monthMessages(out, monthKey(month));
  if (before.length > 0 && !force) {
    const count = messageCount(before);
    throw new UsageError(
      `${out} には ${monthKey(month)} のメッセージがすでに ${count} 通あります。置き換えるには --force を付けてください / ${out} already holds ${count} messages for ${monthKey(month)}; add --force to replace them`,
    );
  }
  const lang = langOf(args);
  const result = pipeline(await readWorkbookFile(path), args);
  const { data, summary } = result;
  let previous = null;
  const previousPath = args.flags.get('--previous');
  if (typeof previousPath === 'string') {
    const older = pipeline(await readWorkbookFile(previousPath), args).data;
    const before = month.month === 1 ? { year: month.year - 1, month: 12 } : { year: month.year, month: month.month - 1 };
    previous = takeSnapshot(older, before);
  }
  // A month outside the plan's fiscal years has nothing to report (and 令和281年度 is a typo).
  const fiscalYear = digestFiscalYear(month);
  const { startYear, endYear } = summary.plan;
  // Years named in the era of the month's last day, as the digest names them (平成31年度 for 2019-04).
  const monthEnd = monthEndDate(month);
  if (startYear !== null && endYear !== null && (fiscalYear < startYear || fiscalYear > endYear))
    throw new UsageError(
      `--month ${monthText} は${formatFiscalYear(fiscalYear, 'long', monthEnd)}で、計画期間（${formatFiscalYear(startYear, 'long', monthEnd)}～${formatFiscalYear(endYear, 'long', monthEnd)}）の外です / --month ${monthText} is FY${fiscalYear}, outside the plan (FY${startYear}-FY${endYear})`,
    );
  const plan = planDigest(result, { month, lang, officeRecipients: data.settings.recipients, previous });
  try {
    mkdirSync(out, { recursive: true });
  } catch (error) {
    const reason = failureReason(error);
    throw new OutputError(`フォルダー ${out} を作れませんでした（${reason.ja}）/ could not create the folder ${out} (${reason.en})`);
  }
  // A header value: line breaks would start new headers (Bcc:…), so they are taken out.
  const from = headerSafe(typeof args.flags.get('--from') === 'string' ? String(args.flags.get('--from')) : 'Shinchoku <no-reply@example.jp>');
  const written: string[] = [];
  const files: { name: string; bytes: string }[] = [];
  plan.messages.forEach((message, index) => {
    // The month in every name, so that two months written to one folder never mix.
    const slug = `${plan.month}-${String(index + 1).padStart(2, '0')}-${message.key === 'office' ? 'office' : fileSlug(message.key.replace(/^department:/, ''))}`;
    // At most 50 recipients a message, split as the add-on sends them (core's recipientBatches): …-1.eml, …-2.eml.
    const batches = recipientBatches(message.to);
    batches.forEach((to, batch) => {
      const name = batches.length > 1 ? `${slug}-${batch + 1}` : slug;
      const eml = buildEml({
        from,
        to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        date: new Date(),
        messageId: batches.length > 1 ? `${plan.month}-${index + 1}-${batch + 1}` : `${plan.month}-${index + 1}`,
      });
      files.push({ name: `${name}.eml`, bytes: eml });
      written.push(`${name} → ${to.join(', ')}`);
    });
    files.push({ name: `${slug}.html`, bytes: message.html });
  });
  const replaced = writeMessageSet(out, plan.month, files, force);
  // A message is an .eml (one per batch of at most 50 recipients); its .html is the page beside it.
  const sent = files.filter((file) => file.name.endsWith('.eml')).length;
  const lines = [
    label('cliDigestWritten', lang, { month: plan.month, fy: fiscalYearLabel(plan.fiscalYear, lang, monthEnd), n: sent, out }),
    ...written.map((w) => `  ${w}`),
  ];
  if (replaced.earlier > 0)
    lines.push(
      label('cliDigestReplaced', lang, { n: replaced.earlier }) +
        (replaced.removed > 0 ? label('cliDigestReplacedRemoved', lang, { n: replaced.removed }) : ''),
    );
  if (plan.quiet.length > 0) lines.push(label('cliDigestQuiet', lang, { departments: plan.quiet.join('、') }));
  // Without 設定's 送信先 the office's message is not written at all; "0 通" alone leaves a new user guessing.
  if (data.settings.recipients.length === 0) lines.push(label('cliDigestNoOffice', lang));
  if (plan.unrouted.length > 0) lines.push(label('cliDigestUnrouted', lang, { departments: plan.unrouted.join('、') }));
  for (const bad of plan.invalidAddresses) lines.push(label('cliDigestInvalidAddress', lang, { where: bad.where, address: bad.address, reason: bad.reason }));
  io.stdout(lines.join('\n'));
  return summary.problemCounts.error > 0 ? 1 : 0;
}

async function commandFreeze(args: Args, io: Io): Promise<number> {
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

async function commandProofread(args: Args, io: Io): Promise<number> {
  const draftPath = args.positional[0];
  const workbookPath = args.flags.get('--workbook');
  if (!draftPath) throw new UsageError('原稿のパスがありません / draft path missing');
  if (typeof workbookPath !== 'string') throw new UsageError('--workbook <ブック.xlsx> が必要です / --workbook <workbook.xlsx> is required');
  const lang = langOf(args);
  // proofread --out annotated.html: the draft with each number marked, through the one safe writer; checked before any work.
  const out = args.flags.get('--out');
  if (out !== undefined) {
    if (typeof out !== 'string' || !/\.html?$/i.test(out))
      throw new UsageError('--out には .html のファイル名を指定してください / --out must name an .html file');
    checkOutput(out, [draftPath, workbookPath], args);
  }
  let draft: string;
  let unreadable: number;
  try {
    ({ text: draft, unreadableReferences: unreadable } = await readDraft(draftPath));
  } catch (error) {
    throw new DraftError(`${draftPath}: ${error instanceof DraftError ? error.message : fileErrorText(error)}`);
  }
  // One verdict with the sidebar (core/proofread/verdict.ts): not Japanese, nothing checked, few checked of many.
  // The workbook is read only for a draft the verdict will read (its first rule, asked first: the order of messages kept).
  const input = mostlyNotJapanese(draft) ? null : await readWorkbookFile(workbookPath);
  const verdict = proofreadVerdict(draft, () => {
    if (input === null) throw new Error('the verdict read a draft it refused');
    return pipeline(input, args).summary;
  });
  if (typeof out === 'string') writeOutput(out, annotatedDraftHtml(draft, verdict, lang), args);
  // A readable draft with nothing placed is a verdict (exit 1) with each number's reason, not "cannot read the draft" (exit 2).
  if (verdict.kind === 'nothingChecked') {
    const reasons = verdict.notPlaced.map((n) => ({ ...n, why: notPlacedText(n.reason, lang) }));
    if (args.flags.has('--json'))
      io.stdout(JSON.stringify({ findings: [], checked: 0, numbers: verdict.numbers, notPlaced: reasons, verdict: verdictRefusal(verdict, lang) }, null, 2));
    else
      io.stdout(
        [
          verdictRefusal(verdict, lang),
          ...reasons.map((n) => (lang === 'ja' ? `${n.line}行目: 「${n.stated}」 ${n.why}` : `line ${n.line}: "${n.stated}" ${n.why}`)),
        ].join('\n'),
      );
    return 1;
  }
  const refusal = verdictRefusal(verdict, 'ja');
  if (refusal !== null) throw new DraftError(`${draftPath}: ${refusal} / ${verdictRefusal(verdict, 'en')}`);
  const result = { checked: verdict.checked, findings: verdict.findings };
  const numbers = verdict.numbers;
  if (args.flags.has('--json')) {
    io.stdout(
      JSON.stringify(
        {
          findings: result.findings,
          checked: result.checked,
          numbers,
          unreadableReferences: unreadable,
          notPlaced: verdict.notPlaced.map((n) => ({ ...n, why: notPlacedText(n.reason, lang) })),
        },
        null,
        2,
      ),
    );
  } else {
    const kinds: Record<string, string> =
      lang === 'ja'
        ? { workbook: 'ブックの集計と不一致', arithmetic: '原稿内の計算と不一致', 'workbook+arithmetic': 'ブックの集計とも原稿内の計算とも不一致' }
        : {
            workbook: 'differs from the workbook',
            arithmetic: "differs from the draft's own arithmetic",
            'workbook+arithmetic': "differs from the workbook and from the draft's own arithmetic",
          };
    const lines = result.findings.map((f) =>
      lang === 'ja'
        ? `${f.line}行目: 「${f.stated}」→ 正しくは「${f.expected}」（${f.label}、${kinds[f.kind]}）`
        : `line ${f.line}: "${f.stated}" should be "${f.expected}" (${f.label}; ${kinds[f.kind]})`,
    );
    const head =
      lang === 'ja'
        ? `${result.checked} 個の数値を照合し、${result.findings.length} 件の誤りが見つかりました（原稿中の数字 ${numbers} 個のうち。年度や区分が読み取れない数値は照合していません）。`
        : `${result.checked} figures checked; ${result.findings.length} found wrong (of ${numbers} numbers in the draft; those whose year or label could not be told are not checked).`;
    // Few figures read of many: say so, so that "0 errors" is not taken for "all checked".
    const coverage = verdictNotes(verdict, lang);
    // A reference to no character was read as �: said, so that a figure it stood in cannot pass unchecked without a word.
    const references =
      unreadable > 0
        ? [
            lang === 'ja'
              ? `注意: 原稿に文字を表さない文字参照（&#99999999; など）が ${unreadable} 個あり、�（U+FFFD）として読みました。その箇所の数値は照合できていないことがあります。`
              : `Note: ${unreadable} character references in the draft (such as &#99999999;) name no character and were read as � (U+FFFD); figures there may not have been checked.`,
          ]
        : [];
    io.stdout([head, ...coverage, ...references, ...lines].join('\n'));
  }
  return result.findings.length > 0 ? 1 : 0;
}

const COMMANDS = ['summarize', 'validate', 'template', 'freeze', 'report', 'proofread', 'digest', 'round'];

/** An unknown command, with the command it most likely meant (valdate → validate): a typo is the usual cause. */
function unknownCommand(command: string): string {
  const lower = command.toLowerCase();
  const near = COMMANDS.find((name) => name === lower || (command.length <= 20 && editDistance(lower, name) <= 2));
  return near
    ? `「${command}」というコマンドはありません。${near} ですか？ / unknown command: ${command}; did you mean ${near}?`
    : `「${command}」というコマンドはありません / unknown command: ${command}`;
}

/** 報告書: the annual report as .docx (or one HTML file), from the one pipeline. */
async function commandReport(args: Args, io: Io): Promise<number> {
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
  const skipped: string[] = [];
  const baselines = loadBaselines(path, skipped);
  for (const name of skipped) io.stderr(`基準日のファイルとして読めないため使いません: ${name} / not a baseline file, skipped: ${name}`);
  // A --baseline not frozen next to the workbook: refused by the pipeline's one check (compute/baseline.ts missingBaseline).
  const asOf = args.flags.get('--baseline');
  const result = pipeline(input, args, { baselines, baseline: typeof asOf === 'string' ? asOf : undefined });
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

/**
 * Runs one command. Every line it prints, on stdout and stderr, passes through terminalSafe here:
 * workbook text (names, titles, problems), file names and option values alike, so no command can forget it.
 */
export async function run(argv: string[], terminal: Io): Promise<number> {
  const io: Io = {
    stdout: (text) => terminal.stdout(terminalSafe(text)),
    stderr: (text) => terminal.stderr(terminalSafe(text)),
    stderrIsTTY: terminal.stderrIsTTY,
  };
  try {
    const args = parseArgs(argv);
    if (args.help) {
      io.stdout(commandUsage(args.command));
      return 0;
    }
    switch (args.command) {
      case 'summarize':
        return await commandSummarize(args, io, false);
      case 'validate':
        return await commandSummarize(args, io, true);
      case 'template':
        return await commandTemplate(args, io);
      case 'digest':
        return await commandDigest(args, io);
      case 'freeze':
        return await commandFreeze(args, io);
      case 'proofread':
        return await commandProofread(args, io);
      case 'report':
        return await commandReport(args, io);
      case 'round':
        return await commandRound(args.positional, args.flags, io);
      case '--help':
      case '-h':
      case 'help': {
        // help <command>: that command's usage; an unknown one is said as for any unknown command.
        const topic = args.positional[0];
        if (topic === undefined) io.stdout(USAGE);
        else if (COMMANDS.includes(topic)) io.stdout(commandUsage(topic));
        else throw new UsageError(unknownCommand(topic));
        return 0;
      }
      default:
        throw new UsageError(args.command ? unknownCommand(args.command) : 'コマンドがありません / no command given');
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`shinchoku: ${error.message}\n使い方は shinchoku --help で表示します / run shinchoku --help for usage`);
      return 2;
    }
    if (error instanceof DraftError) {
      io.stderr(`shinchoku: 原稿を読めません / cannot read the draft: ${error.message}`);
      return 2;
    }
    if (error instanceof OutputError) {
      io.stderr(`shinchoku: ${error.message}`);
      return 2;
    }
    if (error instanceof UnreadableWorkbookError) {
      io.stderr(`shinchoku: ブックを読めません / cannot read the workbook: ${error.message}`);
      return 2;
    }
    // Anything else: one line through the same sanitised io (a library's message may quote workbook text); the stack only when asked for.
    const message = error instanceof Error ? error.message : String(error);
    const detail = process.env.SHINCHOKU_DEBUG === '1' && error instanceof Error ? `\n${error.stack}` : '';
    io.stderr(`shinchoku: 予期しないエラーです / unexpected error: ${message.split('\n')[0]}${detail}`);
    return 2;
  }
}

if (require.main === module) {
  run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // Only the terminal itself failing gets here (run() answers every other error): no text from the workbook.
      process.stderr.write(
        `shinchoku: 出力できませんでした / could not write to the terminal: ${terminalSafe(String(error instanceof Error ? error.message : error))}\n`,
      );
      process.exitCode = 2;
    },
  );
}
