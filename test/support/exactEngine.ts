/**
 * HyperFormula as exact as Sheets, Excel and LibreOffice: with its default `smartRounding`
 * every computed cell is rounded to `precisionRounding` significant digits before other
 * cells read it (200000000 / 0.0011 becomes 181818181820, not 181818181818.18), which no
 * real spreadsheet does. The goal calculator's fake sheets and layout evaluations use this.
 */
import { HyperFormula } from 'hyperformula';
import { hyperFormulaConfig, registerFunnelMath } from './hyperformulaPlugin';

export function createExactEngine(sheets: Record<string, unknown[][]>): HyperFormula {
  registerFunnelMath();
  return HyperFormula.buildFromSheets(
    sheets as Parameters<typeof HyperFormula.buildFromSheets>[0],
    {
      ...hyperFormulaConfig,
      smartRounding: false,
    },
  );
}
