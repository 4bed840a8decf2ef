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

function floorDiv(a: number, b: number): number {
  let q = Math.floor(a / b);
  if (q * b > a) q -= 1;
  if ((q + 1) * b <= a) q += 1;
  return q;
}

export function formatRatio(numerator: number, denominator: number, decimals: number, rounding: Rounding): RatioText {
  if (denominator === 0) return { ratio: null, rounded: null, text: '－' };
  // Goals and amounts may carry decimals (12.5百万円): scaled to whole numbers first, so the arithmetic stays exact.
  const places = Math.max(decimalsOf(numerator), decimalsOf(denominator));
  if (places > 0) {
    const factor = 10 ** places;
    return { ...formatRatio(Math.round(numerator * factor), Math.round(denominator * factor), decimals, rounding), ratio: numerator / denominator };
  }
  const scale = 10 ** (decimals + 2);
  const scaled = numerator * scale;
  const units = rounding === 'truncate' ? floorDiv(scaled, denominator) : floorDiv(2 * scaled + denominator, 2 * denominator);
  const percentScale = 10 ** decimals;
  const whole = Math.floor(units / percentScale);
  const fraction = String(units % percentScale).padStart(decimals, '0');
  const text = decimals > 0 ? `${whole}.${fraction}%` : `${whole}%`;
  return { ratio: numerator / denominator, rounded: units / scale, text };
}
