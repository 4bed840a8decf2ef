/**
 * A property that seldom reaches its assertion proves little: count the runs
 * and the runs that asserted, and require a share of them.
 */
import fc from 'fast-check';

export class Reach {
  runs = 0;
  hits = 0;
  run(): void {
    this.runs++;
  }
  hit(): void {
    this.hits++;
  }
  /** At least this share of the runs reached the assertion. */
  expectShare(min: number): void {
    expect(this.runs).toBeGreaterThan(0);
    expect(this.hits / this.runs).toBeGreaterThanOrEqual(min);
  }
}

/** Full-width, spaced, upper-cased: the ways a known word arrives from a keyboard. */
export function decorated(words: readonly string[]): fc.Arbitrary<string> {
  const wide = (s: string) => s.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
  return fc
    .tuple(
      fc.constantFrom(...words),
      fc.constantFrom<(s: string) => string>(
        (s) => s,
        wide,
        (s) => ` ${s} `,
        (s) => s.toUpperCase(),
        (s) => `${s}\u200B`,
        (s) => s.split('').join(' '),
      ),
    )
    .map(([word, dress]) => dress(word));
}

/** Fiscal years in every accepted form, and some that are not. */
export const yearText: fc.Arbitrary<string | number> = fc.oneof(
  fc.integer({ min: 1989, max: 2100 }).map((y) => `${y}年度`),
  fc.integer({ min: 1989, max: 2100 }).map((y) => `FY${y}`),
  fc.integer({ min: 1989, max: 2100 }),
  fc.integer({ min: 1, max: 60 }).map((n) => `令和${n}年度`),
  fc.integer({ min: 1, max: 60 }).map((n) => `R${n}`),
  fc.integer({ min: 1, max: 31 }).map((n) => `平成${n}年度`),
  fc.integer({ min: 1, max: 9 }).map((n) => `令和${String.fromCharCode(0xff10 + n)}年度`),
  fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 5 })).map(([a, d]) => `R${a}～R${a + d}`),
  fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 5 })).map(([a, d]) => `令和${a}～${a + d}年度`),
  fc
    .tuple(fc.integer({ min: 2000, max: 2090 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.string({ maxLength: 6 }),
);

/** Amounts in every accepted form, and some that are not. */
export const amountText: fc.Arbitrary<string | number> = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.integer({ min: 0, max: 1e9 }).map((n) => n.toLocaleString('en-US')),
  fc.integer({ min: 0, max: 1e6 }).map((n) => `△${n.toLocaleString('en-US')}`),
  fc.integer({ min: 0, max: 1e6 }).map((n) => `▲${n}`),
  fc.integer({ min: 0, max: 1e6 }).map((n) => n.toLocaleString('en-US').replace(/[0-9,]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0))),
  fc.constantFrom('－', '-', 'ー'),
  fc.string({ maxLength: 6 }),
);
