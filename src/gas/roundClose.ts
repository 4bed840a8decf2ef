/** 照会を締め切る (moved from round.ts, no behaviour change): the round's protections and filter views removed, 照会結果, a baseline. */
import { jstDate, jstStamp } from '../core/base/jst';
import type { Grid, GridCell } from '../core/present/grid';
import { type AnswerChange, changeLines } from '../core/round/answerTrace';
import type { RoundCompletion, RoundPlan } from '../core/round/round';
import type { Lang } from '../core/words/messages';
import { roundLabel } from '../core/words/round';
import { roundUiLabel } from '../core/words/roundUi';
import { fiscalYearLabel } from '../core/words/yearLabels';
import { freezeBaseline } from './baselines';
import { userLang } from './lang';
import { currentAccount, type RoundOutcome, sheetInfo, withLock } from './roundCommon';
import { deleteEditTrigger } from './roundEdit';
import { measure } from './roundRead';
import { goneLines } from './roundStatus';
import { clearWatchIndex } from './roundTrace';
import { releaseTrigger } from './roundTriggers';
import { applyRequests, claimSheet, gridRequests, readDocument, SheetsApiFailure } from './sheetsApi';
import { type RoundRecord, readRound, removeRound } from './timedTrigger';

type Request = GoogleAppsScript.Sheets.Schema.Request;

// ---------------------------------------------------------------- closing

function text(value: string): GridCell {
  return { value, format: '@', bold: false, italic: false, fill: null, text: true };
}
function number(value: number): GridCell {
  return { value, format: 'General', bold: false, italic: false, fill: null, text: false };
}

function resultGrid(record: RoundRecord, completion: RoundCompletion, plan: RoundPlan, changes: AnswerChange[], closedAt: Date, lang: Lang): Grid {
  const header = roundUiLabel('roundResultHeader', lang).split('|');
  const rows: GridCell[][] = [
    [
      text(roundUiLabel('roundResultTitle', lang, { fy: fiscalYearLabel(record.year, lang), due: record.due, closed: `${jstStamp(closedAt)} JST` })),
      ...header.slice(1).map(() => text('')),
    ],
    header.map((h) => ({ ...text(h), bold: true, fill: '#dde7f0' })),
  ];
  for (const d of completion.departments) {
    const at = record.progress[d.department]?.completedAt;
    const state = d.complete ? 'statusComplete' : d.filled === (record.progress[d.department]?.initial ?? 0) ? 'statusNotStarted' : 'statusIncomplete';
    rows.push([
      text(d.department),
      number(d.requested),
      number(d.filled),
      number(d.errors),
      text(at ? `${jstStamp(new Date(at))} JST` : ''),
      text(d.rowsGone.length > 0 ? roundUiLabel('roundStateRowsGone', lang, { n: d.rowsGone.length }) : roundLabel(state, lang)),
    ]);
  }
  const gone = goneLines(completion, plan, lang);
  if (gone.length > 0) {
    const blank = () => header.map(() => text(''));
    rows.push(blank());
    rows.push([{ ...text(roundUiLabel('roundRowsGoneHeading', lang)), bold: true }, ...header.slice(1).map(() => text(''))]);
    for (const line of gone) rows.push([text(line), ...header.slice(1).map(() => text(''))]);
  }
  // Answers written over in rows of two or more departments (r27g F8): the trace outlives the round.
  if (changes.length > 0) {
    rows.push(header.map(() => text('')));
    rows.push([{ ...text(roundUiLabel('roundAnswerChangedHeading', lang)), bold: true }, ...header.slice(1).map(() => text(''))]);
    for (const line of changeLines(changes, lang)) rows.push([text(line), ...header.slice(1).map(() => text(''))]);
  }
  return { rows, width: header.length, charts: [], columnWidths: [24, 8, 8, 8, 20, 10] };
}

/** 照会を締め切る: removes the round's protections and filter views, writes 照会結果 (one batchUpdate), freezes a baseline. */
export function closeRound(): RoundOutcome {
  const lang = userLang();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const outcome = withLock<RoundOutcome | { record: RoundRecord; removed: [number, number]; sheet: string; notes: string[] }>(
    lang,
    () => {
      const record = readRound(spreadsheet);
      if (!record) return { ok: false, message: roundUiLabel('roundNoneOpen', lang), notes: [] };
      if (record.owner !== currentAccount()) return { ok: false, message: roundUiLabel('roundCloseNotOwner', lang, { owner: record.owner }), notes: [] };
      try {
        const now = new Date();
        const { completion, plan, changes } = measure(spreadsheet, record, now);
        const doc = readDocument(spreadsheet.getId(), { baselines: false, input: false });
        const sheets = sheetInfo(spreadsheet.getId());
        const requests: Request[] = [];
        const ours = new Set(record.protectedRangeIds);
        let protections = 0;
        for (const sheet of sheets)
          for (const p of sheet.protections)
            if (ours.has(p.id) || p.description.includes(`[${record.token}]`)) {
              requests.push({ deleteProtectedRange: { protectedRangeId: p.id } });
              protections += 1;
            }
        const present = new Set(sheets.flatMap((s) => s.filterViewIds));
        const views = record.filterViews.filter((v) => present.has(v.id));
        for (const view of views) requests.push({ deleteFilterView: { filterId: view.id } });
        const grid = resultGrid(record, completion, plan, changes, now, record.lang);
        // One 照会結果 sheet a year: an earlier year's is kept (claimSheet reuses only this year's, found by its title).
        const title = roundUiLabel('roundResultSheet', record.lang, { fy: fiscalYearLabel(record.year, record.lang) });
        doc.sheets = doc.sheets.map((sheet) => (sheet.generated === 'roundResult' && sheet.title !== title ? { ...sheet, generated: null } : sheet));
        const target = claimSheet(doc, 'roundResult', title, grid, requests);
        gridRequests(target.sheetId, grid, requests);
        applyRequests(spreadsheet.getId(), requests);
        releaseTrigger(spreadsheet, record);
        deleteEditTrigger(record.editTriggerId);
        clearWatchIndex();
        removeRound(spreadsheet);
        return { record, removed: [protections, views.length] as [number, number], sheet: target.title, notes: [] };
      } catch (error) {
        if (error instanceof SheetsApiFailure) return { ok: false, message: error.message, notes: [] };
        throw error;
      }
    },
    (message) => ({ ok: false, message, notes: [] }),
  );
  if ('ok' in outcome) return outcome;
  // The baseline after the lock is released: freezeBaseline takes the document lock itself.
  const day = jstDate(new Date());
  const frozen = freezeBaseline(day);
  const notes = frozen.ok ? [] : [frozen.message];
  return {
    ok: true,
    message: roundUiLabel('roundClosed', lang, {
      fy: fiscalYearLabel(outcome.record.year, lang),
      p: outcome.removed[0],
      f: outcome.removed[1],
      date: day,
      sheet: outcome.sheet,
    }),
    notes,
  };
}
