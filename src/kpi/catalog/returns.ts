import type { FunctionSpec } from '../types';
import { arg, p, ratio } from './define';

const category = 'Return on spend';

export const returns: readonly FunctionSpec[] = [
  {
    name: 'ROI',
    aliases: ['MROI', 'ROMI'],
    category,
    mode: 'elementwise',
    summary: 'Marketing ROI: (revenue - cost) / cost, as a percentage; negative is a loss.',
    args: [
      arg('revenue', 'money', 'Revenue attributed to the marketing spend.'),
      arg('cost', 'money', 'What the marketing cost.'),
    ],
    result: 'fraction',
    formula: '(revenue - cost) / cost',
    zeroIsUndefined: ['cost'],
    compute: (revenue, cost) => (revenue - cost) / cost,
    native: ([revenue, cost]) => `(${p(revenue)}-${p(cost)})/${p(cost)}`,
    examples: [{ formula: '=ROI(150000, 50000)', args: [150000, 50000], result: 2 }],
  },
  {
    name: 'MER',
    aliases: ['ROAS'],
    category,
    mode: 'elementwise',
    summary: 'Marketing efficiency ratio (or ROAS): revenue per unit of spend.',
    args: [
      arg('revenue', 'money', 'Revenue in the period (or from the campaign).'),
      arg('spend', 'money', 'Marketing (or ad) spend in the same period.'),
    ],
    result: 'ratio',
    formula: 'revenue / spend',
    zeroIsUndefined: ['spend'],
    ...ratio,
    examples: [{ formula: '=MER(200000, 50000)', args: [200000, 50000], result: 4 }],
  },
];
