/**
 * The goal-calculator sidebar on the Apps Script side: opening it, and the entry points it
 * calls on start and after a build. The last plan is kept in the document's properties,
 * so it travels with the spreadsheet and every editor of it sees the same plan.
 */
import { validatePlan } from '../funnel/schema';
import type { Language, Plan } from '../funnel/types';

/** What the sidebar needs before it shows the form (one round trip). */
export interface SidebarStart {
  /** From the spreadsheet's locale; the form offers an override. */
  readonly spreadsheetLanguage: Language;
  /**
   * The spreadsheet's locale as Sheets reports it ("de_DE"): how the form reads typed
   * numbers ("2,5" is 2.5 there) while the language is left on "from the spreadsheet".
   */
  readonly spreadsheetLocale?: string;
  /** The last plan built in this spreadsheet, or null. */
  readonly lastPlan: Plan | null;
}

const LAST_PLAN_KEY = 'funnelmath.lastPlan';

/** Menu handler: Extensions -> FunnelMath -> Goal calculator. */
export function showGoalCalculator(): void {
  const page = HtmlService.createHtmlOutputFromFile('sidebar').setTitle('FunnelMath').setWidth(300);
  SpreadsheetApp.getUi().showSidebar(page);
}

export function getSidebarStart(): SidebarStart {
  const spreadsheetLocale = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale();
  return {
    spreadsheetLanguage: languageOfLocale(spreadsheetLocale),
    spreadsheetLocale,
    lastPlan: loadLastPlan(),
  };
}

/** Stores a plan for the next opening; validated here too, since the client is not trusted. */
export function saveLastPlan(plan: unknown): void {
  const validation = validatePlan(plan);
  if (!validation.ok) {
    throw new Error(
      `The plan was not saved: ${validation.errors.map((error) => error.message).join('; ')}`,
    );
  }
  PropertiesService.getDocumentProperties().setProperty(
    LAST_PLAN_KEY,
    JSON.stringify(validation.plan),
  );
}

/** The stored plan, or null when there is none or it no longer passes the schema. */
export function loadLastPlan(): Plan | null {
  const stored = PropertiesService.getDocumentProperties().getProperty(LAST_PLAN_KEY);
  if (!stored) return null;
  try {
    const validation = validatePlan(JSON.parse(stored));
    return validation.ok ? validation.plan : null;
  } catch {
    return null;
  }
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
