/**
 * Rounds up to a whole number the way spreadsheet engines do: first to 15 significant
 * digits, so a quotient that is whole on paper but 1 ulp above it in binary (some n / 0.7)
 * does not ask for one more lead than Sheets, Excel or LibreOffice would.
 */
export function roundUpWhole(value: number): number {
  if (value === 0) return 0;
  const cleaned = Number(value.toPrecision(15));
  return Math.ceil(cleaned);
}
