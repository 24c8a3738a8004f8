/**
 * The preview's download keeps each cell's data validation: the rule on the fake sheet, read
 * back as the layout's validation (cellValidationOf), written by the CLI's own .xlsx rule
 * writer, so the preview's file refuses what Sheets and the CLI's file refuse.
 */
import type ExcelJS from 'exceljs';
import { xlsxValidation } from '../cli/xlsxValidations';
import { a1 } from '../layout/a1';
import { cellValidationOf } from './cellValidation';

export function addSheetValidations(
  worksheet: ExcelJS.Worksheet,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
): void {
  sheet
    .getDataRange()
    .getDataValidations()
    .forEach((row, rowIndex) => {
      row.forEach((rule, columnIndex) => {
        const address = a1(rowIndex, columnIndex);
        const validation = rule && cellValidationOf(rule, address);
        if (validation)
          worksheet.getCell(address).dataValidation = xlsxValidation(validation, address);
      });
    });
}
