import { reverseFunnelCounts, roundUpWhole } from '../kpi';
import { type BudgetPlan, planBudget } from './budgetFirst';
import {
  type ChannelPlan,
  effectiveStageRates,
  improvedWeightedRate,
  planChannels,
} from './channels';
import { CAC } from './kpis';
import {
  DAYS_PER_YEAR,
  leadStageIndexOf,
  MONTHS_IN_PERIOD,
  periodDaysOf,
  SENSITIVITY_STEP,
} from './period';
import type { Plan } from './types';

/**
 * The pure reverse-funnel planner: what the goal-calculator sheet computes, in TypeScript.
 * Every figure follows the same operations, in the same order, as the sheet's formulas
 * (src/layout/goalCalculator.ts), so tests can demand the two agree for any plan.
 * "null" marks a figure the sheet shows as a hint instead (no cost per lead).
 *
 * Months are offsets: 0 is the plan's first month (its startMonth, which the planner does
 * not need), negative offsets are months before the period.
 */

export interface PlannedStage {
  readonly name: string;
  /** Conversion to the next stage as the stage gives it; null on the last stage (customers). */
  readonly conversionToNext: number | null;
  /** How many the target needs: REVERSE_FUNNEL's counts, top of the funnel first. */
  readonly needed: number;
  /** Whole months between entering this stage and closing the deal (0 for customers). */
  readonly monthsBeforeClose: number;
  /** The sum of the monthly plan's whole counts for this stage (at least `needed`). */
  readonly monthlyTotal: number;
  /** monthlyTotal - needed: what whole months need beyond the annual count. */
  readonly roundingReserve: number;
}

/** One month of deals closing, and the volume each stage must supply for them. */
export interface PlannedMonth {
  /** 0 for the first month of the period. */
  readonly offset: number;
  /** 1, then (1 + monthlyGrowth) times the month before: the month's weight in the target. */
  readonly ramp: number;
  /** Won deals times the average deal size. */
  readonly revenue: number;
  readonly cumulativeRevenue: number;
  /**
   * Per stage, top first: whole counts behind this month's deals. Customers add up exactly
   * to the customers needed; each stage above is its next stage / its rate, rounded up.
   */
  readonly counts: readonly number[];
}

/** How many must enter each stage in one calendar month. */
export interface PlannedArrivals {
  /** The month, or null for the "earlier" row (before the first month the sheet lists). */
  readonly offset: number | null;
  readonly counts: readonly number[];
}

export interface Sensitivity {
  /** The rate improved: from stage `fromStage` to the next. */
  readonly fromStage: number;
  readonly improvedRate: number;
  /** The whole funnel re-planned with that one rate improved, top first. */
  readonly counts: readonly number[];
  /** How many fewer top-of-funnel entries the target then needs. */
  readonly topOfFunnelSaved: number;
  /**
   * Lead-stage volume saved times cost per lead (with channels, their share-weighted cost
   * per lead); null without a cost per lead.
   */
  readonly budgetSaved: number | null;
  /** The biggest saving: budget when there is a cost per lead above 0, else top of funnel. */
  readonly best: boolean;
}

export interface PlanResult {
  readonly stages: readonly PlannedStage[];
  readonly customers: number;
  readonly leadStageIndex: number;
  readonly marketingBudget: number | null;
  readonly cac: number | null;
  /** Opportunities (the stage before customers) over the period, at the average deal size. */
  readonly pipelineValue: number;
  /** Pipeline value over the revenue target (4 means 4x coverage: 1 / win rate). */
  readonly pipelineCoverage: number;
  /**
   * Opportunities open at any one time (Little's law): opportunities per day times the days
   * an opportunity stays open (the days from the stage before customers to a close).
   */
  readonly openOpportunities: number;
  readonly openPipelineValue: number;
  /** Revenue per day the target requires over the period. */
  readonly velocityRequired: number;
  readonly months: readonly PlannedMonth[];
  /** Calendar months from `-stages[0].monthsBeforeClose` to the last month, after one "earlier" row. */
  readonly arrivals: readonly PlannedArrivals[];
  readonly sensitivity: readonly Sensitivity[];
  /** What the plan's marketingBudget buys, going forward; null without a budget. */
  readonly budgetPlan: BudgetPlan | null;
  /** The lead stage by channel; undefined when the plan has no channels. */
  readonly channelPlan: ChannelPlan | undefined;
}

/**
 * The conversion rates top to bottom (one fewer than stages), as the stages give them. With
 * channels the plan divides the lead stage by their weighted rate instead (effectiveStageRates).
 */
export function stageRates(plan: Plan): number[] {
  return plan.stages.slice(0, -1).map((stage) => stage.conversionToNext ?? Number.NaN);
}

/**
 * Days from entering each stage to the next, as the sheet applies them: the stages' own
 * days when any stage gives one (a blank one counts 0); otherwise the whole sales cycle
 * lies between the stage before customers and the close, as before per-stage days existed.
 */
export function effectiveDaysToNext(plan: Plan): number[] {
  const upper = plan.stages.slice(0, -1);
  const anyGiven = upper.some((stage) => stage.daysToNext !== undefined);
  return upper.map((stage, index) => {
    if (anyGiven) return stage.daysToNext ?? 0;
    return index === upper.length - 1 ? (plan.salesCycleDays ?? 0) : 0;
  });
}

/** Whole months from entering each stage to the close: the days from there on, rounded up. */
export function monthsBeforeClose(plan: Plan): number[] {
  const days = effectiveDaysToNext(plan);
  return plan.stages.map((_, stage) => {
    if (stage === days.length) return 0;
    // SUM(D_stage:D_last) in the sheet: added top to bottom.
    let total = 0;
    for (let index = stage; index < days.length; index++) total += days[index];
    return roundUpWhole((total * 12) / DAYS_PER_YEAR);
  });
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

/**
 * Customers per month, placed from the last month back: each month gets its weight's share
 * of the customers not yet placed, rounded up. The months add up exactly, and with
 * non-negative growth never go down: a month's share of what remains is at most the share
 * the next month took (see the README's plan section).
 */
function customersPerMonth(customers: number, ramps: readonly number[]): number[] {
  const placed = Array<number>(ramps.length).fill(0);
  let remaining = customers;
  for (let index = ramps.length - 1; index >= 0; index--) {
    // SUM($B$first:B_k) in the sheet: the weights so far, added top to bottom.
    let weightsSoFar = 0;
    for (let month = 0; month <= index; month++) weightsSoFar += ramps[month];
    placed[index] = roundUpWhole((remaining * ramps[index]) / weightsSoFar);
    remaining -= placed[index];
  }
  return placed;
}

function planMonths(plan: Plan, needed: readonly number[], rates: readonly number[]) {
  const monthCount = MONTHS_IN_PERIOD[plan.period];
  const growth = plan.monthlyGrowth ?? 0;
  const ramps = [1];
  for (let month = 1; month < monthCount; month++) ramps.push(ramps[month - 1] * (1 + growth));
  const customers = customersPerMonth(needed[needed.length - 1], ramps);
  const months: PlannedMonth[] = [];
  let cumulativeRevenue = 0;
  ramps.forEach((ramp, offset) => {
    const counts = [...needed];
    counts[counts.length - 1] = customers[offset];
    for (let stage = counts.length - 2; stage >= 0; stage--)
      counts[stage] = roundUpWhole(counts[stage + 1] / rates[stage]);
    const revenue = customers[offset] * plan.averageDealSize;
    cumulativeRevenue = offset === 0 ? revenue : cumulativeRevenue + revenue;
    months.push({ offset, ramp, revenue, cumulativeRevenue, counts });
  });
  return months;
}

/**
 * Arrivals per calendar month: stage s's volume for the deals closing in month k must enter
 * the funnel `monthsBeforeClose[s]` months earlier. The first row gathers anything earlier
 * than the months listed (empty unless a stage's days grow after the sheet was built).
 */
function planArrivals(
  months: readonly PlannedMonth[],
  lags: readonly number[],
  monthsBefore: number,
): PlannedArrivals[] {
  const arrivingIn = (stage: number, offset: number) =>
    months.reduce(
      (sum, month) => (month.offset - lags[stage] === offset ? sum + month.counts[stage] : sum),
      0,
    );
  const earlier = lags.map((lag, stage) =>
    months.reduce(
      (sum, month) => (month.offset - lag < -monthsBefore ? sum + month.counts[stage] : sum),
      0,
    ),
  );
  const rows: PlannedArrivals[] = [{ offset: null, counts: earlier }];
  for (let offset = 0 - monthsBefore; offset < months.length; offset++)
    rows.push({ offset, counts: lags.map((_, stage) => arrivingIn(stage, offset)) });
  return rows;
}

function markBest(rows: readonly Omit<Sensitivity, 'best'>[], byBudget: boolean): Sensitivity[] {
  const saving = (row: Omit<Sensitivity, 'best'>) =>
    byBudget ? (row.budgetSaved ?? 0) : row.topOfFunnelSaved;
  const biggest = Math.max(...rows.map(saving));
  return rows.map((row) => ({ ...row, best: biggest > 0 && saving(row) === biggest }));
}

/** Plans a validated plan (see validatePlan) backward from its revenue target. */
export function planFunnel(plan: Plan): PlanResult {
  // With channels the lead stage converts at their share-weighted rate (channels.ts).
  const rates = effectiveStageRates(plan);
  const ownRates = stageRates(plan);
  const needed = reverseFunnelCounts(plan.revenueTarget, plan.averageDealSize, rates);
  const last = needed.length - 1;
  const customers = needed[last];
  const leadStageIndex = leadStageIndexOf(plan);
  const channelPlan = planChannels(plan);
  // With channels the plan's own costPerLead is not used: the channels price the leads.
  const costPerLead = channelPlan ? channelPlan.averageCostPerLead : plan.costPerLead;
  const marketingBudget = channelPlan
    ? channelPlan.marketingBudget
    : costPerLead === undefined
      ? null
      : needed[leadStageIndex] * costPerLead;
  const cac = marketingBudget === null ? null : CAC.compute(marketingBudget, customers);
  const opportunities = needed[last - 1];
  const pipelineValue = opportunities * plan.averageDealSize;
  const periodDays = periodDaysOf(plan);
  const openDays = effectiveDaysToNext(plan)[last - 1];
  const openOpportunities = (opportunities * openDays) / periodDays;
  const lags = monthsBeforeClose(plan);
  const months = planMonths(plan, needed, rates);

  const sensitivity = rates.map((rate, fromStage) => {
    // The lead stage with channels: every channel's rate improves by the step.
    const improvedRate =
      channelPlan && fromStage === leadStageIndex
        ? improvedWeightedRate(plan)
        : Math.min(1, rate + SENSITIVITY_STEP);
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
    stages: plan.stages.map((stage, index) => {
      const monthlyTotal = months.reduce((sum, month) => sum + month.counts[index], 0);
      return {
        name: stage.name,
        // The stage's own rate (with channels the lead stage's is the default of a channel
        // without one; channelPlan.effectiveRate is the rate its count uses).
        conversionToNext: index < last ? ownRates[index] : null,
        needed: needed[index],
        monthsBeforeClose: lags[index],
        monthlyTotal,
        roundingReserve: monthlyTotal - needed[index],
      };
    }),
    customers,
    leadStageIndex,
    marketingBudget,
    cac,
    pipelineValue,
    pipelineCoverage: pipelineValue / plan.revenueTarget,
    openOpportunities,
    openPipelineValue: openOpportunities * plan.averageDealSize,
    velocityRequired: plan.revenueTarget / periodDays,
    months,
    arrivals: planArrivals(months, lags, lags[0]),
    sensitivity: markBest(sensitivity, costPerLead !== undefined && costPerLead > 0),
    budgetPlan: planBudget(plan, rates, leadStageIndex, marketingBudget),
    channelPlan,
  };
}
