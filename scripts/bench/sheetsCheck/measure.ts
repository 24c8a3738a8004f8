/**
 * Measurements behind scripts/bench/75-sheets-check.mjs (TypeScript, bundled on the fly):
 * "Check this workbook" and "Restore formulas" in Sheets, run from the built bundle against
 * the fake services, on a goal calculator and the dashboard that follows it:
 * - service calls of checkThisWorkbook for 3 stages / 12 months and 10 stages / 36 months
 *   (the same: a constant), and of restoreFormulas after the same three cells were typed over;
 * - the time of the check as a ratio to building the same two sheets through the bundle.
 */
import { withPlanDefaults } from '../../../src/funnel/defaults';
import { buildDashboard, kpiA1 } from '../../../src/layout/dashboard';
import { goalCalculatorCells } from '../../../src/layout/goalCalculator';
import { type AppsScriptRuntime, loadBundle } from '../../../src/preview/bundle';
import { createFakeAppsScript, type FakeAppsScript } from '../../../src/preview/fake';
import { planWithStages } from '../../../test/support/plans';
import { medianTime } from '../support/medianTime';

export interface CallCount {
  readonly stages: number;
  readonly months: number;
  readonly documentCalls: number;
  readonly builderCalls: number;
}

interface Book {
  readonly fake: FakeAppsScript;
  readonly runtime: AppsScriptRuntime;
  readonly goal: string;
  readonly dashboard: string;
}

function build(stages: number, months: number): Book {
  const fake = createFakeAppsScript();
  const runtime = loadBundle(fake.globals);
  const plan = withPlanDefaults(planWithStages(stages), new Date());
  const goal = String(runtime.call('buildGoalCalculator', plan));
  const dashboard = String(runtime.call('insertKpiDashboard', { monthCount: months }));
  return { fake, runtime, goal, dashboard };
}

/** Two goal-sheet formulas and one dashboard KPI typed over, at the same cells for any size. */
function tamper(book: Book, stages: number, months: number): void {
  const spreadsheet = book.fake.SpreadsheetApp.getActiveSpreadsheet();
  const cells = goalCalculatorCells(withPlanDefaults(planWithStages(stages), new Date()));
  const goal = spreadsheet.getSheetByName(book.goal);
  goal?.getRange(cells.stages[0].needed).setValue(1);
  goal?.getRange(cells.stages[1].needed).setValue(2);
  const today = new Date();
  const { map } = buildDashboard({
    firstMonth: { year: today.getFullYear(), month: today.getMonth() + 1 },
    monthCount: months,
  });
  spreadsheet
    .getSheetByName(book.dashboard)
    ?.getRange(kpiA1(map, 'cac', 0))
    .setValue(3);
}

function callsOf(book: Book, entryPoint: string, stages: number, months: number): CallCount {
  book.fake.log.reset();
  book.runtime.call(entryPoint, { language: 'en' });
  return {
    stages,
    months,
    documentCalls: book.fake.log.documentCalls,
    builderCalls: book.fake.log.builderCalls,
  };
}

export async function measure() {
  const sizes = [
    [3, 12],
    [10, 36],
  ] as const;
  const check = sizes.map(([stages, months]) =>
    callsOf(build(stages, months), 'checkThisWorkbook', stages, months),
  );
  const restore = sizes.map(([stages, months]) => {
    const book = build(stages, months);
    tamper(book, stages, months);
    const calls = callsOf(book, 'restoreFormulas', stages, months);
    const findings = (
      book.runtime.call('checkThisWorkbook', { language: 'en' }) as {
        findings: unknown[];
      }
    ).findings.length;
    return { ...calls, findingsAfter: findings };
  });
  const large = build(10, 36);
  const buildMs = await medianTime(() => build(10, 36), 5);
  const checkMs = await medianTime(
    () => large.runtime.call('checkThisWorkbook', { language: 'en' }),
    5,
  );
  return { check, restore, buildMs, checkMs };
}
