import fc from 'fast-check';
import { leadStageIndexOf } from '../../src/funnel/period';
import { planFunnel } from '../../src/funnel/planner';
import type { Plan } from '../../src/funnel/types';
import { a1, parseCell } from '../../src/layout/a1';
import { goalCalculatorCells, goalCalculatorLayout } from '../../src/layout/goalCalculator';
import { goalCalculatorLabels } from '../../src/layout/i18n/goalCalculator';
import { type EvaluatedLayout, evaluateLayout, rawContent } from '../support/evaluateLayout';
import { comparableBudgetPlan, readBudgetPlan } from '../support/goalCalculatorReader';
import { arbitraryPlan, examplePlan } from '../support/plans';

/** The example plan (1.2M a year, leads at 120) with 150,000 to spend. */
const budgetPlan: Plan = { ...examplePlan, marketingBudget: 150000 };

/** Every cell's value, by address: to see which figures an edit moves. */
function snapshot(sheet: EvaluatedLayout, plan: Plan): Map<string, unknown> {
  const layout = goalCalculatorLayout(plan);
  const values = new Map<string, unknown>();
  layout.cells.forEach((row, rowIndex) => {
    row.forEach((_, column) => {
      const address = a1(rowIndex, column);
      values.set(address, sheet.value(address));
    });
  });
  return values;
}

function changed(before: Map<string, unknown>, after: Map<string, unknown>): string[] {
  return [...before.keys()].filter((address) => before.get(address) !== after.get(address));
}

/**
 * Sheets evaluated once per shape of the budget block (stages, lead stage), then re-filled
 * with each random plan's inputs, as a person would type them: its labels stay in the
 * language it was laid out in.
 */
const sheetsByShape = new Map<string, { laidOutFor: Plan; sheet: EvaluatedLayout }>();

function sheetShowing(plan: Plan) {
  const shape = `${plan.stages.length}|${leadStageIndexOf(plan)}`;
  let entry = sheetsByShape.get(shape);
  if (!entry) {
    entry = { laidOutFor: plan, sheet: evaluateLayout(goalCalculatorLayout(plan)) };
    sheetsByShape.set(shape, entry);
  }
  const { sheet } = entry;
  const layout = goalCalculatorLayout(plan);
  sheet.engine.batch(() => {
    for (const input of layout.inputs) {
      const { row, column } = parseCell(input.a1);
      sheet.set(input.a1, rawContent(layout.cells[row][column]) as number | string | null);
    }
  });
  return entry;
}

describe('"What this budget buys" on the goal-calculator sheet', () => {
  it('shows the forward plan of the example budget as the planner computes it', () => {
    const cells = goalCalculatorCells(budgetPlan);
    const sheet = evaluateLayout(goalCalculatorLayout(budgetPlan));
    expect(sheet.value(cells.inputs.marketingBudget)).toBe(150000);
    expect(cells.budget.stages.map((stage) => sheet.value(stage.bought))).toEqual([
      1250, 375, 150, 37,
    ]);
    expect(cells.budget.stages.map((stage) => sheet.value(stage.needed))).toEqual([
      1600, 480, 192, 48,
    ]);
    expect(sheet.value(cells.budget.revenue)).toBe(925000);
    expect(sheet.value(cells.budget.revenueOverTarget)).toBe(-275000);
    expect(sheet.value(cells.budget.extraBudgetNeeded)).toBe(42000);
    expect(readBudgetPlan(budgetPlan, (address) => sheet.value(address))).toEqual(
      planFunnel(budgetPlan).budgetPlan,
    );
  });

  it('equals the planner for thousands of random plans with a budget', () => {
    fc.assert(
      fc.property(
        arbitraryPlan.filter((plan) => plan.marketingBudget !== undefined),
        (plan) => {
          const { sheet, laidOutFor } = sheetShowing(plan);
          const shown = readBudgetPlan(plan, (address) => sheet.value(address), laidOutFor);
          expect(shown).not.toBeNull();
          expect(comparableBudgetPlan(shown)).toEqual(
            comparableBudgetPlan(planFunnel(plan).budgetPlan),
          );
        },
      ),
      { numRuns: 1200 },
    );
  });

  it('asks for a budget, or a cost per lead above 0, for random plans without one', () => {
    fc.assert(
      fc.property(
        arbitraryPlan.filter((plan) => plan.marketingBudget === undefined),
        (plan) => {
          const { sheet, laidOutFor } = sheetShowing(plan);
          const labels = goalCalculatorLabels[laidOutFor.language ?? 'en'];
          expect(planFunnel(plan).budgetPlan).toBeNull();
          expect(readBudgetPlan(plan, (address) => sheet.value(address), laidOutFor)).toBeNull();
          const cells = goalCalculatorCells(laidOutFor);
          expect(sheet.value(cells.budget.extraBudgetNeeded)).toBe(labels.needsBudget);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('moves exactly the budget figures when a person edits the budget', () => {
    const cells = goalCalculatorCells(budgetPlan);
    const sheet = evaluateLayout(goalCalculatorLayout(budgetPlan));
    const before = snapshot(sheet, budgetPlan);
    sheet.set(cells.inputs.marketingBudget, 240000);
    const figures = [
      ...cells.budget.stages.map((stage) => stage.bought),
      cells.budget.revenue,
      cells.budget.revenueOverTarget,
      cells.budget.extraBudgetNeeded,
    ];
    expect(changed(before, snapshot(sheet, budgetPlan)).sort()).toEqual(
      [cells.inputs.marketingBudget, ...figures].sort(),
    );
    const edited = { ...budgetPlan, marketingBudget: 240000 };
    expect(readBudgetPlan(edited, (address) => sheet.value(address))).toEqual(
      planFunnel(edited).budgetPlan,
    );
    // 240,000 buys 2,000 leads and 60 customers: 300,000 over, 48,000 to spare.
    expect(figures.map((address) => sheet.value(address))).toEqual([
      2000, 600, 240, 60, 1500000, 300000, -48000,
    ]);

    sheet.set(cells.inputs.marketingBudget, null);
    expect(changed(before, snapshot(sheet, budgetPlan)).sort()).toEqual(
      [cells.inputs.marketingBudget, ...figures].sort(),
    );
    expect(new Set(figures.map((address) => sheet.value(address)))).toEqual(
      new Set(['enter a marketing budget']),
    );
  });

  it('asks for a cost per lead above 0 rather than dividing by 0', () => {
    const cells = goalCalculatorCells(budgetPlan);
    const sheet = evaluateLayout(goalCalculatorLayout(budgetPlan));
    sheet.set(cells.inputs.costPerLead, 0);
    expect(sheet.value(cells.budget.stages[0].bought)).toBe('enter a cost per lead above 0');
    expect(sheet.value(cells.budget.revenue)).toBe('enter a cost per lead above 0');
  });

  it('validates the budget cell like the other amounts, and flags a shortfall', () => {
    const layout = goalCalculatorLayout(budgetPlan);
    const cells = goalCalculatorCells(budgetPlan);
    const { row, column } = parseCell(cells.inputs.marketingBudget);
    expect(layout.cells[row][column]).toMatchObject({
      role: 'input',
      numberFormat: '"$"#,##0',
      validation: { kind: 'number', greaterThan: 0, atMost: 1e12 },
    });
    expect(layout.inputs).toContainEqual({
      key: 'marketingBudget',
      a1: cells.inputs.marketingBudget,
    });
    expect(layout.conditionalRules).toContainEqual({
      range: cells.budget.revenueOverTarget,
      formula: `=AND(ISNUMBER(${cells.budget.revenueOverTarget}),${cells.budget.revenueOverTarget}<0)`,
      fill: 'warn',
    });
  });

  it('labels the block in every language at the same cells', () => {
    for (const language of ['zh-CN', 'zh-TW'] as const) {
      const plan = { ...budgetPlan, language };
      const sheet = evaluateLayout(goalCalculatorLayout(plan));
      const cells = goalCalculatorCells(plan);
      expect(cells).toEqual(goalCalculatorCells(budgetPlan));
      expect(readBudgetPlan(plan, (address) => sheet.value(address))).toEqual(
        planFunnel(budgetPlan).budgetPlan,
      );
      sheet.set(cells.inputs.marketingBudget, null);
      expect(sheet.value(cells.budget.revenue)).toBe(goalCalculatorLabels[language].needsBudget);
    }
  });
});
