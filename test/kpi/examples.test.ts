/**
 * Every worked example of every catalog entry, under the function's name and under each
 * alias: the numbers a marketer reads in the reference are the numbers the function gives.
 */
import { type ArgInput, callFunction, catalog, type Example, typedNames } from '../../src/kpi';

/** A list in an example is a range; as a column it is what a user selects most often. */
function asArgs(example: Example): ArgInput[] {
  return example.args.map((arg) => (typeof arg === 'number' ? arg : arg.map((value) => [value])));
}

function asResult(example: Example): number | number[][] {
  return typeof example.result === 'number'
    ? example.result
    : example.result.map((value) => [value]);
}

const cases = catalog.flatMap((spec) =>
  typedNames(spec).flatMap((name) =>
    spec.examples.map((example) => ({
      name,
      // Shown as typed under this name: =SPV(...) for the alias of PIPELINE_VELOCITY.
      formula: example.formula.replace(`=${spec.name}(`, `=${name}(`),
      example,
    })),
  ),
);

describe('worked examples', () => {
  test('every function has at least one worked example', () => {
    for (const spec of catalog) expect(spec.examples.length).toBeGreaterThan(0);
  });

  test.each(cases)('$formula', ({ name, example }) => {
    const result = callFunction(name, asArgs(example));
    const expected = asResult(example);
    if (typeof expected === 'number') expect(result).toBeCloseTo(expected, 9);
    else expect(result).toEqual(expected);
  });
});

describe('the examples written in FUNCTIONS.md', () => {
  test('COST_PER_SALE: CPL 100 and 5 leads a sale cost 500 a sale', () => {
    expect(callFunction('COST_PER_SALE', [100, 5])).toBe(500);
  });

  test('REVERSE_FUNNEL(1000000, 25000, {0.02, 0.3, 0.4, 0.25}) plans 66700 visitors down to 40 customers', () => {
    expect(callFunction('REVERSE_FUNNEL', [1000000, 25000, [[0.02, 0.3, 0.4, 0.25]]])).toEqual([
      [66700],
      [1334],
      [400],
      [160],
      [40],
    ]);
  });

  test('REVERSE_FUNNEL takes its rates as a row or as a column alike', () => {
    const asRow = callFunction('REVERSE_FUNNEL', [1000000, 25000, [[0.02, 0.3, 0.4, 0.25]]]);
    const asColumn = callFunction('REVERSE_FUNNEL', [
      1000000,
      25000,
      [[0.02], [0.3], [0.4], [0.25]],
    ]);
    expect(asColumn).toEqual(asRow);
  });

  test('=LTV(ARPA, CUSTOMER_LIFETIME(churn)) composes: 500 a month at 2% churn is 25000', () => {
    const lifetime = callFunction('CUSTOMER_LIFETIME', [0.02]) as number;
    expect(callFunction('LTV', [500, lifetime])).toBeCloseTo(25000, 9);
  });

  test('ROI may be negative: 40000 back on 50000 spent is -20%', () => {
    expect(callFunction('ROI', [40000, 50000])).toBeCloseTo(-0.2, 12);
  });

  test('ARR is MRR times 12', () => {
    expect(callFunction('ARR', [50000])).toBe(600000);
  });

  test('a range call fills a column: one CAC per month', () => {
    expect(
      callFunction('CAC', [
        [[50000], [60000], [45000]],
        [[20], [24], [15]],
      ]),
    ).toEqual([[2500], [2500], [3000]]);
  });

  test('a single value is repeated over the shape of the ranges', () => {
    expect(callFunction('CAC_PAYBACK', [[[6000], [3000]], 500, 0.8])).toEqual([[15], [7.5]]);
  });

  test('RESPONSE_TIME averages only the answered leads, in minutes', () => {
    const created = [[45000], [45000.5], [45001]];
    const answered = [[45000 + 10 / 1440], [45000.5 + 20 / 1440], [null]];
    expect(callFunction('RESPONSE_TIME', [created, answered])).toBe(15);
  });

  test('RESPONDED_WITHIN counts an unanswered lead as not within', () => {
    const created = [[45000], [45000.5], [45001]];
    const answered = [[45000 + 3 / 1440], [45000.5 + 20 / 1440], [null]];
    expect(callFunction('RESPONDED_WITHIN', [created, answered, 5])).toBeCloseTo(1 / 3, 12);
  });

  test('dates arrive from Sheets as Date objects and count as their serial numbers', () => {
    const created = [[new Date(2026, 0, 5, 9, 0)], [new Date(2026, 0, 5, 10, 0)]];
    const answered = [[new Date(2026, 0, 5, 9, 4)], [new Date(2026, 0, 5, 10, 30)]];
    expect(callFunction('RESPONSE_TIME', [created, answered])).toBe(17);
    expect(callFunction('RESPONDED_WITHIN', [created, answered, 5])).toBe(0.5);
  });
});
