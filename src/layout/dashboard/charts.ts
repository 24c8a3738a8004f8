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
  en: 'Chart data: what the charts draw. #N/A marks a month without a figure, so every chart leaves a gap there instead of drawing a zero.',
  'zh-CN': '图表数据：图表绘制的数值。#N/A 表示该月没有数据，图表在此留空，而不是画成 0。',
  'zh-TW': '圖表資料：圖表繪製的數值。#N/A 表示該月沒有資料，圖表在此留空，而不是畫成 0。',
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
 * so deals won stay readable next to leads), from `map.nextFreeRow` down. The charts read a
 * chart-data block below them, one row per month, never the tables themselves: there a
 * month without figures is "" (drawn as 0 by Excel), here it is #N/A (a gap everywhere).
 * Ranges start at the block's header row, so Sheets names each series after its header.
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

  const columns: {
    header: string;
    source: (month: number) => string;
    log: boolean;
    format: string;
  }[] = [
    {
      header: labels.kpis.cac,
      source: (month) => `${map.kpiColumn.cac}${map.kpiFirstMonthRow + month}`,
      log: false,
      format: formats.kpis.money,
    },
    {
      header: labels.kpis.ltvCac,
      source: (month) => `${map.kpiColumn.ltvCac}${map.kpiFirstMonthRow + month}`,
      log: false,
      format: formats.kpis.ratio,
    },
    ...FUNNEL.map((key) => ({
      header: labels.inputs[key],
      source: (month: number) => `${map.inputColumn[key]}${map.firstMonthRow + month}`,
      log: true,
      format: formats.inputs.count,
    })),
  ];
  put(headerRow, 'A', { value: labels.month, role: 'header' });
  columns.forEach((column, index) => {
    put(headerRow, index + 1, { value: column.header, role: 'header' });
  });
  for (let month = 0; month < map.monthCount; month++) {
    const row = firstRow + month;
    put(row, 'A', {
      formula: `=${map.monthColumn}${map.firstMonthRow + month}`,
      role: 'label',
      numberFormat: formats.month,
    });
    columns.forEach((column, index) => {
      put(row, index + 1, {
        formula: chartValueFormula(column.source(month), column.log ? 'log' : 'linear'),
        role: 'output',
        numberFormat: column.format,
      });
    });
  }
  const columnRange = (index: number, last = index) =>
    `${columnLetter(index)}${headerRow}:${columnLetter(last)}${lastRow}`;
  const firstFunnel = 3;
  const funnelRange = columnRange(firstFunnel, firstFunnel + FUNNEL.length - 1);
  const months = columnRange(columnIndex('A'));
  const charts: ChartSpec[] = [
    {
      type: 'line',
      title: labels.chartCac,
      labels: months,
      series: [columnRange(1)],
      seriesNames: [labels.kpis.cac],
      anchor: `A${chartRow}`,
      ...CHART_SIZE,
    },
    {
      type: 'line',
      title: labels.chartLtvCac,
      labels: months,
      series: [columnRange(2)],
      seriesNames: [labels.kpis.ltvCac],
      anchor: `G${chartRow}`,
      ...CHART_SIZE,
    },
    {
      type: 'column',
      title: labels.chartFunnel,
      labels: months,
      series: [funnelRange],
      seriesNames: [FUNNEL.map((key) => labels.inputs[key]).join(', ')],
      anchor: `M${chartRow}`,
      valueScale: 'log',
      ...CHART_SIZE,
    },
  ];
  return { charts, chartRow, dataRow, nextFreeRow: lastRow + 2 };
}
