/**
 * The Sheets side, through the built bundle and the fake services: an export imported into
 * a sheet is listed by its header row, a KPI dashboard is wired to it with a constant
 * number of calls, its month cells then count the export's rows as the CSV says, the
 * user's typed spend stays, and an unrecognised export is mapped by the user and its
 * mapping saved with the sheet.
 */
import { sheetsValue } from '../../src/gas/writeLayout';
import { buildDashboard, type InputKey, inputA1, monthSerial } from '../../src/layout/dashboard';
import { exportSheetFromCsv } from '../../src/layout/exports';
import { SHEET_TAG_KEYS } from '../../src/layout/sheetTag';
import { loadBundle } from '../../src/preview/bundle';
import type { FakeAppsScript } from '../../src/preview/fake';
import { fakeWithLocale } from '../dashboard/support/appsScript';
import { expectedInput, generateExports, monthlyCounts } from '../support/generatedExports';

/** The wiring's own budget: it is a separate entry point from inserting the dashboard (25). */
const WIRING_CALL_BUDGET = 20;
const exportsText = generateExports({ contacts: 300, deals: 120, trafficDays: 60 });

/** An export as File > Import leaves it: its header and rows, dates as dates. */
function imported(
  fake: FakeAppsScript,
  name: string,
  csv: string,
  kind: 'contacts' | 'deals' | 'traffic',
) {
  const sheet = exportSheetFromCsv(csv, kind, name);
  const width =
    sheet.map.mapping &&
    sheet.layout.cells[0].findIndex((cell, index) => index > 0 && cell === null);
  const values = sheet.layout.cells
    .slice(0, sheet.map.lastDataRow)
    .map((row) => row.slice(0, width).map(sheetsValue));
  const spreadsheet = (
    fake.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
  ).getActiveSpreadsheet();
  const target = spreadsheet.insertSheet(name);
  target.getRange(1, 1, values.length, values[0].length).setValues(values);
  return target;
}

function setUp(monthCount = 14) {
  const fake = fakeWithLocale();
  const runtime = loadBundle(fake.globals);
  const dashboardName = runtime.call('insertKpiDashboard', { monthCount }) as string;
  const spreadsheet = (
    fake.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
  ).getActiveSpreadsheet();
  const dashboard = spreadsheet.getSheetByName(dashboardName) as GoogleAppsScript.Spreadsheet.Sheet;
  const { map } = buildDashboard({ firstMonth: { year: 2025, month: 12 }, monthCount });
  // The person sets the first month to December 2025 and types some spend and a lead count.
  dashboard.getRange(`A${map.firstMonthRow}`).setValue(monthSerial(2025, 12));
  dashboard.getRange(inputA1(map, 'marketingSpend', 0)).setValue(5000);
  dashboard.getRange(inputA1(map, 'leads', 0)).setValue(77);
  return { fake, runtime, dashboardName, dashboard, map };
}

const monthKey = (index: number) => {
  const date = new Date(Date.UTC(2025, 11 + index, 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
};

test('recognised exports are listed, wired with a constant number of calls, and counted', () => {
  const { fake, runtime, dashboardName, dashboard, map } = setUp();
  imported(fake, 'Contacts', exportsText.contacts, 'contacts');
  imported(fake, 'Deals', exportsText.deals, 'deals');
  imported(fake, 'GA4', exportsText.traffic, 'traffic');
  const list = runtime.call('listExportSheets') as {
    exports: { name: string; source: string | null }[];
    dashboards: string[];
  };
  expect(list.dashboards).toEqual([dashboardName]);
  expect(list.exports.map((entry) => [entry.name, entry.source])).toEqual([
    ['Contacts', 'hubspot-contacts'],
    ['Deals', 'hubspot-deals'],
    ['GA4', 'ga4-traffic'],
  ]);

  const calls: number[] = [];
  const results: unknown[] = [];
  for (const exportSheet of ['Contacts', 'Deals', 'GA4']) {
    fake.log.reset();
    results.push(
      runtime.call('connectDashboardToExport', { exportSheet, dashboardSheet: dashboardName }),
    );
    calls.push(fake.log.documentCalls);
  }
  for (const count of calls) expect(count).toBeLessThanOrEqual(WIRING_CALL_BUDGET);
  expect(results[0]).toEqual({
    dashboard: dashboardName,
    exportSheet: 'Contacts',
    linked: ['leads', 'mqls', 'sqls', 'opportunities', 'newCustomers'],
    replacedFigures: 1,
  });
  expect(results[1]).toMatchObject({
    linked: ['opportunities', 'dealsWon', 'newCustomers', 'revenue'],
  });

  const expected = expectedInput(exportsText, monthlyCounts(exportsText));
  const keys: InputKey[] = [
    'leads',
    'mqls',
    'sqls',
    'opportunities',
    'dealsWon',
    'newCustomers',
    'visitors',
    'organicVisitors',
  ];
  for (let month = 0; month < 14; month++) {
    for (const key of keys) {
      expect([
        monthKey(month),
        key,
        dashboard.getRange(inputA1(map, key, month)).getValue(),
      ]).toEqual([monthKey(month), key, expected(monthKey(month), key)]);
    }
    const revenue = expected(monthKey(month), 'revenue');
    const shownRevenue = dashboard.getRange(inputA1(map, 'revenue', month)).getValue();
    if (revenue === '') expect(shownRevenue).toBe('');
    else expect(shownRevenue).toBeCloseTo(revenue, 6);
  }
  // The traffic export (60 days, every third) ends in May 2026: the later months' visitors are blank, and,
  // like months nobody typed, no month's check notes them.
  const months = [...Array(14).keys()];
  const blankVisitors = months.filter(
    (month) => dashboard.getRange(inputA1(map, 'visitors', month)).getValue() === '',
  );
  expect(blankVisitors).toEqual(months.slice(6));
  expect(
    months.map((month) =>
      dashboard.getRange(`${map.checkColumn}${map.firstMonthRow + month}`).getValue(),
    ),
  ).toEqual(months.map(() => ''));
  // The typed spend is kept; the export sheets' own cells are untouched but for the block beside them.
  expect(dashboard.getRange(inputA1(map, 'marketingSpend', 0)).getValue()).toBe(5000);
});

test('the calls to wire do not grow with the months or the rows', () => {
  const counts = [12, 36].map((months) => {
    const { fake, runtime, dashboardName } = setUp(months);
    imported(
      fake,
      'Contacts',
      months === 12 ? exportsText.contacts : generateExports({ contacts: 900 }).contacts,
      'contacts',
    );
    fake.log.reset();
    runtime.call('connectDashboardToExport', {
      exportSheet: 'Contacts',
      dashboardSheet: dashboardName,
    });
    return fake.log.documentCalls;
  });
  expect(counts[1]).toBe(counts[0]);
});

test('an unrecognised export is mapped by the user, and the mapping is saved with the sheet', () => {
  const { fake, runtime, dashboardName, dashboard, map } = setUp(3);
  const spreadsheet = (
    fake.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
  ).getActiveSpreadsheet();
  const sheet = spreadsheet.insertSheet('Signups');
  const dec = monthSerial(2025, 12);
  sheet.getRange(1, 1, 5, 3).setValues([
    ["'Email", "'Signed up", "'Qualified on"],
    ["'a@x.example", dec + 3, dec + 40],
    ["'b@x.example", dec + 5, "'soon"],
    ["'=cmd", dec + 33, ''],
    ["'c@x.example", "'14/3/2026", dec + 70],
  ]);
  const before = runtime.call('listExportSheets') as {
    exports: { name: string; mapping: unknown }[];
  };
  expect(before.exports).toEqual([
    {
      name: 'Signups',
      header: ['Email', 'Signed up', 'Qualified on'],
      source: null,
      mapping: null,
    },
  ]);
  expect(() =>
    runtime.call('connectDashboardToExport', {
      exportSheet: 'Signups',
      dashboardSheet: dashboardName,
    }),
  ).toThrow(
    '“Signups” is not an export FunnelMath recognises; map its columns to the funnel first',
  );
  expect(() =>
    runtime.call('connectDashboardToExport', {
      exportSheet: 'Signups',
      dashboardSheet: dashboardName,
      mapping: { kind: 'contacts', stages: { lead: 3 } },
    }),
  ).toThrow('mapping.stages.lead is 3; choose one of the 3 columns of the header row');
  runtime.call('connectDashboardToExport', {
    exportSheet: 'Signups',
    dashboardSheet: dashboardName,
    mapping: { kind: 'contacts', stages: { lead: 1, mql: 2 } },
  });
  const read = (key: InputKey) =>
    [0, 1, 2].map((month) => dashboard.getRange(inputA1(map, key, month)).getValue());
  expect(read('leads')).toEqual([2, 1, 0]);
  expect(read('mqls')).toEqual([0, 1, 1]);
  // The user's cells are as they were; the block beside them counts the two unreadable dates.
  expect(sheet.getRange('A4').getValue()).toBe('=cmd');
  expect(sheet.getRange('F1').getValue()).toBe(2);
  const after = runtime.call('listExportSheets') as {
    exports: { name: string; source: unknown; mapping: unknown }[];
  };
  expect(after.exports[0]).toMatchObject({
    source: 'mapped',
    mapping: { kind: 'contacts', stages: { lead: 1, mql: 2 } },
  });
  expect(sheet.getDeveloperMetadata().map((tag) => tag.getKey())).toEqual([SHEET_TAG_KEYS.export]);
});
