import { readNumericText } from './numericText';
import type { ArgKind, CellInput } from './types';

/** Days between the spreadsheet epoch (1899-12-30) and the Unix epoch. */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

/** A Date as a spreadsheet serial number (days since 1899-12-30, fractional for time). */
export function dateToSerial(date: Date): number {
  // Sheets hands dates to custom functions as wall-clock Dates: read them as such.
  const wallClockMs = date.getTime() - date.getTimezoneOffset() * 60_000;
  return (wallClockMs - SERIAL_EPOCH_MS) / MS_PER_DAY;
}

/** Where a bad element sits, for the error message ("row 3, column 1"). */
export interface Position {
  readonly row: number;
  readonly column: number;
}

/** A validation failure; the engine prefixes the typed function name. */
export class InputError extends Error {}

// Read once: a global lookup per cell is slow where the bundle runs in a node:vm context.
const objectToString = Object.prototype.toString;
const isFiniteNumber = Number.isFinite;

/**
 * A Date from any realm: Apps Script builds argument Dates itself, and a test may hand the
 * bundle Dates made outside its node:vm context, where `instanceof Date` is false.
 */
export function isDate(value: unknown): value is Date {
  return objectToString.call(value) === '[object Date]';
}

export function describeValue(value: CellInput): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (isDate(value)) {
    return Number.isNaN(value.getTime()) ? 'an invalid date' : `the date ${value.toISOString()}`;
  }
  // Only a script caller can pass these; String() would print an object as "[object Object]".
  if (typeof value === 'object' && value !== null) return 'an object';
  if (typeof value === 'function' || typeof value === 'symbol') return `a ${typeof value}`;
  if (typeof value === 'bigint') return `${value}n`;
  return String(value);
}

function where(position: Position | undefined): string {
  return position ? ` (row ${position.row}, column ${position.column})` : '';
}

export function isBlank(value: CellInput): boolean {
  return (
    value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
  );
}

/** Numeric text as a number, or the error that says how to type it (rule 4). */
function numberFromText(argName: string, text: string, at: string): number {
  const reading = readNumericText(text);
  const value = describeValue(text);
  switch (reading.kind) {
    case 'number':
      if (!Number.isFinite(reading.value)) {
        throw new InputError(`${argName} is ${value}${at}, which is too large to be a number`);
      }
      return reading.value;
    case 'not-a-number':
      throw new InputError(`${argName} is ${value}${at}, which is not a number`);
    case 'decimal-comma-only':
      throw new InputError(
        `${argName} is ${value}${at}, which is a number only with a decimal comma; enter ${reading.typed} as a number, not as text`,
      );
    case 'ambiguous':
      throw new InputError(
        `${argName} is ${value}${at}, which is ${reading.withPoint} with a decimal point but ${reading.withComma} with a decimal comma; enter ${reading.withPoint} or ${reading.withComma} as a number, not as text`,
      );
  }
}

/** The plain numbers an argument of `kind` takes as they are (every other value needs the rules). */
export interface PlainBounds {
  readonly lowest: number;
  readonly highest: number;
}

const FINITE: PlainBounds = { lowest: -Number.MAX_VALUE, highest: Number.MAX_VALUE };
const FRACTION: PlainBounds = { lowest: 0, highest: 1 };
const NOT_NEGATIVE: PlainBounds = { lowest: 0, highest: Number.MAX_VALUE };

/** Serial numbers of 1899-12-30 to the last millisecond of 9999-12-31, as spreadsheets hold dates. */
const DATE_BOUNDS: PlainBounds = { lowest: 0, highest: 2958466 - 1 / MS_PER_DAY };

export function plainBounds(kind: ArgKind): PlainBounds {
  if (kind === 'number') return FINITE;
  if (kind === 'date') return DATE_BOUNDS;
  return kind === 'rate' ? FRACTION : NOT_NEGATIVE;
}

/**
 * The fast check of coerceElement for the common case, a plain number already valid for
 * its kind: range calls check 100,000 cells, and only the rare others need the full rules.
 * NaN fails every comparison, so it always takes the slow path (and its error message).
 */
export function isValidNumber(kind: ArgKind, value: CellInput): value is number {
  const { lowest, highest } = plainBounds(kind);
  return typeof value === 'number' && value >= lowest && value <= highest;
}

/**
 * Turns one raw cell value into a validated number for an argument of `kind`,
 * or null when the cell is blank. Throws InputError naming argument, value and position.
 */
export function coerceElement(
  argName: string,
  kind: ArgKind,
  value: CellInput,
  position?: Position,
): number | null {
  // A plain valid number needs no message: skip building one (a million rates pass here).
  if (isValidNumber(kind, value)) return value;
  if (isBlank(value)) return null;
  const at = where(position);
  let numeric: number;
  if (typeof value === 'number') {
    numeric = value;
  } else if (isDate(value)) {
    if (kind !== 'date') {
      throw new InputError(
        `${argName} is ${describeValue(value)}${at}, which is a date, not a number`,
      );
    }
    numeric = dateToSerial(value);
  } else if (typeof value === 'boolean') {
    throw new InputError(`${argName} is ${value}${at}; enter a number, not TRUE or FALSE`);
  } else if (typeof value === 'string') {
    numeric = numberFromText(argName, value, at);
  } else if (Array.isArray(value)) {
    // Sheets never nests a range in a cell; a script caller can (CAC([[[1]]], 1)).
    throw new InputError(
      `${argName} holds a list inside one cell${at}; pass a single value or a range of single values`,
    );
  } else {
    throw new InputError(`${argName} is ${describeValue(value)}${at}, which is not a number`);
  }
  if (!isFiniteNumber(numeric)) {
    throw new InputError(
      `${argName} is ${describeValue(numeric)}${at}, which is not a finite number`,
    );
  }
  return checkKind(argName, kind, numeric, at);
}

function checkKind(argName: string, kind: ArgKind, value: number, at: string): number {
  switch (kind) {
    case 'number':
      return value;
    case 'rate':
      if (value > 1 && value <= 100) {
        throw new InputError(
          `${argName} is ${value}${at}; rates are fractions: enter ${value}% or ${trimFloat(value / 100)}`,
        );
      }
      if (value < 0 || value > 1) {
        throw new InputError(
          `${argName} is ${value}${at}; a rate must be between 0 and 1 (0% to 100%)`,
        );
      }
      return value;
    case 'date':
      if (value < 0) throw new InputError(`${argName} is ${value}${at}, which is not a valid date`);
      if (value > DATE_BOUNDS.highest) {
        throw new InputError(
          `${argName} is ${value}${at}, which is not a valid date (the last is 9999-12-31, serial number 2958465)`,
        );
      }
      return value;
    default:
      if (value < 0) {
        throw new InputError(`${argName} is ${value}${at}; a ${kindNoun[kind]} cannot be negative`);
      }
      return value;
  }
}

const kindNoun: Record<Exclude<ArgKind, 'number' | 'rate' | 'date'>, string> = {
  money: 'money amount',
  count: 'count',
  days: 'number of days',
  minutes: 'number of minutes',
  periods: 'number of periods',
};

/** 0.25 rather than 0.25000000000000006 in messages. */
function trimFloat(value: number): string {
  return String(Number(value.toPrecision(12)));
}
