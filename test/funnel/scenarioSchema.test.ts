import { validatePlan } from '../../src/funnel/schema';
import { examplePlan } from '../support/plans';

function errorsOf(input: unknown) {
  const result = validatePlan(input);
  if (result.ok) throw new Error('expected the plan to be rejected');
  return result.errors;
}

const rates = [0.015, 0.25, 0.35, 0.2];

describe('validatePlan: scenarios', () => {
  it('accepts the issue example scenarios', () => {
    const plan = {
      ...examplePlan,
      scenarios: [
        { name: 'Conservative', conversionRates: rates, averageDealSize: 22000 },
        { name: 'Stretch', revenueTarget: 1500000, costPerLead: 100 },
        { name: 'Name only' },
      ],
    };
    expect(validatePlan(plan)).toEqual({ ok: true, plan });
  });

  it('refuses a fourth scenario', () => {
    const scenarios = ['A', 'B', 'C', 'D'].map((name) => ({ name }));
    expect(errorsOf({ ...examplePlan, scenarios }).map((error) => error.message)).toEqual([
      'scenarios is [{"name":"A"},{"name":"B"},{"name":"C"},{"name":"D"}]; enter at most 3 scenarios',
    ]);
  });

  it('names the path and the value of each bad field, one message each', () => {
    const errors = errorsOf({
      ...examplePlan,
      scenarios: [
        { name: 'Low', revenueTarget: 0, averageDealSize: -1 },
        { name: 'High', costPerLead: -3, conversionRates: [0.2, 30, 0, 0.5] },
      ],
    });
    expect(errors.map((error) => [error.field, error.message])).toEqual([
      [
        'scenarios.0.revenueTarget',
        'scenarios.0.revenueTarget is 0; enter an amount greater than 0 and at most 1000000000000',
      ],
      [
        'scenarios.0.averageDealSize',
        'scenarios.0.averageDealSize is -1; enter an amount greater than 0 and at most 1000000000000',
      ],
      [
        'scenarios.1.costPerLead',
        'scenarios.1.costPerLead is -3; enter an amount of 0 or more, at most 1000000000000',
      ],
      [
        'scenarios.1.conversionRates.1',
        'scenarios.1.conversionRates.1 is 30; enter a fraction greater than 0 and at most 1: for 30% enter 0.3',
      ],
      [
        'scenarios.1.conversionRates.2',
        'scenarios.1.conversionRates.2 is 0; enter a fraction greater than 0 and at most 1, e.g. 0.3 for 30%',
      ],
    ]);
  });

  it('asks for exactly one rate per stage but the last', () => {
    expect(
      errorsOf({ ...examplePlan, scenarios: [{ name: 'Short', conversionRates: [0.1, 0.2] }] }),
    ).toEqual([
      {
        field: 'scenarios.0.conversionRates',
        value: [0.1, 0.2],
        message:
          'scenarios.0.conversionRates is [0.1,0.2]; enter exactly 4 rates, one per stage but the last (5 stages)',
      },
    ]);
  });

  it('takes null for a rate that follows the base, but not every rate null', () => {
    const plan = {
      ...examplePlan,
      scenarios: [{ name: 'Better MQLs', conversionRates: [null, null, 0.5, null] }],
    };
    expect(validatePlan(plan)).toEqual({ ok: true, plan });
    expect(
      errorsOf({
        ...examplePlan,
        scenarios: [{ name: 'None', conversionRates: [null, null, null, null] }],
      }),
    ).toEqual([
      {
        field: 'scenarios.0.conversionRates',
        value: [null, null, null, null],
        message:
          'scenarios.0.conversionRates is [null,null,null,null]; give at least one rate, or leave conversionRates out to follow every base rate',
      },
    ]);
    expect(
      errorsOf({
        ...examplePlan,
        scenarios: [{ name: 'Bad', conversionRates: [null, 30, null, 'x'] }],
      }).map((error) => [error.field, error.message]),
    ).toEqual([
      [
        'scenarios.0.conversionRates.1',
        'scenarios.0.conversionRates.1 is 30; enter a fraction greater than 0 and at most 1: for 30% enter 0.3',
      ],
      [
        'scenarios.0.conversionRates.3',
        'scenarios.0.conversionRates.3 is "x"; enter a fraction greater than 0 and at most 1, e.g. 0.3 for 30%',
      ],
    ]);
  });

  it('checks the top of a scenario funnel with its null rates at the base rates', () => {
    // 1e12 / 1 = 1e12 customers; /1 /1 /1 and /0.02 (the base's first rate) = 5e13 visitors.
    const errors = errorsOf({
      ...examplePlan,
      scenarios: [
        { name: 'Huge', revenueTarget: 1e12, averageDealSize: 1, conversionRates: [null, 1, 1, 1] },
      ],
    });
    expect(errors.map((error) => error.message)).toEqual([
      expect.stringMatching(/^scenarios\.0 needs 50000000000000 Visitors for its target/),
    ]);
  });

  it('needs a visible name, distinct from the other scenarios', () => {
    const errors = errorsOf({
      ...examplePlan,
      scenarios: [{ name: 'Stretch' }, { name: '  ' }, { name: ' stretch ' }, {}],
    });
    expect(errors.map((error) => error.message)).toEqual([
      'scenarios.1.name is "  "; enter the scenario name as text of 1 to 60 characters',
      'scenarios.3.name is missing; enter the scenario name as text of 1 to 60 characters',
      'scenarios.2.name is " stretch "; scenarios.0.name is the same; give each scenario its own name',
    ]);
  });

  it('refuses a field a scenario does not have, and a scenario that is not an object', () => {
    const errors = errorsOf({
      ...examplePlan,
      scenarios: [{ name: 'A', marketingBudget: 5 }, 'B'],
    });
    expect(errors.map((error) => error.field)).toEqual([
      'scenarios.0.marketingBudget',
      'scenarios.1',
    ]);
    expect(errors[0].message).toContain('a scenario has only "name", "revenueTarget"');
  });

  it('refuses a scenario whose funnel needs more than a billion at the top', () => {
    const errors = errorsOf({
      ...examplePlan,
      scenarios: [{ name: 'Huge', revenueTarget: 1e12, averageDealSize: 1 }],
    });
    expect(errors).toHaveLength(1);
    expect(errors[0].field).toBe('scenarios.0');
    expect(errors[0].message).toMatch(
      /^scenarios\.0 needs .* Visitors for its target, more than 1000000000/,
    );
  });
});
