/**
 * A month the export does not cover (before its earliest date, after its latest) is blank on
 * the dashboard, like a month nobody typed: no 0 leads for a month that has not happened, no
 * note in the month's check, and no weight in a period figure. A covered month with no rows
 * is a real 0. A newer row fills the months up to it. Evaluated in HyperFormula.
 */
import { buildDashboard, type DashboardMap, type MonthlyFigures } from '../../src/layout/dashboard';
import { inputColumns } from '../../src/layout/dashboard/inputs';
import { exportSheetFromCsv } from '../../src/layout/exports';
import { type CellValue, evaluateLayout } from '../support/evaluateLayout';
import {
  MAY_10_2026,
  PARTIAL_FIRST_MONTH,
  PARTIAL_MONTHS,
  partialContactsCsv,
  partialDealsCsv,
  partialLeads,
} from '../support/partialExports';

const contacts = exportSheetFromCsv(partialContactsCsv, 'contacts', 'contacts.csv');
const deals = exportSheetFromCsv(partialDealsCsv, 'deals', 'deals.csv');
const MONTHS = PARTIAL_MONTHS;
const spend: MonthlyFigures = { marketingSpend: 1000, salesSpend: 500 };

function exportDashboard() {
  const { layout, map } = buildDashboard({
    firstMonth: PARTIAL_FIRST_MONTH,
    monthCount: MONTHS,
    exports: [contacts, deals].map((sheet) => ({
      sheet: sheet.map.name,
      mapping: sheet.map.mapping,
    })),
    figures: Array(MONTHS).fill(spend),
  });
  return { map, evaluated: evaluateLayout(layout, [contacts.layout, deals.layout]) };
}

const exportDashboardOnce = exportDashboard();

function column(key: 'leads' | 'mqls' | 'dealsWon' | 'revenue'): CellValue[] {
  const { map, evaluated } = exportDashboardOnce;
  return [...Array(MONTHS).keys()].map((month) =>
    evaluated.value(`${map.inputColumn[key]}${map.firstMonthRow + month}`),
  );
}

function checks(map: DashboardMap, value: (a1: string) => CellValue) {
  return [...Array(MONTHS + 1).keys()].map((month) =>
    value(`${map.checkColumn}${month === MONTHS ? map.periodRow : map.firstMonthRow + month}`),
  );
}

test('uncovered months are blank, a covered month without rows is 0, and nothing is flagged', () => {
  const { map, evaluated } = exportDashboardOnce;
  expect(column('leads')).toEqual(partialLeads);
  expect(column('mqls')).toEqual(['', 1, 0, 1, '', '']);
  expect(column('dealsWon')).toEqual(['', 0, 0, 2, '', '']);
  expect(column('revenue')).toEqual(['', 0, 0, 20000, '', '']);
  expect(checks(map, evaluated.value)).toEqual(Array(MONTHS + 1).fill(''));
  expect(evaluated.value(`${map.inputColumn.leads}${map.periodRow}`)).toBe(3);
});

test('text typed in a month is still noted, and a typed figure beside a blank month is not', () => {
  const { map, evaluated } = exportDashboard();
  evaluated.set(`${map.inputColumn.visitors}${map.firstMonthRow}`, 'n/a');
  evaluated.set(`${map.inputColumn.visitors}${map.firstMonthRow + 4}`, 500);
  const marks = checks(map, evaluated.value);
  expect(String(marks[0])).toMatch(/^ℹ/);
  expect(marks.slice(1)).toEqual(Array(MONTHS).fill(''));
});

test('a row dated in a later month covers the months up to it, and that month counts it', () => {
  const { map, evaluated } = exportDashboard();
  const sheet = evaluated.engine.getSheetId(contacts.map.name) as number;
  // A new contact below the data: created and became a lead on 10 May 2026 (columns C, D).
  evaluated.engine.setCellContents({ sheet, row: contacts.map.lastDataRow, col: 2 }, [
    [MAY_10_2026, MAY_10_2026],
  ]);
  const leads = [...Array(MONTHS).keys()].map((month) =>
    evaluated.value(`${map.inputColumn.leads}${map.firstMonthRow + month}`),
  );
  expect(leads).toEqual(['', 2, 0, 1, 0, 1]);
  expect(evaluated.value(`${map.inputColumn.leads}${map.periodRow}`)).toBe(4);
  // The deals export still ends in March: its months stay blank.
  expect(evaluated.value(`${map.inputColumn.dealsWon}${map.firstMonthRow + 4}`)).toBe('');
  expect(checks(map, evaluated.value)).toEqual(Array(MONTHS + 1).fill(''));
});

test('the period figures equal a typed dashboard with the covered months typed and the rest blank', () => {
  const { map, evaluated } = exportDashboardOnce;
  const figures: MonthlyFigures[] = [...Array(MONTHS).keys()].map((month) => {
    const row: Record<string, number> = {};
    for (const { key } of inputColumns) {
      const value = evaluated.value(`${map.inputColumn[key]}${map.firstMonthRow + month}`);
      if (typeof value === 'number') row[key] = value;
    }
    return row;
  });
  // The comparison means something: some months carry spend but no export figures.
  expect(figures[0]).toEqual(spend);
  const typed = buildDashboard({
    firstMonth: PARTIAL_FIRST_MONTH,
    monthCount: MONTHS,
    figures,
  });
  expect(typed.map.kpiCoverageRow).toBe(map.kpiCoverageRow);
  const typedValues = evaluateLayout(typed.layout);
  // The input period row, the KPI table (months, period, months covered) and the checks.
  const lastColumn = 'Z';
  const region = `A${map.periodRow}:${lastColumn}${map.kpiCoverageRow}`;
  expect(evaluated.values(region)).toEqual(typedValues.values(region));
  expect(checks(map, evaluated.value)).toEqual(checks(typed.map, typedValues.value));
  // Cost per lead over January to March only: 3 × 1000 spend for 3 leads (December's,
  // April's and May's spend have no leads to set against).
  expect(evaluated.value(`${map.kpiColumn.cpl}${map.kpiPeriodRow}`)).toBe(1000);
});
