/** Small helpers for building sheets cell by cell in formula-engine tests. */
import type { CellValue, HyperFormula } from 'hyperformula';
import { parseCell } from '../../src/layout/a1';

export { a1, columnLetter } from '../../src/layout/a1';

/** Reads cells of the first sheet by A1 reference. */
export function reader(engine: HyperFormula, sheetName: string) {
  const sheet = engine.getSheetId(sheetName);
  if (sheet === undefined) throw new Error(`no sheet ${sheetName}`);
  const at = (row: number, column: number): CellValue =>
    engine.getCellValue({ sheet, row, col: column });
  return {
    at,
    /** The value of a cell given as A1 ("D2"). */
    cell(reference: string): CellValue {
      const { row, column } = parseCell(reference);
      return at(row, column);
    },
  };
}

/** The message of a cell error, or a description of the non-error value found. */
export function errorMessage(value: CellValue): string {
  if (value !== null && typeof value === 'object' && 'message' in value) return value.message;
  return `not an error: ${JSON.stringify(value)}`;
}

/**
 * Expects a cell's number to equal `expected` to 1 part in 10^12: a native formula and the
 * catalog's arithmetic may round their last bit differently, never more.
 */
export function expectNumberNear(actual: CellValue, expected: number): void {
  expect(typeof actual).toBe('number');
  const tolerance = Math.max(Math.abs(expected) * 1e-12, 1e-15);
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(tolerance);
}
