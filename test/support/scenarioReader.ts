/**
 * Reads the goal-calculator sheet's "Scenarios" block back as the planner's
 * ScenarioComparison figures, so tests can demand the two agree.
 */

import { planScenarios, type ScenarioFigures } from '../../src/funnel/scenarios';
import type { Plan } from '../../src/funnel/types';
import { goalCalculatorCells } from '../../src/layout/goalCalculator';
import type { ScenarioColumnCells } from '../../src/layout/goalCalculator/scenarioCells';
import { goalCalculatorLabels } from '../../src/layout/i18n/goalCalculator';
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

/** The planner's figures as the sheet shows them: no cost per lead is a prompt, not a number. */
function asShown(plan: Plan, figures: ScenarioFigures): ReadScenarioColumn {
  const prompt = goalCalculatorLabels[plan.language ?? 'en'].needsCostPerLead;
  return {
    name: figures.name,
    revenueTarget: figures.revenueTarget,
    averageDealSize: figures.averageDealSize,
    costPerLead: figures.costPerLead ?? '',
    conversionRates: figures.conversionRates,
    needed: figures.needed,
    marketingBudget: figures.marketingBudget ?? prompt,
    cac: figures.cac ?? prompt,
  };
}

export function expectedColumns(plan: Plan): ReadScenarioColumn[] {
  const comparison = planScenarios(plan);
  if (!comparison) throw new Error('expected scenarios');
  return [comparison.base, ...comparison.scenarios].map((figures) => asShown(plan, figures));
}

/**
 * CAC is a quotient, a channel budget a sum of cent prices, the channels' average cost and
 * share-weighted rate sums of products: engines may differ in the last bit (LibreOffice snaps
 * a sum within a few ulps of a round figure), as elsewhere on the sheet. Counts (whole
 * people) are compared exactly.
 */
export function rounded(columns: ReadScenarioColumn[]) {
  const round = (value: unknown) =>
    typeof value === 'number' ? Number(value.toPrecision(12)) : value;
  return columns.map((column) => ({
    ...column,
    costPerLead: round(column.costPerLead),
    conversionRates: column.conversionRates.map(round),
    marketingBudget: round(column.marketingBudget),
    cac: round(column.cac),
  }));
}
