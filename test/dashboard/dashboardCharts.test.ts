/**
 * The charts as the Apps Script writer builds them in Sheets (through the typed fake):
 * series named by the header row, gaps for missing months, the funnel on a log axis, and
 * header cells that wrap.
 */
import { writeLayout } from '../../src/gas/writeLayout';
import { buildDashboard, sampleDashboard, sampleFigures } from '../../src/layout/dashboard';
import { goalCalculatorLayout } from '../../src/layout/goalCalculator';
import type { SheetLayout } from '../../src/layout/types';
import { createFakeAppsScript, type FakeEmbeddedChart } from '../../src/preview/fake';
import { examplePlan } from '../support/plans';

function written(layout: SheetLayout) {
  const fake = createFakeAppsScript();
  (globalThis as Record<string, unknown>).SpreadsheetApp = fake.SpreadsheetApp;
  const { sheet } = writeLayout(fake.SpreadsheetApp.getActiveSpreadsheet(), layout);
  const charts = sheet.getCharts() as unknown as FakeEmbeddedChart[];
  return { sheet, charts };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).SpreadsheetApp;
});

describe('charts written to Sheets', () => {
  test('the dashboard: two KPI column charts with gaps, and the funnel on a log axis from 1', () => {
    // The sample fills 12 months: months 13 to 15 have no figures yet.
    const { layout } = buildDashboard({ ...sampleDashboard, monthCount: 15 });
    const { charts } = written(layout);
    // Columns, not lines: LibreOffice draws a formula's #N/A at zero (see chartData.ts).
    expect(charts.map((chart) => chart.chartType)).toEqual(['column', 'column', 'column']);
    for (const chart of charts) {
      const options = chart.getOptions();
      expect(chart.axes.numHeaders).toBe(1);
      expect(options.get('interpolateNulls')).toBe(false);
    }
    for (const kpi of charts.slice(0, 2)) expect(kpi.axes.logScale).toBe(false);
    expect(charts[2].axes.logScale).toBe(true);
    expect(charts[2].getOptions().get('vAxis.viewWindow.min')).toBe(1);
    // The first range is the months with their header, as Sheets reads a domain column.
    const [months, cac] = charts[0].getRanges();
    expect(months.getValues()[0][0]).toBe('Month');
    expect(cac.getValues()[0][0]).toBe('CAC');
    // A month without figures: #N/A in the chart data, a gap in the chart.
    expect(cac.getDisplayValues().flat().slice(-3)).toEqual(['#N/A', '#N/A', '#N/A']);
  });

  test('a month flagged impossible has no KPI column: its chart data is #N/A, as a month without data', () => {
    // May: more customers lost than there were at its start.
    const figures = sampleFigures.map((month, index) =>
      index === 4 ? { ...month, customersLost: 10_000 } : month,
    );
    const { layout, map } = buildDashboard({ ...sampleDashboard, figures });
    const { sheet, charts } = written(layout);
    expect(sheet.getRange(`${map.checkColumn}${map.firstMonthRow + 4}`).getDisplayValue()).toMatch(
      /^⚠/,
    );
    for (const chart of charts.slice(0, 2)) {
      const shown = chart.getRanges()[1].getDisplayValues().flat().slice(1);
      expect(shown).toHaveLength(12);
      expect(shown[4]).toBe('#N/A');
      expect(shown.filter((text) => text === '#N/A')).toHaveLength(1);
    }
  });

  test("the goal calculator's horizontal funnel bars: log scale on the horizontal axis", () => {
    const { charts, sheet } = written(goalCalculatorLayout(examplePlan));
    expect(charts[0].chartType).toBe('bar');
    expect(charts[0].axes.logScale).toBe(true);
    expect(charts[0].getOptions().get('hAxis.viewWindow.min')).toBe(1);
    const wraps = sheet.getDataRange().getWraps();
    const shown = sheet.getDataRange().getDisplayValues();
    const conversion = shown.flatMap((row, rowIndex) =>
      row.flatMap((text, column) =>
        text.startsWith('Conversion') ? [wraps[rowIndex][column]] : [],
      ),
    );
    expect(conversion.length).toBeGreaterThan(0);
    expect(conversion.every(Boolean)).toBe(true);
  });
});
