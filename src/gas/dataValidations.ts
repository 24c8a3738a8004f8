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

/** The Sheets criterion of a rule, as data: what the builder is asked to require. */
export type SheetsCriterion =
  | { readonly require: 'numberBetween'; readonly low: number; readonly high: number }
  | {
      readonly require: 'numberGreaterThan' | 'numberAtLeast' | 'numberAtMost';
      readonly value: number;
    }
  | { readonly require: 'formula'; readonly formula: string }
  | { readonly require: 'list'; readonly values: readonly string[] }
  | {
      readonly require: 'date';
      readonly onOrAfter?: CalendarDate;
      readonly onOrBefore?: CalendarDate;
    };

/**
 * A layout's validations as Sheets DataValidation rules, one per cell (null where none), for
 * one batched Range.setDataValidations over the layout's range. Each rule rejects what it
 * does not allow (setAllowInvalid(false)) and shows the layout's help sentence. Building a
 * rule touches no document, so the writer's document calls stay constant; cells with the
 * same criterion and help share one rule, so the same rule on every stage is built once.
 */
export function dataValidationGrid(layout: SheetLayout): (DataValidation | null)[][] | null {
  const built = new Map<string, DataValidation>();
  const grid = layout.cells.map((row, rowIndex) =>
    row.map((cell, columnIndex) => {
      if (!cell?.validation) return null;
      const criterion = sheetsCriterion(cell.validation, a1(rowIndex, columnIndex));
      const key = JSON.stringify([criterion, cell.validation.help]);
      const rule = built.get(key) ?? buildRule(criterion, cell.validation.help);
      built.set(key, rule);
      return rule;
    }),
  );
  return built.size > 0 ? grid : null;
}

/**
 * Sheets' criterion for a validation of the cell at `cellA1`. Sheets has no "whole number"
 * criterion and none for "greater than ... and at most ...": those become a custom formula
 * over the cell itself (which is why such a rule belongs to its one cell).
 */
export function sheetsCriterion(validation: CellValidation, cellA1: string): SheetsCriterion {
  switch (validation.kind) {
    case 'list':
      return { require: 'list', values: listValues(validation) };
    case 'date':
      return { require: 'date', ...dateBounds(validation) };
    case 'number': {
      const limits = numberLimits(validation);
      const { lower, upper } = limits;
      if (!limits.whole) {
        if (lower?.inclusive && upper)
          return { require: 'numberBetween', low: lower.value, high: upper.value };
        if (lower && !upper)
          return {
            require: lower.inclusive ? 'numberAtLeast' : 'numberGreaterThan',
            value: lower.value,
          };
        if (upper && !lower) return { require: 'numberAtMost', value: upper.value };
      }
      return { require: 'formula', formula: `=${numberFormula(limits, cellA1)}` };
    }
  }
}

function buildRule(criterion: SheetsCriterion, help: string): DataValidation {
  const builder = SpreadsheetApp.newDataValidation();
  const withCriterion = (() => {
    switch (criterion.require) {
      case 'numberBetween':
        return builder.requireNumberBetween(criterion.low, criterion.high);
      case 'numberGreaterThan':
        return builder.requireNumberGreaterThan(criterion.value);
      case 'numberAtLeast':
        return builder.requireNumberGreaterThanOrEqualTo(criterion.value);
      case 'numberAtMost':
        return builder.requireNumberLessThanOrEqualTo(criterion.value);
      case 'formula':
        return builder.requireFormulaSatisfied(criterion.formula);
      case 'list':
        return builder.requireValueInList([...criterion.values], true);
      case 'date': {
        const after = criterion.onOrAfter && scriptDate(criterion.onOrAfter);
        const before = criterion.onOrBefore && scriptDate(criterion.onOrBefore);
        if (after && before) return builder.requireDateBetween(after, before);
        if (after) return builder.requireDateOnOrAfter(after);
        if (before) return builder.requireDateOnOrBefore(before);
        return builder.requireDate();
      }
    }
  })();
  return withCriterion.setHelpText(help).setAllowInvalid(false).build();
}

/**
 * Midnight of that day in the script's time zone: Sheets reads a Date in that zone, so a
 * UTC midnight would be the evening before anywhere west of Greenwich.
 */
function scriptDate({ year, month, day }: CalendarDate): GoogleAppsScript.Base.Date {
  return new Date(year, month - 1, day);
}
