import { standInWith } from '../support/standin';

/** A draft pasted into the sidebar is never cut silently: over core's limit it is refused, with the size in the message. */
describe('sidebarProofread and the draft size limit', () => {
  test('a draft over the limit (4.3 MB) is refused with the limit and its size, not cut and read in part', () => {
    const standIn = standInWith();
    // 2,100,000 characters, 4.3 MB in UTF-8: past 2 MB; the earlier sidebar proof-read the first 2,000,000 and said nothing.
    const draft = '達成率は91.2%でした。\n'.repeat(150_000);
    const outcome = standIn.run<{ message: string; lines: string[] }>('sidebarProofread', [draft]);
    expect(outcome.message).toBe('原稿が大きすぎます（上限 2 MB、この原稿は 4.3 MB）。章ごとなどに分けて照合してください');
    expect(outcome.lines).toEqual([]);
  });

  test('a draft just within the limit is proof-read as before', () => {
    const standIn = standInWith();
    // Japanese (3 bytes a character) up to the limit: read, not refused for its size; no figure in it, so the verdict is "nothing checked" (issue #24: an all-"a" draft is now refused as not Japanese, as the CLI refuses it).
    const draft = 'あ'.repeat(Math.floor((2 * 1024 * 1024) / 3));
    const outcome = standIn.run<{ message: string; lines: string[] }>('sidebarProofread', [draft]);
    expect(outcome.message).toMatch(/^照合できる数値がありませんでした/);
  });
});
