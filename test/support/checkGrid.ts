/**
 * A HyperFormula workbook as the check reads it (values and formulas per cell), and a check's
 * fix applied to it the way Sheets applies one (insert rows with references moving, then
 * write cells): the check core proven on a real spreadsheet engine.
 */
import { DetailedCellError, type HyperFormula } from 'hyperformula';
import type { SheetFix } from '../../src/check';
import type { SheetGrid } from '../../src/check/sheetGrid';

export function gridOfEngine(engine: HyperFormula, sheetName: string): SheetGrid {
  const sheet = engine.getSheetId(sheetName);
  if (sheet === undefined) throw new Error(`no sheet ${sheetName}`);
  const { height, width } = engine.getSheetDimensions(sheet);
  const values: unknown[][] = [];
  const formulas: string[][] = [];
  for (let row = 0; row < height; row++) {
    values.push([]);
    formulas.push([]);
    for (let col = 0; col < width; col++) {
      const value = engine.getCellValue({ sheet, row, col });
      values[row].push(value instanceof DetailedCellError ? value.value : (value ?? ''));
      formulas[row].push(engine.getCellFormula({ sheet, row, col }) ?? '');
    }
  }
  return { name: sheetName, values, formulas };
}

/** Applies a fix as the Sheets side does: rows back first, then the cells. */
export function applyFixToEngine(engine: HyperFormula, fix: SheetFix): void {
  const sheet = engine.getSheetId(fix.sheet);
  if (sheet === undefined) throw new Error(`no sheet ${fix.sheet}`);
  for (const insertion of fix.insertRows)
    engine.addRows(sheet, [insertion.beforeRow, insertion.count]);
  for (const write of fix.writes) {
    const content =
      'formula' in write.content
        ? write.content.formula
        : typeof write.content.value === 'string' && write.content.value !== ''
          ? `'${write.content.value}`
          : write.content.value;
    engine.setCellContents({ sheet, row: write.row, col: write.column }, [[content]]);
  }
}
