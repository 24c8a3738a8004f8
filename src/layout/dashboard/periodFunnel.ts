import type { InputKey } from './inputs';
import type { KpiKey } from './kpis';
import { periodInputs } from './periodKpis';

/**
 * The funnel's period ratios as the dashboard's Period row computes them (periodKpis.ts):
 * a ratio sums its two inputs over the months in which every input of its KPI group is a
 * number, so a plan calibrated from the same months shows the dashboard's own figures.
 */

/** One month of the input table: a number, text (a pasted "n/a") or absent (blank). */
export interface MonthInputs {
  /** "YYYY-MM". */
  readonly month: string;
  readonly inputs: Readonly<Partial<Record<InputKey, number | string>>>;
}

/** Two totals over the same months, and which months they are. */
export interface PeriodRatio {
  readonly numerator: number;
  readonly denominator: number;
  readonly months: readonly string[];
}

/** The funnel's ratios, top first: the KPI and its numerator and denominator inputs. */
export const funnelRatios: readonly {
  readonly kpi: KpiKey;
  readonly numerator: InputKey;
  readonly denominator: InputKey;
}[] = [
  { kpi: 'leadToMql', numerator: 'mqls', denominator: 'leads' },
  { kpi: 'mqlToSql', numerator: 'sqls', denominator: 'mqls' },
  { kpi: 'sqlToOpportunity', numerator: 'opportunities', denominator: 'sqls' },
  { kpi: 'winRate', numerator: 'dealsWon', denominator: 'opportunities' },
];

/** Average deal size: revenue over deals won, as the dashboard's AVG_DEAL_SIZE column. */
export const dealSizeRatio = {
  kpi: 'avgDealSize',
  numerator: 'revenue',
  denominator: 'dealsWon',
} as const satisfies (typeof funnelRatios)[number];

/** Cost per lead: marketing spend over leads, as the dashboard's CPL column. */
export const costPerLeadRatio = {
  kpi: 'cpl',
  numerator: 'marketingSpend',
  denominator: 'leads',
} as const satisfies (typeof funnelRatios)[number];

/**
 * Sums `numerator` and `denominator` over the months the dashboard's period figure of `kpi`
 * covers. `known` lists the inputs the source has at all (an export has no open pipeline):
 * an input outside it does not exclude a month; with every input known (a dashboard) the
 * months are exactly the Period row's.
 */
export function periodRatio(
  months: readonly MonthInputs[],
  ratio: { readonly kpi: KpiKey; readonly numerator: InputKey; readonly denominator: InputKey },
  known?: ReadonlySet<InputKey>,
): PeriodRatio {
  const required = [
    ratio.numerator,
    ratio.denominator,
    ...periodInputs()[ratio.kpi].filter((key) => known?.has(key) ?? true),
  ];
  let numerator = 0;
  let denominator = 0;
  const covered: string[] = [];
  for (const month of months) {
    if (!required.every((key) => typeof month.inputs[key] === 'number')) continue;
    numerator += month.inputs[ratio.numerator] as number;
    denominator += month.inputs[ratio.denominator] as number;
    covered.push(month.month);
  }
  return { numerator, denominator, months: covered };
}
