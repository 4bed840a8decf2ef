/**
 * The size limit of a draft (issue #26; split from proofread.ts, issue #24): one limit for the command line, the
 * sidebar and the preview, said with the draft's size when it is passed.
 */
/**
 * The largest draft proof-read: 2 MB of text (UTF-8), a report of several
 * hundred pages. The proof-reader is linear in its draft — about a second for
 * 2 MB of the most hostile text (bench/proofread-bench.ts) — and a limit keeps
 * that a promise in the add-on's sidebar and the preview as on the command line.
 */
export const MAX_DRAFT_TEXT_BYTES = 2 * 1024 * 1024;

/** The size of a text in UTF-8, counted without encoding it (the core has no Buffer). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    // A surrogate pair is four bytes: two for each half.
    else if (c >= 0xd800 && c <= 0xdfff) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}

const megabytes = (bytes: number) => (Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1);

/** Why a draft is too large to proof-read (「…上限 2 MB…」), or null. */
export function draftSizeProblem(draft: string): string | null {
  // Each UTF-16 unit is at most 3 bytes: a draft that short is within the limit without counting.
  if (draft.length * 3 <= MAX_DRAFT_TEXT_BYTES) return null;
  const bytes = utf8Length(draft);
  if (bytes <= MAX_DRAFT_TEXT_BYTES) return null;
  const limit = MAX_DRAFT_TEXT_BYTES / 1024 / 1024;
  return `原稿が大きすぎます（上限 ${limit} MB、この原稿は ${megabytes(bytes)} MB）。章ごとなどに分けて照合してください / the draft is too large (limit ${limit} MB; this one is ${megabytes(bytes)} MB): proof-read it in parts, a chapter at a time`;
}
