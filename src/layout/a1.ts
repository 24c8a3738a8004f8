/**
 * A1 notation, zero-based in code: row 0 / column 0 is A1. Layout builders place cells by
 * index and write references with these helpers, so formulas never hand-count letters.
 */

export interface CellPosition {
  /** Zero-based row. */
  readonly row: number;
  /** Zero-based column. */
  readonly column: number;
}

export interface RangePosition {
  readonly start: CellPosition;
  readonly end: CellPosition;
}

/** 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(column: number): string {
  if (!Number.isInteger(column) || column < 0)
    throw new Error(`column index ${column} is not a whole number >= 0`);
  let letters = '';
  for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** A -> 0, AA -> 26. */
export function columnIndex(letters: string): number {
  if (!/^[A-Z]+$/i.test(letters)) throw new Error(`"${letters}" is not a column name`);
  return (
    [...letters.toUpperCase()].reduce(
      (index, letter) => index * 26 + letter.charCodeAt(0) - 64,
      0,
    ) - 1
  );
}

export interface Anchoring {
  /** $ before the column. */
  readonly column?: boolean;
  /** $ before the row. */
  readonly row?: boolean;
}

/** The A1 address of a cell, e.g. a1(4, 1) = 'B5'; `{ row: true, column: true }` gives '$B$5'. */
export function a1(row: number, column: number, anchoring: Anchoring = {}): string {
  if (!Number.isInteger(row) || row < 0)
    throw new Error(`row index ${row} is not a whole number >= 0`);
  return `${anchoring.column ? '$' : ''}${columnLetter(column)}${anchoring.row ? '$' : ''}${row + 1}`;
}

/** An absolute reference, '$B$5': for cells every row of a table points at. */
export function absolute(row: number, column: number): string {
  return a1(row, column, { row: true, column: true });
}

/** A range such as 'A14:A18' (a single cell stays 'A14'). */
export function rangeA1(
  startRow: number,
  startColumn: number,
  endRow: number,
  endColumn: number,
  anchoring: Anchoring = {},
): string {
  const start = a1(startRow, startColumn, anchoring);
  const end = a1(endRow, endColumn, anchoring);
  return start === end ? start : `${start}:${end}`;
}

/** Parses 'B5', '$B$5', 'B5:C9' (with an optional 'Sheet'! prefix, ignored) to zero-based positions. */
export function parseRange(reference: string): RangePosition {
  const withoutSheet = reference.includes('!')
    ? reference.slice(reference.lastIndexOf('!') + 1)
    : reference;
  const [startText, endText = startText] = withoutSheet.split(':');
  return { start: parseCell(startText), end: parseCell(endText) };
}

export function parseCell(reference: string): CellPosition {
  const match = /^\$?([A-Z]+)\$?(\d+)$/i.exec(reference.trim());
  if (!match) throw new Error(`"${reference}" is not an A1 cell address`);
  return { row: Number(match[2]) - 1, column: columnIndex(match[1]) };
}

/** A sheet name as a formula prefix: 'Goal Calculator'! (quotes doubled inside). */
export function sheetPrefix(sheetName: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheetName)
    ? `${sheetName}!`
    : `'${sheetName.replace(/'/g, "''")}'!`;
}

/** A reference to a cell or range on another sheet: qualified('Goal Calculator', 'B5'). */
export function qualified(sheetName: string, reference: string): string {
  return `${sheetPrefix(sheetName)}${reference}`;
}
