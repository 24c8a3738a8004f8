import { roundToRuleDecimals } from '../kpi/rounding';
import type { Plan } from './types';

/**
 * Budget first: what a marketing budget buys, going forward from the lead stage. The
 * goal-calculator sheet's "What this budget buys" block computes the same figures with the
 * same operations (src/layout/goalCalculator.ts).
 */

/**
 * FLOOR(ROUND(value, 6), 1): the whole count a product delivers, after the same noise
 * removal as the reverse counts (src/kpi/rounding.ts). Down, not up: nobody converts 0.4 of
 * a customer, and a forecast must not promise one.
 */
export function roundDownWhole(value: number): number {
  return Math.floor(roundToRuleDecimals(value));
}

export interface BudgetPlan {
  readonly budget: number;
  /** The stage the budget buys at the cost per lead (the plan's lead stage). */
  readonly fromStage: number;
  /** Whole counts from the lead stage down to customers: leads bought, then what converts. */
  readonly counts: readonly number[];
  /** Customers bought times the average deal size. */
  readonly revenue: number;
  /** Revenue minus the target: below 0 the budget falls short, above 0 it overshoots. */
  readonly revenueOverTarget: number;
  /** The reverse plan's budget minus this one: below 0, budget to spare. */
  readonly extraBudgetNeeded: number;
}

/**
 * The forward plan of a validated plan with a marketingBudget (and so a costPerLead above 0);
 * null without a budget. `rates` are the stages' conversion rates; `reverseBudget` is what
 * the target needs at the cost per lead.
 */
export function planBudget(
  plan: Plan,
  rates: readonly number[],
  leadStageIndex: number,
  reverseBudget: number | null,
): BudgetPlan | null {
  const budget = plan.marketingBudget;
  const costPerLead = plan.costPerLead;
  if (budget === undefined || costPerLead === undefined || reverseBudget === null) return null;
  const counts = [roundDownWhole(budget / costPerLead)];
  for (let stage = leadStageIndex; stage < rates.length; stage++)
    counts.push(roundDownWhole(counts[counts.length - 1] * rates[stage]));
  const revenue = counts[counts.length - 1] * plan.averageDealSize;
  return {
    budget,
    fromStage: leadStageIndex,
    counts,
    revenue,
    revenueOverTarget: revenue - plan.revenueTarget,
    extraBudgetNeeded: reverseBudget - budget,
  };
}
