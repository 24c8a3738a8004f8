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

/**
 * A Date from any realm: Apps Script builds argument Dates itself, and a test may hand the
 * bundle Dates made outside its node:vm context, where `instanceof Date` is false.
 */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

export function describeValue(value: CellInput): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (isDate(value)) {
    return Number.isNaN(value.getTime()) ? 'an invalid date' : `the date ${value.toISOString()}`;
  }
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

const NUMERIC_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?%?$/i;

/** Numbers typed into text-formatted cells ("1200", "25%") are accepted; other text is not. */
function parseNumericText(text: string): number | undefined {
  const trimmed = text.trim().replace(/,/g, '');
  if (!NUMERIC_TEXT.test(trimmed)) return undefined;
  return trimmed.endsWith('%') ? Number(trimmed.slice(0, -1)) / 100 : Number(trimmed);
}

/**
 * The fast path of coerceElement for the common case, a plain number already valid for its
 * kind: range calls check 100,000 cells, and only the rare others need the full rules.
 * NaN fails every comparison, so it always takes the slow path (and its error message).
 */
export function isValidNumber(kind: ArgKind, value: CellInput): value is number {
  if (typeof value !== 'number') return false;
  switch (kind) {
    case 'number':
      return Number.isFinite(value);
    case 'rate':
      return value >= 0 && value <= 1;
    default:
      return value >= 0 && value < Number.POSITIVE_INFINITY;
  }
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
    const parsed = parseNumericText(value);
    if (parsed === undefined) {
      throw new InputError(`${argName} is ${describeValue(value)}${at}, which is not a number`);
    }
    numeric = parsed;
  } else {
    throw new InputError(`${argName} is ${describeValue(value)}${at}, which is not a number`);
  }
  if (!Number.isFinite(numeric)) {
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
