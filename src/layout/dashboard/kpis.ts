import type { InputKey } from './inputs';
import { cellArg, type KpiArgument, sumArg } from './kpiFormula';

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

/** The cells one row of the table offers a KPI (a month row or the period row). */
export interface RowRefs {
  readonly isPeriod: boolean;
  input(key: InputKey): string;
  kpi(key: KpiKey): string;
  /** The same input one month earlier; undefined on the first month and the period row. */
  previous(key: InputKey): string | undefined;
  /** The whole month range of an input column (for period figures that weigh months). */
  months(key: InputKey): string;
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
    args: (row) => [cellArg(row.input(part)), cellArg(row.input(whole))],
  };
}

function growth(key: KpiKey, input: InputKey): KpiColumn {
  return {
    key,
    functionName: 'GROWTH_RATE',
    format: 'percent',
    args: (row) => {
      const previous = row.previous(input);
      return previous === undefined ? undefined : [cellArg(row.input(input)), cellArg(previous)];
    },
  };
}

const totalCost = (row: RowRefs) => sumArg(row.input('marketingSpend'), row.input('salesSpend'));

export const kpiColumns: readonly KpiColumn[] = [
  {
    key: 'cpl',
    functionName: 'CPL',
    format: 'money',
    args: (row) => [cellArg(row.input('marketingSpend')), cellArg(row.input('leads'))],
  },
  {
    key: 'costPerMql',
    functionName: 'COST_PER_MQL',
    format: 'money',
    args: (row) => [cellArg(row.input('marketingSpend')), cellArg(row.input('mqls'))],
  },
  {
    key: 'costPerSql',
    functionName: 'COST_PER_SQL',
    format: 'money',
    args: (row) => [cellArg(row.input('marketingSpend')), cellArg(row.input('sqls'))],
  },
  {
    // Sales and marketing together: the cost of winning a customer, not of a lead.
    key: 'cac',
    functionName: 'CAC',
    format: 'money',
    args: (row) => [totalCost(row), cellArg(row.input('newCustomers'))],
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
    args: (row) => [cellArg(row.input('revenue')), cellArg(row.input('dealsWon'))],
  },
  {
    // MRR over the customers at the end of the month (start + new - lost); on the period
    // row that is the latest MRR over the customers at the end of the period.
    key: 'arpa',
    functionName: 'ARPA',
    format: 'money',
    args: (row) => {
      const start = row.input('customersAtStart');
      const won = row.input('newCustomers');
      const lost = row.input('customersLost');
      return [
        cellArg(row.input('mrr')),
        { expr: `${start}+${won}-${lost}`, dependsOn: [start, won, lost] },
      ];
    },
  },
  {
    // Monthly churn. On the period row: customers lost over customer-months (the sum of
    // each month's customers at start), so the lifetime and LTV stay in months.
    key: 'churn',
    functionName: 'CHURN_RATE',
    format: 'percent',
    args: (row) => {
      const lost = cellArg(row.input('customersLost'));
      if (!row.isPeriod) return [lost, cellArg(row.input('customersAtStart'))];
      const start = row.input('customersAtStart');
      return [lost, { expr: `SUM(${row.months('customersAtStart')})`, dependsOn: [start] }];
    },
  },
  {
    key: 'lifetime',
    functionName: 'CUSTOMER_LIFETIME',
    format: 'months',
    args: (row) => [cellArg(row.kpi('churn'))],
  },
  {
    key: 'ltv',
    functionName: 'LTV',
    format: 'money',
    args: (row) => [
      cellArg(row.kpi('arpa')),
      cellArg(row.kpi('lifetime')),
      cellArg(row.grossMargin),
    ],
  },
  {
    key: 'ltvCac',
    functionName: 'LTV_CAC',
    format: 'ratio',
    args: (row) => [cellArg(row.kpi('ltv')), cellArg(row.kpi('cac'))],
  },
  {
    key: 'cacPayback',
    functionName: 'CAC_PAYBACK',
    format: 'months',
    args: (row) => [cellArg(row.kpi('cac')), cellArg(row.kpi('arpa')), cellArg(row.grossMargin)],
  },
  {
    key: 'roi',
    functionName: 'ROI',
    format: 'percent',
    args: (row) => [cellArg(row.input('revenue')), cellArg(row.input('marketingSpend'))],
  },
  {
    key: 'mer',
    functionName: 'MER',
    format: 'ratio',
    args: (row) => [cellArg(row.input('revenue')), cellArg(row.input('marketingSpend'))],
  },
  {
    key: 'pipelineVelocity',
    functionName: 'PIPELINE_VELOCITY',
    format: 'moneyPerDay',
    args: (row) => [
      cellArg(row.input('opportunities')),
      cellArg(row.kpi('avgDealSize')),
      cellArg(row.kpi('winRate')),
      cellArg(row.salesCycleDays),
    ],
  },
  growth('revenueGrowth', 'revenue'),
  growth('mrrGrowth', 'mrr'),
  growth('leadGrowth', 'leads'),
];
