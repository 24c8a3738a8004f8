import type { FunctionSpec } from '../types';
import { arg, p, ratio } from './define';

const category = 'Customer value';

export const value: readonly FunctionSpec[] = [
  {
    name: 'ARPA',
    aliases: ['ARPC'],
    category,
    mode: 'elementwise',
    summary: 'Average revenue per account (or customer) in the period.',
    args: [
      arg('revenue', 'money', 'Revenue in the period.'),
      arg('accounts', 'count', 'Paying accounts (customers) in the same period.'),
    ],
    result: 'money',
    formula: 'revenue / accounts',
    zeroIsUndefined: ['accounts'],
    ...ratio,
    examples: [{ formula: '=ARPA(50000, 100)', args: [50000, 100], result: 500 }],
  },
  {
    name: 'AVG_DEAL_SIZE',
    category,
    mode: 'elementwise',
    summary: 'Average deal size: revenue per deal won.',
    args: [
      arg('revenue', 'money', 'Revenue from deals won in the period.'),
      arg('deals_won', 'count', 'Deals won in the same period.'),
    ],
    result: 'money',
    formula: 'revenue / deals_won',
    zeroIsUndefined: ['deals_won'],
    ...ratio,
    examples: [{ formula: '=AVG_DEAL_SIZE(250000, 10)', args: [250000, 10], result: 25000 }],
  },
  {
    name: 'LEAD_VALUE',
    category,
    mode: 'elementwise',
    summary: 'Lead value: sales value generated per lead.',
    args: [
      arg('sales_value', 'money', 'Sales value (revenue) attributed to the leads.'),
      arg('leads', 'count', 'Leads that produced it.'),
    ],
    result: 'money',
    formula: 'sales_value / leads',
    zeroIsUndefined: ['leads'],
    ...ratio,
    examples: [{ formula: '=LEAD_VALUE(100000, 400)', args: [100000, 400], result: 250 }],
  },
  {
    name: 'LTV',
    aliases: ['CLV'],
    category,
    mode: 'elementwise',
    summary: 'Customer lifetime value: revenue per period x lifetime in periods x gross margin.',
    args: [
      arg(
        'revenue_per_period',
        'money',
        'Average revenue per customer per period (e.g. ARPA per month).',
      ),
      arg(
        'lifetime_periods',
        'periods',
        'How many periods a customer stays (e.g. CUSTOMER_LIFETIME(churn)).',
      ),
      arg(
        'gross_margin',
        'rate',
        'Gross margin: the share of revenue left after the cost of serving it.',
        1,
      ),
    ],
    result: 'money',
    formula: 'revenue_per_period x lifetime_periods x gross_margin',
    zeroIsUndefined: [],
    compute: (revenue, lifetime, grossMargin) => revenue * lifetime * grossMargin,
    native: ([revenue, lifetime, grossMargin]) =>
      grossMargin === undefined
        ? `${p(revenue)}*${p(lifetime)}`
        : `${p(revenue)}*${p(lifetime)}*${p(grossMargin)}`,
    examples: [
      { formula: '=LTV(500, 24)', args: [500, 24], result: 12000 },
      { formula: '=LTV(500, 24, 80%)', args: [500, 24, 0.8], result: 9600 },
    ],
  },
  {
    name: 'CUSTOMER_LIFETIME',
    category,
    mode: 'elementwise',
    summary: 'Expected customer lifetime in periods: 1 / churn rate.',
    args: [arg('churn_rate', 'rate', 'Share of customers lost per period (e.g. 2% a month).')],
    result: 'periods',
    formula: '1 / churn_rate',
    zeroIsUndefined: ['churn_rate'],
    compute: (churn) => 1 / churn,
    native: ([churn]) => `1/${p(churn)}`,
    examples: [{ formula: '=CUSTOMER_LIFETIME(2%)', args: [0.02], result: 50 }],
  },
  {
    name: 'LTV_CAC',
    category,
    mode: 'elementwise',
    summary: 'LTV:CAC ratio: lifetime value per dollar of acquisition cost (3 means 3:1).',
    args: [
      arg('ltv', 'money', 'Customer lifetime value (LTV).'),
      arg('cac', 'money', 'Customer acquisition cost (CAC).'),
    ],
    result: 'ratio',
    formula: 'ltv / cac',
    zeroIsUndefined: ['cac'],
    ...ratio,
    examples: [{ formula: '=LTV_CAC(12000, 4000)', args: [12000, 4000], result: 3 }],
  },
];
