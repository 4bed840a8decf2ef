/**
 * The opening's requests (moved from round.ts, no behaviour change): each department's rows protected for it and
 * the office, the contract's other sheets and the log for the office alone, a filter view per department and sheet.
 */
import type { WorkbookInput } from '../core/base/cells';
import { contractSheetKey } from '../core/contract/schema';
import { ANSWER_FIELDS, ROUND_SHEETS, type RoundPlan } from '../core/round/round';
import type { Lang } from '../core/words/messages';
import { roundUiLabel } from '../core/words/roundUi';
import { fiscalYearLabel } from '../core/words/yearLabels';
import { type SheetInfo, shown } from './roundCommon';
import type { RoundRecord } from './timedTrigger';

type Request = GoogleAppsScript.Sheets.Schema.Request;

/** The requests that protect the round's rows and sheets and add its filter views (nothing is sent). */
export function openingRequests(
  plan: RoundPlan,
  input: WorkbookInput,
  sheets: SheetInfo[],
  owner: string,
  token: string,
  lang: Lang,
  notes: string[],
  logSheetId: number | null,
): { requests: Request[]; filterViews: RoundRecord['filterViews'] } {
  const fy = fiscalYearLabel(plan.year, lang);
  const mark = (who: string) => `${roundUiLabel('roundProtectionNote', lang, { fy, who })} [${token}]`;
  const requests: Request[] = [];
  const filterViews: RoundRecord['filterViews'] = [];
  const used = new Set(sheets.flatMap((s) => s.filterViewIds));
  const freeId = () => {
    for (;;) {
      const id = 1 + Math.floor(Math.random() * 2_000_000_000);
      if (!used.has(id)) {
        used.add(id);
        return id;
      }
    }
  };
  const roundTitles = new Set<string>();
  for (const sheetKey of ROUND_SHEETS) {
    const layout = plan.layouts[sheetKey];
    const info = layout ? sheets.find((s) => s.title === layout.name) : undefined;
    if (!layout || !info) continue;
    roundTitles.add(info.title);
    // Each row's departments: a project of two departments is theirs together (editors: the union).
    const byRow = new Map<number, string[]>();
    for (const department of plan.departments)
      for (const row of department.rows) if (row.sheet === sheetKey) byRow.set(row.row, [...(byRow.get(row.row) ?? []), department.department]);
    const runs: { start: number; end: number; departments: string[] }[] = [];
    for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
      const departments = byRow.get(row) ?? [];
      const last = runs[runs.length - 1];
      if (last && last.end === row && last.departments.join('\n') === departments.join('\n')) last.end = row + 1;
      else runs.push({ start: row, end: row + 1, departments });
    }
    // Only the answer cells (ANSWER_FIELDS: 進捗状況 / 取組内容・成果, 達成状況 / 概要, the amount) are the
    // departments': 事業コード, 年度 and what the row is stay the office's, so a department cannot move a row out
    // of the round (or into another department's) by editing its identity. Contiguous answer columns make one block.
    const answerColumns = [...new Set(ANSWER_FIELDS[sheetKey].map((field) => layout.columns[field]).filter((c): c is number => c !== undefined))].sort(
      (a, b) => a - b,
    );
    const blocks: { start: number; end: number }[] = [];
    for (const column of answerColumns) {
      const last = blocks[blocks.length - 1];
      if (last && last.end === column) last.end = column + 1;
      else blocks.push({ start: column, end: column + 1 });
    }
    const answerRanges: GoogleAppsScript.Sheets.Schema.GridRange[] = [];
    for (const run of runs) {
      const emails = plan.departments.filter((d) => run.departments.includes(d.department)).flatMap((d) => d.emails);
      const users = [...new Set([...emails, owner])];
      for (const block of blocks) {
        const range = { sheetId: info.id, startRowIndex: run.start, endRowIndex: run.end, startColumnIndex: block.start, endColumnIndex: block.end };
        answerRanges.push(range);
        requests.push({ addProtectedRange: { protectedRange: { range, description: mark(run.departments.join('・')), editors: { users } } } });
      }
    }
    if (info.sheetProtected) notes.push(roundUiLabel('roundSheetProtectedAlready', lang, { sheet: info.title }));
    else
      requests.push({
        addProtectedRange: {
          protectedRange: {
            range: { sheetId: info.id },
            description: mark(roundUiLabel('roundOfficeOnly', lang)),
            editors: { users: [owner] },
            unprotectedRanges: answerRanges,
          },
        },
      });
    // One filter view per department: every other project's code and every other year hidden.
    const rows = input.sheets.find((s) => s.name === layout.name)?.rows ?? [];
    const width = Math.max(1, layout.header.length);
    const codeColumn = layout.columns.code;
    const yearColumn = sheetKey === 'targets' ? layout.columns.targetYear : layout.columns.year;
    for (const department of plan.departments) {
      const mine = department.rows.filter((row) => row.sheet === sheetKey);
      if (mine.length === 0) continue;
      // criteria (column index → hidden values): the typings this project builds with know criteria, not yet filterSpecs.
      const criteria: Record<string, GoogleAppsScript.Sheets.Schema.FilterCriteria> = {};
      for (const column of [codeColumn, yearColumn]) {
        if (column === undefined) continue;
        const kept = new Set(mine.map((row) => shown(rows[row.row]?.[column] ?? '')));
        const hidden = new Set<string>();
        for (let r = 1; r < rows.length; r++) {
          const text = shown(rows[r]?.[column] ?? '');
          if (text !== null && !kept.has(text)) hidden.add(text);
        }
        if (hidden.size > 0) criteria[String(column)] = { hiddenValues: [...hidden] };
      }
      const id = freeId();
      requests.push({
        addFilterView: {
          filter: {
            filterViewId: id,
            title: roundUiLabel('roundFilterTitle', lang, { fy, department: department.department }),
            range: { sheetId: info.id, startRowIndex: 0, endRowIndex: Math.max(rows.length, 1), startColumnIndex: 0, endColumnIndex: width },
            criteria,
          },
        },
      });
      filterViews.push({ department: department.department, sheet: sheetKey, sheetId: info.id, id });
    }
  }
  // The contract's other sheets: the office's alone while the round is open.
  // So is the round's hidden log: it is what makes each mail go once, and a department that could edit it
  // could have its reminders sent again, or never.
  for (const info of sheets) {
    const log = info.id === logSheetId;
    if (roundTitles.has(info.title) || (!log && contractSheetKey(info.title) === undefined)) continue;
    if (info.sheetProtected) {
      if (!log) notes.push(roundUiLabel('roundSheetProtectedAlready', lang, { sheet: info.title }));
      continue;
    }
    requests.push({
      addProtectedRange: {
        protectedRange: { range: { sheetId: info.id }, description: mark(roundUiLabel('roundOfficeOnly', lang)), editors: { users: [owner] } },
      },
    });
  }
  return { requests, filterViews };
}
