import { roundUpWhole } from '../rounding';
import type { FunctionSpec } from '../types';
import { arg } from './define';

/**
 * Stage counts from the bottom up: customers = ROUNDUP(target / deal size), then each
 * stage = ROUNDUP(next stage / its conversion rate). Top of the funnel first.
 * The goal-calculator sheet uses this very rule, so both always agree.
 */
export function reverseFunnelCounts(
  revenueTarget: number,
  averageDealSize: number,
  stageRates: readonly number[],
): number[] {
  const counts = [roundUpWhole(revenueTarget / averageDealSize)];
  for (let index = stageRates.length - 1; index >= 0; index--) {
    counts.unshift(roundUpWhole(counts[0] / stageRates[index]));
  }
  return counts;
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
      const rates = grid.flat().map((cell, index) => {
        const position =
          grid.length === 1 ? { row: 1, column: index + 1 } : { row: index + 1, column: 1 };
        const rate = call.element(2, cell, position.row, position.column);
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
      return reverseFunnelCounts(target, dealSize, rates);
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
