/**
 * The KPI dashboard on the Apps Script side: the two menu entries that insert it and the
 * template link the sidebar offers. The sheet is written by the shared batched writer, as
 * a new sheet ("KPI Dashboard (2)" when the name is taken): nothing existing is touched.
 */
import type { Language, Plan } from '../funnel/types';
import { parseRange } from '../layout/a1';
import {
  buildDashboard,
  type GoalPlanSource,
  goalPlanSource,
  sampleDashboard,
  sampleDashboardFor,
} from '../layout/dashboard';
import { goalCalculatorCells } from '../layout/goalCalculator';
import { goalSheetCandidates, rememberGoalSheet } from './goalSheet';
import { buildSafely } from './safeBuild';
import { languageOfLocale, loadLastPlan } from './sidebar';
import { writeLayout } from './writeLayout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const DEFAULT_MONTHS = 12;
const MAX_MONTHS = 120;

/**
 * Menu handler: an empty dashboard from this month on, compared with the goal calculator
 * of the last plan when its sheet is there (`{ goalSheet: "name" }` picks one and is
 * remembered, see goalSheet.ts). Returns the new sheet's name.
 */
export function insertKpiDashboard(options?: unknown): string {
  const today = new Date();
  const firstMonth = { year: today.getFullYear(), month: today.getMonth() + 1 };
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const plan = loadLastPlan();
  const goal = plan ? linkedGoal(spreadsheet, plan, goalSheetOf(options)) : undefined;
  const language = plan?.language ?? spreadsheetLanguage(spreadsheet);
  const { layout } = buildDashboard({
    firstMonth,
    monthCount: monthCountOf(options),
    language,
    goal,
  });
  return buildSafely(language, () => writeLayout(spreadsheet, layout).name);
}

/**
 * Menu handler: the dashboard filled with the sample year, so a new user sees it at work.
 * Made-up figures are not compared with the user's real plan: no plan vs actual here.
 */
export function insertKpiDashboardWithSample(options?: unknown): string {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sample = sampleDashboardFor(sampleDashboard.firstMonth, monthCountOf(options));
  const language = spreadsheetLanguage(spreadsheet);
  const { layout } = buildDashboard({ ...sample, language });
  return buildSafely(language, () => writeLayout(spreadsheet, layout).name);
}

function spreadsheetLanguage(spreadsheet: Spreadsheet): Language {
  return languageOfLocale(spreadsheet.getSpreadsheetLocale());
}

/** Menus pass nothing; tests and the benchmark may ask for `{ monthCount: 36 }`. */
function monthCountOf(options: unknown, fallback = DEFAULT_MONTHS): number {
  if (typeof options !== 'object' || options === null || !('monthCount' in options))
    return fallback;
  const { monthCount } = options;
  if (
    typeof monthCount !== 'number' ||
    !Number.isInteger(monthCount) ||
    monthCount < 1 ||
    monthCount > MAX_MONTHS
  ) {
    throw new Error(
      `monthCount is ${String(monthCount)}; enter a whole number of months from 1 to ${MAX_MONTHS}`,
    );
  }
  return monthCount;
}

/** `{ goalSheet: "Goal Calculator (2)" }`: the goal sheet a person picked, if any. */
function goalSheetOf(options: unknown): string | undefined {
  if (typeof options !== 'object' || options === null || !('goalSheet' in options)) {
    return undefined;
  }
  const { goalSheet } = options;
  if (typeof goalSheet !== 'string' || goalSheet.trim() === '') {
    throw new Error(`goalSheet is ${JSON.stringify(goalSheet)}; enter the name of a sheet`);
  }
  return goalSheet;
}

/**
 * The goal calculator of the last plan: the first candidate sheet (goalSheet.ts) that still
 * has that plan's stages (the plan-vs-actual addresses depend on the plan's shape). Months
 * are matched by calendar date, so the dashboard and the plan may start in different months.
 */
function linkedGoal(
  spreadsheet: Spreadsheet,
  plan: Plan,
  chosenName: string | undefined,
): GoalPlanSource | undefined {
  const { start, end } = parseRange(goalCalculatorCells(plan).stageNames);
  const expected = [...plan.stages.map((stage) => stage.name), ''];
  for (const { sheet, name } of goalSheetCandidates(spreadsheet, plan, chosenName)) {
    // The stage names and the row under them, which is blank when the stage count is the same.
    const column = sheet
      .getRange(start.row + 1, start.column + 1, end.row - start.row + 2, 1)
      .getValues()
      .map((row) => String(row[0]));
    if (column.every((value, index) => value === expected[index])) {
      if (chosenName !== undefined) rememberGoalSheet(chosenName);
      return goalPlanSource(plan, name);
    }
  }
  if (chosenName !== undefined) {
    throw new Error(
      `goalSheet is "${chosenName}"; it does not have the stages of the last goal plan (${plan.stages.map((stage) => stage.name).join(', ')}): pick the goal calculator sheet of that plan`,
    );
  }
  return undefined;
}

/**
 * The spreadsheet's template link: its /copy URL, which asks whoever opens it to make their
 * own copy. Built from the spreadsheet id alone, so no scope beyond the current document.
 */
export function getTemplateLink(): string {
  return templateCopyUrl(SpreadsheetApp.getActiveSpreadsheet().getId());
}

export function templateCopyUrl(spreadsheetId: string): string {
  return `https://docs.google.com/spreadsheets/d/${encodeURIComponent(spreadsheetId)}/copy`;
}
