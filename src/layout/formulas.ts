/**
 * Native formula pieces shared by layouts. Only built-in functions that Sheets, Excel,
 * LibreOffice and HyperFormula all compute the same way.
 */

/**
 * Rounds up to a whole number after rounding to 15 significant digits: the sheet's form of
 * `roundUpWhole`, exact on every engine. Engine quirks, each found by a test, rule out the
 * obvious formulas:
 * - 21 / 0.7 = 30.000000000000004, and HyperFormula's ROUNDUP(x, 0) gives 31 (LibreOffice
 *   30): so first ROUND to 15 significant digits, 14 - INT(LOG10(|x|)) decimals;
 * - LibreOffice 7.4's ROUNDUP(x, 0) drops the fraction of large x (ROUNDUP(123456789012.1, 0)
 *   is 123456789012 there);
 * - HyperFormula's INT truncates negatives (INT(-2.5) is -2), so -INT(-x) is no ceiling there.
 * CEILING(x, 1) of a positive x is right on all four. `(x=0)` keeps LOG10 defined at 0.
 */
export function roundUpWholeFormula(expression: string): string {
  const x = `(${expression})`;
  return `CEILING(ROUND(${x},14-INT(LOG10(ABS(${x})+(${x}=0)))),1)`;
}
