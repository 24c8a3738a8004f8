/**
 * The monthly input table: the figures a B2B team copies from its CRM and analytics, one
 * row per month. Every KPI of the dashboard is computed from these columns.
 */

export type InputKey =
  | 'marketingSpend'
  | 'salesSpend'
  | 'visitors'
  | 'organicVisitors'
  | 'impressions'
  | 'clicks'
  | 'emailsDelivered'
  | 'emailOpens'
  | 'leads'
  | 'mqls'
  | 'sqls'
  | 'opportunities'
  | 'dealsWon'
  | 'newCustomers'
  | 'revenue'
  | 'mrr'
  | 'customersAtStart'
  | 'customersLost'
  | 'openOpportunities';

/**
 * How the input table's period row sums up a column. Flows (spend, leads, revenue) add up
 * over the months; stocks do not: MRR and the open pipeline are the latest month's,
 * customers at start is the first month's, so "start + new - lost" is the customer count
 * at the end of the period. (The KPIs' period row computes from the months themselves, see
 * periodKpis.ts.)
 */
export type PeriodRule = 'sum' | 'latest' | 'first';

export type InputFormat = 'money' | 'count';

export interface InputColumn {
  readonly key: InputKey;
  readonly format: InputFormat;
  readonly period: PeriodRule;
}

/** Left to right after the month column, in the order a CRM export usually lists them. */
export const inputColumns: readonly InputColumn[] = [
  { key: 'marketingSpend', format: 'money', period: 'sum' },
  { key: 'salesSpend', format: 'money', period: 'sum' },
  { key: 'visitors', format: 'count', period: 'sum' },
  { key: 'organicVisitors', format: 'count', period: 'sum' },
  { key: 'impressions', format: 'count', period: 'sum' },
  { key: 'clicks', format: 'count', period: 'sum' },
  { key: 'emailsDelivered', format: 'count', period: 'sum' },
  { key: 'emailOpens', format: 'count', period: 'sum' },
  { key: 'leads', format: 'count', period: 'sum' },
  { key: 'mqls', format: 'count', period: 'sum' },
  { key: 'sqls', format: 'count', period: 'sum' },
  { key: 'opportunities', format: 'count', period: 'sum' },
  { key: 'dealsWon', format: 'count', period: 'sum' },
  { key: 'newCustomers', format: 'count', period: 'sum' },
  { key: 'revenue', format: 'money', period: 'sum' },
  { key: 'mrr', format: 'money', period: 'latest' },
  { key: 'customersAtStart', format: 'count', period: 'first' },
  { key: 'customersLost', format: 'count', period: 'sum' },
  // A stock, counted on the last day of the month: what pipeline velocity multiplies. Last,
  // so the funnel columns (leads to deals won) stay neighbours.
  { key: 'openOpportunities', format: 'count', period: 'latest' },
];

/**
 * One month of figures as data (sample data, a CLI file). A missing figure stays blank;
 * text is kept as text (a pasted "n/a" or a hostile "=IMPORTXML(...)" is never a formula).
 */
export type MonthlyFigures = Partial<Record<InputKey, number | string>>;
