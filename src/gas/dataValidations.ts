import { a1 } from '../layout/a1';
import type { CellValidation, SheetLayout } from '../layout/types';
import {
  type CalendarDate,
  dateBounds,
  listValues,
  numberFormula,
  numberLimits,
} from '../layout/validationRules';

type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type DataValidationBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;

/**
 * A layout's validations as Sheets DataValidation rules, one per cell (null where none), for
 * one batched Range.setDataValidations over the layout's range. Each rule rejects what it
 * does not allow (setAllowInvalid(false)) and shows the layout's help sentence. Building a
 * rule touches no document, so the writer's document calls stay constant.
 */
export function dataValidationGrid(layout: SheetLayout): (DataValidation | null)[][] | null {
  let any = false;
  const grid = layout.cells.map((row, rowIndex) =>
    row.map((cell, columnIndex) => {
      if (!cell?.validation) return null;
      any = true;
      return dataValidation(cell.validation, a1(rowIndex, columnIndex));
    }),
  );
  return any ? grid : null;
}

/** One cell's rule; `cellA1` is where it sits (a custom formula refers to the cell itself). */
export function dataValidation(validation: CellValidation, cellA1: string): DataValidation {
  return withCriterion(SpreadsheetApp.newDataValidation(), validation, cellA1)
    .setHelpText(validation.help)
    .setAllowInvalid(false)
    .build();
}

function withCriterion(
  builder: DataValidationBuilder,
  validation: CellValidation,
  cellA1: string,
): DataValidationBuilder {
  switch (validation.kind) {
    case 'list':
      return builder.requireValueInList([...listValues(validation)], true);
    case 'date': {
      const { onOrAfter, onOrBefore } = dateBounds(validation);
      const after = onOrAfter && scriptDate(onOrAfter);
      const before = onOrBefore && scriptDate(onOrBefore);
      if (after && before) return builder.requireDateBetween(after, before);
      if (after) return builder.requireDateOnOrAfter(after);
      if (before) return builder.requireDateOnOrBefore(before);
      return builder.requireDate();
    }
    case 'number': {
      const limits = numberLimits(validation);
      const { lower, upper } = limits;
      if (!limits.whole) {
        if (lower?.inclusive && upper)
          return builder.requireNumberBetween(lower.value, upper.value);
        if (lower && !upper)
          return lower.inclusive
            ? builder.requireNumberGreaterThanOrEqualTo(lower.value)
            : builder.requireNumberGreaterThan(lower.value);
        if (upper && !lower) return builder.requireNumberLessThanOrEqualTo(upper.value);
      }
      // Sheets has no "whole number" criterion and none for "greater than ... and at most ...".
      return builder.requireFormulaSatisfied(`=${numberFormula(limits, cellA1)}`);
    }
  }
}

/**
 * Midnight of that day in the script's time zone: Sheets reads a Date in that zone, so a
 * UTC midnight would be the evening before anywhere west of Greenwich.
 */
function scriptDate({ year, month, day }: CalendarDate): GoogleAppsScript.Base.Date {
  return new Date(year, month - 1, day);
}
