/**
 * Finding the spreadsheet's goal-calculator sheets, and the plan each was built from. This
 * file is the one place that decides what a goal calculator is.
 *
 * A sheet FunnelMath builds carries its sheet tag (sheetTags.ts): kind goalCalculator, the
 * layout's format version, and as its source the plan its cells were written from, i.e.
 * their shape. Tags stay with the sheet when it is renamed or the spreadsheet copied, so a
 * goal calculator is found by its tag, whatever its name. Sheets built before tagging are
 * found by their default name ("Goal Calculator", "目标计算器"... and their " (2)" copies),
 * with the document's last plan as their shape, only when no sheet is tagged.
 */

import { withPlanDefaults } from '../funnel/defaults';
import { validatePlan } from '../funnel/schema';
import type { Plan } from '../funnel/types';
import { goalCalculatorLabels } from '../layout/i18n/goalCalculator';
import { FIRST_FORMAT_VERSION, SHEET_FORMAT_VERSION, type SheetTag } from '../layout/sheetTag';
import { loadLastPlan } from './lastPlan';
import { findTaggedSheets, retagSheet, sheetTagOf, tagSheet } from './sheetTags';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

/** A goal-calculator sheet and its tag (absent on sheets built before tagging). */
export interface GoalSheet {
  readonly sheet: Sheet;
  readonly name: string;
  /** True when the sheet carries FunnelMath's tag; false for an older, named sheet. */
  readonly tagged: boolean;
  /** The stored tag entry, so an update rewrites it in one call. */
  readonly entry: DeveloperMetadata | undefined;
  /** The decoded tag: its format version and its plan (as unchecked JSON). */
  readonly tag: SheetTag | undefined;
}

/** "Goal Calculator", or a copy the writer named "Goal Calculator (2)": its number, else undefined. */
export function goalSheetCopyNumber(sheetName: string, goalName: string): number | undefined {
  if (sheetName === goalName) return 1;
  if (!sheetName.startsWith(`${goalName} (`)) return undefined;
  const match = /^ \((\d+)\)$/.exec(sheetName.slice(goalName.length));
  return match ? Number(match[1]) : undefined;
}

/** "Goal Calculator", "目標計算器 (3)": a default goal-calculator name or one of its copies. */
export function isGoalCalculatorName(name: string): boolean {
  return Object.values(goalCalculatorLabels).some(
    (labels) => goalSheetCopyNumber(name, labels.sheetName) !== undefined,
  );
}

/**
 * The goal calculators whose tag says which plan they hold: one finder query, four calls
 * each. What a dashboard may follow (an untagged sheet's shape is only a guess).
 */
export function findTaggedGoalSheets(spreadsheet: Spreadsheet): GoalSheet[] {
  return findTaggedSheets(spreadsheet, 'goalCalculator').map(
    ({ sheet, tag, entry }): GoalSheet => ({
      sheet,
      name: sheet.getName(),
      tagged: true,
      entry,
      tag,
    }),
  );
}

/**
 * Every goal-calculator sheet, in the order found: the tagged ones when there are any,
 * otherwise the sheets with a goal-calculator name (built before tagging).
 */
export function findGoalSheets(spreadsheet: Spreadsheet): GoalSheet[] {
  const tagged = findTaggedGoalSheets(spreadsheet);
  if (tagged.length > 0) return tagged;
  return spreadsheet
    .getSheets()
    .map((sheet) => ({ sheet, name: sheet.getName() }))
    .filter(({ name }) => isGoalCalculatorName(name))
    .map(({ sheet, name }) => ({ sheet, name, tagged: false, entry: undefined, tag: undefined }));
}

/** The names of every goal-calculator sheet (see findGoalSheets). */
export function goalSheetNames(spreadsheet: Spreadsheet): string[] {
  return findGoalSheets(spreadsheet).map((goal) => goal.name);
}

/**
 * The goal-calculator sheet called `name`: a sheet with FunnelMath's tag, or an
 * untagged sheet with a goal-calculator name; null otherwise. Three calls when tagged.
 */
export function goalSheetNamed(spreadsheet: Spreadsheet, name: string): GoalSheet | null {
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet) return null;
  const found = sheetTagOf(sheet, 'goalCalculator');
  if (!found && !isGoalCalculatorName(name)) return null;
  return { sheet, name, tagged: found !== undefined, entry: found?.entry, tag: found?.tag };
}

function validPlanOf(source: unknown): Plan | null {
  const validation = validatePlan(source);
  return validation.ok ? validation.plan : null;
}

/**
 * The plan a goal sheet's cells were written from (its shape), or null when unknown: the
 * sheet's tag, or for an untagged sheet the document's last plan.
 */
export function storedPlanOf(goal: GoalSheet): Plan | null {
  const stored = goal.tagged ? goal.tag && validPlanOf(goal.tag.source) : loadLastPlan();
  // A plan saved before start months existed: its sheet's layout needs one (only its dates
  // depend on it, and the reading takes the start month from the sheet's own cell).
  return stored ? withPlanDefaults(stored, new Date()) : null;
}

function goalTag(plan: Plan, formatVersion = SHEET_FORMAT_VERSION): SheetTag {
  return { kind: 'goalCalculator', formatVersion, source: plan };
}

/** Tags a newly written goal sheet as one, in this format version, with the plan its cells hold. */
export function tagGoalSheet(sheet: Sheet, plan: Plan): void {
  tagSheet(sheet, goalTag(plan));
}

/**
 * After an update the tag holds the new plan. `rewritten`: the whole block was written by
 * this version (an older sheet is then of the current format); otherwise only its inputs
 * changed and the sheet keeps the format version it had. An untagged sheet gets its tag.
 */
export function retagGoalSheet(goal: GoalSheet, plan: Plan, rewritten: boolean): void {
  const version = rewritten
    ? SHEET_FORMAT_VERSION
    : (goal.tag?.formatVersion ?? FIRST_FORMAT_VERSION);
  if (goal.entry) retagSheet(goal.entry, goalTag(plan, version));
  else tagSheet(goal.sheet, goalTag(plan, version));
}
