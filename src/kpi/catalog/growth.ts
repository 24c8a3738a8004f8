import type { FunctionSpec } from '../types';
import { arg, p, ratio } from './define';

const category = 'Growth and retention';

export const growth: readonly FunctionSpec[] = [
  {
    name: 'GROWTH_RATE',
    category,
    mode: 'elementwise',
    summary: 'Growth rate from one period to the next, as a percentage; negative is a decline.',
    args: [
      arg('current', 'number', 'The value this period (revenue, leads, visitors...).'),
      arg('previous', 'number', 'The same value in the previous period.'),
    ],
    result: 'fraction',
    formula: '(current - previous) / previous',
    zeroIsUndefined: ['previous'],
    compute: (current, previous) => (current - previous) / previous,
    native: ([current, previous]) => `(${p(current)}-${p(previous)})/${p(previous)}`,
    examples: [{ formula: '=GROWTH_RATE(1200, 1000)', args: [1200, 1000], result: 0.2 }],
  },
  {
    name: 'LIST_GROWTH_RATE',
    category,
    mode: 'elementwise',
    summary: 'Email list growth rate: (new subscribers - unsubscribes) / list size.',
    args: [
      arg('new_subscribers', 'count', 'Subscribers who joined in the period.'),
      arg('unsubscribes', 'count', 'Unsubscribes (and removals) in the period.'),
      arg('list_size', 'count', 'List size at the start of the period.'),
    ],
    result: 'fraction',
    formula: '(new_subscribers - unsubscribes) / list_size',
    zeroIsUndefined: ['list_size'],
    compute: (added, removed, size) => (added - removed) / size,
    native: ([added, removed, size]) => `(${p(added)}-${p(removed)})/${p(size)}`,
    examples: [
      { formula: '=LIST_GROWTH_RATE(300, 100, 10000)', args: [300, 100, 10000], result: 0.02 },
    ],
  },
  {
    name: 'CHURN_RATE',
    category,
    mode: 'elementwise',
    summary: 'Customer churn rate: customers lost / customers at the start of the period.',
    args: [
      arg('customers_lost', 'count', 'Customers lost during the period.'),
      arg('customers_at_start', 'count', 'Customers at the start of the period.'),
    ],
    result: 'fraction',
    formula: 'customers_lost / customers_at_start',
    zeroIsUndefined: ['customers_at_start'],
    ...ratio,
    examples: [{ formula: '=CHURN_RATE(5, 250)', args: [5, 250], result: 0.02 }],
  },
  {
    name: 'ARR',
    category,
    mode: 'elementwise',
    summary: 'Annual recurring revenue: monthly recurring revenue x 12.',
    args: [arg('mrr', 'money', 'Monthly recurring revenue (MRR).')],
    result: 'money',
    formula: 'mrr x 12',
    zeroIsUndefined: [],
    compute: (mrr) => mrr * 12,
    native: ([mrr]) => `${p(mrr)}*12`,
    examples: [{ formula: '=ARR(50000)', args: [50000], result: 600000 }],
  },
];
