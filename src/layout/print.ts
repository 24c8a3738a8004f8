import { parseCell } from './a1';
import type { ChartSpec, PrintSetup } from './types';

/** The widest sheet, in pixels at 100%, that still prints readably on a portrait page. */
const PORTRAIT_WIDTH_PX = 720;

/**
 * Printable width in pixels (96 per inch) at 100%: the narrower of Letter and A4, less the
 * .xlsx default side margins (0.7 in each), so the pages hold on either paper.
 */
const PRINTABLE_WIDTH_PX = { landscape: (11 - 1.4) * 96, portrait: (8.27 - 1.4) * 96 } as const;

/**
 * How much wider a column prints in the widest rendering known: LibreOffice without Calibri
 * (or its metric twin Carlito) prints a column 4/3 as wide as Excel, a character of the
 * width taking 7 pt instead of 7 px. Pages planned for it hold in Excel too, with room over.
 */
const WIDEST_COLUMN_RENDERING = 4 / 3;

/** Below this scale 10 pt text prints under 7 pt: the columns go on more pages instead. */
const MIN_READABLE_SCALE = 0.7;

/** Landscape when the columns are wider than a portrait page holds at a readable scale. */
export function printOrientation(columnWidths: readonly number[]): PrintSetup['orientation'] {
  const width = columnWidths.reduce((sum, columnWidth) => sum + columnWidth, 0);
  return width > PORTRAIT_WIDTH_PX ? 'landscape' : 'portrait';
}

/** How the columns go on pages: where each page starts and the scale all pages print at. */
export interface ColumnPages {
  /** 1-based columns that start a new page (none when one page holds every column). */
  readonly columnBreaksBefore: readonly number[];
  /** Percent, 10 to 100: the largest at which every page's columns fit its width. */
  readonly scalePercent: number;
}

/** The 0-based columns a chart covers, from its anchor and its width. */
function chartColumns(chart: ChartSpec, columnWidths: readonly number[]) {
  const first = parseCell(chart.anchor).column;
  let last = first;
  let covered = columnWidths[first] ?? 0;
  while (covered < chart.widthPx && last + 1 < columnWidths.length) {
    last += 1;
    covered += columnWidths[last];
  }
  return { first, last };
}

/**
 * Splits the columns over as few pages as keep the scale at or above MIN_READABLE_SCALE,
 * each page repeating the first `repeatedColumns` columns (the row labels) and no page
 * boundary crossing a chart; then picks the largest scale at which the widest page fits.
 */
export function columnPages(
  columnWidths: readonly number[],
  charts: readonly ChartSpec[],
  orientation: PrintSetup['orientation'],
  repeatedColumns: number,
): ColumnPages {
  const printable = PRINTABLE_WIDTH_PX[orientation] / WIDEST_COLUMN_RENDERING;
  const capacity = printable / MIN_READABLE_SCALE;
  const repeatedWidth = columnWidths.slice(0, repeatedColumns).reduce((sum, w) => sum + w, 0);
  const spans = charts.map((chart) => chartColumns(chart, columnWidths));
  const breaks: number[] = [];
  let widest = 0;
  let start = 0;
  while (start < columnWidths.length) {
    let width = start === 0 ? 0 : repeatedWidth;
    let end = start;
    while (end < columnWidths.length && (end === start || width + columnWidths[end] <= capacity)) {
      width += columnWidths[end];
      end += 1;
    }
    // A break before `end` inside a chart moves back to the chart's first column, unless the
    // chart starts the page (then it is wider than a page and is cut wherever it breaks).
    const cuts = (at: number) =>
      spans.find((span) => span.first < at && at <= span.last && span.first > start);
    for (let cut = cuts(end); end < columnWidths.length && cut; cut = cuts(end)) {
      for (let column = cut.first; column < end; column++) width -= columnWidths[column];
      end = cut.first;
    }
    widest = Math.max(widest, width);
    if (end < columnWidths.length) breaks.push(end + 1);
    start = end;
  }
  const scalePercent = Math.max(10, Math.min(100, Math.floor((100 * printable) / widest)));
  return { columnBreaksBefore: breaks, scalePercent };
}
