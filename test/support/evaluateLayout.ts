/**
 * A layout evaluated in HyperFormula (with the FunnelMath functions registered), as a
 * spreadsheet would after a writer wrote it: text stays text, formulas compute. Tests read
 * values by A1 address and can edit an input cell to watch the plan follow.
 */
import { DetailedCellError, type HyperFormula } from 'hyperformula';
import { sheetsValue } from '../../src/gas/writeLayout';
import { parseCell, parseRange } from '../../src/layout/a1';
import type { Cell, SheetLayout } from '../../src/layout/types';
import { createEngine } from '../../src/preview/fake/hyperformulaPlugin';

export type CellValue = number | string | boolean | null;

/**
 * What HyperFormula should hold for one layout cell: exactly what the Apps Script writer
 * sends to setValues (HyperFormula, like Sheets, keeps "'text" as text), empty as null.
 */
export function rawContent(cell: Cell | null): unknown {
  const value = sheetsValue(cell);
  return value === '' ? null : value;
}

export interface EvaluatedLayout {
  readonly engine: HyperFormula;
  /** The value of one cell: a number, text, boolean, null when empty, or the error code. */
  value(a1: string): CellValue;
  /** The values of a range, row by row. */
  values(range: string): CellValue[][];
  /** Types a new value into a cell, as a person would edit an input. */
  set(a1: string, value: number | string | null): void;
}

function plain(value: unknown): CellValue {
  if (value instanceof DetailedCellError) return value.value;
  return value as CellValue;
}

/** Evaluates `layout` (and any other sheets it references) in a fresh HyperFormula engine. */
export function evaluateLayout(
  layout: SheetLayout,
  otherSheets: readonly SheetLayout[] = [],
): EvaluatedLayout {
  const sheets = Object.fromEntries(
    [layout, ...otherSheets].map((sheet) => [
      sheet.name,
      sheet.cells.map((row) => row.map(rawContent)),
    ]),
  );
  const engine = createEngine(sheets);
  const sheet = engine.getSheetId(layout.name);
  if (sheet === undefined) throw new Error(`HyperFormula has no sheet ${layout.name}`);
  return {
    engine,
    value(a1) {
      const { row, column } = parseCell(a1);
      return plain(engine.getCellValue({ sheet, row, col: column }));
    },
    values(range) {
      const { start, end } = parseRange(range);
      const rows: CellValue[][] = [];
      for (let row = start.row; row <= end.row; row++) {
        const values: CellValue[] = [];
        for (let col = start.column; col <= end.column; col++)
          values.push(plain(engine.getCellValue({ sheet, row, col })));
        rows.push(values);
      }
      return rows;
    },
    set(a1, value) {
      const { row, column } = parseCell(a1);
      engine.setCellContents({ sheet, row, col: column }, [[value]]);
    },
  };
}
