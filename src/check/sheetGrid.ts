/**
 * What the check reads of one sheet: its computed values and its formulas, as two grids of
 * the same shape. A Sheets range gives them with getValues and getFormulas; an .xlsx
 * worksheet read by exceljs gives them cell by cell (src/cli/xlsxGrid.ts). Nothing else of
 * the sheet is needed, so both sides share every rule of the check.
 */
export interface SheetGrid {
  /** The sheet's name now (it may have been renamed since FunnelMath wrote it). */
  readonly name: string;
  /**
   * Zero-based rows of values: a number, text, boolean or Date; "" when empty; an error as
   * its code ("#REF!"). Rows or cells past the end read as empty.
   */
  readonly values: readonly (readonly unknown[])[];
  /** Same shape: the formula with its "=" where the cell holds one, "" otherwise. */
  readonly formulas: readonly (readonly string[])[];
}

export function valueAt(grid: SheetGrid, row: number, column: number): unknown {
  const value = grid.values[row]?.[column];
  return value === null || value === undefined ? '' : value;
}

export function formulaAt(grid: SheetGrid, row: number, column: number): string {
  return grid.formulas[row]?.[column] ?? '';
}

/** Whether a cell shows an error value such as "#REF!". */
export function isErrorValue(value: unknown, code = '#REF!'): boolean {
  return typeof value === 'string' && value.toUpperCase() === code;
}
