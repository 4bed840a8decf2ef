/**
 * Where a returned file stands against the master: its sheet and columns for the master's, its rows and which
 * master row each answers — by what the row is first, rows alike by the 元の行 they were sent with
 * (mergeFile.ts's matchFile uses these). Split from merge.ts (#24): one job, no behaviour change.
 */
import { a1, type CellValue, cellText, isBlank, type SheetInput, type WorkbookInput } from '../base/cells';
import { matchKey } from '../base/text';
import { type RoundLayout, type RoundRow, type RoundSheet, rowIdentity } from './rows';

/** A text answer with a link: the address kept beside the text shown, as a plan's cell holds text only (r27c F13). */
export function withLink(value: CellValue, url: string): CellValue {
  const text = cellText(value);
  if (url === '' || text.includes(url)) return value;
  return isBlank(value) ? url : `${text}（${url}）`;
}

export interface FileRow {
  /** 0-based row in the file's sheet. */
  index: number;
  values: CellValue[];
  identity: ReturnType<typeof rowIdentity>;
  /** The 元の行 the row was sent with (1-based), or null. */
  origin: number | null;
  /** The 元の行 cell as the file has it (for a conflict naming it when it was changed, r27h 4). */
  originValue: CellValue;
}

/** The file's rows that hold anything, with what they are and the row they were sent as. */
export function fileRowsOf(
  sheet: RoundSheet,
  layout: RoundLayout,
  found: SheetInput,
  originColumn: number,
  links: { at: ReadonlyMap<string, string>; columns: ReadonlySet<number> },
): FileRow[] {
  const rows: FileRow[] = [];
  for (let index = 1; index < found.rows.length; index++) {
    const values = [...(found.rows[index] ?? [])];
    for (const column of links.columns) {
      const url = links.at.get(`${found.name}!${a1(index, column)}`);
      if (url !== undefined) values[column] = withLink(values[column] ?? null, url);
    }
    if (values.every((value) => isBlank(value))) continue;
    const originValue = originColumn >= 0 ? values[originColumn] : null;
    const origin = typeof originValue === 'number' && Number.isInteger(originValue) ? originValue : null;
    rows.push({ index, values, identity: rowIdentity(sheet, layout, values), origin, originValue: originValue ?? null });
  }
  return rows;
}

/**
 * The file's rows matched to the master's by what they are, before any by 元の行 (so a row the office
 * removed never lets its neighbour claim the next one's place, r27c F1). Rows alike (the same code, year and
 * text) are paired in the order they were sent — their 元の行 — not the order the file now has them; when
 * the file and the master hold a different number of them, which is which cannot be told: every one of
 * them is ambiguous and none is merged (r27c F15) — unless the 元の行 of the file's rows account for every one of
 * the master's alike rows, each once: then the file has fewer only because one of them was changed in it (its
 * text, say), and each is paired with the row it was sent as (r27h 3).
 */
export function matchByIdentity(
  fileRows: FileRow[],
  masterRows: RoundRow[],
): { matchOf: Map<FileRow, RoundRow>; ambiguous: Map<FileRow, { file: number; master: number }>; claimed: Set<string> } {
  const byIdentity = <T>(items: T[], key: (item: T) => string | undefined) => {
    const groups = new Map<string, T[]>();
    for (const item of items) {
      const k = key(item);
      if (k !== undefined) groups.set(k, [...(groups.get(k) ?? []), item]);
    }
    return groups;
  };
  const inMaster = byIdentity(masterRows, (row) => row.identity);
  const matchOf = new Map<FileRow, RoundRow>();
  const ambiguous = new Map<FileRow, { file: number; master: number }>();
  const claimed = new Set<string>();
  // Every 元の行 the file holds, once each (a repeated one says nothing of which row it was).
  const originCount = new Map<number, number>();
  for (const fileRow of fileRows) if (fileRow.origin !== null) originCount.set(fileRow.origin, (originCount.get(fileRow.origin) ?? 0) + 1);
  for (const [identity, group] of byIdentity(fileRows, (row) => row.identity?.key)) {
    const rows = inMaster.get(identity) ?? [];
    if (rows.length === 0) continue;
    const origins = group.map((fileRow) => fileRow.origin);
    const sent = origins.every((origin) => origin !== null) && new Set(origins).size === origins.length;
    if (group.length !== rows.length) {
      // Fewer in the file, and its 元の行 name each of the master's alike rows exactly once: paired by them (r27h 3).
      const accounted = group.length < rows.length && sent && rows.every((row) => originCount.get(row.row + 1) === 1);
      const byOrigin = accounted ? group.map((fileRow) => rows.find((row) => row.row + 1 === fileRow.origin)) : [];
      if (accounted && byOrigin.every((row) => row !== undefined)) {
        group.forEach((fileRow, i) => {
          const row = byOrigin[i] as RoundRow;
          matchOf.set(fileRow, row);
          claimed.add(row.key);
        });
        continue;
      }
      for (const row of rows) claimed.add(row.key);
      for (const fileRow of group) ambiguous.set(fileRow, { file: group.length, master: rows.length });
      continue;
    }
    for (const row of rows) claimed.add(row.key);
    const ordered = sent ? [...group].sort((a, b) => (a.origin ?? 0) - (b.origin ?? 0)) : group;
    for (const [i, fileRow] of ordered.entries()) matchOf.set(fileRow, rows[i]);
  }
  return { matchOf, ambiguous, claimed };
}

/** The answer sheet for a master sheet: the same name (matched as headers are), or the contract's names. */
export function answerSheet(input: WorkbookInput, layout: RoundLayout): SheetInput | undefined {
  return input.sheets.find((s) => matchKey(s.name) === matchKey(layout.name));
}

/**
 * The master's columns in the file, by header (the file's columns are the master's, in the same order, unless
 * someone moved them): where each is, and the plan's columns the file lacks, in the master's order. A column the
 * office added to the master since (担当メモ) is not the department's doing, and nothing of the file is lost
 * for it (r27c F3). Split from matchFile (mergeFile.ts) (#24): no behaviour change.
 */
export function fileColumns(layout: RoundLayout, header: CellValue[]): { columnIn: Map<number, number>; missing: number[] } {
  const columnIn = new Map<number, number>();
  const missing: number[] = [];
  const contractColumns = new Set(Object.values(layout.columns));
  layout.header.forEach((cell, column) => {
    if (isBlank(cell)) return;
    const at = header.findIndex((h) => !isBlank(h) && matchKey(cellText(h)) === matchKey(cellText(cell)));
    if (at >= 0) columnIn.set(column, at);
    else if (contractColumns.has(column)) missing.push(column);
  });
  return { columnIn, missing };
}

/**
 * The file's rows whose 元の行 was changed (r27h 4): blank or not a whole number, or not one the file was sent
 * with (`sent`, the 元の行 its values as sent name), or one another row has too — then, when the file has as many
 * rows as were sent, the row not where its number was written (the file's rows were written in 元の行 order).
 * Each with the 元の行 it was sent with where that can be told ('' otherwise). None when nothing was kept as sent.
 */
export function changedOrigins(fileRows: readonly FileRow[], sent: ReadonlySet<number>): Map<FileRow, string> {
  const changed = new Map<FileRow, string>();
  if (sent.size === 0) return changed;
  const expected = [...sent].sort((a, b) => a - b);
  const inOrder = fileRows.length === expected.length;
  const count = new Map<number, number>();
  for (const row of fileRows) if (row.origin !== null) count.set(row.origin, (count.get(row.origin) ?? 0) + 1);
  fileRows.forEach((row, k) => {
    const was = inOrder ? String(expected[k]) : '';
    if (row.origin === null || !sent.has(row.origin)) changed.set(row, was);
    else if ((count.get(row.origin) ?? 0) > 1 && (!inOrder || expected[k] !== row.origin)) changed.set(row, was);
  });
  return changed;
}
