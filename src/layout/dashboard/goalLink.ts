import { leadStageIndexOf, MONTHS_IN_PERIOD } from '../../funnel/period';
import type { Plan } from '../../funnel/types';
import { a1, parseRange } from '../a1';
import { goalCalculatorCells } from '../goalCalculator';
import type { GoalSheetLink } from './planVsActual';

/**
 * Plan vs actual's view of a goal-calculator sheet, from the goal calculator's own exported
 * addresses: when its layout moves, the dashboard's references move with it.
 */
export function goalSheetLink(plan: Plan, sheetName: string): GoalSheetLink {
  const cells = goalCalculatorCells(plan);
  const monthColumns = cells.months.counts.map((range) => parseRange(range).start);
  return {
    sheetName,
    stageNames: plan.stages.map((stage) => stage.name),
    leadStageIndex: leadStageIndexOf(plan),
    monthCount: MONTHS_IN_PERIOD[plan.period],
    stageNameCell: (stage) => cells.stages[stage].name,
    neededCell: (stage) => cells.stages[stage].needed,
    monthCell: (month, stage) => a1(monthColumns[stage].row + month, monthColumns[stage].column),
  };
}
