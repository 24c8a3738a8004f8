import type { Period, Plan } from './types';

/** Months covered by each planning period: the monthly table has one row per month. */
export const MONTHS_IN_PERIOD: Readonly<Record<Period, number>> = {
  month: 1,
  quarter: 3,
  year: 12,
};

/** Days in a year, for per-day velocity and the sales cycle in months (365 / 12 a month). */
export const DAYS_PER_YEAR = 365;

/** The relative improvement tried on each conversion rate in the sensitivity table. */
export const SENSITIVITY_STEP = 0.1;

/** The stage bought at the cost per lead: leads (the second stage) when there is a stage above them. */
export function leadStageIndexOf(plan: Plan): number {
  return plan.leadStageIndex ?? (plan.stages.length >= 3 ? 1 : 0);
}
