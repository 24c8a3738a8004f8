import { leadStageIndexOf } from '../../funnel/period';
import type { Plan } from '../../funnel/types';
import { qualified } from '../a1';
import {
  goalCalculatorCells,
  plannedArrivalsFormula,
  plannedRevenueFormula,
} from '../goalCalculator';
import type { GoalPlanSource } from './planVsActual';

/**
 * Plan vs actual's view of a goal-calculator sheet, from the addresses and formulas that
 * sheet's layout exports: when its layout moves, the dashboard's references move with it.
 * The goal sheet's month rows are real calendar months and each stage has its own lag
 * (months before close), so a dashboard month is matched by date, never by row number.
 * A month the plan does not reach is blank rather than 0: no plan there, not a plan of none.
 */
export function goalPlanSource(plan: Plan, sheetName: string): GoalPlanSource {
  const cells = goalCalculatorCells(plan);
  const ref = (a1: string) => qualified(sheetName, a1.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2'));
  const planMonths = ref(cells.months.month);
  const withinPlan = (closingMonth: string, planned: string) =>
    `IF(COUNTIF(${planMonths},${closingMonth})=0,"",${planned})`;
  const firstOfMonth = (monthDateRef: string, monthsLater: string) =>
    `DATE(YEAR(${monthDateRef}),MONTH(${monthDateRef})+${monthsLater},1)`;
  return {
    sheetName,
    stageNames: plan.stages.map((stage) => stage.name),
    leadStageIndex: leadStageIndexOf(plan),
    stageName: (stage) => ref(cells.stages[stage].name),
    needed: (stage) => ref(cells.stages[stage].needed),
    revenueTarget: () => ref(cells.inputs.revenueTarget),
    plannedArrivals: (stage, monthDateRef) =>
      withinPlan(
        firstOfMonth(monthDateRef, ref(cells.stages[stage].monthsBeforeClose)),
        plannedArrivalsFormula(cells, stage, monthDateRef, sheetName),
      ),
    plannedRevenue: (monthDateRef) =>
      withinPlan(
        firstOfMonth(monthDateRef, '0'),
        plannedRevenueFormula(cells, monthDateRef, sheetName),
      ),
  };
}
