import { parseRange } from './a1';
import type { ChartSpec, SheetLayout } from './types';

/** Where a log value axis starts in every writer: 1, so that small counts keep their height. */
export const LOG_AXIS_MINIMUM = 1;

/**
 * The formula of a chart-data cell: the figure of `cell` when there is one (and, given
 * `onlyWhen`, that condition holds), else NA().
 * A chart must not read a KPI's own cell: its "" for a month without data is plotted as 0
 * by Excel (a cliff at the end of a partly filled year), while #N/A is a gap in Sheets and
 * in Excel (with dispBlanksAs gap and "show #N/A as empty", set by the .xlsx writer).
 * Text such as "n/a" is no figure either. LibreOffice 7.4 still plots #N/A (like any
 * non-numeric formula result) at zero: only an empty cell is a gap there. So a chart over
 * these cells is drawn as columns (a zero-height column shows nothing), never as a line,
 * which would fall to zero; charts of inputs read the input cells directly.
 */
export function chartValueFormula(cell: string, onlyWhen?: string): string {
  const shown = onlyWhen ? `AND(ISNUMBER(${cell}),${onlyWhen})` : `ISNUMBER(${cell})`;
  return `=IF(${shown},${cell},NA())`;
}

/**
 * Whether the chart's ranges start with a header row: as Sheets decides, when the first
 * cell of its labels is a header cell. The header names the series and is not data.
 */
export function chartHasHeaderRow(layout: SheetLayout, chart: ChartSpec): boolean {
  const { start } = parseRange(chart.labels);
  return layout.cells[start.row]?.[start.column]?.role === 'header';
}
