/**
 * The dashboard in a plain HyperFormula instance (no FunnelMath plugin: the template must
 * compute with built-in functions only), plus readers that speak A1.
 */
import { CellError, HyperFormula } from 'hyperformula';
import type { SheetLayout } from '../../../src/layout/types';

/** Cell contents as HyperFormula takes them; text gets a leading apostrophe so it stays text. */
export function layoutRows(layout: SheetLayout): (string | number | boolean | null)[][] {
  return layout.cells.map((row) =>
    row.map((cell) => {
      if (cell === null) return null;
      if ('formula' in cell) return cell.formula;
      // An empty text value is an empty cell, as setValues and the .xlsx writer leave it.
      if (cell.value === '') return null;
      return typeof cell.value === 'string' ? `'${cell.value}` : cell.value;
    }),
  );
}

export interface EvaluatedSheet {
  readonly engine: HyperFormula;
  readonly sheetId: number;
  /** The value of a cell: number, text, boolean, null when empty, a CellError. */
  value(a1: string): unknown;
  /** The value of a native expression evaluated on this sheet (e.g. "B7+C7"). */
  expression(expr: string): unknown;
  /** Types new content into a cell, as a user editing the sheet would. */
  set(a1: string, content: string | number | null): void;
  /** Every cell that evaluates to an error, as "A1: #DIV/0!". */
  errors(): string[];
}

export function evaluate(...layouts: SheetLayout[]): Record<string, EvaluatedSheet> {
  const engine = HyperFormula.buildFromSheets(
    Object.fromEntries(layouts.map((layout) => [layout.name, layoutRows(layout)])),
    { licenseKey: 'gpl-v3' },
  );
  return Object.fromEntries(
    layouts.map((layout) => {
      const sheetId = engine.getSheetId(layout.name) as number;
      const address = (a1: string) => {
        const parsed = engine.simpleCellAddressFromString(a1.replace(/\$/g, ''), sheetId);
        if (!parsed) throw new Error(`not an A1 address: ${a1}`);
        return parsed;
      };
      const sheet: EvaluatedSheet = {
        engine,
        sheetId,
        value: (a1) => engine.getCellValue(address(a1)),
        expression: (expr) => engine.calculateFormula(`=${expr}`, sheetId),
        set: (a1, content) => {
          engine.setCellContents(address(a1), [[content]]);
        },
        errors: () =>
          engine
            .getSheetValues(sheetId)
            .flatMap((row, rowIndex) =>
              row.flatMap((value, column) =>
                value instanceof CellError
                  ? [
                      `${engine.simpleCellAddressToString({ sheet: sheetId, row: rowIndex, col: column }, sheetId)}: ${value.type} ${value.message ?? ''}`,
                    ]
                  : [],
              ),
            ),
      };
      return [layout.name, sheet];
    }),
  );
}
