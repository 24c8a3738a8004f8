/**
 * Finding the spreadsheet's goal-calculator sheets, and the plan each was built from.
 *
 * A sheet FunnelMath builds carries one developer-metadata tag: the key
 * `funnelmath.goalCalculator` says what the sheet is, its value is the plan (JSON) its cells
 * were written from, i.e. their shape. One tag, so tagging costs the build one call (the
 * sheet's budget is 20), and one finder query lists every goal sheet. Tags stay with the
 * sheet when it is renamed or the spreadsheet copied, so they are preferred; sheets built
 * before tagging are found by their default name ("Goal Calculator", "目标计算器"... and their
 * " (2)" copies), with the document's last plan as their shape. This file is the one place
 * that decides what a goal calculator is.
 */

import { withPlanDefaults } from '../funnel/defaults';
import { validatePlan } from '../funnel/schema';
import type { Plan } from '../funnel/types';
import { goalCalculatorLabels } from '../layout/i18n/goalCalculator';
import { goalSheetCopyNumber } from './goalSheet';
import { loadLastPlan } from './lastPlan';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

/** The tag of a goal-calculator sheet; its value is the plan the sheet was written from. */
export const GOAL_CALCULATOR_TAG = 'funnelmath.goalCalculator';

/** A goal-calculator sheet and its tag (absent on sheets built before tagging). */
export interface GoalSheet {
  readonly sheet: Sheet;
  readonly name: string;
  /** True when the sheet carries FunnelMath's tag; false for an older, named sheet. */
  readonly tagged: boolean;
  readonly planTag: DeveloperMetadata | undefined;
}

/** "Goal Calculator", "目標計算器 (3)": a default goal-calculator name or one of its copies. */
export function isGoalCalculatorName(name: string): boolean {
  return Object.values(goalCalculatorLabels).some(
    (labels) => goalSheetCopyNumber(name, labels.sheetName) !== undefined,
  );
}

/**
 * The names of every goal-calculator sheet, in the order found: the tagged ones when there
 * are any, otherwise the sheets with a goal-calculator name.
 */
export function goalSheetNames(spreadsheet: Spreadsheet): string[] {
  const tagged = spreadsheet
    .createDeveloperMetadataFinder()
    .withKey(GOAL_CALCULATOR_TAG)
    .find()
    .map((tag) => tag.getLocation().getSheet())
    .filter((sheet): sheet is Sheet => sheet !== null)
    .map((sheet) => sheet.getName());
  if (tagged.length > 0) return tagged;
  return spreadsheet
    .getSheets()
    .map((sheet) => sheet.getName())
    .filter(isGoalCalculatorName);
}

/**
 * The goal-calculator sheet called `name`: a sheet with FunnelMath's tag, or an
 * untagged sheet with a goal-calculator name; null otherwise. Three calls when tagged.
 */
export function goalSheetNamed(spreadsheet: Spreadsheet, name: string): GoalSheet | null {
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet) return null;
  const [planTag] = sheet.createDeveloperMetadataFinder().withKey(GOAL_CALCULATOR_TAG).find();
  if (!planTag && !isGoalCalculatorName(name)) return null;
  return { sheet, name, tagged: planTag !== undefined, planTag };
}

function parsePlan(json: string | null): Plan | null {
  if (!json) return null;
  try {
    const validation = validatePlan(JSON.parse(json));
    return validation.ok ? validation.plan : null;
  } catch {
    return null;
  }
}

/**
 * The plan a goal sheet's cells were written from (its shape), or null when unknown: the
 * sheet's tag, or for an untagged sheet the document's last plan.
 */
export function storedPlanOf(goal: GoalSheet): Plan | null {
  const stored = goal.planTag ? parsePlan(goal.planTag.getValue()) : loadLastPlan();
  // A plan saved before start months existed: its sheet's layout needs one (only its dates
  // depend on it, and the reading takes the start month from the sheet's own cell).
  return stored && withPlanDefaults(stored, new Date());
}

/** Tags a newly written goal sheet as one, with the plan its cells hold. */
export function tagGoalSheet(sheet: Sheet, plan: Plan): void {
  sheet.addDeveloperMetadata(GOAL_CALCULATOR_TAG, JSON.stringify(plan));
}

/** After an update the tag holds the new plan (an older, untagged sheet gets its tag). */
export function retagGoalSheet(goal: GoalSheet, plan: Plan): void {
  if (goal.planTag) goal.planTag.setValue(JSON.stringify(plan));
  else tagGoalSheet(goal.sheet, plan);
}
