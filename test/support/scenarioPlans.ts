/**
 * Plans with scenarios for tests: the example, and a fast-check generator that
 * gives any valid plan (test/support/plans.ts) 1 to 3 scenarios, each overriding any mix of
 * revenue target, deal size, cost per lead and conversion rates (some of them null: those
 * stages follow the base rate).
 */
import fc from 'fast-check';
import { validatePlan } from '../../src/funnel/schema';
import type { Plan, Scenario } from '../../src/funnel/types';
import { arbitraryChannelPlan, arbitraryPlan, examplePlan } from './plans';

/** The example scenarios on the example plan. */
export const scenarioExamplePlan: Plan = {
  ...examplePlan,
  scenarios: [
    { name: 'Conservative', conversionRates: [0.015, 0.25, 0.35, 0.2], averageDealSize: 22000 },
    { name: 'Stretch', revenueTarget: 1500000, costPerLead: 100 },
  ],
};

const rate = fc.oneof(
  fc.constantFrom(0.7, 0.3, 0.1, 0.35, 0.07, 0.9, 1, 0.02),
  fc.integer({ min: 1, max: 1000 }).map((perMille) => perMille / 1000),
);

function arbitraryScenario(name: string, rates: number): fc.Arbitrary<Scenario> {
  return fc.record(
    {
      name: fc.constant(name),
      revenueTarget: fc.integer({ min: 1000, max: 50_000_000 }),
      averageDealSize: fc.integer({ min: 100, max: 500_000 }),
      costPerLead: fc.integer({ min: 0, max: 2000 }),
      conversionRates: fc
        .array(fc.option(rate, { nil: null, freq: 3 }), { minLength: rates, maxLength: rates })
        .filter((given) => given.some((entry) => entry !== null)),
    },
    { requiredKeys: ['name'] },
  );
}

/** Names a person might type, formula-looking ones included: they must stay text. */
const scenarioNames = fc.constantFrom(
  ['Conservative', 'Stretch', 'Base case'],
  ['=1+1', '+A1', '保守'],
  ['Low', 'High', '@SUM(A1)'],
);

/** Any plan of `plans` with 1 to 3 scenarios. */
function withScenarios(plans: fc.Arbitrary<Plan>): fc.Arbitrary<Plan> {
  return fc
    .tuple(plans, scenarioNames, fc.integer({ min: 1, max: 3 }))
    .chain(([plan, names, count]) =>
      fc
        .tuple(
          ...names.slice(0, count).map((name) => arbitraryScenario(name, plan.stages.length - 1)),
        )
        .map((scenarios): Plan => ({ ...plan, scenarios })),
    )
    .filter((plan) => validatePlan(plan).ok);
}

export const arbitraryPlanWithScenarios = withScenarios(arbitraryPlan);
/** Plans with channels (test/support/plans.ts) and scenarios. */
export const arbitraryChannelPlanWithScenarios = withScenarios(arbitraryChannelPlan);
