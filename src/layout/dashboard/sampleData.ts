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

const keys: readonly InputKey[] = inputColumns.map((column) => column.key);

export const sampleFigures: readonly MonthlyFigures[] = sampleRows.map((row) =>
  Object.fromEntries(keys.map((key, index) => [key, row[index]])),
);

/** The dashboard options of the sample: calendar 2026, 80% gross margin, 60-day cycle. */
export const sampleDashboard: DashboardOptions = {
  firstMonth: { year: 2026, month: 1 },
  monthCount: 12,
  figures: sampleFigures,
  grossMargin: 0.8,
  salesCycleDays: 60,
};
