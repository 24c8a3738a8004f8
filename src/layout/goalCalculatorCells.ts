import { leadStageIndexOf, MONTHS_IN_PERIOD } from '../funnel/period';
import { monthsBeforeClose } from '../funnel/planner';
import type { Plan } from '../funnel/types';
import { a1, parseRange, qualified, rangeA1 } from './a1';
import {
  type ChannelCells,
  type ChannelPositions,
  channelCellsOf,
  channelPositions,
} from './goalCalculator/channelsCells';
import {
  type ScenarioCells,
  type ScenarioPositions,
  scenarioCellsOf,
  scenarioPositionsOf,
} from './goalCalculator/scenarioCells';

/**
 * Where everything sits on the goal-calculator sheet. Positions depend on the number of
 * stages and months, the budget block on the lead stage (it lists the stages from there on),
 * and the calendar table on how many months the funnel fills ahead (the plan's days at
 * build time); never on the language or the other numbers. Other sheets, such as the
 * dashboard's plan-vs-actual, reference the plan through these cells.
 */

/** Columns of the funnel table. */
export const FUNNEL_COLUMNS = {
  name: 0,
  conversion: 1,
  needed: 2,
  daysToNext: 3,
  monthsBeforeClose: 4,
} as const;
/** Where the stage columns start in the sensitivity (C), monthly (E) and calendar (B) tables. */
export const SENSITIVITY_FIRST_COUNT_COLUMN = 2;
export const MONTHS_FIRST_COUNT_COLUMN = 4;
export const ARRIVALS_FIRST_COUNT_COLUMN = 1;

/** Zero-based rows of everything on the sheet. */
export interface Positions {
  readonly stageCount: number;
  readonly monthCount: number;
  /** Calendar months listed before the first month (the top stage's months before close). */
  readonly monthsBefore: number;
  readonly inputs: {
    readonly section: number;
    readonly revenueTarget: number;
    readonly period: number;
    readonly averageDealSize: number;
    readonly costPerLead: number;
    readonly salesCycleDays: number;
    readonly monthlyGrowth: number;
    readonly sensitivityStep: number;
    readonly startMonth: number;
    readonly currency: number;
    readonly marketingBudget: number;
    readonly inputCheck: number;
  };
  readonly funnel: {
    readonly section: number;
    readonly header: number;
    readonly firstStage: number;
  };
  readonly money: {
    readonly section: number;
    readonly leadStage: number;
    readonly marketingBudget: number;
    readonly cac: number;
    readonly pipelineValue: number;
    readonly pipelineCoverage: number;
    readonly openOpportunities: number;
    readonly openPipelineValue: number;
    readonly velocityRequired: number;
  };
  /** What this budget buys: the forward plan from the lead stage. */
  readonly budget: {
    readonly section: number;
    readonly header: number;
    /** The plan's lead stage: the first stage row of the block. */
    readonly fromStage: number;
    readonly firstStage: number;
    readonly revenue: number;
    readonly revenueOverTarget: number;
    readonly extraBudgetNeeded: number;
  };
  /** The lead stage by channel, right after the budget block; null without channels. */
  readonly channels: ChannelPositions | null;
  readonly sensitivity: {
    readonly section: number;
    readonly header: number;
    readonly firstRow: number;
  };
  readonly months: {
    readonly section: number;
    readonly header: number;
    readonly firstRow: number;
    readonly total: number;
    readonly needed: number;
    readonly reserve: number;
  };
  readonly arrivals: {
    readonly section: number;
    readonly header: number;
    readonly earlier: number;
    readonly firstRow: number;
    readonly total: number;
  };
  /** The base and each scenario side by side, after everything else; null without scenarios. */
  readonly scenarios: ScenarioPositions | null;
}

export function positionsOf(plan: Plan): Positions {
  const stageCount = plan.stages.length;
  const monthCount = MONTHS_IN_PERIOD[plan.period];
  const monthsBefore = monthsBeforeClose(plan)[0];
  const firstStage = 18;
  const moneySection = firstStage + stageCount + 1;
  const budgetSection = moneySection + 10;
  const fromStage = leadStageIndexOf(plan);
  const budgetFirstStage = budgetSection + 2;
  const budgetRevenue = budgetFirstStage + stageCount - fromStage;
  const channels = channelPositions(plan, budgetRevenue + 4);
  const sensitivitySection = budgetRevenue + 4 + (channels?.rows ?? 0);
  const monthsSection = sensitivitySection + 2 + (stageCount - 1) + 1;
  const monthsTotal = monthsSection + 2 + monthCount;
  const arrivalsSection = monthsTotal + 4;
  const arrivalsTotal = arrivalsSection + 3 + monthsBefore + monthCount;
  return {
    stageCount,
    monthCount,
    monthsBefore,
    inputs: {
      section: 3,
      revenueTarget: 4,
      period: 5,
      averageDealSize: 6,
      costPerLead: 7,
      salesCycleDays: 8,
      monthlyGrowth: 9,
      sensitivityStep: 10,
      startMonth: 11,
      currency: 12,
      marketingBudget: 13,
      inputCheck: 14,
    },
    funnel: { section: 16, header: 17, firstStage },
    money: {
      section: moneySection,
      leadStage: moneySection + 1,
      marketingBudget: moneySection + 2,
      cac: moneySection + 3,
      pipelineValue: moneySection + 4,
      pipelineCoverage: moneySection + 5,
      openOpportunities: moneySection + 6,
      openPipelineValue: moneySection + 7,
      velocityRequired: moneySection + 8,
    },
    budget: {
      section: budgetSection,
      header: budgetSection + 1,
      fromStage,
      firstStage: budgetFirstStage,
      revenue: budgetRevenue,
      revenueOverTarget: budgetRevenue + 1,
      extraBudgetNeeded: budgetRevenue + 2,
    },
    channels,
    sensitivity: {
      section: sensitivitySection,
      header: sensitivitySection + 1,
      firstRow: sensitivitySection + 2,
    },
    months: {
      section: monthsSection,
      header: monthsSection + 1,
      firstRow: monthsSection + 2,
      total: monthsTotal,
      needed: monthsTotal + 1,
      reserve: monthsTotal + 2,
    },
    arrivals: {
      section: arrivalsSection,
      header: arrivalsSection + 1,
      earlier: arrivalsSection + 2,
      firstRow: arrivalsSection + 3,
      total: arrivalsTotal,
    },
    scenarios: scenarioPositionsOf(plan, arrivalsTotal + 3),
  };
}

/** A1 addresses (on the goal-calculator sheet, unqualified) of the cells others read. */
export interface GoalCalculatorCells {
  readonly inputs: {
    readonly revenueTarget: string;
    readonly averageDealSize: string;
    readonly costPerLead: string;
    readonly salesCycleDays: string;
    readonly monthlyGrowth: string;
    readonly sensitivityStep: string;
    /** A date: the first day of the plan's first month. */
    readonly startMonth: string;
    /** The ISO 4217 code (a list input). */
    readonly currency: string;
    /** The budget to plan forward from (blank: no forward plan). */
    readonly marketingBudget: string;
  };
  /** The period's name: a label, fixed when the sheet is built. */
  readonly period: string;
  /** 1 while every input is valid, else 0; the cell beside it names the inputs to fix. */
  readonly inputCheck: string;
  readonly inputProblems: string;
  /** Top of the funnel first. */
  readonly stages: readonly {
    readonly name: string;
    /** null on the last stage. */
    readonly conversionToNext: string | null;
    readonly needed: string;
    /** The days-to-next input; null on the last stage. */
    readonly daysToNext: string | null;
    readonly monthsBeforeClose: string;
  }[];
  readonly stageNames: string;
  readonly conversionRates: string;
  readonly needed: string;
  readonly daysToNext: string;
  readonly money: {
    readonly leadStageName: string;
    readonly marketingBudget: string;
    readonly cac: string;
    readonly pipelineValue: string;
    readonly pipelineCoverage: string;
    readonly openOpportunities: string;
    readonly openPipelineValue: string;
    readonly velocityRequired: string;
  };
  /** What this budget buys, going forward from the lead stage. */
  readonly budget: {
    /** From the lead stage to customers. */
    readonly stages: readonly {
      readonly stageIndex: number;
      /** The whole count the budget buys (leads) or that converts from the stage above. */
      readonly bought: string;
      /** The reverse plan's count, beside it for comparison. */
      readonly needed: string;
    }[];
    readonly revenue: string;
    readonly revenueOverTarget: string;
    readonly extraBudgetNeeded: string;
  };
  /** The "Channels" block; null without channels. */
  readonly channels: ChannelCells | null;
  readonly sensitivity: readonly {
    readonly improvedRate: string;
    /** The re-planned count per stage, top first. */
    readonly counts: readonly string[];
    readonly topOfFunnelSaved: string;
    readonly budgetSaved: string;
    /** The best-row marker. */
    readonly best: string;
  }[];
  /** Deals closing each month: one row per month of the period. */
  readonly months: {
    /** Column ranges over the month rows (totals excluded). */
    readonly month: string;
    readonly growthIndex: string;
    readonly revenue: string;
    readonly cumulativeRevenue: string;
    /** One column range per stage, top first: the volume behind each month's deals. */
    readonly counts: readonly string[];
    readonly totalRevenue: string;
    readonly totalCounts: readonly string[];
    readonly neededCounts: readonly string[];
    readonly reserveCounts: readonly string[];
  };
  /** Calendar months: how many must enter each stage in each month. */
  readonly arrivals: {
    /** Per stage: arrivals before the first month listed. */
    readonly earlier: readonly string[];
    /** Month dates, from the run-up before the period to its last month. */
    readonly month: string;
    /** One column range per stage, top first, same rows as `month`. */
    readonly counts: readonly string[];
    readonly totalCounts: readonly string[];
  };
  /** The scenarios block; null for a plan without scenarios. */
  readonly scenarios: ScenarioCells | null;
}

export function cellsOf(plan: Plan, at: Positions): GoalCalculatorCells {
  const stageRows = plan.stages.map((_, index) => at.funnel.firstStage + index);
  const last = stageRows.length - 1;
  const monthsRange = (column: number) =>
    rangeA1(at.months.firstRow, column, at.months.total - 1, column);
  const arrivalsRange = (column: number) =>
    rangeA1(at.arrivals.firstRow, column, at.arrivals.total - 1, column);
  const stageColumn = (first: number) => stageRows.map((_, stage) => first + stage);
  return {
    inputs: {
      revenueTarget: a1(at.inputs.revenueTarget, 1),
      averageDealSize: a1(at.inputs.averageDealSize, 1),
      costPerLead: a1(at.inputs.costPerLead, 1),
      salesCycleDays: a1(at.inputs.salesCycleDays, 1),
      monthlyGrowth: a1(at.inputs.monthlyGrowth, 1),
      sensitivityStep: a1(at.inputs.sensitivityStep, 1),
      startMonth: a1(at.inputs.startMonth, 1),
      currency: a1(at.inputs.currency, 1),
      marketingBudget: a1(at.inputs.marketingBudget, 1),
    },
    period: a1(at.inputs.period, 1),
    inputCheck: a1(at.inputs.inputCheck, 1),
    inputProblems: a1(at.inputs.inputCheck, 2),
    stages: stageRows.map((row, index) => ({
      name: a1(row, FUNNEL_COLUMNS.name),
      conversionToNext: index < last ? a1(row, FUNNEL_COLUMNS.conversion) : null,
      needed: a1(row, FUNNEL_COLUMNS.needed),
      daysToNext: index < last ? a1(row, FUNNEL_COLUMNS.daysToNext) : null,
      monthsBeforeClose: a1(row, FUNNEL_COLUMNS.monthsBeforeClose),
    })),
    stageNames: rangeA1(stageRows[0], 0, stageRows[last], 0),
    conversionRates: rangeA1(stageRows[0], 1, stageRows[last - 1], 1),
    needed: rangeA1(stageRows[0], 2, stageRows[last], 2),
    daysToNext: rangeA1(stageRows[0], 3, stageRows[last - 1], 3),
    money: {
      leadStageName: a1(at.money.leadStage, 1),
      marketingBudget: a1(at.money.marketingBudget, 1),
      cac: a1(at.money.cac, 1),
      pipelineValue: a1(at.money.pipelineValue, 1),
      pipelineCoverage: a1(at.money.pipelineCoverage, 1),
      openOpportunities: a1(at.money.openOpportunities, 1),
      openPipelineValue: a1(at.money.openPipelineValue, 1),
      velocityRequired: a1(at.money.velocityRequired, 1),
    },
    budget: {
      stages: stageRows.slice(at.budget.fromStage).map((_, offset) => ({
        stageIndex: at.budget.fromStage + offset,
        bought: a1(at.budget.firstStage + offset, 1),
        needed: a1(at.budget.firstStage + offset, 2),
      })),
      revenue: a1(at.budget.revenue, 1),
      revenueOverTarget: a1(at.budget.revenueOverTarget, 1),
      extraBudgetNeeded: a1(at.budget.extraBudgetNeeded, 1),
    },
    channels: at.channels ? channelCellsOf(at.channels) : null,
    sensitivity: stageRows.slice(0, -1).map((_, index) => {
      const row = at.sensitivity.firstRow + index;
      const after = SENSITIVITY_FIRST_COUNT_COLUMN + at.stageCount;
      return {
        improvedRate: a1(row, 1),
        counts: stageColumn(SENSITIVITY_FIRST_COUNT_COLUMN).map((column) => a1(row, column)),
        topOfFunnelSaved: a1(row, after),
        budgetSaved: a1(row, after + 1),
        best: a1(row, after + 2),
      };
    }),
    months: {
      month: monthsRange(0),
      growthIndex: monthsRange(1),
      revenue: monthsRange(2),
      cumulativeRevenue: monthsRange(3),
      counts: stageColumn(MONTHS_FIRST_COUNT_COLUMN).map(monthsRange),
      totalRevenue: a1(at.months.total, 2),
      totalCounts: stageColumn(MONTHS_FIRST_COUNT_COLUMN).map((column) =>
        a1(at.months.total, column),
      ),
      neededCounts: stageColumn(MONTHS_FIRST_COUNT_COLUMN).map((column) =>
        a1(at.months.needed, column),
      ),
      reserveCounts: stageColumn(MONTHS_FIRST_COUNT_COLUMN).map((column) =>
        a1(at.months.reserve, column),
      ),
    },
    arrivals: {
      earlier: stageColumn(ARRIVALS_FIRST_COUNT_COLUMN).map((column) =>
        a1(at.arrivals.earlier, column),
      ),
      month: arrivalsRange(0),
      counts: stageColumn(ARRIVALS_FIRST_COUNT_COLUMN).map(arrivalsRange),
      totalCounts: stageColumn(ARRIVALS_FIRST_COUNT_COLUMN).map((column) =>
        a1(at.arrivals.total, column),
      ),
    },
    scenarios: at.scenarios === null ? null : scenarioCellsOf(plan, at.scenarios),
  };
}

/** The A1 addresses of the key cells of the sheet `goalCalculatorLayout(plan)` builds. */
export function goalCalculatorCells(plan: Plan): GoalCalculatorCells {
  return cellsOf(plan, positionsOf(plan));
}

/** 'E40:E51' as '$E$40:$E$51' on `sheetName`: fixed when the formula is copied. */
function anchored(sheetName: string, reference: string): string {
  const { start, end } = parseRange(reference);
  return qualified(
    sheetName,
    rangeA1(start.row, start.column, end.row, end.column, { row: true, column: true }),
  );
}

/** The first day of the month of the date in `monthDateRef`, as a formula expression. */
function firstOfMonth(monthDateRef: string, monthsLater = '0'): string {
  return `DATE(YEAR(${monthDateRef}),MONTH(${monthDateRef})+${monthsLater},1)`;
}

/**
 * A formula expression (no leading "=") for another sheet: how many must ARRIVE at (enter)
 * stage `stageIndex` in the calendar month of the date in `monthDateRef`, by the plan on the
 * goal-calculator sheet named `sheetName`. It sums that stage's volume behind the deals that
 * close the stage's months-before-close later, so it follows every edit of the plan; 0 for a
 * month the plan needs nothing in. While the plan's inputs are invalid (its cells show
 * "check inputs") the result is #VALUE!: wrap it where another answer is wanted.
 */
export function plannedArrivalsFormula(
  cells: GoalCalculatorCells,
  stageIndex: number,
  monthDateRef: string,
  sheetName: string,
): string {
  const lag = anchored(sheetName, cells.stages[stageIndex].monthsBeforeClose);
  return `SUMIFS(${anchored(sheetName, cells.months.counts[stageIndex])},${anchored(sheetName, cells.months.month)},${firstOfMonth(monthDateRef, lag)})`;
}

/**
 * A formula expression (no leading "=") for another sheet: the planned revenue (won deals x
 * deal size) closing in the calendar month of the date in `monthDateRef`; 0 outside the
 * plan's period.
 */
export function plannedRevenueFormula(
  cells: GoalCalculatorCells,
  monthDateRef: string,
  sheetName: string,
): string {
  return `SUMIFS(${anchored(sheetName, cells.months.revenue)},${anchored(sheetName, cells.months.month)},${firstOfMonth(monthDateRef)})`;
}
