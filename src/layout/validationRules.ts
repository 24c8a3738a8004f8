import type { CellValidation } from './types';

/**
 * What every writer needs to know about a cell's validation, worked out once: the number
 * bounds as one lower and one upper limit, the custom formula for what no single built-in
 * criterion expresses ("> 0 and <= 1", "whole"), and a date's calendar parts. Sheets and
 * .xlsx then pick their own criterion from it; the formula is the same text in both.
 */

export type NumberValidation = Extract<CellValidation, { kind: 'number' }>;
export type ListValidation = Extract<CellValidation, { kind: 'list' }>;
export type DateValidation = Extract<CellValidation, { kind: 'date' }>;

export interface NumberLimit {
  readonly value: number;
  /** True for "at least / at most", false for "greater than". */
  readonly inclusive: boolean;
}

export interface NumberLimits {
  readonly lower?: NumberLimit;
  readonly upper?: NumberLimit;
  readonly whole: boolean;
}

/** The bounds as one lower and one upper limit (the stricter of greaterThan and atLeast). */
export function numberLimits(validation: NumberValidation): NumberLimits {
  const { greaterThan, atLeast, atMost, whole = false } = validation;
  for (const [name, value] of Object.entries({ greaterThan, atLeast, atMost })) {
    if (value !== undefined && !Number.isFinite(value))
      throw new Error(`A number validation's ${name} must be a finite number, not ${value}`);
  }
  let lower: NumberLimit | undefined;
  if (greaterThan !== undefined) lower = { value: greaterThan, inclusive: false };
  if (atLeast !== undefined && (lower === undefined || atLeast > lower.value))
    lower = { value: atLeast, inclusive: true };
  const upper = atMost === undefined ? undefined : { value: atMost, inclusive: true };
  if (
    lower &&
    upper &&
    (upper.value < lower.value || (!lower.inclusive && upper.value === lower.value))
  )
    throw new Error(
      `A number validation allows no value: ${describeLimits({ lower, upper, whole })}`,
    );
  return { ...(lower ? { lower } : {}), ...(upper ? { upper } : {}), whole };
}

/** e.g. "> 0 and <= 1, whole": for error messages. */
function describeLimits(limits: NumberLimits): string {
  const parts = [
    limits.lower && `${limits.lower.inclusive ? '>=' : '>'} ${limits.lower.value}`,
    limits.upper && `<= ${limits.upper.value}`,
    limits.whole && 'whole',
  ].filter(Boolean);
  return parts.join(' and ');
}

/**
 * The condition as a spreadsheet formula over the cell itself, without the leading "=":
 * "AND(ISNUMBER(B5), B5>0, B5<=1)", or "ISNUMBER(B5)" alone. ISNUMBER first, so text is refused rather than compared
 * (text sorts above every number in a comparison). Readable in Sheets' and Excel's dialogs.
 */
export function numberFormula(limits: NumberLimits, cellA1: string): string {
  const conditions = [`ISNUMBER(${cellA1})`];
  if (limits.lower)
    conditions.push(`${cellA1}${limits.lower.inclusive ? '>=' : '>'}${limits.lower.value}`);
  if (limits.upper) conditions.push(`${cellA1}<=${limits.upper.value}`);
  if (limits.whole) conditions.push(`INT(${cellA1})=${cellA1}`);
  return conditions.length === 1 ? conditions[0] : `AND(${conditions.join(', ')})`;
}

export interface CalendarDate {
  readonly year: number;
  /** 1-12. */
  readonly month: number;
  readonly day: number;
}

/** "2027-01-31" as its parts; anything that is not a real calendar day is refused. */
export function calendarDate(iso: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const [year, month, day] = match ? [match[1], match[2], match[3]].map(Number) : [0, 0, 0];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    !match ||
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    throw new Error(`A date validation's bound must be a day written YYYY-MM-DD, not "${iso}"`);
  return { year, month, day };
}

export interface DateBounds {
  readonly onOrAfter?: CalendarDate;
  readonly onOrBefore?: CalendarDate;
}

/** The bounds as calendar days; bounds that allow no day at all are refused. */
export function dateBounds(validation: DateValidation): DateBounds {
  const { onOrAfter, onOrBefore } = validation;
  if (onOrAfter !== undefined && onOrBefore !== undefined && onOrAfter > onOrBefore)
    throw new Error(
      `A date validation allows no day: on or after ${onOrAfter} and on or before ${onOrBefore}`,
    );
  return {
    ...(onOrAfter === undefined ? {} : { onOrAfter: calendarDate(onOrAfter) }),
    ...(onOrBefore === undefined ? {} : { onOrBefore: calendarDate(onOrBefore) }),
  };
}

/** The choices of a list rule: at least one, each once. */
export function listValues(validation: ListValidation): readonly string[] {
  if (validation.values.length === 0)
    throw new Error('A list validation needs at least one value to choose from');
  const repeated = validation.values.find(
    (value, index) => validation.values.indexOf(value) !== index,
  );
  if (repeated !== undefined) throw new Error(`A list validation offers "${repeated}" twice`);
  return validation.values;
}
