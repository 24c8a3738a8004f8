/**
 * Recomputes a dashboard KPI cell with the catalog function it stands for, on the values its
 * arguments have in the evaluated sheet: the proof that template and functions agree.
 */
import { type CellInput, callFunction } from '../../../src/kpi';
import type { KpiCell } from '../../../src/layout/dashboard';
import type { EvaluatedSheet } from './engine';

/** What the catalog says the cell should show: a number, or '' for a blank. */
export function catalogValue(sheet: EvaluatedSheet, cell: KpiCell): number | '' {
  // Missing arguments (a blank cell, a period that covers no month) give a blank.
  if (cell.args.some((arg) => arg.blankWhen.some((test) => sheet.expression(test) === true)))
    return '';
  const values = cell.args.map((arg) => sheet.expression(arg.expr) as CellInput);
  // A 1x1 range call: a zero denominator gives a blank element instead of an error.
  const result = callFunction(
    cell.functionName,
    values.map((value) => [[value]]),
  );
  if (typeof result === 'number') throw new Error('a range call returned a scalar');
  return result[0][0];
}
