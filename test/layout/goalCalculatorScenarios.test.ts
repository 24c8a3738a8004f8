import fc from 'fast-check';
import type { Plan } from '../../src/funnel/types';
import { a1, parseRange } from '../../src/layout/a1';
import { goalCalculatorCells, goalCalculatorLayout } from '../../src/layout/goalCalculator';
import { type EvaluatedLayout, evaluateLayout } from '../support/evaluateLayout';
import { channelPlan } from '../support/plans';
import {
  arbitraryChannelPlanWithScenarios,
  arbitraryPlanWithScenarios,
  scenarioExamplePlan,
} from '../support/scenarioPlans';
import { expectedColumns, readScenarios, rounded } from '../support/scenarioReader';

function sheetOf(plan: Plan) {
  const sheet = evaluateLayout(goalCalculatorLayout(plan));
  return { sheet, read: (address: string) => sheet.value(address) };
}

/** Every cell's value, by address: to see which figures an edit moves. */
function snapshot(sheet: EvaluatedLayout, plan: Plan): Map<string, unknown> {
  const values = new Map<string, unknown>();
  goalCalculatorLayout(plan).cells.forEach((row, rowIndex) => {
    row.forEach((_, column) => {
      const address = a1(rowIndex, column);
      values.set(address, sheet.value(address));
    });
  });
  return values;
}

function changed(before: Map<string, unknown>, after: Map<string, unknown>): Set<string> {
  return new Set(
    [...before.keys()].filter((address) => before.get(address) !== after.get(address)),
  );
}

/** The cells of one scenario's column in the block and its row of the side-by-side table. */
function scenarioCells(plan: Plan, index: number): Set<string> {
  const cells = goalCalculatorCells(plan).scenarios;
  if (!cells) throw new Error('expected scenarios');
  const column = cells.scenarios[index];
  const top = parseRange(column.name ?? '').start;
  const bottom = parseRange(column.cac).start.row;
  const summaryRow = parseRange(cells.summary.names).start.row + 2 + index;
  const owned = new Set<string>();
  for (let row = top.row; row <= bottom; row++) owned.add(a1(row, top.column));
  for (let col = 0; col < 4; col++) owned.add(a1(summaryRow, col));
  return owned;
}

describe('the "Scenarios" block of the goal-calculator sheet', () => {
  it('shows the issue example side by side as the planner computes it', () => {
    const { read } = sheetOf(scenarioExamplePlan);
    expect(rounded(readScenarios(scenarioExamplePlan, read))).toEqual(
      rounded(expectedColumns(scenarioExamplePlan)),
    );
  });

  it('agrees with the planner for random plans with scenarios (with and without a budget)', () => {
    fc.assert(
      fc.property(arbitraryPlanWithScenarios, (plan) => {
        const { read } = sheetOf(plan);
        expect(rounded(readScenarios(plan, read))).toEqual(rounded(expectedColumns(plan)));
      }),
      { numRuns: 40 },
    );
  });

  it('agrees with the planner with channels: one price for all, a lead rate only where a channel has none', () => {
    const plan: Plan = {
      ...channelPlan,
      scenarios: [
        { name: 'Cheap leads', costPerLead: 100 },
        { name: 'Better webinars', conversionRates: [0.02, 0.4, 0.4, 0.25] },
        { name: 'Both', costPerLead: 75.5, conversionRates: [0.03, 0.2, 0.5, 0.3] },
      ],
    };
    const { read } = sheetOf(plan);
    expect(rounded(readScenarios(plan, read))).toEqual(rounded(expectedColumns(plan)));
  });

  it('agrees with the planner for random plans with channels and scenarios', () => {
    fc.assert(
      fc.property(arbitraryChannelPlanWithScenarios, (plan) => {
        const { read } = sheetOf(plan);
        expect(rounded(readScenarios(plan, read))).toEqual(rounded(expectedColumns(plan)));
      }),
      { numRuns: 30 },
    );
  });

  it('keeps every scenario name text, however formula-like', () => {
    const plan: Plan = {
      ...scenarioExamplePlan,
      scenarios: [{ name: '=1+1' }, { name: '+A1' }, { name: '@SUM(B1)' }],
    };
    const { read } = sheetOf(plan);
    expect(readScenarios(plan, read).map((column) => column.name)).toEqual([
      null,
      '=1+1',
      '+A1',
      '@SUM(B1)',
    ]);
  });

  it('moves, for a new base target, every scenario that follows it and not one that overrides it', () => {
    const plan: Plan = {
      ...scenarioExamplePlan,
      scenarios: [
        { name: 'Follows', averageDealSize: 20000 },
        { name: 'Own target', revenueTarget: 900000 },
        { name: 'Cheaper leads', costPerLead: 80 },
      ],
    };
    const { sheet, read } = sheetOf(plan);
    const before = snapshot(sheet, plan);
    sheet.set(goalCalculatorCells(plan).inputs.revenueTarget, 2400000);
    const moved = changed(before, snapshot(sheet, plan));
    const edited: Plan = { ...plan, revenueTarget: 2400000 };
    expect(rounded(readScenarios(plan, read))).toEqual(rounded(expectedColumns(edited)));
    const [follows, ownTarget, cheaper] = [0, 1, 2].map((index) => scenarioCells(plan, index));
    expect([...ownTarget].filter((address) => moved.has(address))).toEqual([]);
    const cells = goalCalculatorCells(plan).scenarios;
    for (const [index, owned] of [follows, cheaper].entries()) {
      const column = cells?.scenarios[index === 0 ? 0 : 2];
      expect(moved.has(column?.inUse.revenueTarget ?? '')).toBe(true);
      expect(moved.has(column?.needed.at(-1) ?? '')).toBe(true);
      expect(moved.has(column?.budget ?? '')).toBe(true);
      expect([...owned].some((address) => moved.has(address))).toBe(true);
    }
  });

  it('moves, for a new base rate, a scenario that overrides another rate and not one that overrides it', () => {
    const plan: Plan = {
      ...scenarioExamplePlan,
      scenarios: [
        { name: 'Better leads', conversionRates: [null, 0.35, null, null] },
        { name: 'Own MQL rate', conversionRates: [null, null, 0.5, null] },
      ],
    };
    const cells = goalCalculatorCells(plan);
    const [better, own] = cells.scenarios?.scenarios ?? [];
    const { sheet, read } = sheetOf(plan);
    // A null rate is a blank override cell: it follows the base, live.
    expect(read(better.overrides?.conversionRates[2] ?? '')).toBeNull();
    const before = snapshot(sheet, plan);
    sheet.set(cells.stages[2].conversionToNext ?? '', 0.2);
    const moved = changed(before, snapshot(sheet, plan));
    const edited: Plan = {
      ...plan,
      stages: plan.stages.map((stage, index) =>
        index === 2 ? { ...stage, conversionToNext: 0.2 } : stage,
      ),
    };
    expect(rounded(readScenarios(plan, read))).toEqual(rounded(expectedColumns(edited)));
    expect(read(better.inUse.conversionRates[2])).toBe(0.2);
    expect(moved.has(better.needed[0])).toBe(true);
    expect(moved.has(better.budget)).toBe(true);
    expect([...scenarioCells(plan, 1)].filter((address) => moved.has(address))).toEqual([]);
    expect(read(own.inUse.conversionRates[2])).toBe(0.5);
  });

  it('moves only that scenario when one of its override cells is edited', () => {
    fc.assert(
      fc.property(
        arbitraryPlanWithScenarios,
        fc.nat(),
        fc.constantFrom('revenueTarget', 'averageDealSize', 'costPerLead', 'rate'),
        (plan, pick, field) => {
          const count = plan.scenarios?.length ?? 0;
          const index = pick % count;
          const cells = goalCalculatorCells(plan).scenarios;
          const overrides = cells?.scenarios[index].overrides;
          if (!overrides) throw new Error('expected overrides');
          const { sheet, read } = sheetOf(plan);
          const before = snapshot(sheet, plan);
          const scenario = plan.scenarios?.[index] ?? { name: '' };
          let edited: Plan;
          if (field === 'rate') {
            const stage = pick % (plan.stages.length - 1);
            const rates = plan.stages
              .slice(0, -1)
              .map((entry, at) => scenario.conversionRates?.[at] ?? entry.conversionToNext ?? 1);
            rates[stage] = rates[stage] === 0.5 ? 0.25 : 0.5;
            sheet.engine.batch(() => {
              for (const [at, rate] of rates.entries())
                sheet.set(overrides.conversionRates[at], rate);
            });
            edited = withScenario(plan, index, { ...scenario, conversionRates: rates });
          } else {
            const value = (scenario[field] ?? 0) === 7000 ? 9000 : 7000;
            sheet.set(overrides[field], value);
            edited = withScenario(plan, index, { ...scenario, [field]: value });
          }
          const moved = changed(before, snapshot(sheet, plan));
          const owned = scenarioCells(plan, index);
          expect([...moved].filter((address) => !owned.has(address))).toEqual([]);
          expect(rounded(readScenarios(plan, read))).toEqual(rounded(expectedColumns(edited)));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('names the scenario overrides in the input check while one is out of range', () => {
    const plan = scenarioExamplePlan;
    const { sheet } = sheetOf(plan);
    const cells = goalCalculatorCells(plan);
    expect(sheet.value(cells.inputCheck)).toBe(1);
    const rate = cells.scenarios?.scenarios[1].overrides?.conversionRates[2] ?? '';
    sheet.set(rate, 30);
    expect(sheet.value(cells.inputCheck)).toBe(0);
    expect(String(sheet.value(cells.inputProblems))).toContain('Scenario overrides');
    sheet.set(rate, null);
    expect(sheet.value(cells.inputCheck)).toBe(1);
  });
});

function withScenario(
  plan: Plan,
  index: number,
  scenario: NonNullable<Plan['scenarios']>[number],
): Plan {
  const scenarios = [...(plan.scenarios ?? [])];
  scenarios[index] = scenario;
  return { ...plan, scenarios };
}
