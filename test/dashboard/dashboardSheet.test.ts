/**
 * The dashboard read as a person reads it: the numbers a hand calculation gives, blanks
 * where there is nothing to compute, health colours that follow the editable thresholds.
 */

import {
  buildDashboard,
  inputA1,
  kpiA1,
  sampleDashboard,
  sampleDashboardFor,
} from '../../src/layout/dashboard';
import { evaluate } from './support/engine';
import { expectSameNumber } from './support/numbers';
import { ruleHolds } from './support/rules';

function sampleSheet() {
  const dashboard = buildDashboard(sampleDashboard);
  const sheet = evaluate(dashboard.layout)[dashboard.layout.name];
  const kpi = (key: keyof typeof dashboard.map.kpiColumn, month: number | 'period') =>
    kpiA1(dashboard.map, key, month);
  return { ...dashboard, sheet, kpi };
}

describe('the sample data gives the numbers a hand calculation gives', () => {
  const { sheet, kpi } = sampleSheet();

  test('January CAC: (40,000 marketing + 20,000 sales) / 15 new customers = 4,000', () => {
    expectSameNumber(sheet.value(kpi('cac', 0)), 4000);
  });

  test('January LTV:CAC: ARPA 126,000 / (200 + 15 - 5) = 600; churn 5 / 200 = 2.5%, so 40 months; LTV 600 x 40 x 80% = 19,200; / 4,000 = 4.8', () => {
    expectSameNumber(sheet.value(kpi('arpa', 0)), 600);
    expectSameNumber(sheet.value(kpi('lifetime', 0)), 40);
    expectSameNumber(sheet.value(kpi('ltv', 0)), 19200);
    expectSameNumber(sheet.value(kpi('ltvCac', 0)), 4.8);
  });

  test('April CAC payback: CAC (45,000 + 21,000) / 5 = 13,200; ARPA 138,990 / 226 = 615; 13,200 / (615 x 80%) = 13,200 / 492 = 26.83 months', () => {
    expectSameNumber(sheet.value(kpi('cac', 3)), 13200);
    expectSameNumber(sheet.value(kpi('arpa', 3)), 615);
    expectSameNumber(sheet.value(kpi('cacPayback', 3)), 13200 / 492);
  });

  test('period CPL: 607,000 marketing spend over the year / 15,630 leads = 38.84', () => {
    // 40+42+44+45+47+50+52+52+55+58+60+62 = 607 thousand; leads 1,000 + 55 x (0+1+...+11) = 15,630.
    expectSameNumber(sheet.value(kpi('cpl', 'period')), 607000 / 15630);
  });

  test('period ARPA: MRR summed over the year / customers at each month end summed, the revenue per account-month', () => {
    const months = sampleDashboard.figures ?? [];
    const mrr = months.reduce((sum, month) => sum + Number(month.mrr), 0);
    const accounts = months.reduce(
      (sum, month) =>
        sum +
        Number(month.customersAtStart) +
        Number(month.newCustomers) -
        Number(month.customersLost),
      0,
    );
    expectSameNumber(sheet.value(kpi('arpa', 'period')), mrr / accounts);
  });

  test('the sample customers chain: each month starts with the last one’s start + new - lost', () => {
    const months = sampleDashboard.figures ?? [];
    expect(months).toHaveLength(12);
    for (let month = 1; month < months.length; month++) {
      const before = months[month - 1];
      expect(months[month].customersAtStart).toBe(
        Number(before.customersAtStart) +
          Number(before.newCustomers) -
          Number(before.customersLost),
      );
    }
  });

  test('36 months of the sample company: every month filled, customers still chaining, no error', () => {
    const sample = sampleDashboardFor({ year: 2026, month: 1 }, 36);
    const months = sample.figures ?? [];
    expect(months).toHaveLength(36);
    expect(months.slice(0, 12)).toEqual(sampleDashboard.figures);
    for (let month = 1; month < months.length; month++) {
      const before = months[month - 1];
      expect(months[month].customersAtStart).toBe(
        Number(before.customersAtStart) +
          Number(before.newCustomers) -
          Number(before.customersLost),
      );
      expect(Number(months[month].customersLost)).toBeLessThan(
        Number(months[month].customersAtStart),
      );
    }
    const { layout, map } = buildDashboard(sample);
    const filled = evaluate(layout)[layout.name];
    expect(filled.errors()).toEqual([]);
    expect(filled.value(`${map.kpiColumn.cac}${map.kpiCoverageRow}`)).toBe(36);
    expect(filled.value(`${map.checkColumn}${map.periodRow}`)).toBe('');
  });

  test('nothing on the sheet is an error', () => {
    expect(sheet.errors()).toEqual([]);
  });
});

describe('blank months and undefined KPIs show blanks, not errors', () => {
  test('a year with three months filled: the nine future months are blank, the period covers three', () => {
    const { layout, map } = buildDashboard({
      ...sampleDashboard,
      figures: sampleDashboard.figures?.slice(0, 3),
    });
    const sheet = evaluate(layout)[layout.name];
    expect(sheet.errors()).toEqual([]);
    const future = map.kpiCells.filter((cell) => typeof cell.month === 'number' && cell.month >= 3);
    expect(future.length).toBe(9 * 25);
    for (const cell of future) expect([cell.a1, sheet.value(cell.a1)]).toEqual([cell.a1, '']);
    // (40,000 + 42,000 + 44,000) / (1,000 + 1,055 + 1,110) leads.
    expectSameNumber(sheet.value(kpiA1(map, 'cpl', 'period')), 126000 / 3165);
    // The latest MRR is March's, not a blank future month's.
    expect(sheet.value(inputA1(map, 'mrr', 'period'))).toBe(139080);
  });

  test('an empty dashboard: every KPI and period cell is blank', () => {
    const { layout, map } = buildDashboard({
      firstMonth: { year: 2026, month: 1 },
      monthCount: 12,
    });
    const sheet = evaluate(layout)[layout.name];
    expect(sheet.errors()).toEqual([]);
    for (const cell of map.kpiCells) expect(sheet.value(cell.a1)).toBe('');
  });

  test('a month with zero new customers: CAC, LTV:CAC and payback blank, the rest computed', () => {
    const january = { ...sampleDashboard.figures?.[0], newCustomers: 0, dealsWon: 0 };
    const { layout, map } = buildDashboard({
      ...sampleDashboard,
      monthCount: 1,
      figures: [january],
    });
    const sheet = evaluate(layout)[layout.name];
    expect(sheet.errors()).toEqual([]);
    for (const key of ['cac', 'ltvCac', 'cacPayback', 'avgDealSize', 'pipelineVelocity'] as const) {
      expect([key, sheet.value(kpiA1(map, key, 0))]).toEqual([key, '']);
    }
    expectSameNumber(sheet.value(kpiA1(map, 'cpl', 0)), 40);
    expectSameNumber(sheet.value(kpiA1(map, 'winRate', 0)), 0);
    // 126,000 MRR over 200 + 0 - 5 customers.
    expectSameNumber(sheet.value(kpiA1(map, 'arpa', 0)), 126000 / 195);
  });
});

describe('health colours follow the thresholds shown on the sheet', () => {
  test('LTV:CAC below 1 red, 3 or more green; payback over 18 months red, 12 or less green; editable', () => {
    const { sheet, layout, map } = sampleSheet();
    const fills = (key: 'ltvCac' | 'cacPayback' | 'cac', month: number | 'period') =>
      layout.conditionalRules
        .filter((rule) => ruleHolds(sheet, rule, kpiA1(map, key, month)))
        .map((rule) => rule.fill);
    // January: LTV:CAC 4.8 and payback 8.3 months are healthy.
    expect(fills('ltvCac', 0)).toEqual(['good']);
    expect(fills('cacPayback', 0)).toEqual(['good']);
    // April: LTV:CAC 1.2 is between the thresholds (no colour); 26.8 months of payback is too long.
    expect(fills('ltvCac', 3)).toEqual([]);
    expect(fills('cacPayback', 3)).toEqual(['bad']);
    // A stricter board: green only from 5:1, red below 1.5. January loses its green, April turns red.
    sheet.set(map.assumptions.ltvCacGreenFrom, 5);
    sheet.set(map.assumptions.ltvCacRedBelow, 1.5);
    expect(fills('ltvCac', 0)).toEqual([]);
    expect(fills('ltvCac', 3)).toEqual(['bad']);
    // The period row is coloured too; other KPI columns never are.
    expect(fills('cacPayback', 'period')).toEqual(['good']);
    expect(fills('cac', 3)).toEqual([]);
    // Blank future cells are never coloured.
    const { layout: empty, map: emptyMap } = buildDashboard({
      firstMonth: { year: 2026, month: 1 },
      monthCount: 2,
    });
    const emptySheet = evaluate(empty)[empty.name];
    const anyFill = empty.conditionalRules.some((rule) =>
      (['ltvCac', 'cacPayback'] as const).some((key) =>
        ruleHolds(emptySheet, rule, kpiA1(emptyMap, key, 0)),
      ),
    );
    expect(anyFill).toBe(false);
  });

  test('the thresholds and assumptions are labelled input cells on the sheet', () => {
    const { layout, map, sheet } = sampleSheet();
    expect(sheet.value(map.assumptions.ltvCacRedBelow)).toBe(1);
    expect(sheet.value(map.assumptions.ltvCacGreenFrom)).toBe(3);
    expect(sheet.value(map.assumptions.paybackRedAbove)).toBe(18);
    expect(sheet.value(map.assumptions.paybackGreenUpTo)).toBe(12);
    const inputKeys = layout.inputs.map((input) => input.key);
    expect(inputKeys).toEqual(
      expect.arrayContaining([
        'ltvCacRedBelow',
        'ltvCacGreenFrom',
        'paybackRedAbove',
        'paybackGreenUpTo',
      ]),
    );
  });
});

describe('the template travels: only built-in functions', () => {
  test('every formula uses spreadsheet built-ins, never a FunnelMath custom function', () => {
    const { layout } = buildDashboard({ ...sampleDashboard, monthCount: 36 });
    const formulas = [
      ...layout.cells.flat().flatMap((cell) => (cell && 'formula' in cell ? [cell.formula] : [])),
      ...layout.conditionalRules.map((rule) => rule.formula),
    ];
    const used = new Set(
      formulas.flatMap((formula) =>
        [...formula.matchAll(/([A-Z][A-Z0-9_.]*)\(/g)].map((match) => match[1]),
      ),
    );
    expect([...used].sort()).toEqual([
      'AND',
      'COLUMN',
      'COUNT',
      'COUNTIF',
      'COUNTIFS',
      'EDATE',
      'IF',
      'IFERROR',
      'INDEX',
      'ISNUMBER',
      'LEFT',
      'MATCH',
      'NA',
      'OR',
      'SUM',
      'SUMIFS',
    ]);
  });

  test('the months follow the first month: change it and the whole column moves', () => {
    const { layout, map } = buildDashboard({
      firstMonth: { year: 2026, month: 11 },
      monthCount: 3,
    });
    const sheet = evaluate(layout)[layout.name];
    // 1 Nov 2026, 1 Dec 2026, 1 Jan 2027 as serial days.
    expect([0, 1, 2].map((month) => sheet.value(`A${map.firstMonthRow + month}`))).toEqual([
      46327, 46357, 46388,
    ]);
  });
});
