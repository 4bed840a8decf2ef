import fc from 'fast-check';
import { matchResult, matchStatus, RESULT_CODES, RESULT_LABELS, STATUS_CODES, STATUS_LABELS } from '../../src/core/vocabulary';

describe('progress statuses', () => {
  test.each(STATUS_CODES.map((code) => [STATUS_LABELS[code].ja, code]))('the label %s is exact', (label, code) => {
    expect(matchStatus(label)).toEqual({ kind: 'exact', code });
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
    expect(matchStatus(value)).toEqual({ kind: 'variant', code });
  });

  test.each([
    ['順長', 'onTrack'],
    ['遅れれ', 'delayed'],
    ['未着', 'notStarted'],
    ['ontrak', 'onTrack'],
  ])('%p is unknown, with the suggestion %s', (value, suggestion) => {
    expect(matchStatus(value)).toEqual({ kind: 'unknown', suggestion });
  });

  test('values with nothing close are unknown without a suggestion', () => {
    expect(matchStatus('予算要求中につき保留')).toEqual({ kind: 'unknown', suggestion: undefined });
    expect(matchStatus(3)).toEqual({ kind: 'unknown' });
    expect(matchStatus(new Date() as unknown as string)).toEqual({ kind: 'unknown' });
  });

  test('normalising is idempotent: the label of any match is itself exact', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 12 }), (value) => {
        const found = matchStatus(value);
        if (found.kind !== 'unknown') expect(matchStatus(STATUS_LABELS[found.code].ja)).toEqual({ kind: 'exact', code: found.code });
        if (found.kind === 'unknown' && found.suggestion) expect(matchStatus(STATUS_LABELS[found.suggestion].ja).kind).toBe('exact');
      }),
    );
  });
});

describe('achievement results', () => {
  test.each(RESULT_CODES.map((code) => [RESULT_LABELS[code].ja, code]))('the label %s is exact', (label, code) => {
    expect(matchResult(label)).toEqual({ kind: 'exact', code });
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
    expect(matchResult(value)).toEqual({ kind: 'variant', code });
  });

  test('unknown results get a suggestion', () => {
    expect(matchResult('達成成')).toEqual({ kind: 'unknown', suggestion: 'achieved' });
  });

  test('never throws, and is idempotent on its own output', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.integer(), fc.boolean(), fc.constant(null)), (value) => {
        const found = matchResult(value);
        if (found && found.kind !== 'unknown') expect(matchResult(RESULT_LABELS[found.code].ja)).toEqual({ kind: 'exact', code: found.code });
      }),
    );
  });
});
