/**
 * Native formula pieces shared by layouts. Only built-in functions that Sheets, Excel,
 * LibreOffice and HyperFormula all compute the same way.
 */

/**
 * ROUNDUP to a whole number after rounding to 15 significant digits: the sheet's form of
 * `roundUpWhole`. A bare ROUNDUP(x, 0) disagrees between engines when x is 1 ulp above a
 * whole number (21 / 0.7 = 30.000000000000004: HyperFormula says 31, LibreOffice 30), so
 * round first to 15 significant digits, 14 - INT(LOG10(|x|)) decimals, which every engine
 * does exactly. `(x=0)` keeps LOG10 defined when x is 0 (a blanked input).
 */
export function roundUpWholeFormula(expression: string): string {
  const x = `(${expression})`;
  return `ROUNDUP(ROUND(${x},14-INT(LOG10(ABS(${x})+(${x}=0)))),0)`;
}
