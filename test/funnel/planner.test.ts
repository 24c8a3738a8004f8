import fc from 'fast-check';
import { planFunnel, stageRates } from '../../src/funnel/planner';
import { validatePlan } from '../../src/funnel/schema';
import { callFunction, reverseFunnelCounts } from '../../src/kpi';
import { arbitraryPlan, examplePlan } from '../support/plans';

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

  it('values the pipeline of SQLs and its coverage of the target', () => {
    expect(result.pipelineValue).toBe(192 * 25000);
    expect(result.pipelineCoverage).toBe(4);
  });

  it('compares the velocity the target requires with the one the pipeline implies', () => {
    expect(result.velocityRequired).toBeCloseTo(1200000 / 365, 9);
    expect(result.velocityImplied).toBe(PIPELINE_VELOCITY_OF_EXAMPLE);
  });

  it('ramps 12 months by 5% a month, adding up to the target', () => {
    expect(result.months).toHaveLength(12);
    expect(result.months[1].revenue / result.months[0].revenue).toBeCloseTo(1.05, 12);
    expect(result.months.at(-1)?.cumulativeRevenue).toBeCloseTo(1200000, 6);
  });

  it('splits every stage into whole monthly counts that add up to what it needs', () => {
    result.stages.forEach((stage, index) => {
      const monthly = result.months.map((month) => month.counts[index]);
      expect(monthly.every(Number.isInteger)).toBe(true);
      expect(monthly.reduce((sum, count) => sum + count, 0)).toBe(stage.needed);
    });
  });

  it('shifts arrivals by the sales cycle: 60 days is 2 months ahead', () => {
    expect(result.salesCycleMonths).toBe(2);
    expect(result.months.map((month) => month.arrivalMonth).slice(0, 3)).toEqual([-1, 0, 1]);
  });

  it('shows which 10% rate improvement saves the most', () => {
    const saved = result.sensitivity.map((row) => row.topOfFunnelSaved);
    // Improving visitor->lead by 10% saves 80000 - ceil(1600/0.022) = 7272 visitors.
    expect(saved[0]).toBe(80000 - Math.ceil(1600 / 0.022));
    // Lead->MQL 0.3 -> 0.33: ceil(480 / 0.33) = 1455 leads, 145 fewer. MQL->SQL 0.4 -> 0.44:
    // 437 MQLs, 1457 leads. SQL->customer 0.25 -> 0.275: 175 SQLs, 438 MQLs, 1460 leads.
    // Visitor->lead changes no lead count, so it saves no budget.
    expect(result.sensitivity.map((row) => row.budgetSaved)).toEqual([
      0,
      145 * 120,
      143 * 120,
      140 * 120,
    ]);
  });
});

// 192 SQLs x 25000 x 0.25 win rate / 60 days.
const PIPELINE_VELOCITY_OF_EXAMPLE = (192 * 25000 * 0.25) / 60;

describe('planFunnel without the optional fields', () => {
  const result = planFunnel({
    revenueTarget: 90000,
    period: 'quarter',
    averageDealSize: 3000,
    stages: [{ name: 'Leads', conversionToNext: 0.7 }, { name: 'Customers' }],
  });

  it('rounds 30 / 0.7 the way spreadsheets do, not one lead too many', () => {
    // 21 / 0.7 is 30.000000000000004 in binary; 30 customers / 0.7 = 42.857... -> 43.
    expect(result.stages.map((stage) => stage.needed)).toEqual([43, 30]);
  });

  it('leaves budget, CAC and implied velocity blank, and does not shift the months', () => {
    expect([result.marketingBudget, result.cac, result.velocityImplied]).toEqual([
      null,
      null,
      null,
    ]);
    expect(result.months.map((month) => month.arrivalMonth)).toEqual([1, 2, 3]);
  });

  it('spreads a flat quarter evenly', () => {
    expect(result.months.map((month) => month.revenue)).toEqual([30000, 30000, 30000]);
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
        const column = callFunction('REVERSE_FUNNEL', [
          plan.revenueTarget,
          plan.averageDealSize,
          [stageRates(plan)],
        ]);
        expect(column).toEqual(needed.map((count) => [count]));
      }),
    );
  });

  it('plans months whose revenue sums to the target and whose counts sum to each stage', () => {
    fc.assert(
      fc.property(arbitraryPlan, (plan) => {
        expect(validatePlan(plan).ok).toBe(true);
        const result = planFunnel(plan);
        const revenue = result.months.reduce((sum, month) => sum + month.revenue, 0);
        expect(revenue).toBeCloseTo(plan.revenueTarget, 4);
        result.stages.forEach((stage, index) => {
          const counts = result.months.map((month) => month.counts[index]);
          expect(counts.every((count) => Number.isInteger(count) && count >= 0)).toBe(true);
          expect(counts.reduce((sum, count) => sum + count, 0)).toBe(stage.needed);
        });
      }),
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
