/**
 * Baselines (基準日): a dated, frozen copy of the input figures. The summary
 * can be built as of any baseline, and shows the change (増減) against the
 * previous one for progress counts, achievement counts and effects.
 */
import { type CellValue, isDate, type WorkbookInput } from './cells';
import { contractSheetKey } from './schema';
import type { Summary } from './summarize';
import { RESULT_CODES, type ResultCode, STATUS_CODES, type StatusCode } from './vocabulary';

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
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`基準日は YYYY-MM-DD で指定してください / the baseline date must be YYYY-MM-DD: ${date}`);
  return {
    date,
    frozenAt: now.toISOString(),
    input: { sheets: input.sheets.filter((s) => contractSheetKey(s.name) !== undefined).map((s) => ({ name: s.name, rows: s.rows.map((r) => [...r]) })) },
  };
}

/** The baseline before a date (or the latest, when no date is given). */
export function previousBaseline(baselines: Baseline[], before?: string): Baseline | null {
  const sorted = [...baselines].sort((a, b) => a.date.localeCompare(b.date));
  const earlier = before === undefined ? sorted : sorted.filter((b) => b.date < before);
  return earlier.length > 0 ? earlier[earlier.length - 1] : null;
}

export interface Delta {
  /** The baseline compared with. */
  against: string;
  progress: { year: number; activities: number; counts: Record<StatusCode, number>; progressing: number }[];
  achievement: { evaluated: number; counts: Record<ResultCode, number> };
  effects: { byYear: { year: number; amount: number }[]; total: number };
}

/** Current minus previous, year by year (a year missing on either side counts as zero). */
export function delta(current: Summary, previous: Summary, against: string): Delta {
  const years = [...new Set([...current.years, ...previous.years])].sort((a, b) => a - b);
  const progressOf = (s: Summary, year: number) => s.progress.find((p) => p.year === year);
  const effectOf = (s: Summary, year: number) => s.effects.byYear.find((e) => e.year === year)?.amount ?? 0;
  return {
    against,
    progress: years.map((year) => {
      const c = progressOf(current, year);
      const p = progressOf(previous, year);
      const counts = {} as Record<StatusCode, number>;
      for (const code of STATUS_CODES) counts[code] = (c?.counts[code] ?? 0) - (p?.counts[code] ?? 0);
      return { year, activities: (c?.activities ?? 0) - (p?.activities ?? 0), counts, progressing: (c?.progressing ?? 0) - (p?.progressing ?? 0) };
    }),
    achievement: {
      evaluated: current.achievement.evaluated - previous.achievement.evaluated,
      counts: Object.fromEntries(RESULT_CODES.map((code) => [code, current.achievement.counts[code] - previous.achievement.counts[code]])) as Record<
        ResultCode,
        number
      >,
    },
    effects: {
      byYear: years.map((year) => ({ year, amount: effectOf(current, year) - effectOf(previous, year) })),
      total: current.effects.total - previous.effects.total,
    },
  };
}
