import fc from 'fast-check';
import { roundDownWhole } from '../../src/funnel/budgetFirst';
import { planFunnel, stageRates } from '../../src/funnel/planner';
import { validatePlan } from '../../src/funnel/schema';
import type { Plan } from '../../src/funnel/types';
import { arbitraryPlan, examplePlan } from '../support/plans';

/** The example plan (1.2M a year, leads at 120) with 150,000 to spend. */
const budgetPlan: Plan = { ...examplePlan, marketingBudget: 150000 };

/** What ROUND(x, 6) may add before rounding down: the noise removal, never a whole one. */
const NOISE = 5e-7;

function errorsOf(input: unknown) {
  const result = validatePlan(input);
  if (result.ok) throw new Error('expected the plan to be rejected');
  return result.errors;
}

const withBudget = arbitraryPlan.filter((plan) => plan.marketingBudget !== undefined);

describe('budget first on the example plan (150,000 at 120 a lead)', () => {
  it('buys 1,250 leads and goes forward rounding down: 375 MQLs, 150 SQLs, 37 customers', () => {
    const forward = planFunnel(budgetPlan).budgetPlan;
    expect(forward).toEqual({
      budget: 150000,
      fromStage: 1,
      counts: [1250, 375, 150, 37],
      channelLeads: null,
      revenue: 925000,
      revenueOverTarget: -275000,
      // The target needs 1,600 leads at 120: 192,000.
      extraBudgetNeeded: 42000,
    });
  });

  it('leaves the reverse plan as it was', () => {
    const { budgetPlan: _forward, ...reverse } = planFunnel(budgetPlan);
    const { budgetPlan: none, ...before } = planFunnel(examplePlan);
    expect(none).toBeNull();
    expect(reverse).toEqual(before);
  });

  it('rounds 100 x 0.29 to 29, not 28 (the noise goes before the rounding down)', () => {
    expect(100 * 0.29).toBe(28.999999999999996);
    expect(roundDownWhole(100 * 0.29)).toBe(29);
    expect(roundDownWhole(20.9999)).toBe(20);
  });
});

describe('budget first for any valid plan with a budget', () => {
  it('never buys more at any stage than the budget pays for, and never a whole one less', () => {
    fc.assert(
      fc.property(withBudget, (plan) => {
        const forward = planFunnel(plan).budgetPlan;
        if (forward === null) throw new Error('a plan with a budget has a forward plan');
        const rates = stageRates(plan);
        const costPerLead = plan.costPerLead ?? Number.NaN;
        // Leads the budget pays for, then what each stage above delivers, unrounded.
        let affordable = forward.budget / costPerLead;
        forward.counts.forEach((count, offset) => {
          const delivered =
            offset === 0
              ? forward.budget / costPerLead
              : forward.counts[offset - 1] * rates[forward.fromStage + offset - 1];
          if (offset > 0) affordable *= rates[forward.fromStage + offset - 1];
          expect(Number.isInteger(count)).toBe(true);
          expect(count).toBeLessThanOrEqual(delivered + NOISE);
          expect(count).toBeGreaterThan(delivered - 1);
          expect(count).toBeLessThanOrEqual(affordable * (1 + 1e-12) + NOISE);
        });
        expect(forward.counts).toHaveLength(plan.stages.length - forward.fromStage);
      }),
      { numRuns: 3000 },
    );
  });

  it('meets the target exactly when it needs no extra budget', () => {
    fc.assert(
      fc.property(withBudget, (plan) => {
        const result = planFunnel(plan);
        const forward = result.budgetPlan;
        if (forward === null) throw new Error('a plan with a budget has a forward plan');
        const customers = forward.counts[forward.counts.length - 1];
        expect(forward.revenueOverTarget >= 0).toBe(customers >= result.customers);
        // Buying at least the customers needed takes at least the leads the target needs.
        if (customers >= result.customers)
          expect(forward.counts[0]).toBeGreaterThanOrEqual(result.stages[forward.fromStage].needed);
        expect(forward.extraBudgetNeeded).toBeCloseTo(
          (result.marketingBudget ?? Number.NaN) - forward.budget,
          6,
        );
      }),
      { numRuns: 2000 },
    );
  });
});

describe('validating marketingBudget', () => {
  it('keeps every plan without a budget valid', () => {
    expect(validatePlan(examplePlan).ok).toBe(true);
    expect(validatePlan(budgetPlan)).toEqual({ ok: true, plan: budgetPlan });
  });

  it('needs a cost per lead above 0, said once, on the budget', () => {
    const { costPerLead: _omitted, ...withoutCost } = budgetPlan;
    expect(errorsOf(withoutCost).map((error) => error.message)).toEqual([
      'marketingBudget is 150000; a budget buys leads at the cost per lead: enter a costPerLead greater than 0 too (it is missing)',
    ]);
    expect(errorsOf({ ...budgetPlan, costPerLead: 0 }).map((error) => error.field)).toEqual([
      'marketingBudget',
    ]);
  });

  it('names a bad budget and a bad cost per lead each once', () => {
    expect(
      errorsOf({ ...budgetPlan, marketingBudget: -5, costPerLead: 'cheap' }).map(
        (error) => error.message,
      ),
    ).toEqual([
      'costPerLead is "cheap"; enter an amount of 0 or more, at most 1000000000000',
      'marketingBudget is -5; enter an amount greater than 0 and at most 1000000000000',
    ]);
    expect(errorsOf({ ...budgetPlan, marketingBudget: 'lots' })[0].message).toBe(
      'marketingBudget is "lots"; enter an amount greater than 0 and at most 1000000000000',
    );
  });

  it('refuses a budget that buys more leads than a sheet can count', () => {
    expect(
      errorsOf({ ...budgetPlan, marketingBudget: 1e12, costPerLead: 0.5 }).map(
        (error) => error.message,
      ),
    ).toEqual([
      'marketingBudget is 1000000000000; at a cost per lead of 0.5 it buys more than 1000000000 leads; lower the budget or raise the cost per lead',
    ]);
  });
});
