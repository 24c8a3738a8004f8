/**
 * Every KPI cell of the dashboard, evaluated by a real spreadsheet engine (HyperFormula with
 * built-in functions only), equals the catalog function called on the same row's inputs.
 */
import fc from 'fast-check';
import {
  buildDashboard,
  type DashboardMap,
  type DashboardOptions,
  type InputKey,
  inputColumns,
  type MonthlyFigures,
  sampleDashboard,
} from '../../src/layout/dashboard';
import { catalogValue } from './support/catalogCheck';
import { type EvaluatedSheet, evaluate } from './support/engine';
import { expectSameNumber } from './support/numbers';

/** The period row's inputs: flows summed, MRR the latest month with one, customers at start the first month's. */
function expectPeriodInputs(
  sheet: EvaluatedSheet,
  map: DashboardMap,
  figures: readonly MonthlyFigures[],
): void {
  for (const column of inputColumns) {
    const present = figures.flatMap((month) =>
      typeof month[column.key] === 'number' ? [month[column.key] as number] : [],
    );
    const cell = sheet.value(`${map.inputColumn[column.key]}${map.periodRow}`);
    const expected =
      column.period === 'sum'
        ? present.length === 0
          ? ''
          : present.reduce((total, value) => total + value, 0)
        : column.period === 'latest'
          ? present.length === 0
            ? ''
            : present[present.length - 1]
          : typeof figures[0]?.[column.key] === 'number'
            ? figures[0][column.key]
            : '';
    if (expected === '') expect([column.key, cell]).toEqual([column.key, '']);
    else expectSameNumber(cell, expected as number);
  }
}

function expectEveryKpiToMatchTheCatalog(options: DashboardOptions): number {
  const { layout, map } = buildDashboard(options);
  const sheet = evaluate(layout)[layout.name];
  expect(sheet.errors()).toEqual([]);
  expectPeriodInputs(sheet, map, options.figures ?? []);
  for (const cell of map.kpiCells) {
    const expected = catalogValue(sheet, cell);
    const actual = sheet.value(cell.a1);
    if (expected === '') {
      expect({ cell: cell.a1, actual }).toEqual({ cell: cell.a1, actual: '' });
    } else {
      expectSameNumber(actual, expected);
    }
  }
  return map.kpiCells.length;
}

describe('dashboard KPI cells agree with the catalog functions', () => {
  test('on the sample year: 25 KPIs a month (no growth in month 1) and 22 for the period', () => {
    const checked = expectEveryKpiToMatchTheCatalog(sampleDashboard);
    expect(checked).toBe(12 * 25 - 3 + 22);
  });

  // Whole counts, with zeros common enough to hit every zero-denominator branch; deals won
  // never exceed opportunities so the win rate is a valid rate for PIPELINE_VELOCITY.
  const count = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 5000 }));
  const money = fc.oneof(
    fc.constant(0),
    fc.integer({ min: 0, max: 500_000 }),
    fc.integer({ min: 0, max: 100_000_000 }).map((cents) => cents / 100),
  );
  const month: fc.Arbitrary<MonthlyFigures> = fc
    .record({
      marketingSpend: money,
      salesSpend: money,
      visitors: count,
      organicVisitors: count,
      impressions: count,
      clicks: count,
      emailsDelivered: count,
      emailOpens: count,
      leads: count,
      mqls: count,
      sqls: count,
      opportunities: count,
      dealsWon: count,
      newCustomers: count,
      revenue: money,
      mrr: money,
      customersAtStart: count,
      customersLost: count,
      openOpportunities: count,
    })
    .map((figures) => ({
      ...figures,
      dealsWon: Math.min(figures.dealsWon, figures.opportunities),
    }));
  // Customer counts chain (next start = start + new - lost, never losing more than there
  // were): churn stays a valid rate and the customer count never goes negative.
  const chained = (months: MonthlyFigures[]): MonthlyFigures[] => {
    let start = Number(months[0]?.customersAtStart ?? 0);
    return months.map((figures) => {
      const lost = Math.min(Number(figures.customersLost), start);
      const next = { ...figures, customersAtStart: start, customersLost: lost };
      start += Number(figures.newCustomers) - lost;
      return next;
    });
  };
  // Some months miss a few figures (not reported yet). The customer chain stays whole, and
  // so do opportunities and deals won: with a gap in one of them the period sums could win
  // more deals than opportunities, a win rate over 100% that the catalog rightly rejects.
  const chainKeys = new Set<InputKey>([
    'customersAtStart',
    'customersLost',
    'newCustomers',
    'opportunities',
    'dealsWon',
  ]);
  const gapKeys = inputColumns.map((column) => column.key).filter((key) => !chainKeys.has(key));
  const withGaps = (months: MonthlyFigures[], gaps: InputKey[][]): MonthlyFigures[] =>
    months.map((figures, index) => {
      const copy: MonthlyFigures = { ...figures };
      for (const key of gaps[index] ?? []) delete copy[key];
      return copy;
    });
  const year = fc
    .tuple(
      fc.array(month, { minLength: 0, maxLength: 6 }),
      fc.array(fc.subarray(gapKeys, { maxLength: 3 }), { maxLength: 6 }),
    )
    .map(([months, gaps]) => withGaps(chained(months), gaps));

  test('on random months, with zeros, gaps and blank future months (fast-check)', () => {
    fc.assert(
      fc.property(
        year,
        fc.integer({ min: 0, max: 3 }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 365 }),
        (figures, blankMonths, grossMargin, salesCycleDays) => {
          expectEveryKpiToMatchTheCatalog({
            firstMonth: { year: 2027, month: 11 },
            monthCount: Math.max(1, figures.length + blankMonths),
            figures,
            grossMargin,
            salesCycleDays,
          });
        },
      ),
      { numRuns: 100 },
    );
  });
});
