import { reverseFunnelCounts, roundUpWhole } from '../kpi';
import { leadStageIndexOf, SENSITIVITY_STEP } from './period';
import type { Plan } from './types';

/**
 * Channels: the lead stage bought from several sources, each with its own share of the
 * leads, cost per lead and (optionally) lead quality. The goal-calculator sheet's "Channels"
 * block computes the same figures with the same operations, in the same order
 * (src/layout/goalCalculator/channelsBlock.ts).
 */

export interface PlannedChannel {
  readonly name: string;
  readonly share: number;
  readonly costPerLead: number;
  /** The rate its leads reach the next stage at: its own, else the lead stage's. */
  readonly rate: number;
  /** Its share of the leads needed, rounded up to whole leads. */
  readonly leads: number;
  /** Its leads times its cost per lead. */
  readonly budget: number;
  /**
   * Cost per lead / (its rate x every rate below the next stage), to the cent: what one
   * customer costs. To the cent so that float noise never ranks two equal costs apart.
   */
  readonly costPerCustomer: number;
  /** 1 for the cheapest cost per customer; equal costs keep the plan's order. */
  readonly rank: number;
  /**
   * Its leads x its rate x the rates below: the customers these leads become on average (an
   * expectation, not whole people; the channels need not add up to the customers needed).
   */
  readonly expectedCustomers: number;
}

export interface ChannelPlan {
  readonly leadStageIndex: number;
  /** The lead stage's share-weighted rate: sum(share x rate), top channel first. */
  readonly effectiveRate: number;
  /** The mix's cost of one lead: sum(share x cost per lead), top channel first. */
  readonly averageCostPerLead: number;
  /** The lead stage's count: the next stage's count / the effective rate, rounded up. */
  readonly leadsNeeded: number;
  /** In the plan's order. */
  readonly channels: readonly PlannedChannel[];
  /** The sum of the channels' budgets: the plan's marketing budget. */
  readonly marketingBudget: number;
}

/** ROUND(value, 2) of a value >= 0, as spreadsheets compute it (see src/kpi/rounding.ts). */
function roundToCents(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The conversion rates top to bottom (one fewer than stages), as the stages give them. */
function ownStageRates(plan: Plan): number[] {
  return plan.stages.slice(0, -1).map((stage) => stage.conversionToNext ?? Number.NaN);
}

/** Each channel's rate to the next stage: its own, else the lead stage's; [] without channels. */
export function channelRates(plan: Plan): number[] {
  const leadRate = ownStageRates(plan)[leadStageIndexOf(plan)];
  return (plan.channels ?? []).map((channel) => channel.conversionToNext ?? leadRate);
}

/** sum(share x rate), added in the plan's order (the sheet's SUMPRODUCT adds the same way). */
export function weightedRate(plan: Plan, rates: readonly number[]): number {
  return (plan.channels ?? []).reduce(
    (sum, channel, index) => sum + channel.share * rates[index],
    0,
  );
}

/** The mix's cost of one lead: sum(share x cost per lead), in the plan's order; 0 without channels. */
export function averageCostPerLead(plan: Plan): number {
  return (plan.channels ?? []).reduce(
    (sum, channel) => sum + channel.share * channel.costPerLead,
    0,
  );
}

/**
 * The rates the reverse plan divides by: the stages' own, except the lead stage's, which is
 * the channels' share-weighted rate when the plan has channels.
 */
export function effectiveStageRates(plan: Plan): number[] {
  const rates = ownStageRates(plan);
  if (plan.channels === undefined) return rates;
  rates[leadStageIndexOf(plan)] = weightedRate(plan, channelRates(plan));
  return rates;
}

/**
 * The lead stage's rate in the sensitivity table's lead-stage row: every channel's rate
 * improved by `step` points (at most 100%), weighted by share.
 */
export function improvedWeightedRate(plan: Plan, step = SENSITIVITY_STEP): number {
  return weightedRate(
    plan,
    channelRates(plan).map((rate) => Math.min(1, rate + step)),
  );
}

/** The channel plan of a validated plan; undefined when it has no channels. */
export function planChannels(plan: Plan): ChannelPlan | undefined {
  const channels = plan.channels;
  if (channels === undefined) return undefined;
  const leadStageIndex = leadStageIndexOf(plan);
  const rates = effectiveStageRates(plan);
  const needed = reverseFunnelCounts(plan.revenueTarget, plan.averageDealSize, rates);
  const leadsNeeded = needed[leadStageIndex];
  const ownRates = channelRates(plan);
  // The rates below the lead stage's next stage, multiplied top to bottom as the sheet does.
  const downstream = rates.slice(leadStageIndex + 1);
  const throughFunnel = (rate: number) =>
    downstream.reduce((product, next) => product * next, rate);
  const planned = channels.map((channel, index) => {
    const leads = roundUpWhole(leadsNeeded * channel.share);
    const conversion = throughFunnel(ownRates[index]);
    return {
      name: channel.name,
      share: channel.share,
      costPerLead: channel.costPerLead,
      rate: ownRates[index],
      leads,
      budget: leads * channel.costPerLead,
      costPerCustomer: roundToCents(channel.costPerLead / conversion),
      expectedCustomers: leads * conversion,
    };
  });
  // RANK(x, all, 1) + COUNTIF(those above, x) in the sheet: cheaper ones, then equal ones above.
  const ranked = planned.map((channel, index) => ({
    ...channel,
    rank:
      1 +
      planned.filter(
        (other, otherIndex) =>
          other.costPerCustomer < channel.costPerCustomer ||
          (otherIndex < index && other.costPerCustomer === channel.costPerCustomer),
      ).length,
  }));
  return {
    leadStageIndex,
    effectiveRate: rates[leadStageIndex],
    averageCostPerLead: averageCostPerLead(plan),
    leadsNeeded,
    channels: ranked,
    marketingBudget: ranked.reduce((sum, channel) => sum + channel.budget, 0),
  };
}
