/**
 * Plan vs actual against the real goal-calculator sheet, linked through the goal
 * calculator's exported addresses: every plan cell shows the goal sheet's count for that
 * stage and month (the goal calculator's own tests prove those equal the planner), and the
 * pace table's targets are what each stage needs.
 */
import type { Plan } from '../../src/funnel/types';
import { parseRange } from '../../src/layout/a1';
import { buildDashboard, goalSheetLink, sampleDashboard } from '../../src/layout/dashboard';
import { goalCalculatorCells, goalCalculatorLayout } from '../../src/layout/goalCalculator';
import { examplePlan } from '../support/plans';
import { evaluate } from './support/engine';
import { expectSameNumber } from './support/numbers';

function linked(plan: Plan, goalName: string, figures = sampleDashboard.figures) {
  const goal = goalCalculatorLayout(plan, goalName);
  const dashboard = buildDashboard({
    ...sampleDashboard,
    figures,
    language: plan.language,
    goal: goalSheetLink(plan, goalName),
  });
  const sheets = evaluate(goal, dashboard.layout);
  const block = dashboard.map.planVsActual;
  if (!block) throw new Error('no plan vs actual block');
  const goalSheet = sheets[goal.name];
  const cells = goalCalculatorCells(plan);
  /** What the goal sheet plans for a stage in a month, and needs over the period. */
  const goalPlan = {
    month: (month: number, stage: number) => {
      const { start } = parseRange(cells.months.counts[stage]);
      return goalSheet.engine.getCellValue({
        sheet: goalSheet.sheetId,
        row: start.row + month,
        col: start.column,
      });
    },
    needed: (stage: number) => goalSheet.value(cells.stages[stage].needed),
  };
  return { sheet: sheets[dashboard.layout.name], goalSheet, goalPlan, block, dashboard };
}

describe('plan vs actual linked to a goal calculator sheet', () => {
  test('the example plan: every stage matched, every month the goal sheet’s count, targets what each stage needs', () => {
    const { sheet, block, goalPlan } = linked(examplePlan, 'Goal Calculator');
    expect(sheet.errors()).toEqual([]);
    expect(block.stages.map((stage) => stage.input)).toEqual([
      'visitors',
      'leads',
      'mqls',
      'sqls',
      'newCustomers',
    ]);
    expect(block.monthCount).toBe(12);
    for (const stage of block.stages) {
      for (let month = 0; month < 12; month++) {
        const planned = goalPlan.month(month, stage.stage);
        expect(typeof planned).toBe('number');
        expect(sheet.value(`${stage.planColumn}${block.firstMonthRow + month}`)).toBe(planned);
      }
      expect(sheet.value(`B${stage.paceRow}`)).toBe(goalPlan.needed(stage.stage));
    }
  });

  test('pace after three months of the sample year, against the plan for those months', () => {
    const { sheet, block, goalPlan } = linked(
      examplePlan,
      'Goal Calculator (2)',
      sampleDashboard.figures?.slice(0, 3),
    );
    const customers = block.stages.find((stage) => stage.input === 'newCustomers');
    if (!customers) throw new Error('customers not matched');
    const planned = [0, 1, 2].reduce((sum, month) => sum + Number(goalPlan.month(month, 4)), 0);
    const needed = Number(goalPlan.needed(4));
    expect(sheet.value(`C${customers.paceRow}`)).toBe(planned);
    expect(sheet.value(`D${customers.paceRow}`)).toBe(15 + 12 + 16);
    expectSameNumber(sheet.value(`E${customers.paceRow}`), 43 / planned);
    expect(sheet.value(`F${customers.paceRow}`)).toBe(Math.max(0, needed - 43));
  });

  test('a quarter plan compares its three months only; renaming a stage on the goal sheet relabels the dashboard', () => {
    const plan: Plan = { ...examplePlan, period: 'quarter', revenueTarget: 300000 };
    const { sheet, goalSheet, block } = linked(plan, 'Goal Calculator');
    expect(block.monthCount).toBe(3);
    expect(sheet.errors()).toEqual([]);
    const leads = block.stages[1];
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
