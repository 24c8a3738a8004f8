/**
 * FunnelMath inside HyperFormula: every catalog function and alias becomes a formula a test
 * can type into a cell, evaluated by the same `callFunction` the Apps Script bundle runs.
 *
 * API (kept small on purpose):
 * - `createEngine(sheets)`: a HyperFormula instance over `{ sheetName: rows }` with FunnelMath
 *   registered and `hyperFormulaConfig` (licence key, exact numbers).
 * - `registerFunnelMath()`: registers the plugin globally; idempotent. Needed only when a
 *   caller builds its own HyperFormula instance (register before building it).
 * - `hyperFormulaConfig`: the config `createEngine` uses, for callers that build their own.
 *
 * Adapter rules, chosen to mirror what Google Sheets hands a custom function:
 * - a multi-cell range arrives as a 2-D array; a single cell (or a 1x1 range) as a value;
 * - an empty cell arrives as null; percentages, dates and currencies as their plain number;
 * - an error in any argument is passed through unchanged, as in any spreadsheet function;
 * - a range result spills from the formula cell; a thrown Error becomes a `#ERROR!` cell
 *   whose message is the Error's message (Sheets shows it on hover).
 */
import {
  ArraySize,
  CellError,
  type ConfigParams,
  EmptyValue,
  ErrorType,
  FunctionPlugin,
  HyperFormula,
  type ImplementedFunctions,
  SimpleRangeValue,
} from 'hyperformula';
import {
  type ArgInput,
  type CellInput,
  callableNames,
  callFunction,
  findFunction,
} from '../../kpi';

/** The plugin methods' parameter types, taken from HyperFormula (its AST types are not exported). */
type Ast = Parameters<FunctionPlugin['evaluateAst']>[0];
type InterpreterState = Parameters<FunctionPlugin['evaluateAst']>[1];
type InterpreterValue = ReturnType<FunctionPlugin['evaluateAst']>;
interface CallAst {
  readonly procedureName: string;
  readonly args: Ast[];
}

/**
 * The GPL licence key (without it every function is `#LIC!`), and no `smartRounding`: by
 * default HyperFormula rounds each computed cell to 10 significant digits before other
 * cells read it (200000000 / 0.0011 gives 181818181820), which Sheets, Excel and
 * LibreOffice do not do.
 */
export const hyperFormulaConfig: Partial<ConfigParams> = {
  licenseKey: 'gpl-v3',
  smartRounding: false,
};

/** A value read from a HyperFormula range or cell: number, text, boolean, empty, error, or a rich number. */
function toCellInput(value: unknown): CellInput | CellError {
  if (value === EmptyValue || value === null || value === undefined) return null;
  if (value instanceof CellError) return value;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
    return value;
  }
  // Percentages, dates and currencies are RichNumber objects holding the number in `val`.
  if (typeof value === 'object' && 'val' in value && typeof value.val === 'number') {
    return value.val;
  }
  throw new Error(`FunnelMath plugin: unexpected HyperFormula value ${String(value)}`);
}

/** Thrown inside the adapter to hand an argument's cell error back unchanged. */
class ArgumentError {
  constructor(readonly cellError: CellError) {}
}

function toArgInput(value: InterpreterValue): ArgInput {
  if (value instanceof SimpleRangeValue) {
    const rows = value.rawData().map((row) =>
      row.map((cell) => {
        const input = toCellInput(cell);
        if (input instanceof CellError) throw new ArgumentError(input);
        return input;
      }),
    );
    // Sheets passes a one-cell range as a plain value, not as [[value]].
    return rows.length === 1 && rows[0].length === 1 ? rows[0][0] : rows;
  }
  const input = toCellInput(value);
  if (input instanceof CellError) throw new ArgumentError(input);
  return input;
}

function sizeOf(size: ArraySize): { width: number; height: number } {
  return { width: size.width, height: size.height };
}

class FunnelMathPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = Object.fromEntries(
    [...callableNames.keys()].map((name) => [
      name,
      { method: 'evaluateCall', sizeOfResultArrayMethod: 'sizeOfCall' },
    ]),
  );

  /** Evaluates a FunnelMath call through the real engine (the name is what the user typed). */
  evaluateCall(ast: CallAst, state: InterpreterState): InterpreterValue {
    let args: ArgInput[];
    try {
      args = ast.args.map((arg) => toArgInput(this.evaluateAst(arg, state)));
    } catch (error) {
      if (error instanceof ArgumentError) return error.cellError;
      throw error;
    }
    try {
      const output = callFunction(ast.procedureName, args);
      return typeof output === 'number' ? output : SimpleRangeValue.onlyValues(output);
    } catch (error) {
      return new CellError(ErrorType.ERROR, error instanceof Error ? error.message : String(error));
    }
  }

  /**
   * The spill size HyperFormula reserves before evaluating. It must be a fresh ArraySize:
   * reusing a range argument's size keeps its `isRef` flag and the cell shows
   * `#VALUE! Cell range not allowed`.
   */
  sizeOfCall(ast: CallAst, state: InterpreterState): ArraySize {
    const spec = findFunction(ast.procedureName);
    const argSizes = ast.args.map((arg) => sizeOf(this.arraySizeForAst(arg, state)));
    switch (spec?.mode) {
      case 'elementwise': {
        // The shape of the range arguments (the engine reports a mismatch as an error).
        const width = Math.max(1, ...argSizes.map((size) => size.width));
        const height = Math.max(1, ...argSizes.map((size) => size.height));
        return new ArraySize(width, height);
      }
      case 'column': {
        // REVERSE_FUNNEL: one row per stage rate plus the customers row.
        const rates = argSizes[argSizes.length - 1];
        const stages = rates ? rates.width * rates.height : 0;
        return new ArraySize(1, stages + 1);
      }
      default:
        return ArraySize.scalar();
    }
  }
}

let registered = false;

/** Registers every FunnelMath function and alias with HyperFormula (safe to call twice). */
export function registerFunnelMath(): void {
  if (registered) return;
  const names = Object.fromEntries([...callableNames.keys()].map((name) => [name, name]));
  HyperFormula.registerFunctionPlugin(FunnelMathPlugin, { enGB: names });
  registered = true;
}

/** A HyperFormula engine over the given sheets (rows of raw cell contents, formulas as "=..."). */
export function createEngine(sheets: Record<string, unknown[][]>): HyperFormula {
  registerFunnelMath();
  return HyperFormula.buildFromSheets(
    sheets as Parameters<typeof HyperFormula.buildFromSheets>[0],
    hyperFormulaConfig,
  );
}
