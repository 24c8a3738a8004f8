import type { Language } from '../../funnel/types';
import { findFunction } from '../../kpi';
import { absolute, columnIndex, columnLetter } from '../a1';
import type { Cell, ChartSpec, ConditionalRule, SheetLayout } from '../types';
import { dashboardFormats } from './formats';
import { type InputKey, inputColumns, type MonthlyFigures } from './inputs';
import { type KpiArgument, kpiFormula } from './kpiFormula';
import { type KpiKey, kpiColumns, type RowRefs } from './kpis';
import { dashboardLabels } from './labels';
import { type GoalSheetLink, type PlanVsActualMap, placePlanVsActual } from './planVsActual';

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
  readonly goal?: GoalSheetLink;
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

/** Addresses of the dashboard's parts, for plan vs actual, charts and tests. */
export interface DashboardMap {
  readonly monthCount: number;
  /** 1-based sheet row of the first month and of the period row. */
  readonly firstMonthRow: number;
  readonly periodRow: number;
  readonly monthColumn: string;
  readonly inputColumn: Readonly<Record<InputKey, string>>;
  readonly kpiColumn: Readonly<Record<KpiKey, string>>;
  /** Absolute addresses of the editable assumption and threshold cells. */
  readonly assumptions: Readonly<Record<AssumptionKey, string>>;
  readonly kpiCells: readonly KpiCell[];
  /** Plan vs actual, when a goal calculator was linked. */
  readonly planVsActual?: PlanVsActualMap;
  /** The first row below the table and plan vs actual (where the charts go). */
  readonly nextFreeRow: number;
  /** Columns the grid spans. */
  readonly width: number;
}

const TITLE_ROW = 1;
const ASSUMPTION_LABEL_ROW = 3;
const ASSUMPTION_ROW = 4;
const HEADER_ROW = 6;
const FIRST_MONTH_ROW = 7;
const MAX_MONTHS = 120;

/** Days from the spreadsheet epoch (1899-12-30) to the first of a month. */
export function monthSerial(year: number, month: number): number {
  return (Date.UTC(year, month - 1, 1) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** Column positions: month, the inputs, then the KPIs. */
function columnPlan() {
  const inputColumn = {} as Record<InputKey, string>;
  inputColumns.forEach((column, index) => {
    inputColumn[column.key] = columnLetter(index + 1);
  });
  const kpiColumn = {} as Record<KpiKey, string>;
  kpiColumns.forEach((column, index) => {
    kpiColumn[column.key] = columnLetter(inputColumns.length + 1 + index);
  });
  return { inputColumn, kpiColumn, width: 1 + inputColumns.length + kpiColumns.length };
}

/** A grid builder addressed by A1 rows and columns, turned into the dense layout grid. */
class Grid {
  private readonly rows: (Cell | null)[][] = [];
  constructor(readonly width: number) {}
  set(row: number, column: string | number, cell: Cell): void {
    const index = typeof column === 'number' ? column : columnIndex(column);
    while (this.rows.length < row) this.rows.push(new Array<Cell | null>(this.width).fill(null));
    this.rows[row - 1][index] = cell;
  }
  get cells(): readonly (readonly (Cell | null)[])[] {
    return this.rows;
  }
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
 * table with its KPI columns, a period row, health colours and charts. Every figure right
 * of the inputs is a native formula from the catalog.
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
  const { inputColumn, kpiColumn, width } = columnPlan();
  const grid = new Grid(width);
  const lastMonthRow = FIRST_MONTH_ROW + monthCount - 1;
  const periodRow = lastMonthRow + 1;

  grid.set(TITLE_ROW, 'A', { value: labels.title, role: 'title' });
  grid.set(TITLE_ROW + 1, 'A', { value: labels.subtitle, role: 'subtitle' });

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
    const column = columnLetter(index);
    grid.set(ASSUMPTION_LABEL_ROW, column, { value: assumption.label, role: 'header' });
    grid.set(ASSUMPTION_ROW, column, {
      value: assumption.value,
      role: 'input',
      numberFormat: assumption.format,
    });
    assumptions[assumption.key] = absolute(ASSUMPTION_ROW - 1, index);
  });
  grid.set(ASSUMPTION_ROW, columnLetter(assumptionCells.length), {
    value: labels.thresholdsNote,
    role: 'note',
  });

  // Header row.
  grid.set(HEADER_ROW, 'A', { value: labels.month, role: 'header' });
  for (const column of inputColumns) {
    grid.set(HEADER_ROW, inputColumn[column.key], {
      value: labels.inputs[column.key],
      role: 'header',
    });
  }
  for (const column of kpiColumns) {
    const spec = findFunction(column.functionName);
    const signature = spec
      ? `${spec.name}(${spec.args.map((arg) => arg.name).join(', ')})`
      : column.functionName;
    grid.set(HEADER_ROW, kpiColumn[column.key], {
      value: labels.kpis[column.key],
      role: 'header',
      note: `= ${signature}`,
    });
  }

  // Month rows: the first month is an input, the others follow it.
  const months = (key: InputKey) =>
    `${inputColumn[key]}${FIRST_MONTH_ROW}:${inputColumn[key]}${lastMonthRow}`;
  const kpiCells: KpiCell[] = [];
  const writeKpis = (
    row: number,
    month: number | 'period',
    refs: RowRefs,
    role: 'output' | 'total',
  ) => {
    for (const column of kpiColumns) {
      const args = column.args(refs);
      if (!args) continue;
      const cellA1 = `${kpiColumn[column.key]}${row}`;
      grid.set(row, kpiColumn[column.key], {
        formula: kpiFormula(column.functionName, args),
        role,
        numberFormat: formats.kpis[column.format],
      });
      kpiCells.push({
        key: column.key,
        a1: cellA1,
        functionName: column.functionName,
        args,
        month,
      });
    }
  };
  const rowRefs = (row: number, isPeriod: boolean): RowRefs => ({
    isPeriod,
    input: (key) => `${inputColumn[key]}${row}`,
    kpi: (key) => `${kpiColumn[key]}${row}`,
    previous: (key) =>
      isPeriod || row === FIRST_MONTH_ROW ? undefined : `${inputColumn[key]}${row - 1}`,
    months,
    grossMargin: assumptions.grossMargin,
    salesCycleDays: assumptions.salesCycleDays,
  });

  for (let month = 0; month < monthCount; month++) {
    const row = FIRST_MONTH_ROW + month;
    grid.set(
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
      grid.set(
        row,
        inputColumn[column.key],
        figureCell(figures[column.key], formats.inputs[column.format]),
      );
    }
    writeKpis(row, month, rowRefs(row, false), 'output');
  }

  // Period row: inputs summed up by their rule, then the same KPI formulas.
  grid.set(periodRow, 'A', { value: labels.period, role: 'total', note: labels.periodNote });
  for (const column of inputColumns) {
    const letter = inputColumn[column.key];
    grid.set(periodRow, letter, {
      formula: periodFormula(column.period, months(column.key), `${letter}${FIRST_MONTH_ROW}`),
      role: 'total',
      numberFormat: formats.inputs[column.format],
    });
  }
  writeKpis(periodRow, 'period', rowRefs(periodRow, true), 'total');

  const tableMap: DashboardMap = {
    monthCount,
    firstMonthRow: FIRST_MONTH_ROW,
    periodRow,
    monthColumn: 'A',
    inputColumn,
    kpiColumn,
    assumptions,
    kpiCells,
    nextFreeRow: periodRow + 2,
    width,
  };
  let map: DashboardMap;
  if (options.goal) {
    const place = (row: number, column: number, cell: Cell) => grid.set(row, column, cell);
    const block = placePlanVsActual(
      place,
      tableMap.nextFreeRow,
      tableMap,
      options.goal,
      labels,
      formats,
    );
    map = { ...tableMap, planVsActual: block, nextFreeRow: block.nextFreeRow };
  } else {
    grid.set(tableMap.nextFreeRow, 'A', { value: labels.noGoalNote, role: 'note' });
    map = { ...tableMap, nextFreeRow: tableMap.nextFreeRow + 2 };
  }
  const layout: SheetLayout = {
    name: labels.sheetName,
    cells: grid.cells,
    columnWidths: [96, ...inputColumns.map(() => 96), ...kpiColumns.map(() => 104)],
    frozenRows: HEADER_ROW,
    inputs: [
      ...assumptionCells.map((assumption) => ({
        key: assumption.key,
        a1: assumptions[assumption.key],
      })),
      { key: 'firstMonth', a1: `A${FIRST_MONTH_ROW}` },
      {
        key: 'monthlyFigures',
        a1: `${inputColumn.marketingSpend}${FIRST_MONTH_ROW}:${inputColumn.customersLost}${lastMonthRow}`,
      },
    ],
    charts: charts(map, labels),
    conditionalRules: healthRules(map),
  };
  return { layout, map };
}

/** LTV:CAC and CAC payback coloured against the threshold cells, which the user may edit. */
function healthRules(map: DashboardMap): ConditionalRule[] {
  const range = (key: KpiKey) =>
    `${map.kpiColumn[key]}${map.firstMonthRow}:${map.kpiColumn[key]}${map.periodRow}`;
  const top = (key: KpiKey) => `${map.kpiColumn[key]}${map.firstMonthRow}`;
  const ratio = top('ltvCac');
  const payback = top('cacPayback');
  const { ltvCacRedBelow, ltvCacGreenFrom, paybackRedAbove, paybackGreenUpTo } = map.assumptions;
  return [
    {
      range: range('ltvCac'),
      formula: `=AND(ISNUMBER(${ratio}),${ratio}<${ltvCacRedBelow})`,
      fill: 'bad',
    },
    {
      range: range('ltvCac'),
      formula: `=AND(ISNUMBER(${ratio}),${ratio}>=${ltvCacGreenFrom})`,
      fill: 'good',
    },
    {
      range: range('ltvCac'),
      formula: `=AND(ISNUMBER(${ratio}),${ratio}>=${ltvCacRedBelow},${ratio}<${ltvCacGreenFrom})`,
      fill: 'warn',
    },
    {
      range: range('cacPayback'),
      formula: `=AND(ISNUMBER(${payback}),${payback}>${paybackRedAbove})`,
      fill: 'bad',
    },
    {
      range: range('cacPayback'),
      formula: `=AND(ISNUMBER(${payback}),${payback}<=${paybackGreenUpTo})`,
      fill: 'good',
    },
    {
      range: range('cacPayback'),
      formula: `=AND(ISNUMBER(${payback}),${payback}>${paybackGreenUpTo},${payback}<=${paybackRedAbove})`,
      fill: 'warn',
    },
  ];
}

function charts(map: DashboardMap, labels: ReturnType<typeof dashboardLabels>): ChartSpec[] {
  const last = map.periodRow - 1;
  const months = `A${map.firstMonthRow}:A${last}`;
  const kpi = (key: KpiKey) =>
    `${map.kpiColumn[key]}${map.firstMonthRow}:${map.kpiColumn[key]}${last}`;
  const input = (key: InputKey) =>
    `${map.inputColumn[key]}${map.firstMonthRow}:${map.inputColumn[key]}${last}`;
  const funnel: InputKey[] = ['leads', 'mqls', 'sqls', 'opportunities', 'dealsWon'];
  const anchorRow = map.nextFreeRow;
  const size = { widthPx: 520, heightPx: 300 };
  return [
    {
      type: 'line',
      title: labels.chartCac,
      labels: months,
      series: [kpi('cac')],
      seriesNames: [labels.kpis.cac],
      anchor: `A${anchorRow}`,
      ...size,
    },
    {
      type: 'line',
      title: labels.chartLtvCac,
      labels: months,
      series: [kpi('ltvCac')],
      seriesNames: [labels.kpis.ltvCac],
      anchor: `G${anchorRow}`,
      ...size,
    },
    {
      type: 'column',
      title: labels.chartFunnel,
      labels: months,
      series: funnel.map(input),
      seriesNames: funnel.map((key) => labels.inputs[key]),
      anchor: `M${anchorRow}`,
      ...size,
    },
  ];
}
