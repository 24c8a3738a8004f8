import type { Language } from '../../funnel/types';
import { columnIndex, columnLetter } from '../a1';
import { chartValueFormula } from '../chartData';
import type { Cell, ChartSpec } from '../types';
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
  en: 'Chart data of the CAC and LTV:CAC lines: #N/A marks a month without a figure, so Sheets and Excel leave a gap there instead of drawing a zero.',
  'zh-CN':
    'CAC 与 LTV:CAC 折线的图表数据：#N/A 表示该月没有数据，Sheets 和 Excel 会在此留空，而不是画成 0。',
  'zh-TW':
    'CAC 與 LTV:CAC 折線的圖表資料：#N/A 表示該月沒有資料，Sheets 和 Excel 會在此留空，而不是畫成 0。',
};

export interface DashboardCharts {
  readonly charts: readonly ChartSpec[];
  /** The first row of the charts and of their data block (1-based). */
  readonly chartRow: number;
  readonly dataRow: number;
  readonly nextFreeRow: number;
}

/**
 * CAC and LTV:CAC by month (lines) and the funnel volumes by month (columns on a log axis,
 * so deals won stay readable next to leads), from `map.nextFreeRow` down.
 *
 * The funnel reads the input table itself: a month not filled in is empty cells there, a
 * gap in every program. The KPI lines cannot read the KPI table, where a month without
 * figures is "" (drawn as 0 by Excel): they read a chart-data block below the charts whose
 * cells give NA() instead. Ranges start at a header row, so each series is named after its
 * column header, as Sheets does.
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
        formula: chartValueFormula(`${map.kpiColumn[kpi.key]}${map.kpiFirstMonthRow + month}`),
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
      type: 'line',
      title: labels.chartCac,
      labels: dataColumn(0),
      series: [dataColumn(1)],
      seriesNames: [labels.kpis.cac],
      anchor: `A${chartRow}`,
      ...CHART_SIZE,
    },
    {
      type: 'line',
      title: labels.chartLtvCac,
      labels: dataColumn(0),
      series: [dataColumn(2)],
      seriesNames: [labels.kpis.ltvCac],
      anchor: `G${chartRow}`,
      ...CHART_SIZE,
    },
    {
      type: 'column',
      title: labels.chartFunnel,
      labels: inputMonths,
      series: [funnelRange],
      seriesNames: [FUNNEL.map((key) => labels.inputs[key]).join(', ')],
      anchor: `M${chartRow}`,
      valueScale: 'log',
      ...CHART_SIZE,
    },
  ];
  return { charts, chartRow, dataRow, nextFreeRow: lastRow + 2 };
}
