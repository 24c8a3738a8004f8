import { ROUNDING_DECIMALS } from '../kpi/rounding';

/**
 * Native formula pieces shared by layouts. Only built-in functions that Sheets, Excel,
 * LibreOffice and HyperFormula all compute the same way.
 */

/**
 * Rounds up to a whole number after rounding to 6 decimals: `CEILING(ROUND(x,6),1)`, the
 * sheet's form of `roundUpWhole` (src/kpi/rounding.ts), readable by whoever clicks the cell
 * ("round away the noise, then up"). Engine quirks, each found by a test, rule out the
 * obvious formulas:
 * - 21 / 0.7 = 30.000000000000004, and HyperFormula's ROUNDUP(x, 0) gives 31 (LibreOffice
 *   30): so ROUND first;
 * - rounding to 15 significant digits instead (ROUND(x,14-INT(LOG10(x)))) puts the rounding
 *   point a few bits above the noise: 673.0000000000005 is 673 in JavaScript's toPrecision
 *   and 674 in HyperFormula and LibreOffice. Six fixed decimals are thousands of bits away
 *   for any count below a billion, so every engine rounds the noise the same way;
 * - LibreOffice 7.4's ROUNDUP(x, 0) drops the fraction of large x (ROUNDUP(123456789012.1, 0)
 *   is 123456789012 there), and HyperFormula's INT truncates negatives: CEILING(x, 1) of a
 *   positive x is right on all four.
 */
export function roundUpWholeFormula(expression: string): string {
  return `CEILING(ROUND(${expression},${ROUNDING_DECIMALS}),1)`;
}

/**
 * Rounds down to a whole number after the same noise removal: `FLOOR(ROUND(x,6),1)`, the
 * sheet's form of `roundDownWhole` (src/funnel/budgetFirst.ts) for counts a budget buys.
 * ROUND first for the reason above (100 x 0.29 must give 29, not 28.999999999999996 floored
 * to 28); FLOOR(x, 1) rather than INT or ROUNDDOWN, as CEILING above (the counts are never
 * negative, so both directions of FLOOR's sign rules agree on every engine).
 */
export function roundDownWholeFormula(expression: string): string {
  return `FLOOR(ROUND(${expression},${ROUNDING_DECIMALS}),1)`;
}
