import type { Period, Plan } from './types';

/** Months covered by each planning period: the monthly table has one row per month. */
export const MONTHS_IN_PERIOD: Readonly<Record<Period, number>> = {
  month: 1,
  quarter: 3,
  year: 12,
};

/** Days in a year, for per-day figures and days in months (365 / 12 a month). */
export const DAYS_PER_YEAR = 365;

/**
 * The improvement tried on each conversion rate in the sensitivity table, in percentage
 * points (0.01: 30% becomes 31%). Points, not a relative lift: a 10% relative lift of any one
 * rate in a multiplicative funnel saves the same top-of-funnel volume whichever rate it is.
 */
export const SENSITIVITY_STEP = 0.01;

/** The stage bought at the cost per lead: leads (the second stage) when there is a stage above them. */
export function leadStageIndexOf(plan: Plan): number {
  return plan.leadStageIndex ?? (plan.stages.length >= 3 ? 1 : 0);
}

/** Days in the plan's period: 365 / 12 per month. */
export function periodDaysOf(plan: Plan): number {
  return (MONTHS_IN_PERIOD[plan.period] * DAYS_PER_YEAR) / 12;
}
