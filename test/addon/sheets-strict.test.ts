/**
 * The stand-in is as strict as Google Sheets: each rule fires here, and the
 * add-on (built bundle) survives it.
 */
import { prohibitedValue } from '../../dev/preview/server';
import { makeSession } from '../../dev/standin';
import { parseUserEntered } from '../../dev/standin/values';
import { cellChunks, decodeBaseline } from '../../src/core/compute/baseline';
import { exampleExtendedInput, exampleInput } from '../support/example';
import { standInWith } from '../support/standin';

/** A moment given as Japan wall-clock time. */
function jst(y: number, m: number, d: number, h = 0): Date {
  return new Date(Date.UTC(y, m - 1, d, h) - 9 * 3600_000);
}

const NOW = jst(2024, 3, 5, 9);
const typed = (text: string, format = 'General') => parseUserEntered(text, format, NOW).value;

describe('setValues reads strings as typed in a Japanese-locale sheet (USER_ENTERED)', () => {
  test.each([
    ['1,234', 1234],
    ['1e5', 100000],
    ['50%', 0.5],
    ['¥1,000', 1000],
    ['￥-500', -500],
    ['+5', 5],
    ['TRUE', true],
    ['false', false],
  ])('%p becomes %p', (text, value) => {
    expect(typed(text)).toEqual(value);
  });

  test.each([
    ['2024-03', jst(2024, 3, 1)],
    ['0701-01', jst(701, 1, 1)],
    ['2024/3/1', jst(2024, 3, 1)],
    ['2024-03-01', jst(2024, 3, 1)],
    ['3/1', jst(2024, 3, 1)],
    ['1-01', jst(2024, 1, 1)],
    ['2024年3月1日', jst(2024, 3, 1)],
    ['2024年3月', jst(2024, 3, 1)],
    ['3月1日', jst(2024, 3, 1)],
    ['R6.3.1', jst(2024, 3, 1)],
    ['令和6年3月1日', jst(2024, 3, 1)],
  ])('%p becomes a date', (text, date) => {
    expect(typed(text)).toEqual(date);
  });

  test('a time becomes a date-time on 1899-12-30', () => {
    expect(typed('9:30')).toEqual(new Date(jst(1899, 12, 30).getTime() + 9.5 * 3600_000));
  });

  test('formulas, and text kept by an apostrophe or the @ format', () => {
    expect(parseUserEntered('=1+1', 'General', NOW).formula).toBe('=1+1');
    expect(typed("'2024-03")).toBe('2024-03');
    expect(typed('2024-03', '@')).toBe('2024-03');
    expect(typed('0701-01', '@')).toBe('0701-01');
    expect(typed('済')).toBe('済');
    expect(typed('2024-13')).toBe('2024-13');
  });

  test('a cell over 50,000 characters is refused', () => {
    expect(() => parseUserEntered('あ'.repeat(50_001), 'General', NOW)).toThrow(/50000 characters/);
    expect(typed('あ'.repeat(50_000))).toHaveLength(50_000);
  });
});

describe('the digest’s own records survive Sheets’ reading of strings', () => {
  function setUp() {
    // The plan runs into 令和6年度 here, so that April 2024 still has a digest to send.
    const standIn = standInWith(exampleExtendedInput());
    standIn.rt.now = () => NOW;
    standIn.run('digestSave', [{ enabled: true, day: 5, hour: 8, recipients: 'gyokaku@example.jp' }]);
    return standIn;
  }

  test('the month key and project codes are written as text and read back as written', () => {
    const standIn = setUp();
    standIn.run('digestSendNow', [false]);
    const log = standIn.spreadsheet.sheets.find((s) => s.metadata.some((m) => m.value === 'digestLog'));
    const snapshot = standIn.spreadsheet.sheets.find((s) => s.metadata.some((m) => m.value === 'digestSnapshot'));
    expect(log?.snapshot()[1][0]).toBe('2024-03');
    expect(snapshot?.snapshot()[1].slice(0, 3)).toEqual(['2024-03', 'activity', '0701-01']);
    // A second run the same month sends nothing.
    expect(standIn.run<{ sent: string[] }>('digestSendNow', [false]).sent).toEqual([]);
  });

  test('a log an older version left with dates for months is still read: no second send', () => {
    const standIn = setUp();
    standIn.run('digestSendNow', [false]);
    const log = standIn.spreadsheet.sheets.find((s) => s.metadata.some((m) => m.value === 'digestLog'));
    if (!log) throw new Error('no log');
    // What Sheets made of an unformatted '2024-03': 2024-03-01 00:00 in Japan.
    log.cellForWrite(2, 1).value = jst(2024, 3, 1);
    log.cellForWrite(3, 1).value = jst(2024, 3, 1);
    log.touch();
    expect(standIn.run<{ sent: string[]; skipped: string[] }>('digestSendNow', [false])).toMatchObject({
      sent: [],
      skipped: ['office', 'department:みどり公園・水辺課'],
    });
  });

  test('next month compares with this month’s snapshot: changes, not 「前回の記録がない」', () => {
    const standIn = setUp();
    standIn.run('digestSendNow', [false]);
    standIn.rt.now = () => jst(2024, 4, 5, 9);
    standIn.run('digestSendNow', [false]);
    const april = standIn.mail.sent[standIn.mail.sent.length - 1];
    expect(april.body).not.toContain('前回の記録がないため');
    expect(april.body).toContain('前回のダイジェストからの変化');
  });
});

describe('baselines are cut between characters, never inside a surrogate pair', () => {
  test('cellChunks keeps 𠮷 whole at every cut', () => {
    for (const prefix of ['', 'x']) {
      const text = `${prefix}${'𠮷'.repeat(60_000)}`;
      const chunks = cellChunks(text);
      expect(chunks.join('')).toBe(text);
      for (const chunk of chunks) {
        expect(chunk.length).toBeLessThanOrEqual(45_000);
        expect(chunk).toBe(chunk.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));
      }
    }
  });

  test('the stand-in stores half a pair as U+FFFD, as Sheets’ UTF-8 storage must', () => {
    expect(typed('a\uD842')).toBe('a\uFFFD');
    expect(typed('𠮷')).toBe('𠮷');
  });

  test.each(['', 'x'])('a frozen baseline whose text crosses a cut inside 𠮷s reads back whole (prefix %p)', (prefix) => {
    const input = exampleInput();
    const projects = input.sheets.find((s) => s.name === '事業');
    if (!projects) throw new Error('no 事業');
    const name = `${prefix}${'𠮷'.repeat(23_000)}`;
    projects.rows[1][1] = name;
    const standIn = standInWith(input);
    standIn.rt.now = () => NOW;
    standIn.run('menuFreezeBaseline');
    const sheet = standIn.spreadsheet.sheets.find((s) => s.metadata.some((m) => m.value === 'baseline'));
    const text = (sheet?.snapshot() ?? []).map((row) => String(row[0])).join('');
    expect(text).not.toContain('\uFFFD');
    const frozen = decodeBaseline(text).input.sheets.find((s) => s.name === '事業');
    expect(frozen?.rows[1][1]).toBe(name);
  });
});

describe('restricted calls', () => {
  test('Session.getEffectiveUser needs the userinfo.email scope in the manifest', () => {
    const standIn = standInWith(exampleInput());
    const without = makeSession(standIn.rt, standIn.scriptApp, []);
    expect(() => without.getEffectiveUser()).toThrow(/userinfo\.email/);
    expect(standIn.manifestScopes()).toContain('https://www.googleapis.com/auth/userinfo.email');
    expect(makeSession(standIn.rt, standIn.scriptApp, standIn.manifestScopes()).getEffectiveUser().getEmail()).toBe(standIn.scriptApp.user);
  });

  test('outside a document the document properties and lock are null, as the reference documents', () => {
    const standIn = standInWith(exampleInput());
    standIn.withoutDocumentContext();
    const globals = standIn.globals() as {
      PropertiesService: { getDocumentProperties(): unknown };
      LockService: { getDocumentLock(): unknown };
      SpreadsheetApp: { getActiveSpreadsheet(): unknown };
    };
    expect(globals.PropertiesService.getDocumentProperties()).toBeNull();
    expect(globals.LockService.getDocumentLock()).toBeNull();
    expect(globals.SpreadsheetApp.getActiveSpreadsheet()).toBeNull();
  });
});

test('the preview’s google.script.run refuses return values the real one cannot carry', () => {
  expect(prohibitedValue({ at: '2024-03-05T00:00:00.000Z', counts: [1, 2] })).toBeNull();
  expect(prohibitedValue({ at: new Date() })).toBe('a Date');
  expect(prohibitedValue([1, () => 2])).toBe('a function');
});

test('AuthMode.LIMITED (onOpen / onEdit once in use) refuses mail, triggers and other documents; the add-on’s onEdit needs none', () => {
  const standIn = standInWith(exampleInput());
  expect(() => standIn.rt.runExecution(() => standIn.scriptApp.newTrigger('x'), 'LIMITED')).toThrow(/AuthMode\.LIMITED/);
  expect(() => standIn.rt.runExecution(() => standIn.mail.getRemainingDailyQuota(), 'LIMITED')).toThrow(/AuthMode\.LIMITED/);
  expect(() => standIn.rt.runExecution(() => standIn.mail.getRemainingDailyQuota(), 'CUSTOM_FUNCTION')).toThrow(/custom function/);
  standIn.run('onOpen', [{ authMode: 'LIMITED' }], 'LIMITED');
  expect(standIn.ui.menus.length).toBeGreaterThan(0);
});
