import { describePlanErrors, validatePlan } from '../../src/funnel/schema';
import { examplePlan } from '../support/plans';

function errorsOf(input: unknown) {
  const result = validatePlan(input);
  if (result.ok) throw new Error('expected the plan to be rejected');
  return result.errors;
}

describe('validatePlan', () => {
  it('accepts the example plan of the issue as it is', () => {
    expect(validatePlan(examplePlan)).toEqual({ ok: true, plan: examplePlan });
  });

  it('accepts a plan with only the required fields', () => {
    const minimal = {
      revenueTarget: 100000,
      period: 'quarter',
      averageDealSize: 5000,
      stages: [{ name: 'Leads', conversionToNext: 0.1 }, { name: 'Customers' }],
    };
    expect(validatePlan(minimal).ok).toBe(true);
  });

  it('names the field, the value and what is allowed, one message per bad field', () => {
    const errors = errorsOf({
      ...examplePlan,
      revenueTarget: -5,
      period: 'week',
      costPerLead: 'cheap',
    });
    expect(errors.map((error) => error.message)).toEqual([
      'revenueTarget is -5; enter an amount greater than 0 and at most 1000000000000',
      'period is "week"; enter "month", "quarter" or "year"',
      'costPerLead is "cheap"; enter an amount of 0 or more, at most 1000000000000',
    ]);
  });

  it('says a missing required field is missing', () => {
    const { averageDealSize: _omitted, ...withoutDealSize } = examplePlan;
    expect(errorsOf(withoutDealSize)).toEqual([
      {
        field: 'averageDealSize',
        value: undefined,
        message:
          'averageDealSize is missing; enter an amount greater than 0 and at most 1000000000000',
      },
    ]);
  });

  it('suggests 0.3 when a conversion rate is typed as 30 (per cent)', () => {
    const stages = examplePlan.stages.map((stage, index) =>
      index === 1 ? { ...stage, conversionToNext: 30 } : stage,
    );
    expect(errorsOf({ ...examplePlan, stages })).toEqual([
      {
        field: 'stages.1.conversionToNext',
        value: 30,
        message:
          'stages.1.conversionToNext is 30; enter a fraction greater than 0 and at most 1: for 30% enter 0.3',
      },
    ]);
  });

  it('rejects a zero rate, which would need infinitely many visitors', () => {
    const stages = examplePlan.stages.map((stage, index) =>
      index === 0 ? { ...stage, conversionToNext: 0 } : stage,
    );
    expect(errorsOf({ ...examplePlan, stages })[0].message).toBe(
      'stages.0.conversionToNext is 0; enter a fraction greater than 0 and at most 1, e.g. 0.3 for 30%',
    );
  });

  it('needs a rate on every stage but the last, and none on the last', () => {
    const stages = [
      { name: 'Leads' },
      { name: 'SQLs', conversionToNext: 0.2 },
      { name: 'Customers', conversionToNext: 0.5 },
    ];
    expect(
      errorsOf({ ...examplePlan, stages, leadStageIndex: 0 }).map((error) => error.message),
    ).toEqual([
      'stages.0.conversionToNext is missing; every stage but the last needs its conversion rate to the next; enter a fraction greater than 0 and at most 1, e.g. 0.3 for 30%',
      'stages.2.conversionToNext is 0.5; the last stage (customers) converts to nothing; leave it out',
    ]);
  });

  it('accepts 2 to 10 stages', () => {
    const one = [{ name: 'Customers' }];
    expect(errorsOf({ ...examplePlan, stages: one, leadStageIndex: undefined })[0].message).toBe(
      'stages is [{"name":"Customers"}]; enter 2 to 10 stages, customers last',
    );
    const eleven = Array.from({ length: 11 }, (_, index) =>
      index < 10 ? { name: `S${index}`, conversionToNext: 0.5 } : { name: 'C' },
    );
    expect(errorsOf({ ...examplePlan, stages: eleven })[0].field).toBe('stages');
  });

  it('rejects empty and overlong stage names', () => {
    const stages = [{ name: '  ', conversionToNext: 0.5 }, { name: 'x'.repeat(61) }];
    expect(
      errorsOf({ ...examplePlan, stages, leadStageIndex: 0 }).map((error) => error.field),
    ).toEqual(['stages.0.name', 'stages.1.name']);
  });

  it('keeps the lead stage above customers', () => {
    expect(errorsOf({ ...examplePlan, leadStageIndex: 4 })[0].message).toBe(
      'leadStageIndex is 4; enter the position of a stage before customers, from 0 to 3',
    );
    expect(errorsOf({ ...examplePlan, leadStageIndex: 1.5 })[0].message).toBe(
      'leadStageIndex is 1.5; enter a whole position, 0 for the first stage',
    );
  });

  it('bounds the sales cycle, the growth and the language', () => {
    const errors = errorsOf({
      ...examplePlan,
      salesCycleDays: 1000,
      monthlyGrowth: 5,
      language: 'fr',
    });
    expect(errors.map((error) => error.message)).toEqual([
      'salesCycleDays is 1000; enter a number of days from 0 to 730',
      'monthlyGrowth is 5; enter a fraction from -0.5 to 1, e.g. 0.05 for 5% a month',
      'language is "fr"; enter "en", "zh-CN" or "zh-TW"',
    ]);
  });

  it('rejects NaN and Infinity, which JSON cannot carry but a script can', () => {
    expect(
      errorsOf({
        ...examplePlan,
        revenueTarget: Number.NaN,
        averageDealSize: Number.POSITIVE_INFINITY,
      }).map((e) => e.field),
    ).toEqual(['revenueTarget', 'averageDealSize']);
  });

  it('refuses a funnel that needs more than a spreadsheet can count exactly', () => {
    const stages = [
      { name: 'Visitors', conversionToNext: 0.5 },
      { name: 'Leads', conversionToNext: 0.001 },
      { name: 'Customers' },
    ];
    // 1e9 customers at 1 each, 0.1% of leads convert, half the visitors become leads.
    const plan = {
      ...examplePlan,
      revenueTarget: 1e9,
      averageDealSize: 1,
      stages,
      leadStageIndex: 0,
    };
    expect(errorsOf(plan).map((error) => [error.field, error.message])).toEqual([
      [
        'stages',
        'stages need 2000000000000 Visitors for this target, more than 1000000000; raise the conversion rates or lower the target',
      ],
    ]);
  });

  it('says which rate makes a stage uncountable instead of "Infinity"', () => {
    const stages = [
      { name: 'Visitors', conversionToNext: 1e-300 },
      { name: 'Leads', conversionToNext: 1e-300 },
      { name: 'Customers' },
    ];
    const plan = { ...examplePlan, stages, leadStageIndex: 0 };
    expect(errorsOf(plan).map((error) => [error.field, error.message])).toEqual([
      [
        'stages',
        'stages need more than 1000000000 Visitors for this target, too many to count (the lowest conversion rate is 1e-300); raise the conversion rates or lower the target',
      ],
    ]);
  });

  it('names an unknown field, usually a typo', () => {
    expect(errorsOf({ ...examplePlan, revenueTagret: 5 })[0].message).toMatch(
      /^revenueTagret is not a known field \(value 5\); a plan has only these fields: revenueTarget, period/,
    );
  });

  it('rejects something that is not a plan at all', () => {
    expect(errorsOf('1200000')[0].message).toBe(
      'plan is "1200000"; enter a plan object such as {"revenueTarget": 1200000, ...}',
    );
    expect(errorsOf([examplePlan])[0].field).toBe('plan');
  });

  it('describes all errors in one paragraph for a thrown error', () => {
    const errors = errorsOf({ ...examplePlan, revenueTarget: 0, period: 'decade' });
    expect(describePlanErrors(errors)).toBe(
      'The plan has 2 problems:\n- revenueTarget is 0; enter an amount greater than 0 and at most 1000000000000\n- period is "decade"; enter "month", "quarter" or "year"',
    );
  });
});
