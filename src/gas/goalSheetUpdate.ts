/**
 * Updating a goal-calculator sheet in place, built on the layout's input list only.
 *
 * - Same shape (the new plan's layout differs from the sheet's only in input values): the
 *   input cells are written, in one setValues per column run of inputs, so every formula
 *   recomputes and whatever the user put beside the block stays.
 * - Another shape (stages, period, language, currency formats...): FunnelMath's own block
 *   is rewritten: the new layout's rectangle, the old block's leftover cells cleared, the
 *   old chart and rules replaced; cells, charts and rules outside the block are kept.
 *
 * Either way the sheet is first read once to prove the block is still where it was written.
 */
import type { Plan } from '../funnel/types';
import { parseCell, rangeA1 } from '../layout/a1';
import { goalCalculatorLayout } from '../layout/goalCalculator';
import type { SheetLayout } from '../layout/types';
import {
  inputBlocks,
  inputCells,
  inputRuns,
  isPlanInput,
  movedLabel,
  sameShape,
} from './goalInputs';
import { sheetsValue, writeLayoutInto } from './writeLayout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type GoalUpdateKind = 'inputs' | 'block';

/** Shows what a cell holds in an error message. */
function shown(value: unknown): string {
  return value === '' ? 'nothing' : `“${String(value)}”`;
}

export function updateGoalSheet(
  sheet: Sheet,
  sheetName: string,
  stored: Plan,
  next: Plan,
): GoalUpdateKind {
  const before = goalCalculatorLayout(stored, sheetName);
  const after = goalCalculatorLayout(next, sheetName);
  const rows = Math.max(before.cells.length, after.cells.length);
  const columns = Math.max(before.cells[0].length, after.cells[0].length);
  const onSheet = sheet.getRange(1, 1, rows, columns).getValues();
  const valueAt = (row: number, column: number) => onSheet[row]?.[column] ?? '';
  const moved = movedLabel(
    before,
    { top: 0, left: 0, bottom: before.cells.length - 1, right: before.cells[0].length - 1 },
    valueAt,
  );
  if (moved) {
    throw new Error(
      `“${sheetName}” no longer has its plan where FunnelMath wrote it: ${moved.a1} shows ${shown(moved.found)} instead of “${moved.expected}”. Nothing was changed; build a new sheet instead.`,
    );
  }
  if (sameShape(before, after)) {
    writeInputs(sheet, after);
    return 'inputs';
  }
  rewriteBlock(sheet, before, after, valueAt);
  return 'block';
}

/**
 * Only the plan's input cells, one setValues per vertical run of them (runs side by side
 * over the same rows, such as the channel table's, in one). Inputs that are not plan fields
 * (the sensitivity step) keep what the person set on the sheet.
 */
function writeInputs(sheet: Sheet, layout: SheetLayout): void {
  const blocks = inputBlocks(inputRuns(inputCells(layout).filter((cell) => isPlanInput(cell.key))));
  const ranges = sheet.getRangeList(blocks.map((block) => block.a1)).getRanges();
  blocks.forEach((block, index) => {
    ranges[index].setValues(
      block.rows.map((row) => row.map((cell) => sheetsValue(layout.cells[cell.row][cell.column]))),
    );
  });
}

/** The cells of `after`'s rectangle outside `before`'s: a bigger plan needs them empty. */
function cellsBeyond(before: SheetLayout, after: SheetLayout): { row: number; column: number }[] {
  const cells: { row: number; column: number }[] = [];
  after.cells.forEach((row, rowIndex) => {
    row.forEach((_, column) => {
      if (rowIndex >= before.cells.length || column >= before.cells[0].length)
        cells.push({ row: rowIndex, column });
    });
  });
  return cells;
}

/** The old block's cells the new one does not cover: at most a right and a bottom strip. */
function leftoverStrips(before: SheetLayout, after: SheetLayout): string[] {
  const [oldRows, oldColumns] = [before.cells.length, before.cells[0].length];
  const [newRows, newColumns] = [after.cells.length, after.cells[0].length];
  const strips: string[] = [];
  if (oldColumns > newColumns) strips.push(rangeA1(0, newColumns, oldRows - 1, oldColumns - 1));
  if (oldRows > newRows)
    strips.push(rangeA1(newRows, 0, oldRows - 1, Math.min(oldColumns, newColumns) - 1));
  return strips;
}

function sameAddresses(
  ranges: readonly GoogleAppsScript.Spreadsheet.Range[],
  addresses: readonly string[],
): boolean {
  return (
    ranges.length === addresses.length &&
    ranges.every((range, index) => range.getA1Notation() === addresses[index])
  );
}

function anchoredAt(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart, anchor: string): boolean {
  const { row, column } = parseCell(anchor);
  const container = chart.getContainerInfo();
  return container.getAnchorRow() === row + 1 && container.getAnchorColumn() === column + 1;
}

function rewriteBlock(
  sheet: Sheet,
  before: SheetLayout,
  after: SheetLayout,
  valueAt: (row: number, column: number) => unknown,
): void {
  const taken = cellsBeyond(before, after).filter(({ row, column }) => valueAt(row, column) !== '');
  if (taken.length > 0) {
    const listed = taken.slice(0, 5).map(({ row, column }) => rangeA1(row, column, row, column));
    throw new Error(
      `The new plan needs more room than the sheet's plan, and ${listed.join(', ')}${taken.length > 5 ? '...' : ''} ${taken.length === 1 ? 'holds' : 'hold'} your own content. Nothing was changed; move those cells or build a new sheet instead.`,
    );
  }
  // FunnelMath's own charts are over exactly the old layout's ranges, or (should a writer
  // pass its ranges differently) at the old layout's anchor with its title; rules are
  // over exactly the old layout's rule ranges.
  for (const chart of sheet.getCharts()) {
    const ours = before.charts.some(
      (spec) =>
        sameAddresses(chart.getRanges(), [spec.labels, ...spec.series]) ||
        (anchoredAt(chart, spec.anchor) && chart.getOptions().get('title') === spec.title),
    );
    if (ours) sheet.removeChart(chart);
  }
  const oldRuleRanges = new Set(before.conditionalRules.map((rule) => rule.range));
  const keptRules = sheet.getConditionalFormatRules().filter((rule) => {
    const ranges = rule.getRanges();
    return !(ranges.length === 1 && oldRuleRanges.has(ranges[0].getA1Notation()));
  });
  const strips = leftoverStrips(before, after);
  // clear() takes contents, formats and validation rules; the input notes go separately.
  if (strips.length > 0) sheet.getRangeList(strips).clear().clearNote();
  writeLayoutInto(sheet, after, keptRules);
}
