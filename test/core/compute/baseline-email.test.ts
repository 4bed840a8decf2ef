/**
 * baseline.ts and email.ts tested directly (test/core reached them only in
 * part): what a baseline keeps and how it travels, and which addresses the
 * digest accepts.
 */

import type { WorkbookInput } from '../../../src/core/base/cells';
import { addressReason, checkAddress, checkAddressList, escapeHtml, headerSafe } from '../../../src/core/base/email';
import { JST_OFFSET_MS } from '../../../src/core/base/jst';
import { cellChunks, decodeBaseline, encodeBaseline, freeze, previousBaseline } from '../../../src/core/compute/baseline';

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - JST_OFFSET_MS);

describe('baseline.ts', () => {
  const input: WorkbookInput = {
    sheets: [
      {
        name: '取組活動',
        rows: [
          ['事業コード', '年度', '取組内容', '進捗状況'],
          ['0701-01', '令和2年度', '実施', '済', undefined, null, 3, true, day(2024, 3, 31)],
        ],
      },
      { name: '集計', rows: [['generated']] },
      { name: 'メモ', rows: [['mine']] },
    ],
  };

  test('freeze keeps the contract sheets only, as copies, with the date and the moment', () => {
    const now = new Date('2024-04-01T00:00:00Z');
    const baseline = freeze(input, '2024-03-31', now);
    expect(baseline.date).toBe('2024-03-31');
    expect(baseline.frozenAt).toBe('2024-04-01T00:00:00.000Z');
    expect(baseline.input.sheets.map((s) => s.name)).toEqual(['取組活動']);
    expect(baseline.input.sheets[0].rows).toEqual(input.sheets[0].rows);
    // A copy: changing the live rows later does not change what was frozen.
    expect(baseline.input.sheets[0].rows[1]).not.toBe(input.sheets[0].rows[1]);
    expect(() => freeze(input, '2024-02-30', now)).toThrow('基準日は YYYY-MM-DD で指定してください / the baseline date must be YYYY-MM-DD: 2024-02-30');
  });

  test('encode and decode: every value comes back, dates as dates, a missing cell as null', () => {
    const baseline = freeze(input, '2024-03-31', new Date('2024-04-01T00:00:00Z'));
    const text = encodeBaseline(baseline);
    expect(JSON.parse(text)).toMatchObject({ version: 1, date: '2024-03-31', frozenAt: '2024-04-01T00:00:00.000Z' });
    expect(text).toContain('{"$date":"2024-03-30T15:00:00.000Z"}');
    const back = decodeBaseline(text);
    expect(back.date).toBe('2024-03-31');
    expect(back.frozenAt).toBe('2024-04-01T00:00:00.000Z');
    const row = back.input.sheets[0].rows[1];
    expect(row.slice(0, 8)).toEqual(['0701-01', '令和2年度', '実施', '済', null, null, 3, true]);
    expect((row[8] as Date).getTime()).toBe(day(2024, 3, 31).getTime());
  });

  test('decode refuses what is not a Shinchoku baseline', () => {
    expect(() => decodeBaseline(JSON.stringify({ version: 2, date: '2024-03-31', frozenAt: '', sheets: [] }))).toThrow('not a Shinchoku baseline');
    expect(() => decodeBaseline(JSON.stringify({ version: 1, date: '2024/03/31', frozenAt: '', sheets: [] }))).toThrow('not a Shinchoku baseline');
    expect(() => decodeBaseline(JSON.stringify({ version: 1, date: 'x2024-03-31', frozenAt: '', sheets: [] }))).toThrow('not a Shinchoku baseline');
  });

  test('previousBaseline: the latest before a date, the latest of all without one, none when there is none', () => {
    const at = (date: string) => ({ date, frozenAt: '', input: { sheets: [] } });
    const list = [at('2024-03-31'), at('2023-03-31'), at('2025-03-31')];
    expect(previousBaseline(list)?.date).toBe('2025-03-31');
    expect(previousBaseline(list, '2025-03-31')?.date).toBe('2024-03-31');
    expect(previousBaseline(list, '2024-04-01')?.date).toBe('2024-03-31');
    expect(previousBaseline(list, '2023-03-31')).toBeNull();
    expect(previousBaseline([])).toBeNull();
    // The list given is not reordered.
    expect(list.map((b) => b.date)).toEqual(['2024-03-31', '2023-03-31', '2025-03-31']);
  });

  test('cellChunks: pieces of at most the size, joined back whole, never splitting 𠮷', () => {
    expect(cellChunks('')).toEqual([]);
    expect(cellChunks('abcdefg', 3)).toEqual(['abc', 'def', 'g']);
    expect(cellChunks('ab𠮷cd', 3)).toEqual(['ab', '𠮷c', 'd']);
    const text = `${'x'.repeat(44_999)}𠮷${'y'.repeat(10)}`;
    const chunks = cellChunks(text);
    expect(chunks.map((c) => c.length)).toEqual([44_999, 12]);
    expect(chunks.join('')).toBe(text);
    // A text ending in a whole pair is not cut before it.
    expect(cellChunks('abc𠮷', 5)).toEqual(['abc𠮷']);
  });
});

describe('email.ts', () => {
  test.each([
    ['office@city.example.jp', null],
    ["o'brien+digest@city.example.jp", null],
    ['', 'empty'],
    ['   ', 'empty'],
    ['a b@x.jp', 'forbidden'],
    ['a@x.jp,b@x.jp', 'forbidden'],
    ['<a@x.jp>', 'forbidden'],
    ['a@x.jp\nBcc: b@x.jp', 'forbidden'],
    ['a\u0000@x.jp', 'forbidden'],
    ['a\u007f@x.jp', 'forbidden'],
    [`${'a'.repeat(250)}@x.jp`, 'tooLong'],
    [`${'a'.repeat(64)}@x.jp`, null],
    [`${'a'.repeat(65)}@x.jp`, 'badLocal'],
    ['city.example.jp', 'noAt'],
    ['@x.jp', 'badLocal'],
    ['a..b@x.jp', 'badLocal'],
    ['.a@x.jp', 'badLocal'],
    ['a@localhost', 'badDomain'],
    ['a@x.123', 'badDomain'],
    ['a@-x.jp', 'badDomain'],
    ['a@x-.jp', 'badDomain'],
    ['a@x..jp', 'badDomain'],
    [`a@${'d'.repeat(63)}.jp`, null],
    [`a@${'d'.repeat(64)}.jp`, 'badDomain'],
    ['a@b@x.jp', 'badLocal'],
  ])('checkAddress(%j) → %j', (address, problem) => {
    expect(checkAddress(address)).toBe(problem);
  });

  test('a reason per problem in each language', () => {
    expect(addressReason('noAt', 'ja')).toBe('「@」がありません');
    expect(addressReason('noAt', 'en')).toBe('there is no "@"');
    expect(addressReason('tooLong', 'en')).toBe('it is too long (254 characters at most)');
  });

  test('a typed list: split at lines, commas, semicolons, 、 and spaces (as 設定 and 部署 are), lower-cased, each once; the bad ones with their reason', () => {
    expect(checkAddressList('A@x.jp\r\nb@x.jp; a@X.JP、c@x.jp，\n\nbad d@x.jp\u3000e@x.jp\t', 'ja')).toEqual({
      valid: ['a@x.jp', 'b@x.jp', 'c@x.jp', 'd@x.jp', 'e@x.jp'],
      invalid: [{ address: 'bad', reason: '「@」がありません' }],
    });
    expect(checkAddressList(' ', 'en')).toEqual({ valid: [], invalid: [] });
  });

  test('escapeHtml escapes the six characters that matter, and only those', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&\`</a> 進捗`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&#96;&lt;/a&gt; 進捗');
  });

  test('headerSafe: line breaks and control characters become one space, runs of space one, trimmed', () => {
    expect(headerSafe(' 月次\r\nBcc: x@y.jp\u2028進捗 \t ')).toBe('月次 Bcc: x@y.jp 進捗');
    expect(headerSafe('a\u0000\u0001b')).toBe('a b');
  });
});

// Boundaries the mutation runs found untested (until #24 in test/core/base/edges.test.ts).
test('a baseline’s date is exactly YYYY-MM-DD', () => {
  const text = (date: string) => encodeBaseline({ date, frozenAt: '2024-03-31T00:00:00.000Z', input: { sheets: [] } });
  expect(decodeBaseline(text('2024-03-31')).date).toBe('2024-03-31');
  for (const date of ['2024-03-31x', 'x2024-03-31', '2024-3-31', '24-03-31']) expect(() => decodeBaseline(text(date))).toThrow('not a Shinchoku baseline');
});

test('a chunk never ends on the first half of a pair, whichever pair; other characters are cut where they fall', () => {
  // U+10000 is D800 DC00; U+10FFFF is DBFF DFFF: a cut after the first half moves back one.
  expect(cellChunks('abc\u{10000}d', 4)).toEqual(['abc', '\u{10000}d']);
  expect(cellChunks('abc\u{10FFFF}d', 4)).toEqual(['abc', '\u{10FFFF}d']);
  // A full-width character is one unit: the cut stays at 4.
  expect(cellChunks('abc全d', 4)).toEqual(['abc全', 'd']);
  // A pair that ends exactly at the cut is whole.
  expect(cellChunks('ab\u{10000}cd', 4)).toEqual(['ab\u{10000}', 'cd']);
  expect(cellChunks('', 4)).toEqual([]);
});

// Killed survivors of the mutation audit (reports/mutation-record-2026.md; until #24 in test/core/survivors-audit.test.ts):
// each test names the mutant it kills, and every expectation is worked out by hand in the comments.
describe('baseline.ts (the mutation audit)', () => {
  test('cellChunks: a text ending in a lone high surrogate ends with it, as its own piece', () => {
    // 'ab\uD800' in pieces of 2: 'ab' (no pair cut), then the last unit on its own. The guard `end < text.length`
    // keeps the last piece whole: without it (→ true, or <=) the cut steps back before U+D800 for ever.
    expect(cellChunks('ab\uD800', 2)).toStrictEqual(['ab', '\uD800']);
    expect(cellChunks('a\uD800', 5)).toStrictEqual(['a\uD800']);
  });
});
