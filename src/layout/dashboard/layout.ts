import type { Language } from '../../funnel/types';
import { findFunction } from '../../kpi';
import { absolute, columnIndex, columnLetter } from '../a1';
import { GridBuilder } from '../grid';
import { widePrintSetup } from '../print';
import type { Cell, ConditionalRule, SheetLayout } from '../types';
import { placeCharts } from './charts';
import { IMPOSSIBLE_MARK, monthCheckFormula, periodCheckFormula } from './checks';
import { type ExportLink, exportInputFormulas } from './exportLink';
import { dashboardFormats } from './formats';
import { type InputKey, inputColumns, type MonthlyFigures } from './inputs';
import { cellArg, type KpiArgument, kpiFormula } from './kpiFormula';
import { type KpiKey, kpiColumns, type RowRefs } from './kpis';
import { dashboardLabels } from './labels';
import { coveredMonths, periodInputs, periodRefs } from './periodKpis';

import { type GoalPlanSource, type PlanVsActualMap, placePlanVsActual } from './planVsActual';

/** What a person (or the sample) chooses when inserting a dashboard. */
export interface DashboardOptions {
  readonly language?: Language;
  /** The first month of the table. */
  readonly firstMonth: { readonly year: number; readonly month: number };
  /** Rows of the monthly table (12 for a year, 36 for three). */
  readonly monthCount: number;
  /** Figures already known, month by month from the first; later months stay blank. */
  readonly figures?: readonly MonthlyFigures[];
  readonly grossMargin?: number;
  readonly salesCycleDays?: number;
  readonly thresholds?: Partial<HealthThresholds>;
  /** The goal calculator to compare against; without one the sheet says how to get one. */
  readonly goal?: GoalPlanSource;
  /**
   * Export sheets the monthly inputs are counted from (exportLink.ts): the inputs they
   * provide become live formulas over them, the others (spend...) stay typed.
   */
  readonly exports?: ExportLink;
}

/** Where the field agrees a KPI turns red or green; editable cells on the sheet. */
export interface HealthThresholds {
  readonly ltvCacRedBelow: number;
  readonly ltvCacGreenFrom: number;
  readonly paybackRedAbove: number;
  readonly paybackGreenUpTo: number;
}

export const defaultThresholds: HealthThresholds = {
  ltvCacRedBelow: 1,
  ltvCacGreenFrom: 3,
  paybackRedAbove: 18,
  paybackGreenUpTo: 12,
};

export type AssumptionKey = 'grossMargin' | 'salesCycleDays' | keyof HealthThresholds;

/** One KPI cell and the catalog call it stands for (tests recompute it with callFunction). */
export interface KpiCell {
  readonly key: KpiKey;
  readonly a1: string;
  readonly functionName: string;
  readonly args: readonly KpiArgument[];
  /** 0-based month index, or 'period' for the period row. */
  readonly month: number | 'period';
}

/** Addresses of the dashboard's parts, for plan vs actual, charts and tests (1-based rows). */
export interface DashboardMap {
  readonly monthCount: number;
  /** The input table: its header, first month and period rows. */
  readonly inputHeaderRow: number;
  readonly firstMonthRow: number;
  readonly periodRow: number;
  /** The KPI table below it, month for month. */
  readonly kpiHeaderRow: number;
  readonly kpiFirstMonthRow: number;
  readonly kpiPeriodRow: number;
  /** Under the KPIs' period row: how many months each period figure covers. */
  readonly kpiCoverageRow: number;
  readonly monthColumn: string;
  /** Beside the inputs: each month's flags (impossible figures, text), and the period's. */
  readonly checkColumn: string;
  readonly inputColumn: Readonly<Record<InputKey, string>>;
  readonly kpiColumn: Readonly<Record<KpiKey, string>>;
  /** Absolute addresses of the editable assumption and threshold cells. */
  readonly assumptions: Readonly<Record<AssumptionKey, string>>;
  readonly kpiCells: readonly KpiCell[];
  /** Plan vs actual, when a goal calculator was linked. */
  readonly planVsActual?: PlanVsActualMap;
  /** The first row below everything on the sheet (tables, plan vs actual, charts and their data). */
  readonly nextFreeRow: number;
}

/** The address of an input of a month (0-based) or of the period row. */
export function inputA1(map: DashboardMap, key: InputKey, month: number | 'period'): string {
  return `${map.inputColumn[key]}${month === 'period' ? map.periodRow : map.firstMonthRow + month}`;
}

/** The address of a KPI of a month (0-based) or of the period row. */
export function kpiA1(map: DashboardMap, key: KpiKey, month: number | 'period'): string {
  return `${map.kpiColumn[key]}${month === 'period' ? map.kpiPeriodRow : map.kpiFirstMonthRow + month}`;
}

const TITLE_ROW = 1;
const ASSUMPTION_LABEL_ROW = 3;
const ASSUMPTION_ROW = 4;
const INPUT_HEADER_ROW = 6;
const FIRST_MONTH_ROW = 7;
const MAX_MONTHS = 120;
/**
 * One width for every column: the two tables share their columns, and equal widths go out
 * in one writer call.
 */
const COLUMN_WIDTH = 104;

/** Days from the spreadsheet epoch (1899-12-30) to the first of a month. */
export function monthSerial(year: number, month: number): number {
  return (Date.UTC(year, month - 1, 1) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/**
 * Column letters of both tables: the month in A, then the inputs (B-T) and the check
 * column (U) in the input table, and the KPIs (B-Z) in the KPI table. Stacked rather than
 * side by side, so the sheet stays within the 26 columns a new sheet has.
 */
function columnPlan() {
  const inputColumn = {} as Record<InputKey, string>;
  inputColumns.forEach((column, index) => {
    inputColumn[column.key] = columnLetter(index + 1);
  });
  const kpiColumn = {} as Record<KpiKey, string>;
  kpiColumns.forEach((column, index) => {
    kpiColumn[column.key] = columnLetter(index + 1);
  });
  const checkColumn = columnLetter(inputColumns.length + 1);
  return {
    inputColumn,
    kpiColumn,
    checkColumn,
    width: 1 + Math.max(inputColumns.length + 1, kpiColumns.length),
  };
}

/** A figure as a cell: numbers stay numbers, any text stays text, missing stays blank. */
function figureCell(value: number | string | undefined, numberFormat: string): Cell {
  return { value: value ?? '', role: 'input', numberFormat };
}

function periodFormula(rule: 'sum' | 'latest' | 'first', range: string, firstCell: string): string {
  switch (rule) {
    case 'sum':
      return `=IF(COUNT(${range})=0,"",SUM(${range}))`;
    case 'latest':
      // MATCH of a number larger than any figure finds the last number in the range (the
      // classic "last value" idiom every engine shares), skipping months still blank.
      return `=IF(COUNT(${range})=0,"",INDEX(${range},MATCH(10^300,${range})))`;
    case 'first':
      return `=IF(${firstCell}="","",${firstCell})`;
  }
}

/**
 * The KPI dashboard as a layout: assumptions and health thresholds on top, the monthly input
 * table and its period row, the KPI table month for month below it (every figure a native
 * formula from the catalog), health colours, plan vs actual and charts.
 */
export function buildDashboard(options: DashboardOptions): {
  layout: SheetLayout;
  map: DashboardMap;
} {
  const { monthCount } = options;
  if (!Number.isInteger(monthCount) || monthCount < 1 || monthCount > MAX_MONTHS) {
    throw new Error(
      `monthCount is ${monthCount}; enter a whole number of months from 1 to ${MAX_MONTHS}`,
    );
  }
  const language = options.language ?? 'en';
  const labels = dashboardLabels(language);
  const formats = dashboardFormats(language);
  const thresholds = { ...defaultThresholds, ...options.thresholds };
  const { inputColumn, kpiColumn, checkColumn, width } = columnPlan();
  const grid = new GridBuilder();
  /** Places a cell at a 1-based sheet row and a column letter or 0-based index. */
  const put = (row: number, column: string | number, cell: Cell) =>
    grid.put(row - 1, typeof column === 'number' ? column : columnIndex(column), cell);

  const lastMonthRow = FIRST_MONTH_ROW + monthCount - 1;
  const periodRow = lastMonthRow + 1;
  const kpiTitleRow = periodRow + 2;
  const kpiHeaderRow = kpiTitleRow + 1;
  const kpiFirstMonthRow = kpiHeaderRow + 1;
  const kpiPeriodRow = kpiFirstMonthRow + monthCount;
  const kpiCoverageRow = kpiPeriodRow + 1;
  const firstInput = inputColumn[inputColumns[0].key];
  const lastInput = inputColumn[inputColumns[inputColumns.length - 1].key];

  put(TITLE_ROW, 'A', { value: labels.title, role: 'title' });
  put(TITLE_ROW + 1, 'A', { value: labels.subtitle, role: 'note' });

  const assumptionCells: readonly {
    key: AssumptionKey;
    label: string;
    value: number;
    format: string;
  }[] = [
    {
      key: 'grossMargin',
      label: labels.grossMargin,
      value: options.grossMargin ?? 0.8,
      format: formats.grossMargin,
    },
    {
      key: 'salesCycleDays',
      label: labels.salesCycleDays,
      value: options.salesCycleDays ?? 60,
      format: formats.salesCycle,
    },
    {
      key: 'ltvCacRedBelow',
      label: labels.ltvCacRedBelow,
      value: thresholds.ltvCacRedBelow,
      format: formats.ltvCacThreshold,
    },
    {
      key: 'ltvCacGreenFrom',
      label: labels.ltvCacGreenFrom,
      value: thresholds.ltvCacGreenFrom,
      format: formats.ltvCacThreshold,
    },
    {
      key: 'paybackRedAbove',
      label: labels.paybackRedAbove,
      value: thresholds.paybackRedAbove,
      format: formats.paybackThreshold,
    },
    {
      key: 'paybackGreenUpTo',
      label: labels.paybackGreenUpTo,
      value: thresholds.paybackGreenUpTo,
      format: formats.paybackThreshold,
    },
  ];
  const assumptions = {} as Record<AssumptionKey, string>;
  assumptionCells.forEach((assumption, index) => {
    put(ASSUMPTION_LABEL_ROW, index, { value: assumption.label, role: 'header' });
    put(ASSUMPTION_ROW, index, {
      value: assumption.value,
      role: 'input',
      numberFormat: assumption.format,
    });
    assumptions[assumption.key] = absolute(ASSUMPTION_ROW - 1, index);
  });
  // Below the thresholds, not beside them: beside, it ran over the first page's edge.
  put(ASSUMPTION_ROW + 1, 'A', { value: labels.thresholdsNote, role: 'note' });

  // The input table: the first month is an input, the others follow it.
  put(INPUT_HEADER_ROW, 'A', { value: labels.month, role: 'header' });
  for (const column of inputColumns) {
    put(INPUT_HEADER_ROW, inputColumn[column.key], {
      value: labels.inputs[column.key],
      role: 'header',
    });
  }
  put(INPUT_HEADER_ROW, checkColumn, {
    value: labels.check,
    role: 'header',
    note: labels.checkNote,
  });
  const months = (key: InputKey) =>
    `${inputColumn[key]}${FIRST_MONTH_ROW}:${inputColumn[key]}${lastMonthRow}`;
  const linkedFormulas = exportInputFormulas(options.exports ?? []);
  for (let month = 0; month < monthCount; month++) {
    const row = FIRST_MONTH_ROW + month;
    put(
      row,
      'A',
      month === 0
        ? {
            value: monthSerial(options.firstMonth.year, options.firstMonth.month),
            role: 'input',
            numberFormat: formats.month,
          }
        : { formula: `=EDATE(A${row - 1},1)`, role: 'label', numberFormat: formats.month },
    );
    const figures = options.figures?.[month] ?? {};
    for (const column of inputColumns) {
      const linked = linkedFormulas[column.key];
      put(
        row,
        inputColumn[column.key],
        linked
          ? {
              formula: linked(`$A${row}`),
              role: 'output',
              numberFormat: formats.inputs[column.format],
            }
          : figureCell(figures[column.key], formats.inputs[column.format]),
      );
    }
    put(row, checkColumn, {
      formula: monthCheckFormula(
        (key) => `${inputColumn[key]}${row}`,
        `${firstInput}${row}:${lastInput}${row}`,
        labels,
      ),
      role: 'output',
    });
  }
  // Period row: each input summed up by its rule.
  put(periodRow, 'A', { value: labels.period, role: 'total', note: labels.periodNote });
  for (const column of inputColumns) {
    const letter = inputColumn[column.key];
    put(periodRow, letter, {
      formula: periodFormula(column.period, months(column.key), `${letter}${FIRST_MONTH_ROW}`),
      role: 'total',
      numberFormat: formats.inputs[column.format],
    });
  }
  put(periodRow, checkColumn, {
    formula: periodCheckFormula(
      `${checkColumn}${FIRST_MONTH_ROW}:${checkColumn}${lastMonthRow}`,
      labels,
    ),
    role: 'total',
  });

  // The KPI table: one row per month of the input table, then the period.
  put(kpiTitleRow, 'A', { value: labels.kpiSection, role: 'subtitle' });
  put(kpiHeaderRow, 'A', { value: labels.month, role: 'header' });
  for (const column of kpiColumns) {
    const spec = findFunction(column.functionName);
    const signature = spec
      ? `${spec.name}(${spec.args.map((arg) => arg.name).join(', ')})`
      : column.functionName;
    put(kpiHeaderRow, kpiColumn[column.key], {
      value: labels.kpis[column.key],
      role: 'header',
      note:
        column.key === 'pipelineVelocity'
          ? `${labels.velocityNote} = ${signature}`
          : `= ${signature}`,
    });
  }
  const kpiCells: KpiCell[] = [];
  const monthRefs = (inputRow: number, kpiRow: number): RowRefs => ({
    isPeriod: false,
    input: (key) => cellArg(`${inputColumn[key]}${inputRow}`),
    stock: (key) => cellArg(`${inputColumn[key]}${inputRow}`),
    kpi: (key) => cellArg(`${kpiColumn[key]}${kpiRow}`),
    previous: (key) =>
      inputRow === FIRST_MONTH_ROW ? undefined : `${inputColumn[key]}${inputRow - 1}`,
    grossMargin: assumptions.grossMargin,
    salesCycleDays: assumptions.salesCycleDays,
  });
  const periodSheet = {
    months,
    periodKpi: (key: KpiKey) => `${kpiColumn[key]}${kpiPeriodRow}`,
    grossMargin: assumptions.grossMargin,
    salesCycleDays: assumptions.salesCycleDays,
  };
  const inputsOfPeriod = periodInputs();
  const writeKpis = (month: number | 'period') => {
    const isPeriod = month === 'period';
    const inputRow = isPeriod ? periodRow : FIRST_MONTH_ROW + month;
    const kpiRow = isPeriod ? kpiPeriodRow : kpiFirstMonthRow + month;
    put(
      kpiRow,
      'A',
      isPeriod
        ? { value: labels.period, role: 'total' }
        : { formula: `=A${inputRow}`, role: 'label', numberFormat: formats.month },
    );
    for (const column of kpiColumns) {
      const refs = isPeriod
        ? periodRefs(periodSheet, inputsOfPeriod[column.key])
        : monthRefs(inputRow, kpiRow);
      const args = column.args(refs);
      if (!args) continue;
      put(kpiRow, kpiColumn[column.key], {
        formula: kpiFormula(column.functionName, args),
        role: isPeriod ? 'total' : 'output',
        numberFormat: formats.kpis[column.format],
      });
      kpiCells.push({
        key: column.key,
        a1: `${kpiColumn[column.key]}${kpiRow}`,
        functionName: column.functionName,
        args,
        month,
      });
    }
  };
  for (let month = 0; month < monthCount; month++) writeKpis(month);
  writeKpis('period');
  put(kpiCoverageRow, 'A', {
    value: labels.monthsCovered,
    role: 'note',
    note: labels.monthsCoveredNote,
  });
  for (const cell of kpiCells) {
    if (cell.month !== 'period') continue;
    put(kpiCoverageRow, kpiColumn[cell.key], {
      formula: `=${coveredMonths(periodSheet, inputsOfPeriod[cell.key])}`,
      role: 'note',
      numberFormat: formats.inputs.count,
    });
  }

  const tableMap: DashboardMap = {
    monthCount,
    inputHeaderRow: INPUT_HEADER_ROW,
    firstMonthRow: FIRST_MONTH_ROW,
    periodRow,
    kpiHeaderRow,
    kpiFirstMonthRow,
    kpiPeriodRow,
    kpiCoverageRow,
    monthColumn: 'A',
    checkColumn,
    inputColumn,
    kpiColumn,
    assumptions,
    kpiCells,
    nextFreeRow: kpiCoverageRow + 2,
  };
  let map: DashboardMap;
  if (options.goal) {
    const block = placePlanVsActual(
      put,
      tableMap.nextFreeRow,
      tableMap,
      options.goal,
      labels,
      formats,
    );
    map = { ...tableMap, planVsActual: block, nextFreeRow: block.nextFreeRow };
  } else {
    put(tableMap.nextFreeRow, 'A', { value: labels.noGoalNote, role: 'note' });
    map = { ...tableMap, nextFreeRow: tableMap.nextFreeRow + 2 };
  }
  const chartBlock = placeCharts(put, map, labels, formats, language);
  map = { ...map, nextFreeRow: chartBlock.nextFreeRow };
  const columnWidths = Array<number>(width).fill(COLUMN_WIDTH);
  const cells = grid.build(width);
  const layout: SheetLayout = {
    name: labels.sheetName,
    cells,
    columnWidths,
    // The two tables have different headers: freezing either one would mislabel the other.
    frozenRows: 0,
    inputs: [
      ...assumptionCells.map((assumption) => ({
        key: assumption.key,
        a1: assumptions[assumption.key],
      })),
      { key: 'firstMonth', a1: `A${FIRST_MONTH_ROW}` },
      {
        key: 'monthlyFigures',
        a1: `${firstInput}${FIRST_MONTH_ROW}:${lastInput}${lastMonthRow}`,
      },
    ],
    charts: chartBlock.charts,
    conditionalRules: [...healthRules(map), ...flagRules(map)],
    // 26 columns on one page would print 10 pt text at under 4 pt: the columns go over a
    // few pages instead, each beside the month column, no chart cut at a page's edge. Each
    // block starts a page: the two tables have different headers, and a chart is never cut
    // in two. The charts' page starts at the blank row above them: a chart starting right at
    // a page's top edge leaks a line onto the page before in LibreOffice.
    print: widePrintSetup({
      title: labels.title,
      cells,
      columnWidths,
      charts: chartBlock.charts,
      orientation: 'landscape',
      pageBreaksBefore: [kpiTitleRow, chartBlock.chartRow - 1, chartBlock.dataRow],
    }),
  };
  return { layout, map };
}

/**
 * LTV:CAC and CAC payback coloured against the threshold cells, which the user may edit:
 * red and green only, where the field agrees. The two columns sit side by side, so one
 * rule per colour covers both (COLUMN() tells which of the two a cell is in), and the
 * period row is coloured too. A month whose check cell flags an impossible figure (and the
 * period, when any month does) gets no colour: a negative payback must not look green.
 * The KPI rows and the input rows run in step, so the check cell is a relative reference.
 */
function healthRules(map: DashboardMap): ConditionalRule[] {
  const ratioColumn = map.kpiColumn.ltvCac;
  const paybackColumn = map.kpiColumn.cacPayback;
  if (columnIndex(paybackColumn) !== columnIndex(ratioColumn) + 1) {
    throw new Error('LTV:CAC and CAC payback must be neighbouring KPI columns');
  }
  const range = `${ratioColumn}${map.kpiFirstMonthRow}:${paybackColumn}${map.kpiPeriodRow}`;
  const cell = `${ratioColumn}${map.kpiFirstMonthRow}`;
  const isRatio = `COLUMN(${cell})=${columnIndex(ratioColumn) + 1}`;
  const possible = `LEFT($${map.checkColumn}${map.firstMonthRow},1)<>"${IMPOSSIBLE_MARK}"`;
  const { ltvCacRedBelow, ltvCacGreenFrom, paybackRedAbove, paybackGreenUpTo } = map.assumptions;
  const rule = (
    ratioTest: string,
    paybackTest: string,
    fill: ConditionalRule['fill'],
  ): ConditionalRule => ({
    range,
    formula: `=AND(ISNUMBER(${cell}),${possible},IF(${isRatio},${ratioTest},${paybackTest}))`,
    fill,
  });
  return [
    rule(`${cell}<${ltvCacRedBelow}`, `${cell}>${paybackRedAbove}`, 'bad'),
    rule(`${cell}>=${ltvCacGreenFrom}`, `${cell}<=${paybackGreenUpTo}`, 'good'),
  ];
}

/**
 * Amber (a warning, not a health colour) on the check cell of an impossible month and on
 * that month's label in the KPI table, so the flag is seen from either table.
 */
function flagRules(map: DashboardMap): ConditionalRule[] {
  const flagged = (checkCell: string) => `=LEFT(${checkCell},1)="${IMPOSSIBLE_MARK}"`;
  const check = `$${map.checkColumn}${map.firstMonthRow}`;
  return [
    {
      range: `${map.checkColumn}${map.firstMonthRow}:${map.checkColumn}${map.periodRow}`,
      formula: flagged(check),
      fill: 'warn',
    },
    {
      range: `${map.monthColumn}${map.kpiFirstMonthRow}:${map.monthColumn}${map.kpiPeriodRow}`,
      formula: flagged(check),
      fill: 'warn',
    },
  ];
}
