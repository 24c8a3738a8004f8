import ExcelJS from 'exceljs';
import { a1 } from '../layout/a1';
import { conditionalFills, styleOf } from '../layout/styles';
import type { Cell, SheetLayout, WorkbookLayout } from '../layout/types';
import { checkWorkbookText } from '../layout/workbookText';
import { addCharts } from './xlsxCharts';
import { addDataValidations } from './xlsxValidations';

/**
 * The .xlsx writer: the same layouts the Apps Script writer sends to Sheets, interpreted
 * with exceljs. Formulas stay live (no cached results: Excel recalculates on load, and
 * LibreOffice does with OOXMLRecalcMode=0), text is written as strings, so a stage named
 * "=IMPORTXML(...)" is text here too, with the same number formats, roles and notes.
 *
 * Charts: exceljs has no chart API, so xlsxCharts.ts adds the layout's charts to the file
 * exceljs wrote, as DrawingML chart parts over the same live cells.
 */

/** Pixels to Excel's column width unit (characters of the default font, about 7 px each). */
const PIXELS_PER_CHARACTER = 7;

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

function cellValue(cell: Cell): ExcelJS.CellValue {
  if ('formula' in cell)
    return { formula: cell.formula.replace(/^=/, '') } as ExcelJS.CellFormulaValue;
  return cell.value;
}

function writeCell(target: ExcelJS.Cell, cell: Cell): void {
  if ('formula' in cell || cell.value !== '') target.value = cellValue(cell);
  if (cell.numberFormat) target.numFmt = cell.numberFormat;
  const style = styleOf(cell.role);
  target.font = { bold: style.bold, size: style.fontSize, color: { argb: argb(style.fontColor) } };
  if (style.background) {
    target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.background) } };
  }
  if (cell.note) target.note = cell.note;
}

/** Every text of the layout is storable in XML, or the write stops before the file exists. */
function checkLayoutText(layout: SheetLayout): void {
  checkWorkbookText(layout.name, `the sheet name "${layout.name}"`);
  layout.cells.forEach((row, rowIndex) => {
    row.forEach((cell, columnIndex) => {
      if (!cell) return;
      const where = `sheet "${layout.name}", cell ${a1(rowIndex, columnIndex)}`;
      const text = 'formula' in cell ? cell.formula : cell.value;
      if (typeof text === 'string') checkWorkbookText(text, where);
      if (cell.note) checkWorkbookText(cell.note, `the note of ${where}`);
    });
  });
  for (const chart of layout.charts)
    checkWorkbookText(chart.title, `a chart title of sheet "${layout.name}"`);
}

function addSheet(workbook: ExcelJS.Workbook, layout: SheetLayout): void {
  checkLayoutText(layout);
  const worksheet = workbook.addWorksheet(layout.name, {
    views: layout.frozenRows > 0 ? [{ state: 'frozen', ySplit: layout.frozenRows }] : [],
  });
  layout.columnWidths.forEach((widthPx, index) => {
    worksheet.getColumn(index + 1).width = Math.round((widthPx / PIXELS_PER_CHARACTER) * 10) / 10;
  });
  layout.cells.forEach((row, rowIndex) => {
    row.forEach((cell, columnIndex) => {
      if (cell) writeCell(worksheet.getCell(rowIndex + 1, columnIndex + 1), cell);
    });
  });
  addDataValidations(worksheet, layout);
  layout.conditionalRules.forEach((rule, index) => {
    worksheet.addConditionalFormatting({
      ref: rule.range,
      rules: [
        {
          type: 'expression',
          priority: index + 1,
          formulae: [rule.formula.replace(/^=/, '')],
          style: {
            fill: {
              type: 'pattern',
              pattern: 'solid',
              bgColor: { argb: argb(conditionalFills[rule.fill]) },
            },
          },
        },
      ],
    });
  });
}

/** The workbook object, for callers that add to it before writing. */
export function layoutsToWorkbook(workbookLayout: WorkbookLayout): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'FunnelMath';
  // No cached results are written: ask Excel to compute every formula when it opens the file.
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const sheet of workbookLayout.sheets) addSheet(workbook, sheet);
  return workbook;
}

/** The .xlsx file of the layouts, one worksheet per layout, in order, charts included. */
export async function layoutsToXlsx(workbookLayout: WorkbookLayout): Promise<Buffer> {
  const data = await layoutsToWorkbook(workbookLayout).xlsx.writeBuffer();
  return addCharts(Buffer.from(data as ArrayBuffer), workbookLayout.sheets);
}
