/**
 * A line of the draft in the parts a number's context is read from: its clauses
 * (split at 、 and 。), the sentence around an offset (each found once), and how
 * many characters other than white space come before an offset — all in time
 * linear in the line, however many numbers it has.
 */
import { sentenceOf } from '../claimWords';

/** The parts of one line (its text normalised), read as its numbers ask for them, in order. */
export function lineParts(text: string) {
  // Clauses: split at 、 and 。 and the brackets' ends; a number's clause is where its label, year and measure are.
  const clauses: { start: number; end: number }[] = [];
  let from = 0;
  for (let k = 0; k <= text.length; k++) {
    if (k === text.length || text[k] === '、' || text[k] === '。' || (text[k] === ',' && !/\d/.test(text[k + 1] ?? ''))) {
      clauses.push({ start: from, end: k });
      from = k + 1;
    }
  }
  // How many characters other than white space come before each offset: a clause's flat offsets without slicing it again
  // (counted when first needed: most lines never ask).
  let nonSpaceCounts: Int32Array | null = null;
  const nonSpaceAt = (offset: number) => {
    if (nonSpaceCounts === null) {
      nonSpaceCounts = new Int32Array(text.length + 1);
      for (let k = 0; k < text.length; k++) {
        const c = text.charCodeAt(k);
        nonSpaceCounts[k + 1] = nonSpaceCounts[k] + (c === 32 || c === 9 || c === 0x3000 || (c >= 10 && c <= 13) ? 0 : 1);
      }
    }
    return nonSpaceCounts[offset];
  };
  // The sentence a number is in (to the 。 either side), each found once per line: a line of many numbers stays linear.
  const sentences = new Map<number, string>();
  const periods: number[] = [];
  for (let k = text.indexOf('。'); k >= 0; k = text.indexOf('。', k + 1)) periods.push(k);
  let period = 0;
  const sentenceHere = (at: number) => {
    // (Numbers come in order: the last 。 before this one is found by moving on from the last, not by searching back.)
    while (period < periods.length && periods[period] < at) period++;
    const start = period > 0 ? periods[period - 1] + 1 : 0;
    let sentence = sentences.get(start);
    if (sentence === undefined) {
      sentence = sentenceOf(text, at);
      sentences.set(start, sentence);
    }
    return sentence;
  };
  return { clauses, nonSpaceAt, sentenceHere };
}
