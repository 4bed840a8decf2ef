/**
 * core's headerSafe, which every mail header value passes (the digest's subject in the add-on
 * and the CLI, --from): nothing in it can start a header line, reorder what a reader shows, or
 * fail to encode.
 */
import { checkAddress, headerSafe } from '../../../src/core/base/email';

test('C1 controls, NEL included, become a space like C0', () => {
  expect(headerSafe('件名\u0085Bcc: spy@example.jp')).toBe('件名 Bcc: spy@example.jp');
  expect(headerSafe('a\u009b2Jb\u0080c\u009fd')).toBe('a 2Jb c d');
});

test('bidi overrides and isolates become a space: a subject is shown in the order it was written', () => {
  expect(headerSafe('報告\u202efdp.exe')).toBe('報告 fdp.exe');
  expect(headerSafe('a\u202ab\u202bc\u202cd\u202de\u2066f\u2067g\u2068h\u2069i')).toBe('a b c d e f g h i');
});

test('U+FFFE, U+FFFF and a lone surrogate become a space; a surrogate pair is kept', () => {
  expect(headerSafe('計画\uffff\ufffe名\ud800x\udc00y')).toBe('計画 名 x y');
  expect(headerSafe('進捗😀')).toBe('進捗😀');
});

// Boundaries the mutation runs found untested (until #24 in test/core/base/edges.test.ts).
test('an address of 254 characters is accepted, of 255 refused', () => {
  const domain = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(61)}`;
  const address = `${'u'.repeat(64)}@${domain}`;
  expect(address).toHaveLength(254);
  expect(checkAddress(address)).toBeNull();
  expect(checkAddress(`${'u'.repeat(64)}@d${domain}`)).toBe('tooLong');
});

test('a top-level domain of digits only is refused; one with a digit in it is not', () => {
  expect(checkAddress('user@example.123')).toBe('badDomain');
  expect(checkAddress('user@example.x1')).toBeNull();
  expect(checkAddress('user@example.1x')).toBeNull();
});

test('a subject keeps one space where there were several', () => {
  expect(headerSafe('進捗  ダイジェスト\t\t3月')).toBe('進捗 ダイジェスト 3月');
  expect(headerSafe(' a\r\n\r\nb ')).toBe('a b');
});
