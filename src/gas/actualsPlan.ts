/**
 * "Start from my actuals": the sidebar asks for a plan calibrated from the months a person
 * chose on the spreadsheet's KPI dashboard, to fill the goal-calculator form (nothing is
 * written). The dashboard is found by its tag, else by its default name in any language;
 * its input block is read in one call. getActualsSource tells the panel, when it opens,
 * whether there is a dashboard and which of its months have leads.
 *
 * Calls (measured by test/gas/actualsPlan.test.ts): one for the spreadsheet, three for the
 * tag query, two per tagged sheet tried, one per default name tried (three at most), two to
 * read the block, one for its name, one for the locale when the sidebar names no language,
 * one for the time zone when Sheets hands the months over as Dates.
 */

import { monthOfSerial } from '../exports/monthlyCounts';
import type { Calibration } from '../funnel/calibrate';
import { isStartMonth } from '../funnel/startMonth';
import type { Language, Plan } from '../funnel/types';
import { dayReader } from '../kpi/calendarDay';
import {
  actualsBlock,
  type DashboardActuals,
  readDashboardActuals,
} from '../layout/dashboard/actualsReading';
import { calibrateFromDashboard } from '../layout/dashboard/calibrateFromDashboard';
import { dashboardLabels } from '../layout/dashboard/labels';
import { SHEET_TAG_KEYS } from '../layout/sheetTag';
import { languageOfLocale } from './sidebar';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ActualsRequest {
  /** First and last month, "YYYY-MM". */
  readonly from: string;
  readonly to: string;
  /** The form's language, for the stage names; default: the spreadsheet's. */
  readonly language?: Language;
}

export type ActualsPlanResult =
  | {
      readonly kind: 'plan';
      readonly sheetName: string;
      readonly plan: Plan;
      readonly notes: readonly string[];
    }
  | { readonly kind: 'problems'; readonly sheetName: string; readonly problems: readonly string[] }
  | { readonly kind: 'no-dashboard' };

const languages: readonly Language[] = ['en', 'zh-CN', 'zh-TW'];

function readRequest(request: unknown): ActualsRequest {
  const record = (typeof request === 'object' && request !== null ? request : {}) as Record<
    string,
    unknown
  >;
  for (const field of ['from', 'to'] as const) {
    const value = record[field];
    if (typeof value !== 'string' || !isStartMonth(value)) {
      throw new Error(
        `${field} is ${JSON.stringify(value)}; enter a month as YYYY-MM, e.g. 2026-01`,
      );
    }
  }
  const from = record.from as string;
  const to = record.to as string;
  if (from > to)
    throw new Error(`from is "${from}", after to "${to}"; give the earlier month first`);
  const language = languages.find((candidate) => candidate === record.language);
  return { from, to, language };
}

/** The first sheet that reads as a dashboard: tagged ones first, then the default names. */
function findDashboard(
  spreadsheet: Spreadsheet,
  monthOf: (cell: unknown) => string | undefined,
): { sheet: Sheet; actuals: Extract<DashboardActuals, { ok: true }> } | undefined {
  const read = (sheet: Sheet | null) => {
    if (!sheet) return undefined;
    const actuals = readDashboardActuals(sheet.getRange(actualsBlock()).getValues(), monthOf);
    return actuals.ok ? { sheet, actuals } : undefined;
  };
  const tags = spreadsheet.createDeveloperMetadataFinder().withKey(SHEET_TAG_KEYS.dashboard).find();
  for (const tag of tags) {
    const found = read(tag.getLocation().getSheet());
    if (found) return found;
  }
  for (const language of languages) {
    const found = read(spreadsheet.getSheetByName(dashboardLabels(language).sheetName));
    if (found) return found;
  }
  return undefined;
}

/** Reads a month cell: Sheets hands a date over as an instant, read in the sheet's zone. */
function monthReader(spreadsheet: Spreadsheet): (cell: unknown) => string | undefined {
  let readDay: ((date: Date) => number) | undefined;
  return (cell) => {
    if (typeof cell === 'number' && Number.isFinite(cell)) return monthOfSerial(cell);
    if (Object.prototype.toString.call(cell) === '[object Date]') {
      readDay ??= dayReader(spreadsheet.getSpreadsheetTimeZone());
      return monthOfSerial(readDay(cell as Date));
    }
    return undefined;
  };
}

export type ActualsSource =
  | {
      readonly kind: 'dashboard';
      readonly sheetName: string;
      /** "YYYY-MM" of the months whose leads are a number, in sheet order. */
      readonly monthsWithLeads: readonly string[];
    }
  | { readonly kind: 'no-dashboard' };

/** Whether the spreadsheet has a dashboard to start from, and its filled months. */
export function getActualsSource(): ActualsSource {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const found = findDashboard(spreadsheet, monthReader(spreadsheet));
  if (!found) return { kind: 'no-dashboard' };
  return {
    kind: 'dashboard',
    sheetName: found.sheet.getName(),
    monthsWithLeads: found.actuals.months
      .filter((month) => typeof month.inputs.leads === 'number')
      .map((month) => month.month),
  };
}

export function startPlanFromActuals(request: unknown): ActualsPlanResult {
  const { from, to, language } = readRequest(request);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const found = findDashboard(spreadsheet, monthReader(spreadsheet));
  if (!found) return { kind: 'no-dashboard' };
  const sheetName = found.sheet.getName();
  const calibration: Calibration = calibrateFromDashboard(
    found.actuals.months,
    { from, to },
    found.actuals.salesCycleDays,
    { language: language ?? languageOfLocale(spreadsheet.getSpreadsheetLocale()) },
  );
  return calibration.ok
    ? { kind: 'plan', sheetName, plan: calibration.plan, notes: calibration.notes }
    : { kind: 'problems', sheetName, problems: calibration.problems };
}
