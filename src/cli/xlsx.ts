import ExcelJS from 'exceljs';
import { a1, columnLetter } from '../layout/a1';
import type { SheetTag } from '../layout/sheetTag';
import { conditionalFills, styleOf } from '../layout/styles';
import type { Cell, SheetLayout, WorkbookLayout } from '../layout/types';
import { checkWorkbookText } from '../layout/workbookText';
import { addCharts } from './xlsxCharts';
import { addPrintPages } from './xlsxPrintPages';
import { rowHeightPt } from './xlsxRows';
import { writeSheetTags } from './xlsxTags';
import { addDataValidations } from './xlsxValidations';

/**
 * The one .xlsx writer: the same layouts the Apps Script writer sends to Sheets, interpreted
 * with exceljs, for the CLI (layouts built from a plan) and the preview's download (layouts
 * read back from its spreadsheet, with the person's edits). Formulas stay live; text is
 * written as strings, so a stage named "=IMPORTXML(...)" is text here too, with the same
 * number formats, roles, notes, conditional rules, charts and print setup.
 *
 * Cached results: Excel recalculates on load (fullCalcOnLoad) and LibreOffice does with
 * OOXMLRecalcMode=0, but a viewer that does not recalculate shows a formula's cached
 * result. Where the caller knows it (the preview computed it), it is written, in the cells
 * and in the charts' caches (which also carry the layout's literal cells, known to both).
 *
 * Charts: exceljs has no chart API, so xlsxCharts.ts adds the layout's charts to the file
 * exceljs wrote, as DrawingML chart parts over the same live cells.
 */

/** A formula's computed result, as a spreadsheet shows it; errors by their code. */
export type CachedResult = number | string | boolean | { readonly error: string };

export interface XlsxOptions {
  /** The known result of the formula at (0-based row, column) of a sheet, if any. */
  readonly cachedResult?: (
    sheetIndex: number,
    row: number,
    column: number,
  ) => CachedResult | undefined;
  /** Each sheet's FunnelMath tag (same order as the layouts), stored as a sheet-scoped name. */
  readonly tags?: readonly (SheetTag | undefined)[];
}

/** Pixels to Excel's column width unit (characters of the default font, about 7 px each). */
const PIXELS_PER_CHARACTER = 7;

const xlsxErrors: readonly ExcelJS.CellErrorValue['error'][] = [
  '#N/A',
  '#REF!',
  '#NAME?',
  '#DIV/0!',
  '#NULL!',
  '#VALUE!',
  '#NUM!',
];

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/** An error has its xlsx code; Sheets' own #ERROR! has no xlsx twin and becomes #VALUE!. */
function xlsxResult(result: CachedResult | undefined): ExcelJS.CellFormulaValue['result'] {
  if (result === undefined) return undefined;
  if (typeof result === 'object') {
    return { error: xlsxErrors.find((code) => code === result.error) ?? '#VALUE!' };
  }
  return result;
}

function cellValue(cell: Cell, cached: CachedResult | undefined): ExcelJS.CellValue {
  if ('formula' in cell) {
    const result = xlsxResult(cached);
    const formula = cell.formula.replace(/^=/, '');
    return (result === undefined ? { formula } : { formula, result }) as ExcelJS.CellFormulaValue;
  }
  return cell.value;
}

function writeCell(target: ExcelJS.Cell, cell: Cell, cached: CachedResult | undefined): void {
  if ('formula' in cell || cell.value !== '') target.value = cellValue(cell, cached);
  if (cell.numberFormat) target.numFmt = cell.numberFormat;
  const style = styleOf(cell.role);
  target.font = { bold: style.bold, size: style.fontSize, color: { argb: argb(style.fontColor) } };
  if (style.background) {
    target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.background) } };
  }
  // A header's lines start at the top of its band; a wrapped row label ends on its row's
  // bottom line, where the row's values sit (Sheets' default, so both writers agree).
  if (style.wrap)
    target.alignment = { wrapText: true, vertical: cell.role === 'header' ? 'top' : 'bottom' };
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

/**
 * The page header: the title at the left (bold), the page number at the right. "&" starts a
 * header code, so the title's own are doubled.
 */
function pageHeader(title: string): string {
  return `&L&"-,Bold"${title.replace(/&/g, '&&')}&R&P / &N`;
}

/**
 * Landscape or portrait, headers repeated, pages broken before blocks; fitted to one page
 * wide, or, for a sheet too wide to read that way, at the layout's scale over the pages its
 * column breaks start (a fixed scale: Excel ignores manual breaks in fit-to-page mode).
 */
function applyPrintSetup(worksheet: ExcelJS.Worksheet, layout: SheetLayout): void {
  const print = layout.print;
  const scaled = print?.scalePercent !== undefined;
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    orientation: print?.orientation ?? 'portrait',
    ...(scaled
      ? { fitToPage: false, scale: print.scalePercent, pageOrder: 'overThenDown' }
      : { fitToPage: true, fitToWidth: 1, fitToHeight: 0 }),
    ...(print?.repeatColumns
      ? {
          printTitlesColumn: `${columnLetter(print.repeatColumns.first - 1)}:${columnLetter(print.repeatColumns.last - 1)}`,
        }
      : {}),
  };
  if (print?.pageTitle) worksheet.headerFooter = { oddHeader: pageHeader(print.pageTitle) };
  // exceljs breaks the page below a row: a break before row r goes below row r - 1.
  for (const row of print?.pageBreaksBefore ?? []) {
    if (row > 1) worksheet.getRow(row - 1).addPageBreak();
  }
}

/** The layout's conditional colours on the worksheet (also used when a check fix restores them). */
export function addConditionalRules(worksheet: ExcelJS.Worksheet, layout: SheetLayout): void {
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

function addSheet(
  workbook: ExcelJS.Workbook,
  layout: SheetLayout,
  cachedAt: (row: number, column: number) => CachedResult | undefined,
): void {
  checkLayoutText(layout);
  const worksheet = workbook.addWorksheet(layout.name, {
    views: layout.frozenRows > 0 ? [{ state: 'frozen', ySplit: layout.frozenRows }] : [],
  });
  layout.columnWidths.forEach((widthPx, index) => {
    worksheet.getColumn(index + 1).width = Math.round((widthPx / PIXELS_PER_CHARACTER) * 10) / 10;
  });
  layout.cells.forEach((row, rowIndex) => {
    row.forEach((cell, columnIndex) => {
      if (cell)
        writeCell(
          worksheet.getCell(rowIndex + 1, columnIndex + 1),
          cell,
          cachedAt(rowIndex, columnIndex),
        );
    });
    const height = rowHeightPt(layout, rowIndex);
    if (height !== undefined) worksheet.getRow(rowIndex + 1).height = height;
  });
  addDataValidations(worksheet, layout);
  addConditionalRules(worksheet, layout);
  applyPrintSetup(worksheet, layout);
}

/** The workbook object, for callers that add to it before writing. */
export function layoutsToWorkbook(
  workbookLayout: WorkbookLayout,
  options: XlsxOptions = {},
): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'FunnelMath';
  // Ask Excel to compute every formula when it opens the file, whatever is cached.
  workbook.calcProperties.fullCalcOnLoad = true;
  workbookLayout.sheets.forEach((sheet, sheetIndex) => {
    addSheet(workbook, sheet, (row, column) => options.cachedResult?.(sheetIndex, row, column));
  });
  return workbook;
}

/** The .xlsx file of the layouts, one worksheet per layout, in order, charts included. */
export async function layoutsToXlsx(
  workbookLayout: WorkbookLayout,
  options: XlsxOptions = {},
): Promise<Buffer> {
  const data = await layoutsToWorkbook(workbookLayout, options).xlsx.writeBuffer();
  const withCharts = await addCharts(
    await addPrintPages(Buffer.from(data as ArrayBuffer), workbookLayout.sheets),
    workbookLayout.sheets,
    options.cachedResult,
  );
  return options.tags ? writeSheetTags(withCharts, options.tags) : withCharts;
}
