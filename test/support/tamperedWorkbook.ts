/**
 * Tampering with the CLI's linked workbook the way a person does in a spreadsheet program:
 * HyperFormula (a real engine: deleting a row turns references to it into #REF! and moves
 * the others, renaming a sheet renames it in every formula) takes the edits, and the
 * edited sheets are written back to an .xlsx by the one writer, with FunnelMath's tags,
 * charts, rules and validations as the original file had them.
 */
import type { HyperFormula } from 'hyperformula';
import { dashboardTagSource } from '../../src/check';
import { layoutsToXlsx } from '../../src/cli/xlsx';
import type { Plan } from '../../src/funnel/types';
import { buildDashboard, goalPlanSource } from '../../src/layout/dashboard';
import { goalCalculatorLayout } from '../../src/layout/goalCalculator';
import { SHEET_FORMAT_VERSION, type SheetTag } from '../../src/layout/sheetTag';
import type { Cell, SheetLayout } from '../../src/layout/types';
import { gridOfEngine } from './checkGrid';
import { evaluateLayout } from './evaluateLayout';

export interface LinkedWorkbook {
  readonly goal: SheetLayout;
  readonly dashboard: SheetLayout;
  readonly tags: readonly SheetTag[];
}

export function linkedWorkbook(plan: Plan, monthCount = 12): LinkedWorkbook {
  const goal = goalCalculatorLayout(plan);
  const options = { firstMonth: { year: 2027, month: 1 }, monthCount, language: plan.language };
  const { layout: dashboard } = buildDashboard({
    ...options,
    goal: goalPlanSource(plan, goal.name),
  });
  return {
    goal,
    dashboard,
    tags: [
      { kind: 'goalCalculator', formatVersion: SHEET_FORMAT_VERSION, source: plan },
      {
        kind: 'dashboard',
        formatVersion: SHEET_FORMAT_VERSION,
        source: dashboardTagSource(options, false, { sheetId: 1, chosen: false }),
      },
    ],
  };
}

/** The workbook in a HyperFormula engine, for edits. */
export function engineOf(workbook: LinkedWorkbook): HyperFormula {
  return evaluateLayout(workbook.goal, [workbook.dashboard]).engine;
}

function layoutFromEngine(engine: HyperFormula, name: string, original: SheetLayout): SheetLayout {
  const grid = gridOfEngine(engine, name);
  const cells = grid.formulas.map((row, rowIndex) =>
    row.map((formula, column): Cell | null => {
      const style = original.cells[rowIndex]?.[column];
      const decoration = style ? { role: style.role, numberFormat: style.numberFormat } : {};
      if (formula !== '') return { formula, ...decoration };
      const value = grid.values[rowIndex][column];
      if (value === '' || value === null) return null;
      return { value: value as string | number | boolean, ...decoration };
    }),
  );
  return { ...original, name, cells };
}

/** The engine's two sheets (goal first) as a tagged .xlsx, charts and rules as written. */
export function xlsxOfEngine(
  engine: HyperFormula,
  workbook: LinkedWorkbook,
  names: readonly [string, string] = [workbook.goal.name, workbook.dashboard.name],
): Promise<Buffer> {
  return layoutsToXlsx(
    {
      sheets: [
        layoutFromEngine(engine, names[0], workbook.goal),
        layoutFromEngine(engine, names[1], workbook.dashboard),
      ],
    },
    { tags: workbook.tags },
  );
}
