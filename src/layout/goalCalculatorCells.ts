import { MONTHS_IN_PERIOD } from '../funnel/period';
import type { Plan } from '../funnel/types';
import { a1, rangeA1 } from './a1';

/**
 * Where everything sits on the goal-calculator sheet. Positions depend on the number of
 * stages and months only (not on the language or the numbers), so other sheets, such as
 * the dashboard's plan-vs-actual, can reference the plan's cells.
 */

/** Where the stage columns start in the sensitivity (C) and monthly (E) tables. */
export const SENSITIVITY_FIRST_COUNT_COLUMN = 2;
export const MONTHS_FIRST_COUNT_COLUMN = 4;

/** Zero-based rows of everything on the sheet. */
export interface Positions {
  readonly stageCount: number;
  readonly monthCount: number;
  readonly inputs: {
    readonly section: number;
    readonly revenueTarget: number;
    readonly period: number;
    readonly averageDealSize: number;
    readonly costPerLead: number;
    readonly salesCycleDays: number;
    readonly monthlyGrowth: number;
    readonly sensitivityStep: number;
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
    readonly velocityRequired: number;
    readonly velocityImplied: number;
    readonly salesCycleMonths: number;
  };
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
  };
}

export function positionsOf(plan: Plan): Positions {
  const stageCount = plan.stages.length;
  const monthCount = MONTHS_IN_PERIOD[plan.period];
  const firstStage = 14;
  const moneySection = firstStage + stageCount + 1;
  const sensitivitySection = moneySection + 10;
  const monthsSection = sensitivitySection + 2 + (stageCount - 1) + 1;
  return {
    stageCount,
    monthCount,
    inputs: {
      section: 3,
      revenueTarget: 4,
      period: 5,
      averageDealSize: 6,
      costPerLead: 7,
      salesCycleDays: 8,
      monthlyGrowth: 9,
      sensitivityStep: 10,
    },
    funnel: { section: 12, header: 13, firstStage },
    money: {
      section: moneySection,
      leadStage: moneySection + 1,
      marketingBudget: moneySection + 2,
      cac: moneySection + 3,
      pipelineValue: moneySection + 4,
      pipelineCoverage: moneySection + 5,
      velocityRequired: moneySection + 6,
      velocityImplied: moneySection + 7,
      salesCycleMonths: moneySection + 8,
    },
    sensitivity: {
      section: sensitivitySection,
      header: sensitivitySection + 1,
      firstRow: sensitivitySection + 2,
    },
    months: {
      section: monthsSection,
      header: monthsSection + 1,
      firstRow: monthsSection + 2,
      total: monthsSection + 2 + monthCount,
    },
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
  };
  /** Top of the funnel first. */
  readonly stages: readonly {
    readonly name: string;
    /** null on the last stage. */
    readonly conversionToNext: string | null;
    readonly needed: string;
  }[];
  readonly stageNames: string;
  readonly conversionRates: string;
  readonly needed: string;
  readonly money: {
    readonly leadStageName: string;
    readonly marketingBudget: string;
    readonly cac: string;
    readonly pipelineValue: string;
    readonly pipelineCoverage: string;
    readonly velocityRequired: string;
    readonly velocityImplied: string;
    readonly salesCycleMonths: string;
  };
  readonly sensitivity: readonly {
    readonly improvedRate: string;
    /** The re-planned count per stage, top first. */
    readonly counts: readonly string[];
    readonly topOfFunnelSaved: string;
    readonly budgetSaved: string;
  }[];
  readonly months: {
    /** Column ranges over the month rows (totals excluded). */
    readonly month: string;
    readonly growthIndex: string;
    readonly revenue: string;
    readonly cumulativeRevenue: string;
    /** One column range per stage, top first. */
    readonly counts: readonly string[];
    readonly arrivalMonth: string;
    readonly totalRevenue: string;
    readonly totalCounts: readonly string[];
  };
}

export function cellsOf(plan: Plan, at: Positions): GoalCalculatorCells {
  const stageRows = plan.stages.map((_, index) => at.funnel.firstStage + index);
  const last = stageRows.length - 1;
  const monthsRange = (column: number) =>
    rangeA1(at.months.firstRow, column, at.months.total - 1, column);
  return {
    inputs: {
      revenueTarget: a1(at.inputs.revenueTarget, 1),
      averageDealSize: a1(at.inputs.averageDealSize, 1),
      costPerLead: a1(at.inputs.costPerLead, 1),
      salesCycleDays: a1(at.inputs.salesCycleDays, 1),
      monthlyGrowth: a1(at.inputs.monthlyGrowth, 1),
      sensitivityStep: a1(at.inputs.sensitivityStep, 1),
    },
    stages: stageRows.map((row, index) => ({
      name: a1(row, 0),
      conversionToNext: index < last ? a1(row, 1) : null,
      needed: a1(row, 2),
    })),
    stageNames: rangeA1(stageRows[0], 0, stageRows[last], 0),
    conversionRates: rangeA1(stageRows[0], 1, stageRows[last - 1], 1),
    needed: rangeA1(stageRows[0], 2, stageRows[last], 2),
    money: {
      leadStageName: a1(at.money.leadStage, 1),
      marketingBudget: a1(at.money.marketingBudget, 1),
      cac: a1(at.money.cac, 1),
      pipelineValue: a1(at.money.pipelineValue, 1),
      pipelineCoverage: a1(at.money.pipelineCoverage, 1),
      velocityRequired: a1(at.money.velocityRequired, 1),
      velocityImplied: a1(at.money.velocityImplied, 1),
      salesCycleMonths: a1(at.money.salesCycleMonths, 1),
    },
    sensitivity: stageRows.slice(0, -1).map((_, index) => {
      const row = at.sensitivity.firstRow + index;
      return {
        improvedRate: a1(row, 1),
        counts: stageRows.map((__, stage) => a1(row, SENSITIVITY_FIRST_COUNT_COLUMN + stage)),
        topOfFunnelSaved: a1(row, SENSITIVITY_FIRST_COUNT_COLUMN + at.stageCount),
        budgetSaved: a1(row, SENSITIVITY_FIRST_COUNT_COLUMN + at.stageCount + 1),
      };
    }),
    months: {
      month: monthsRange(0),
      growthIndex: monthsRange(1),
      revenue: monthsRange(2),
      cumulativeRevenue: monthsRange(3),
      counts: stageRows.map((_, stage) => monthsRange(MONTHS_FIRST_COUNT_COLUMN + stage)),
      arrivalMonth: monthsRange(MONTHS_FIRST_COUNT_COLUMN + at.stageCount),
      totalRevenue: a1(at.months.total, 2),
      totalCounts: stageRows.map((_, stage) =>
        a1(at.months.total, MONTHS_FIRST_COUNT_COLUMN + stage),
      ),
    },
  };
}

/** The A1 addresses of the key cells of the sheet `goalCalculatorLayout(plan)` builds. */
export function goalCalculatorCells(plan: Plan): GoalCalculatorCells {
  return cellsOf(plan, positionsOf(plan));
}
