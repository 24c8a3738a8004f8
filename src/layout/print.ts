import { columnLetter, parseCell } from './a1';
import { styleOf } from './styles';
import type { Cell, ChartSpec, PrintSetup } from './types';

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

/** Rows a chart covers from its anchor, at the default row height (20 px): an upper bound. */
const CHART_ROW_PX = 20;

/** Whether a cell prints anything: a value, a formula, or a fill (an empty input, a header). */
function printsSomething(cell: Cell | null | undefined): boolean {
  if (!cell) return false;
  if ('formula' in cell || cell.value !== '') return true;
  return styleOf(cell.role).background !== null;
}

/** One rectangle of the sheet that prints: 0-based, inclusive. */
interface Area {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * The print areas of a sheet, in print order: each block (the rows from one page break to
 * the next) cut at the column breaks, each piece kept to the rows where it has a cell or a
 * chart and skipped when it has neither. Each area prints on pages of its own, beside the
 * repeated columns: a block narrower than the widest one prints no page of labels alone, and
 * a table's right-hand part starts at its header, not under blank rows.
 */
export function printAreas(
  cells: readonly (readonly (Cell | null)[])[],
  columnWidths: readonly number[],
  charts: readonly ChartSpec[],
  pageBreaksBefore: readonly number[],
  columnBreaksBefore: readonly number[],
): string[] {
  const rowCount = cells.length;
  const columnCount = columnWidths.length;
  const chartAreas = charts.map((chart) => {
    const { first, last } = chartColumns(chart, columnWidths);
    const top = parseCell(chart.anchor).row;
    const bottom = top + Math.ceil(chart.heightPx / CHART_ROW_PX) - 1;
    return { top, bottom, left: first, right: last };
  });
  const blockTops = [0, ...pageBreaksBefore.map((row) => row - 1)].filter(
    (row, index, rows) => row >= 0 && row < rowCount && rows.indexOf(row) === index,
  );
  blockTops.sort((a, b) => a - b);
  const bandLefts = [0, ...columnBreaksBefore.map((column) => column - 1)].filter(
    (column) => column < columnCount,
  );
  const areas: Area[] = [];
  blockTops.forEach((blockTop, block) => {
    const blockBottom = (blockTops[block + 1] ?? rowCount) - 1;
    bandLefts.forEach((left, band) => {
      const right = (bandLefts[band + 1] ?? columnCount) - 1;
      const rows: number[] = [];
      for (let row = blockTop; row <= blockBottom; row++) {
        const cellsRow = cells[row] ?? [];
        for (let column = left; column <= right; column++) {
          if (printsSomething(cellsRow[column])) {
            rows.push(row);
            break;
          }
        }
      }
      for (const chart of chartAreas) {
        if (chart.right < left || chart.left > right) continue;
        if (chart.bottom < blockTop || chart.top > blockBottom) continue;
        rows.push(Math.max(chart.top, blockTop), Math.min(chart.bottom, blockBottom));
      }
      if (rows.length === 0) return;
      areas.push({ top: Math.min(...rows), bottom: Math.max(...rows), left, right });
    });
  });
  return areas.map(
    (area) =>
      `${columnLetter(area.left)}${area.top + 1}:${columnLetter(area.right)}${area.bottom + 1}`,
  );
}

/**
 * The print setup of a wide sheet: its title in every page's header, the labels column
 * (column A) repeated beside every page, the columns over pages at a readable scale, and
 * each block's pieces as print areas (see printAreas).
 */
export function widePrintSetup(sheet: {
  readonly title: string;
  readonly cells: readonly (readonly (Cell | null)[])[];
  readonly columnWidths: readonly number[];
  readonly charts: readonly ChartSpec[];
  readonly orientation: PrintSetup['orientation'];
  readonly pageBreaksBefore: readonly number[];
}): PrintSetup {
  const pages = columnPages(sheet.columnWidths, sheet.charts, sheet.orientation, 1);
  return {
    orientation: sheet.orientation,
    pageTitle: sheet.title,
    pageBreaksBefore: sheet.pageBreaksBefore,
    repeatColumns: { first: 1, last: 1 },
    ...pages,
    areas: printAreas(
      sheet.cells,
      sheet.columnWidths,
      sheet.charts,
      sheet.pageBreaksBefore,
      pages.columnBreaksBefore,
    ),
  };
}
