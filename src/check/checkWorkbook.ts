/**
 * "Check this workbook": every tagged sheet checked, each dashboard against the goal
 * calculator it links, found by its tag (renamed, or one of several) rather than by the
 * name it had when the dashboard was written.
 */
import type { Language } from '../funnel/types';
import type { SheetTag } from '../layout/sheetTag';
import { checkSheet, type Finding, type SheetCheck } from './checkSheet';
import type { SheetGrid } from './sheetGrid';
import { dashboardSourceOfTag, planOfSource } from './tagSources';

export interface TaggedSheet {
  readonly grid: SheetGrid;
  readonly tag: SheetTag;
}

export interface WorkbookCheck {
  readonly sheets: readonly SheetCheck[];
  /** Every finding, sheet by sheet in workbook order. */
  readonly findings: readonly Finding[];
}

/**
 * The current name of the goal calculator a dashboard links: the sheet still bearing the
 * name it was written with; else the only goal calculator; else the one built from the
 * same plan. Undefined when none is left (its formulas then show #REF!, reported as such).
 */
export function linkedGoalSheetName(
  dashboard: SheetTag,
  sheets: readonly TaggedSheet[],
): string | undefined {
  const goal = dashboardSourceOfTag(dashboard.source)?.goal;
  if (!goal) return undefined;
  const goalSheets = sheets.filter((sheet) => sheet.tag.kind === 'goalCalculator');
  if (goalSheets.some((sheet) => sheet.grid.name === goal.sheetName)) return goal.sheetName;
  if (goalSheets.length === 1) return goalSheets[0].grid.name;
  const wanted = JSON.stringify(goal.plan);
  return goalSheets.find((sheet) => JSON.stringify(planOfSource(sheet.tag.source)) === wanted)?.grid
    .name;
}

export function checkWorkbook(sheets: readonly TaggedSheet[], language?: Language): WorkbookCheck {
  const checks = sheets.map((sheet) =>
    checkSheet({
      grid: sheet.grid,
      tag: sheet.tag,
      language,
      goalSheetName:
        sheet.tag.kind === 'dashboard' ? linkedGoalSheetName(sheet.tag, sheets) : undefined,
    }),
  );
  return { sheets: checks, findings: checks.flatMap((check) => check.findings) };
}
