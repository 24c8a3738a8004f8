/**
 * The goal calculator's server entry points: build a new sheet, or update an existing one
 * in place. Both validate the plan with the same schema the sidebar uses; a bad plan writes
 * nothing and throws one readable error listing every bad field (google.script.run hands
 * its message to the sidebar's failure handler).
 */
import { withPlanDefaults } from '../funnel/defaults';
import { describePlanErrors, validatePlan } from '../funnel/schema';
import type { Plan } from '../funnel/types';
import { goalCalculatorLayout } from '../layout/goalCalculator';
import { goalSheetNamed, retagGoalSheet, storedPlanOf, tagGoalSheet } from './goalSheets';
import { type GoalUpdateKind, updateGoalSheet } from './goalSheetUpdate';
import { buildSafely } from './safeBuild';
import { writeLayout } from './writeLayout';

function validPlan(plan: unknown): Plan {
  const validation = validatePlan(plan);
  if (!validation.ok) throw new Error(describePlanErrors(validation.errors));
  // No start month in the plan: the month after today (the layout itself has no clock).
  return withPlanDefaults(validation.plan, new Date());
}

/** Writes the plan as a new goal-calculator sheet, tagged as one, and returns its name. */
export function buildGoalCalculator(plan: unknown): string {
  const valid = validPlan(plan);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return buildSafely(valid.language ?? 'en', () => {
    const written = writeLayout(spreadsheet, goalCalculatorLayout(valid));
    tagGoalSheet(written.sheet, valid);
    return written.name;
  });
}

/** One argument, as every generated entry point takes (google.script.run passes one value). */
export interface GoalUpdateRequest {
  readonly plan: Plan;
  /** The goal-calculator sheet to update, as getSidebarStart named it. */
  readonly sheetName: string;
}

export interface GoalUpdate {
  readonly sheetName: string;
  /** 'inputs': only the input cells were written; 'block': the plan's block was rewritten. */
  readonly kind: GoalUpdateKind;
}

/**
 * Puts the plan into the existing goal-calculator sheet `sheetName`, in place: its input
 * cells when the plan keeps the sheet's shape, else FunnelMath's own block. Cells outside
 * the block are never touched and the sheet is never deleted; when that cannot be kept
 * (the block moved, or a bigger plan would cover the user's cells) nothing is written and
 * the error says why.
 */
export function updateGoalCalculator(request: GoalUpdateRequest): GoalUpdate {
  // Typed for the sidebar's bridge, checked here: the client is not trusted.
  const { plan, sheetName } = (request ?? {}) as { plan?: unknown; sheetName?: unknown };
  const next = validPlan(plan);
  if (typeof sheetName !== 'string' || sheetName === '') {
    throw new Error(`sheetName is ${JSON.stringify(sheetName)}; enter the name of a sheet`);
  }
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const goal = goalSheetNamed(spreadsheet, sheetName);
  if (!goal) {
    throw new Error(
      `There is no goal calculator called “${sheetName}” any more (renamed or deleted?); build a new one instead.`,
    );
  }
  const stored = storedPlanOf(goal);
  if (!stored) {
    throw new Error(
      `FunnelMath cannot tell how “${sheetName}” is laid out (no plan is saved with it); nothing was changed. Build a new sheet instead.`,
    );
  }
  return buildSafely(next.language ?? 'en', () => {
    const kind = updateGoalSheet(goal.sheet, sheetName, stored, next);
    retagGoalSheet(goal, next, kind === 'block');
    goal.sheet.activate();
    return { sheetName, kind };
  });
}
