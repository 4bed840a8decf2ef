/**
 * What the digest remembers of a month (a snapshot of every activity's and target's state) and what changed since the previous one.
 */
import { type CellValue, cellText, isDate } from '../base/cells';
import { jstMonth } from '../base/jst';
import { type PlanVocabulary, RESULT_CODES, type ResultCode, STATUS_CODES, type StatusCode } from '../contract/vocabulary';
import type { WorkbookData } from '../read/read';
import { type MonthRef, monthKey, parseMonth } from './digestMonth';

export interface SnapshotEntry {
  kind: 'activity' | 'target';
  code: string;
  /** Identity of the row across months: code, year and text. */
  key: string;
  /** What people read: the activity or the target. */
  label: string;
  /** The plan's label of the status or result, or '' for a target without a result. */
  state: string;
}

export interface Snapshot {
  month: string;
  entries: SnapshotEntry[];
}

export function takeSnapshot(data: WorkbookData, month: MonthRef): Snapshot {
  const entries: SnapshotEntry[] = [];
  for (const a of data.activities)
    entries.push({
      kind: 'activity',
      code: a.code,
      key: `${a.code}|${a.year}|${a.activity}`,
      label: a.activity,
      state: data.vocabulary.progress.terms[a.label].label,
    });
  for (const t of data.targets)
    entries.push({
      kind: 'target',
      code: t.code,
      key: `${t.code}|${t.years.first}-${t.years.last}|${t.target}`,
      label: t.target,
      state: t.resultLabel >= 0 ? data.vocabulary.result.terms[t.resultLabel].label : '',
    });
  return { month: monthKey(month), entries };
}

export const SNAPSHOT_HEADER = ['month', 'kind', 'code', 'key', 'label', 'state'];

export function snapshotRows(snapshot: Snapshot): string[][] {
  return snapshot.entries.map((e) => [snapshot.month, e.kind, e.code, e.key, e.label, e.state]);
}

/**
 * The month key of a log or snapshot cell. Written as text it reads back as
 * '2024-03'; a sheet that turned it into a date (Sheets reads a typed
 * '2024-03' as 2024-03-01) still gives the right month, in Japan time.
 */
export function monthKeyOf(value: CellValue): string | null {
  if (isDate(value)) return Number.isNaN(value.getTime()) ? null : monthKey(jstMonth(value));
  const month = parseMonth(cellText(value));
  return month ? monthKey(month) : null;
}

/** Reads snapshot rows (any number of months) back; unreadable rows are skipped. */
export function snapshotsFromRows(rows: CellValue[][]): Snapshot[] {
  const byMonth = new Map<string, SnapshotEntry[]>();
  for (const row of rows) {
    const month = monthKeyOf(row[0] ?? null);
    const [kind, , key, labelText, state] = row.slice(1).map((v) => cellText(v));
    if (!month || (kind !== 'activity' && kind !== 'target')) continue;
    // The key (code|year|text) is never reinterpreted; a code cell turned into a date is not trusted.
    const code = key.split('|')[0];
    const list = byMonth.get(month) ?? [];
    list.push({ kind, code, key, label: labelText, state });
    byMonth.set(month, list);
  }
  return [...byMonth].map(([month, entries]) => ({ month, entries })).sort((a, b) => a.month.localeCompare(b.month));
}

/** The latest snapshot strictly before the month (a retry in the same month compares with the same one). */
export function previousSnapshot(snapshots: Snapshot[], month: MonthRef): Snapshot | null {
  const key = monthKey(month);
  const earlier = snapshots.filter((s) => s.month < key);
  return earlier.length > 0 ? earlier[earlier.length - 1] : null;
}

/** A change in the plan's own words: `from` and `to` are labels. */
export type DigestChange =
  | { kind: 'transition'; code: string; label: string; from: string; to: string }
  | { kind: 'newActivity'; code: string; label: string; to: string }
  | { kind: 'newResult'; code: string; label: string; to: string };

/**
 * Snapshots recorded before the plan's own words were kept hold meaning codes
 * (done, achieved): they read as the plan's label of that meaning, so an
 * unchanged status is not reported as changed.
 */
function stateLabel(state: string, kind: SnapshotEntry['kind'], vocabulary: PlanVocabulary): string {
  if (kind === 'activity' && (STATUS_CODES as readonly string[]).includes(state)) {
    const index = vocabulary.progress.firstOf(state as StatusCode);
    return index >= 0 ? vocabulary.progress.terms[index].label : state;
  }
  if (kind === 'target' && (RESULT_CODES as readonly string[]).includes(state)) {
    const index = vocabulary.result.firstOf(state as ResultCode);
    return index >= 0 ? vocabulary.result.terms[index].label : state;
  }
  return state;
}

export function changesBetween(previous: Snapshot, current: Snapshot, vocabulary: PlanVocabulary): DigestChange[] {
  const before = new Map(previous.entries.map((e) => [`${e.kind}|${e.key}`, e]));
  const changes: DigestChange[] = [];
  for (const entry of current.entries) {
    const old = before.get(`${entry.kind}|${entry.key}`);
    const oldState = old ? stateLabel(old.state, old.kind, vocabulary) : '';
    if (entry.kind === 'activity') {
      if (!old) changes.push({ kind: 'newActivity', code: entry.code, label: entry.label, to: entry.state });
      else if (oldState !== entry.state) changes.push({ kind: 'transition', code: entry.code, label: entry.label, from: oldState, to: entry.state });
    } else if (entry.state !== '' && (!old || oldState !== entry.state)) {
      changes.push({ kind: 'newResult', code: entry.code, label: entry.label, to: entry.state });
    }
  }
  return changes;
}
