/**
 * Which goal calculator a dashboard follows. Goal sheets are found by their tag
 * (goalSheets.ts), so a renamed or "(2)" goal calculator still feeds its dashboard, and the
 * link uses that sheet's own stored plan (its tag's source), never the document's last plan:
 * an untagged goal sheet from an older version is followed once "Check this workbook" has
 * upgraded (and so tagged) it.
 * With several goal calculators the person picks one (the sidebar's dashboard panel passes
 * its sheet id); the pick is remembered for the next dashboards and written into the new
 * dashboard's tag.
 */
import type { Plan } from '../funnel/types';
import { findTaggedGoalSheets, type GoalSheet, storedPlanOf } from './goalSheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const CHOSEN_GOAL_SHEET_KEY = 'funnelmath.dashboardGoalSheet';

/** The goal calculator a new dashboard is linked to. */
export interface LinkedGoal {
  readonly sheetId: number;
  readonly name: string;
  readonly plan: Plan;
  /** Picked by the person among several (now or earlier), rather than the only one. */
  readonly chosen: boolean;
}

/** A goal calculator as the dashboard panel lists it. */
export interface GoalSheetChoice {
  readonly sheetId: number;
  readonly name: string;
  /** The one a new dashboard follows unless the person picks another. */
  readonly preselected: boolean;
}

function rememberedGoalSheetId(): number | undefined {
  const stored = PropertiesService.getDocumentProperties().getProperty(CHOSEN_GOAL_SHEET_KEY);
  const id = stored === null ? Number.NaN : Number(stored);
  return Number.isInteger(id) ? id : undefined;
}

function rememberGoalSheetId(sheetId: number): void {
  PropertiesService.getDocumentProperties().setProperty(CHOSEN_GOAL_SHEET_KEY, String(sheetId));
}

/** The goal sheet with this id, or an error naming the id and the sheets there are. */
function goalWithId(goals: readonly GoalSheet[], sheetId: number): GoalSheet {
  const goal = goals.find((candidate) => candidate.sheet.getSheetId() === sheetId);
  if (goal) return goal;
  throw new Error(
    `goalSheetId is ${sheetId}; no goal calculator of this spreadsheet has that id (there are: ${goals.map((candidate) => candidate.name).join(', ') || 'none'})`,
  );
}

/**
 * Of several goal calculators, the one a new dashboard follows when nobody picks: the one
 * picked last time if still there (then `chosen`), else the last found.
 */
function defaultGoal(goals: readonly GoalSheet[]): {
  goal: GoalSheet | undefined;
  chosen: boolean;
} {
  if (goals.length < 2) return { goal: goals[0], chosen: false };
  const remembered = rememberedGoalSheetId();
  const picked =
    remembered === undefined
      ? undefined
      : goals.find((goal) => goal.sheet.getSheetId() === remembered);
  return { goal: picked ?? goals.at(-1), chosen: picked !== undefined };
}

/**
 * The goal calculator a new dashboard follows: the one with `chosenId` (then remembered),
 * else the only one, else the default of several (defaultGoal). Undefined when there is
 * none or its stored plan is not valid. One goal sheet costs six calls.
 */
export function linkedGoal(spreadsheet: Spreadsheet, chosenId?: number): LinkedGoal | undefined {
  const goals = findTaggedGoalSheets(spreadsheet);
  const { goal, chosen } =
    chosenId === undefined
      ? defaultGoal(goals)
      : { goal: goalWithId(goals, chosenId), chosen: true };
  if (!goal) return undefined;
  const plan = storedPlanOf(goal);
  if (!plan) {
    if (chosenId !== undefined) {
      throw new Error(
        `goalSheetId is ${chosenId}; the plan stored with “${goal.name}” is not valid: update it from the goal calculator first`,
      );
    }
    return undefined;
  }
  if (chosenId !== undefined) rememberGoalSheetId(chosenId);
  return { sheetId: goal.sheet.getSheetId(), name: goal.name, plan, chosen };
}

/** Server entry point: the goal calculators a dashboard may follow, for the sidebar's choice. */
export function getDashboardGoalChoices(): GoalSheetChoice[] {
  const goals = findTaggedGoalSheets(SpreadsheetApp.getActiveSpreadsheet());
  const { goal: preselected } = defaultGoal(goals);
  return goals.map((goal) => ({
    sheetId: goal.sheet.getSheetId(),
    name: goal.name,
    preselected: goal === preselected,
  }));
}
