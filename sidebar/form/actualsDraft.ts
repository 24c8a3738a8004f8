/**
 * A calibrated plan as the form shows it: money to the cent, as the dashboard's money
 * format shows the same figures (a cost per lead of 39.2673992673... reads as 39.27 there
 * and here). Rates keep the form's 15 significant digits, so the planned counts stay the
 * dashboard's.
 */
import type { Plan } from '../../src/funnel/types';

const cents = (amount: number) => Math.round(amount * 100) / 100;

export function actualsFormPlan(plan: Plan): Plan {
  return {
    ...plan,
    revenueTarget: cents(plan.revenueTarget),
    averageDealSize: cents(plan.averageDealSize),
    ...(plan.costPerLead === undefined ? {} : { costPerLead: cents(plan.costPerLead) }),
  };
}
