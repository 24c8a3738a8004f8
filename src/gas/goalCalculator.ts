import { describePlanErrors, validatePlan } from '../funnel/schema';
import { goalCalculatorLayout } from '../layout/goalCalculator';
import { buildSafely } from './safeBuild';
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
  return buildSafely(
    validation.plan.language ?? 'en',
    () => writeLayout(spreadsheet, goalCalculatorLayout(validation.plan)).name,
  );
}
