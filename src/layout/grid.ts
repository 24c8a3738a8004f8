import type { Cell, CellRole } from './types';

/**
 * Places cells by (row, column) while a layout is built, then hands writers the dense grid
 * (rows x columns, null where empty) that lets each property go out in one batched call.
 */
export class GridBuilder {
  private readonly cells = new Map<string, { row: number; column: number; cell: Cell }>();

  put(row: number, column: number, cell: Cell): void {
    const key = `${row},${column}`;
    if (this.cells.has(key)) throw new Error(`cell (${row}, ${column}) is placed twice`);
    this.cells.set(key, { row, column, cell });
  }

  /** Literal text: writers keep it text even when it starts with "=" or "+". */
  text(row: number, column: number, text: string, role: CellRole, note?: string): void {
    this.put(row, column, note === undefined ? { value: text, role } : { value: text, role, note });
  }

  /** The dense grid, wide enough for every placed cell (or `minColumns`). */
  build(minColumns = 1): (Cell | null)[][] {
    let rows = 0;
    let columns = minColumns;
    for (const { row, column } of this.cells.values()) {
      rows = Math.max(rows, row + 1);
      columns = Math.max(columns, column + 1);
    }
    const grid: (Cell | null)[][] = Array.from({ length: rows }, () =>
      Array<Cell | null>(columns).fill(null),
    );
    for (const { row, column, cell } of this.cells.values()) grid[row][column] = cell;
    return grid;
  }
}
