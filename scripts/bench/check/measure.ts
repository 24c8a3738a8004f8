/**
 * Measurements behind scripts/bench/70-check.mjs (TypeScript, bundled on the fly): "Check
 * this workbook" on a 10-stage goal calculator and a 36-month dashboard linked to it, as a
 * ratio to building the same sheets. Two pairs: the pure core (checkWorkbook on the sheets'
 * cells against building both layouts) and the file side (`funnelmath check`: reading the
 * .xlsx's cells and tags and checking them, against the CLI writing that .xlsx).
 */
import { checkWorkbook, dashboardTagSource, type TaggedSheet } from '../../../src/check';
import type { SheetGrid } from '../../../src/check/sheetGrid';
import { layoutsToXlsx } from '../../../src/cli/xlsx';
import { readXlsxSheets } from '../../../src/cli/xlsxGrid';
import type { Plan } from '../../../src/funnel/types';
import { buildDashboard, goalPlanSource } from '../../../src/layout/dashboard';
import { goalCalculatorLayout } from '../../../src/layout/goalCalculator';
import { SHEET_FORMAT_VERSION, type SheetTag } from '../../../src/layout/sheetTag';
import type { SheetLayout } from '../../../src/layout/types';
import { medianTime } from '../support/medianTime';

const MONTHS = 36;
const STAGES = 10;

const plan: Plan = {
  revenueTarget: 2_400_000,
  period: 'year',
  averageDealSize: 20_000,
  stages: Array.from({ length: STAGES }, (_, index) =>
    index === STAGES - 1
      ? { name: 'Customers' }
      : { name: `Stage ${index + 1}`, conversionToNext: 0.5, daysToNext: 7 },
  ),
  leadStageIndex: 1,
  costPerLead: 80,
  salesCycleDays: 70,
  monthlyGrowth: 0.03,
  language: 'en',
  startMonth: '2027-01',
  currency: 'USD',
};

const options = {
  firstMonth: { year: 2027, month: 1 },
  monthCount: MONTHS,
  language: 'en' as const,
};

function build(): SheetLayout[] {
  const goal = goalCalculatorLayout(plan);
  const { layout } = buildDashboard({ ...options, goal: goalPlanSource(plan, goal.name) });
  return [goal, layout];
}

const tags: SheetTag[] = [
  { kind: 'goalCalculator', formatVersion: SHEET_FORMAT_VERSION, source: plan },
  {
    kind: 'dashboard',
    formatVersion: SHEET_FORMAT_VERSION,
    source: dashboardTagSource(options, false, { sheetId: 1, chosen: false }),
  },
];

/** A written sheet's cells as a Sheets read gives them (values of formulas left blank). */
function gridOf(layout: SheetLayout): SheetGrid {
  return {
    name: layout.name,
    formulas: layout.cells.map((row) =>
      row.map((cell) => (cell && 'formula' in cell ? cell.formula : '')),
    ),
    values: layout.cells.map((row) =>
      row.map((cell) => (cell && 'value' in cell ? cell.value : '')),
    ),
  };
}

export async function measure() {
  const layouts = build();
  const sheets: TaggedSheet[] = layouts.map((layout, index) => ({
    grid: gridOf(layout),
    tag: tags[index],
  }));
  const findings = checkWorkbook(sheets).findings.length;
  const cells = layouts.reduce(
    (sum, layout) => sum + layout.cells.flat().filter((cell) => cell !== null).length,
    0,
  );
  const buildMs = await medianTime(build, 9);
  const checkMs = await medianTime(() => checkWorkbook(sheets), 9);

  const file = await layoutsToXlsx({ sheets: layouts }, { tags });
  const fileFindings = checkWorkbook(
    (await readXlsxSheets(file)).flatMap((sheet) =>
      sheet.tag ? [{ grid: sheet.grid, tag: sheet.tag, sheetId: sheet.sheetId }] : [],
    ),
  ).findings.length;
  const writeMs = await medianTime(() => layoutsToXlsx({ sheets: layouts }, { tags }), 7);
  const fileCheckMs = await medianTime(async () => {
    const read = await readXlsxSheets(file);
    return checkWorkbook(
      read.flatMap((sheet) =>
        sheet.tag ? [{ grid: sheet.grid, tag: sheet.tag, sheetId: sheet.sheetId }] : [],
      ),
    );
  }, 7);
  return {
    months: MONTHS,
    stages: STAGES,
    cells,
    findings,
    fileFindings,
    buildMs,
    checkMs,
    writeMs,
    fileCheckMs,
  };
}
