/**
 * Percentages as the report prints them. The seed truncates: 43/47 =
 * 91.489…% is printed 91.4% (【進捗率】, 令和2年度), so 切り捨て is the default.
 * Integer arithmetic, because 0.29 * 100 is 28.999999999999996 in floating point.
 */
import { decimalsOf } from './numbers';

export type Rounding = 'truncate' | 'halfUp';

export interface RatioText {
  /** Unrounded ratio, null when the denominator is 0. */
  ratio: number | null;
  /** The ratio after the settings' rounding, e.g. 0.914 (for a sheet cell formatted 0.0%). */
  rounded: number | null;
  /** "91.4%", or "－" when there is nothing to divide by. */
  text: string;
}

/**
 * A number as a whole count of 10^-places, exactly: 0.29 at 2 places is 29, never 28.999999999999996.
 * Safe products are rounded (removing floating-point noise, as before); beyond 2^53 (9,007,199,254,740,991 at
 * 1 place is 90,071,992,547,409,910, not a double) the digits come from the number's decimal expansion.
 * (BigInt() calls, not 0n literals: the add-on's bundle is built for ES2019.)
 */
function wholeOf(value: number, places: number): bigint {
  const product = Math.round(value * 10 ** places);
  if (Number.isSafeInteger(product)) return BigInt(product);
  const fixed = value.toFixed(places);
  // toFixed writes 1e21 and more with an exponent: such a double is a whole number already.
  if (fixed.includes('e')) return BigInt(product);
  return BigInt(fixed.replace('.', ''));
}

const NOTHING: RatioText = { ratio: null, rounded: null, text: '－' };

export function formatRatio(numerator: number, denominator: number, decimals: number, rounding: Rounding): RatioText {
  if (denominator === 0) return { ...NOTHING };
  // Goals and amounts may carry decimals (12.5百万円): scaled to whole numbers first, so the arithmetic stays exact.
  const places = Math.max(decimalsOf(numerator), decimalsOf(denominator));
  const zero = BigInt(0);
  const abs = (n: bigint) => (n < zero ? -n : n);
  const n = abs(wholeOf(numerator, places));
  const d = abs(wholeOf(denominator, places));
  // A denominator that is 0 at the places kept (1e-300) has nothing to divide by, as 0 has: never a ratio of Infinity.
  if (d === zero) return { ...NOTHING };
  // A negative ratio (a goal's cumulative below zero) is worked out on its size: 切り捨て drops digits
  // toward zero and 四捨五入 rounds the half away from it, as people do by hand; the sign goes in front.
  const negative = numerator < 0 !== denominator < 0 && numerator !== 0;
  const scale = 10 ** (decimals + 2);
  // Whole numbers in BigInt: exact at any size (a 累計 of 2^53 − 1 times 10^3 for 0.0%). 四捨五入 is ⌊(2·n·scale + d) / 2d⌋.
  const two = BigInt(2);
  const units = rounding === 'truncate' ? (n * BigInt(scale)) / d : (two * n * BigInt(scale) + d) / (two * d);
  const percentScale = BigInt(10 ** decimals);
  const whole = units / percentScale;
  const fraction = String(units % percentScale).padStart(decimals, '0');
  const size = Number(units);
  const sign = negative && size > 0 ? '-' : '';
  const text = decimals > 0 ? `${sign}${whole}.${fraction}%` : `${sign}${whole}%`;
  return { ratio: numerator / denominator, rounded: (negative ? -size : size) / scale || 0, text };
}
