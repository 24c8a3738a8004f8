import { withPlanDefaults } from '../funnel/defaults';
import { describePlanErrors, validatePlan } from '../funnel/schema';
import { goalCalculatorLayout } from '../layout/goalCalculator';
import { writeLayout } from './writeLayout';

/**
 * Server entry point: validates the plan with the same schema the sidebar uses, writes the
 * goal-calculator sheet as a new sheet and returns its name. A bad plan writes nothing and
 * throws one readable error listing every bad field (google.script.run hands its message
 * to the sidebar's failure handler).
 */
export function buildGoalCalculator(plan: unknown): string {
  const validation = validatePlan(plan);
  if (!validation.ok) throw new Error(describePlanErrors(validation.errors));
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  // No start month in the plan: the month after today (the layout itself has no clock).
  const resolved = withPlanDefaults(validation.plan, new Date());
  return writeLayout(spreadsheet, goalCalculatorLayout(resolved)).name;
}
