import type { Language } from '../funnel/types';
import type { ServerApi } from './api';
import { languageOfLocale } from './sidebar';

/**
 * One add-on menu entry: its caption in each language of the add-on and the server entry
 * point (a `serverApi` key) it runs.
 */
export interface MenuItem {
  readonly label: Readonly<Record<Language, string>>;
  readonly handler: keyof ServerApi;
}

/**
 * The add-on menu, top to bottom. Apps Script calls a menu handler by the name of a
 * top-level function; the build generates one per `serverApi` key, so a handler must be a
 * key of `serverApi` (the type checks it, a bundle test checks the generated function).
 * Add an item here (one entry, every language) when you add its entry point to src/gas/api.ts.
 */
export const menuItems: readonly MenuItem[] = [
  {
    label: { en: 'Goal calculator', 'zh-CN': '目标计算器', 'zh-TW': '目標計算器' },
    handler: 'showGoalCalculator',
  },
  {
    label: { en: 'Insert KPI dashboard', 'zh-CN': '插入 KPI 仪表板', 'zh-TW': '插入 KPI 儀表板' },
    handler: 'insertKpiDashboard',
  },
  {
    label: {
      en: 'Insert KPI dashboard with sample data',
      'zh-CN': '插入含示例数据的 KPI 仪表板',
      'zh-TW': '插入含範例資料的 KPI 儀表板',
    },
    handler: 'insertKpiDashboardWithSample',
  },
  {
    label: { en: 'Check this workbook', 'zh-CN': '检查此工作簿', 'zh-TW': '檢查此活頁簿' },
    handler: 'showWorkbookCheck',
  },
];

type OpenEvent = Pick<GoogleAppsScript.Events.SheetsOnOpen, 'authMode'> | undefined;

/**
 * The language of the menu: the spreadsheet's, as the sheets the add-on writes use. In
 * AuthMode.NONE (the add-on installed, but not yet used in this file) the spreadsheet may
 * not be read: there the user's own language, from Session.getActiveUserLocale(), which
 * needs no authorisation. Should either read fail, English: the menu must always appear.
 * The mode is compared by name (an AuthMode prints as "NONE"), so ScriptApp is not needed.
 */
export function menuLanguage(event: OpenEvent): Language {
  const mode = event?.authMode === undefined ? '' : String(event.authMode);
  try {
    if (mode === 'LIMITED' || mode === 'FULL') {
      return languageOfLocale(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
    }
    return languageOfLocale(Session.getActiveUserLocale());
  } catch {
    return 'en';
  }
}

/**
 * Builds the add-on menu. Runs from onOpen, possibly in AuthMode.NONE, where only the UI
 * and the user's locale are available (see menuLanguage).
 */
export function buildMenu(event: OpenEvent): void {
  const language = menuLanguage(event);
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of menuItems) menu.addItem(item.label[language], item.handler);
  menu.addToUi();
}

/** Simple trigger: the spreadsheet opened (the add-on may not be authorised yet). */
export function onOpen(event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(event);
}

/** Installed from the Marketplace in an open spreadsheet: show the menu right away. */
export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  buildMenu(event);
}
