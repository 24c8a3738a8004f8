import { reverseFunnelCounts, roundUpWhole } from '../kpi';
import { CAC, PIPELINE_VELOCITY } from './kpis';
import { DAYS_PER_YEAR, leadStageIndexOf, MONTHS_IN_PERIOD, SENSITIVITY_STEP } from './period';
import type { Plan } from './types';

/**
 * The pure reverse-funnel planner: what the goal-calculator sheet computes, in TypeScript.
 * Every figure follows the same operations, in the same order, as the sheet's formulas
 * (src/layout/goalCalculator.ts), so tests can demand the two agree for any plan.
 * "null" marks a figure the sheet leaves blank (no cost per lead, no sales cycle).
 */

export interface PlannedStage {
  readonly name: string;
  /** Conversion to the next stage; null on the last stage (customers). */
  readonly conversionToNext: number | null;
  /** How many the target needs: REVERSE_FUNNEL's counts, top of the funnel first. */
  readonly needed: number;
}

export interface PlannedMonth {
  /** 1 for the first month of the period. */
  readonly month: number;
  /** 1, then (1 + monthlyGrowth) times the month before: how much bigger than the first month. */
  readonly ramp: number;
  /** Revenue closing this month; the months add up to the target. */
  readonly revenue: number;
  readonly cumulativeRevenue: number;
  /** Per stage, top first: the volume behind this month's deals (each column sums to `needed`). */
  readonly counts: readonly number[];
  /** The month that volume must enter the funnel so the deals close in time (0 or less: before the period). */
  readonly arrivalMonth: number;
}

export interface Sensitivity {
  /** The rate improved: from stage `fromStage` to the next. */
  readonly fromStage: number;
  readonly improvedRate: number;
  /** The whole funnel re-planned with that one rate improved, top first. */
  readonly counts: readonly number[];
  /** How many fewer top-of-funnel entries the target then needs. */
  readonly topOfFunnelSaved: number;
  /** Lead-stage volume saved times cost per lead; null without a cost per lead. */
  readonly budgetSaved: number | null;
}

export interface PlanResult {
  readonly stages: readonly PlannedStage[];
  readonly customers: number;
  readonly leadStageIndex: number;
  readonly marketingBudget: number | null;
  readonly cac: number | null;
  /** Deals at the stage before customers, valued at the average deal size. */
  readonly pipelineValue: number;
  /** Pipeline value over the revenue target (3 means 3x coverage). */
  readonly pipelineCoverage: number;
  /** Revenue per day the target requires over the period. */
  readonly velocityRequired: number;
  /** PIPELINE_VELOCITY of the planned pipeline; null without a sales cycle. */
  readonly velocityImplied: number | null;
  /** The sales cycle rounded up to whole months: how far ahead the pipeline must arrive. */
  readonly salesCycleMonths: number;
  readonly months: readonly PlannedMonth[];
  readonly sensitivity: readonly Sensitivity[];
}

/** The conversion rates top to bottom (one fewer than stages). */
export function stageRates(plan: Plan): number[] {
  return plan.stages.slice(0, -1).map((stage) => stage.conversionToNext ?? Number.NaN);
}

/** Re-plans the funnel above stage `fromStage` with its rate improved (the sheet's sensitivity row). */
function improvedCounts(
  needed: readonly number[],
  rates: readonly number[],
  fromStage: number,
  improvedRate: number,
): number[] {
  const counts = [...needed];
  counts[fromStage] = roundUpWhole(needed[fromStage + 1] / improvedRate);
  for (let stage = fromStage - 1; stage >= 0; stage--) {
    counts[stage] = roundUpWhole(counts[stage + 1] / rates[stage]);
  }
  return counts;
}

function planMonths(
  plan: Plan,
  needed: readonly number[],
  salesCycleMonths: number,
): PlannedMonth[] {
  const monthCount = MONTHS_IN_PERIOD[plan.period];
  const growth = plan.monthlyGrowth ?? 0;
  // As the sheet does it: a running product and a left-to-right sum, which every
  // spreadsheet engine computes bit for bit alike.
  const ramps = [1];
  for (let month = 1; month < monthCount; month++) ramps.push(ramps[month - 1] * (1 + growth));
  const totalRamp = ramps.reduce((sum, ramp) => sum + ramp, 0);
  const months: PlannedMonth[] = [];
  let cumulativeRevenue = 0;
  ramps.forEach((ramp, index) => {
    const revenue = (plan.revenueTarget * ramp) / totalRamp;
    const previousCumulative = cumulativeRevenue;
    cumulativeRevenue = previousCumulative + revenue;
    // Cumulative rounding: each month gets the growth of a rounded running total, so every
    // stage's months are whole numbers that add up exactly to what the stage needs.
    const counts = needed.map((stageNeeded) => {
      const upToThisMonth = roundUpWhole((stageNeeded * cumulativeRevenue) / plan.revenueTarget);
      if (index === 0) return upToThisMonth;
      return upToThisMonth - roundUpWhole((stageNeeded * previousCumulative) / plan.revenueTarget);
    });
    const month = index + 1;
    months.push({
      month,
      ramp,
      revenue,
      cumulativeRevenue,
      counts,
      arrivalMonth: month - salesCycleMonths,
    });
  });
  return months;
}

/** Plans a validated plan (see validatePlan) backward from its revenue target. */
export function planFunnel(plan: Plan): PlanResult {
  const rates = stageRates(plan);
  const needed = reverseFunnelCounts(plan.revenueTarget, plan.averageDealSize, rates);
  const last = needed.length - 1;
  const customers = needed[last];
  const leadStageIndex = leadStageIndexOf(plan);
  const costPerLead = plan.costPerLead;
  const marketingBudget = costPerLead === undefined ? null : needed[leadStageIndex] * costPerLead;
  const cac = marketingBudget === null ? null : CAC.compute(marketingBudget, customers);
  const opportunities = needed[last - 1];
  const winRate = rates[last - 1];
  const pipelineValue = opportunities * plan.averageDealSize;
  const cycleDays = plan.salesCycleDays ?? 0;
  const periodDays = (MONTHS_IN_PERIOD[plan.period] * DAYS_PER_YEAR) / 12;
  const salesCycleMonths = cycleDays > 0 ? roundUpWhole((cycleDays * 12) / DAYS_PER_YEAR) : 0;

  const sensitivity = rates.map((rate, fromStage): Sensitivity => {
    const improvedRate = Math.min(1, rate * (1 + SENSITIVITY_STEP));
    const counts = improvedCounts(needed, rates, fromStage, improvedRate);
    return {
      fromStage,
      improvedRate,
      counts,
      topOfFunnelSaved: needed[0] - counts[0],
      budgetSaved:
        costPerLead === undefined
          ? null
          : (needed[leadStageIndex] - counts[leadStageIndex]) * costPerLead,
    };
  });

  return {
    stages: plan.stages.map((stage, index) => ({
      name: stage.name,
      conversionToNext: index < last ? rates[index] : null,
      needed: needed[index],
    })),
    customers,
    leadStageIndex,
    marketingBudget,
    cac,
    pipelineValue,
    pipelineCoverage: pipelineValue / plan.revenueTarget,
    velocityRequired: plan.revenueTarget / periodDays,
    velocityImplied:
      cycleDays > 0
        ? PIPELINE_VELOCITY.compute(opportunities, plan.averageDealSize, winRate, cycleDays)
        : null,
    salesCycleMonths,
    months: planMonths(plan, needed, salesCycleMonths),
    sensitivity,
  };
}
