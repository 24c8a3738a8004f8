import { columnLetter, qualified } from '../a1';
import type { Cell } from '../types';
import type { DashboardFormats } from './formats';
import type { InputKey } from './inputs';
import type { DashboardLabels } from './labels';
import type { DashboardMap } from './layout';
import { matchStages } from './stageMatching';

/**
 * Where a goal-calculator sheet keeps what plan vs actual reads: built from the goal
 * helper's exported anchors (goalLink.ts), so the dashboard follows its layout.
 */
export interface GoalSheetLink {
  readonly sheetName: string;
  readonly stageNames: readonly string[];
  readonly leadStageIndex: number;
  /** Months in the plan's period (1, 3 or 12). */
  readonly monthCount: number;
  /** A1 on the goal sheet of a stage's name (0-based stage, top first). */
  stageNameCell(stage: number): string;
  /** A1 on the goal sheet of what a stage needs over the whole period. */
  neededCell(stage: number): string;
  /** A1 on the goal sheet of a stage's planned volume in a month (0-based month). */
  monthCell(month: number, stage: number): string;
}

/** Puts a cell at a 1-based sheet row and a 0-based column. */
type Place = (row: number, column: number, cell: Cell) => void;

/** Where plan vs actual put each matched stage (1-based rows, column letters). */
export interface PlanVsActualMap {
  /** Sheet row of plan month 1; month m is m rows below. */
  readonly firstMonthRow: number;
  readonly monthCount: number;
  readonly stages: readonly {
    readonly stage: number;
    readonly input: InputKey;
    readonly planColumn: string;
    readonly actualColumn: string;
    readonly ofPlanColumn: string;
    /** The stage's row in the pace table: target B, plan to date C, actual D, pace E, still needed F. */
    readonly paceRow: number;
  }[];
  /** The first free row below the block. */
  readonly nextFreeRow: number;
}

/** Text inside a formula string literal. */
function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The plan-vs-actual block under the KPI table: per matched stage and month, plan, actual
 * and % of plan; then per stage the period target, plan and actual to date, the pace
 * (actual over plan for the months filled in: 100% is on track) and what is still needed.
 * Plan month 1 is the dashboard's first month.
 */
export function placePlanVsActual(
  place: Place,
  topRow: number,
  map: DashboardMap,
  goal: GoalSheetLink,
  labels: DashboardLabels,
  formats: DashboardFormats,
): PlanVsActualMap {
  const goalRef = (a1: string) => qualified(goal.sheetName, a1);
  const matches = matchStages(goal.stageNames, goal.leadStageIndex);
  const months = Math.min(goal.monthCount, map.monthCount);
  const count = formats.inputs.count;
  let row = topRow;
  place(row, 0, { value: labels.planVsActual, role: 'subtitle' });
  place(row + 1, 0, { value: labels.planVsActualNote, role: 'note' });
  row += 2;

  // Month by month: three columns per stage.
  const headerRow = row;
  const firstRow = headerRow + 1;
  const lastRow = firstRow + months - 1;
  place(headerRow, 0, { value: labels.month, role: 'header' });
  const columnsOf = (index: number) => ({
    plan: 1 + index * 3,
    actual: 2 + index * 3,
    share: 3 + index * 3,
  });
  const letter = columnLetter;
  matches.forEach((match, index) => {
    const { plan, actual, share } = columnsOf(index);
    const name = goalRef(goal.stageNameCell(match.stage));
    place(headerRow, plan, { formula: `=${name}&${literal(` ${labels.plan}`)}`, role: 'header' });
    place(headerRow, actual, {
      formula: `=${name}&${literal(` ${labels.actual}`)}`,
      role: 'header',
    });
    place(headerRow, share, {
      formula: `=${name}&${literal(` ${labels.ofPlan}`)}`,
      role: 'header',
    });
  });
  for (let month = 0; month < months; month++) {
    const sheetRow = firstRow + month;
    const dashboardRow = map.firstMonthRow + month;
    place(sheetRow, 0, {
      formula: `=${map.monthColumn}${dashboardRow}`,
      role: 'label',
      numberFormat: formats.month,
    });
    matches.forEach((match, index) => {
      const { plan, actual, share } = columnsOf(index);
      const input = `${map.inputColumn[match.input]}${dashboardRow}`;
      const planCell = `${letter(plan)}${sheetRow}`;
      const actualCell = `${letter(actual)}${sheetRow}`;
      place(sheetRow, plan, {
        formula: `=${goalRef(goal.monthCell(month, match.stage))}`,
        role: 'output',
        numberFormat: count,
      });
      place(sheetRow, actual, {
        formula: `=IF(${input}="","",${input})`,
        role: 'output',
        numberFormat: count,
      });
      place(sheetRow, share, {
        formula: `=IF(OR(${actualCell}="",${planCell}=0),"",${actualCell}/${planCell})`,
        role: 'output',
        numberFormat: formats.kpis.percent,
      });
    });
  }

  // Per stage: the pace to the period's target.
  const summaryHeader = lastRow + 2;
  const summaryLabels = [
    labels.periodTarget,
    labels.planToDate,
    labels.actualToDate,
    labels.paceToTarget,
    labels.stillNeeded,
  ];
  summaryLabels.forEach((label, index) => {
    place(summaryHeader, 1 + index, { value: label, role: 'header' });
  });
  place(summaryHeader, 0, { value: labels.stage, role: 'header' });
  matches.forEach((match, index) => {
    const sheetRow = summaryHeader + 1 + index;
    const { plan } = columnsOf(index);
    const planRange = `${letter(plan)}${firstRow}:${letter(plan)}${lastRow}`;
    const inputColumn = map.inputColumn[match.input];
    const inputRange = `${inputColumn}${map.firstMonthRow}:${inputColumn}${map.firstMonthRow + months - 1}`;
    const [target, planToDate, actualToDate] = ['B', 'C', 'D'].map(
      (column) => `${column}${sheetRow}`,
    );
    place(sheetRow, 0, { formula: `=${goalRef(goal.stageNameCell(match.stage))}`, role: 'label' });
    place(sheetRow, 1, {
      formula: `=${goalRef(goal.neededCell(match.stage))}`,
      role: 'output',
      numberFormat: count,
    });
    // Plan of the months that have an actual: the input cells are empty until filled in.
    place(sheetRow, 2, {
      formula: `=SUMIFS(${planRange},${inputRange},"<>")`,
      role: 'output',
      numberFormat: count,
    });
    place(sheetRow, 3, { formula: `=SUM(${inputRange})`, role: 'output', numberFormat: count });
    place(sheetRow, 4, {
      formula: `=IF(${planToDate}=0,"",${actualToDate}/${planToDate})`,
      role: 'total',
      numberFormat: formats.kpis.percent,
    });
    place(sheetRow, 5, {
      formula: `=MAX(0,${target}-${actualToDate})`,
      role: 'output',
      numberFormat: count,
    });
  });
  return {
    firstMonthRow: firstRow,
    monthCount: months,
    stages: matches.map((match, index) => {
      const { plan, actual, share } = columnsOf(index);
      return {
        ...match,
        planColumn: letter(plan),
        actualColumn: letter(actual),
        ofPlanColumn: letter(share),
        paceRow: summaryHeader + 1 + index,
      };
    }),
    nextFreeRow: summaryHeader + 1 + matches.length + 1,
  };
}
