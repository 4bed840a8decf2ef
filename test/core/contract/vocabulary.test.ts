import fc from 'fast-check';
import { DEFAULT_PROGRESS, DEFAULT_RESULTS, matchResult as matchResultIn, Vocabulary } from '../../../src/core/contract/vocabulary';
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
