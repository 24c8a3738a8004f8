/**
 * Plan vs actual against the real goal-calculator sheet, through goalPlanSource (today's
 * month table: plan months numbered from the plan's first month, stage volumes arriving
 * the sales cycle's months ahead of the revenue they lead to). Every plan cell is checked
 * against the goal sheet's own month table, found by calendar month.
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
import { examplePlan } from '../support/plans';
import { evaluate } from './support/engine';
import { expectSameNumber } from './support/numbers';

const JANUARY_2026 = { year: 2026, month: 1 };

function linked(plan: Plan, goalName: string, figures = sampleDashboard.figures) {
  const goal = goalCalculatorLayout(plan, goalName);
  const dashboard = buildDashboard({
    ...sampleDashboard,
    figures,
    language: plan.language,
    goal: goalPlanSource(plan, goalName, JANUARY_2026),
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
    arrivalMonth: (row: number) => Number(column(cells.months.arrivalMonth, row)),
    needed: (stage: number) => goalSheet.value(cells.stages[stage].needed),
  };
  /** What the goal table says must arrive in plan month `planMonth` (1-based). */
  const arrivingIn = (planMonth: number, stage: number) => {
    let total = 0;
    for (let row = 0; row < goalTable.rows; row++) {
      if (goalTable.arrivalMonth(row) === planMonth) total += goalTable.count(row, stage);
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
  test('the example plan (60-day cycle: volumes arrive 2 months ahead): every month reads its arrival month', () => {
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
        // Plan month m+1's arrivals are the volumes behind plan month m+3's revenue.
        // November and December: the volumes behind 2027's revenue, which the plan does not reach.
        const expected = month + 2 < 12 ? goalTable.count(month + 2, stage.stage) : '';
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
    const planned = [2, 3, 4].reduce((sum, row) => sum + goalTable.count(row, 4), 0);
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
    goalSheet.set('A16', 'Sign-ups');
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
      goal: goalPlanSource(plan, goal.name, JANUARY_2026),
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
