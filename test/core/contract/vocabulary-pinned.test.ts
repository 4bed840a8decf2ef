/**
 * vocabulary.ts behaviour the mutation run of 2026-11-29 found unpinned
 * (npm run mutation; reports/mutation-record-2026.md): each expectation fails if the line it
 * names is changed.
 */
import {
  DEFAULT_PROGRESS,
  DEFAULT_RESULTS,
  matchResult,
  parseMeaning,
  RESULT_MEANINGS,
  readYesNo,
  STATUS_MEANINGS,
  type StatusCode,
  type Term,
  Vocabulary,
  YES_NO,
} from '../../../src/core/contract/vocabulary';

const term = (label: string, meaning: StatusCode, variants: string[] = [], en?: string): Term<StatusCode> => ({ label, meaning, inRate: false, variants, en });

/** A plan of A–D: A done, B on track, C delayed, D not started (no 休止). */
const LETTERS = new Vocabulary<StatusCode>([term('A', 'done'), term('B', 'onTrack'), term('C', 'delayed'), term('D', 'notStarted')], STATUS_MEANINGS);

describe('the constructor: the first of equals wins, labels before variants', () => {
  test('two identical labels: the first is the one matched (line 65)', () => {
    const v = new Vocabulary<StatusCode>([term('済', 'done'), term('済', 'delayed')]);
    expect(v.match('済')).toEqual({ kind: 'exact', index: 0, code: 'done' });
  });
  test('two labels with the same key (A and Ａ): a variant of them goes to the first (line 70)', () => {
    const v = new Vocabulary<StatusCode>([term('A', 'done'), term('Ａ', 'delayed')]);
    expect(v.match('a')).toEqual({ kind: 'variant', index: 0, code: 'done' });
  });
  test('a variant never takes another label’s place (line 75)', () => {
    const v = new Vocabulary<StatusCode>([term('済', 'done'), term('完了', 'delayed', ['済'])]);
    expect(v.match(' 済 ')).toEqual({ kind: 'variant', index: 0, code: 'done' });
  });
  test('a variant that is only spaces is no variant: a blank is unknown (line 75)', () => {
    const v = new Vocabulary<StatusCode>([term('済', 'done', ['  ']), term('遅れ', 'delayed')]);
    expect(v.match('　').kind).toBe('unknown');
    expect(v.match('').kind).toBe('unknown');
  });
  test('a later variant with the same key as an earlier one does not replace it', () => {
    const v = new Vocabulary<StatusCode>([term('済', 'done', ['完了']), term('遅れ', 'delayed', ['完了'])]);
    expect(v.match('完 了')).toEqual({ kind: 'variant', index: 0, code: 'done' });
  });
});

describe('exact and match', () => {
  test('exact gives the label’s index, and nothing for a variant (line 81)', () => {
    expect(DEFAULT_PROGRESS.exact('概ね順調')).toBe(1);
    expect(DEFAULT_PROGRESS.exact('おおむね順調')).toBeUndefined();
  });
  test('a number cell is read as its text; a boolean is not a word (line 88)', () => {
    const v = new Vocabulary<StatusCode>([term('1', 'done'), term('2', 'delayed')]);
    expect(v.match(2)).toEqual({ kind: 'exact', index: 1, code: 'delayed' });
    expect(YES_NO.match(true).kind).toBe('unknown');
    expect(YES_NO.match(false).kind).toBe('unknown');
    expect(v.match(Number.NaN).kind).toBe('unknown');
    // A number that is not finite is never read as its text (line 88).
    expect(new Vocabulary<StatusCode>([term('Infinity', 'done')]).match(Number.POSITIVE_INFINITY).kind).toBe('unknown');
  });
  test('a value matched once is not searched again, and the cache stops at 10,000 values (lines 91, 93)', () => {
    const v = new Vocabulary<StatusCode>([term('済', 'done')]);
    // biome-ignore lint/suspicious/noExplicitAny: the private search and cache, observed
    const inner = v as any;
    const find = jest.spyOn(inner, 'find');
    v.match('済み');
    v.match('済み');
    expect(find).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 10_050; i++) v.match(`x${i}`);
    expect(inner.cache.size).toBe(10_000);
    find.mockRestore();
  });
});

describe('suggestions', () => {
  test('typed text of 40 characters is still compared; 41 is not (line 108)', () => {
    const long40 = 'あ'.repeat(39);
    const v = new Vocabulary<StatusCode>([term(`${long40}い`, 'done'), term(`${'か'.repeat(40)}き`, 'delayed')]);
    expect(v.match(`${long40}う`)).toEqual({ kind: 'unknown', suggestion: `${long40}い` });
    expect(v.match(`${'か'.repeat(40)}く`)).toEqual({ kind: 'unknown' });
  });
  test('a standard name suggests the plan’s label of that meaning, the first label included (line 113)', () => {
    expect(LETTERS.match('済')).toEqual({ kind: 'unknown', suggestion: 'A' });
    expect(LETTERS.match('概ね順調')).toEqual({ kind: 'unknown', suggestion: 'B' });
  });
  test('a standard name whose meaning the plan does not have suggests nothing and does not fail (line 113)', () => {
    expect(LETTERS.match('休止')).toEqual({ kind: 'unknown' });
  });
  test('a one-letter label is never suggested for a near miss: AA is not close to A (line 125)', () => {
    expect(LETTERS.match('AA')).toEqual({ kind: 'unknown' });
    expect(LETTERS.match('AB').kind).toBe('unknown');
  });
});

describe('display and labelOf', () => {
  test('Japanese shows the label even when there is an English name; English shows the name, or both (lines 145-146)', () => {
    const done = DEFAULT_PROGRESS.terms[0];
    expect(DEFAULT_PROGRESS.display(done, 'ja')).toBe('済');
    expect(DEFAULT_PROGRESS.display(done, 'ja', true)).toBe('済');
    expect(DEFAULT_PROGRESS.display(done, 'en')).toBe('Done');
    expect(DEFAULT_PROGRESS.display(done, 'en', true)).toBe('済 (Done)');
    expect(LETTERS.display(LETTERS.terms[0], 'en', true)).toBe('A');
  });
  test('labelOf gives the first label of a meaning, the first term included, or the fallback (line 158)', () => {
    expect(LETTERS.labelOf('done', STATUS_MEANINGS)).toBe('A');
    expect(LETTERS.labelOf('delayed', STATUS_MEANINGS)).toBe('C');
    expect(LETTERS.labelOf('suspended', STATUS_MEANINGS)).toBe('休止');
  });
});

describe('yes / no, not evaluated, meanings by name', () => {
  test('readYesNo: 1 and 0 are yes and no, other numbers unreadable; words by YES_NO (lines 248-250)', () => {
    expect(readYesNo(1)).toBe(true);
    expect(readYesNo(0)).toBe(false);
    expect(readYesNo(2)).toBeNull();
    expect(readYesNo('○')).toBe(true);
    expect(readYesNo('対象外')).toBe(false);
    expect(readYesNo('Yes')).toBe(true);
    expect(readYesNo('たぶん')).toBeNull();
    expect(readYesNo(null)).toBeNull();
    expect(readYesNo(true)).toBe(true);
  });
  test('N/A, n/a and NA mean not evaluated, in any case (line 269)', () => {
    for (const text of ['N/A', 'n/a', 'NA', 'na', '未評価', '－']) expect(matchResult(DEFAULT_RESULTS, text)).toBeNull();
    expect(matchResult(DEFAULT_RESULTS, 'NAN')?.kind).toBe('unknown');
  });
  test('a meaning is named by its code, its Japanese or its English name (line 278)', () => {
    expect(parseMeaning('partial', RESULT_MEANINGS)).toBe('partial');
    expect(parseMeaning('Partly not achieved', RESULT_MEANINGS)).toBe('partial');
    expect(parseMeaning('一部未達成', RESULT_MEANINGS)).toBe('partial');
    expect(parseMeaning('onTrack', STATUS_MEANINGS)).toBe('onTrack');
    expect(parseMeaning('部分実施', RESULT_MEANINGS)).toBeNull();
  });
});
