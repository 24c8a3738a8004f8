import { roundUpWhole } from '../rounding';
import type { AggregateCall, FunctionSpec } from '../types';
import { arg } from './define';

/**
 * Below 1e15 the one rounding rule (rounding.ts) rounds up after clearing float noise at 15
 * significant digits. From 1e15 on, 15 digits no longer reach the units, so the rule would
 * round 1234567890123451 down to ...450: there a count is rounded up as it is.
 */
const FIFTEEN_DIGITS = 1e15;

function wholeCountAtLeast(quotient: number): number {
  // A whole quotient is its own count; skipping the rule's text round trip keeps a
  // million stages fast.
  if (Number.isInteger(quotient)) return quotient;
  return quotient >= FIFTEEN_DIGITS ? Math.ceil(quotient) : roundUpWhole(quotient);
}

/**
 * Stage counts from the bottom up: customers = ROUNDUP(target / deal size), then each
 * stage = ROUNDUP(next stage / its conversion rate). Top of the funnel first, filled from
 * the end (linear: a million rates take milliseconds). The goal-calculator sheet uses
 * this very rule, so both always agree. Counts beyond 2^53 are not exact (or Infinity):
 * callers check them.
 */
export function reverseFunnelCounts(
  revenueTarget: number,
  averageDealSize: number,
  stageRates: readonly number[],
): number[] {
  const counts: number[] = new Array(stageRates.length + 1);
  counts[stageRates.length] = wholeCountAtLeast(revenueTarget / averageDealSize);
  for (let index = stageRates.length - 1; index >= 0; index--) {
    counts[index] = wholeCountAtLeast(counts[index + 1] / stageRates[index]);
  }
  return counts;
}

/** "1e+30, more than 9007199254740991" or, for Infinity, "more than 9007199254740991". */
function beyondExact(count: number): string {
  const limit = `more than ${Number.MAX_SAFE_INTEGER}, the largest whole number counted exactly`;
  return Number.isFinite(count) ? `${count}, ${limit}` : limit;
}

/** The first count, from the bottom, that cannot be held exactly, as an error saying why. */
function uncountable(
  call: AggregateCall,
  counts: readonly number[],
  rates: readonly number[],
): Error | undefined {
  const customers = counts[rates.length];
  if (customers > Number.MAX_SAFE_INTEGER) {
    return call.fail(
      `revenue_target / avg_deal_size makes customers ${beyondExact(customers)}; enter a smaller revenue_target or a larger avg_deal_size (both in the same currency unit)`,
    );
  }
  for (let index = rates.length - 1; index >= 0; index--) {
    if (counts[index] > Number.MAX_SAFE_INTEGER) {
      return call.fail(
        `stage_rates is ${rates[index]} at position ${index + 1}, so that stage needs ${beyondExact(counts[index])}; check that rate (0.5% is 0.005) or enter a smaller revenue_target`,
      );
    }
  }
  return undefined;
}

export const planning: readonly FunctionSpec[] = [
  {
    name: 'REVERSE_FUNNEL',
    category: 'Planning backward from revenue',
    mode: 'column',
    summary: 'Works backward from a revenue target: how many of each funnel stage it takes.',
    args: [
      arg('revenue_target', 'money', 'The revenue to reach.'),
      arg('avg_deal_size', 'money', 'Average revenue per won deal (customer).'),
      arg(
        'stage_rates',
        'rate',
        'Conversion rates from each stage to the next, top to bottom (visitor->lead, lead->MQL...).',
      ),
    ],
    result: 'count',
    formula:
      'customers = ROUNDUP(revenue_target / avg_deal_size); each stage above = ROUNDUP(next stage / its rate)',
    errors: [
      'revenue_target and avg_deal_size must be single values; an avg_deal_size of 0 is an error.',
      'stage_rates must be one row or one column; a blank or 0 rate is an error naming its position.',
      'A count beyond 9007199254740991 (2^53 - 1), the largest whole number held exactly, is an error naming the rate or the target that causes it.',
    ],
    computeColumn(call) {
      const target = call.scalar(0);
      const dealSize = call.scalar(1);
      if (dealSize === 0) throw call.fail('avg_deal_size is 0, so the funnel is undefined');
      const grid = call.grid(2);
      if (grid.length > 1 && grid[0].length > 1) {
        throw call.fail(
          `stage_rates is ${grid.length}x${grid[0].length}; enter one row or one column of rates`,
        );
      }
      const cells = grid.length === 1 ? grid[0] : grid.map((row) => row[0]);
      const rates = cells.map((cell, index) => {
        const rate =
          grid.length === 1
            ? call.element(2, cell, 1, index + 1)
            : call.element(2, cell, index + 1, 1);
        if (rate === null) {
          throw call.fail(
            `stage_rates is blank at position ${index + 1}; enter every conversion rate`,
          );
        }
        if (rate === 0) {
          throw call.fail(`stage_rates is 0 at position ${index + 1}, so the funnel is undefined`);
        }
        return rate;
      });
      const counts = reverseFunnelCounts(target, dealSize, rates);
      const error = uncountable(call, counts, rates);
      if (error) throw error;
      return counts;
    },
    examples: [
      {
        formula: '=REVERSE_FUNNEL(1000000, 25000, {0.02, 0.3, 0.4, 0.25})',
        args: [1000000, 25000, [0.02, 0.3, 0.4, 0.25]],
        result: [66700, 1334, 400, 160, 40],
      },
    ],
  },
];
