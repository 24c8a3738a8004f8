/**
 * Functions at scale: many rows add up exactly, long funnels take linear time, and counts
 * too large to hold exactly are an error that names the cause, never a rounded-down or
 * non-whole "count". (Speed itself is measured by `npm run bench`, never asserted here.)
 */
import fc from 'fast-check';
import { type ArgInput, callFunction, reverseFunnelCounts } from '../../src/kpi';

const column = (values: readonly (number | Date)[]) => values.map((value) => [value]);

function messageOf(name: string, args: ArgInput[]): string {
  try {
    throw new Error(`expected an error, got ${JSON.stringify(callFunction(name, args))}`);
  } catch (error) {
    return (error as Error).message;
  }
}

describe('RESPONSE_TIME sums exact milliseconds', () => {
  test('10,000 rows of exactly 14.4 minutes give 14.4', () => {
    const created = Array.from({ length: 10_000 }, (_, row) => 45_000 + row / 7);
    const responded = created.map((serial) => serial + 14.4 / 1440);
    expect(callFunction('RESPONSE_TIME', [column(created), column(responded)])).toBe(14.4);
  });

  test('Date pairs 14.4 seconds apart give 0.24, not 0.240000000000003', () => {
    const created = Array.from({ length: 1000 }, (_, row) => new Date(2026, 0, 1, 9, row, 7));
    const responded = created.map((date) => new Date(date.getTime() + 14_400));
    expect(callFunction('RESPONSE_TIME', [column(created), column(responded)])).toBe(0.24);
    expect(callFunction('RESPONSE_TIME', [created[0], responded[0]])).toBe(0.24);
  });

  test('the mean of whole-millisecond delays is that exact fraction, rounded once', () => {
    const delays = fc.array(fc.integer({ min: 0, max: 30 * 86_400_000 }), {
      minLength: 1,
      maxLength: 200,
    });
    fc.assert(
      fc.property(delays, fc.integer({ min: 0, max: 2_000_000_000 }), (delaysMs, startMs) => {
        const created = delaysMs.map((_, row) => new Date(startMs + row * 1000));
        const responded = delaysMs.map((delay, row) => new Date(startMs + row * 1000 + delay));
        const total = delaysMs.reduce((sum, delay) => sum + delay, 0);
        const expected = total / (delaysMs.length * 60_000);
        return callFunction('RESPONSE_TIME', [column(created), column(responded)]) === expected;
      }),
      { numRuns: 300 },
    );
  });

  test('RESPONDED_WITHIN counts a delay of exactly the limit as within', () => {
    const created = [45_000, 45_001];
    const responded = [45_000 + 5 / 1440, 45_001 + 5.001 / 1440];
    expect(callFunction('RESPONDED_WITHIN', [column(created), column(responded), 5])).toBe(0.5);
  });

  test('a serial number past 9999-12-31 is not a date', () => {
    expect(messageOf('RESPONSE_TIME', [column([0, 0]), column([1e308, 1])])).toBe(
      'RESPONSE_TIME: first_response is 1e+308 (row 1, column 1), which is not a valid date (the last is 9999-12-31, serial number 2958465)',
    );
  });
});

describe('REVERSE_FUNNEL at scale', () => {
  test('a million rates fill the column (linear: no unshift in a loop)', () => {
    const rates = Array.from({ length: 1_000_000 }, () => [1]);
    const result = callFunction('REVERSE_FUNNEL', [1000, 10, rates]) as number[][];
    expect(result).toHaveLength(1_000_001);
    expect(result[0]).toEqual([100]);
    expect(result[1_000_000]).toEqual([100]);
  });

  test('a count above 1e15 is not rounded down', () => {
    expect(callFunction('REVERSE_FUNNEL', [1234567890123451, 1, [[1]]])).toEqual([
      [1234567890123451],
      [1234567890123451],
    ]);
    expect(reverseFunnelCounts(1234567890123450.5, 1, [])).toEqual([1234567890123451]);
  });

  test('below 1e15 a whole quotient a hair above in binary still asks for no extra lead', () => {
    expect(reverseFunnelCounts(21, 1, [0.7])).toEqual([30, 21]);
  });

  test('customers beyond 2^53 name revenue_target and avg_deal_size', () => {
    expect(messageOf('REVERSE_FUNNEL', [1e30, 1, [[0.5]]])).toBe(
      'REVERSE_FUNNEL: revenue_target / avg_deal_size makes customers 1e+30, more than 9007199254740991, the largest whole number counted exactly; enter a smaller revenue_target or a larger avg_deal_size (both in the same currency unit)',
    );
  });

  test('a stage beyond 2^53 names the rate that makes it so', () => {
    expect(messageOf('REVERSE_FUNNEL', [1e15, 1, [[1e-5, 0.5]]])).toBe(
      'REVERSE_FUNNEL: stage_rates is 0.00001 at position 1, so that stage needs 200000000000000000000, more than 9007199254740991, the largest whole number counted exactly; check that rate (0.5% is 0.005) or enter a smaller revenue_target',
    );
    expect(messageOf('REVERSE_FUNNEL', [1e6, 1, column([0.5, 1e-320, 0.5])])).toMatch(
      /^REVERSE_FUNNEL: stage_rates is 1e-320 at position 2, so that stage needs more than 9007199254740991, the largest whole number counted exactly; check that rate/,
    );
  });

  test('every count is whole, at least what the next stage needs, and within 2^53', () => {
    const plan = fc.record({
      target: fc.double({ min: 1, max: 1e14, noNaN: true }),
      dealSize: fc.double({ min: 1, max: 1e6, noNaN: true }),
      rates: fc.array(fc.double({ min: 1e-6, max: 1, noNaN: true }), { maxLength: 12 }),
    });
    fc.assert(
      fc.property(plan, ({ target, dealSize, rates }) => {
        let counts: number[];
        try {
          counts = (
            callFunction('REVERSE_FUNNEL', [target, dealSize, [rates.length ? rates : [1]]]) as [
              number,
            ][]
          ).map(([count]) => count);
        } catch (error) {
          return /more than 9007199254740991/.test((error as Error).message);
        }
        const all = rates.length ? rates : [1];
        const customersNeeded = target / dealSize;
        return counts.every((count, index) => {
          const needed = index === all.length ? customersNeeded : counts[index + 1] / all[index];
          // Only float noise (15 significant digits) may be rounded away, never a real part.
          return Number.isSafeInteger(count) && count >= needed * (1 - 1e-14) && count < needed + 1;
        });
      }),
      { numRuns: 500 },
    );
  });
});
