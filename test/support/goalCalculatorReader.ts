/**
 * Reads the plan back out of a written goal-calculator sheet, whatever engine computed it
 * (HyperFormula, the fake Apps Script spreadsheet, LibreOffice), in the shape of the pure
 * planner's result, and compares the two: whole counts exactly, money to 9 significant
 * digits (engines may sum in a different order).
 */
import type { PlanResult } from '../../src/funnel/planner';
import type { Plan } from '../../src/funnel/types';
import { a1, parseRange } from '../../src/layout/a1';
import { goalCalculatorCells } from '../../src/layout/goalCalculator';

/** Reads one cell's computed value by its A1 address. Empty cells read as "" or null. */
export type CellReader = (a1: string) => unknown;

function cellsOfRange(range: string): string[] {
  const { start, end } = parseRange(range);
  const addresses: string[] = [];
  for (let row = start.row; row <= end.row; row++) {
    for (let column = start.column; column <= end.column; column++) {
      addresses.push(a1(row, column));
    }
  }
  return addresses;
}

function numberOrNull(value: unknown, where: string): number | null {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value !== 'number')
    throw new Error(`${where} is ${JSON.stringify(value)}, not a number`);
  return value;
}

function numberAt(read: CellReader, a1: string): number {
  const value = numberOrNull(read(a1), a1);
  if (value === null) throw new Error(`${a1} is empty`);
  return value;
}

/** The sheet's figures, in the planner's terms. */
export function readGoalCalculator(plan: Plan, read: CellReader): PlanResult {
  const cells = goalCalculatorCells(plan);
  const needed = cells.stages.map((stage) => numberAt(read, stage.needed));
  const monthColumns = cells.months.counts.map(cellsOfRange);
  const monthCells = cellsOfRange(cells.months.month);
  const rampCells = cellsOfRange(cells.months.growthIndex);
  const revenueCells = cellsOfRange(cells.months.revenue);
  const cumulativeCells = cellsOfRange(cells.months.cumulativeRevenue);
  const arrivalCells = cellsOfRange(cells.months.arrivalMonth);
  const leadName = read(cells.money.leadStageName);
  const leadStageIndex = cells.stages.findIndex((stage) => read(stage.name) === leadName);
  return {
    stages: cells.stages.map((stage, index) => ({
      name: String(read(stage.name)),
      conversionToNext:
        stage.conversionToNext === null ? null : numberAt(read, stage.conversionToNext),
      needed: needed[index],
    })),
    customers: needed[needed.length - 1],
    leadStageIndex,
    marketingBudget: numberOrNull(read(cells.money.marketingBudget), cells.money.marketingBudget),
    cac: numberOrNull(read(cells.money.cac), cells.money.cac),
    pipelineValue: numberAt(read, cells.money.pipelineValue),
    pipelineCoverage: numberAt(read, cells.money.pipelineCoverage),
    velocityRequired: numberAt(read, cells.money.velocityRequired),
    velocityImplied: numberOrNull(read(cells.money.velocityImplied), cells.money.velocityImplied),
    salesCycleMonths: numberAt(read, cells.money.salesCycleMonths),
    months: monthCells.map((monthCell, index) => ({
      month: numberAt(read, monthCell),
      ramp: numberAt(read, rampCells[index]),
      revenue: numberAt(read, revenueCells[index]),
      cumulativeRevenue: numberAt(read, cumulativeCells[index]),
      counts: monthColumns.map((column) => numberAt(read, column[index])),
      arrivalMonth: numberAt(read, arrivalCells[index]),
    })),
    sensitivity: cells.sensitivity.map((row, fromStage) => ({
      fromStage,
      improvedRate: numberAt(read, row.improvedRate),
      counts: row.counts.map((address) => numberAt(read, address)),
      topOfFunnelSaved: numberAt(read, row.topOfFunnelSaved),
      budgetSaved: numberOrNull(read(row.budgetSaved), row.budgetSaved),
    })),
  };
}

/** Money and rates to 9 significant digits; everything else (counts, months) exactly. */
function roundForComparison(value: number | null): number | null {
  return value === null ? null : Number(value.toPrecision(9));
}

/** The planner's result with money and rates rounded, so two engines' results compare with toEqual. */
export function comparable(result: PlanResult) {
  const money = roundForComparison;
  return {
    stages: result.stages,
    customers: result.customers,
    // By name: the sheet shows the lead stage's name (several stages may share a name).
    leadStage: result.stages[result.leadStageIndex]?.name,
    marketingBudget: money(result.marketingBudget),
    cac: money(result.cac),
    pipelineValue: money(result.pipelineValue),
    pipelineCoverage: money(result.pipelineCoverage),
    velocityRequired: money(result.velocityRequired),
    velocityImplied: money(result.velocityImplied),
    salesCycleMonths: result.salesCycleMonths,
    months: result.months.map((month) => ({
      ...month,
      ramp: money(month.ramp),
      revenue: money(month.revenue),
      cumulativeRevenue: money(month.cumulativeRevenue),
    })),
    sensitivity: result.sensitivity.map((row) => ({
      ...row,
      improvedRate: money(row.improvedRate),
      budgetSaved: money(row.budgetSaved),
    })),
  };
}
