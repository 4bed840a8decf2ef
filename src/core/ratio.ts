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
 * ⌊(a · scale + bias) / b⌋ for whole numbers a ≥ 0, b > 0, scale ≥ 1, bias ≥ 0. For safe integers the
 * division is exact enough: the rounded quotient of |x| < 2^53 by b ≥ 1 never reaches the next integer
 * (it is at least 1/b away, more than half an ulp). Beyond that (a 累計 of 9,007,199,254,740,991 times
 * 10^3 for 0.0%), in BigInt, from the whole numbers themselves, so nothing is rounded before it is divided.
 * (BigInt() calls, not 0n literals: the add-on's bundle is built for ES2019.)
 */
function floorDiv(a: number, scale: number, bias: number, b: number): bigint {
  const scaled = a * scale + bias;
  if (Number.isSafeInteger(scaled) && Number.isSafeInteger(b)) return BigInt(Math.floor(scaled / b));
  // a, b ≥ 0 here: BigInt division truncates, which is the floor.
  return (BigInt(a) * BigInt(scale) + BigInt(bias)) / BigInt(b);
}

/** A number's own decimal digits as a whole number of 10^-places: 0.29 at 2 places is 29, never 28.999999999999996. */
function scaledWhole(value: number, places: number): number {
  const product = Math.round(value * 10 ** places);
  if (Number.isSafeInteger(product)) return product;
  // Beyond 2^53 the product is rounded: the digits are taken from the number's decimal form instead.
  const fixed = Math.abs(value).toFixed(places);
  if (fixed.includes('e')) return product;
  const digits = Number(BigInt(fixed.replace('.', '')));
  return value < 0 ? -digits : digits;
}

export function formatRatio(numerator: number, denominator: number, decimals: number, rounding: Rounding): RatioText {
  if (denominator === 0) return { ratio: null, rounded: null, text: '－' };
  // Goals and amounts may carry decimals (12.5百万円): scaled to whole numbers first, so the arithmetic stays exact.
  const places = Math.max(decimalsOf(numerator), decimalsOf(denominator));
  if (places > 0) {
    const whole = formatRatio(scaledWhole(numerator, places), scaledWhole(denominator, places), decimals, rounding);
    // A denominator that is 0 at the places kept (1e-300) has nothing to divide by, as 0 has: never a ratio of Infinity.
    return whole.ratio === null ? whole : { ...whole, ratio: numerator / denominator };
  }
  // A negative ratio (a goal's cumulative below zero) is worked out on its size: 切り捨て drops digits
  // toward zero and 四捨五入 rounds the half away from it, as people do by hand; the sign goes in front.
  const negative = numerator < 0 !== denominator < 0 && numerator !== 0;
  const n = Math.abs(numerator);
  const d = Math.abs(denominator);
  const scale = 10 ** (decimals + 2);
  // 四捨五入 is ⌊(2·n·scale + d) / 2d⌋, with the same exact division.
  const units = rounding === 'truncate' ? floorDiv(n, scale, 0, d) : floorDiv(2 * n, scale, d, 2 * d);
  const percentScale = BigInt(10 ** decimals);
  const whole = units / percentScale;
  const fraction = String(units % percentScale).padStart(decimals, '0');
  const size = Number(units);
  const sign = negative && size > 0 ? '-' : '';
  const text = decimals > 0 ? `${sign}${whole}.${fraction}%` : `${sign}${whole}%`;
  return { ratio: numerator / denominator, rounded: (negative ? -size : size) / scale || 0, text };
}
