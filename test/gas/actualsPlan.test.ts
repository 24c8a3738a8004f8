/**
 * "Start from my actuals" as Apps Script runs it: the built bundle in a node:vm with the
 * fake services. The plan's rates are the dashboard's own Period figures (read from its
 * computed cells), the months chosen are summed straight from the sample, and the whole
 * request costs a constant number of service calls.
 */
import { buildDashboard, kpiA1, sampleFigures } from '../../src/layout/dashboard';
import type { KpiKey } from '../../src/layout/dashboard/kpis';
import { loadBundle } from '../../src/preview/bundle';
import type { FakeAppsScript } from '../../src/preview/fake';
import { fakeWithLocale } from '../dashboard/support/appsScript';

function withSampleDashboard(fake: FakeAppsScript = fakeWithLocale()) {
  const runtime = loadBundle(fake.globals);
  const name = runtime.call('insertKpiDashboardWithSample') as string;
  fake.log.reset();
  return { fake, runtime, name };
}

/** The sample's figures of months `first` to `last` (0-based), summed per input. */
function sampleTotals(first: number, last: number) {
  const months = sampleFigures.slice(first, last + 1);
  const total = (key: keyof (typeof months)[number]) =>
    months.reduce((sum, month) => sum + Number(month[key]), 0);
  return { total, count: months.length };
}

test('the plan of January to June: the sample’s sums, in a constant number of calls', () => {
  const { fake, runtime } = withSampleDashboard();
  const result = runtime.call('startPlanFromActuals', { from: '2026-01', to: '2026-06' });
  const { total, count } = sampleTotals(0, 5);
  expect(result).toEqual({
    kind: 'plan',
    sheetName: 'KPI Dashboard',
    notes: [],
    plan: {
      revenueTarget: (total('revenue') * 12) / count,
      period: 'year',
      averageDealSize: total('revenue') / total('dealsWon'),
      stages: [
        { name: 'Leads', conversionToNext: total('mqls') / total('leads') },
        { name: 'MQLs', conversionToNext: total('sqls') / total('mqls') },
        { name: 'SQLs', conversionToNext: total('opportunities') / total('sqls') },
        { name: 'Opportunities', conversionToNext: total('dealsWon') / total('opportunities') },
        { name: 'Customers' },
      ],
      leadStageIndex: 0,
      costPerLead: total('marketingSpend') / total('leads'),
      salesCycleDays: 60,
      language: 'en',
    },
  });
  // Spreadsheet, tag query (two builder calls and find), the tagged dashboard's location and
  // sheet, the block (two), its name, the locale: 10 calls.
  expect(fake.log.calls.map((call) => call.name)).toEqual([
    'SpreadsheetApp.getActiveSpreadsheet',
    'Spreadsheet.createDeveloperMetadataFinder',
    'DeveloperMetadataFinder.withKey',
    'DeveloperMetadataFinder.find',
    'DeveloperMetadata.getLocation',
    'DeveloperMetadataLocation.getSheet',
    'Sheet.getRange',
    'Range.getValues',
    'Sheet.getName',
    'Spreadsheet.getSpreadsheetLocale',
  ]);
  expect(fake.log.documentCalls).toBe(8);
  expect(fake.log.countsByName()['Range.getValues']).toBe(1);
});

test('over the whole year the rates are the dashboard’s own Period figures, text months left out alike', () => {
  const { fake, runtime, name } = withSampleDashboard();
  const { map } = buildDashboard({ firstMonth: { year: 2026, month: 1 }, monthCount: 12 });
  const sheet = fake.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  if (!sheet) throw new Error('no dashboard');
  // March's revenue pasted as "n/a": the Period row leaves March out of the deal size.
  sheet.getRange(`${map.inputColumn.revenue}${map.firstMonthRow + 2}`).setValue('n/a');
  const period = (key: KpiKey) => sheet.getRange(kpiA1(map, key, 'period')).getValue();
  const result = runtime.call('startPlanFromActuals', { from: '2026-01', to: '2026-12' }) as {
    plan: { stages: { conversionToNext?: number }[]; averageDealSize: number; costPerLead: number };
  };
  const rates = result.plan.stages.slice(0, -1).map((stage) => stage.conversionToNext);
  const dashboardRates = (['leadToMql', 'mqlToSql', 'sqlToOpportunity', 'winRate'] as const).map(
    period,
  );
  rates.forEach((rate, index) => {
    expect(rate).toBeCloseTo(dashboardRates[index] as number, 12);
  });
  expect(result.plan.averageDealSize).toBeCloseTo(period('avgDealSize') as number, 9);
  expect(result.plan.costPerLead).toBeCloseTo(period('cpl') as number, 9);
  const withoutMarch = sampleFigures.filter((_, index) => index !== 2);
  const sum = (key: 'revenue' | 'dealsWon') =>
    withoutMarch.reduce((total, month) => total + Number(month[key]), 0);
  expect(result.plan.averageDealSize).toBe(sum('revenue') / sum('dealsWon'));
});

test('months with an impossible rate come back as messages, not a plan', () => {
  const { fake, runtime, name } = withSampleDashboard();
  const { map } = buildDashboard({ firstMonth: { year: 2026, month: 1 }, monthCount: 12 });
  const sheet = fake.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  sheet?.getRange(`${map.inputColumn.mqls}${map.firstMonthRow}`).setValue(5000);
  expect(runtime.call('startPlanFromActuals', { from: '2026-01', to: '2026-01' })).toEqual({
    kind: 'problems',
    sheetName: 'KPI Dashboard',
    problems: [
      'the rate Leads → MQLs is 5000/1000, over 100%: there are more MQLs (5000) than Leads (1000) in 2026-01; a stage counts those that reached it in each month, so choose more months or check the MQLs dates',
    ],
  });
  expect(runtime.call('startPlanFromActuals', { from: '2027-01', to: '2027-03' })).toEqual({
    kind: 'problems',
    sheetName: 'KPI Dashboard',
    problems: [
      'the dashboard has no month from 2027-01 to 2027-03 (its months: 2026-01 to 2026-12); choose months it has',
    ],
  });
});

test('no dashboard: said so; a Chinese spreadsheet’s dashboard gives Chinese stage names', () => {
  const empty = fakeWithLocale();
  const runtime = loadBundle(empty.globals);
  expect(runtime.call('startPlanFromActuals', { from: '2026-01', to: '2026-06' })).toEqual({
    kind: 'no-dashboard',
  });
  expect(() => runtime.call('startPlanFromActuals', { from: '2026-6', to: '2026-06' })).toThrow(
    'from is "2026-6"; enter a month as YYYY-MM, e.g. 2026-01',
  );
  const chinese = withSampleDashboard(fakeWithLocale('zh_TW'));
  const result = chinese.runtime.call('startPlanFromActuals', {
    from: '2026-01',
    to: '2026-06',
  }) as {
    kind: string;
    sheetName: string;
    plan: { stages: { name: string }[] };
  };
  expect(result.sheetName).toBe('KPI 儀表板');
  expect(result.plan.stages.map((stage) => stage.name)).toEqual([
    '潛在客戶',
    'MQL',
    'SQL',
    '商機',
    '客戶',
  ]);
});

test('the calls do not grow with the months: a 36-month dashboard costs the same 8', () => {
  const fake = fakeWithLocale();
  const runtime = loadBundle(fake.globals);
  runtime.call('insertKpiDashboardWithSample', { monthCount: 36 });
  fake.log.reset();
  const result = runtime.call('startPlanFromActuals', { from: '2026-01', to: '2028-12' }) as {
    kind: string;
  };
  expect(result.kind).toBe('plan');
  expect(fake.log.documentCalls).toBe(8);
});

test('getActualsSource: the dashboard and its months with leads, in 7 document calls; or none', () => {
  const { fake, runtime } = withSampleDashboard();
  expect(runtime.call('getActualsSource')).toEqual({
    kind: 'dashboard',
    sheetName: 'KPI Dashboard',
    monthsWithLeads: sampleFigures.map((_, index) => `2026-${String(index + 1).padStart(2, '0')}`),
  });
  expect(fake.log.documentCalls).toBe(7);
  const empty = fakeWithLocale();
  expect(loadBundle(empty.globals).call('getActualsSource')).toEqual({ kind: 'no-dashboard' });
});
