/**
 * Measurements behind scripts/bench/70-exports.mjs (TypeScript, bundled on the fly):
 * - parsing a 100,000-row contacts CSV (papaparse, src/exports/csv.ts);
 * - the dashboard over a 100,000-row contacts export (and deals and GA4 exports) in
 *   HyperFormula, against the same dashboard with typed figures and no export: the time to
 *   build and compute every cell, and the time to recompute after one edit, as ratios.
 */
import { performance } from 'node:perf_hooks';
import { HyperFormula } from 'hyperformula';
import { parseCsv } from '../../../src/exports/csv';
import { sheetsValue } from '../../../src/gas/writeLayout';
import { buildDashboard, type LinkedExport } from '../../../src/layout/dashboard';
import { type ExportSheet, exportSheetFromCsv } from '../../../src/layout/exports';
import type { SheetLayout } from '../../../src/layout/types';
import { loadBundle } from '../../../src/preview/bundle';
import {
  hyperFormulaConfig,
  registerFunnelMath,
} from '../../../src/preview/fake/hyperformulaPlugin';
import { fakeWithLocale } from '../../../test/dashboard/support/appsScript';
import { rawContent } from '../../../test/support/evaluateLayout';
import { generateExports } from '../../../test/support/generatedExports';
import { medianTime } from '../support/medianTime';

const ROWS = 100_000;
const MONTHS = 12;
const firstMonth = { year: 2026, month: 1 };

function engineOf(layouts: readonly SheetLayout[]): HyperFormula {
  registerFunnelMath();
  return HyperFormula.buildFromSheets(
    Object.fromEntries(
      layouts.map((layout) => [layout.name, layout.cells.map((row) => row.map(rawContent))]),
    ) as Parameters<typeof HyperFormula.buildFromSheets>[0],
    // HyperFormula's default sheet is 40,000 rows; an export of 100,000 needs more.
    { ...hyperFormulaConfig, maxRows: ROWS * 2 },
  );
}

function linked(sheet: ExportSheet): LinkedExport {
  return {
    sheet: sheet.map.name,
    mapping: sheet.map.mapping,
    ...(sheet.map.organicChannels ? { organicChannels: sheet.map.organicChannels } : {}),
  };
}

/** Calls to wire a dashboard of `months` to an imported contacts export of `rows` rows. */
function wiringCalls(months: number, rows: number, exportKind: 'contacts' | 'traffic'): number {
  const fake = fakeWithLocale();
  const runtime = loadBundle(fake.globals);
  const dashboardSheet = runtime.call('insertKpiDashboard', { monthCount: months }) as string;
  const generated = generateExports({ contacts: rows, trafficDays: Math.ceil(rows / 6) });
  const sheet = exportSheetFromCsv(generated[exportKind], exportKind, exportKind);
  const width = sheet.layout.cells[0].findIndex((cell, index) => index > 0 && cell === null);
  const values = sheet.layout.cells
    .slice(0, sheet.map.lastDataRow)
    .map((row) => row.slice(0, width).map(sheetsValue));
  const spreadsheet = (
    fake.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
  ).getActiveSpreadsheet();
  spreadsheet
    .insertSheet('Export')
    .getRange(1, 1, values.length, values[0].length)
    .setValues(values);
  fake.log.reset();
  runtime.call('connectDashboardToExport', { exportSheet: 'Export', dashboardSheet });
  return fake.log.documentCalls;
}

export async function measure() {
  const wiring = [
    { months: 12, rows: 50, kind: 'contacts' as const },
    { months: 36, rows: 900, kind: 'contacts' as const },
    { months: 12, rows: 50, kind: 'traffic' as const },
    { months: 36, rows: 900, kind: 'traffic' as const },
  ].map((case_) => ({ ...case_, calls: wiringCalls(case_.months, case_.rows, case_.kind) }));
  const exports = generateExports({ contacts: ROWS, deals: ROWS / 5, trafficDays: 140 });
  const parseMs = await medianTime(() => parseCsv(exports.contacts), 3);
  const sheets = [
    exportSheetFromCsv(exports.contacts, 'contacts', 'contacts'),
    exportSheetFromCsv(exports.deals, 'deals', 'deals'),
    exportSheetFromCsv(exports.traffic, 'traffic', 'traffic'),
  ];
  const withExports = buildDashboard({
    firstMonth,
    monthCount: MONTHS,
    exports: sheets.map(linked),
  });
  const typed = buildDashboard({
    firstMonth,
    monthCount: MONTHS,
    figures: Array.from({ length: MONTHS }, (_, month) => ({
      marketingSpend: 10_000,
      leads: 800 + month,
      mqls: 200,
      sqls: 80,
      opportunities: 40,
      dealsWon: 10,
      newCustomers: 10,
      revenue: 150_000,
      visitors: 20_000,
      organicVisitors: 9_000,
    })),
  });
  const exportLayouts = [withExports.layout, ...sheets.map((sheet) => sheet.layout)];
  // Built once (it takes minutes on a busy machine); the typed dashboard is quick enough for a median.
  const started = performance.now();
  const exportEngine = engineOf(exportLayouts);
  const buildExportsMs = performance.now() - started;
  const buildTypedMs = await medianTime(() => engineOf([typed.layout]).destroy(), 3);

  // One edit each: a contact's MQL date on the export, a typed MQL count on the other.
  const contacts = exportEngine.getSheetId('Contacts') as number;
  let toggle = 0;
  const editExportMs = await medianTime(() => {
    toggle++;
    exportEngine.setCellContents({ sheet: contacts, row: 5, col: 4 }, [[46100 + (toggle % 60)]]);
  }, 2);
  const typedEngine = engineOf([typed.layout]);
  const dashboard = typedEngine.getSheetId(typed.layout.name) as number;
  const mqlColumn = withExports.map.inputColumn.mqls.charCodeAt(0) - 65;
  const editTypedMs = await medianTime(() => {
    toggle++;
    typedEngine.setCellContents(
      { sheet: dashboard, row: typed.map.firstMonthRow - 1, col: mqlColumn },
      [[200 + (toggle % 60)]],
    );
  }, 5);
  return {
    wiring,
    rows: ROWS,
    parseMs,
    buildExportsMs,
    buildTypedMs,
    editExportMs,
    editTypedMs,
  };
}
