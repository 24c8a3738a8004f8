/**
 * Finding FunnelMath's blocks on a sheet whose rows were deleted or inserted. Every block
 * starts with literal labels (its section title, its headers, the row labels); where the
 * labels of a row are found tells how far the block has moved. A deletion is undone by
 * putting the missing rows back where they were: between the last label still in place and
 * the first one that moved, at the row where the formulas around it then match the layout
 * best (a deleted stage row inside the funnel table leaves no label of its own).
 */
import type { SheetLayout } from '../layout/types';
import { sameFormula, shiftRows } from './formulaText';
import { formulaAt, type SheetGrid, valueAt } from './sheetGrid';

/** Rows to put back: `count` empty rows before zero-based `beforeRow`, references moved. */
export interface RowInsertion {
  readonly beforeRow: number;
  readonly count: number;
}

/** How the sheet's rows sit against the layout's. */
export interface RowAlignment {
  /** The sheet after the insertions (in the layout's rows up to `readableRows`). */
  readonly grid: SheetGrid;
  /** The insertions, in order; each in the rows of the sheet as the ones before left it. */
  readonly insertions: readonly (RowInsertion & {
    /** The first label found moved: the layout's row and the row it was found in (0-based). */
    readonly label: string;
    readonly expectedRow: number;
    readonly foundRow: number;
  })[];
  /** Layout rows that can be compared; below, the sheet's rows were pushed down. */
  readonly readableRows: number;
  /** When rows were inserted: the label that moved down, for the message. */
  readonly pushedDown?: {
    readonly label: string;
    readonly expectedRow: number;
    readonly foundRow: number;
    /** The rows went in after this layout row (the last label found in place) ... */
    readonly after: number;
    /** ... and this many of them. */
    readonly count: number;
  };
}

/** How far a block may have moved and still be found. */
const MAX_SHIFT = 40;

/** The literal labels of each layout row that has some: column -> text. */
function labelRows(
  layout: SheetLayout,
  inputs: ReadonlySet<string>,
): Map<number, Map<number, string>> {
  const rows = new Map<number, Map<number, string>>();
  layout.cells.forEach((cells, row) => {
    cells.forEach((cell, column) => {
      if (!cell || !('value' in cell) || typeof cell.value !== 'string' || cell.value === '')
        return;
      if (inputs.has(`${row},${column}`)) return;
      const labels = rows.get(row) ?? new Map<number, string>();
      labels.set(column, cell.value);
      rows.set(row, labels);
    });
  });
  return rows;
}

function rowShows(grid: SheetGrid, row: number, labels: ReadonlyMap<number, string>): boolean {
  if (row < 0) return false;
  for (const [column, text] of labels) {
    if (formulaAt(grid, row, column) !== '' || valueAt(grid, row, column) !== text) return false;
  }
  return true;
}

/** The grid with `count` empty rows before `beforeRow`, every reference to this sheet moved. */
export function insertRows(grid: SheetGrid, beforeRow: number, count: number): SheetGrid {
  const width = Math.max(0, ...grid.formulas.map((row) => row.length));
  const emptyValues = Array.from({ length: count }, () => Array<unknown>(width).fill(''));
  const emptyFormulas = Array.from({ length: count }, () => Array<string>(width).fill(''));
  const formulas = grid.formulas.map((row) =>
    row.map((formula) =>
      formula === '' ? '' : shiftRows(formula, grid.name, grid.name, beforeRow + 1, count),
    ),
  );
  const pad = <T>(rows: readonly (readonly T[])[], filler: T): (readonly T[])[] =>
    rows.length >= beforeRow
      ? [...rows]
      : [...rows, ...Array.from({ length: beforeRow - rows.length }, () => [filler])];
  const values = pad(grid.values, '' as unknown);
  const paddedFormulas = pad(formulas, '');
  return {
    name: grid.name,
    values: [...values.slice(0, beforeRow), ...emptyValues, ...values.slice(beforeRow)],
    formulas: [
      ...paddedFormulas.slice(0, beforeRow),
      ...emptyFormulas,
      ...paddedFormulas.slice(beforeRow),
    ],
  };
}

/** How many of the layout's formulas in rows [from, to) the grid holds as written. */
function matchingFormulas(layout: SheetLayout, grid: SheetGrid, from: number, to: number): number {
  let matches = 0;
  for (let row = Math.max(0, from); row < Math.min(to, layout.cells.length); row++) {
    layout.cells[row].forEach((cell, column) => {
      if (cell && 'formula' in cell && sameFormula(formulaAt(grid, row, column), cell.formula))
        matches++;
    });
  }
  return matches;
}

/** Where the labels of layout row `row` now are, nearest to `offset` first; undefined if nowhere. */
function foundOffset(
  grid: SheetGrid,
  row: number,
  labels: ReadonlyMap<number, string>,
  offset: number,
): number | undefined {
  for (let distance = 0; distance <= MAX_SHIFT; distance++) {
    for (const candidate of distance === 0 ? [offset] : [offset - distance, offset + distance]) {
      if (rowShows(grid, row + candidate, labels)) return candidate;
    }
  }
  return undefined;
}

/** Aligns the sheet's rows with the layout's first `rowLimit` rows (all by default). */
export function alignRows(
  layout: SheetLayout,
  sheet: SheetGrid,
  inputs: ReadonlySet<string>,
  rowLimit = layout.cells.length,
): RowAlignment {
  const labelled = [...labelRows(layout, inputs)]
    .filter(([row]) => row < rowLimit)
    .sort(([left], [right]) => left - right);
  let grid = sheet;
  const insertions: RowAlignment['insertions'][number][] = [];
  let lastInPlace = -1;
  for (const [row, labels] of labelled) {
    const offset = foundOffset(grid, row, labels, 0);
    // A label typed over (found nowhere) is the comparison's to report, not a move.
    if (offset === undefined || offset === 0) {
      if (offset === 0) lastInPlace = row;
      continue;
    }
    const label = [...labels.values()][0];
    if (offset > 0) {
      return {
        grid,
        insertions,
        readableRows: row,
        pushedDown: {
          label,
          expectedRow: row,
          foundRow: currentRowOf(row + offset, insertions) ?? row + offset,
          after: lastInPlace,
          count: offset,
        },
      };
    }
    const count = -offset;
    // Rows first..first+count-1 (layout rows) were deleted, after the last label in place.
    let best = { first: row - count, matches: -1, grid };
    for (let first = lastInPlace + 1; first <= row - count; first++) {
      const candidate = insertRows(grid, first, count);
      const matches = matchingFormulas(layout, candidate, lastInPlace + 1, row + count + MAX_SHIFT);
      if (matches > best.matches) best = { first, matches, grid: candidate };
    }
    grid = best.grid;
    insertions.push({
      beforeRow: best.first,
      count,
      label,
      expectedRow: row,
      foundRow: currentRowOf(row + offset, insertions) ?? row + offset,
    });
    lastInPlace = row;
  }
  return { grid, insertions, readableRows: rowLimit };
}

/** The sheet's row now (before any insertion) of an aligned row; undefined for a put-back row. */
export function currentRowOf(
  alignedRow: number,
  insertions: readonly RowInsertion[],
): number | undefined {
  let row = alignedRow;
  for (let index = insertions.length - 1; index >= 0; index--) {
    const { beforeRow, count } = insertions[index];
    if (row >= beforeRow && row < beforeRow + count) return undefined;
    if (row >= beforeRow + count) row -= count;
  }
  return row;
}
