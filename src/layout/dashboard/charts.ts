import type { Language } from '../../funnel/types';
import { columnIndex, columnLetter } from '../a1';
import { chartValueFormula } from '../chartData';
import type { Cell, ChartSpec } from '../types';
import { IMPOSSIBLE_MARK } from './checks';
import type { DashboardFormats } from './formats';
import type { InputKey } from './inputs';
import type { DashboardLabels } from './labels';
import type { DashboardMap } from './layout';

/** Places a cell at a 1-based sheet row and a column letter or 0-based index. */
export type PutCell = (row: number, column: string | number, cell: Cell) => void;

/** The funnel stages the funnel chart draws, top to bottom. */
const FUNNEL: readonly InputKey[] = ['leads', 'mqls', 'sqls', 'opportunities', 'dealsWon'];
const CHART_SIZE = { widthPx: 520, heightPx: 300 } as const;
/** Rows a chart covers at the writers' 20 px row height, plus one row of space. */
const CHART_ROWS = Math.ceil(CHART_SIZE.heightPx / 20) + 1;

/** The heading of the chart-data block, saying why it holds #N/A. */
const chartDataNotes: Readonly<Record<Language, string>> = {
  en: 'Chart data of the CAC and LTV:CAC columns: #N/A marks a month without a figure (or flagged impossible): no column, never a zero.',
  'zh-CN':
    'CAC 与 LTV:CAC 柱形图的图表数据：#N/A 表示该月没有数据（或被标记为不可能），该月不画柱形（绝不画成 0）。',
  'zh-TW':
    'CAC 與 LTV:CAC 直條圖的圖表資料：#N/A 表示該月沒有資料（或被標記為不可能），該月不畫直條（絕不畫成 0）。',
};

export interface DashboardCharts {
  readonly charts: readonly ChartSpec[];
  /** The first row of the charts and of their data block (1-based). */
  readonly chartRow: number;
  readonly dataRow: number;
  readonly nextFreeRow: number;
}

/**
 * CAC and LTV:CAC by month and the funnel volumes by month (on a log axis, so deals won
 * stay readable next to leads), all three as columns, from `map.nextFreeRow` down.
 *
 * Columns, not lines, for the KPIs: a KPI is a formula, and a month without figures must
 * be a gap in every program. Sheets and Excel leave one for #N/A, but LibreOffice (7.4)
 * plots every non-numeric formula result (#N/A, "", a reference to an empty cell) at zero,
 * and a line then falls to zero after the last filled month: a cliff that reads as "CAC
 * collapsed". A zero-height column draws nothing, so in LibreOffice as elsewhere an empty
 * month is simply a month without a column (the LibreOffice chart test renders both).
 *
 * The funnel reads the input table itself: a month not filled in is empty cells there. The
 * KPI columns do not read the KPI table, where a month without figures is "" (a point of
 * value 0 for Excel): they read a chart-data block below the charts whose cells give NA()
 * instead, no point at all in Sheets and Excel. Ranges start at a header row, so each
 * series is named after its column header, as Sheets does.
 */
export function placeCharts(
  put: PutCell,
  map: DashboardMap,
  labels: DashboardLabels,
  formats: DashboardFormats,
  language: Language,
): DashboardCharts {
  const chartRow = map.nextFreeRow;
  const dataRow = chartRow + CHART_ROWS;
  const headerRow = dataRow + 1;
  const firstRow = headerRow + 1;
  const lastRow = firstRow + map.monthCount - 1;
  put(dataRow, 'A', { value: chartDataNotes[language], role: 'note' });

  const kpis: { header: string; key: 'cac' | 'ltvCac'; format: string }[] = [
    { header: labels.kpis.cac, key: 'cac', format: formats.kpis.money },
    { header: labels.kpis.ltvCac, key: 'ltvCac', format: formats.kpis.ratio },
  ];
  put(headerRow, 'A', { value: labels.month, role: 'header' });
  kpis.forEach((kpi, index) => {
    put(headerRow, index + 1, { value: kpi.header, role: 'header' });
  });
  for (let month = 0; month < map.monthCount; month++) {
    const row = firstRow + month;
    put(row, 'A', {
      formula: `=${map.monthColumn}${map.firstMonthRow + month}`,
      role: 'label',
      numberFormat: formats.month,
    });
    kpis.forEach((kpi, index) => {
      put(row, index + 1, {
        // A month flagged impossible (more customers lost than there were) has no column:
        // its figures are not to be read, as it gets no health colour either.
        formula: chartValueFormula(
          `${map.kpiColumn[kpi.key]}${map.kpiFirstMonthRow + month}`,
          `LEFT(${map.checkColumn}${map.firstMonthRow + month},1)<>"${IMPOSSIBLE_MARK}"`,
        ),
        role: 'output',
        numberFormat: kpi.format,
      });
    });
  }
  const dataColumn = (index: number) =>
    `${columnLetter(index)}${headerRow}:${columnLetter(index)}${lastRow}`;
  const first = FUNNEL[0];
  const last = FUNNEL[FUNNEL.length - 1];
  if (
    columnIndex(map.inputColumn[last]) - columnIndex(map.inputColumn[first]) !==
    FUNNEL.length - 1
  ) {
    throw new Error('the funnel stages must be neighbouring input columns');
  }
  const inputMonths = `${map.monthColumn}${map.inputHeaderRow}:${map.monthColumn}${map.periodRow - 1}`;
  const funnelRange = `${map.inputColumn[first]}${map.inputHeaderRow}:${map.inputColumn[last]}${map.periodRow - 1}`;
  const charts: ChartSpec[] = [
    {
      type: 'column',
      title: labels.chartCac,
      labels: dataColumn(0),
      series: [dataColumn(1)],
      seriesNames: [labels.kpis.cac],
      anchor: `B${chartRow}`,
      ...CHART_SIZE,
    },
    {
      type: 'column',
      title: labels.chartLtvCac,
      labels: dataColumn(0),
      series: [dataColumn(2)],
      seriesNames: [labels.kpis.ltvCac],
      anchor: `H${chartRow}`,
      ...CHART_SIZE,
    },
    {
      type: 'column',
      title: labels.chartFunnel,
      labels: inputMonths,
      series: [funnelRange],
      seriesNames: [FUNNEL.map((key) => labels.inputs[key]).join(', ')],
      anchor: `N${chartRow}`,
      valueScale: 'log',
      ...CHART_SIZE,
    },
  ];
  return { charts, chartRow, dataRow, nextFreeRow: lastRow + 2 };
}
