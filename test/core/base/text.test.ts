/**
 * text.ts, tested directly, each expectation tied to the behaviour a mutation run found unpinned
 * (npm run mutation; reports/mutation-record-2026.md; until #24 in test/core/base/helpers.test.ts).
 */
import { cleanText, clip, displayWidth, editDistance, escapeRegExp, matchKey, normalizeText } from '../../../src/core/base/text';

describe('text.ts', () => {
  test('normalizeText: width folded, invisible characters gone, each run of white space one space, trimmed', () => {
    expect(normalizeText('ＡＢＣ　１２３')).toBe('ABC 123');
    expect(normalizeText('概ね\u200B順調')).toBe('概ね順調');
    expect(normalizeText('  a \u00A0\t b  ')).toBe('a b');
  });

  test('cleanText: as typed, minus invisible characters and the white space around; no-break space as a space', () => {
    expect(cleanText(' \u200B事業\u00A0A\uFEFF ')).toBe('事業 A');
    expect(cleanText('ＡＢ  C')).toBe('ＡＢ  C');
  });

  test('escapeRegExp: every special character is escaped, nothing else', () => {
    const special = ['.', '*', '+', '?', '^', '$', '{', '}', '(', ')', '|', '[', ']', '\\'].join('');
    expect(new RegExp(`^${escapeRegExp(special)}$`).test(special)).toBe(true);
    expect(escapeRegExp('千円')).toBe('千円');
    expect(escapeRegExp('a.b')).toBe('a\\.b');
  });

  test('matchKey: normalised, lower case, with no white space at all', () => {
    expect(matchKey(' On  Track ')).toBe('ontrack');
    expect(matchKey('概ね　順調')).toBe('概ね順調');
  });

  test('editDistance: insertions, deletions and substitutions by character (not UTF-16 unit)', () => {
    expect(editDistance('済', '済み')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('𠮷野', '吉野')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  test('clip: short text unchanged; long text cut at max characters (not UTF-16 units) with an ellipsis', () => {
    expect(clip('a'.repeat(60))).toBe('a'.repeat(60));
    expect(clip('a'.repeat(61))).toBe(`${'a'.repeat(60)}…`);
    expect(clip('abcdef', 3)).toBe('abc…');
    // 60 characters of two UTF-16 units each are 120 units: still not cut.
    expect(clip('𠮷'.repeat(60))).toBe('𠮷'.repeat(60));
    expect(clip('𠮷'.repeat(61))).toBe(`${'𠮷'.repeat(60)}…`);
    // A million characters are clipped without being split into an array whole.
    expect(clip('x'.repeat(1_000_000), 5)).toBe('xxxxx…');
  });

  test('displayWidth: wide characters two, marks and control characters none', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('進捗')).toBe(4);
    expect(displayWidth('ｱｲ')).toBe(2);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('a\tb\u0085c')).toBe(3);
    expect(displayWidth('\u007F\u009F\u00A0')).toBe(1);
    expect(displayWidth(' ')).toBe(1);
    expect(displayWidth('')).toBe(0);
  });
});
