import type { ServerApi } from './api';

/** One add-on menu entry: its label and the server entry point (a `serverApi` key) it runs. */
export interface MenuItem {
  readonly label: string;
  readonly handler: keyof ServerApi;
}

/**
 * The add-on menu, top to bottom. Apps Script calls a menu handler by the name of a
 * top-level function; the build generates one per `serverApi` key, so a handler must be a
 * key of `serverApi` (the type checks it, a bundle test checks the generated function).
 * Add an item here when you add its entry point to src/gas/api.ts.
 */
export const menuItems: readonly MenuItem[] = [
  { label: 'Goal calculator', handler: 'showGoalCalculator' },
  { label: 'Insert KPI dashboard', handler: 'insertKpiDashboard' },
  { label: 'Insert KPI dashboard with sample data', handler: 'insertKpiDashboardWithSample' },
  { label: 'Check this workbook', handler: 'showWorkbookCheck' },
];

/**
 * Builds the add-on menu. Runs from onOpen, possibly in AuthMode.NONE, where only the UI
 * is available: it must touch nothing but `SpreadsheetApp.getUi()`.
 */
export function buildMenu(): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of menuItems) menu.addItem(item.label, item.handler);
  menu.addToUi();
}

/** Simple trigger: the spreadsheet opened (the add-on may not be authorised yet). */
export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu();
}

/** Installed from the Marketplace in an open spreadsheet: show the menu right away. */
export function onInstall(_event?: GoogleAppsScript.Events.AddonOnInstall): void {
  buildMenu();
}
