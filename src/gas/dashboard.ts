/**
 * The KPI dashboard on the Apps Script side: the two menu entries that insert it and the
 * template link the sidebar offers. The sheet is written by the shared batched writer, as
 * a new sheet ("KPI Dashboard (2)" when the name is taken): nothing existing is touched.
 */
import { dashboardTagSource } from '../check';
import type { Language } from '../funnel/types';
import {
  buildDashboard,
  goalPlanSource,
  sampleDashboard,
  sampleDashboardFor,
} from '../layout/dashboard';
import type { DashboardTagSource } from '../layout/dashboard/tagSource';
import { SHEET_FORMAT_VERSION } from '../layout/sheetTag';
import type { SheetLayout } from '../layout/types';
import { linkedGoal } from './dashboardGoal';
import { buildSafely } from './safeBuild';
import { tagSheet } from './sheetTags';
import { languageOfLocale } from './sidebar';
import { writeLayout } from './writeLayout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const DEFAULT_MONTHS = 12;
const MAX_MONTHS = 120;

/**
 * Menu handler: an empty dashboard from this month on, compared with the spreadsheet's goal
 * calculator, found by its tag, and that sheet's own plan (`{ goalSheetId }` picks one of
 * several and is remembered, see dashboardGoal.ts). Returns the new sheet's name.
 */
export function insertKpiDashboard(options?: unknown): string {
  const today = new Date();
  const firstMonth = { year: today.getFullYear(), month: today.getMonth() + 1 };
  const monthCount = monthCountOf(options);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const goal = linkedGoal(spreadsheet, goalSheetIdOf(options));
  const language = goal?.plan.language ?? spreadsheetLanguage(spreadsheet);
  const { layout } = buildDashboard({
    firstMonth,
    monthCount,
    language,
    goal: goal && goalPlanSource(goal.plan, goal.name),
  });
  const source = dashboardTagSource(
    { firstMonth, monthCount, language },
    false,
    goal && { sheetId: goal.sheetId, chosen: goal.chosen },
  );
  return writeTaggedDashboard(spreadsheet, layout, source);
}

/**
 * Menu handler: the dashboard filled with the sample year, so a new user sees it at work.
 * Made-up figures are not compared with the user's real plan: no plan vs actual here.
 */
export function insertKpiDashboardWithSample(options?: unknown): string {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const monthCount = monthCountOf(options);
  const sample = sampleDashboardFor(sampleDashboard.firstMonth, monthCount);
  const language = spreadsheetLanguage(spreadsheet);
  const { layout } = buildDashboard({ ...sample, language });
  return writeTaggedDashboard(
    spreadsheet,
    layout,
    dashboardTagSource({ firstMonth: sample.firstMonth, monthCount, language }, true),
  );
}

/** Writes the dashboard as a new sheet and tags it with what it was built from. */
function writeTaggedDashboard(
  spreadsheet: Spreadsheet,
  layout: SheetLayout,
  source: DashboardTagSource,
): string {
  return buildSafely(source.language, () => {
    const written = writeLayout(spreadsheet, layout);
    tagSheet(written.sheet, { kind: 'dashboard', formatVersion: SHEET_FORMAT_VERSION, source });
    return written.name;
  });
}

function spreadsheetLanguage(spreadsheet: Spreadsheet): Language {
  return languageOfLocale(spreadsheet.getSpreadsheetLocale());
}

function optionOf(options: unknown, key: string): unknown {
  if (typeof options !== 'object' || options === null || !(key in options)) return undefined;
  return (options as Record<string, unknown>)[key];
}

/** Menus pass nothing; tests and the benchmark may ask for `{ monthCount: 36 }`. */
function monthCountOf(options: unknown, fallback = DEFAULT_MONTHS): number {
  const monthCount = optionOf(options, 'monthCount');
  if (monthCount === undefined) return fallback;
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

/** `{ goalSheetId: 123 }`: the goal calculator a person picked in the sidebar, if any. */
function goalSheetIdOf(options: unknown): number | undefined {
  const goalSheetId = optionOf(options, 'goalSheetId');
  if (goalSheetId === undefined) return undefined;
  if (typeof goalSheetId !== 'number' || !Number.isInteger(goalSheetId)) {
    throw new Error(
      `goalSheetId is ${JSON.stringify(goalSheetId)}; pick a goal calculator from the list`,
    );
  }
  return goalSheetId;
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
