/**
 * Layouts in one HyperFormula engine (the tests' shared exact config), with readers that
 * speak A1 and evaluate expressions; the dashboard tests check separately that the
 * template uses built-in functions only.
 */
import { CellError, HyperFormula } from 'hyperformula';
import type { SheetLayout } from '../../../src/layout/types';
import { hyperFormulaConfig } from '../../../src/preview/fake/hyperformulaPlugin';
import { rawContent } from '../../support/evaluateLayout';

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
    Object.fromEntries(
      layouts.map((layout) => [layout.name, layout.cells.map((row) => row.map(rawContent))]),
    ) as Parameters<typeof HyperFormula.buildFromSheets>[0],
    hyperFormulaConfig,
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
