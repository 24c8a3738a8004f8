import type { InputKey } from './inputs';
import { cellArg, type KpiArgument } from './kpiFormula';

/**
 * The KPI columns beside the input table, left to right: every KPI of FUNCTIONS.md that the
 * monthly inputs allow. Each names the catalog function it is and how the row feeds it, so
 * its formula comes from the catalog (kpiFormula) and tests can call the same function.
 */

export type KpiKey =
  | 'cpl'
  | 'costPerMql'
  | 'costPerSql'
  | 'cac'
  | 'visitorToLead'
  | 'leadToMql'
  | 'mqlToSql'
  | 'sqlToOpportunity'
  | 'winRate'
  | 'ctr'
  | 'openRate'
  | 'organicShare'
  | 'avgDealSize'
  | 'arpa'
  | 'churn'
  | 'lifetime'
  | 'ltv'
  | 'ltvCac'
  | 'cacPayback'
  | 'roi'
  | 'mer'
  | 'pipelineVelocity'
  | 'revenueGrowth'
  | 'mrrGrowth'
  | 'leadGrowth';

export type KpiFormat = 'money' | 'percent' | 'ratio' | 'months' | 'moneyPerDay';

/**
 * What one row of the KPI table offers a KPI. On a month row every input is that month's
 * cell; on the period row an input is its total over the months the KPI covers (see
 * periodKpis.ts), so the same argument list gives the monthly and the period figure.
 */
export interface RowRefs {
  readonly isPeriod: boolean;
  /** A flow: the month's figure, or its total over the covered months. */
  input(key: InputKey): KpiArgument;
  /** A stock counted at month end: the month's figure, or its average over the covered months. */
  stock(key: InputKey): KpiArgument;
  /** Another KPI of the same row. */
  kpi(key: KpiKey): KpiArgument;
  /** The same input one month earlier; undefined on the first month and the period row. */
  previous(key: InputKey): string | undefined;
  readonly grossMargin: string;
  readonly salesCycleDays: string;
}

export interface KpiColumn {
  readonly key: KpiKey;
  /** The catalog function this column is. */
  readonly functionName: string;
  readonly format: KpiFormat;
  /** The arguments on a row, or undefined where the KPI has no meaning (growth of month 1). */
  args(row: RowRefs): readonly KpiArgument[] | undefined;
}

function share(key: KpiKey, functionName: string, part: InputKey, whole: InputKey): KpiColumn {
  return {
    key,
    functionName,
    format: 'percent',
    args: (row) => [row.input(part), row.input(whole)],
  };
}

function growth(key: KpiKey, input: InputKey): KpiColumn {
  return {
    key,
    functionName: 'GROWTH_RATE',
    format: 'percent',
    args: (row) => {
      const previous = row.previous(input);
      if (previous === undefined) return undefined;
      const current = row.input(input);
      return [current, cellArg(previous)];
    },
  };
}

/** Arguments combined into one expression, missing when any of them is. */
function combined(build: (...exprs: string[]) => string, ...args: KpiArgument[]): KpiArgument {
  return {
    expr: build(...args.map((arg) => arg.expr)),
    blankWhen: [...new Set(args.flatMap((arg) => arg.blankWhen))],
  };
}

const totalCost = (row: RowRefs) =>
  combined(
    (marketing, sales) => `${marketing}+${sales}`,
    row.input('marketingSpend'),
    row.input('salesSpend'),
  );

export const kpiColumns: readonly KpiColumn[] = [
  {
    key: 'cpl',
    functionName: 'CPL',
    format: 'money',
    args: (row) => [row.input('marketingSpend'), row.input('leads')],
  },
  {
    key: 'costPerMql',
    functionName: 'COST_PER_MQL',
    format: 'money',
    args: (row) => [row.input('marketingSpend'), row.input('mqls')],
  },
  {
    key: 'costPerSql',
    functionName: 'COST_PER_SQL',
    format: 'money',
    args: (row) => [row.input('marketingSpend'), row.input('sqls')],
  },
  {
    // Sales and marketing together: the cost of winning a customer, not of a lead.
    key: 'cac',
    functionName: 'CAC',
    format: 'money',
    args: (row) => [totalCost(row), row.input('newCustomers')],
  },
  share('visitorToLead', 'CONVERSION_RATE', 'leads', 'visitors'),
  share('leadToMql', 'CONVERSION_RATE', 'mqls', 'leads'),
  share('mqlToSql', 'CONVERSION_RATE', 'sqls', 'mqls'),
  share('sqlToOpportunity', 'CONVERSION_RATE', 'opportunities', 'sqls'),
  share('winRate', 'WIN_RATE', 'dealsWon', 'opportunities'),
  share('ctr', 'CTR', 'clicks', 'impressions'),
  share('openRate', 'OPEN_RATE', 'emailOpens', 'emailsDelivered'),
  share('organicShare', 'ORGANIC_SHARE', 'organicVisitors', 'visitors'),
  {
    key: 'avgDealSize',
    functionName: 'AVG_DEAL_SIZE',
    format: 'money',
    args: (row) => [row.input('revenue'), row.input('dealsWon')],
  },
  {
    // MRR over the customers at the end of the month (start + new - lost). On the period
    // row: MRR summed over the covered months over customers summed the same way, the
    // average revenue per account-month (so an empty first month changes nothing).
    key: 'arpa',
    functionName: 'ARPA',
    format: 'money',
    args: (row) => [
      row.input('mrr'),
      combined(
        (start, won, lost) => `${start}+${won}-${lost}`,
        row.input('customersAtStart'),
        row.input('newCustomers'),
        row.input('customersLost'),
      ),
    ],
  },
  {
    // Monthly churn. On the period row: customers lost over customer-months (the sum of
    // each covered month's customers at start), so the lifetime and LTV stay in months.
    key: 'churn',
    functionName: 'CHURN_RATE',
    format: 'percent',
    args: (row) => [row.input('customersLost'), row.input('customersAtStart')],
  },
  {
    key: 'lifetime',
    functionName: 'CUSTOMER_LIFETIME',
    format: 'months',
    args: (row) => [row.kpi('churn')],
  },
  {
    key: 'ltv',
    functionName: 'LTV',
    format: 'money',
    args: (row) => [row.kpi('arpa'), row.kpi('lifetime'), cellArg(row.grossMargin)],
  },
  {
    key: 'ltvCac',
    functionName: 'LTV_CAC',
    format: 'ratio',
    args: (row) => [row.kpi('ltv'), row.kpi('cac')],
  },
  {
    key: 'cacPayback',
    functionName: 'CAC_PAYBACK',
    format: 'months',
    args: (row) => [row.kpi('cac'), row.kpi('arpa'), cellArg(row.grossMargin)],
  },
  {
    key: 'roi',
    functionName: 'ROI',
    format: 'percent',
    args: (row) => [row.input('revenue'), row.input('marketingSpend')],
  },
  {
    key: 'mer',
    functionName: 'MER',
    format: 'ratio',
    args: (row) => [row.input('revenue'), row.input('marketingSpend')],
  },
  {
    // The seeds' definition: what the open pipeline is expected to close per day, open
    // opportunities at month end x average deal size x win rate / sales cycle in days. On
    // the period row the open pipeline is its average over the covered months, so the
    // figure stays a per-day rate comparable with the months'.
    key: 'pipelineVelocity',
    functionName: 'PIPELINE_VELOCITY',
    format: 'moneyPerDay',
    args: (row) => [
      row.stock('openOpportunities'),
      row.kpi('avgDealSize'),
      row.kpi('winRate'),
      cellArg(row.salesCycleDays),
    ],
  },
  growth('revenueGrowth', 'revenue'),
  growth('mrrGrowth', 'mrr'),
  growth('leadGrowth', 'leads'),
];
