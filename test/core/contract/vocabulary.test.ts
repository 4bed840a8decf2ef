import fc from 'fast-check';
import {
  DEFAULT_PROGRESS,
  DEFAULT_RESULTS,
  matchResult as matchResultIn,
  parseMeaning,
  RESULT_MEANINGS,
  readYesNo,
  STATUS_MEANINGS,
  type StatusCode,
  type Term,
  Vocabulary,
  YES_NO,
} from '../../../src/core/contract/vocabulary';
import { allowedLabels, termList, termName } from '../../../src/core/words/labels';
import { decorated, Reach } from '../../support/reach';

const matchStatus = (value: unknown) => DEFAULT_PROGRESS.match(value as string);
const matchResult = (value: unknown) => matchResultIn(DEFAULT_RESULTS, value as string);
const STATUS_PAIRS = DEFAULT_PROGRESS.terms.map((term) => [term.label, term.meaning]);
const RESULT_PAIRS = DEFAULT_RESULTS.terms.map((term) => [term.label, term.meaning]);
/** Every label and variant, so that property runs reach their assertions. */
const KNOWN_WORDS = DEFAULT_PROGRESS.terms.flatMap((term) => [term.label, ...term.variants]);
const KNOWN_RESULTS = DEFAULT_RESULTS.terms.flatMap((term) => [term.label, ...term.variants]);

describe('progress statuses', () => {
  test.each(STATUS_PAIRS)('the label %s is exact', (label, code) => {
    expect(matchStatus(label)).toMatchObject({ kind: 'exact', code });
  });

  test.each([
    ['おおむね順調', 'onTrack'],
    ['概ね 順調', 'onTrack'],
    ['概ね順調 ', 'onTrack'],
    ['ｵｵﾑﾈ順調', 'onTrack'],
    ['済み', 'done'],
    ['済\u200B', 'done'],
    ['完了', 'done'],
    ['遅延', 'delayed'],
    ['On track', 'onTrack'],
    ['DONE', 'done'],
    ['休止中', 'suspended'],
    ['未\u00A0着手', 'notStarted'],
  ])('%p is a known variant of %s', (value, code) => {
    expect(matchStatus(value)).toMatchObject({ kind: 'variant', code });
  });

  test.each([
    ['順長', '概ね順調'],
    ['遅れれ', '遅れ'],
    ['未着', '未着手'],
    ['ontrak', '概ね順調'],
  ])('%p is unknown, with the suggestion %s', (value, suggestion) => {
    expect(matchStatus(value)).toEqual({ kind: 'unknown', suggestion });
  });

  test('values with nothing close are unknown without a suggestion', () => {
    expect(matchStatus('予算要求中につき保留')).toEqual({ kind: 'unknown', suggestion: undefined });
    expect(matchStatus(3)).toEqual({ kind: 'unknown' });
    expect(matchStatus(new Date() as unknown as string)).toEqual({ kind: 'unknown' });
  });

  test('normalising is idempotent: the label of any match is itself exact', () => {
    const reach = new Reach();
    fc.assert(
      fc.property(fc.oneof(decorated(KNOWN_WORDS), fc.string({ unit: 'grapheme', maxLength: 12 })), (value) => {
        reach.run();
        const found = matchStatus(value);
        if (found.kind !== 'unknown') {
          reach.hit();
          expect(matchStatus(DEFAULT_PROGRESS.terms[found.index].label)).toMatchObject({ kind: 'exact', code: found.code });
        }
        if (found.kind === 'unknown' && found.suggestion) expect(matchStatus(found.suggestion).kind).toBe('exact');
      }),
    );
    // Decorated known words are half the input: most of those must match.
    reach.expectShare(0.3);
  });
});

describe('achievement results', () => {
  test.each(RESULT_PAIRS)('the label %s is exact', (label, code) => {
    expect(matchResult(label)).toMatchObject({ kind: 'exact', code });
  });

  test.each(['', ' ', '－', '-', 'ー', '―', '—', null, undefined])('%p means not evaluated', (value) => {
    expect(matchResult(value)).toBeNull();
  });

  test.each([
    ['一部達成', 'partial'],
    ['未達', 'notAchieved'],
    ['達成済み', 'achieved'],
    ['Achieved', 'achieved'],
  ])('%p is a variant of %s', (value, code) => {
    expect(matchResult(value)).toMatchObject({ kind: 'variant', code });
  });

  test('unknown results get a suggestion', () => {
    expect(matchResult('達成成')).toEqual({ kind: 'unknown', suggestion: '達成' });
  });

  test('never throws, and is idempotent on its own output', () => {
    const reach = new Reach();
    fc.assert(
      fc.property(
        fc.oneof(
          { arbitrary: decorated(KNOWN_RESULTS), weight: 3 },
          fc.string({ unit: 'grapheme', maxLength: 12 }),
          fc.integer(),
          fc.boolean(),
          fc.constant(null),
        ),
        (value) => {
          reach.run();
          const found = matchResult(value);
          if (found && found.kind !== 'unknown') {
            reach.hit();
            expect(matchResult(DEFAULT_RESULTS.terms[found.index].label)).toMatchObject({ kind: 'exact', code: found.code });
          }
        },
      ),
    );
    reach.expectShare(0.2);
  });
});

describe('suggestions share something with what was typed', () => {
  const letters = new Vocabulary([
    { label: 'A', meaning: 'done', inRate: true, variants: [] },
    { label: 'B', meaning: 'onTrack', inRate: true, variants: [] },
  ]);

  test('a one-letter label is never suggested for another character', () => {
    expect(letters.match('済')).toEqual({ kind: 'unknown', suggestion: undefined });
    expect(letters.match('C')).toEqual({ kind: 'unknown', suggestion: undefined });
  });

  test('a full-width or lower-case letter is the label, with a warning', () => {
    expect(letters.match('Ａ')).toMatchObject({ kind: 'variant', index: 0 });
    expect(letters.match('b')).toMatchObject({ kind: 'variant', index: 1 });
  });
});

describe('suggestions never point to a different meaning (words clerks type)', () => {
  // [typed, what the default progress vocabulary makes of it]: a label (exact or variant), a suggestion, or nothing.
  test.each([
    ['実施中', null],
    ['継続', null],
    ['継続中', null],
    ['検討中', null],
    ['着手', null],
    ['着手済み', null],
    ['実施済み', null],
    ['対応中', null],
    ['予定どおり', null],
    ['未定', null],
    ['未実施', null],
    ['見込み', null],
    ['一部完了', null],
    ['やや遅れ', null],
    ['－', null],
    ['ー', null],
    ['✓', null],
    ['○', null],
    ['完了済', '→済'],
    ['遅れ気味', '→遅れ'],
    ['順長', '→概ね順調'],
    ['概ね順長', '→概ね順調'],
    ['未着', '→未着手'],
    ['遅れれ', '→遅れ'],
    ['休み', '→休止'],
    ['ontrak', '→概ね順調'],
    ['おおむね順調', '=概ね順調'],
    ['済み', '=済'],
    ['完了', '=済'],
    ['遅延', '=遅れ'],
    ['DONE', '=済'],
  ])('%p → %p', (typed, expected) => {
    const found = DEFAULT_PROGRESS.match(typed);
    const got = found.kind === 'unknown' ? (found.suggestion ? `→${found.suggestion}` : null) : `=${DEFAULT_PROGRESS.terms[found.index].label}`;
    expect(got).toBe(expected);
  });

  test.each([
    ['達成見込み', null],
    ['達成予定', null],
    ['概ね達成', null],
    ['ほぼ達成', null],
    ['一部完了', '→一部未達成'],
    ['不達成', '→未達成'],
    ['達成成', '→達成'],
  ])('result %p → %p', (typed, expected) => {
    const found = matchResult(typed);
    const got =
      found === null ? 'blank' : found.kind === 'unknown' ? (found.suggestion ? `→${found.suggestion}` : null) : `=${DEFAULT_RESULTS.terms[found.index].label}`;
    expect(got).toBe(expected);
  });
});

// Behaviour a mutation run found unpinned (npm run mutation; reports/mutation-record-2026.md; until #24 in test/core/base/pinned.test.ts):
// each expectation fails if the line it names is changed.
describe('vocabulary.ts (pinned by the mutation runs)', () => {
  test('the edit-distance tolerance grows with the label: half its length, never all of it', () => {
    const plan = new Vocabulary<'done' | 'onTrack'>([
      { label: '取組中です', meaning: 'onTrack', inRate: true, variants: [] },
      { label: 'A', meaning: 'done', inRate: true, variants: [] },
    ]);
    // Two edits on a five-letter label are close; on a one-letter label nothing is.
    expect(plan.match('取組中でず')).toEqual({ kind: 'unknown', suggestion: '取組中です' });
    expect(plan.match('取組でした')).toEqual({ kind: 'unknown', suggestion: '取組中です' });
    expect(plan.match('B')).toEqual({ kind: 'unknown', suggestion: undefined });
    // Four edits on five letters is not close (three is the most).
    expect(plan.match('取あいうえ')).toEqual({ kind: 'unknown', suggestion: undefined });
  });
  test('nothing is suggested for text over 40 characters', () => {
    const long = `遅れ${'あ'.repeat(40)}`;
    expect(DEFAULT_PROGRESS.match(long)).toEqual({ kind: 'unknown', suggestion: undefined });
  });
  test('the closest label wins, and the first of equally close ones', () => {
    const plan = new Vocabulary<'done' | 'onTrack'>([
      { label: '実施済', meaning: 'done', inRate: true, variants: [] },
      { label: '実施中', meaning: 'onTrack', inRate: true, variants: [] },
    ]);
    expect(plan.match('実施済み')).toEqual({ kind: 'unknown', suggestion: '実施済' });
    expect(plan.match('実施')).toEqual({ kind: 'unknown', suggestion: '実施済' });
  });
  test('a result read twice gives the same answer (the cache keeps what it found)', () => {
    const first = DEFAULT_RESULTS.match('一部達成');
    expect(DEFAULT_RESULTS.match('一部達成')).toEqual(first);
    expect(first).toMatchObject({ kind: 'variant', code: 'partial' });
  });
  test('n/a and na are no label and suggest none', () => {
    for (const text of ['n/a', 'na', 'N/A']) expect(DEFAULT_RESULTS.match(text)).toEqual({ kind: 'unknown', suggestion: undefined });
  });
});

// vocabulary.ts behaviour the mutation run of 2026-11-29 found unpinned (until #24 in test/core/contract/vocabulary-pinned.test.ts):
// each expectation fails if the line it names is changed.

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
    expect(termName(done, 'ja')).toBe('済');
    expect(termName(done, 'ja', true)).toBe('済');
    expect(termName(done, 'en')).toBe('Done');
    expect(termName(done, 'en', true)).toBe('済 (Done)');
    expect(termName(LETTERS.terms[0], 'en', true)).toBe('A');
  });
  test("a vocabulary's labels joined for a message, as Vocabulary.list joined them before the catalogue took it (#24)", () => {
    expect(allowedLabels(DEFAULT_PROGRESS)).toEqual({
      allowed: '済 / 概ね順調 / 遅れ / 未着手 / 休止',
      allowedEn: '済 (Done) / 概ね順調 (On track) / 遅れ (Delayed) / 未着手 (Not started) / 休止 (Suspended)',
    });
    expect(allowedLabels(DEFAULT_RESULTS)).toEqual({
      allowed: '達成 / 一部未達成 / 未達成',
      allowedEn: '達成 (Achieved) / 一部未達成 (Partly not achieved) / 未達成 (Not achieved)',
    });
    const mixed = new Vocabulary<StatusCode>([
      { label: 'A', meaning: 'done', inRate: true, variants: [] },
      { label: 'B', meaning: 'onTrack', inRate: true, en: 'Fine', variants: [] },
    ]);
    expect([termList(mixed.terms, 'ja'), termList(mixed.terms, 'en')]).toEqual(['A / B', 'A / B (Fine)']);
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
    for (const text of ['N/A', 'n/a', 'NA', 'na', '未評価', '－']) expect(matchResultIn(DEFAULT_RESULTS, text)).toBeNull();
    expect(matchResultIn(DEFAULT_RESULTS, 'NAN')?.kind).toBe('unknown');
  });
  test('a meaning is named by its code, its Japanese or its English name (line 278)', () => {
    expect(parseMeaning('partial', RESULT_MEANINGS)).toBe('partial');
    expect(parseMeaning('Partly not achieved', RESULT_MEANINGS)).toBe('partial');
    expect(parseMeaning('一部未達成', RESULT_MEANINGS)).toBe('partial');
    expect(parseMeaning('onTrack', STATUS_MEANINGS)).toBe('onTrack');
    expect(parseMeaning('部分実施', RESULT_MEANINGS)).toBeNull();
  });
});
