import { parseRange, rangeA1 } from '../layout/a1';
import { chartHasHeaderRow, LOG_AXIS_MINIMUM } from '../layout/chartData';
import { conditionalFills, styleOf } from '../layout/styles';
import type { Cell, ChartSpec, SheetLayout } from '../layout/types';
import { dataValidationGrid } from './dataValidations';
import { insertNewSheet, writeOrDiscard } from './insertSheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;
type EmbeddedChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

/**
 * The Apps Script writer of a layout: a new sheet, never touching an existing one, written
 * with a fixed number of batched calls whatever the layout's size (each cell property of
 * the whole grid goes out in one Range call, data validations included).
 */

/** The size of a sheet Sheets inserts: 1000 rows by 26 columns (A:Z). */
const NEW_SHEET_ROWS = 1000;
const NEW_SHEET_COLUMNS = 26;

/** Sheets' own number format of a cell nobody formatted. */
const AUTOMATIC_FORMAT = '0.###############';

/** Every property of the grid, one 2-D array per batched Range call. */
export interface SheetsGrids {
  readonly values: (string | number | boolean)[][];
  readonly numberFormats: string[][];
  readonly backgrounds: (string | null)[][];
  readonly fontColors: string[][];
  readonly fontWeights: FontWeight[][];
  readonly fontSizes: number[][];
  readonly notes: string[][];
  readonly wraps: boolean[][];
}

/**
 * Each cell's TextStyle, one built per distinct look (a layout has a handful of roles), so
 * the builder work stays small whatever the size of the sheet.
 */
function textStyles(grids: SheetsGrids): GoogleAppsScript.Spreadsheet.TextStyle[][] {
  const built = new Map<string, GoogleAppsScript.Spreadsheet.TextStyle>();
  return grids.fontColors.map((row, rowIndex) =>
    row.map((color, column) => {
      const bold = grids.fontWeights[rowIndex][column] === 'bold';
      const size = grids.fontSizes[rowIndex][column];
      const key = `${color}|${bold}|${size}`;
      let style = built.get(key);
      if (!style) {
        style = SpreadsheetApp.newTextStyle()
          .setForegroundColor(color)
          .setBold(bold)
          .setFontSize(size)
          .build();
        built.set(key, style);
      }
      return style;
    }),
  );
}

/**
 * What `setValues` must receive for a cell. Sheets parses every string as if typed:
 * "=..." becomes a formula and "+1" a number. A leading apostrophe keeps user text text
 * (Sheets does not store the apostrophe); formulas are the layout's own, written as such.
 */
export function sheetsValue(cell: Cell | null): string | number | boolean {
  if (cell === null) return '';
  if ('formula' in cell) return cell.formula;
  if (typeof cell.value === 'string') return cell.value === '' ? '' : `'${cell.value}`;
  return cell.value;
}

/** The layout's grid as the arrays the batched Range setters take. Pure. */
export function sheetsGrids(layout: SheetLayout): SheetsGrids {
  const map = <T>(property: (cell: Cell | null) => T): T[][] =>
    layout.cells.map((row) => row.map(property));
  const style = (cell: Cell | null) => styleOf(cell?.role);
  return {
    values: map(sheetsValue),
    numberFormats: map((cell) => cell?.numberFormat ?? AUTOMATIC_FORMAT),
    backgrounds: map((cell) => style(cell).background),
    fontColors: map((cell) => style(cell).fontColor),
    fontWeights: map((cell) => (style(cell).bold ? 'bold' : 'normal') as FontWeight),
    fontSizes: map((cell) => style(cell).fontSize),
    notes: map((cell) => cell?.note ?? ''),
    wraps: map((cell) => style(cell).wrap),
  };
}

/** Runs of equal widths, so column widths cost one call per run, not per column. */
export function widthRuns(
  widths: readonly number[],
): { start: number; count: number; width: number }[] {
  const runs: { start: number; count: number; width: number }[] = [];
  widths.forEach((width, index) => {
    const last = runs.at(-1);
    if (last && last.width === width) last.count++;
    else runs.push({ start: index + 1, count: 1, width });
  });
  return runs;
}

export { freeSheetName } from './insertSheet';

/** Every A1 range the charts and conditional rules refer to, each once, in order. */
export function referencedRanges(layout: SheetLayout): string[] {
  const addresses = [
    ...layout.charts.flatMap((chart) => [chart.labels, ...chart.series]),
    ...layout.conditionalRules.map((rule) => rule.range),
  ];
  return [...new Set(addresses)];
}

/**
 * The Range of every address in two calls (getRangeList, getRanges) instead of one
 * getRange per address, so adding a chart or a rule does not add document calls.
 */
function rangesByAddress(sheet: Sheet, addresses: readonly string[]): (a1: string) => Range {
  const list = addresses.length > 0 ? sheet.getRangeList([...addresses]).getRanges() : [];
  const ranges = new Map(addresses.map((address, index) => [address, list[index]] as const));
  return (a1) => {
    const range = ranges.get(a1);
    if (!range) throw new Error(`FunnelMath: no range fetched for ${a1}`);
    return range;
  };
}

/** The builder of the chart's type, its value axis logarithmic when the spec says so. */
function typedBuilder(sheet: Sheet, chart: ChartSpec): EmbeddedChartBuilder {
  const newChart = sheet.newChart();
  const log = chart.valueScale === 'log';
  if (chart.type === 'bar') {
    const bar = newChart.asBarChart();
    return log ? bar.useLogScale() : bar;
  }
  if (chart.type === 'column') {
    const column = newChart.asColumnChart();
    return log ? column.useLogScale() : column;
  }
  const line = newChart.asLineChart();
  // Straight segments between months, and a month without a figure (#N/A in the chart
  // data) is a gap: never a curve that overshoots, never a line drawn across.
  return (log ? line.useLogScale() : line).setOption('curveType', 'none').setOption('pointSize', 5);
}

function insertChart(
  sheet: Sheet,
  layout: SheetLayout,
  chart: ChartSpec,
  rangeAt: (a1: string) => Range,
): void {
  let builder = typedBuilder(sheet, chart).addRange(rangeAt(chart.labels));
  for (const series of chart.series) builder = builder.addRange(rangeAt(series));
  const anchor = parseRange(chart.anchor).start;
  if (chart.valueScale === 'log') {
    // The value axis is horizontal in a bar chart; it starts at 1 as in the .xlsx.
    const axis = chart.type === 'bar' ? 'hAxis' : 'vAxis';
    builder = builder.setOption(`${axis}.viewWindow.min`, LOG_AXIS_MINIMUM);
  }
  const built = builder
    // Said rather than left to Sheets' guess: the header row names the series.
    .setNumHeaders(chartHasHeaderRow(layout, chart) ? 1 : 0)
    .setOption('interpolateNulls', false)
    .setPosition(anchor.row + 1, anchor.column + 1, 0, 0)
    .setOption('title', chart.title)
    .setOption('width', chart.widthPx)
    .setOption('height', chart.heightPx)
    .build();
  sheet.insertChart(built);
}

export interface WrittenSheet {
  readonly sheet: Sheet;
  /** The name the sheet got (the layout's, or with " (2)" when that was taken). */
  readonly name: string;
}

/**
 * Writes `layout` as a new sheet of `spreadsheet` (which becomes the active sheet). A
 * failure mid-write deletes the new sheet and throws a SheetWriteError.
 *
 * Print setup: Apps Script has no API for it (orientation, fit to width, repeated rows and
 * page breaks are chosen in Sheets' print dialog, File > Print), so `layout.print` is not
 * written here. What the sheet itself gives that dialog is written: headers that wrap
 * instead of being cut off, and frozen rows, which the dialog repeats on every page.
 */
export function writeLayout(spreadsheet: Spreadsheet, layout: SheetLayout): WrittenSheet {
  const inserted = insertNewSheet(spreadsheet, layout.name);
  writeOrDiscard(spreadsheet, inserted, () => writeLayoutInto(inserted.sheet, layout, [], true));
  return inserted;
}

/**
 * Writes `layout` from A1 of an existing `sheet`: every cell of the layout's rectangle,
 * its charts, and its conditional rules after `keptRules` (setConditionalFormatRules
 * replaces a sheet's rules, so a caller rewriting a block passes the user's own rules).
 * Cells outside the rectangle are not touched. `newSheet`: the sheet was just inserted, so
 * it holds no notes to clear.
 */
export function writeLayoutInto(
  sheet: Sheet,
  layout: SheetLayout,
  keptRules: readonly GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [],
  newSheet = false,
): void {
  const grids = sheetsGrids(layout);
  const rows = layout.cells.length;
  const columns = layout.cells[0].length;
  // Only a layout larger than a new sheet pays for these calls (the goal calculator never does).
  if (rows > NEW_SHEET_ROWS) sheet.insertRowsAfter(NEW_SHEET_ROWS, rows - NEW_SHEET_ROWS);
  if (columns > NEW_SHEET_COLUMNS)
    sheet.insertColumnsAfter(NEW_SHEET_COLUMNS, columns - NEW_SHEET_COLUMNS);
  // The grid's range comes with every chart and rule range in one getRangeList: one call
  // fewer than a getRange of its own (the budget: 20 document calls for a goal sheet).
  const gridA1 = rangeA1(0, 0, rows - 1, columns - 1);
  const rangeAt = rangesByAddress(sheet, [...new Set([gridA1, ...referencedRanges(layout)])]);
  const range = rangeAt(gridA1);
  // Formats first, so each value is shown in its format from the start.
  range.setNumberFormats(grids.numberFormats);
  range.setValues(grids.values);
  range.setBackgrounds(grids.backgrounds);
  // Colour, weight and size in one call (three calls as setFontColors/Weights/Sizes).
  range.setTextStyles(textStyles(grids));
  // A new sheet has no notes: a layout without any (the dashboard) saves the call.
  if (!newSheet || grids.notes.some((row) => row.some((note) => note !== '')))
    range.setNotes(grids.notes);
  // One call for every validated input cell; a layout without validations skips it.
  const validations = dataValidationGrid(layout);
  if (validations) range.setDataValidations(validations);
  // Headers wrap (Sheets grows their rows), so "Conversion to next" is read whole.
  range.setWraps(grids.wraps);
  for (const run of widthRuns(layout.columnWidths))
    sheet.setColumnWidths(run.start, run.count, run.width);
  if (layout.frozenRows > 0) sheet.setFrozenRows(layout.frozenRows);
  for (const chart of layout.charts) insertChart(sheet, layout, chart, rangeAt);
  if (layout.conditionalRules.length > 0 || keptRules.length > 0) {
    sheet.setConditionalFormatRules([
      ...keptRules,
      ...layout.conditionalRules.map((rule) =>
        SpreadsheetApp.newConditionalFormatRule()
          .whenFormulaSatisfied(rule.formula)
          .setBackground(conditionalFills[rule.fill])
          .setRanges([rangeAt(rule.range)])
          .build(),
      ),
    ]);
  }
}
