/**
 * The trace of the round's shared rows, pure (src/core/round/answerTrace.ts): which cells are watched, the values a
 * log has seen, the answers written over and their lines. The plan: 令和8年度 (2026); A-1 企画課, C-3 財政課・企画課;
 * 取組活動 row 3 and 達成事項 row 2 are C-3's (shared), row 2 of 取組活動 A-1's alone.
 */
import type { CellValue, WorkbookInput } from '../../../src/core/base/cells';
import { readWorkbook } from '../../../src/core/read/read';
import {
  type AnswerEntry,
  answerChanges,
  answerEntries,
  changeLines,
  editedText,
  sharedAnswerCells,
  touchesWatched,
  watchIndex,
} from '../../../src/core/round/answerTrace';
import { roundRequests } from '../../../src/core/round/round';

type Rows = CellValue[][];
const input: WorkbookInput = {
  sheets: Object.entries({
    事業: [
      ['事業コード', '事業名', '取組の視点', '取組推進課'],
      ['A-1', '事業a', 1, '企画課'],
      ['C-3', '事業c', 1, '財政課、企画課'],
    ],
    取組活動: [
      ['事業コード', '年度', '取組活動', '進捗状況', '取組内容・成果'],
      ['A-1', 2026, '活動a', '', ''],
      ['C-3', 2026, '活動c', '順調', ''],
    ],
    達成事項: [
      ['事業コード', '達成事項', '目標年度', '達成状況', '概要'],
      ['C-3', '目標c', 2026, '', '途中経過'],
    ],
    部署: [
      ['課名', 'メール'],
      ['企画課', 'kikaku@town.example.jp'],
      ['財政課', 'zaisei@town.example.jp'],
    ],
  } satisfies Record<string, Rows>).map(([name, rows]) => ({ name, rows })),
};

function watched() {
  const data = readWorkbook(input);
  return sharedAnswerCells(roundRequests(input, { year: 2026, due: '2027-04-30' }, data), input, data);
}

const entry = (id: string, text: string, extra: Partial<AnswerEntry> = {}): AnswerEntry => ({
  id,
  text,
  by: '',
  at: '2027-04-02T01:00:00.000Z',
  after: '',
  opening: false,
  sheetName: '取組活動',
  cell: 'D3',
  code: 'C-3',
  what: '活動c',
  columnName: '進捗状況',
  departments: ['財政課', '企画課'],
  ...extra,
});

describe('sharedAnswerCells', () => {
  test('watches every answer cell of the rows of two departments only, 達成事項’s 概要 included (written, never asked)', () => {
    const cells = watched();
    expect(cells.map((c) => [c.sheetName, c.cell, c.columnName, c.text, c.departments.slice().sort().join('・')])).toEqual([
      ['取組活動', 'D3', '進捗状況', '順調', '企画課・財政課'],
      ['取組活動', 'E3', '取組内容・成果', '', '企画課・財政課'],
      ['達成事項', 'D2', '達成状況', '', '企画課・財政課'],
      ['達成事項', 'E2', '概要', '途中経過', '企画課・財政課'],
    ]);
    // The same cell keeps its id wherever its row moves: the row's identity and the field.
    expect(new Set(cells.map((c) => c.id)).size).toBe(4);
    expect(cells[0]?.id.endsWith('|status')).toBe(true);
  });
});

describe('answerEntries and answerChanges', () => {
  test('reads the log’s answer rows of its round only; a first answer is no change, a value written over is', () => {
    const detail = (v: string) =>
      JSON.stringify({ v, after: '', opening: false, sheet: '取組活動', cell: 'D3', code: 'C-3', what: '活動c', column: '進捗状況', departments: ['財政課'] });
    const rows: CellValue[][] = [
      ['t1', 'answer:k|status', 'a@x', '2027-04-02T01:00:00.000Z', 'answer', detail('済')],
      ['t0', 'answer:k|status', '', '2027-04-02T01:30:00.000Z', 'answer', detail('別の照会')],
      ['t1', 'sent:企画課', 'a@x', '2027-04-02T01:40:00.000Z', 'sent', ''],
      ['t1', 'answer:k|status', '', '2027-04-02T02:00:00.000Z', 'answer', detail('遅れ')],
      ['t1', 'answer:k|status', '', '2027-04-02T03:00:00.000Z', 'answer', '{not json'],
    ];
    const entries = answerEntries(rows, 't1');
    expect(entries.map((e) => [e.id, e.text, e.by])).toEqual([
      ['k|status', '済', 'a@x'],
      ['k|status', '遅れ', ''],
    ]);
    const changes = answerChanges(entries);
    expect(changes.map((c) => [c.from.text, c.to.text])).toEqual([['済', '遅れ']]);
    expect(answerChanges([entry('k', ''), entry('k', '済')])).toEqual([]);
  });
});

describe('changeLines', () => {
  test('says the values, when, and who — or the departments that could have', () => {
    const from = entry('k', '済', { by: 'kikaku@town.example.jp' });
    const to = entry('k', '', { at: '2027-04-02T02:00:00.000Z', after: '2027-04-01T23:00:00.000Z' });
    expect(changeLines([{ from, to }], 'ja')).toEqual([
      '取組活動 D3（C-3 活動c・進捗状況）: 「済」（kikaku@town.example.jp が入力）→「（空欄）」（2027-04-02 08:00～2027-04-02 11:00 JST の間、変更できたのは 財政課・企画課・事務局。だれが変更したかはセルを右クリックし「編集履歴を表示」で確かめてください）',
    ]);
  });
});

describe('answerChanges: a value named by its editor’s own run after it was seen unnamed', () => {
  test('names that editor on the change to it; the opening’s value is never claimed; a blank first is no change', () => {
    const seenUnnamed = entry('k', '遅れ', { at: '2027-04-02T01:05:00.000Z' });
    const changes = answerChanges([entry('k', '済', { by: 'kikaku@x' }), seenUnnamed, entry('k', '遅れ', { by: 'zaisei@x', at: '2027-04-02T01:06:00.000Z' })]);
    expect(changes.map((c) => [c.from.text, c.from.by, c.to.text, c.to.by, c.to.at])).toEqual([
      ['済', 'kikaku@x', '遅れ', 'zaisei@x', '2027-04-02T01:05:00.000Z'],
    ]);
    // The opening's value written again by someone is not claimed (it was there before the round): their entry is kept.
    const opening = entry('k', '順調', { opening: true });
    const again = answerChanges([opening, entry('k', '順調', { by: 'a@x' }), entry('k', '遅れ', { by: 'b@x' })]);
    expect(again.map((c) => [c.from.by, c.from.opening, c.to.by])).toEqual([['a@x', false, 'b@x']]);
    expect(opening.by).toBe('');
  });
});

describe('watchIndex and touchesWatched', () => {
  test('an edit touches a watched cell only on its sheet, in one of its rows and answer columns', () => {
    const index = watchIndex('t', watched());
    expect(index.sheets).toEqual({ 取組活動: { rows: [2], columns: [3, 4] }, 達成事項: { rows: [1], columns: [3, 4] } });
    expect(touchesWatched(index, '取組活動', 2, 1, 3, 1)).toBe(true);
    expect(touchesWatched(index, '取組活動', 1, 1, 3, 1)).toBe(false);
    expect(touchesWatched(index, '取組活動', 2, 1, 0, 3)).toBe(false);
    expect(touchesWatched(index, '取組活動', 0, 10, 0, 10)).toBe(true);
    expect(touchesWatched(index, '事業', 2, 1, 3, 1)).toBe(false);
  });

  test('an index past what a property holds lists no rows: every row of its columns counts', () => {
    const [first] = watched();
    const many = Array.from({ length: 3000 }, (_, i) => ({ ...first, id: `r${i}`, row: i + 1 }));
    const index = watchIndex('t', many as ReturnType<typeof watched>);
    expect(index.sheets.取組活動).toEqual({ rows: null, columns: [3] });
    expect(JSON.stringify(index).length).toBeLessThan(9 * 1024);
    expect(touchesWatched(index, '取組活動', 5000, 1, 3, 1)).toBe(true);
  });
});

test('editedText: the event’s value logged as the cell has it when both are one value, else as the event gives it', () => {
  expect(editedText('済', '済')).toBe('済');
  expect(editedText('1000', '1000')).toBe('1000');
  expect(editedText('1,000', '1000')).toBe('1000');
  expect(editedText('1000', '1000.5')).toBe('1000');
  expect(editedText('true', 'TRUE')).toBe('TRUE');
  expect(editedText('済', '遅れ')).toBe('済');
  expect(editedText('x'.repeat(30_000), '')).toHaveLength(20_000);
});
