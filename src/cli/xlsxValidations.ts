import type ExcelJS from 'exceljs';
import { a1 } from '../layout/a1';
import type { CellValidation, SheetLayout } from '../layout/types';
import { dateBounds, listValues, numberFormula, numberLimits } from '../layout/validationRules';

/**
 * A layout's data validations in an .xlsx: each validated cell refuses what its rule does
 * not allow (errorStyle "stop"), and the help sentence is both the prompt shown on the cell
 * and the error message. Excel and LibreOffice read these; blanks stay allowed, as in Sheets.
 */

/** Excel refuses to open a file whose prompt or error text is longer. */
const MAX_MESSAGE_LENGTH = 225;
/** Excel's limit on an inline list, quotes and commas included. */
const MAX_LIST_FORMULA_LENGTH = 255;
/**
 * The floor of an unbounded date rule: exceljs counts serials from 1899-12-30, Excel from
 * 1900-01-00 with a false 29 Feb 1900, so both agree only from 1 March 1900 (serial 61).
 */
const FIRST_COMMON_DATE = '1900-03-01';

export function addDataValidations(worksheet: ExcelJS.Worksheet, layout: SheetLayout): void {
  layout.cells.forEach((row, rowIndex) => {
    row.forEach((cell, columnIndex) => {
      if (!cell?.validation) return;
      const address = a1(rowIndex, columnIndex);
      worksheet.getCell(address).dataValidation = xlsxValidation(cell.validation, address);
    });
  });
}

/** One cell's rule; `cellA1` is where it sits (a custom formula refers to the cell itself). */
export function xlsxValidation(validation: CellValidation, cellA1: string): ExcelJS.DataValidation {
  if (validation.help.length > MAX_MESSAGE_LENGTH)
    throw new Error(
      `The help text of ${cellA1} has ${validation.help.length} characters; a spreadsheet file allows ${MAX_MESSAGE_LENGTH}`,
    );
  return {
    ...criterion(validation, cellA1),
    allowBlank: true,
    showInputMessage: true,
    prompt: validation.help,
    showErrorMessage: true,
    errorStyle: 'stop',
    error: validation.help,
  };
}

type Criterion = Pick<ExcelJS.DataValidation, 'type' | 'operator' | 'formulae'>;

function criterion(validation: CellValidation, cellA1: string): Criterion {
  switch (validation.kind) {
    case 'list':
      return { type: 'list', formulae: [inlineList(listValues(validation), cellA1)] };
    case 'date': {
      // exceljs writes each bound, given as "YYYY-MM-DD", as its serial number.
      dateBounds(validation);
      const { onOrAfter: after, onOrBefore: before } = validation;
      if (after !== undefined && before !== undefined)
        return { type: 'date', operator: 'between', formulae: [after, before] };
      if (before !== undefined)
        return { type: 'date', operator: 'lessThanOrEqual', formulae: [before] };
      return {
        type: 'date',
        operator: 'greaterThanOrEqual',
        formulae: [after ?? FIRST_COMMON_DATE],
      };
    }
    case 'number': {
      const limits = numberLimits(validation);
      const { lower, upper } = limits;
      const type = limits.whole ? 'whole' : 'decimal';
      if (lower?.inclusive && upper)
        return { type, operator: 'between', formulae: [lower.value, upper.value] };
      if (lower && !upper)
        return {
          type,
          operator: lower.inclusive ? 'greaterThanOrEqual' : 'greaterThan',
          formulae: [lower.value],
        };
      if (upper && !lower) return { type, operator: 'lessThanOrEqual', formulae: [upper.value] };
      // "> 0 and <= 1", or no bound at all: no single operator says it.
      return { type: 'custom', formulae: [numberFormula(limits, cellA1)] };
    }
  }
}

/** '"EUR,USD"': an inline list cannot hold a comma inside a value; quotes are doubled. */
function inlineList(values: readonly string[], cellA1: string): string {
  const withComma = values.find((value) => value.includes(','));
  if (withComma !== undefined)
    throw new Error(
      `The list of ${cellA1} has "${withComma}": a list value cannot contain a comma`,
    );
  const formula = `"${values.map((value) => value.replace(/"/g, '""')).join(',')}"`;
  if (formula.length > MAX_LIST_FORMULA_LENGTH)
    throw new Error(
      `The list of ${cellA1} is ${formula.length} characters long; a spreadsheet file allows ${MAX_LIST_FORMULA_LENGTH}`,
    );
  return formula;
}
