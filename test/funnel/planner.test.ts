import fc from 'fast-check';
import {
  monthsBeforeClose,
  type PlanResult,
  planFunnel,
  stageRates,
} from '../../src/funnel/planner';
import { validatePlan } from '../../src/funnel/schema';
import type { Plan } from '../../src/funnel/types';
import { callFunction, reverseFunnelCounts, roundUpWhole } from '../../src/kpi';
import { arbitraryPlan, examplePlan, tiePlans } from '../support/plans';

const column = (result: PlanResult, stage: number) =>
  result.months.map((month) => month.counts[stage]);

describe('planFunnel on the example plan (1.2M a year, 25k deals)', () => {
  const result = planFunnel(examplePlan);

  it('works backward from revenue with REVERSE_FUNNEL counts', () => {
    expect(result.stages.map((stage) => stage.needed)).toEqual([80000, 1600, 480, 192, 48]);
    expect(result.customers).toBe(48);
  });

  it('budgets the lead stage at the cost per lead, and gives the implied CAC', () => {
    expect(result.marketingBudget).toBe(1600 * 120);
    expect(result.cac).toBe(4000);
  });

  it('values the pipeline to create, and its coverage of the target (1 / win rate)', () => {
    expect(result.pipelineValue).toBe(192 * 25000);
    expect(result.pipelineCoverage).toBe(4);
  });

  it("keeps the opportunities open at any time by Little's law: 192 a year, open 60 days", () => {
    expect(result.openOpportunities).toBeCloseTo((192 * 60) / 365, 12);
    expect(result.openPipelineValue).toBeCloseTo(((192 * 60) / 365) * 25000, 6);
    // That open pipeline, at the win rate, closes exactly the revenue the target needs a day.
    expect((result.openPipelineValue * 0.25) / 60).toBeCloseTo(result.velocityRequired, 9);
    expect(result.velocityRequired).toBeCloseTo(1200000 / 365, 9);
  });

  it('places 48 customers over 12 months, growing, never going down, adding up exactly', () => {
    expect(column(result, 4)).toEqual([2, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 6]);
    expect(result.months.map((month) => month.revenue)).toEqual(
      column(result, 4).map((customers) => customers * 25000),
    );
    expect(result.months.at(-1)?.cumulativeRevenue).toBe(1200000);
  });

  it('gives each stage, every month, enough for the next stage, and shows the rounding reserve', () => {
    // 2 customers at 25% need 8 SQLs, 8 SQLs at 40% need 20 MQLs, 20 / 0.3 -> 67 leads.
    expect(result.months[0].counts).toEqual([3350, 67, 20, 8, 2]);
    expect(result.stages.map((stage) => stage.roundingReserve)).toEqual([200, 4, 0, 0, 0]);
    expect(result.stages.map((stage) => stage.monthlyTotal)).toEqual([80200, 1604, 480, 192, 48]);
  });

  it('fills the funnel 60 days (2 months) ahead of the close, in real calendar rows', () => {
    expect(result.stages.map((stage) => stage.monthsBeforeClose)).toEqual([2, 2, 2, 2, 0]);
    expect(result.arrivals.map((row) => row.offset)).toEqual([
      null,
      ...Array.from({ length: 14 }, (_, index) => index - 2),
    ]);
    expect(result.arrivals[1].counts).toEqual([3350, 67, 20, 8, 0]);
    expect(result.arrivals.at(-1)?.counts).toEqual([0, 0, 0, 0, 6]);
  });

  it('ranks +1 point on each rate: SQL -> customer saves the most budget here', () => {
    expect(result.sensitivity.map((row) => row.improvedRate)).toEqual(
      [0.03, 0.31, 0.41 + 0, 0.26].map((rate, index) => (index === 2 ? 0.4 + 0.01 : rate)),
    );
    // Visitor -> lead 2% -> 3% saves a third of the visitors but no lead, so no budget.
    expect(result.sensitivity.map((row) => row.topOfFunnelSaved)).toEqual([
      26666, 2550, 1800, 2800,
    ]);
    expect(result.sensitivity.map((row) => row.budgetSaved)).toEqual([
      0,
      51 * 120,
      36 * 120,
      56 * 120,
    ]);
    expect(result.sensitivity.map((row) => row.best)).toEqual([false, false, false, true]);
  });

  it('changes the ranking when one rate is much worse than the others', () => {
    const weakMqlToSql: Plan = {
      ...examplePlan,
      stages: examplePlan.stages.map((stage, index) =>
        index === 2 ? { ...stage, conversionToNext: 0.05 } : stage,
      ),
    };
    const best = planFunnel(weakMqlToSql).sensitivity.map((row) => row.best);
    expect(best).toEqual([false, false, true, false]);
    // Without a cost per lead, the biggest top-of-funnel saving is the one marked.
    const noCost = planFunnel({ ...examplePlan, costPerLead: undefined });
    expect(noCost.sensitivity.map((row) => row.best)).toEqual([true, false, false, false]);
  });
});

describe('per-stage days to the next stage', () => {
  const withDays: Plan = {
    ...examplePlan,
    stages: examplePlan.stages.map((stage, index) =>
      index < 4 ? { ...stage, daysToNext: [0, 14, 30, 45][index] } : stage,
    ),
  };

  it('lags each stage by the days from it to the close, in whole months rounded up', () => {
    // Leads: 14 + 30 + 45 = 89 days = 2.93 months -> 3; MQLs 75 days -> 3; SQLs 45 -> 2.
    expect(monthsBeforeClose(withDays)).toEqual([3, 3, 3, 2, 0]);
  });

  it('keeps opportunities open for the days of the stage before customers', () => {
    expect(planFunnel(withDays).openOpportunities).toBeCloseTo((192 * 45) / 365, 12);
  });

  it('lets SQLs arrive after MQLs, each enough for the next when it arrives', () => {
    const result = planFunnel(withDays);
    const arriving = (offset: number) => result.arrivals.find((row) => row.offset === offset);
    // The first month's 2 customers: 8 SQLs two months ahead, 20 MQLs three months ahead.
    expect(arriving(-2)?.counts[3]).toBe(8);
    expect(arriving(-3)?.counts[2]).toBe(20);
  });
});

describe('planFunnel without the optional fields', () => {
  const result = planFunnel({
    revenueTarget: 90000,
    period: 'quarter',
    averageDealSize: 3000,
    stages: [{ name: 'Leads', conversionToNext: 0.7 }, { name: 'Customers' }],
  });

  it('rounds 30 / 0.7 the way spreadsheets do, not one lead too many', () => {
    expect(result.stages.map((stage) => stage.needed)).toEqual([43, 30]);
  });

  it('leaves budget and CAC to a cost per lead, and does not shift the months', () => {
    expect([result.marketingBudget, result.cac]).toEqual([null, null]);
    expect(result.openOpportunities).toBe(0);
    expect(result.arrivals.map((row) => row.offset)).toEqual([null, 0, 1, 2]);
  });

  it('spreads a flat quarter evenly', () => {
    expect(result.months.map((month) => month.revenue)).toEqual([30000, 30000, 30000]);
  });
});

describe('the one rounding rule on the ties of the issue', () => {
  it('rounds a 15-digit tie the way every engine does', () => {
    expect(roundUpWhole(673.0000000000005)).toBe(673);
    expect(roundUpWhole(21 / 0.7)).toBe(30);
    expect(roundUpWhole(30.000001)).toBe(31);
  });

  it("adds the months of the issue's plan up to exactly what each stage needs", () => {
    for (const plan of tiePlans) {
      const result = planFunnel(plan);
      expect(column(result, 2).reduce((sum, count) => sum + count, 0)).toBe(result.customers);
      for (const stage of result.stages)
        expect(stage.monthlyTotal).toBe(stage.needed + stage.roundingReserve);
    }
  });
});

describe('planFunnel for any valid plan', () => {
  it('needs exactly what REVERSE_FUNNEL gives, as a function and as the pure rule', () => {
    fc.assert(
      fc.property(arbitraryPlan, (plan) => {
        const needed = planFunnel(plan).stages.map((stage) => stage.needed);
        expect(needed).toEqual(
          reverseFunnelCounts(plan.revenueTarget, plan.averageDealSize, stageRates(plan)),
        );
        const result = callFunction('REVERSE_FUNNEL', [
          plan.revenueTarget,
          plan.averageDealSize,
          [stageRates(plan)],
        ]);
        expect(result).toEqual(needed.map((count) => [count]));
      }),
    );
  });

  it('places the customers needed exactly, and every stage needs its count plus a reserve >= 0', () => {
    fc.assert(
      fc.property(arbitraryPlan, (plan) => {
        expect(validatePlan(plan).ok).toBe(true);
        const result = planFunnel(plan);
        const last = result.stages.length - 1;
        const customers = column(result, last);
        expect(customers.every((count) => Number.isInteger(count) && count >= 0)).toBe(true);
        expect(customers.reduce((sum, count) => sum + count, 0)).toBe(result.customers);
        expect(result.stages[last].roundingReserve).toBe(0);
        result.stages.forEach((stage, index) => {
          const counts = column(result, index);
          expect(counts.reduce((sum, count) => sum + count, 0)).toBe(stage.monthlyTotal);
          expect(stage.roundingReserve).toBeGreaterThanOrEqual(0);
          expect(stage.monthlyTotal - stage.roundingReserve).toBe(stage.needed);
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('never lets the months go down when growth is 0 or more', () => {
    fc.assert(
      fc.property(arbitraryPlan, (plan) => {
        fc.pre((plan.monthlyGrowth ?? 0) >= 0);
        const result = planFunnel(plan);
        result.stages.forEach((_, index) => {
          const counts = column(result, index);
          for (let month = 1; month < counts.length; month++)
            expect(counts[month]).toBeGreaterThanOrEqual(counts[month - 1]);
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('gives every stage, in every month, enough for the next stage when it arrives', () => {
    fc.assert(
      fc.property(arbitraryPlan, (plan) => {
        const result = planFunnel(plan);
        const rates = stageRates(plan);
        const lags = result.stages.map((stage) => stage.monthsBeforeClose);
        for (const month of result.months) {
          for (let stage = 0; stage < rates.length; stage++) {
            // Enough: this stage's volume converts to at least the next stage's volume...
            expect(roundUpWhole(month.counts[stage] * rates[stage])).toBeGreaterThanOrEqual(
              month.counts[stage + 1],
            );
            // ...and it arrives no later than the next stage needs it.
            expect(lags[stage]).toBeGreaterThanOrEqual(lags[stage + 1]);
          }
        }
        // Every volume arrives in some calendar row: the calendar adds up to the months.
        result.stages.forEach((stage, index) => {
          const arrived = result.arrivals.reduce((sum, row) => sum + row.counts[index], 0);
          expect(arrived).toBe(stage.monthlyTotal);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('never needs more at the top when a rate improves', () => {
    fc.assert(
      fc.property(arbitraryPlan, (plan) => {
        for (const row of planFunnel(plan).sensitivity)
          expect(row.topOfFunnelSaved).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
