import { roundToRuleDecimals } from '../kpi/rounding';
import { averageCostPerLead, channelRates } from './channels';
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
  /**
   * With channels, the leads each one buys (plan order; their sum is counts[0]); null
   * without channels.
   */
  readonly channelLeads: readonly number[] | null;
  /** Customers bought times the average deal size. */
  readonly revenue: number;
  /** Revenue minus the target: below 0 the budget falls short, above 0 it overshoots. */
  readonly revenueOverTarget: number;
  /** The reverse plan's budget minus this one: below 0, budget to spare. */
  readonly extraBudgetNeeded: number;
}

/**
 * The forward plan of a validated plan with a marketingBudget (and so a costPerLead above 0,
 * or channels of which one at least costs more than 0 a lead); null without a budget. `rates` are the
 * rates the reverse plan uses; `reverseBudget` is what the target needs.
 *
 * With channels the budget buys leads in the channels' shares, as the reverse plan does: at
 * the mix's cost per lead (sum(share x cost per lead)) it buys budget / that cost leads, and
 * each channel round-down(budget x share / that cost) of them, so each spends its share of
 * the leads times its own cost and together they never spend more than the budget. (Cutting
 * the budget itself by share would buy a different mix than the reverse plan plans, and the
 * sheet could show a budget that beats the target while asking for more budget.) The next
 * stage gets round-down(sum of each channel's leads x its rate); from there on, as without
 * channels.
 */
export function planBudget(
  plan: Plan,
  rates: readonly number[],
  leadStageIndex: number,
  reverseBudget: number | null,
): BudgetPlan | null {
  const budget = plan.marketingBudget;
  if (budget === undefined || reverseBudget === null) return null;
  const channels = plan.channels;
  let counts: number[];
  let channelLeads: number[] | null = null;
  if (channels !== undefined) {
    const mixCostPerLead = averageCostPerLead(plan);
    const leads = channels.map((channel) =>
      roundDownWhole((budget * channel.share) / mixCostPerLead),
    );
    const ownRates = channelRates(plan);
    channelLeads = leads;
    counts = [
      leads.reduce((sum, count) => sum + count, 0),
      roundDownWhole(leads.reduce((sum, count, index) => sum + count * ownRates[index], 0)),
    ];
  } else {
    const costPerLead = plan.costPerLead;
    if (costPerLead === undefined) return null;
    counts = [roundDownWhole(budget / costPerLead)];
    counts.push(roundDownWhole(counts[0] * rates[leadStageIndex]));
  }
  for (let stage = leadStageIndex + 1; stage < rates.length; stage++)
    counts.push(roundDownWhole(counts[counts.length - 1] * rates[stage]));
  const revenue = counts[counts.length - 1] * plan.averageDealSize;
  return {
    budget,
    fromStage: leadStageIndex,
    counts,
    channelLeads,
    revenue,
    revenueOverTarget: revenue - plan.revenueTarget,
    extraBudgetNeeded: reverseBudget - budget,
  };
}
