import type { CellValidation } from '../layout/types';
import { dateBounds, listValues, numberLimits } from '../layout/validationRules';

/**
 * Whether a value now in an input cell breaks the cell's validation (the same rule every
 * writer installs as the cell's data validation). An empty cell breaks nothing: the
 * programs do not validate blanks, and an optional input may stay empty.
 */

/** Days from the spreadsheet epoch (1899-12-30) to a day, the serial a date cell holds. */
function serialOfDay(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A date cell as its serial number: Sheets and exceljs hand back a Date, engines a number. */
function dateSerialOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (isDate(value) && !Number.isNaN(value.getTime())) {
    return serialOfDay(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  return undefined;
}

export function breaksValidation(value: unknown, validation: CellValidation): boolean {
  if (value === '' || value === null || value === undefined) return false;
  switch (validation.kind) {
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return true;
      const { lower, upper, whole } = numberLimits(validation);
      if (lower && (lower.inclusive ? value < lower.value : value <= lower.value)) return true;
      if (upper && value > upper.value) return true;
      return whole && !Number.isInteger(value);
    }
    case 'list':
      return !listValues(validation).includes(String(value));
    case 'date': {
      const serial = dateSerialOf(value);
      if (serial === undefined) return true;
      const { onOrAfter, onOrBefore } = dateBounds(validation);
      const day = Math.floor(serial);
      if (onOrAfter && day < serialOfDay(onOrAfter.year, onOrAfter.month, onOrAfter.day))
        return true;
      return (
        onOrBefore !== undefined &&
        day > serialOfDay(onOrBefore.year, onOrBefore.month, onOrBefore.day)
      );
    }
  }
}
