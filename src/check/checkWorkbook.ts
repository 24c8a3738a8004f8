/**
 * "Check this workbook": every tagged sheet checked, each dashboard against the goal
 * calculator it follows, found by its tag rather than by the name it had when the
 * dashboard was written (renamed, or one of several).
 */
import type { Language } from '../funnel/types';
import { dashboardTagSourceOf } from '../layout/dashboard/tagSource';
import type { SheetTag } from '../layout/sheetTag';
import { checkSheet, type Finding, type SheetCheck } from './checkSheet';
import type { SheetGrid } from './sheetGrid';
import { type LinkedGoal, planOfSource } from './tagSources';

export interface TaggedSheet {
  readonly grid: SheetGrid;
  readonly tag: SheetTag;
  /** The sheet's id (Sheets' getSheetId(); an .xlsx's sheetId), when known. */
  readonly sheetId?: number;
}

export interface WorkbookCheck {
  readonly sheets: readonly SheetCheck[];
  /** Every finding, sheet by sheet in workbook order. */
  readonly findings: readonly Finding[];
}

/** The sheet names a grid's formulas refer to ('Goal Calculator'!B5, Plan!B5). */
export function referencedSheetNames(grid: SheetGrid): Set<string> {
  const names = new Set<string>();
  for (const row of grid.formulas) {
    for (const formula of row) {
      if (!formula.includes('!')) continue;
      const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
      for (const match of code.matchAll(
        /'((?:[^']|'')+)'!|([A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*)!/g,
      ))
        names.add(match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2]);
    }
  }
  return names;
}

/**
 * The goal calculator a dashboard follows: the goal sheet its formulas name (a rename
 * renames them too), else the one with the sheet id its tag records, else the only one.
 * Undefined when its tag follows none or none is left (its formulas then show #REF!).
 */
export function linkedGoalOf(
  dashboard: TaggedSheet,
  sheets: readonly TaggedSheet[],
): LinkedGoal | undefined {
  const goal = dashboardTagSourceOf(dashboard.tag.source)?.goal;
  if (!goal) return undefined;
  const goals = sheets.flatMap((sheet) => {
    const plan = sheet.tag.kind === 'goalCalculator' ? planOfSource(sheet.tag.source) : undefined;
    return plan ? [{ sheet, plan }] : [];
  });
  const named = referencedSheetNames(dashboard.grid);
  const found =
    goals.find(({ sheet }) => named.has(sheet.grid.name)) ??
    goals.find(({ sheet }) => sheet.sheetId !== undefined && sheet.sheetId === goal.sheetId) ??
    (goals.length === 1 ? goals[0] : undefined);
  return found && { plan: found.plan, sheetName: found.sheet.grid.name };
}

export function checkWorkbook(sheets: readonly TaggedSheet[], language?: Language): WorkbookCheck {
  const checks = sheets.map((sheet) =>
    checkSheet({
      grid: sheet.grid,
      tag: sheet.tag,
      language,
      linkedGoal: sheet.tag.kind === 'dashboard' ? linkedGoalOf(sheet, sheets) : undefined,
    }),
  );
  return { sheets: checks, findings: checks.flatMap((check) => check.findings) };
}
