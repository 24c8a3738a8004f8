import { styleOf, wrappedLineCount } from '../layout/styles';
import type { SheetLayout } from '../layout/types';

/**
 * Lines kept for a wrapped header whose text is a formula (plan vs actual's "Leads plan"
 * follows the goal sheet's stage names): its text is only known once computed, and a row
 * too short cuts it in half, so it gets room for three lines.
 */
const FORMULA_HEADER_LINES = 3;

/** The height of one line of 10 pt text, and of a row nobody sized, in points. */
const LINE_HEIGHT_PT = 13;
export const DEFAULT_ROW_HEIGHT_PT = 15;
const PIXELS_PER_POINT = 4 / 3;

/**
 * The height in points row `rowIndex` (0-based) needs for its wrapped cells, or undefined
 * for the default. Sheets and LibreOffice grow a row for wrapped text; Excel keeps the
 * height the file gives, so the writer sets it, and the chart anchors count with it.
 */
export function rowHeightPt(layout: SheetLayout, rowIndex: number): number | undefined {
  let lines = 1;
  layout.cells[rowIndex]?.forEach((cell, column) => {
    if (!cell || !styleOf(cell.role).wrap) return;
    if ('formula' in cell) {
      lines = Math.max(lines, FORMULA_HEADER_LINES);
      return;
    }
    lines = Math.max(
      lines,
      wrappedLineCount(String(cell.value), layout.columnWidths[column] ?? 64),
    );
  });
  return lines > 1 ? Math.max(DEFAULT_ROW_HEIGHT_PT, lines * LINE_HEIGHT_PT + 2) : undefined;
}

/** A row's height in pixels, as the chart anchors measure it. */
export function rowHeightPx(layout: SheetLayout, rowIndex: number): number {
  return Math.round((rowHeightPt(layout, rowIndex) ?? DEFAULT_ROW_HEIGHT_PT) * PIXELS_PER_POINT);
}
