/**
 * core's xmlSafe: every character XML 1.0 forbids (https://www.w3.org/TR/xml/#charsets)
 * becomes U+FFFD, every character it allows is kept as it is.
 */
import { xmlSafe } from '../../../src/core/base/text';
import { forbiddenChars } from '../../support/xml';

test('each forbidden character becomes one U+FFFD, in place', () => {
  expect(xmlSafe('a\u0000b\u0001c\u0008d\u000be\u000cf\u000eg\u001fh')).toBe('a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf\ufffdg\ufffdh');
  expect(xmlSafe('計画\uffff\ufffe名')).toBe('計画\ufffd\ufffd名');
  // A surrogate without its pair, high or low, at the start, in the middle and at the end.
  expect(xmlSafe('\ud800x\udc00y\ud83d')).toBe('\ufffdx\ufffdy\ufffd');
  expect(xmlSafe('\udc00\ud800')).toBe('\ufffd\ufffd');
});

test('what XML allows is kept: tab, LF, CR, C1 and DEL, the private use area, U+FFFD, a surrogate pair', () => {
  const allowed = 'tab\there\nline\rcr \u007f\u0085\u009f \ue000\ufffd \ud83d\ude00 \u{10ffff} 漢字';
  expect(xmlSafe(allowed)).toBe(allowed);
  expect(xmlSafe('')).toBe('');
});

test('every one of the 65,536 UTF-16 code units alone passes the strict checker afterwards; only the forbidden ones changed', () => {
  const units = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code));
  // A space between them, so that no two surrogates make a pair.
  expect(forbiddenChars(units.join(' '))).toHaveLength(29 + 2048 + 2);
  expect(forbiddenChars(xmlSafe(units.join(' ')))).toEqual([]);
  const safe = units.map((unit) => xmlSafe(unit));
  // 29 C0 controls, 2,048 surrogates, U+FFFE and U+FFFF became U+FFFD, one each; the 63,457 others are as they were.
  expect(safe.filter((ch, code) => ch !== units[code])).toEqual(Array(29 + 2048 + 2).fill('\ufffd'));
  expect(xmlSafe('\ud800\udc00\udbff\udfff')).toBe('\u{10000}\u{10ffff}');
});
