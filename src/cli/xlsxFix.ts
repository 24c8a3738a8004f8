/**
 * A check's fix applied to an .xlsx: rows put back (every formula of the workbook that
 * points below them moved, as Excel does on "insert rows"), then the reported cells
 * written, then FunnelMath's charts and tags stored again.
 *
 * The workbook goes through exceljs, which keeps every cell, style, number format, note,
 * conditional format and data validation it reads, but drops charts and the tags' defined
 * names: FunnelMath's charts are drawn again from each tagged sheet's layout and the tags
 * written again (raised to this version where the fix upgrades a sheet). A sheet whose rows
 * are put back gets its conditional formats and validations from the layout (exceljs would
 * leave them on the old rows). Formulas lose their cached results and are recomputed when
 * the file opens (fullCalcOnLoad).
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { SheetCheck } from '../check/checkSheet';
import { shiftRows } from '../check/formulaText';
import type { SheetTag } from '../layout/sheetTag';
import type { SheetLayout } from '../layout/types';
import { addConditionalRules } from './xlsx';
import { chartsPerSheet } from './xlsxChartCount';
import { addCharts } from './xlsxCharts';
import { addPrintPages } from './xlsxPrintPages';
import { writeSheetTags } from './xlsxTags';
import { addDataValidations } from './xlsxValidations';

/** One tagged sheet of the file: its position, its tag, its layout, what the check found. */
export interface CheckedXlsxSheet {
  /** 0-based, workbook order. */
  readonly index: number;
  readonly tag: SheetTag;
  /** The layout FunnelMath writes for it (its charts, rules and validations). */
  readonly layout: SheetLayout;
  readonly check: SheetCheck;
}

/** Every formula of the workbook after `count` rows were inserted before `beforeRow` (1-based) of `sheetName`. */
function moveReferences(
  workbook: ExcelJS.Workbook,
  sheetName: string,
  beforeRow: number,
  count: number,
): void {
  for (const worksheet of workbook.worksheets) {
    worksheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        const formula = cell.formula;
        const moved = shiftRows(formula, worksheet.name, sheetName, beforeRow, count);
        if (moved !== formula) cell.value = { formula: moved } as ExcelJS.CellFormulaValue;
      });
    });
  }
}

function putRowsBack(
  workbook: ExcelJS.Workbook,
  worksheet: ExcelJS.Worksheet,
  sheet: CheckedXlsxSheet,
) {
  for (const { beforeRow, count } of sheet.check.fix.insertRows) {
    worksheet.spliceRows(beforeRow + 1, 0, ...Array.from({ length: count }, () => []));
    moveReferences(workbook, worksheet.name, beforeRow + 1, count);
  }
  if (sheet.check.fix.insertRows.length === 0) return;
  // Any other filter than a function or an index removes them all.
  worksheet.removeConditionalFormatting(undefined);
  // exceljs keeps validations in a model its typings leave out; a fresh one is empty.
  (worksheet as unknown as { dataValidations: { model: object } }).dataValidations.model = {};
  addConditionalRules(worksheet, sheet.layout);
  addDataValidations(worksheet, sheet.layout);
}

function writeCells(worksheet: ExcelJS.Worksheet, sheet: CheckedXlsxSheet): void {
  for (const write of sheet.check.fix.writes) {
    const cell = worksheet.getCell(write.row + 1, write.column + 1);
    cell.value =
      'formula' in write.content
        ? ({ formula: write.content.formula.replace(/^=/, '') } as ExcelJS.CellFormulaValue)
        : // A string value is written as text: exceljs never turns it into a formula.
          write.content.value;
  }
}

/**
 * Stops before writing when the file has charts FunnelMath did not draw: exceljs would drop
 * them, and the user's work is never lost silently.
 */
async function refuseToDropCharts(xlsx: Buffer, sheets: readonly CheckedXlsxSheet[]) {
  const drawn = new Map(sheets.map((sheet) => [sheet.index, sheet.layout.charts.length]));
  const counts = await chartsPerSheet(xlsx);
  const names = await sheetNames(xlsx);
  const extra = counts.flatMap((count, index) => {
    const own = drawn.get(index) ?? 0;
    return count > own ? [`${count - own} on sheet "${names[index]}"`] : [];
  });
  if (extra.length > 0) {
    throw new Error(
      `the workbook has charts FunnelMath did not draw (${extra.join(', ')}); the fix cannot carry them and writes nothing: restore the reported cells in Excel or LibreOffice, or move those charts out first`,
    );
  }
}

async function sheetNames(xlsx: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(xlsx);
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  return [...workbook.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((match) => match[1]);
}

/** The fixed file; sheets FunnelMath did not write are carried over as exceljs reads them. */
export async function fixXlsx(xlsx: Buffer, sheets: readonly CheckedXlsxSheet[]): Promise<Buffer> {
  await refuseToDropCharts(xlsx, sheets);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
  workbook.calcProperties.fullCalcOnLoad = true;
  const worksheets = workbook.worksheets;
  for (const sheet of sheets) {
    const worksheet = worksheets[sheet.index];
    putRowsBack(workbook, worksheet, sheet);
    writeCells(worksheet, sheet);
  }
  const written = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  const byIndex = new Map(sheets.map((sheet) => [sheet.index, sheet]));
  const layouts = worksheets.map(
    (worksheet, index): SheetLayout =>
      byIndex.get(index)?.layout ?? {
        name: worksheet.name,
        cells: [],
        columnWidths: [],
        frozenRows: 0,
        inputs: [],
        charts: [],
        conditionalRules: [],
      },
  );
  const withCharts = await addCharts(await addPrintPages(written, layouts, xlsx), layouts);
  return writeSheetTags(
    withCharts,
    worksheets.map((_, index) => {
      const sheet = byIndex.get(index);
      return sheet && (sheet.check.fix.retag ?? sheet.tag);
    }),
  );
}
