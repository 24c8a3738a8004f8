/**
 * Every KPI's Period figure against a hand calculation, on a year filled the way real ones
 * are: January still empty, February complete, March complete but its revenue "n/a", April
 * with spend, visitors and leads only (no outcomes yet), May complete but impossible (120
 * customers lost out of 106), the rest of the year blank. Each period figure uses only the
 * months in which all its inputs are numbers and says how many; May is flagged and gets
 * no health colour, nor does the period that includes it. The same figures in HyperFormula
 * and, through the CLI's .xlsx writer, in LibreOffice.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { layoutsToXlsx } from '../../src/cli/xlsx';
import {
  buildDashboard,
  type DashboardMap,
  type KpiKey,
  kpiA1,
  type MonthlyFigures,
} from '../../src/layout/dashboard';
import type { SheetLayout } from '../../src/layout/types';
import {
  LIBREOFFICE_TIMEOUT_MS,
  type RecalculatedValue,
  recalculateXlsx,
} from '../support/libreoffice';
import { evaluate } from './support/engine';
import { ruleHolds } from './support/rules';

jest.setTimeout(LIBREOFFICE_TIMEOUT_MS * 2);

const february: MonthlyFigures = {
  marketingSpend: 10000,
  salesSpend: 5000,
  visitors: 20000,
  organicVisitors: 8000,
  impressions: 100000,
  clicks: 2000,
  emailsDelivered: 5000,
  emailOpens: 1000,
  leads: 400,
  mqls: 120,
  sqls: 50,
  opportunities: 20,
  dealsWon: 5,
  newCustomers: 5,
  revenue: 25000,
  mrr: 50000,
  customersAtStart: 100,
  customersLost: 2,
  openOpportunities: 40,
};
const march: MonthlyFigures = {
  marketingSpend: 12000,
  salesSpend: 6000,
  visitors: 22000,
  organicVisitors: 9000,
  impressions: 110000,
  clicks: 2200,
  emailsDelivered: 5500,
  emailOpens: 1100,
  leads: 440,
  mqls: 130,
  sqls: 55,
  opportunities: 22,
  dealsWon: 6,
  newCustomers: 6,
  revenue: 'n/a',
  mrr: 52000,
  customersAtStart: 103,
  customersLost: 3,
  openOpportunities: 44,
};
const april: MonthlyFigures = {
  marketingSpend: 14000,
  salesSpend: 7000,
  visitors: 24000,
  leads: 480,
};
const may: MonthlyFigures = {
  marketingSpend: 11000,
  salesSpend: 5000,
  visitors: 21000,
  organicVisitors: 8500,
  impressions: 105000,
  clicks: 2100,
  emailsDelivered: 5200,
  emailOpens: 1040,
  leads: 420,
  mqls: 125,
  sqls: 52,
  opportunities: 21,
  dealsWon: 4,
  newCustomers: 4,
  revenue: 20000,
  mrr: 51000,
  customersAtStart: 106,
  customersLost: 120,
  openOpportunities: 42,
};
const GROSS_MARGIN = 0.8;
const CYCLE_DAYS = 60;

// Unit economics (CAC, ARPA, churn, lifetime, LTV, LTV:CAC, payback) share their months:
// spend, new customers, MRR and the customer counts all numbers: February, March, May.
const cac = (15000 + 18000 + 16000) / (5 + 6 + 4);
const arpa = (50000 + 52000 + 51000) / (100 + 5 - 2 + (103 + 6 - 3) + (106 + 4 - 120));
const churn = (2 + 3 + 120) / (100 + 103 + 106);
const lifetime = 1 / churn;
const ltv = arpa * lifetime * GROSS_MARGIN;
// Velocity, deal size and win rate share theirs: opportunities, deals, revenue and the open
// pipeline all numbers: February and May (March's revenue is "n/a").
const winRate = (5 + 4) / (20 + 21);
const avgDealSize = (25000 + 20000) / (5 + 4);
const velocity = (((40 + 42) / 2) * avgDealSize * winRate) / CYCLE_DAYS;

/** Each period figure by hand, and the months it covers. */
const expected: Readonly<
  Record<Exclude<KpiKey, 'revenueGrowth' | 'mrrGrowth' | 'leadGrowth'>, [number, number]>
> = {
  cpl: [(10000 + 12000 + 14000 + 11000) / (400 + 440 + 480 + 420), 4],
  costPerMql: [(10000 + 12000 + 11000) / (120 + 130 + 125), 3],
  costPerSql: [(10000 + 12000 + 11000) / (50 + 55 + 52), 3],
  cac: [cac, 3],
  visitorToLead: [(400 + 440 + 480 + 420) / (20000 + 22000 + 24000 + 21000), 4],
  leadToMql: [(120 + 130 + 125) / (400 + 440 + 420), 3],
  mqlToSql: [(50 + 55 + 52) / (120 + 130 + 125), 3],
  sqlToOpportunity: [(20 + 22 + 21) / (50 + 55 + 52), 3],
  winRate: [winRate, 2],
  ctr: [(2000 + 2200 + 2100) / (100000 + 110000 + 105000), 3],
  openRate: [(1000 + 1100 + 1040) / (5000 + 5500 + 5200), 3],
  organicShare: [(8000 + 9000 + 8500) / (20000 + 22000 + 21000), 3],
  avgDealSize: [avgDealSize, 2],
  arpa: [arpa, 3],
  churn: [churn, 3],
  lifetime: [lifetime, 3],
  ltv: [ltv, 3],
  ltvCac: [ltv / cac, 3],
  cacPayback: [cac / (arpa * GROSS_MARGIN), 3],
  // Revenue and marketing spend both numbers: February and May.
  roi: [(45000 - 21000) / 21000, 2],
  mer: [45000 / 21000, 2],
  pipelineVelocity: [velocity, 2],
};

function year(): { layout: SheetLayout; map: DashboardMap } {
  return buildDashboard({
    firstMonth: { year: 2026, month: 1 },
    monthCount: 12,
    figures: [{}, february, march, april, may],
    grossMargin: GROSS_MARGIN,
    salesCycleDays: CYCLE_DAYS,
  });
}

type Read = (a1: string) => unknown;

function expectHandCalculation(read: Read, map: DashboardMap): void {
  for (const [key, [figure, months]] of Object.entries(expected) as [KpiKey, [number, number]][]) {
    const actual = read(kpiA1(map, key, 'period'));
    expect([key, typeof actual]).toEqual([key, 'number']);
    expect([key, Math.abs((actual as number) - figure) <= 1e-9 * Math.abs(figure)]).toEqual([
      key,
      true,
    ]);
    expect([key, read(`${map.kpiColumn[key]}${map.kpiCoverageRow}`)]).toEqual([key, months]);
  }
}

function expectChecks(read: Read, map: DashboardMap): void {
  const check = (month: number | 'period') =>
    String(
      read(`${map.checkColumn}${month === 'period' ? map.periodRow : map.firstMonthRow + month}`) ??
        '',
    );
  expect(check(0)).toBe('');
  expect(check(1)).toBe('');
  expect(check(2)).toBe(
    'ℹ Text in a figure: the KPIs that use it leave this month out of their period figure. ',
  );
  expect(check(3)).toBe('');
  expect(check(4)).toBe('⚠ More customers lost than customers at start. ');
  expect(check(5)).toBe('');
  expect(check('period')).toBe(
    '⚠ 1 month(s) with impossible figures: no health colour for the period.',
  );
}

describe('period figures by hand, in HyperFormula', () => {
  const { layout, map } = year();
  const sheet = evaluate(layout)[layout.name];

  test('every KPI’s period figure and the months it covers', () => {
    expectHandCalculation((a1) => sheet.value(a1), map);
  });

  test('March’s "n/a" revenue: its revenue KPIs are errors, the other figures of March compute', () => {
    expect(String(sheet.value(kpiA1(map, 'avgDealSize', 2)))).toMatch(/#VALUE/);
    expect(sheet.value(kpiA1(map, 'cac', 2))).toBe(3000);
  });

  test('flags: March’s text noted, May impossible, the period flagged; empty months say nothing', () => {
    expectChecks((a1) => sheet.value(a1), map);
  });

  test('an impossible month and the period that includes it get no health colour', () => {
    const colours = (key: 'ltvCac' | 'cacPayback', month: number | 'period') =>
      layout.conditionalRules.filter((rule) => ruleHolds(sheet, rule, kpiA1(map, key, month)));
    // May: payback -2.2 months would read "green"; LTV:CAC is negative.
    expect(Number(sheet.value(kpiA1(map, 'cacPayback', 4)))).toBeLessThan(0);
    expect(colours('cacPayback', 4)).toEqual([]);
    expect(colours('ltvCac', 4)).toEqual([]);
    expect(colours('ltvCac', 'period')).toEqual([]);
    expect(colours('cacPayback', 'period')).toEqual([]);
    // February is possible and healthy enough to colour: payback 3,000 / (485.4 x 80%) = 7.7 months.
    expect(colours('cacPayback', 1).map((rule) => rule.fill)).toEqual(['good']);
    // May's flag is amber, in the check column and on May's label in the KPI table.
    const amber = (a1: string) =>
      layout.conditionalRules.filter((rule) => ruleHolds(sheet, rule, a1)).map((rule) => rule.fill);
    expect(amber(`${map.checkColumn}${map.firstMonthRow + 4}`)).toEqual(['warn']);
    expect(amber(`A${map.kpiFirstMonthRow + 4}`)).toEqual(['warn']);
    expect(amber(`A${map.kpiPeriodRow}`)).toEqual(['warn']);
    expect(amber(`A${map.kpiFirstMonthRow + 2}`)).toEqual([]); // March's text is a note, not a flag
    // Correct May's customers lost and the period is coloured again.
    sheet.set(`${map.inputColumn.customersLost}${map.firstMonthRow + 4}`, 2);
    expect(sheet.value(`${map.checkColumn}${map.periodRow}`)).toBe('');
    expect(colours('cacPayback', 4).map((rule) => rule.fill)).toEqual(['good']);
    expect(colours('cacPayback', 'period').length).toBe(1);
  });

  test('the flags speak the sheet’s language', () => {
    const { layout: chinese, map: chineseMap } = buildDashboard({
      firstMonth: { year: 2026, month: 1 },
      monthCount: 12,
      figures: [{}, february, march, april, may],
      language: 'zh-CN',
    });
    const chineseSheet = evaluate(chinese)[chinese.name];
    expect(chineseSheet.value(`${chineseMap.checkColumn}${chineseMap.firstMonthRow + 4}`)).toBe(
      '⚠ 流失客户数多于期初客户数。 ',
    );
    expect(chineseSheet.value(`${chineseMap.checkColumn}${chineseMap.inputHeaderRow}`)).toBe(
      '检查',
    );
  });

  test('an empty first month no longer blanks ARPA, churn, lifetime, LTV, LTV:CAC or payback', () => {
    for (const key of ['arpa', 'churn', 'lifetime', 'ltv', 'ltvCac', 'cacPayback'] as const) {
      expect([key, typeof sheet.value(kpiA1(map, key, 'period'))]).toEqual([key, 'number']);
    }
  });

  test('a month with spend but no outcomes yet does not move period CAC (issue: 4,000 became 5,556)', () => {
    const { layout: withApril, map: aprilMap } = year();
    const aprilSheet = evaluate(withApril)[withApril.name];
    expect(aprilSheet.value(`${aprilMap.kpiColumn.cac}${aprilMap.kpiCoverageRow}`)).toBe(3);
    // April's 21,000 of spend is not in CAC: (15,000 + 18,000 + 16,000) / 15 customers.
    expect(aprilSheet.value(kpiA1(aprilMap, 'cac', 'period'))).toBeCloseTo(49000 / 15, 9);
  });
});

describe('period figures by hand, in LibreOffice, from the CLI’s .xlsx writer', () => {
  let directory: string;
  let read: (a1: string) => RecalculatedValue;
  const { layout, map } = year();

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'funnelmath-period-'));
    const path = join(directory, 'period.xlsx');
    await writeFile(path, await layoutsToXlsx({ sheets: [layout] }));
    read = await recalculateXlsx(path, layout.name);
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  test('every KPI’s period figure and the months it covers', () => {
    expectHandCalculation(read, map);
  });

  test('the same flags', () => {
    expectChecks(read, map);
  });
});
