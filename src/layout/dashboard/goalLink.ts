import { leadStageIndexOf } from '../../funnel/period';
import type { Plan } from '../../funnel/types';
import { qualified } from '../a1';
import { goalCalculatorCells } from '../goalCalculator';
import type { GoalPlanSource } from './planVsActual';

/** A plan's first month: its own startMonth ("YYYY-MM"), else the one the caller gives. */
function planStart(
  plan: Plan,
  fallback: { readonly year: number; readonly month: number },
): { year: number; month: number } {
  const match = plan.startMonth ? /^(\d{4})-(\d{2})$/.exec(plan.startMonth) : null;
  return match ? { year: Number(match[1]), month: Number(match[2]) } : { ...fallback };
}

/**
 * Plan vs actual's view of today's goal-calculator sheet, from its exported addresses:
 * when its layout moves, the dashboard's references move with it. Its month table numbers
 * the months 1..n from the plan's first month and holds, per row, the revenue closing that
 * month and the stage volumes behind it, which must arrive `arrival month` = month minus
 * the sales cycle in months (one lag for every stage). A calendar month becomes a plan
 * month number here, and SUMIFS picks the row(s) by that number: no row arithmetic.
 */
export function goalPlanSource(
  plan: Plan,
  sheetName: string,
  fallbackStart: { readonly year: number; readonly month: number },
): GoalPlanSource {
  const cells = goalCalculatorCells(plan);
  const ref = (a1: string) => qualified(sheetName, a1.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2'));
  const start = planStart(plan, fallbackStart);
  // The plan month number of a date: 1 for the plan's first month, 0 the month before.
  const planMonth = (monthDateRef: string) =>
    `(YEAR(${monthDateRef})-${start.year})*12+MONTH(${monthDateRef})-${start.month - 1}`;
  return {
    sheetName,
    stageNames: plan.stages.map((stage) => stage.name),
    leadStageIndex: leadStageIndexOf(plan),
    stageName: (stage) => ref(cells.stages[stage].name),
    needed: (stage) => ref(cells.stages[stage].needed),
    revenueTarget: () => ref(cells.inputs.revenueTarget),
    plannedArrivals: (stage, monthDateRef) => {
      const arrival = ref(cells.months.arrivalMonth);
      const month = planMonth(monthDateRef);
      return `IF(COUNTIF(${arrival},${month})=0,"",SUMIFS(${ref(cells.months.counts[stage])},${arrival},${month}))`;
    },
    plannedRevenue: (monthDateRef) => {
      const months = ref(cells.months.month);
      const month = planMonth(monthDateRef);
      return `IF(COUNTIF(${months},${month})=0,"",SUMIFS(${ref(cells.months.revenue)},${months},${month}))`;
    },
  };
}
