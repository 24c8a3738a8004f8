/**
 * Reading a goal-calculator sheet back as a plan: the layout of the plan the sheet was
 * written from gives the input cells (`layout.inputs`), one getValues reads the block, and
 * the schema validates what the cells now hold. A cell that holds no valid value is named
 * (field, cell, value) and the form falls back to the plan as last written.
 */
import type { Plan } from '../funnel/types';
import { goalCalculatorLayout } from '../layout/goalCalculator';
import { movedLabel, planFromInputs } from './goalInputs';
import { goalSheetNamed, storedPlanOf } from './goalSheets';
import type { GoalSheetStart } from './sidebar';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface GoalSheetReading {
  /** The plan to show: the sheet's inputs when valid, else the stored plan (null if unknown). */
  readonly plan: Plan | null;
  readonly start: GoalSheetStart;
}

export function readGoalSheet(spreadsheet: Spreadsheet, name: string): GoalSheetReading | null {
  const goal = goalSheetNamed(spreadsheet, name);
  if (!goal) return null;
  const stored = storedPlanOf(goal);
  if (!stored) return { plan: null, start: { name, updatable: false, problems: [] } };
  const layout = goalCalculatorLayout(stored, name);
  const rows = layout.cells.length;
  const columns = layout.cells[0].length;
  const values = goal.sheet.getRange(1, 1, rows, columns).getValues();
  const valueAt = (row: number, column: number) => values[row]?.[column] ?? '';
  const moved = movedLabel(
    layout,
    { top: 0, left: 0, bottom: rows - 1, right: columns - 1 },
    valueAt,
  );
  if (moved) {
    const problem = {
      field: 'sheet',
      a1: moved.a1,
      value: moved.found,
      message: `${moved.a1} shows ${JSON.stringify(moved.found)} where FunnelMath wrote “${moved.expected}”: the plan's block has moved`,
    };
    return { plan: stored, start: { name, updatable: false, problems: [problem] } };
  }
  const reading = planFromInputs(stored, layout, valueAt);
  return reading.ok
    ? { plan: reading.plan, start: { name, updatable: true, problems: [] } }
    : { plan: stored, start: { name, updatable: true, problems: reading.problems } };
}
