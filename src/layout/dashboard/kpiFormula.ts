import { findFunction } from '../../kpi';
import { p } from '../../kpi/catalog/define';

/**
 * One argument of a dashboard KPI: the native expression passed to the catalog's `native`
 * (a cell, a small sum such as marketing + sales spend, or a period total) and the
 * conditions under which it is missing, which make the result blank.
 */
export interface KpiArgument {
  readonly expr: string;
  /** Native conditions, each TRUE when the argument is missing (`B7=""`, `COUNTIFS(...)=0`). */
  readonly blankWhen: readonly string[];
}

/** An argument that is exactly one cell: missing while the cell is blank. */
export function cellArg(a1: string): KpiArgument {
  return { expr: a1, blankWhen: [`${a1}=""`] };
}

/**
 * The dashboard formula for a catalog KPI, built from the catalog's own `native` formula so
 * the template and the custom functions cannot drift apart. It follows the functions'
 * range rules: a missing input gives a blank cell (a month not filled in yet) and a zero
 * denominator gives a blank cell (no customers this month: no CAC), never an error.
 * Only built-in functions (IF, OR), so it computes in Sheets, Excel and LibreOffice alike.
 */
export function kpiFormula(functionName: string, args: readonly KpiArgument[]): string {
  const spec = findFunction(functionName);
  if (spec?.mode !== 'elementwise') {
    throw new Error(`${functionName} is not an element-wise catalog function`);
  }
  const native = spec.native(args.map((arg) => arg.expr));
  const blankConditions = [...new Set(args.flatMap((arg) => arg.blankWhen))];
  const denominators = spec.zeroIsUndefined
    .map((name) => spec.args.findIndex((argSpec) => argSpec.name === name))
    .filter((index) => index < args.length)
    .map((index) => `${p(args[index].expr)}=0`);
  const blankTest = `OR(${blankConditions.join(',')})`;
  const body =
    denominators.length === 0 ? native : `IF(OR(${denominators.join(',')}),"",${native})`;
  return `=IF(${blankTest},"",${body})`;
}
