import type { PrintSetup } from './types';

/** The widest sheet, in pixels at 100%, that still prints readably on a portrait page. */
const PORTRAIT_WIDTH_PX = 720;

/** Landscape when the columns are wider than a portrait page holds at a readable scale. */
export function printOrientation(columnWidths: readonly number[]): PrintSetup['orientation'] {
  const width = columnWidths.reduce((sum, columnWidth) => sum + columnWidth, 0);
  return width > PORTRAIT_WIDTH_PX ? 'landscape' : 'portrait';
}
