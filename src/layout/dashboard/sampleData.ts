import { type InputKey, inputColumns, type MonthlyFigures } from './inputs';
import type { DashboardOptions } from './layout';

/**
 * A year of a made-up B2B SaaS team, so "Insert with sample data" shows a filled dashboard
 * at once. Customers chain month to month (next start = start + new - lost); April is a
 * weak month (5 new customers) so the health colours show red as well as green.
 *
 * One row per month, one number per input column in table order (marketing spend, sales
 * spend, visitors, organic visitors, impressions, clicks, emails delivered, opens, leads,
 * MQLs, SQLs, opportunities, deals won, new customers, revenue, MRR, customers at start,
 * customers lost): a table, as the sheet shows it, and small in the pushed bundle.
 */
const sampleRows: readonly (readonly number[])[] = [
  [
    40000, 20000, 50000, 30000, 400000, 8000, 20000, 5000, 1000, 300, 120, 60, 15, 15, 75000,
    126000, 200, 5,
  ],
  [
    42000, 20000, 52500, 31700, 415000, 8320, 20600, 5170, 1055, 318, 127, 64, 12, 12, 60000,
    131890, 210, 4,
  ],
  [
    44000, 21000, 55000, 33400, 430000, 8640, 21200, 5340, 1110, 336, 134, 68, 16, 16, 80000,
    139080, 218, 6,
  ],
  [
    45000, 21000, 57500, 35100, 445000, 8960, 21800, 5510, 1165, 354, 141, 72, 5, 5, 25000, 138990,
    228, 7,
  ],
  [
    47000, 22000, 60000, 36800, 460000, 9280, 22400, 5680, 1220, 372, 148, 76, 18, 18, 90000,
    148180, 226, 5,
  ],
  [
    50000, 22000, 62500, 38500, 475000, 9600, 23000, 5850, 1275, 390, 155, 80, 20, 20, 100000,
    158125, 239, 6,
  ],
  [
    52000, 23000, 65000, 40200, 490000, 9920, 23600, 6020, 1330, 408, 162, 84, 19, 19, 95000,
    168210, 253, 5,
  ],
  [
    52000, 23000, 67500, 41900, 505000, 10240, 24200, 6190, 1385, 426, 169, 88, 22, 22, 110000,
    179705, 267, 6,
  ],
  [
    55000, 24000, 70000, 43600, 520000, 10560, 24800, 6360, 1440, 444, 176, 92, 21, 21, 105000,
    190080, 283, 7,
  ],
  [
    58000, 24000, 72500, 45300, 535000, 10880, 25400, 6530, 1495, 462, 183, 96, 24, 24, 120000,
    203175, 297, 6,
  ],
  [
    60000, 25000, 75000, 47000, 550000, 11200, 26000, 6700, 1550, 480, 190, 100, 26, 26, 130000,
    217100, 315, 7,
  ],
  [
    62000, 25000, 77500, 48700, 565000, 11520, 26600, 6870, 1605, 498, 197, 104, 28, 28, 140000,
    231870, 334, 8,
  ],
];

/** The table's columns in order, minus the open pipeline, which is derived below. */
const keys: readonly InputKey[] = inputColumns
  .map((column) => column.key)
  .filter((key) => key !== 'openOpportunities');

/**
 * Open opportunities at month end: those created over the last sales cycle (60 days, two
 * months) that are not yet won, so pipeline velocity has a pipeline to multiply.
 */
function withOpenPipeline(months: readonly Record<string, number>[]): MonthlyFigures[] {
  return months.map((month, index) => {
    const previous = months[index - 1]?.opportunities ?? month.opportunities;
    return { ...month, openOpportunities: month.opportunities + previous - month.dealsWon };
  });
}

const sampleYear = sampleRows.map(
  (row) =>
    Object.fromEntries(keys.map((key, index) => [key, row[index]])) as Record<string, number>,
);

/** A later year of the same company: every flow 20% up on the same month a year before. */
const YEARLY_GROWTH = 1.2;
/** Revenue per account keeps rising as in the sample year: 600 to 655 over 11 months. */
const MONTHLY_PRICE_RISE = (655 / 600) ** (1 / 11);

/**
 * `monthCount` months of the sample company: the sample year, then the same seasons grown
 * year on year, customers still chaining (next start = start + new - lost, 2.5% churn) and
 * MRR the customers at month end times a price per account that keeps rising.
 */
function sampleMonths(monthCount: number): MonthlyFigures[] {
  const months = sampleYear.slice(0, monthCount).map((month) => ({ ...month }));
  for (let index = months.length; index < monthCount; index++) {
    const lastYear = months[index - 12];
    const before = months[index - 1];
    const month: Record<string, number> = {};
    for (const key of keys) month[key] = Math.round(lastYear[key] * YEARLY_GROWTH);
    month.customersAtStart = before.customersAtStart + before.newCustomers - before.customersLost;
    month.customersLost = Math.round(month.customersAtStart * 0.025);
    month.dealsWon = month.newCustomers;
    const end = month.customersAtStart + month.newCustomers - month.customersLost;
    const beforeEnd = before.customersAtStart + before.newCustomers - before.customersLost;
    month.mrr = Math.round((end * before.mrr * MONTHLY_PRICE_RISE) / beforeEnd);
    months.push(month);
  }
  return withOpenPipeline(months);
}

export const sampleFigures: readonly MonthlyFigures[] = sampleMonths(sampleRows.length);

/** The dashboard options of the sample: calendar 2026, 80% gross margin, 60-day cycle. */
export const sampleDashboard: DashboardOptions = {
  firstMonth: { year: 2026, month: 1 },
  monthCount: 12,
  figures: sampleFigures,
  grossMargin: 0.8,
  salesCycleDays: 60,
};

/**
 * The sample for any table: `monthCount` months of the same company from `firstMonth`
 * (the sample year when it starts in January 2026, the same seasons otherwise).
 */
export function sampleDashboardFor(
  firstMonth: DashboardOptions['firstMonth'],
  monthCount: number,
): DashboardOptions {
  return { ...sampleDashboard, firstMonth, monthCount, figures: sampleMonths(monthCount) };
}
