/**
 * Baselines (基準日): a dated, frozen copy of the input figures. The summary
 * can be built as of any baseline, and shows the change (増減) against the
 * previous one for progress counts, achievement counts and effects.
 */
import { type CellValue, isDate, type WorkbookInput } from '../base/cells';
import { parseJstDate } from '../base/jst';
import { contractSheetKey } from '../contract/schema';

export interface Baseline {
  /** The 基準日, YYYY-MM-DD. */
  date: string;
  /** When it was frozen (ISO time). */
  frozenAt: string;
  /** The contract sheets' cells as they were. */
  input: WorkbookInput;
}

type Encoded = string | number | boolean | null | { $date: string };

/** JSON for a baseline: Dates become {"$date": ISO}. */
export function encodeBaseline(baseline: Baseline): string {
  const sheets = baseline.input.sheets.map((sheet) => ({
    name: sheet.name,
    rows: sheet.rows.map((row) =>
      row.map((value): Encoded => (isDate(value) ? { $date: value.toISOString() } : value === undefined ? null : (value as Encoded))),
    ),
  }));
  return JSON.stringify({ version: 1, date: baseline.date, frozenAt: baseline.frozenAt, sheets });
}

export function decodeBaseline(text: string): Baseline {
  const data = JSON.parse(text) as { version: number; date: string; frozenAt: string; sheets: { name: string; rows: Encoded[][] }[] };
  if (data.version !== 1 || !/^\d{4}-\d{2}-\d{2}$/.test(data.date)) throw new Error('not a Shinchoku baseline');
  return {
    date: data.date,
    frozenAt: data.frozenAt,
    input: {
      sheets: data.sheets.map((sheet) => ({
        name: sheet.name,
        rows: sheet.rows.map((row) => row.map((v): CellValue => (v !== null && typeof v === 'object' ? new Date(v.$date) : v))),
      })),
    },
  };
}

/** Freezes the contract sheets of a workbook (other sheets, such as generated ones, are left out). */
export function freeze(input: WorkbookInput, date: string, now: Date): Baseline {
  if (parseJstDate(date) === null) throw new Error(`基準日は YYYY-MM-DD で指定してください / the baseline date must be YYYY-MM-DD: ${date}`);
  return {
    date,
    frozenAt: now.toISOString(),
    input: { sheets: input.sheets.filter((s) => contractSheetKey(s.name) !== undefined).map((s) => ({ name: s.name, rows: s.rows.map((r) => [...r]) })) },
  };
}

/** The baseline before a date (or the latest, when no date is given). */
/** A baseline asked for and not frozen: its date, and the dates that are (oldest first as given). */
export interface MissingBaseline {
  date: string;
  found: string[];
}

/** The one check of a missing baseline (pipeline, CLI, add-on): null when none is asked for or it is there. */
export function missingBaseline(baselines: readonly { date: string }[], wanted: string | undefined): MissingBaseline | null {
  if (wanted === undefined || baselines.some((b) => b.date === wanted)) return null;
  return { date: wanted, found: baselines.map((b) => b.date) };
}

export function previousBaseline(baselines: Baseline[], before?: string): Baseline | null {
  const sorted = [...baselines].sort((a, b) => a.date.localeCompare(b.date));
  const earlier = before === undefined ? sorted : sorted.filter((b) => b.date < before);
  return earlier.length > 0 ? earlier[earlier.length - 1] : null;
}

/**
 * A baseline's text cut into pieces small enough for a sheet cell (50,000
 * characters at most), never between the two halves of a surrogate pair
 * (𠮷): a lone half cannot be stored and would come back as U+FFFD.
 */
export function cellChunks(text: string, size = 45_000): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks;
}
