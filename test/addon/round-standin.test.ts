/**
 * The stand-in's protected ranges and filter views are as strict as Sheets: who may edit a protected
 * cell, what a batchUpdate with one bad request leaves (nothing), what spreadsheets.get shows to whom.
 * The round's own tests (round-open, round-close) rely on these rules.
 */
import vm from 'node:vm';
import { type AppsScriptStandIn, NO_ACCESS_MESSAGE, PROTECTED_MESSAGE } from '../../dev/standin';
import { standInWith } from '../support/standin';

// biome-ignore lint/suspicious/noExplicitAny: API payloads are JSON
type Json = any;

const OFFICE = 'installer@example.jp';
const SOUMU = 'soumu@example.jp';
const ZAISEI = 'zaisei@example.jp';

function small(): AppsScriptStandIn {
  const standIn = standInWith({
    sheets: [
      {
        name: '取組活動',
        rows: [
          ['事業コード', '年度', '取組活動', '進捗状況'],
          ['0101-01', 2024, '条例の改正', ''],
          ['0201-01', 2024, '料金の見直し', ''],
          ['0201-01', 2023, '料金の検討', '済'],
        ],
      },
    ],
  });
  standIn.spreadsheet.sharedWith = new Map([
    [SOUMU, 'editor'],
    [ZAISEI, 'editor'],
  ]);
  return standIn;
}

function api(standIn: AppsScriptStandIn): Json {
  return standIn.globals().Sheets;
}

function batch(standIn: AppsScriptStandIn, requests: Json[]): Json {
  return standIn.rt.runExecution(() => api(standIn).Spreadsheets.batchUpdate({ requests }, standIn.spreadsheet.id));
}

const sheetId = (standIn: AppsScriptStandIn) => standIn.spreadsheet.sheets[0].id;

describe('protected ranges (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#ProtectedRange)', () => {
  test('a row protected for one department: its editors and the owner may type in it, another department may not', () => {
    const standIn = small();
    batch(standIn, [
      { addProtectedRange: { protectedRange: { range: { sheetId: sheetId(standIn), startRowIndex: 1, endRowIndex: 2 }, editors: { users: [SOUMU] } } } },
    ]);
    expect(standIn.typeAs(SOUMU, '取組活動', 'D2', '済')).toEqual({ ok: true });
    expect(standIn.typeAs(ZAISEI, '取組活動', 'D2', '遅れ')).toEqual({ ok: false, message: PROTECTED_MESSAGE });
    expect(standIn.typeAs(OFFICE, '取組活動', 'D2', '済')).toEqual({ ok: true });
    // Outside the range, every editor of the document may type; an account the document is not shared with may not.
    expect(standIn.typeAs(ZAISEI, '取組活動', 'D3', '済')).toEqual({ ok: true });
    expect(standIn.typeAs('stranger@example.jp', '取組活動', 'D3', '済')).toEqual({ ok: false, message: NO_ACCESS_MESSAGE });
    expect(standIn.spreadsheet.sheets[0].cellUncounted('D2').value).toBe('済');
  });

  test('the requesting user is not made an editor for it: a protection that does not list them refuses their script too', () => {
    const standIn = small();
    standIn.scriptApp.user = ZAISEI;
    batch(standIn, [
      { addProtectedRange: { protectedRange: { range: { sheetId: sheetId(standIn), startRowIndex: 1, endRowIndex: 2 }, editors: { users: [SOUMU] } } } },
    ]);
    const sheet = standIn.spreadsheet.sheets[0];
    expect(() => standIn.rt.runExecution(() => sheet.getRange('D2').setValue('済'))).toThrow(PROTECTED_MESSAGE);
    // Through the API as well, and the whole batch with it.
    expect(() =>
      batch(standIn, [
        {
          updateCells: {
            start: { sheetId: sheet.id, rowIndex: 1, columnIndex: 3 },
            rows: [{ values: [{ userEnteredValue: { stringValue: '済' } }] }],
            fields: 'userEnteredValue',
          },
        },
      ]),
    ).toThrow(PROTECTED_MESSAGE);
    expect(sheet.cellUncounted('D2').value).toBe('');
  });

  test('a cell under two protections needs both: a protected sheet leaves out only what its unprotectedRanges name', () => {
    const standIn = small();
    const id = sheetId(standIn);
    batch(standIn, [
      {
        addProtectedRange: {
          protectedRange: { range: { sheetId: id }, editors: { users: [OFFICE] }, unprotectedRanges: [{ sheetId: id, startRowIndex: 1, endRowIndex: 2 }] },
        },
      },
      { addProtectedRange: { protectedRange: { range: { sheetId: id, startRowIndex: 1, endRowIndex: 3 }, editors: { users: [SOUMU, OFFICE] } } } },
    ]);
    expect(standIn.typeAs(SOUMU, '取組活動', 'D2', '済')).toEqual({ ok: true });
    // Row 3 is under the sheet protection too, which SOUMU is not an editor of.
    expect(standIn.typeAs(SOUMU, '取組活動', 'D3', '済')).toEqual({ ok: false, message: PROTECTED_MESSAGE });
    expect(standIn.typeAs(SOUMU, '取組活動', 'A1', 'x')).toEqual({ ok: false, message: PROTECTED_MESSAGE });
  });

  test('warningOnly lets everyone edit and ignores editors; Sheet.protect() without editor changes mirrors the document', () => {
    const standIn = small();
    const id = sheetId(standIn);
    batch(standIn, [
      { addProtectedRange: { protectedRange: { range: { sheetId: id, startRowIndex: 1, endRowIndex: 2 }, warningOnly: true, editors: { users: [SOUMU] } } } },
    ]);
    expect(standIn.typeAs(ZAISEI, '取組活動', 'D2', '済')).toEqual({ ok: true });
    standIn.rt.runExecution(() => standIn.spreadsheet.sheets[0].protect());
    expect(standIn.typeAs(ZAISEI, '取組活動', 'D3', '済')).toEqual({ ok: true });
  });

  test('refused: unprotected ranges on a range, a second sheet protection, an editor that is not an address, an id already used', () => {
    const standIn = small();
    const id = sheetId(standIn);
    const refused = (requests: Json[], message: RegExp) => expect(() => batch(standIn, requests)).toThrow(message);
    refused(
      [
        {
          addProtectedRange: {
            protectedRange: {
              range: { sheetId: id, startRowIndex: 1, endRowIndex: 3 },
              unprotectedRanges: [{ sheetId: id, startRowIndex: 1, endRowIndex: 2 }],
            },
          },
        },
      ],
      /only supported on protected sheets/,
    );
    refused(
      [{ addProtectedRange: { protectedRange: { range: { sheetId: id } } } }, { addProtectedRange: { protectedRange: { range: { sheetId: id } } } }],
      /already protected/,
    );
    refused(
      [{ addProtectedRange: { protectedRange: { range: { sheetId: id, startRowIndex: 1, endRowIndex: 2 }, editors: { users: ['総務課'] } } } }],
      /Invalid email/,
    );
    refused([{ addProtectedRange: { protectedRange: { range: { sheetId: id, startRowIndex: 1, endRowIndex: 2000 } } } }], /after last row/);
    expect(standIn.spreadsheet.protectedRanges).toHaveLength(0);
  });

  test('only an editor of a protection may remove it; the owner always may', () => {
    const standIn = small();
    const reply = batch(standIn, [
      { addProtectedRange: { protectedRange: { range: { sheetId: sheetId(standIn), startRowIndex: 1, endRowIndex: 2 }, editors: { users: [SOUMU] } } } },
    ]);
    const protectedRangeId = reply.replies[0].addProtectedRange.protectedRange.protectedRangeId;
    standIn.scriptApp.user = ZAISEI;
    expect(() => batch(standIn, [{ deleteProtectedRange: { protectedRangeId } }])).toThrow(PROTECTED_MESSAGE);
    standIn.scriptApp.user = OFFICE;
    batch(standIn, [{ deleteProtectedRange: { protectedRangeId } }]);
    expect(standIn.spreadsheet.protectedRanges).toHaveLength(0);
  });

  test('spreadsheets.get shows a protection and its editors only to an editor of it', () => {
    const standIn = small();
    batch(standIn, [
      {
        addProtectedRange: {
          protectedRange: { range: { sheetId: sheetId(standIn), startRowIndex: 1, endRowIndex: 2 }, description: 'mark', editors: { users: [SOUMU, OFFICE] } },
        },
      },
    ]);
    const read = () =>
      standIn.rt.runExecution(
        () =>
          api(standIn).Spreadsheets.get(standIn.spreadsheet.id, {
            fields: 'sheets(protectedRanges(protectedRangeId,description,editors,requestingUserCanEdit,range))',
          }).sheets[0].protectedRanges[0],
      );
    expect(read()).toMatchObject({
      description: 'mark',
      editors: { users: [SOUMU, OFFICE] },
      requestingUserCanEdit: true,
      range: { startRowIndex: 1, endRowIndex: 2 },
    });
    standIn.scriptApp.user = ZAISEI;
    const other = read();
    expect(other.editors).toBeUndefined();
    expect(other.requestingUserCanEdit).toBeUndefined();
  });
});

describe('filter views (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#FilterView)', () => {
  test('a filter view hides the rows whose value is hidden; ids are unique; one bad request fails the whole batch', () => {
    const standIn = small();
    const id = sheetId(standIn);
    const view = { filterViewId: 77, title: '総務課', range: { sheetId: id, startRowIndex: 0, endRowIndex: 4, startColumnIndex: 0, endColumnIndex: 4 } };
    batch(standIn, [{ addFilterView: { filter: { ...view, filterSpecs: [{ columnIndex: 0, filterCriteria: { hiddenValues: ['0201-01'] } }] } } }]);
    expect(standIn.filterViewRows(77)).toEqual([2]);
    expect(() => batch(standIn, [{ addFilterView: { filter: view } }])).toThrow(/already exists/);
    expect(() =>
      batch(standIn, [
        { addFilterView: { filter: { ...view, filterViewId: 78 } } },
        { addFilterView: { filter: { ...view, filterViewId: 79, filterSpecs: [{ columnIndex: 9, filterCriteria: {} }] } } },
      ]),
    ).toThrow(/outside the filter's range/);
    expect(standIn.spreadsheet.filterViews.map((v) => v.filterViewId)).toEqual([77]);
    const got = standIn.rt.runExecution(() =>
      api(standIn).Spreadsheets.get(standIn.spreadsheet.id, { fields: 'sheets(filterViews(filterViewId,title,filterSpecs,criteria))' }),
    );
    expect(got.sheets[0].filterViews[0]).toEqual({
      filterViewId: 77,
      title: '総務課',
      filterSpecs: [{ filterCriteria: { hiddenValues: ['0201-01'] } }],
      criteria: { '0': { hiddenValues: ['0201-01'] } },
    });
    batch(standIn, [{ deleteFilterView: { filterId: 77 } }]);
    expect(() => batch(standIn, [{ deleteFilterView: { filterId: 77 } }])).toThrow(/No filter view/);
  });
});

/**
 * The installable edit trigger (the round's trace of shared rows, r27g F8): made by TriggerBuilder.forSpreadsheet,
 * one per user per document for an add-on, run as its creator at each person's edit — never at a script's —
 * and never told the editor's address unless a test says Google gives it.
 * https://developers.google.com/apps-script/guides/triggers/installable
 * https://developers.google.com/apps-script/reference/base/user#getEmail()
 */
describe('installable edit triggers', () => {
  type Seen = { effective: string; active: string; eventUser: string; authMode: string; oldValue: unknown; value: unknown; a1: string; uid: string };
  function withProbe(): { standIn: AppsScriptStandIn; seen: Seen[]; uid: string } {
    const standIn = small();
    const context = standIn.load();
    const seen: Seen[] = [];
    context.record = (entry: Seen) => seen.push(entry);
    vm.runInContext(
      `function probe(e) {
        record({ effective: Session.getEffectiveUser().getEmail(), active: Session.getActiveUser().getEmail(), eventUser: e.user.getEmail(),
          authMode: e.authMode, oldValue: e.oldValue, value: e.value, a1: e.range.getA1Notation(), uid: e.triggerUid });
        if (e.value === 'boom') throw new Error('boom');
      }
      function makeProbe() {
        return ScriptApp.newTrigger('probe').forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet()).onEdit().create().getUniqueId();
      }`,
      context,
    );
    const uid = standIn.run<string>('makeProbe');
    return { standIn, seen, uid };
  }
  test('it runs as its creator at another account’s edit, in FULL, with the old value of a cell that had one; the address is withheld', () => {
    const { standIn, seen, uid } = withProbe();
    standIn.typeAs(SOUMU, '取組活動', 'D2', '済');
    standIn.typeAs(ZAISEI, '取組活動', 'D4', '遅れ');
    expect(seen).toEqual([
      { effective: OFFICE, active: '', eventUser: '', authMode: 'FULL', oldValue: undefined, value: '済', a1: 'D2', uid },
      { effective: OFFICE, active: '', eventUser: '', authMode: 'FULL', oldValue: '済', value: '遅れ', a1: 'D4', uid },
    ]);
    standIn.editorEmailVisible = true;
    standIn.typeAs(ZAISEI, '取組活動', 'D2', '遅れ');
    expect(seen[2]).toMatchObject({ effective: OFFICE, active: ZAISEI, eventUser: ZAISEI, oldValue: '済' });
    // After the run, the stand-in's account is the office again.
    expect(standIn.scriptApp.user).toBe(OFFICE);
  });

  test('a refused edit and a script’s write fire nothing; a run that throws leaves the edit in place; a second edit trigger is refused', () => {
    const { standIn, seen } = withProbe();
    expect(standIn.typeAs('stranger@example.jp', '取組活動', 'D2', '済')).toEqual({ ok: false, message: NO_ACCESS_MESSAGE });
    standIn.rt.runExecution(() => standIn.spreadsheet.getSheetByName('取組活動')?.getRange('D2').setValue('済'));
    expect(seen).toEqual([]);
    expect(standIn.typeAs(SOUMU, '取組活動', 'D3', 'boom')).toEqual({ ok: true });
    expect(standIn.spreadsheet.sheets[0].cellUncounted('D3').value).toBe('boom');
    expect(standIn.logs.some((line) => line.includes('installable edit trigger probe failed: boom'))).toBe(true);
    expect(() => standIn.run('makeProbe')).toThrow('too many edit triggers');
  });
});
