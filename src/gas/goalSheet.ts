/**
 * Which goal-calculator sheet a new dashboard compares with. The one place that decides it:
 * a follow-up will find the sheet by a developer-metadata tag instead of by name.
 */
import type { Plan } from '../funnel/types';
import { goalCalculatorSheetName } from '../layout/goalCalculator';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const CHOSEN_GOAL_SHEET_KEY = 'funnelmath.dashboardGoalSheet';

/** "Goal Calculator", or a copy the writer named "Goal Calculator (2)": its number, else undefined. */
export function goalSheetCopyNumber(sheetName: string, goalName: string): number | undefined {
  if (sheetName === goalName) return 1;
  if (!sheetName.startsWith(`${goalName} (`)) return undefined;
  const match = /^ \((\d+)\)$/.exec(sheetName.slice(goalName.length));
  return match ? Number(match[1]) : undefined;
}

/** A sheet and its name (known already, so no call to read it back). */
export interface NamedSheet {
  readonly sheet: Sheet;
  readonly name: string;
}

/**
 * The goal sheets a dashboard may compare with, best first; the caller takes the first
 * that fits the plan. The one the user chose (rememberGoalSheet keeps it) and nothing else;
 * else the one chosen before if it is still there, the plan's goal calculator by its name,
 * then its copies newest first ("Goal Calculator (3)" before "(2)"). Lazy, so the usual
 * case costs one lookup; the copies need a pass over every sheet's name.
 */
export function* goalSheetCandidates(
  spreadsheet: Spreadsheet,
  plan: Plan,
  chosenName?: string,
): Generator<NamedSheet> {
  if (chosenName !== undefined) {
    const chosen = spreadsheet.getSheetByName(chosenName);
    if (!chosen) {
      throw new Error(`goalSheet is "${chosenName}"; no sheet has that name in this spreadsheet`);
    }
    yield { sheet: chosen, name: chosenName };
    return;
  }
  const remembered = PropertiesService.getDocumentProperties().getProperty(CHOSEN_GOAL_SHEET_KEY);
  const rememberedSheet = remembered ? spreadsheet.getSheetByName(remembered) : null;
  if (remembered && rememberedSheet) yield { sheet: rememberedSheet, name: remembered };
  const goalName = goalCalculatorSheetName(plan);
  const original = spreadsheet.getSheetByName(goalName);
  if (original) yield { sheet: original, name: goalName };
  const copies: (NamedSheet & { copy: number })[] = [];
  for (const sheet of spreadsheet.getSheets()) {
    const name = sheet.getName();
    const copy = goalSheetCopyNumber(name, goalName);
    if (copy !== undefined && copy > 1) copies.push({ sheet, name, copy });
  }
  copies.sort((left, right) => right.copy - left.copy);
  for (const { sheet, name } of copies) yield { sheet, name };
}

/** Remembers the goal sheet a person picked, for the next dashboards of this spreadsheet. */
export function rememberGoalSheet(name: string): void {
  PropertiesService.getDocumentProperties().setProperty(CHOSEN_GOAL_SHEET_KEY, name);
}
