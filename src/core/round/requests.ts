/**
 * The annual round's requests (照会): for a fiscal year and a deadline, each department's rows and the
 * cells it must fill — its projects' 取組活動 rows of the year without a 進捗状況 or 取組内容・成果, its
 * 達成事項 due that year without a 達成状況, its 効果額 rows of the year without an amount — routed by
 * the 事業 sheet's 取組推進課 and the 部署 sheet's addresses, as the monthly digest routes
 * (present/digest.ts planDigest). A project with several departments is asked of each of them: each
 * gets its rows, and a cell answered differently by two of them is a conflict the merge reports.
 */
import { a1, type WorkbookInput } from '../base/cells';
import { type AddressProblem, addressReason, checkAddress } from '../base/email';
import type { FiscalYear } from '../base/fiscalYear';
import { parseJstDate } from '../base/jst';
import { matchKey } from '../base/text';
import { planYears } from '../compute/planYears';
import { GENERIC_DEPARTMENTS } from '../present/digestContent';
import { readWorkbook, type WorkbookData } from '../read/read';
import type { Lang } from '../words/messages';
import { roundLabel } from '../words/round';
import { answered, REQUESTED_FIELDS, ROUND_SHEETS, type RoundField, type RoundLayout, type RoundRow, type RoundSheet, roundRows } from './rows';

export interface RoundOptions {
  year: FiscalYear;
  /** The deadline, a Japan calendar date YYYY-MM-DD (parseDue). */
  due: string;
}

/** One cell a department is asked to fill. */
export interface RoundCell {
  sheet: RoundSheet;
  /** The sheet's name in the workbook. */
  sheetName: string;
  /** 0-based row and column. */
  row: number;
  column: number;
  /** A1 reference (D5). */
  cell: string;
  code: string;
  field: RoundField;
  /** What the row is: the activity, the target, or the effect's kind. */
  what: string;
  /** The row's identity (rows.ts RoundRow.key). */
  key: string;
}

export interface RoundDepartment {
  /** The department's name as the 部署 sheet writes it (or the 事業 sheet, when 部署 has no row for it). */
  department: string;
  /** Its valid addresses in the 部署 sheet; [] when it has none (no request mail, and no editor in Sheets). */
  emails: string[];
  /** Codes of its projects with a row this year, in 事業 order. */
  projects: string[];
  /** Its rows of the year, in sheet order (取組活動, 達成事項, 効果額). */
  rows: RoundRow[];
  /** The cells still to fill. */
  cells: RoundCell[];
}

/** A project with rows this year and no department to ask: 取組推進課 blank or only 関係課. */
export interface UnroutedProject {
  code: string;
  name: string;
  /** What 取組推進課 says (関係課 …), [] when blank. */
  departments: string[];
  /** Its cells still to fill, which nobody is asked for. */
  cells: number;
}

export interface RoundPlan {
  year: FiscalYear;
  due: string;
  departments: RoundDepartment[];
  unrouted: UnroutedProject[];
  /** Departments asked for something but with no valid address in 部署. */
  noAddress: string[];
  /** Addresses of the departments asked that cannot be used (zaisei@, 山田 <…>): each with its cell and why (r27c F5). */
  badAddresses: BadAddress[];
  /** The round sheets' layouts in the workbook the plan was made from (the split writes them). */
  layouts: Partial<Record<RoundSheet, RoundLayout>>;
}

/** A deadline typed by a person: a real date YYYY-MM-DD; null otherwise. */
export function parseDue(text: string): string | null {
  const trimmed = text.trim();
  return parseJstDate(trimmed) ? trimmed : null;
}

/** The plan's years when `year` lies outside them (planYears: 設定's, or derived from the rows); null when inside or unknown. */
export function yearOutsidePlan(data: WorkbookData, year: FiscalYear): { start: FiscalYear; end: FiscalYear } | null {
  const { start, end } = planYears(data);
  if (start === null || end === null) return null;
  return year < start || year > end ? { start, end } : null;
}

/** Whether a deadline (YYYY-MM-DD) is already past on `today` (Japan's calendar date): a round may not open with it. */
export function duePassed(due: string, today: string): boolean {
  return due < today;
}

/**
 * The mail a day of the round calls for: the reminder N days before the deadline (remind), on the day itself
 * (due), after it (late: the deadline is said to be past, never "today"); null before the reminders begin.
 */
export function reminderKind(due: string, remindDays: number, today: string): 'remind' | 'due' | 'late' | null {
  if (today > due) return 'late';
  if (today === due) return 'due';
  const first = new Date(`${due}T00:00:00Z`);
  first.setUTCDate(first.getUTCDate() - remindDays);
  return today >= first.toISOString().slice(0, 10) ? 'remind' : null;
}

/** The requestable answer cells of a row (REQUESTED_FIELDS whose column the sheet has), each with whether it is answered now. */
export function requestableCells(input: WorkbookInput, layout: RoundLayout, row: RoundRow, data: WorkbookData): { cell: RoundCell; answered: boolean }[] {
  const sheet = input.sheets.find((s) => s.name === layout.name);
  const values = sheet?.rows[row.row] ?? [];
  const cells: { cell: RoundCell; answered: boolean }[] = [];
  for (const field of REQUESTED_FIELDS[row.sheet]) {
    const column = layout.columns[field];
    if (column === undefined) continue;
    const cell: RoundCell = {
      sheet: row.sheet,
      sheetName: layout.name,
      row: row.row,
      column,
      cell: a1(row.row, column),
      code: row.code,
      field,
      what: row.what,
      key: row.key,
    };
    cells.push({ cell, answered: answered(field, values[column], data.vocabulary.result) });
  }
  return cells;
}

export interface BadAddress {
  department: string;
  address: string;
  /** `部署!B2`. */
  cell: string;
  problem: AddressProblem;
}

interface Route {
  name: string;
  emails: string[];
  bad: Omit<BadAddress, 'department'>[];
  order: number;
}

/** The 部署 sheet's departments by matching key, their valid addresses merged (a department on two rows). */
function routes(data: WorkbookData): Map<string, Route> {
  const found = new Map<string, Route>();
  const sheet = data.sheetNames.departments ?? '部署';
  data.departments.forEach((department, order) => {
    const emails = department.emails.filter((address) => checkAddress(address) === null);
    const bad = department.emails.flatMap((address) => {
      const problem = checkAddress(address);
      return problem === null ? [] : [{ address, cell: `${sheet}!${a1(department.row, department.emailColumn)}`, problem }];
    });
    const key = matchKey(department.name);
    const existing = found.get(key);
    if (existing) {
      existing.emails.push(...emails.filter((address) => !existing.emails.includes(address)));
      existing.bad.push(...bad);
    } else found.set(key, { name: department.name, emails: [...emails], bad, order });
  });
  return found;
}

/**
 * Each department's requests for the year. `data` is the workbook read (readWorkbook), passed when the
 * caller has it already.
 */
export function roundRequests(input: WorkbookInput, options: RoundOptions, data: WorkbookData = readWorkbook(input)): RoundPlan {
  const { layouts, rows } = roundRows(input, data, options.year);
  const known = routes(data);
  const byDepartment = new Map<string, RoundDepartment & { order: number }>();
  const unrouted: UnroutedProject[] = [];
  const rowsByCode = new Map<string, RoundRow[]>();
  for (const row of rows) rowsByCode.set(row.code, [...(rowsByCode.get(row.code) ?? []), row]);
  let unknownOrder = data.departments.length;
  for (const project of data.projects) {
    const own = rowsByCode.get(project.code);
    if (!own) continue;
    const toFill = own.flatMap((row) => {
      const layout = layouts[row.sheet];
      return layout ? requestableCells(input, layout, row, data).filter((c) => !c.answered) : [];
    });
    const names = project.departments.filter((name) => !GENERIC_DEPARTMENTS.has(name));
    if (names.length === 0) {
      unrouted.push({ code: project.code, name: project.name, departments: project.departments, cells: toFill.length });
      continue;
    }
    const keys = new Set<string>();
    for (const name of names) {
      const key = matchKey(name);
      if (keys.has(key)) continue;
      keys.add(key);
      let department = byDepartment.get(key);
      if (!department) {
        const route = known.get(key);
        department = {
          department: route?.name ?? name,
          emails: route ? [...route.emails] : [],
          projects: [],
          rows: [],
          cells: [],
          order: route ? route.order : unknownOrder++,
        };
        byDepartment.set(key, department);
      }
      department.projects.push(project.code);
      department.rows.push(...own);
      department.cells.push(...toFill.map((c) => c.cell));
    }
  }
  const departments = [...byDepartment.values()]
    .sort((a, b) => a.order - b.order)
    .map(({ order: _, ...department }) => ({ ...department, rows: sheetOrder(department.rows), cells: sheetOrder(department.cells) }));
  return {
    year: options.year,
    due: options.due,
    departments,
    unrouted,
    noAddress: departments.filter((d) => d.emails.length === 0).map((d) => d.department),
    badAddresses: departments.flatMap((d) => (known.get(matchKey(d.department))?.bad ?? []).map((bad) => ({ department: d.department, ...bad }))),
    layouts,
  };
}

const SHEET_RANK: Record<RoundSheet, number> = { activities: 0, targets: 1, effects: 2 };

/** Rows and cells in the order a person reads the workbook: 取組活動, 達成事項, 効果額; top to bottom, left to right. */
function sheetOrder<T extends { sheet: RoundSheet; row: number; column?: number }>(items: T[]): T[] {
  return [...items].sort((a, b) => SHEET_RANK[a.sheet] - SHEET_RANK[b.sheet] || a.row - b.row || (a.column ?? 0) - (b.column ?? 0));
}

/** One row a department was asked about when the round opened: its identity (rows.ts key) and what it is, for messages. */
export interface AskedRow {
  department: string;
  key: string;
  what: string;
}

/** The rows each department is asked about, as the round opens: recorded so that completion is measured against them. */
export function askedRows(plan: RoundPlan): AskedRow[] {
  return plan.departments.flatMap((department) => department.rows.map((row) => ({ department: department.department, key: row.key, what: row.what })));
}

/**
 * The round's plan fixed at its opening: each department keeps the rows it was asked about then (found again
 * by identity), whatever the workbook says now — a row whose code, year or text changed since is a row gone
 * (roundCompletion's rowsGone: never 完了), and no edit moves a row into another department's requests or out
 * of the round. `current` is roundRequests on the workbook now (its addresses and layouts are kept).
 */
export function fixedRoundPlan(input: WorkbookInput, data: WorkbookData, current: RoundPlan, asked: readonly AskedRow[]): RoundPlan {
  if (asked.length === 0) return current;
  const now = roundRows(input, data, current.year);
  const byKey = new Map(now.rows.map((row) => [row.key, row]));
  const names: string[] = [];
  for (const row of asked) if (!names.includes(row.department)) names.push(row.department);
  const departments = names.map((name): RoundDepartment => {
    const found = current.departments.find((d) => matchKey(d.department) === matchKey(name));
    const rows: RoundRow[] = [];
    const cells: RoundCell[] = [];
    for (const one of asked.filter((a) => a.department === name)) {
      const row = byKey.get(one.key);
      if (row) {
        rows.push(row);
        const layout = current.layouts[row.sheet];
        if (layout)
          cells.push(
            ...requestableCells(input, layout, row, data)
              .filter((c) => !c.answered)
              .map((c) => c.cell),
          );
        continue;
      }
      // Gone since the opening: known by its recorded identity (sheet|code|year|text), at no row now.
      const [sheet, code] = one.key.split('|');
      rows.push({
        sheet: (ROUND_SHEETS as readonly string[]).includes(sheet) ? (sheet as RoundSheet) : 'activities',
        row: -1,
        code: code ?? '',
        key: one.key,
        identity: one.key.replace(/#\d+$/, ''),
        what: one.what,
      });
    }
    return {
      department: name,
      emails: found?.emails ?? [],
      projects: [...new Set(rows.map((r) => r.code))],
      rows,
      cells: sheetOrder(cells),
    };
  });
  return {
    ...current,
    departments,
    noAddress: departments.filter((d) => d.emails.length === 0).map((d) => d.department),
    badAddresses: current.badAddresses.filter((bad) => names.includes(bad.department)),
  };
}

/**
 * What the office is told of the departments' addresses when the round opens (split, or the add-on's
 * opening): each address that cannot be used, with its cell and why — never "no address" for a department
 * whose cell holds one that is malformed (r27c F5) — then each department left with no address at all, and,
 * given the file's editors (Sheets), each address that is not one of them.
 */
export function addressNotes(plan: RoundPlan, lang: Lang, editors?: readonly string[]): string[] {
  const lines = plan.badAddresses.map((bad) =>
    roundLabel('badAddressLine', lang, { department: bad.department, address: bad.address, cell: bad.cell, reason: addressReason(bad.problem, lang) }),
  );
  for (const department of plan.noAddress)
    if (!plan.badAddresses.some((bad) => bad.department === department)) lines.push(roundLabel('noAddressLine', lang, { department }));
  // In Sheets: an address that is not an editor of the file gets the request but cannot type a thing (r27c F14).
  if (editors) {
    const can = new Set(editors.map((address) => address.toLowerCase()));
    for (const department of plan.departments) {
      const cannot = department.emails.filter((address) => !can.has(address.toLowerCase()));
      if (cannot.length > 0) lines.push(roundLabel('notEditorLine', lang, { department: department.department, addresses: cannot.join(', ') }));
    }
  }
  return lines;
}
