/**
 * Same number up to floating-point noise: engines round displayed values differently
 * (HyperFormula keeps 10 decimals by default, LibreOffice 15 significant digits).
 */
export function expectSameNumber(actual: unknown, expected: number): void {
  expect(typeof actual).toBe('number');
  const tolerance = 1e-9 * Math.max(1, Math.abs(expected));
  if (Math.abs((actual as number) - expected) > tolerance) {
    expect(actual).toBe(expected);
  }
}
