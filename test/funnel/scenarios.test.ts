import fc from 'fast-check';
import { planFunnel } from '../../src/funnel/planner';
import { planScenarios, type ScenarioFigures, scenarioPlan } from '../../src/funnel/scenarios';
import { validatePlan } from '../../src/funnel/schema';
import type { Plan } from '../../src/funnel/types';
import { roundUpWhole } from '../../src/kpi';
import { arbitraryPlan, channelPlan, examplePlan } from '../support/plans';
import {
  arbitraryChannelPlanWithScenarios,
  arbitraryPlanWithScenarios,
} from '../support/scenarioPlans';

const withScenarios: Plan = {
  ...examplePlan,
  scenarios: [
    { name: 'Conservative', conversionRates: [0.015, 0.25, 0.35, 0.2], averageDealSize: 22000 },
    { name: 'Stretch', revenueTarget: 1500000, costPerLead: 100 },
  ],
};

describe('planScenarios', () => {
  it('is undefined for a plan without scenarios', () => {
    expect(planScenarios(examplePlan)).toBeUndefined();
    expect(planScenarios({ ...examplePlan, scenarios: [] })).toBeUndefined();
  });

  it('plans the base and each scenario side by side, by hand', () => {
    const comparison = planScenarios(withScenarios);
    if (!comparison) throw new Error('expected a comparison');
    // Base: 1.2M / 25k = 48 customers; 48/0.25 = 192 SQLs; /0.4 = 480; /0.3 = 1600; /0.02 = 80000.
    expect(comparison.base).toEqual({
      name: null,
      overridden: [],
      overriddenRates: [false, false, false, false],
      revenueTarget: 1200000,
      averageDealSize: 25000,
      costPerLead: 120,
      conversionRates: [0.02, 0.3, 0.4, 0.25],
      needed: [80000, 1600, 480, 192, 48],
      customers: 48,
      marketingBudget: 1600 * 120,
      cac: (1600 * 120) / 48,
    });
    // Conservative: 1.2M / 22k = 54.5 -> 55; /0.2 = 275; /0.35 = 785.7 -> 786; /0.25 = 3144;
    // /0.015 = 209600. Cost per lead follows the base: 120.
    const [conservative, stretch] = comparison.scenarios;
    expect(conservative.name).toBe('Conservative');
    expect(conservative.overridden).toEqual(['averageDealSize', 'conversionRates']);
    expect(conservative.overriddenRates).toEqual([true, true, true, true]);
    expect(conservative.needed).toEqual([209600, 3144, 786, 275, 55]);
    expect(conservative.marketingBudget).toBe(3144 * 120);
    expect(conservative.cac).toBe((3144 * 120) / 55);
    // Stretch: 1.5M / 25k = 60; /0.25 = 240; /0.4 = 600; /0.3 = 2000; at 100 a lead.
    expect(stretch.overridden).toEqual(['revenueTarget', 'costPerLead']);
    expect(stretch.overriddenRates).toEqual([false, false, false, false]);
    expect(stretch.needed).toEqual([100000, 2000, 600, 240, 60]);
    expect(stretch.marketingBudget).toBe(200000);
    expect(stretch.cac).toBe(200000 / 60);
  });

  it('has no budget or CAC where neither the scenario nor the base has a cost per lead', () => {
    const { costPerLead: _none, ...withoutCost } = withScenarios;
    const comparison = planScenarios(withoutCost);
    expect(comparison?.base.marketingBudget).toBeNull();
    expect(comparison?.base.cac).toBeNull();
    expect(comparison?.scenarios[0].cac).toBeNull();
    expect(comparison?.scenarios[1].marketingBudget).toBe(200000);
  });

  it('gives every field the scenario leaves out the base value, and plans it like the planner', () => {
    const scenario = fc.record(
      {
        name: fc.constant('S'),
        revenueTarget: fc.integer({ min: 1000, max: 50_000_000 }),
        averageDealSize: fc.integer({ min: 100, max: 500_000 }),
        costPerLead: fc.integer({ min: 0, max: 2000 }),
        rateScale: fc.constantFrom(0.5, 0.9, 1),
      },
      { requiredKeys: ['name'] },
    );
    fc.assert(
      fc.property(arbitraryPlan, scenario, (plan, { rateScale, ...fields }) => {
        const rates =
          rateScale === undefined
            ? undefined
            : plan.stages.slice(0, -1).map((stage) => (stage.conversionToNext ?? 1) * rateScale);
        const candidate = {
          ...plan,
          scenarios: [{ ...fields, ...(rates ? { conversionRates: rates } : {}) }],
        };
        fc.pre(validatePlan(candidate).ok);
        const comparison = planScenarios(candidate);
        if (!comparison) throw new Error('expected a comparison');
        const [figures] = comparison.scenarios;
        expect(figures.revenueTarget).toBe(fields.revenueTarget ?? plan.revenueTarget);
        expect(figures.averageDealSize).toBe(fields.averageDealSize ?? plan.averageDealSize);
        expect(figures.costPerLead).toBe(fields.costPerLead ?? plan.costPerLead ?? null);
        // The reverse rule, step by step, on the rates in use.
        const inUse = rates ?? plan.stages.slice(0, -1).map((stage) => stage.conversionToNext ?? 0);
        const expected = [roundUpWhole(figures.revenueTarget / figures.averageDealSize)];
        for (let stage = inUse.length - 1; stage >= 0; stage--)
          expected.unshift(roundUpWhole(expected[0] / inUse[stage]));
        expect(figures.needed).toEqual(expected);
        const base = planFunnel({ ...plan, marketingBudget: undefined });
        expect(comparison.base.needed).toEqual(base.stages.map((stage) => stage.needed));
        expect(comparison.base.marketingBudget).toBe(base.marketingBudget);
      }),
      { numRuns: 200 },
    );
  });

  it('plans a null rate at the base stage rate, and reports only the rates given', () => {
    const comparison = planScenarios({
      ...examplePlan,
      scenarios: [{ name: 'Better MQLs', conversionRates: [null, null, 0.5, null] }],
    });
    const [better] = comparison?.scenarios ?? [];
    expect(better.overridden).toEqual(['conversionRates']);
    expect(better.overriddenRates).toEqual([false, false, true, false]);
    expect(better.conversionRates).toEqual([0.02, 0.3, 0.5, 0.25]);
    // 48 customers; /0.25 = 192 SQLs; /0.5 = 384 MQLs; /0.3 = 1280 leads; /0.02 = 64000.
    expect(better.needed).toEqual([64000, 1280, 384, 192, 48]);
  });

  it('plans a scenario with null rates as the same scenario with those rates filled from the base', () => {
    const filled = (plan: Plan): Plan => ({
      ...plan,
      scenarios: plan.scenarios?.map((scenario) =>
        scenario.conversionRates === undefined
          ? scenario
          : {
              ...scenario,
              conversionRates: scenario.conversionRates.map(
                (rate, stage) => rate ?? plan.stages[stage].conversionToNext ?? null,
              ),
            },
      ),
    });
    const withoutOverrides = (figures: ScenarioFigures) => {
      const { overridden: _fields, overriddenRates: _rates, ...rest } = figures;
      return rest;
    };
    fc.assert(
      fc.property(
        fc.oneof(arbitraryPlanWithScenarios, arbitraryChannelPlanWithScenarios),
        (plan) => {
          const sparse = planScenarios(plan);
          const full = planScenarios(filled(plan));
          expect(sparse?.scenarios.map(withoutOverrides)).toEqual(
            full?.scenarios.map(withoutOverrides),
          );
          plan.scenarios?.forEach((scenario, index) => {
            const given = (scenario.conversionRates ?? []).map((rate) => typeof rate === 'number');
            expect(sparse?.scenarios[index].overriddenRates).toEqual(
              plan.stages.slice(0, -1).map((_, stage) => given[stage] ?? false),
            );
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('derives a plan with no scenarios and no budget of its own', () => {
    const derived = scenarioPlan({ ...withScenarios, marketingBudget: 5000 }, { name: 'x' });
    expect(derived.scenarios).toBeUndefined();
    expect(derived.marketingBudget).toBeUndefined();
    expect(derived.stages).toBe(withScenarios.stages);
  });

  describe('with channels', () => {
    const plan: Plan = {
      ...channelPlan,
      scenarios: [
        { name: 'Cheap leads', costPerLead: 100 },
        { name: 'Better webinars', conversionRates: [0.02, 0.4, 0.4, 0.25] },
      ],
    };

    it('prices every channel at a scenario cost per lead, lead by lead as the channels round', () => {
      const comparison = planScenarios(plan);
      if (!comparison) throw new Error('expected a comparison');
      const [cheap] = comparison.scenarios;
      const base = planFunnel(channelPlan);
      expect(comparison.base.needed).toEqual(base.stages.map((stage) => stage.needed));
      expect(comparison.base.marketingBudget).toBe(base.channelPlan?.marketingBudget);
      expect(comparison.base.costPerLead).toBe(base.channelPlan?.averageCostPerLead);
      // The same leads as the base (nothing but the price changed), each channel's rounded up.
      expect(cheap.needed).toEqual(comparison.base.needed);
      const leads = cheap.needed[1];
      const channelLeads = channelPlan.channels?.map((channel) =>
        roundUpWhole(leads * channel.share),
      );
      expect(cheap.marketingBudget).toBe(
        (channelLeads ?? []).reduce((sum, count) => sum + count * 100, 0),
      );
      expect(cheap.costPerLead).toBe(100);
    });

    it("replaces the lead stage's rate only for the channels without their own", () => {
      const comparison = planScenarios(plan);
      const better = comparison?.scenarios[1];
      // Paid search keeps 0.25 and partners 0.45; webinars (no rate of their own) take 0.4.
      const weighted = 0.5 * 0.25 + 0.3 * 0.4 + 0.2 * 0.45;
      expect(better?.conversionRates[1]).toBeCloseTo(weighted, 15);
      const below = [0.4, 0.25];
      const customers = roundUpWhole(1200000 / 25000);
      const sqls = roundUpWhole(customers / below[1]);
      const mqls = roundUpWhole(sqls / below[0]);
      expect(better?.needed.slice(2)).toEqual([mqls, sqls, customers]);
    });

    it('plans random channel plans with scenarios as planFunnel plans the derived plan', () => {
      fc.assert(
        fc.property(arbitraryChannelPlanWithScenarios, (candidate) => {
          const comparison = planScenarios(candidate);
          candidate.scenarios?.forEach((scenario, index) => {
            const derived = scenarioPlan(candidate, scenario);
            // Every channel at the scenario's price, every other channel field kept.
            derived.channels?.forEach((channel, at) => {
              const own = candidate.channels?.[at];
              expect(channel).toEqual({
                ...own,
                costPerLead: scenario.costPerLead ?? own?.costPerLead,
              });
            });
            const result = planFunnel(derived);
            expect(comparison?.scenarios[index].needed).toEqual(
              result.stages.map((stage) => stage.needed),
            );
            expect(comparison?.scenarios[index].marketingBudget).toBe(result.marketingBudget);
          });
        }),
        { numRuns: 100 },
      );
    });
  });
});
