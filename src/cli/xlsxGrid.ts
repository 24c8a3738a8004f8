/**
 * An .xlsx as the check reads it: each worksheet's values and formulas (SheetGrid,
 * src/check/sheetGrid.ts) and its FunnelMath tag. exceljs reads the cells; the tags are the
 * sheet-scoped names of xlsxTags.ts.
 */
import ExcelJS from 'exceljs';
import type { SheetGrid } from '../check/sheetGrid';
import type { SheetTag } from '../layout/sheetTag';
import { readSheetTags } from './xlsxTags';

export interface XlsxSheet {
  readonly grid: SheetGrid;
  /** Its FunnelMath tag; undefined for a sheet FunnelMath did not write. */
  readonly tag: SheetTag | undefined;
  /** The workbook's sheetId of it (what a dashboard's tag names its goal sheet by). */
  readonly sheetId: number;
}

/** A plain value as Sheets' getValues gives it: errors by their code, rich text as text. */
function plainValue(value: ExcelJS.CellValue | undefined): unknown {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('error' in value) return value.error;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  return '';
}

function gridOf(worksheet: ExcelJS.Worksheet): SheetGrid {
  const values: unknown[][] = [];
  const formulas: string[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const rowValues: unknown[] = [];
    const rowFormulas: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const isFormula = cell.type === ExcelJS.ValueType.Formula;
      // cell.formula translates a shared formula (LibreOffice writes them) for this cell.
      rowFormulas[columnNumber - 1] = isFormula ? `=${cell.formula}` : '';
      // cell.result, not cell.value.result: exceljs's value copy drops a result of 0.
      rowValues[columnNumber - 1] = plainValue(
        isFormula ? (cell.result as ExcelJS.CellValue) : cell.value,
      );
    });
    values[rowNumber - 1] = rowValues;
    formulas[rowNumber - 1] = rowFormulas;
  });
  const dense = <T>(rows: T[][], empty: T): T[][] =>
    Array.from({ length: rows.length }, (_, index) =>
      Array.from(rows[index] ?? [], (cell) => cell ?? empty),
    );
  return { name: worksheet.name, values: dense(values, ''), formulas: dense(formulas, '') };
}

/** Every worksheet of the file, in workbook order, with its tag. */
export async function readXlsxSheets(xlsx: Buffer): Promise<XlsxSheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
  const tags = await readSheetTags(xlsx);
  return workbook.worksheets.map((worksheet, index) => ({
    grid: gridOf(worksheet),
    tag: tags.get(index),
    sheetId: worksheet.id,
  }));
}
