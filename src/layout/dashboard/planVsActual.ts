import { columnLetter } from '../a1';
import type { Cell } from '../types';
import type { DashboardFormats } from './formats';
import type { InputKey } from './inputs';
import type { DashboardLabels } from './labels';
import type { DashboardMap } from './layout';
import { NUMBER_CRITERION } from './periodKpis';
import { matchStages } from './stageMatching';

/**
 * Everything plan vs actual reads from a goal-calculator sheet, as native expressions that
 * reference that sheet (sheet name included). Months are calendar months: the dashboard
 * passes the cell holding the first day of one of its months, and the source answers for
 * that month, whatever row of its own table holds it. Implemented today by goalLink.ts
 * over the goal calculator's month table; a reworked goal sheet only needs a new one.
 */
export interface GoalPlanSource {
  /** The goal sheet's name, for messages; expressions carry it already. */
  readonly sheetName: string;
  /** The plan's stage names as text (to match stages with input columns), top first. */
  readonly stageNames: readonly string[];
  readonly leadStageIndex: number;
  /** A stage's name on the goal sheet, live (0-based stage, top first). */
  stageName(stage: number): string;
  /** What a stage needs over the plan's whole period. */
  needed(stage: number): string;
  /** The revenue target of the plan's whole period. */
  revenueTarget(): string;
  /**
   * The planned volume of a stage that must ARRIVE in the calendar month of `monthDateRef`;
   * "" for a month the plan does not reach (not 0: nothing was planned, not "none needed").
   */
  plannedArrivals(stage: number, monthDateRef: string): string;
  /** The planned revenue (bookings) closing in the calendar month of `monthDateRef`, or "". */
  plannedRevenue(monthDateRef: string): string;
}

/** Puts a cell at a 1-based sheet row and a 0-based column. */
type Place = (row: number, column: number, cell: Cell) => void;

/** The three columns of one compared figure (a stage, or revenue), and its pace row. */
export interface ComparedColumns {
  readonly planColumn: string;
  readonly actualColumn: string;
  readonly ofPlanColumn: string;
  /** The figure's row in the pace table: target B, plan to date C, actual D, pace E, still needed F. */
  readonly paceRow: number;
}

/** Where plan vs actual put each matched stage and revenue (1-based rows, column letters). */
export interface PlanVsActualMap {
  /** Sheet row of the dashboard's first month; month m is m rows below. */
  readonly firstMonthRow: number;
  readonly monthCount: number;
  readonly stages: readonly (ComparedColumns & {
    readonly stage: number;
    readonly input: InputKey;
  })[];
  readonly revenue: ComparedColumns;
  /** The first free row below the block. */
  readonly nextFreeRow: number;
}

/** Text inside a formula string literal. */
function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The plan-vs-actual block under the KPI table. Per dashboard month (a calendar month), per
 * matched stage: the volume the plan needs to arrive that month (earlier than the revenue
 * it leads to, by the plan's lags), the actual and % of plan; then revenue planned to close
 * that month against revenue won. Below, per stage and for revenue, the period target,
 * plan and actual to date (the months with an actual, within the plan), the pace and what
 * is still needed.
 */
export function placePlanVsActual(
  place: Place,
  topRow: number,
  map: DashboardMap,
  goal: GoalPlanSource,
  labels: DashboardLabels,
  formats: DashboardFormats,
): PlanVsActualMap {
  const matches = matchStages(goal.stageNames, goal.leadStageIndex);
  const months = map.monthCount;
  const count = formats.inputs.count;
  const money = formats.inputs.money;
  let row = topRow;
  place(row, 0, { value: labels.planVsActual, role: 'subtitle' });
  place(row + 1, 0, {
    value: labels.planVsActualNote,
    role: 'note',
    note: labels.planVsActualDetail,
  });
  row += 2;

  const headerRow = row;
  const firstRow = headerRow + 1;
  const lastRow = firstRow + months - 1;
  place(headerRow, 0, { value: labels.month, role: 'header' });
  const columnsOf = (index: number) => ({ plan: 1 + index * 3, actual: 2 + index * 3 });

  /** One compared figure: header, its months, and what its pace row needs. */
  const compare = (
    index: number,
    name: string,
    plan: (monthDateRef: string) => string,
    input: InputKey,
    numberFormat: string,
  ) => {
    const columns = columnsOf(index);
    const [planColumn, actualColumn, ofPlanColumn] = [0, 1, 2].map((offset) =>
      columnLetter(columns.plan + offset),
    );
    place(headerRow, columns.plan, {
      formula: `=${name}&${literal(` ${labels.plan}`)}`,
      role: 'header',
    });
    place(headerRow, columns.plan + 1, {
      formula: `=${name}&${literal(` ${labels.actual}`)}`,
      role: 'header',
    });
    place(headerRow, columns.plan + 2, {
      formula: `=${name}&${literal(` ${labels.ofPlan}`)}`,
      role: 'header',
    });
    for (let month = 0; month < months; month++) {
      const sheetRow = firstRow + month;
      const inputCell = `${map.inputColumn[input]}${map.firstMonthRow + month}`;
      const planCell = `${planColumn}${sheetRow}`;
      const actualCell = `${actualColumn}${sheetRow}`;
      place(sheetRow, columns.plan, {
        formula: `=${plan(`$A${sheetRow}`)}`,
        role: 'output',
        numberFormat,
      });
      // Only a number is an actual: "n/a" or a blank month is not compared.
      place(sheetRow, columns.plan + 1, {
        formula: `=IF(ISNUMBER(${inputCell}),${inputCell},"")`,
        role: 'output',
        numberFormat,
      });
      place(sheetRow, columns.plan + 2, {
        formula: `=IF(OR(${actualCell}="",${planCell}="",${planCell}=0),"",${actualCell}/${planCell})`,
        role: 'output',
        numberFormat: formats.kpis.percent,
      });
    }
    return { planColumn, actualColumn, ofPlanColumn };
  };

  for (let month = 0; month < months; month++) {
    place(firstRow + month, 0, {
      formula: `=${map.monthColumn}${map.firstMonthRow + month}`,
      role: 'label',
      numberFormat: formats.month,
    });
  }
  matches.forEach((match, index) => {
    compare(
      index,
      goal.stageName(match.stage),
      (monthDateRef) => goal.plannedArrivals(match.stage, monthDateRef),
      match.input,
      count,
    );
  });
  const revenueColumns = compare(
    matches.length,
    literal(labels.inputs.revenue),
    (monthDateRef) => goal.plannedRevenue(monthDateRef),
    'revenue',
    money,
  );

  // Pace to the period's target, per stage and for revenue.
  const summaryHeader = lastRow + 2;
  [
    labels.stage,
    labels.periodTarget,
    labels.planToDate,
    labels.actualToDate,
    labels.paceToTarget,
    labels.stillNeeded,
  ].forEach((label, index) => {
    place(summaryHeader, index, { value: label, role: 'header' });
  });
  const paceRow = (
    sheetRow: number,
    name: string,
    target: string,
    columns: { planColumn: string; actualColumn: string },
    numberFormat: string,
  ) => {
    const planRange = `${columns.planColumn}${firstRow}:${columns.planColumn}${lastRow}`;
    const actualRange = `${columns.actualColumn}${firstRow}:${columns.actualColumn}${lastRow}`;
    // The months that have an actual and fall in the plan: outside it there is no target.
    const filled = `${actualRange},${NUMBER_CRITERION},${planRange},">0"`;
    const [targetCell, planToDate, actualToDate] = ['B', 'C', 'D'].map(
      (column) => `${column}${sheetRow}`,
    );
    place(sheetRow, 0, { formula: `=${name}`, role: 'label' });
    place(sheetRow, 1, { formula: `=${target}`, role: 'output', numberFormat });
    place(sheetRow, 2, {
      formula: `=SUMIFS(${planRange},${filled})`,
      role: 'output',
      numberFormat,
    });
    place(sheetRow, 3, {
      formula: `=SUMIFS(${actualRange},${filled})`,
      role: 'output',
      numberFormat,
    });
    place(sheetRow, 4, {
      formula: `=IF(${planToDate}=0,"",${actualToDate}/${planToDate})`,
      role: 'total',
      numberFormat: formats.kpis.percent,
    });
    place(sheetRow, 5, {
      formula: `=MAX(0,${targetCell}-${actualToDate})`,
      role: 'output',
      numberFormat,
    });
  };
  const stages = matches.map((match, index) => {
    const sheetRow = summaryHeader + 1 + index;
    const columns = {
      planColumn: columnLetter(columnsOf(index).plan),
      actualColumn: columnLetter(columnsOf(index).actual),
      ofPlanColumn: columnLetter(columnsOf(index).actual + 1),
    };
    paceRow(sheetRow, goal.stageName(match.stage), goal.needed(match.stage), columns, count);
    return { ...match, ...columns, paceRow: sheetRow };
  });
  const revenuePaceRow = summaryHeader + 1 + matches.length;
  paceRow(
    revenuePaceRow,
    literal(labels.inputs.revenue),
    goal.revenueTarget(),
    revenueColumns,
    money,
  );
  return {
    firstMonthRow: firstRow,
    monthCount: months,
    stages,
    revenue: { ...revenueColumns, paceRow: revenuePaceRow },
    nextFreeRow: revenuePaceRow + 2,
  };
}
