import type { GridBuilder } from '../grid';
import { wrappedLineCount } from '../styles';

/** Column A's width in pixels: every row's label sits there, its figure in column B. */
export const LABEL_COLUMN_WIDTH = 230;

/**
 * The role of a row label showing `text` (a live label: its text as the plan names things
 * now). Its figure fills the next cell, so text wider than column A would be cut off: such a
 * label wraps, and every writer gives its row the lines it needs (Sheets, LibreOffice and
 * the preview grow the row; the .xlsx writer sets its height).
 */
export function rowLabelRole(text: string): 'label' | 'wrappedLabel' {
  return wrappedLineCount(text, LABEL_COLUMN_WIDTH) > 1 ? 'wrappedLabel' : 'label';
}

/** A row's label in column A, literal text, wrapping when it needs more than one line. */
export function putRowLabel(grid: GridBuilder, row: number, text: string, note?: string): void {
  grid.text(row, 0, text, rowLabelRole(text), note);
}
