/**
 * Reads the plan back out of a written goal-calculator sheet, whatever engine computed it
 * (HyperFormula, the fake Apps Script spreadsheet, LibreOffice), in the shape of the pure
 * planner's result, and compares the two: whole counts exactly, money to 9 significant
 * digits (engines may sum in a different order).
 */

import type { BudgetPlan } from '../../src/funnel/budgetFirst';
import { offsetOf } from '../../src/funnel/calendar';
import type { ChannelPlan } from '../../src/funnel/channels';
import { leadStageIndexOf } from '../../src/funnel/period';
import type { PlanResult } from '../../src/funnel/planner';
import type { Plan } from '../../src/funnel/types';
import { a1, parseRange } from '../../src/layout/a1';
import { goalCalculatorCells, monthOfSerial } from '../../src/layout/goalCalculator';
import { goalCalculatorLabels } from '../../src/layout/i18n/goalCalculator';

/** Reads one cell's computed value by its A1 address. Empty cells read as "" or null. */
export type CellReader = (a1: string) => unknown;

export function cellsOfRange(range: string): string[] {
  const { start, end } = parseRange(range);
  const addresses: string[] = [];
  for (let row = start.row; row <= end.row; row++) {
    for (let column = start.column; column <= end.column; column++) {
      addresses.push(a1(row, column));
    }
  }
  return addresses;
}

function numberAt(read: CellReader, address: string): number {
  const value = read(address);
  if (typeof value !== 'number')
    throw new Error(`${address} is ${JSON.stringify(value)}, not a number`);
  return value;
}

/**
 * The sheet's figures, in the planner's terms (the plan's startMonth must be resolved).
 * `laidOutFor` is the plan the sheet was built for, when its inputs were edited since: the
 * calendar's run-up rows stay where they were laid out.
 */
export function readGoalCalculator(plan: Plan, read: CellReader, laidOutFor = plan): PlanResult {
  const labels = goalCalculatorLabels[plan.language ?? 'en'];
  const startMonth = plan.startMonth ?? '';
  const cells = goalCalculatorCells(laidOutFor);
  /** A money figure, or null where the sheet asks for a cost per lead. */
  const moneyOrNull = (address: string): number | null =>
    read(address) === labels.needsCostPerLead ? null : numberAt(read, address);
  // A date cell: its serial number, or (exceljs reading LibreOffice's file) an ISO date.
  const offsetAt = (address: string) => {
    const value = read(address);
    const month =
      typeof value === 'string' && /^\d{4}-\d{2}-/.test(value)
        ? value.slice(0, 7)
        : monthOfSerial(numberAt(read, address));
    return offsetOf(startMonth, month);
  };
  const needed = cells.stages.map((stage) => numberAt(read, stage.needed));
  const monthColumns = cells.months.counts.map(cellsOfRange);
  const monthCells = cellsOfRange(cells.months.month);
  const rampCells = cellsOfRange(cells.months.growthIndex);
  const revenueCells = cellsOfRange(cells.months.revenue);
  const cumulativeCells = cellsOfRange(cells.months.cumulativeRevenue);
  const arrivalColumns = cells.arrivals.counts.map(cellsOfRange);
  const leadName = read(cells.money.leadStageName);
  const leadStageIndex = cells.stages.findIndex((stage) => read(stage.name) === leadName);
  return {
    stages: cells.stages.map((stage, index) => ({
      name: String(read(stage.name)),
      conversionToNext:
        stage.conversionToNext === null ? null : numberAt(read, stage.conversionToNext),
      needed: needed[index],
      monthsBeforeClose: numberAt(read, stage.monthsBeforeClose),
      monthlyTotal: numberAt(read, cells.months.totalCounts[index]),
      roundingReserve: numberAt(read, cells.months.reserveCounts[index]),
    })),
    customers: needed[needed.length - 1],
    leadStageIndex,
    marketingBudget: moneyOrNull(cells.money.marketingBudget),
    cac: moneyOrNull(cells.money.cac),
    pipelineValue: numberAt(read, cells.money.pipelineValue),
    pipelineCoverage: numberAt(read, cells.money.pipelineCoverage),
    openOpportunities: numberAt(read, cells.money.openOpportunities),
    openPipelineValue: numberAt(read, cells.money.openPipelineValue),
    velocityRequired: numberAt(read, cells.money.velocityRequired),
    months: monthCells.map((monthCell, index) => ({
      offset: offsetAt(monthCell),
      ramp: numberAt(read, rampCells[index]),
      revenue: numberAt(read, revenueCells[index]),
      cumulativeRevenue: numberAt(read, cumulativeCells[index]),
      counts: monthColumns.map((column) => numberAt(read, column[index])),
    })),
    arrivals: [
      { offset: null, counts: cells.arrivals.earlier.map((address) => numberAt(read, address)) },
      ...cellsOfRange(cells.arrivals.month).map((monthCell, index) => ({
        offset: offsetAt(monthCell),
        counts: arrivalColumns.map((column) => numberAt(read, column[index])),
      })),
    ],
    budgetPlan: readBudgetPlan(plan, read, laidOutFor),
    channelPlan: readChannelPlan(read, laidOutFor, needed),
    sensitivity: cells.sensitivity.map((row, fromStage) => ({
      fromStage,
      improvedRate: numberAt(read, row.improvedRate),
      counts: row.counts.map((address) => numberAt(read, address)),
      topOfFunnelSaved: numberAt(read, row.topOfFunnelSaved),
      budgetSaved: moneyOrNull(row.budgetSaved),
      best: read(row.best) === labels.bestMark,
    })),
  };
}

/**
 * The sheet's "What this budget buys" block in the planner's terms: null while it asks for
 * a budget or a cost per lead above 0.
 */
export function readBudgetPlan(plan: Plan, read: CellReader, laidOutFor = plan): BudgetPlan | null {
  // The hints are in the language the sheet was laid out in.
  const labels = goalCalculatorLabels[laidOutFor.language ?? 'en'];
  const cells = goalCalculatorCells(laidOutFor);
  const { budget, inputs } = cells;
  const leads = read(budget.stages[0].bought);
  if (leads === labels.needsBudget || leads === labels.needsPositiveCostPerLead) return null;
  return {
    budget: numberAt(read, inputs.marketingBudget),
    fromStage: budget.stages[0].stageIndex,
    counts: budget.stages.map((stage) => numberAt(read, stage.bought)),
    channelLeads:
      budget.stages.length > 0 && cells.channels
        ? cells.channels.channels.map((channel) => numberAt(read, channel.leadsBought))
        : null,
    revenue: numberAt(read, budget.revenue),
    revenueOverTarget: numberAt(read, budget.revenueOverTarget),
    extraBudgetNeeded: numberAt(read, budget.extraBudgetNeeded),
  };
}

/** The sheet's "Channels" block in the planner's terms; undefined for a sheet without one. */
export function readChannelPlan(
  read: CellReader,
  laidOutFor: Plan,
  needed: readonly number[],
): ChannelPlan | undefined {
  const cells = goalCalculatorCells(laidOutFor).channels;
  if (!cells) return undefined;
  // The block reads the lead stage it was laid out for (stage names may repeat).
  const leadStageIndex = leadStageIndexOf(laidOutFor);
  const channels = cells.channels.map((channel) => ({
    name: String(read(channel.name)),
    share: numberAt(read, channel.share),
    costPerLead: numberAt(read, channel.costPerLead),
    rate: numberAt(read, channel.conversionUsed),
    leads: numberAt(read, channel.leads),
    budget: numberAt(read, channel.budget),
    costPerCustomer: numberAt(read, channel.costPerCustomer),
    expectedCustomers: numberAt(read, channel.expectedCustomers),
    rank: numberAt(read, channel.rank),
  }));
  return {
    leadStageIndex,
    effectiveRate: numberAt(read, cells.effectiveRate),
    averageCostPerLead: numberAt(read, cells.averageCostPerLead),
    leadsNeeded: needed[leadStageIndex],
    channels,
    marketingBudget: numberAt(read, cells.totals.budget),
  };
}

/** A channel plan with its money and rates rounded as `comparable` rounds them. */
export function comparableChannelPlan(plan: ChannelPlan | undefined) {
  const money = roundForComparison;
  return plan === undefined
    ? undefined
    : {
        ...plan,
        effectiveRate: money(plan.effectiveRate),
        averageCostPerLead: money(plan.averageCostPerLead),
        marketingBudget: money(plan.marketingBudget),
        channels: plan.channels.map((channel) => ({
          ...channel,
          budget: money(channel.budget),
          costPerCustomer: money(channel.costPerCustomer),
          expectedCustomers: money(channel.expectedCustomers),
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
    openOpportunities: money(result.openOpportunities),
    openPipelineValue: money(result.openPipelineValue),
    velocityRequired: money(result.velocityRequired),
    months: result.months.map((month) => ({
      ...month,
      ramp: money(month.ramp),
      revenue: money(month.revenue),
      cumulativeRevenue: money(month.cumulativeRevenue),
    })),
    // The calendar rows that need something: a sheet laid out for a longer run-up lists more
    // empty months.
    arrivals: result.arrivals.filter((row) => row.counts.some((count) => count !== 0)),
    sensitivity: result.sensitivity.map((row) => ({
      ...row,
      improvedRate: money(row.improvedRate),
      budgetSaved: money(row.budgetSaved),
    })),
    budgetPlan: comparableBudgetPlan(result.budgetPlan),
    channelPlan: comparableChannelPlan(result.channelPlan),
  };
}

/** A budget plan with its money rounded as `comparable` rounds it. */
export function comparableBudgetPlan(plan: BudgetPlan | null) {
  const money = roundForComparison;
  return plan === null
    ? null
    : {
        ...plan,
        budget: money(plan.budget),
        revenue: money(plan.revenue),
        revenueOverTarget: money(plan.revenueOverTarget),
        extraBudgetNeeded: money(plan.extraBudgetNeeded),
      };
}
