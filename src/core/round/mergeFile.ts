/**
 * One returned file against the master (merge.ts): its rows matched to the master's, each change to a row
 * of its department's an answer to merge (a candidate) or a conflict, never resolved here. Split from
 * merge.ts (#24): one job, no behaviour change.
 */
import { a1, type CellValue, cellText, isBlank, type WorkbookInput } from '../base/cells';
import { matchKey } from '../base/text';
import { fillMerges, type WorkbookData } from '../read/read';
import type { MessageKey, MessageParams } from '../words/messages';
import { type Problem, ProblemList } from '../words/problems';
import { checkedAnswer } from './mergeAnswer';
import { answerSheet, changedOrigins, fileColumns, fileRowsOf, matchByIdentity } from './mergeRows';
import type { AnswerFile, Candidate, MergeConflict } from './mergeTypes';
import { sameValue, shown } from './mergeValue';
import { ORIGIN_HEADER, ORIGINALS_SHEET, originalKey, readOriginals, sentOrigins } from './requestSheet';
import type { RoundDepartment, RoundPlan } from './requests';
import { ANSWER_FIELDS, IDENTITY_FIELDS, ROUND_SHEETS, type RoundRow, roundLayoutOf } from './rows';

/**
 * Matches one file's rows to the master's and returns its candidate answers and its conflicts.
 */
export function matchFile(
  answer: AnswerFile,
  master: WorkbookInput,
  plan: RoundPlan,
  department: RoundDepartment,
  allRows: RoundRow[],
  owners: Map<string, Set<string>>,
  conflicts: MergeConflict[],
  data: WorkbookData,
  originals: ReadonlyMap<string, CellValue> = readOriginals(answer.input),
): Candidate[] {
  const candidates: Candidate[] = [];
  const mine = new Set(department.rows.map((row) => row.key));
  const base = { file: answer.file, department: department.department };
  // Without the values as sent (照会_元の値 removed, or a sheet's 元の行 column deleted), a master cell changed
  // since the split cannot be told from one that was not: the file is reported, and no answer replaces a master value.
  let missingOriginals = originals.size === 0;
  for (const sheet of ROUND_SHEETS) {
    const layout = plan.layouts[sheet];
    if (!layout) continue;
    // Compared as the reader sees the master: a merged 事業コード filled into every row of its block.
    const masterSheet = master.sheets.find((s) => s.name === layout.name);
    const masterRows = masterSheet ? fillMerges(masterSheet, new ProblemList()).rows : [];
    const ownRows = department.rows.filter((row) => row.sheet === sheet);
    const found = answerSheet(answer.input, layout);
    if (!found) {
      if (ownRows.length > 0)
        conflicts.push({ ...base, kind: 'sheetMissing', sheet: layout.name, cell: '', code: '', column: '', from: '', to: '', other: '' });
      continue;
    }
    const fileLayout = roundLayoutOf(sheet, found);
    const header = found.rows[0] ?? [];
    const originColumn = header.findIndex((cell) => typeof cell === 'string' && matchKey(cell) === matchKey(ORIGIN_HEADER));
    if (originColumn < 0 && ownRows.length > 0) missingOriginals = true;
    // The master's columns in the file, by header (the file's columns are the master's, in the same order, unless someone moved them).
    const { columnIn, missing } = fileColumns(layout, header);
    // A column of the plan's the file lacks is a conflict (fileColumns: not one the office added to the master since).
    for (const column of missing) {
      const cell = layout.header[column];
      conflicts.push({
        ...base,
        kind: 'lockedChanged',
        sheet: layout.name,
        cell: a1(0, column),
        code: '',
        column: cellText(cell),
        from: cellText(cell),
        to: '',
        other: '',
      });
    }
    const answerColumns = new Set(ANSWER_FIELDS[sheet].map((field) => layout.columns[field]).filter((c): c is number => c !== undefined));
    const identityColumns = new Set(IDENTITY_FIELDS[sheet].map((field) => layout.columns[field]).filter((c): c is number => c !== undefined));
    const sheetRows = allRows.filter((row) => row.sheet === sheet);
    const byIndex = new Map(sheetRows.map((row) => [row.row, row]));
    // Text answers (取組内容・成果, 概要) keep a link's address; a label or an amount is what it shows.
    const textColumns = new Set(
      (['notes', 'summary'] as const).map((field) => columnIn.get(layout.columns[field] ?? -1)).filter((c): c is number => c !== undefined),
    );
    const fileRows = fileRowsOf(sheet, fileLayout, found, originColumn, { at: answer.links ?? new Map(), columns: textColumns });
    const { matchOf, ambiguous, claimed } = matchByIdentity(fileRows, sheetRows);
    // 元の行 changed in the file (r27h 4): the values as sent are found by it, so such a row is a conflict, never merged.
    const originChanged = originColumn >= 0 ? changedOrigins(fileRows, sentOrigins(originals, layout.name)) : new Map();
    for (const fileRow of fileRows) {
      const { index, values, identity, origin: originNumber } = fileRow;
      const at = (column: number): CellValue => {
        const c = columnIn.get(column);
        return c === undefined ? null : values[c];
      };
      const originValue = originColumn >= 0 ? values[originColumn] : null;
      const code = identity?.code ?? cellText(at(layout.columns.code ?? -1));
      // The answer file's own row, said as the answer file's beside the master's cell (r27f F6).
      const fileRef = `${index + 1}:${index + 1}`;
      const masterRow = matchOf.get(fileRow);
      const differs = (row: RoundRow) => [...columnIn.keys()].filter((column) => !sameValue(masterRows[row.row]?.[column] ?? null, at(column)));
      const alike = ambiguous.get(fileRow);
      if (alike) {
        conflicts.push({
          ...base,
          kind: 'rowAmbiguous',
          sheet: layout.name,
          cell: '',
          fileRef,
          code,
          column: '',
          from: String(alike.file),
          to: identity?.what ?? '',
          other: String(alike.master),
        });
        continue;
      }
      if (masterRow && !mine.has(masterRow.key)) {
        // Another department's row: harmless while it is as the master has it; any change to it is theirs to make.
        const changed = differs(masterRow).filter((column) => !identityColumns.has(column));
        if (changed.length > 0)
          conflicts.push({
            ...base,
            kind: 'otherDepartment',
            sheet: layout.name,
            cell: a1(masterRow.row, changed[0]),
            code: masterRow.code,
            column: cellText(layout.header[changed[0]]),
            from: shown(masterRows[masterRow.row]?.[changed[0]] ?? null),
            to: shown(at(changed[0])),
            other: [...(owners.get(masterRow.key) ?? [])].join('、'),
          });
        continue;
      }
      const was = masterRow ? originChanged.get(fileRow) : undefined;
      if (masterRow && was !== undefined) {
        conflicts.push({
          ...base,
          kind: was === '' ? 'originChangedUnknown' : 'originChanged',
          sheet: layout.name,
          cell: `${masterRow.row + 1}:${masterRow.row + 1}`,
          fileRef: a1(index, originColumn),
          code: masterRow.code,
          column: ORIGIN_HEADER,
          from: was,
          to: shown(originValue),
          other: '',
        });
        continue;
      }
      const row: RoundRow | undefined = masterRow;
      if (!row) {
        // Not found by what it is: the row it was sent as (元の行), unless that row is another's by what it is.
        const origin = originNumber === null ? undefined : byIndex.get(originNumber - 1);
        if (origin && !claimed.has(origin.key) && mine.has(origin.key)) {
          // The row it came from, its code, year or text changed: which row it now means cannot be known, so nothing of it is merged.
          claimed.add(origin.key);
          const changed = differs(origin).filter((column) => identityColumns.has(column));
          const column = changed[0] ?? layout.columns.code ?? 0;
          // Who changed it cannot be told (the file's code, year and text are not kept as sent): said of neither (r27c F2).
          conflicts.push({
            ...base,
            kind: 'rowChanged',
            sheet: layout.name,
            cell: a1(origin.row, column),
            code: origin.code,
            column: cellText(layout.header[column]),
            from: shown(masterRows[origin.row]?.[column] ?? null),
            to: shown(at(column)),
            other: '',
          });
        } else if (origin && !claimed.has(origin.key)) {
          conflicts.push({
            ...base,
            kind: 'otherDepartment',
            sheet: layout.name,
            cell: `${origin.row + 1}:${origin.row + 1}`,
            code: origin.code,
            column: '',
            from: '',
            to: '',
            other: [...(owners.get(origin.key) ?? [])].join('、'),
          });
        } else if (originNumber !== null) {
          // Sent as a row of the round, and neither it nor its place is in the master now: the office removed or changed it.
          conflicts.push({
            ...base,
            kind: 'rowGone',
            sheet: layout.name,
            cell: '',
            fileRef,
            code,
            column: '',
            from: String(originNumber),
            to: identity?.what ?? '',
            other: '',
          });
        } else {
          conflicts.push({ ...base, kind: 'rowAdded', sheet: layout.name, cell: '', fileRef, code, column: '', from: '', to: identity?.what ?? '', other: '' });
        }
        continue;
      }
      const fieldAt = new Map(ANSWER_FIELDS[sheet].map((field) => [layout.columns[field], field]));
      const candidate = (column: number, to: CellValue, problem?: Problem): Candidate => ({
        ...base,
        ...(problem ? { problem } : {}),
        sheet,
        sheetName: layout.name,
        row: row.row,
        column,
        code: row.code,
        from: masterRows[row.row]?.[column] ?? null,
        to,
      });
      const problemAt = (column: number, value: CellValue, code: MessageKey, params: MessageParams): Problem => ({
        severity: 'error',
        sheet: layout.name,
        cell: a1(row.row, column),
        value: shown(value),
        code,
        params: { value: shown(value), ...params },
        message: '',
      });
      // A formula with no saved result reads as blank: said as an error, never skipped as if unanswered.
      for (const column of answerColumns) {
        const c = columnIn.get(column);
        if (c !== undefined && answer.uncalculated?.has(`${found.name}!${a1(index, c)}`))
          candidates.push(candidate(column, null, problemAt(column, null, 'answerFormulaNoResult', { column: cellText(layout.header[column]) })));
      }
      for (const column of differs(row)) {
        if (answerColumns.has(column)) {
          // A blank answer never clears the master: merging a late file into a master already merged, its blank for a
          // shared project's cell (left to the other department, or entered by the office since) must not undo that answer.
          // The values as sent are keyed by the file's column (the master's at the split), not the master's now (r27c F3).
          const originKey = typeof originValue === 'number' ? originalKey(layout.name, originValue, (columnIn.get(column) ?? column) + 1) : '';
          const now = masterRows[row.row]?.[column] ?? null;
          if (isBlank(at(column))) {
            // …but a value the file was sent with and the department cleared is its answer too: kept, and said, for the office to decide.
            if (!isBlank(originals.get(originKey) ?? null))
              conflicts.push({
                ...base,
                kind: 'answerCleared',
                sheet: layout.name,
                cell: a1(row.row, column),
                code: row.code,
                column: cellText(layout.header[column]),
                from: shown(now),
                to: '',
                other: shown(now),
              });
            continue;
          }
          if (!originals.has(originKey) && !isBlank(now)) {
            // The value as sent is unknown: the master's value may be the office's correction since; never overwritten.
            conflicts.push({
              ...base,
              kind: 'originalUnknown',
              sheet: layout.name,
              cell: a1(row.row, column),
              code: row.code,
              column: cellText(layout.header[column]),
              from: shown(now),
              to: shown(at(column)),
              other: '',
            });
            continue;
          }
          if (originals.has(originKey)) {
            const original = originals.get(originKey) ?? null;
            // As the file was made: not the department's answer, whatever the master holds now.
            if (sameValue(at(column), original)) continue;
            if (!sameValue(now, original)) {
              conflicts.push({
                ...base,
                kind: 'changedSince',
                sheet: layout.name,
                cell: a1(row.row, column),
                code: row.code,
                column: cellText(layout.header[column]),
                from: shown(now),
                to: shown(at(column)),
                other: shown(original),
              });
              continue;
            }
          }
          const field = fieldAt.get(column);
          const checked = field ? checkedAnswer(field, at(column), data, cellText(layout.header[column])) : { to: at(column) };
          if ('code' in checked) candidates.push(candidate(column, at(column), problemAt(column, at(column), checked.code, checked.params)));
          else if (!sameValue(checked.to, masterRows[row.row]?.[column] ?? null))
            candidates.push({ ...candidate(column, checked.to), ...(sameValue(checked.to, at(column)) ? {} : { typed: at(column) }) });
          continue;
        }
        // Matched by what it is, its code, year and text are the master's (１－０１ is 1-01, R8 is 令和8年度): no conflict (r27c F4).
        if (identityColumns.has(column)) continue;
        conflicts.push({
          ...base,
          kind: column === layout.columns.code ? 'codeChanged' : 'lockedChanged',
          sheet: layout.name,
          cell: a1(row.row, column),
          code: row.code,
          column: cellText(layout.header[column]),
          from: shown(masterRows[row.row]?.[column] ?? null),
          to: shown(at(column)),
          other: '',
        });
      }
    }
    for (const row of ownRows)
      if (!claimed.has(row.key))
        conflicts.push({
          ...base,
          kind: 'rowRemoved',
          sheet: layout.name,
          cell: `${row.row + 1}:${row.row + 1}`,
          code: row.code,
          column: '',
          from: row.what,
          to: '',
          other: '',
        });
  }
  if (missingOriginals)
    conflicts.push({ ...base, kind: 'originalsMissing', sheet: '', cell: '', code: '', column: '', from: '', to: '', other: ORIGINALS_SHEET });
  return candidates;
}
