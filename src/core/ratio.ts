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
 * ⌊a / b⌋ for whole numbers a ≥ 0, b > 0. For safe integers the division is exact
 * enough: the rounded quotient of |a| < 2^53 by b ≥ 1 never reaches the next
 * integer (it is at least 1/b away, more than half an ulp). Beyond that, in
 * BigInt.
 */
function floorDiv(a: number, b: number): number {
  if (Number.isSafeInteger(a) && Number.isSafeInteger(b)) return Math.floor(a / b);
  // a, b ≥ 0 here: BigInt division truncates, which is the floor.
  return Number(BigInt(Math.round(a)) / BigInt(Math.round(b)));
}

export function formatRatio(numerator: number, denominator: number, decimals: number, rounding: Rounding): RatioText {
  if (denominator === 0) return { ratio: null, rounded: null, text: '－' };
  // Goals and amounts may carry decimals (12.5百万円): scaled to whole numbers first, so the arithmetic stays exact.
  const places = Math.max(decimalsOf(numerator), decimalsOf(denominator));
  if (places > 0) {
    const factor = 10 ** places;
    return { ...formatRatio(Math.round(numerator * factor), Math.round(denominator * factor), decimals, rounding), ratio: numerator / denominator };
  }
  // A negative ratio (a goal's cumulative below zero) is worked out on its size: 切り捨て drops digits
  // toward zero and 四捨五入 rounds the half away from it, as people do by hand; the sign goes in front.
  const negative = numerator < 0 !== denominator < 0 && numerator !== 0;
  const n = Math.abs(numerator);
  const d = Math.abs(denominator);
  const scale = 10 ** (decimals + 2);
  const scaled = n * scale;
  const units = rounding === 'truncate' ? floorDiv(scaled, d) : floorDiv(2 * scaled + d, 2 * d);
  const percentScale = 10 ** decimals;
  const whole = Math.floor(units / percentScale);
  const fraction = String(units % percentScale).padStart(decimals, '0');
  const sign = negative && units > 0 ? '-' : '';
  const text = decimals > 0 ? `${sign}${whole}.${fraction}%` : `${sign}${whole}%`;
  return { ratio: numerator / denominator, rounded: (negative ? -units : units) / scale || 0, text };
}
