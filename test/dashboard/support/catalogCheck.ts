/**
 * Recomputes a dashboard KPI cell with the catalog function it stands for, on the values its
 * arguments have in the evaluated sheet: the proof that template and functions agree.
 */
import { type CellInput, callFunction } from '../../../src/kpi';
import type { KpiCell } from '../../../src/layout/dashboard';
import type { EvaluatedSheet } from './engine';

function isBlank(value: unknown): boolean {
  return value === null || value === '';
}

/** What the catalog says the cell should show: a number, or '' for a blank. */
export function catalogValue(sheet: EvaluatedSheet, cell: KpiCell): number | '' {
  if (cell.args.some((arg) => arg.dependsOn.some((a1) => isBlank(sheet.value(a1))))) return '';
  const values = cell.args.map((arg) => sheet.expression(arg.expr) as CellInput);
  // A 1x1 range call: a zero denominator gives a blank element instead of an error.
  const result = callFunction(
    cell.functionName,
    values.map((value) => [[value]]),
  );
  if (typeof result === 'number') throw new Error('a range call returned a scalar');
  return result[0][0];
}
