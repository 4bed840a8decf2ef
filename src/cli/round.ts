/**
 * `shinchoku round`: the annual round (照会・取りまとめ) on .xlsx files — split the master into one
 * protected workbook (and one request mail) per department, merge their answers back, and show each
 * department's completion. Who is asked for what, what a conflict is and what completion counts are all
 * core's (src/core/round); this file reads and writes files.
 */

import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type ExcelJS from 'exceljs';
import { a1, type CellValue, type WorkbookInput } from '../core/base/cells';
import { addressReason, checkFrom, escapeHtml, headerSafe } from '../core/base/email';
import { type FiscalYear, fiscalYearDays, parseFiscalYearAsNamed } from '../core/base/fiscalYear';
import { jstDate } from '../core/base/jst';
import { SUMMABLE_LIMIT } from '../core/base/numbers';
import { readWorkbook, type WorkbookData } from '../core/read/read';
import {
  type AnswerFile,
  addressNotes,
  askedCounts,
  completionTable,
  conflictText,
  type DepartmentFile,
  departmentFile,
  dueAgainstYear,
  duePassed,
  FILE_PROJECTS_SHEET,
  mergeAnswers,
  mergeErrorText,
  mergeGrid,
  ORIGINALS_SHEET,
  parseDue,
  type RoundPlan,
  readRequestSheet,
  roundCompletion,
  roundFieldName,
  roundRequests,
  yearOutsidePlan,
} from '../core/round/round';
import { type Lang, label } from '../core/words/messages';
import { type RoundLabelKey, roundLabel, unroutedText } from '../core/words/round';
import { fiscalYearLabel } from '../core/words/yearLabels';
import { buildEml } from './eml';
import { addGeneratedSheets } from './package';
import { setCells } from './roundPackage';
import {
  DestinationExistsError,
  discardStaged,
  placeStagedSet,
  SafeWriteError,
  type StagedFile,
  sameFile,
  somethingAt,
  stageFile,
  writeFileSafely,
} from './safeWrite';
import { renderTable } from './terminal';
import { addDataSheet, linkedCells, loadWorkbook, readWorkbookFile, UnreadableWorkbookError, uncalculatedCells, workbookInput } from './xlsx';

interface RoundIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

type Flags = Map<string, string | true>;

/** Bad usage of round: one line in both languages, exit 2, nothing written. */
class RoundUsageError extends Error {}
/** A write that failed: exit 2. */
class RoundOutputError extends Error {}

const SUBCOMMANDS: Record<string, { valued: string[]; switches: string[] }> = {
  split: { valued: ['--year', '--due', '--out', '--lang', '--from'], switches: ['--force'] },
  merge: { valued: ['--out', '--lang'], switches: ['--force'] },
  status: { valued: ['--year', '--lang'], switches: ['--json'] },
};

/** Conflicts (and errors) listed on the terminal, each kind; the rest are counted, and all are in the 取りまとめ結果 sheet. */
const SHOWN_LINES = 50;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ANSWER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };

/** A message of the catalogue in both languages, Japanese first (a usage error is said before --lang is known to be valid). */
function bothLangs(key: RoundLabelKey, params: Record<string, string | number> = {}, paramsEn = params): string {
  return `${roundLabel(key, 'ja', params)} / ${roundLabel(key, 'en', paramsEn)}`;
}

function langOf(flags: Flags): Lang {
  const lang = flags.get('--lang');
  if (lang === undefined) return 'ja';
  if (lang === 'ja' || lang === 'en') return lang;
  throw new RoundUsageError(bothLangs('usageLang', { value: String(lang) }));
}

function yearOf(flags: Flags): FiscalYear {
  const text = flags.get('--year');
  if (typeof text !== 'string') throw new RoundUsageError(bothLangs('usageYearMissing'));
  // As a person names a year: 2024, 令和6年度, R6, and 平成32年度 / H32 as plans written before 令和 name FY2020 (r27h 9).
  const year = parseFiscalYearAsNamed(text.trim());
  if (year === null) throw new RoundUsageError(bothLangs('usageYearInvalid', { text }));
  return year;
}

/** --from: `address` or `Name <address>`, checked as every address is (core checkFrom); bad usage otherwise; '' when not given. */
function fromOf(flags: Flags): string {
  const given = flags.get('--from');
  // None given: the mails name no sender (drafts the user sends from their own account, r27c F8), never a no-reply address.
  if (typeof given !== 'string') return '';
  const checked = checkFrom(given);
  if ('from' in checked) return headerSafe(checked.from);
  const params = (lang: Lang) => ({ from: headerSafe(given), reason: addressReason(checked.problem, lang) });
  throw new RoundUsageError(bothLangs('splitFromInvalid', params('ja'), params('en')));
}

/** An .eml (by its name, or a file that starts as a mail does): not an answer workbook. */
function isMail(path: string): boolean {
  if (/\.eml$/i.test(path)) return true;
  try {
    const head = readFileSync(path).subarray(0, 512).toString('latin1');
    return /^(From|To|Subject|Date|MIME-Version|Message-ID|Return-Path|Received): /i.test(head);
  } catch (_error) {
    return false;
  }
}

/**
 * A department's answer file given where the plan's workbook is expected — merge's master (r27h 2), split's or status's
 * workbook (r27 re-review 3: its requests would be routed wrong): refused (exit 2), nothing written.
 */
function refuseAnswerFileAsMaster(input: WorkbookInput, path: string, key: 'mergeMasterIsAnswerFile' | 'masterIsAnswerFile' = 'mergeMasterIsAnswerFile'): void {
  const request = readRequestSheet(input);
  if (request) throw new RoundUsageError(bothLangs(key, { file: path, department: request.department }));
}

/** A --year outside the plan's years is bad usage (exit 2), said with the years the plan covers (r27 #10). */
function checkYearInPlan(data: WorkbookData, year: FiscalYear, plan: RoundPlan): void {
  const outside = yearOutsidePlan(data, year, plan);
  if (!outside) return;
  const params = (lang: Lang) => ({ fy: fiscalYearLabel(year, lang), start: fiscalYearLabel(outside.start, lang), end: fiscalYearLabel(outside.end, lang) });
  throw new RoundUsageError(bothLangs('yearOutsidePlan', params('ja'), params('en')));
}

function existsError(path: string): RoundUsageError {
  return new RoundUsageError(bothLangs('usageExists', { path }));
}

/** A name for a file from a department's name: no path separator, control or character a file system refuses. */
function fileSlug(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: file names must not carry them
  const cleaned = text.replace(/[\\/:*?"<>|\s\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, '_');
  let slug = '';
  for (const char of Array.from(cleaned).slice(0, 40)) {
    if (Buffer.byteLength(slug + char) > 120) break;
    slug += char;
  }
  return slug || 'department';
}

/**
 * The files of a split as one set: every one staged first; then, without --force, none may exist; each is
 * placed atomically (src/cli/safeWrite.ts). A failure removes what this run placed (without --force).
 */
function writeSet(files: { path: string; bytes: Uint8Array | string }[], force: boolean): void {
  if (!force) {
    const there = files.find((file) => somethingAt(file.path));
    if (there) throw existsError(there.path);
  }
  const staged: StagedFile[] = [];
  try {
    for (const file of files) staged.push(stageFile(file.path, file.bytes));
  } catch (error) {
    for (const file of staged) discardStaged(file);
    if (error instanceof SafeWriteError) throw new RoundOutputError(error.message);
    throw error;
  }
  try {
    placeStagedSet(staged, { replace: force });
  } catch (error) {
    if (error instanceof DestinationExistsError) throw existsError(error.path);
    if (error instanceof SafeWriteError) throw new RoundOutputError(error.message);
    throw error;
  }
}

type Validations = { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } };

/** A department's workbook: 照会 first, its round sheets with the answer cells unlocked, 事業 for reference; every sheet protected. */
async function departmentWorkbook(file: DepartmentFile, labels: { status: string[]; result: string[]; amountError: string }): Promise<Buffer> {
  const ExcelJSModule = (await import('exceljs')).default;
  const workbook = new ExcelJSModule.Workbook();
  workbook.creator = 'Shinchoku round split';
  const request = workbook.addWorksheet(file.requestSheet);
  for (const row of file.request) request.addRow(row.map((v) => v ?? null));
  request.getRow(1).font = { bold: true, size: 13 };
  request.getColumn(1).width = 16;
  request.getColumn(2).width = 18;
  request.getColumn(5).width = 40;
  const protections: Promise<void>[] = [request.protect('', { selectLockedCells: true, selectUnlockedCells: true })];
  for (const sheet of file.sheets) {
    const worksheet = addDataSheet(workbook, sheet.name, sheet.rows);
    for (const { row, column } of sheet.answerCells) {
      const cell = worksheet.getCell(row + 1, column + 1);
      cell.protection = { locked: false };
      cell.fill = ANSWER_FILL;
    }
    const lists: [string, string[]][] = [
      ['status', labels.status],
      ['result', labels.result],
    ];
    for (const [field, values] of lists) {
      const column = sheet.answerColumns[field];
      // A list validation is a comma-separated literal of at most 255 characters: a label with a comma or quote cannot be offered in it.
      const literal = `"${values.join(',')}"`;
      if (column === undefined || sheet.rows.length < 2 || values.some((v) => /[,"]/.test(v)) || literal.length > 257) continue;
      const range = `${a1(1, column)}:${a1(sheet.rows.length - 1, column)}`;
      (worksheet as unknown as Validations).dataValidations.add(range, {
        type: 'list',
        allowBlank: true,
        formulae: [literal],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: String(sheet.rows[0][column] ?? ''),
        error: values.join(' / '),
      });
    }
    // The amount column takes a number only: Excel would turn "1/2" or "3-31" typed there into a date (r27 #2).
    const amount = sheet.answerColumns.amount;
    if (amount !== undefined && sheet.rows.length > 1)
      (worksheet as unknown as Validations).dataValidations.add(`${a1(1, amount)}:${a1(sheet.rows.length - 1, amount)}`, {
        type: 'decimal',
        operator: 'between',
        allowBlank: true,
        // From 0: the merge refuses a negative amount (効果額には0以上の値), so Excel stops it at typing (r27c F11).
        formulae: [0, SUMMABLE_LIMIT],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: String(sheet.rows[0][amount] ?? ''),
        error: labels.amountError,
      });
    protections.push(worksheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true }));
  }
  if (file.projects.length > 1) {
    const projects = addDataSheet(workbook, FILE_PROJECTS_SHEET, file.projects);
    protections.push(projects.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true }));
  }
  // The values as sent, for the merge to tell an answer from a change made to the master since; out of sight.
  const originals = workbook.addWorksheet(ORIGINALS_SHEET, { state: 'veryHidden' });
  for (const row of file.originals) originals.addRow(row.map((v) => v ?? null));
  protections.push(originals.protect('', {}));
  await Promise.all(protections);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function split(positional: string[], flags: Flags, io: RoundIo): Promise<number> {
  const path = positional[0];
  if (!path) throw new RoundUsageError(bothLangs('usagePathMissing'));
  if (positional.length > 1) throw new RoundUsageError(bothLangs('usageExtraArgs', { args: positional.slice(1).join(' ') }));
  const lang = langOf(flags);
  const year = yearOf(flags);
  const dueText = flags.get('--due');
  if (typeof dueText !== 'string') throw new RoundUsageError(bothLangs('usageDueMissing'));
  const due = parseDue(dueText);
  if (!due) throw new RoundUsageError(bothLangs('usageDueInvalid', { text: dueText }));
  // Today in Japan; SHINCHOKU_TODAY (YYYY-MM-DD) fixes it, for a reproducible run (the tests).
  const today = parseDue(process.env.SHINCHOKU_TODAY ?? '') ?? jstDate(new Date());
  if (duePassed(due, today)) throw new RoundUsageError(bothLangs('splitDuePast', { due, today }));
  // A deadline before the year asked about begins is refused; one before it ends is said after the split (core's rule, r27f F4).
  const dueAgainst = dueAgainstYear(due, year);
  const dueParams = (l: Lang) => ({ due, fy: fiscalYearLabel(year, l), ...fiscalYearDays(year) });
  if (dueAgainst === 'beforeYear') throw new RoundUsageError(bothLangs('dueBeforeYear', dueParams('ja'), dueParams('en')));
  const out = flags.get('--out');
  if (typeof out !== 'string') throw new RoundUsageError(bothLangs('usageOutFolderMissing'));
  if (somethingAt(out)) {
    let folder: boolean;
    try {
      folder = statSync(out).isDirectory();
    } catch (_error) {
      // A link whose target is gone (r27 #11): said in words, not as a raw ENOENT.
      throw new RoundUsageError(bothLangs('splitOutDangling', { out }));
    }
    if (!folder) throw new RoundUsageError(bothLangs('usageOutIsFile', { out }));
  }
  const force = flags.has('--force');
  const input = await readWorkbookFile(path);
  refuseAnswerFileAsMaster(input, path, 'masterIsAnswerFile');
  const data = readWorkbook(input);
  const plan = roundRequests(input, { year, due }, data);
  checkYearInPlan(data, year, plan);
  const fy = fiscalYearLabel(year, lang);
  // Notes in the user's language only, as every other line of the command (r27f F9).
  for (const project of plan.unrouted) io.stderr(unroutedText(project, lang));
  if (plan.departments.length === 0) {
    io.stdout(roundLabel('splitNothing', lang, { fy }));
    return 1;
  }
  const from = fromOf(flags);
  // Each mail's Message-ID is its own: the file's number and this run's (a corrected re-send is a new message, r27 #14).
  const run = `${Date.now().toString(36)}${randomBytes(4).toString('hex')}`;
  const planName = data.settings.planName ?? 'Shinchoku';
  const labels = {
    status: data.vocabulary.progress.terms.map((t) => t.label),
    result: data.vocabulary.result.terms.map((t) => t.label),
    amountError: roundLabel('amountValidation', lang, { unit: data.settings.moneyUnit }),
  };
  const files: { path: string; bytes: Uint8Array | string }[] = [];
  const lines: string[] = [];
  for (const department of plan.departments) {
    const file = departmentFile(input, data, plan, department, lang);
    const bytes = await departmentWorkbook(file, labels);
    // Numbered by the department's place in 部署, whatever its address or the other departments asked (r27f F12).
    const name = `${year}-${String(department.number).padStart(2, '0')}-${fileSlug(department.department)}`;
    files.push({ path: join(out, `${name}.xlsx`), bytes });
    let mail = '';
    if (department.emails.length > 0) {
      const params = { plan: planName, fy, department: department.department, due };
      const cellLines = department.cells.slice(0, 50).map((cell) =>
        roundLabel('requestCellLine', lang, {
          sheet: cell.sheetName,
          cell: requestCellInFile(file, cell),
          code: cell.code,
          what: cell.what,
          column: roundFieldName(cell.sheet, cell.field, data, lang),
        }),
      );
      if (department.cells.length > 50) cellLines.push(roundLabel('requestMore', lang, { n: department.cells.length - 50 }));
      const text = [roundLabel('requestIntro', lang, params), '', roundLabel('requestMailCount', lang, { n: department.cells.length }), ...cellLines].join(
        '\n',
      );
      const eml = buildEml({
        from,
        to: department.emails,
        subject: roundLabel('requestSubject', lang, params),
        text,
        html: `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"></head><body><pre style="font-family:inherit;white-space:pre-wrap">${escapeHtml(text)}</pre></body></html>`,
        date: new Date(),
        messageId: `round-${year}-${department.number}-${run}`,
        attachment: { name: `${name}.xlsx`, type: XLSX_TYPE, bytes },
        draft: true,
      });
      files.push({ path: join(out, `${name}.eml`), bytes: eml });
      mail = roundLabel('splitMail', lang, { file: `${name}.eml`, to: department.emails.join(', ') });
    }
    lines.push(roundLabel('splitLine', lang, { department: department.department, file: `${name}.xlsx`, n: department.cells.length, mail }));
  }
  try {
    mkdirSync(out, { recursive: true });
  } catch (_error) {
    throw new RoundOutputError(bothLangs('outputFolderFailed', { out }));
  }
  // The input is never written, even with --force: a master kept in --out under a department file's name (r27 #4).
  const over = files.find((file) => sameFile(file.path, path));
  if (over) throw new RoundUsageError(bothLangs('splitOverInput', { file: over.path, input: path }));
  writeSet(files, force);
  // The cells to fill, each once; a shared project's cell is asked of each of its departments, said so the figures add up (r27f F5).
  const { cells, sum, shared } = askedCounts(plan);
  const summary = [roundLabel('splitDone', lang, { fy, out, departments: plan.departments.length, cells, due }), ...lines];
  if (sum !== cells) summary.push(`  ${roundLabel('splitShared', lang, { sum, shared, cells, extra: sum - cells })}`);
  io.stdout(summary.join('\n'));
  if (dueAgainst === 'beforeYearEnd') io.stderr(roundLabel('dueBeforeYearEnd', lang, dueParams(lang)));
  if (dueAgainst === 'onYearEnd') io.stderr(roundLabel('dueOnYearEnd', lang, dueParams(lang)));
  for (const note of addressNotes(plan, lang)) io.stderr(note);
  // How the mails go and where the answers return (r27c F8): said whenever a mail was written.
  if (files.some((file) => file.path.endsWith('.eml')))
    io.stderr(from === '' ? roundLabel('splitMailsNoFrom', lang) : roundLabel('splitMailsFrom', lang, { from }));
  return 0;
}

/** A requested cell's reference in the department's own file (its rows are only the department's). */
function requestCellInFile(file: DepartmentFile, cell: { sheet: string; row: number; column: number; cell: string }): string {
  const row = file.sheets.find((s) => s.sheet === cell.sheet)?.rowOf.get(cell.row);
  return row === undefined ? cell.cell : a1(row, cell.column);
}

async function merge(positional: string[], flags: Flags, io: RoundIo): Promise<number> {
  const [path, ...answerPaths] = positional;
  if (!path) throw new RoundUsageError(bothLangs('usagePathMissing'));
  if (answerPaths.length === 0) throw new RoundUsageError(bothLangs('usageNoAnswers'));
  const lang = langOf(flags);
  const out = flags.get('--out');
  if (typeof out !== 'string') throw new RoundUsageError(bothLangs('usageOutMergedMissing'));
  if (!/\.xlsx$/i.test(out)) throw new RoundUsageError(bothLangs('usageOutNotXlsx', { out }));
  for (const input of [path, ...answerPaths]) if (sameFile(out, input)) throw new RoundUsageError(bothLangs('usageOutIsInput', { input }));
  if (somethingAt(out) && !flags.has('--force')) throw existsError(out);
  // One answer given twice — the same file by two paths, or a copy of it — is said before anything is read:
  // merged twice it would agree with itself and hide that another department's answer is missing.
  const both = (key: 'mergeSameFile' | 'mergeSameContent' | 'mergeMasterAsAnswer', a: string, b: string) =>
    `${roundLabel(key, 'ja', { a, b })} / ${roundLabel(key, 'en', { a, b })}`;
  // A request mail given for its answer (split writes both side by side): said as what it is, not as a text file to paste.
  for (const answer of answerPaths) if (isMail(answer)) throw new RoundUsageError(bothLangs('mergeAnswerIsMail', { file: answer }));
  const contents = new Map<string, string>();
  for (const [index, answer] of answerPaths.entries()) {
    const earlier = [path, ...answerPaths.slice(0, index)].find((other) => sameFile(other, answer));
    if (earlier !== undefined) throw new RoundUsageError(both(earlier === path ? 'mergeMasterAsAnswer' : 'mergeSameFile', earlier, answer));
    let key: string;
    try {
      key = createHash('sha256').update(readFileSync(answer)).digest('hex');
    } catch (_error) {
      continue; // unreadable: readWorkbookFile says so below, as for every workbook
    }
    const twin = contents.get(key);
    if (twin !== undefined) throw new RoundUsageError(both('mergeSameContent', twin, answer));
    contents.set(key, answer);
  }
  const master = await readWorkbookFile(path);
  refuseAnswerFileAsMaster(master, path);
  // Files are named in the report by their name, or by the path given when two share a name (a/回答.xlsx, b/回答.xlsx).
  const names = answerPaths.map((answer) => basename(answer));
  const answers: AnswerFile[] = [];
  for (const [index, answer] of answerPaths.entries()) {
    const workbook = await loadWorkbook(answer);
    answers.push({
      file: names.filter((n) => n === names[index]).length > 1 ? answer : names[index],
      // When it was saved, by the workbook's own record and by the file's: which of one department's files is later (r27f F7).
      saved: workbook.modified instanceof Date ? workbook.modified : null,
      modified: modifiedAt(answer),
      input: workbookInput(workbook),
      uncalculated: uncalculatedCells(workbook),
      links: linkedCells(workbook),
    });
  }
  const result = mergeAnswers(master, answers);
  const edits = result.changes.map((c) => ({ sheet: c.sheetName, row: c.row, column: c.column, value: c.to as CellValue }));
  let bytes: Buffer;
  let sheetNames: string[];
  try {
    const patched = await setCells(readFileSync(path), edits);
    const written = await addGeneratedSheets(patched, [{ kind: 'round', wanted: roundLabel('mergeSheet', lang), grid: mergeGrid(result, lang) }]);
    bytes = written.bytes;
    sheetNames = written.names;
    for (const kept of written.kept) io.stderr(kept.message);
  } catch (_error) {
    throw new UnreadableWorkbookError(`${path}: ${bothLangs('mergeUnwritable')}`);
  }
  try {
    writeFileSafely(out, bytes, { replace: flags.has('--force') });
  } catch (error) {
    if (error instanceof DestinationExistsError) throw existsError(out);
    if (error instanceof SafeWriteError) throw new RoundOutputError(error.message);
    throw error;
  }
  const lines = [
    roundLabel(answers.length === 1 ? 'mergeDoneOne' : 'mergeDone', lang, {
      files: answers.length,
      changes: result.changes.length,
      conflicts: result.conflicts.length,
      errors: result.errors.length,
      out,
    }),
  ];
  if (sheetNames[0] !== roundLabel('mergeSheet', lang)) lines.push(`  ${sheetNames[0]}`);
  // At most SHOWN_LINES of each on the terminal (r27 #15); the 取りまとめ結果 sheet keeps them all.
  const capped = (items: string[]) =>
    items.length <= SHOWN_LINES
      ? items
      : [...items.slice(0, SHOWN_LINES), `  ${roundLabel('mergeMoreLines', lang, { n: items.length - SHOWN_LINES, sheet: sheetNames[0] })}`];
  lines.push(...capped(result.conflicts.map((c) => `  [${c.file}] ${roundLabel('mergeConflict', lang)}: ${conflictText(c, lang)}`)));
  lines.push(...capped(result.errors.map((e) => `  [${e.file}] ${roundLabel('mergeError', lang)}: ${mergeErrorText(e, lang)}`)));
  for (const { department, files } of result.resubmitted)
    lines.push(`  ${roundLabel('mergeResubmitted', lang, { department, n: files.length, files: files.join(label('joinList', lang)) })}`);
  // No answer read as one (no year found): no completion to show, rather than a table titled 「0年度」.
  if (result.completion.departments.length > 0)
    lines.push('', renderTable(completionTable(result.completion, lang, roundLabel('statusTitle', lang, { fy: fiscalYearLabel(result.year, lang) }))));
  // Why 取り込んだセル can exceed 入力済 (r27 #9): answers in columns the round does not ask for.
  if (result.notAsked.cells > 0)
    lines.push(
      roundLabel('mergeNotAsked', lang, {
        changes: result.changes.length,
        n: result.notAsked.cells,
        columns: result.notAsked.columns.join(label('joinList', lang)),
      }),
    );
  io.stdout(lines.join('\n'));
  return result.conflicts.length > 0 || result.errors.length > 0 ? 1 : 0;
}

/** The file's modification time on disk; null when it cannot be read. */
function modifiedAt(path: string): Date | null {
  try {
    return statSync(path).mtime;
  } catch (_error) {
    return null;
  }
}

async function status(positional: string[], flags: Flags, io: RoundIo): Promise<number> {
  const path = positional[0];
  if (!path) throw new RoundUsageError(bothLangs('usagePathMissing'));
  if (positional.length > 1) throw new RoundUsageError(bothLangs('usageExtraArgs', { args: positional.slice(1).join(' ') }));
  const lang = langOf(flags);
  const year = yearOf(flags);
  const input = await readWorkbookFile(path);
  refuseAnswerFileAsMaster(input, path, 'masterIsAnswerFile');
  const data = readWorkbook(input);
  const plan = roundRequests(input, { year, due: '' }, data);
  checkYearInPlan(data, year, plan);
  const completion = roundCompletion(input, plan, data);
  if (flags.has('--json')) {
    io.stdout(
      JSON.stringify(
        {
          year,
          departments: completion.departments.map((d) => ({
            department: d.department,
            emails: d.emails,
            requested: d.requested,
            filled: d.filled,
            errors: d.errors,
            complete: d.complete,
            missing: d.missing.map((c) => ({ sheet: c.sheetName, cell: c.cell, code: c.code, field: c.field })),
          })),
          total: completion.total,
          unrouted: plan.unrouted,
        },
        null,
        2,
      ),
    );
  } else {
    const lines = [renderTable(completionTable(completion, lang, roundLabel('statusTitle', lang, { fy: fiscalYearLabel(year, lang) })))];
    for (const project of plan.unrouted) lines.push(unroutedText(project, lang));
    io.stdout(lines.join('\n'));
  }
  return completion.total.errors > 0 ? 1 : 0;
}

/**
 * Runs `round <split|merge|status> …`. Its own usage errors and write failures are said here (exit 2);
 * an unreadable workbook is thrown to main.ts's handler, as every command's is.
 */
export async function commandRound(positional: string[], flags: Flags, io: RoundIo): Promise<number> {
  try {
    const [sub, ...rest] = positional;
    const known = sub === undefined ? undefined : SUBCOMMANDS[sub];
    if (!known) throw new RoundUsageError(sub === undefined ? bothLangs('usageNoSubcommand') : bothLangs('usageUnknownSubcommand', { sub }));
    for (const [name, value] of flags) {
      if (!known.valued.includes(name) && !known.switches.includes(name))
        throw new RoundUsageError(bothLangs('usageUnknownOption', { sub: String(sub), name }));
      // --year --due 2025-04-30: the value taken for --year is the next option's name, so --year has none (r27h 9).
      if (typeof value === 'string' && /^--[a-z]/i.test(value.trim())) throw new RoundUsageError(bothLangs('usageValueMissing', { name, next: value.trim() }));
    }
    if (sub === 'split') return await split(rest, flags, io);
    if (sub === 'merge') return await merge(rest, flags, io);
    return await status(rest, flags, io);
  } catch (error) {
    if (error instanceof RoundUsageError) {
      io.stderr(`shinchoku: ${error.message}\n${bothLangs('usageHelpHint')}`);
      return 2;
    }
    if (error instanceof RoundOutputError) {
      io.stderr(`shinchoku: ${error.message}`);
      return 2;
    }
    throw error;
  }
}
