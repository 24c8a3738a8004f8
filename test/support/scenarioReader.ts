/**
 * Reads the goal-calculator sheet's "Scenarios" block back as the planner's
 * ScenarioComparison figures, so tests can demand the two agree.
 */

import type { Plan } from '../../src/funnel/types';
import { goalCalculatorCells } from '../../src/layout/goalCalculator';
import type { ScenarioColumnCells } from '../../src/layout/goalCalculator/scenarioCells';
import type { CellReader } from './goalCalculatorReader';

export interface ReadScenarioColumn {
  readonly name: unknown;
  readonly revenueTarget: unknown;
  readonly averageDealSize: unknown;
  readonly costPerLead: unknown;
  readonly conversionRates: readonly unknown[];
  readonly needed: readonly unknown[];
  readonly marketingBudget: unknown;
  readonly cac: unknown;
}

export function readScenarioColumn(
  column: ScenarioColumnCells,
  read: CellReader,
): ReadScenarioColumn {
  return {
    name: column.name === null ? null : read(column.name),
    revenueTarget: read(column.inUse.revenueTarget),
    averageDealSize: read(column.inUse.averageDealSize),
    costPerLead: read(column.inUse.costPerLead),
    conversionRates: column.inUse.conversionRates.map(read),
    needed: column.needed.map(read),
    marketingBudget: read(column.budget),
    cac: read(column.cac),
  };
}

/** Base first, then every scenario, as the sheet shows them. */
export function readScenarios(plan: Plan, read: CellReader): ReadScenarioColumn[] {
  const cells = goalCalculatorCells(plan).scenarios;
  if (!cells) throw new Error('the plan has no scenarios block');
  return [cells.base, ...cells.scenarios].map((column) => readScenarioColumn(column, read));
}
