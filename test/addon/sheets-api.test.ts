/**
 * The Sheets advanced service in the stand-in is as strict as the API (each
 * rule fires here), and the add-on's whole-document reads and writes, which go
 * through it, survive each rule: through dist/Code.js.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppsScriptStandIn, makeSheetsService, Runtime } from '../../dev/standin';
import { FakeSpreadsheet } from '../../dev/standin/spreadsheet';
import { runPipeline } from '../../src/core/compute/pipeline';
import { exampleInput, sheet } from '../support/example';
import { standInWith } from '../support/standin';

interface Outcome {
  ok: boolean;
  message: string;
  sheet?: string;
  notes: string[];
}

// biome-ignore lint/suspicious/noExplicitAny: API payloads are JSON
type Json = any;

function service(): { api: Json; spreadsheet: FakeSpreadsheet; rt: Runtime } {
  const rt = new Runtime();
  const spreadsheet = new FakeSpreadsheet(rt);
  spreadsheet.addSheet('データ', [
    ['名前', '金額', '日付'],
    ['A', 1200, new Date(Date.UTC(2024, 2, 31) - 9 * 3600_000)],
    ['', '', ''],
    ['B', true, ''],
  ]);
  spreadsheet.addSheet('Other', [['x']]);
  return { api: makeSheetsService(rt, spreadsheet), spreadsheet, rt };
}

describe('Sheets.Spreadsheets.get answers as the API does', () => {
  test('only the fields the mask names; no grid data unless the mask asks for it', () => {
    const { api, spreadsheet } = service();
    const meta = api.Spreadsheets.get(spreadsheet.id, { fields: 'sheets(properties(title))' });
    expect(meta).toEqual({ sheets: [{ properties: { title: 'データ' } }, { properties: { title: 'Other' } }] });
    // includeGridData is ignored when a mask is set.
    const ignored = api.Spreadsheets.get(spreadsheet.id, { fields: 'sheets(properties(title))', includeGridData: true });
    expect(ignored.sheets[0].data).toBeUndefined();
  });

  test('ranges limit the answer to the sheets they touch; zero offsets, blank cells and blank rows are left out', () => {
    const { api, spreadsheet } = service();
    const got = api.Spreadsheets.get(spreadsheet.id, {
      ranges: ["'データ'"],
      fields: 'sheets(properties(title),data(startRow,rowData(values(effectiveValue))))',
    });
    expect(got.sheets).toHaveLength(1);
    const data = got.sheets[0].data[0];
    expect(data.startRow).toBeUndefined();
    expect(data.rowData[2]).toEqual({});
    expect(data.rowData[3].values).toEqual([{ effectiveValue: { stringValue: 'B' } }, { effectiveValue: { boolValue: true } }]);
    const part = api.Spreadsheets.get(spreadsheet.id, { ranges: ["'データ'!B2:C"], fields: 'sheets(data(startRow,startColumn))' });
    expect(part.sheets[0].data[0]).toEqual({ startRow: 1, startColumn: 1 });
  });

  test('a date is a serial number with a DATE format, as Sheets stores it', () => {
    const { api, spreadsheet } = service();
    const got = api.Spreadsheets.get(spreadsheet.id, {
      ranges: ["'データ'!C2"],
      fields: 'sheets(data(rowData(values(effectiveValue,effectiveFormat(numberFormat(type))))))',
    });
    // 2024-03-31 is serial day 45382.
    expect(got.sheets[0].data[0].rowData[0].values[0]).toEqual({ effectiveValue: { numberValue: 45382 }, effectiveFormat: { numberFormat: { type: 'DATE' } } });
  });

  test('a sheet name must be quoted unless it is letters and digits; an unknown sheet is refused', () => {
    const { api, spreadsheet } = service();
    expect(() => api.Spreadsheets.get(spreadsheet.id, { ranges: ['データ'] })).toThrow(/Unable to parse range: データ/);
    expect(() => api.Spreadsheets.get(spreadsheet.id, { ranges: ["'ない'"] })).toThrow(/Unable to parse range/);
    expect(api.Spreadsheets.get(spreadsheet.id, { ranges: ['Other'], fields: 'sheets(properties(title))' }).sheets).toHaveLength(1);
  });

  test('each call is one service call, and needs full authorization', () => {
    const { api, spreadsheet, rt } = service();
    api.Spreadsheets.get(spreadsheet.id, { fields: 'sheets(properties(title))' });
    expect(rt.total).toBe(1);
    expect(() => rt.runExecution(() => api.Spreadsheets.get(spreadsheet.id, {}), 'LIMITED')).toThrow(/permission/);
    expect(() => rt.runExecution(() => api.Spreadsheets.get(spreadsheet.id, {}), 'CUSTOM_FUNCTION')).toThrow(/permission/);
  });
});

describe('Sheets.Spreadsheets.batchUpdate is as strict as the API', () => {
  const sheetId = (spreadsheet: FakeSpreadsheet, name: string) => spreadsheet.sheetUncounted(name)?.id;

  test('a stringValue is stored as given: never a number, date or formula, and an apostrophe stays', () => {
    const { api, spreadsheet } = service();
    const id = sheetId(spreadsheet, 'Other');
    const texts = ['2024-03', '0701-01', '1e5', '50%', '=SUM(A1)', "'quoted"];
    api.Spreadsheets.batchUpdate(
      {
        requests: [
          {
            updateCells: {
              start: { sheetId: id },
              rows: [{ values: texts.map((t) => ({ userEnteredValue: { stringValue: t } })) }],
              fields: 'userEnteredValue',
            },
          },
        ],
      },
      spreadsheet.id,
    );
    const other = spreadsheet.sheetUncounted('Other');
    expect(other?.snapshot()[0]).toEqual(texts);
    expect(other?.cellUncounted('E1').formula).toBe('');
  });

  test('atomic: when one request fails, none is applied', () => {
    const { api, spreadsheet } = service();
    const before = spreadsheet.sheetUncounted('Other')?.state();
    expect(() =>
      api.Spreadsheets.batchUpdate(
        {
          requests: [
            {
              updateCells: {
                start: { sheetId: sheetId(spreadsheet, 'Other') },
                rows: [{ values: [{ userEnteredValue: { stringValue: 'changed' } }] }],
                fields: 'userEnteredValue',
              },
            },
            { addSheet: { properties: { title: 'new' } } },
            { addSheet: { properties: { title: 'OTHER' } } },
          ],
        },
        spreadsheet.id,
      ),
    ).toThrow(/requests\[2\]\.addSheet: A sheet with the name "OTHER" already exists/);
    expect(spreadsheet.sheetUncounted('Other')?.state()).toEqual(before);
    expect(spreadsheet.sheets.map((s) => s.name)).toEqual(['データ', 'Other']);
  });

  test.each([
    [
      'a write past the grid',
      { updateCells: { start: { sheetId: 0, rowIndex: 1000 }, rows: [{ values: [{}] }], fields: 'userEnteredValue' } },
      /after last row in grid/,
    ],
    ['updateCells without fields', { updateCells: { start: { sheetId: 0 }, rows: [] } }, /At least one field/],
    ['an unknown field', { updateCells: { start: { sheetId: 0 }, rows: [], fields: 'userEnteredValue,colour' } }, /colour/],
    [
      'two kinds of value',
      { updateCells: { start: { sheetId: 0 }, rows: [{ values: [{ userEnteredValue: { stringValue: 'a', numberValue: 1 } }] }], fields: 'userEnteredValue' } },
      /exactly one kind/,
    ],
    [
      'a cell of 50,001 characters',
      { updateCells: { start: { sheetId: 0 }, rows: [{ values: [{ userEnteredValue: { stringValue: 'x'.repeat(50_001) } }] }], fields: 'userEnteredValue' } },
      /50000/,
    ],
    ['metadata without a visibility', { createDeveloperMetadata: { developerMetadata: { metadataKey: 'k', location: { sheetId: 0 } } } }, /visibility/],
    ['an unknown request', { mergeCells: {} }, /does not know the request mergeCells/],
    ['a sheet id in use', { addSheet: { properties: { sheetId: 0, title: 'x' } } }, /not already in use/],
    [
      'a chart outside the grid',
      {
        addChart: {
          chart: {
            spec: {
              basicChart: {
                chartType: 'LINE',
                domains: [{ domain: { sourceRange: { sources: [{ sheetId: 0, endRowIndex: 2000, endColumnIndex: 1 }] } } }],
                series: [{ series: { sourceRange: { sources: [{ sheetId: 0, endRowIndex: 2, endColumnIndex: 1 }] } } }],
              },
            },
            position: { overlayPosition: { anchorCell: { sheetId: 0 } } },
          },
        },
      },
      /after last row/,
    ],
    [
      'a sheet that does not exist',
      { updateSheetProperties: { properties: { sheetId: 99, gridProperties: { frozenRowCount: 1 } }, fields: 'gridProperties.frozenRowCount' } },
      /No grid with id: 99/,
    ],
  ])('refuses %s', (_name, request, message) => {
    const { api, spreadsheet } = service();
    expect(sheetId(spreadsheet, 'データ')).toBe(0);
    expect(() => api.Spreadsheets.batchUpdate({ requests: [request] }, spreadsheet.id)).toThrow(message);
  });
});

describe('the add-on through the Sheets advanced service', () => {
  test('the service must be enabled in the manifest; without it, a regenerate says how to enable it and changes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shinchoku-manifest-'));
    try {
      const dist = join(__dirname, '..', '..', 'dist');
      for (const file of ['Code.js', 'Sidebar.html', 'Report.html']) copyFileSync(join(dist, file), join(dir, file));
      const manifest = JSON.parse(readFileSync(join(dist, 'appsscript.json'), 'utf8'));
      expect(manifest.dependencies.enabledAdvancedServices).toEqual([{ userSymbol: 'Sheets', serviceId: 'sheets', version: 'v4' }]);
      delete manifest.dependencies;
      writeFileSync(join(dir, 'appsscript.json'), JSON.stringify(manifest));
      const standIn = new AppsScriptStandIn({ distDir: dir });
      for (const input of exampleInput().sheets) standIn.spreadsheet.addSheet(input.name, input.rows);
      const outcome = standIn.run<Outcome>('sidebarRegenerate');
      expect(outcome.ok).toBe(false);
      expect(outcome.message).toMatch(/^ブックを読み込めませんでした。何も変更していません。理由: Google Sheets API（拡張サービス）が使えません/);
      expect(standIn.spreadsheet.sheets.map((s) => s.name)).not.toContain('集計');
      expect(standIn.documentLock.owner).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('values read through the API are what getValues gives: dates, booleans, formula errors and merges give the same problems as core on the same cells', () => {
    const input = exampleInput();
    // A date typed where a name belongs, and a check box's TRUE where an amount belongs.
    sheet(input, '事業').rows[3][1] = new Date(Date.UTC(2021, 3, 1) - 9 * 3600_000);
    sheet(input, '効果額').rows[2][2] = true;
    const activities = sheet(input, '取組活動');
    activities.rows[3][3] = '';
    const standIn = standInWith(input);
    // A formula that fails, as Sheets shows it: '#N/A'.
    const cell = standIn.spreadsheet.sheetUncounted('取組活動')?.cellForWrite(4, 4);
    if (!cell) throw new Error('no cell');
    cell.value = '#N/A';
    cell.formula = '=VLOOKUP("x",A:A,2,FALSE)';
    activities.rows[3][3] = '#N/A';
    standIn.spreadsheet.sheetUncounted('事業')?.mergeUncounted('A2:A3');
    const projects = sheet(input, '事業');
    projects.rows[2][0] = '';
    const viaApi = standIn.run<{ problems: { sheet: string; cell: string; message: string }[] }>('sidebarValidate').problems;
    const direct = runPipeline(
      { sheets: input.sheets.map((s) => (s.name === '事業' ? { ...s, merges: [{ row: 1, column: 0, numRows: 2, numColumns: 1 }] } : s)) },
      { lang: 'ja', today: new Date() },
    ).summary.problems;
    const view = (problems: { sheet: string; cell: string; message: string }[]) => problems.map((p) => `${p.sheet}!${p.cell} ${p.message}`);
    expect(view(viaApi)).toEqual(view(direct));
    const text = view(viaApi).join('\n');
    expect(text).toMatch(/事業!B4 .*日付/);
    expect(text).toMatch(/効果額!C3 「true」/);
    expect(text).toContain('#N/A');
    expect(text).toMatch(/事業!A2:A3/);
  });

  test('only the contract’s sheets are read: a user’s own sheet is not asked for, nor our generated ones', () => {
    const input = exampleInput();
    input.sheets.push({ name: 'メモ', rows: [['my notes'], ['x'.repeat(1000)]] });
    const standIn = standInWith(input);
    expect(standIn.run<Outcome>('sidebarRegenerate').ok).toBe(true);
    const context = standIn.load();
    const service = context.Sheets as Json;
    const get = service.Spreadsheets.get;
    const ranges: string[] = [];
    service.Spreadsheets.get = (id: string, args: Json) => {
      ranges.push(...(args.ranges ?? []));
      return get(id, args);
    };
    expect(standIn.run<Outcome>('sidebarRegenerate').ok).toBe(true);
    expect(ranges).toEqual(["'設定'", "'事業'", "'取組活動'", "'達成事項'", "'効果額'", "'施設面積'", "'部署'", "'指標'"]);
  });

  test('someone adds a sheet named 集計 between the read and the write: the write fails whole, nothing is half-written, the user is told', () => {
    const standIn = standInWith();
    standIn.rt.onCall = (name) => {
      if (name === 'Sheets.Spreadsheets.batchUpdate') {
        standIn.rt.onCall = null;
        standIn.spreadsheet.addSheet('集計', [['a colleague’s sheet']]);
      }
    };
    const outcome = standIn.run<Outcome>('sidebarRegenerate');
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toMatch(/^シートを書き込めませんでした。何も変更していません。理由: .*already exists/);
    expect(standIn.spreadsheet.sheetUncounted('集計')?.snapshot()).toEqual([['a colleague’s sheet']]);
    expect(standIn.spreadsheet.sheetUncounted('入力チェック結果')).toBeUndefined();
    expect(standIn.documentLock.owner).toBeNull();
    // The next run sees the colleague's sheet and goes beside it.
    const again = standIn.run<Outcome>('sidebarRegenerate');
    expect(again).toMatchObject({ ok: true, sheet: '集計 (2)' });
  });

  test('text that looks like a number, date or formula reaches the generated sheets as text (no apostrophe needed or shown)', () => {
    const input = exampleInput();
    sheet(input, '事業').rows[1][1] = '2024-03';
    sheet(input, '取組活動').rows[1][3] = '1e5';
    const standIn = standInWith(input);
    standIn.run('sidebarRegenerate');
    const problems = standIn.spreadsheet.sheetUncounted('入力チェック結果')?.snapshot().flat() ?? [];
    expect(problems).toContain('1e5');
    expect(problems.some((v) => typeof v === 'string' && v.startsWith("'"))).toBe(false);
    expect(problems.some((v) => typeof v === 'number' && v === 100000)).toBe(false);
  });
});

describe('what a first review found the stand-in too kind about', () => {
  test('a field mask with white space or an unknown name is refused, as the API refuses to expand it', () => {
    const { api, spreadsheet } = service();
    expect(() => api.Spreadsheets.get(spreadsheet.id, { fields: 'sheets(properties(title), merges)' })).toThrow(/Error expanding 'fields'/);
    expect(() => api.Spreadsheets.get(spreadsheet.id, { fields: 'sheets(propertes(title))' })).toThrow(/Cannot find matching fields for path 'propertes'/);
    expect(() =>
      api.Spreadsheets.batchUpdate({ requests: [{ updateCells: { start: { sheetId: 0 }, rows: [], fields: 'userEnteredValue, note' } }] }, spreadsheet.id),
    ).toThrow(/Error expanding 'fields'/);
  });

  test('developer metadata needs exactly one location', () => {
    const { api, spreadsheet } = service();
    const create = (location: Json) => () =>
      api.Spreadsheets.batchUpdate(
        { requests: [{ createDeveloperMetadata: { developerMetadata: { metadataKey: 'k', metadataValue: 'v', location, visibility: 'DOCUMENT' } } }] },
        spreadsheet.id,
      );
    expect(create({})).toThrow(/exactly one of spreadsheet, sheetId, dimensionRange \(has none\)/);
    expect(create({ spreadsheet: true, sheetId: 0 })).toThrow(/has spreadsheet, sheetId/);
    create({ sheetId: 0 })();
    expect(spreadsheet.sheetUncounted('データ')?.metadata.map((m) => [m.key, m.value])).toEqual([['k', 'v']]);
  });

  test('a chart’s series must be on a minor axis of its type, and its legend a known position', () => {
    const { api, spreadsheet } = service();
    const chart = (basic: Json) => () =>
      api.Spreadsheets.batchUpdate(
        {
          requests: [
            {
              addChart: {
                chart: {
                  spec: {
                    basicChart: {
                      chartType: 'COLUMN',
                      domains: [{ domain: { sourceRange: { sources: [{ sheetId: 0, endRowIndex: 3, endColumnIndex: 1 }] } } }],
                      series: [
                        { series: { sourceRange: { sources: [{ sheetId: 0, endRowIndex: 3, startColumnIndex: 1, endColumnIndex: 2 }] } }, ...basic.series },
                      ],
                      ...basic.chart,
                    },
                  },
                  position: { overlayPosition: { anchorCell: { sheetId: 0, rowIndex: 1, columnIndex: 4 } } },
                },
              },
            },
          ],
        },
        spreadsheet.id,
      );
    expect(chart({ series: { targetAxis: 'BOTTOM_AXIS' } })).toThrow(/not a minor axis of a COLUMN chart/);
    expect(chart({ chart: { legendPosition: 'NONE' } })).toThrow(/legendPosition/);
    chart({ series: { targetAxis: 'LEFT_AXIS' }, chart: { legendPosition: 'NO_LEGEND' } })();
    expect(spreadsheet.sheetUncounted('データ')?.charts.map((c) => [c.type, c.ranges])).toEqual([['COLUMN', ['A1:A3', 'B1:B3']]]);
  });

  test('a GridRange on sheet 0 leaves out its sheetId, as proto3 JSON leaves out zeros', () => {
    const { api, spreadsheet } = service();
    spreadsheet.sheetUncounted('データ')?.mergeUncounted('A2:A3');
    const got = api.Spreadsheets.get(spreadsheet.id, { fields: 'sheets(properties(sheetId),merges)' });
    expect(got.sheets[0]).toEqual({ properties: { sheetId: 0 }, merges: [{ startRowIndex: 1, endRowIndex: 3, endColumnIndex: 1 }] });
  });

  test('a batchUpdate of more than 10 MiB is refused', () => {
    const { api, spreadsheet } = service();
    const row = { values: Array.from({ length: 20 }, () => ({ userEnteredValue: { stringValue: 'あ'.repeat(10_000) } })) };
    const rows = Array.from({ length: 20 }, () => row);
    expect(() =>
      api.Spreadsheets.batchUpdate({ requests: [{ updateCells: { start: { sheetId: 0 }, rows, fields: 'userEnteredValue' } }] }, spreadsheet.id),
    ).toThrow(/Request payload size exceeds the limit: 10485760 bytes/);
  });
});

describe('the add-on’s writes stay inside the grid and under 2 MB a call', () => {
  test('a generated sheet someone narrowed to 3 columns is widened for its tables and charts', () => {
    const standIn = standInWith();
    expect(standIn.run<Outcome>('sidebarRegenerate').ok).toBe(true);
    const summary = standIn.spreadsheet.sheetUncounted('集計');
    if (!summary) throw new Error('no 集計');
    summary.maxColumns = 3;
    const again = standIn.run<Outcome>('sidebarRegenerate');
    expect(again.ok).toBe(true);
    expect(summary.charts).toHaveLength(2);
    const farthest = Math.max(...summary.charts.map((c) => c.position.column));
    expect(summary.maxColumns).toBeGreaterThanOrEqual(farthest);
  });

  function manyProblems(n: number) {
    const input = exampleInput();
    const activities = sheet(input, '取組活動');
    const template = activities.rows[1];
    for (let i = 0; i < n; i++) activities.rows.push([template[0], template[1], `活動${i}`, `順長${i % 7}`]);
    return input;
  }

  test('thousands of problems: the write goes in several calls of at most 2,000,000 bytes, and 入力チェック結果 is whole', () => {
    const standIn = standInWith(manyProblems(5_000));
    const outcome = standIn.run<Outcome>('sidebarRegenerate');
    expect(outcome.ok).toBe(true);
    expect(standIn.sheetsBatchBytes.length).toBeGreaterThanOrEqual(2);
    for (const bytes of standIn.sheetsBatchBytes) expect(bytes).toBeLessThanOrEqual(2_000_000 + 100);
    const rows = standIn.spreadsheet.sheetUncounted('入力チェック結果')?.snapshot() ?? [];
    expect(rows.filter((row) => String(row[3]).startsWith('順長'))).toHaveLength(5_000);
    console.log(`5,000 problems: ${standIn.sheetsBatchBytes.length} batchUpdate calls of ${standIn.sheetsBatchBytes.join(' / ')} bytes`);
  });

  test('when a later call of a split write fails, the user is told the summary is incomplete, not that nothing changed', () => {
    const standIn = standInWith(manyProblems(5_000));
    let writes = 0;
    standIn.rt.onCall = (name) => {
      // From the second call on, the server stays down (#23: a 5xx is retried with backoff first, so it must persist).
      if (name === 'Sheets.Spreadsheets.batchUpdate' && ++writes >= 2) throw new Error('Service unavailable');
    };
    const outcome = standIn.run<Outcome>('sidebarRegenerate');
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toBe(
      'シートの書き込みが途中で止まりました。集計シートが不完全なため、もう一度実行してください。理由: Google のサーバーが一時的に応答しませんでした（7 回試しました）。数分待ってからもう一度実行してください',
    );
    standIn.rt.onCall = null;
    expect(standIn.run<Outcome>('sidebarRegenerate').ok).toBe(true);
  });
});
