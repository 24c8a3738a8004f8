import JSZip from 'jszip';
import type { SheetLayout } from '../layout/types';

/**
 * Manual column page breaks (`<colBreaks>`), which exceljs does not write: the layout's
 * `print.columnBreaksBefore`, so that a wide sheet's pages end between charts, not inside one.
 */

/** The elements a worksheet may have after colBreaks, in the schema's order. */
const AFTER_COLUMN_BREAKS =
  /<(customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/;

/** Excel's last row, the extent of a column break. */
const LAST_ROW = 1048575;

function columnBreaksElement(columnsBefore: readonly number[]): string {
  // A break with id c ends a page after column c (1-based): before column c + 1.
  const breaks = columnsBefore.map(
    (column) => `<brk id="${column - 1}" max="${LAST_ROW}" man="1"/>`,
  );
  return `<colBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.join('')}</colBreaks>`;
}

/** Returns `xlsx` with each layout's column breaks added (sheet N of the file is layout N). */
export async function addColumnBreaks(
  xlsx: Buffer,
  layouts: readonly SheetLayout[],
): Promise<Buffer> {
  if (layouts.every((layout) => !layout.print?.columnBreaksBefore?.length)) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  for (const [index, layout] of layouts.entries()) {
    const columnsBefore = layout.print?.columnBreaksBefore ?? [];
    if (columnsBefore.length === 0) continue;
    const sheetPath = `xl/worksheets/sheet${index + 1}.xml`;
    const sheetXml = await zip.file(sheetPath)?.async('string');
    if (!sheetXml) throw new Error(`the .xlsx has no ${sheetPath} for sheet "${layout.name}"`);
    const element = columnBreaksElement(columnsBefore);
    const after = AFTER_COLUMN_BREAKS.exec(sheetXml);
    zip.file(
      sheetPath,
      after
        ? `${sheetXml.slice(0, after.index)}${element}${sheetXml.slice(after.index)}`
        : sheetXml.replace('</worksheet>', `${element}</worksheet>`),
    );
  }
  return Buffer.from(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}
