/**
 * The one rounding rule of every count (REVERSE_FUNNEL, the planner, the goal-calculator
 * sheet): round to 6 decimals, then up to a whole number. The sheet writes it as
 * `CEILING(ROUND(x,6),1)` (src/layout/formulas.ts says why that form); this is the same
 * arithmetic, operation for operation, as HyperFormula's ROUND and CEILING.
 *
 * Why 6 decimals: binary noise (21 / 0.7 = 30.000000000000004) sits in the last bits, far
 * below 0.0000005, so it rounds away; a count that is really fractional by a millionth or
 * more still rounds up. The earlier rule (15 significant digits) put its rounding point
 * only a few bits above that noise, where engines break exact ties differently.
 */
export const ROUNDING_DECIMALS = 6;
const SCALE = 10 ** ROUNDING_DECIMALS;

/** ROUND(value, 6) as spreadsheets compute it: half away from zero, on value x 10^6. */
export function roundToRuleDecimals(value: number): number {
  return value < 0 ? -Math.round(-value * SCALE) / SCALE : Math.round(value * SCALE) / SCALE;
}

/** CEILING(ROUND(value, 6), 1): the whole count a quotient asks for, noise removed. */
export function roundUpWhole(value: number): number {
  const cleaned = roundToRuleDecimals(value);
  return cleaned === 0 ? 0 : Math.ceil(cleaned);
}
