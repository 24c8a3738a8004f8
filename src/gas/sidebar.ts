/**
 * The goal-calculator sidebar on the Apps Script side: opening it, and what it needs on
 * start. When the spreadsheet already has a goal calculator, the form opens on the inputs
 * currently on that sheet (goalSheetReading.ts), so re-running the sidebar updates that plan
 * rather than a stale copy.
 */
import { currencyOfLocale } from '../funnel/currency';
import type { Language, Plan } from '../funnel/types';
import type { SheetInputProblem } from './goalInputs';
import { readGoalSheet } from './goalSheetReading';
import { goalSheetNames } from './goalSheets';
import { loadLastPlan } from './lastPlan';

export { loadLastPlan, saveLastPlan } from './lastPlan';

/** The goal calculator the sidebar offers to update. */
export interface GoalSheetStart {
  readonly name: string;
  /** False when the sheet can only be replaced by a new one (its block moved, no known shape). */
  readonly updatable: boolean;
  /** Cells whose content is not a valid plan value: the form then shows the plan as last written. */
  readonly problems: readonly SheetInputProblem[];
}

/** What the sidebar needs before it shows the form (one round trip). */
export interface SidebarStart {
  /** From the spreadsheet's locale; the form offers an override. */
  readonly spreadsheetLanguage: Language;
  /**
   * The spreadsheet's locale as Sheets reports it ("de_DE"): how the form reads typed
   * numbers ("2,5" is 2.5 there) while the language is left on "from the spreadsheet".
   */
  readonly spreadsheetLocale?: string;
  /** ISO 4217 code from the spreadsheet's locale: the default of the currency field. */
  readonly spreadsheetCurrency: string;
  /** The plan to open on: the goal sheet's current inputs, else the last plan built, or null. */
  readonly lastPlan: Plan | null;
  /** The spreadsheet's goal calculator (the active one, else the last found), or null. */
  readonly goalSheet: GoalSheetStart | null;
  /** Every goal calculator of the spreadsheet, so the person can pick another to update. */
  readonly goalSheetNames: readonly string[];
}

/** One goal calculator opened in the form: what getSidebarStart says of the one it picks. */
export interface OpenedGoalSheet {
  readonly plan: Plan | null;
  readonly goalSheet: GoalSheetStart | null;
}

/** Menu handler: Extensions -> FunnelMath -> Goal calculator. */
export function showGoalCalculator(): void {
  const page = HtmlService.createHtmlOutputFromFile('sidebar').setTitle('FunnelMath').setWidth(300);
  SpreadsheetApp.getUi().showSidebar(page);
}

export function getSidebarStart(): SidebarStart {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const locale = spreadsheet.getSpreadsheetLocale();
  const names = goalSheetNames(spreadsheet);
  const active = spreadsheet.getActiveSheet().getName();
  const chosen = names.includes(active) ? active : names.at(-1);
  const reading = chosen === undefined ? null : readGoalSheet(spreadsheet, chosen);
  return {
    spreadsheetLanguage: languageOfLocale(locale),
    spreadsheetLocale: locale,
    spreadsheetCurrency: currencyOfLocale(locale),
    lastPlan: reading?.plan ?? loadLastPlan(),
    goalSheet: reading?.start ?? null,
    goalSheetNames: names,
  };
}

/** Server entry point: the sidebar switches to another goal calculator of the spreadsheet. */
export function openGoalCalculator(sheetName: string): OpenedGoalSheet {
  if (typeof sheetName !== 'string' || sheetName === '') {
    throw new Error(`sheetName is ${JSON.stringify(sheetName)}; enter the name of a sheet`);
  }
  const reading = readGoalSheet(SpreadsheetApp.getActiveSpreadsheet(), sheetName);
  if (!reading) {
    throw new Error(
      `There is no goal calculator called “${sheetName}” any more (renamed or deleted?).`,
    );
  }
  return { plan: reading.plan, goalSheet: reading.start };
}

/**
 * Sheets locales look like "en_US", "zh_CN", "zh_TW", "zh_HK". Hong Kong and Macau write
 * Traditional characters; every other Chinese locale gets Simplified; the rest English.
 */
export function languageOfLocale(locale: string): Language {
  const [language, region = ''] = locale.toLowerCase().split(/[_-]/);
  if (language !== 'zh') return 'en';
  return ['tw', 'hk', 'mo', 'hant'].includes(region) ? 'zh-TW' : 'zh-CN';
}
