/**
 * "Download .xlsx" in the preview: the workbook as the person left it (their edits and
 * typed formulas included), exported from the fake's cells. Formulas stay live; each keeps
 * its computed value as the cached result, so a reader that does not recalculate (or does
 * not know a FunnelMath function) still shows the number.
 */
import ExcelJS from 'exceljs';
import { checkWorkbookText } from '../layout/workbookText';
import type { FakeAppsScript } from './fake';
import { addSheetValidations } from './xlsxValidations';

export async function workbookToXlsx(fake: FakeAppsScript): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'FunnelMath preview';
  for (const sheet of fake.spreadsheet.getSheets()) {
    const range = sheet.getDataRange();
    const values = range.getValues();
    const formulas = range.getFormulas();
    const formats = range.getNumberFormats();
    const weights = range.getFontWeights();
    const backgrounds = range.getBackgrounds();
    checkWorkbookText(sheet.getName(), `the sheet name "${sheet.getName()}"`);
    const worksheet = workbook.addWorksheet(sheet.getName(), {
      views: sheet.getFrozenRows() > 0 ? [{ state: 'frozen', ySplit: sheet.getFrozenRows() }] : [],
    });
    values.forEach((row, rowIndex) => {
      row.forEach((value, columnIndex) => {
        const formula = formulas[rowIndex][columnIndex];
        if (!formula && value === '') return;
        const cell = worksheet.getCell(rowIndex + 1, columnIndex + 1);
        // Text typed into the preview may hold what XML cannot: refuse it, naming the cell.
        if (typeof value === 'string' || formula)
          checkWorkbookText(
            formula || String(value),
            `sheet "${sheet.getName()}", cell ${cell.address}`,
          );
        cell.value = formula
          ? { formula: formula.slice(1), result: cachedResult(value) }
          : (value as string | number | boolean);
        const format = formats[rowIndex][columnIndex];
        if (format && format !== '0.###############') cell.numFmt = format;
        if (weights[rowIndex][columnIndex] === 'bold') cell.font = { bold: true };
        const background = backgrounds[rowIndex][columnIndex];
        if (background && background !== '#ffffff') {
          cell.fill = {
            type: 'pattern',
            pattern: 'solid',
            fgColor: { argb: `FF${background.slice(1).toUpperCase()}` },
          };
        }
      });
    });
    addSheetValidations(worksheet, sheet);
    for (let column = 1; column <= sheet.getLastColumn(); column++) {
      const pixels = sheet.getColumnWidth(column);
      // Sheets measures in pixels, Excel in characters of about 7 pixels.
      if (pixels) worksheet.getColumn(column).width = Math.round(pixels / 7);
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const xlsxErrors: readonly ExcelJS.CellErrorValue['error'][] = [
  '#N/A',
  '#REF!',
  '#NAME?',
  '#DIV/0!',
  '#NULL!',
  '#VALUE!',
  '#NUM!',
];

/** An error code is cached as an xlsx error (#ERROR!, Sheets' own, has no xlsx twin: #VALUE!). */
function cachedResult(value: unknown): ExcelJS.CellFormulaValue['result'] {
  if (typeof value === 'string' && /^#[A-Z0-9/]+[!?]?$/.test(value)) {
    const known = xlsxErrors.find((code) => code === value);
    return { error: known ?? '#VALUE!' };
  }
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
    return value;
  return undefined;
}
