/**
 * Plan vs actual against the real goal-calculator sheet, through goalPlanSource: the goal
 * sheet's month rows are calendar months from the plan's first month, and each stage's
 * volume arrives its own "months before close" ahead of the revenue it leads to (customers
 * arrive in their closing month). Every plan cell is checked against the goal sheet's own
 * month table, found by calendar month.
 */
import type { Plan } from '../../src/funnel/types';
import { parseRange } from '../../src/layout/a1';
import {
  buildDashboard,
  goalPlanSource,
  sampleDashboard,
  sampleDashboardFor,
  samplePlan,
} from '../../src/layout/dashboard';
import { goalCalculatorCells, goalCalculatorLayout } from '../../src/layout/goalCalculator';
import { examplePlan as examplePlanOf2027 } from '../support/plans';
import { evaluate } from './support/engine';
import { expectSameNumber } from './support/numbers';

const JANUARY_2026 = { year: 2026, month: 1 };

/** The sample dashboard's months start in January 2026: so does the plan, unless a test says. */
const examplePlan: Plan = { ...examplePlanOf2027, startMonth: '2026-01' };

function linked(plan: Plan, goalName: string, figures = sampleDashboard.figures) {
  const goal = goalCalculatorLayout(plan, goalName);
  const dashboard = buildDashboard({
    ...sampleDashboard,
    figures,
    language: plan.language,
    goal: goalPlanSource(plan, goalName),
  });
  const sheets = evaluate(goal, dashboard.layout);
  const block = dashboard.map.planVsActual;
  if (!block) throw new Error('no plan vs actual block');
  const goalSheet = sheets[goal.name];
  const cells = goalCalculatorCells(plan);
  const column = (range: string, row: number) => {
    const { start } = parseRange(range);
    return goalSheet.engine.getCellValue({
      sheet: goalSheet.sheetId,
      row: start.row + row,
      col: start.column,
    });
  };
  /** The goal sheet's own month table, row by row (row 0 = plan month 1). */
  const goalTable = {
    rows: Number(
      parseRange(cells.months.month).end.row - parseRange(cells.months.month).start.row + 1,
    ),
    count: (row: number, stage: number) => Number(column(cells.months.counts[stage], row)),
    revenue: (row: number) => Number(column(cells.months.revenue, row)),
    monthsBeforeClose: (stage: number) =>
      Number(goalSheet.value(cells.stages[stage].monthsBeforeClose)),
    needed: (stage: number) => goalSheet.value(cells.stages[stage].needed),
  };
  /** What the goal table says must arrive in plan month `planMonth` (1-based). */
  const arrivingIn = (planMonth: number, stage: number) => {
    let total = 0;
    for (let row = 0; row < goalTable.rows; row++) {
      if (row + 1 - goalTable.monthsBeforeClose(stage) === planMonth)
        total += goalTable.count(row, stage);
    }
    return total;
  };
  return {
    sheet: sheets[dashboard.layout.name],
    goalSheet,
    goalTable,
    arrivingIn,
    block,
    dashboard,
    cells,
  };
}

describe('plan vs actual linked to a goal calculator sheet', () => {
  test('the example plan (60-day cycle on the last step: volumes above customers arrive 2 months ahead): every month reads its arrival month', () => {
    const { sheet, block, goalTable, arrivingIn } = linked(examplePlan, 'Goal Calculator');
    expect(sheet.errors()).toEqual([]);
    expect(block.stages.map((stage) => stage.input)).toEqual([
      'visitors',
      'leads',
      'mqls',
      'sqls',
      'newCustomers',
    ]);
    expect(block.monthCount).toBe(12);
    for (let month = 0; month < 12; month++) {
      const row = block.firstMonthRow + month;
      for (const stage of block.stages) {
        // Plan month m+1's arrivals are the volumes behind the revenue of plan month m+1+lag;
        // past the plan's last month (2027's revenue, which the plan does not reach): blank.
        const lag = goalTable.monthsBeforeClose(stage.stage);
        expect(lag).toBe(stage.input === 'newCustomers' ? 0 : 2);
        const expected = month + lag < 12 ? goalTable.count(month + lag, stage.stage) : '';
        expect(arrivingIn(month + 1, stage.stage)).toBe(expected === '' ? 0 : expected);
        expect([month, stage.input, sheet.value(`${stage.planColumn}${row}`)]).toEqual([
          month,
          stage.input,
          expected,
        ]);
      }
      expectSameNumber(sheet.value(`${block.revenue.planColumn}${row}`), goalTable.revenue(month));
    }
    for (const stage of block.stages) {
      expect(sheet.value(`B${stage.paceRow}`)).toBe(goalTable.needed(stage.stage));
    }
  });

  test('the lag is live: a 120-day cycle on the goal sheet moves arrivals 4 months ahead', () => {
    const { sheet, block, goalSheet, goalTable, cells } = linked(examplePlan, 'Goal Calculator');
    goalSheet.set(cells.inputs.salesCycleDays, 120);
    const leads = block.stages[1];
    expect(sheet.value(`${leads.planColumn}${block.firstMonthRow}`)).toBe(goalTable.count(4, 1));
    expect(sheet.value(`${leads.planColumn}${block.firstMonthRow + 8}`)).toBe('');
  });

  test('a plan starting in November 2025: January 2026 is its third month', () => {
    const plan: Plan = { ...examplePlan, startMonth: '2025-11' };
    const { sheet, block, goalTable } = linked(plan, 'Goal Calculator');
    const leads = block.stages[1];
    // Arriving in plan month 3 = the volumes behind plan month 5.
    expect(sheet.value(`${leads.planColumn}${block.firstMonthRow}`)).toBe(goalTable.count(4, 1));
    expectSameNumber(
      sheet.value(`${block.revenue.planColumn}${block.firstMonthRow}`),
      goalTable.revenue(2),
    );
    // December 2026 is plan month 14: beyond the plan, blank.
    expect(sheet.value(`${block.revenue.planColumn}${block.firstMonthRow + 11}`)).toBe('');
    expect(sheet.value(`${block.revenue.ofPlanColumn}${block.firstMonthRow + 11}`)).toBe('');
  });

  test('pace after three months of the sample year, against the plan for those months', () => {
    const { sheet, block, goalTable } = linked(
      examplePlan,
      'Goal Calculator (2)',
      sampleDashboard.figures?.slice(0, 3),
    );
    const customers = block.stages.find((stage) => stage.input === 'newCustomers');
    if (!customers) throw new Error('customers not matched');
    // Customers arrive in their closing month: plan months 1 to 3.
    const planned = [0, 1, 2].reduce((sum, row) => sum + goalTable.count(row, 4), 0);
    const needed = Number(goalTable.needed(4));
    expect(sheet.value(`C${customers.paceRow}`)).toBe(planned);
    expect(sheet.value(`D${customers.paceRow}`)).toBe(15 + 12 + 16);
    expectSameNumber(sheet.value(`E${customers.paceRow}`), 43 / planned);
    expect(sheet.value(`F${customers.paceRow}`)).toBe(Math.max(0, needed - 43));
    const revenuePlanned = [0, 1, 2].reduce((sum, row) => sum + goalTable.revenue(row), 0);
    expectSameNumber(sheet.value(`C${block.revenue.paceRow}`), revenuePlanned);
    expect(sheet.value(`D${block.revenue.paceRow}`)).toBe(75000 + 60000 + 80000);
  });

  test('a quarter plan has nothing planned after its months; renaming a stage relabels the dashboard', () => {
    const plan: Plan = { ...examplePlan, period: 'quarter', revenueTarget: 300000 };
    const { sheet, goalSheet, block } = linked(plan, 'Goal Calculator');
    expect(sheet.errors()).toEqual([]);
    const leads = block.stages[1];
    expect(sheet.value(`${leads.planColumn}${block.firstMonthRow + 5}`)).toBe('');
    expect(sheet.value(`${block.revenue.planColumn}${block.firstMonthRow + 3}`)).toBe('');
    expect(sheet.value(`${leads.planColumn}${block.firstMonthRow - 1}`)).toBe('Leads plan');
    goalSheet.set(goalCalculatorCells(plan).stages[1].name, 'Sign-ups');
    expect(sheet.value(`${leads.planColumn}${block.firstMonthRow - 1}`)).toBe('Sign-ups plan');
  });

  test('a Simplified Chinese plan with Chinese stage names', () => {
    const plan: Plan = {
      ...examplePlan,
      language: 'zh-CN',
      stages: [
        { name: '访客', conversionToNext: 0.02 },
        { name: '线索', conversionToNext: 0.3 },
        { name: '营销合格线索', conversionToNext: 0.4 },
        { name: '商机', conversionToNext: 0.25 },
        { name: '客户' },
      ],
    };
    const { sheet, block, dashboard } = linked(plan, '目标计算器');
    expect(sheet.errors()).toEqual([]);
    expect(block.stages.map((stage) => stage.input)).toEqual([
      'visitors',
      'leads',
      'mqls',
      'opportunities',
      'newCustomers',
    ]);
    expect(dashboard.layout.name).toBe('KPI 仪表板');
    expect(sheet.value(`${block.stages[1].planColumn}${block.firstMonthRow - 1}`)).toBe(
      '线索 计划',
    );
  });
});

describe('the sample plan and the sample actuals describe one company', () => {
  test('every stage and revenue lands between 70% and 130% of plan over the months compared', () => {
    const plan = samplePlan(JANUARY_2026);
    const goal = goalCalculatorLayout(plan);
    const { layout, map } = buildDashboard({
      ...sampleDashboardFor(JANUARY_2026, 12),
      goal: goalPlanSource(plan, goal.name),
    });
    const sheet = evaluate(goal, layout)[layout.name];
    expect(sheet.errors()).toEqual([]);
    const block = map.planVsActual;
    if (!block) throw new Error('no plan vs actual block');
    expect(block.stages.map((stage) => stage.input)).toEqual([
      'visitors',
      'leads',
      'mqls',
      'sqls',
      'opportunities',
      'newCustomers',
    ]);
    const paces = [...block.stages, block.revenue].map((row) =>
      Number(sheet.value(`E${row.paceRow}`)),
    );
    for (const pace of paces) {
      expect(pace).toBeGreaterThan(0.7);
      expect(pace).toBeLessThan(1.3);
    }
  });
});
