/**
 * "Check this workbook" on the Apps Script side: every sheet FunnelMath wrote, found by its
 * tag (an older goal calculator without one by its default name, as a format-1 sheet with
 * the last plan as its shape), read in one getValues and one getFormulas, and checked by the
 * pure core (src/check). A dashboard is checked against the goal calculator it follows, by
 * the sheet id in its tag, under that sheet's current name.
 *
 * Calls: three finder queries (goal calculators, dashboards, export sheets); per tagged
 * sheet three for its tag, its name, and three to read it (getDataRange, getValues,
 * getFormulas; an export sheet, which this version does not check, is not read); each goal
 * sheet's id when a dashboard follows one; the locale when the caller names no language.
 * Constant in the sheets' sizes.
 */
import { checkWorkbook, type SheetCheck, type SheetGrid } from '../check';
import type { Language } from '../funnel/types';
import { FIRST_FORMAT_VERSION, type SheetTag } from '../layout/sheetTag';
import { findGoalSheets } from './goalSheets';
import { loadLastPlan } from './lastPlan';
import { findTaggedSheets } from './sheetTags';
import { languageOfLocale } from './sidebar';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

/** A sheet FunnelMath wrote, as read for the check. */
export interface ReadSheet {
  readonly sheet: Sheet;
  readonly tag: SheetTag;
  /** The stored tag entry; undefined for an older goal calculator found by its name. */
  readonly entry: DeveloperMetadata | undefined;
  readonly grid: SheetGrid;
}

/** One finding as the sidebar shows it. */
export interface CheckFinding {
  readonly sheet: string;
  readonly a1: string;
  readonly kind: string;
  readonly message: string;
  readonly fixable: boolean;
}

export interface WorkbookCheckReport {
  readonly language: Language;
  /** The sheets checked, by their current names. */
  readonly sheets: readonly string[];
  /** FunnelMath's sheets this version cannot check yet (export sheets): neither clean nor not. */
  readonly notChecked: readonly string[];
  readonly findings: readonly CheckFinding[];
}

const LANGUAGES: readonly Language[] = ['en', 'zh-CN', 'zh-TW'];

/** `{ language: "zh-CN" }` from the sidebar; else the spreadsheet's. */
export function checkLanguage(spreadsheet: Spreadsheet, request: unknown): Language {
  const language =
    typeof request === 'object' && request !== null && 'language' in request
      ? (request as { language: unknown }).language
      : undefined;
  if (language === undefined) return languageOfLocale(spreadsheet.getSpreadsheetLocale());
  if (!LANGUAGES.includes(language as Language)) {
    throw new Error(`language is ${JSON.stringify(language)}; use one of ${LANGUAGES.join(', ')}`);
  }
  return language as Language;
}

function gridOf(sheet: Sheet, name: string): SheetGrid {
  const range = sheet.getDataRange();
  return { name, values: range.getValues(), formulas: range.getFormulas() };
}

/** Every sheet FunnelMath wrote, goal calculators first, each read once. */
export function readFunnelMathSheets(spreadsheet: Spreadsheet): ReadSheet[] {
  const goals = findGoalSheets(spreadsheet).map(
    (goal): ReadSheet => ({
      sheet: goal.sheet,
      // Built before tagging: format 1, its shape the last plan (as the sidebar assumes).
      tag: goal.tag ?? {
        kind: 'goalCalculator',
        formatVersion: FIRST_FORMAT_VERSION,
        source: loadLastPlan(),
      },
      entry: goal.entry,
      grid: gridOf(goal.sheet, goal.name),
    }),
  );
  const dashboards = findTaggedSheets(spreadsheet, 'dashboard').map(
    ({ sheet, tag, entry }): ReadSheet => ({
      sheet,
      tag,
      entry,
      grid: gridOf(sheet, sheet.getName()),
    }),
  );
  // Export sheets are listed, not read: the check cannot rebuild them yet (no findings).
  const exports = findTaggedSheets(spreadsheet, 'export').map(
    ({ sheet, tag, entry }): ReadSheet => ({
      sheet,
      tag,
      entry,
      grid: { name: sheet.getName(), values: [], formulas: [] },
    }),
  );
  return [...goals, ...dashboards, ...exports];
}

/**
 * Every sheet checked, in the user's language. A dashboard is checked against the goal
 * calculator it follows (the core's linkedGoalOf: the goal sheet its formulas name, else the
 * sheet id in its tag, else the only one), so goal sheets' ids are read when there is one.
 */
export function checkSheets(sheets: readonly ReadSheet[], language: Language): SheetCheck[] {
  const withDashboards = sheets.some((read) => read.tag.kind === 'dashboard');
  const tagged = sheets.map((read) => ({
    grid: read.grid,
    tag: read.tag,
    ...(withDashboards && read.tag.kind === 'goalCalculator'
      ? { sheetId: read.sheet.getSheetId() }
      : {}),
  }));
  return [...checkWorkbook(tagged, language).sheets];
}

/** Server entry point: the findings of every sheet FunnelMath wrote, by sheet and address. */
export function checkThisWorkbook(request?: unknown): WorkbookCheckReport {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const language = checkLanguage(spreadsheet, request);
  const sheets = readFunnelMathSheets(spreadsheet);
  const checks = checkSheets(sheets, language);
  return {
    language,
    sheets: checks.filter((check) => check.checked).map((check) => check.sheet),
    notChecked: checks.filter((check) => !check.checked).map((check) => check.sheet),
    findings: checks.flatMap((check) =>
      check.findings.map(({ sheet, a1, kind, message, fixable }) => ({
        sheet,
        a1,
        kind,
        message,
        fixable,
      })),
    ),
  };
}
