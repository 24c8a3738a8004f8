import { type DayReader, dayReader } from './calendarDay';
import { coerceElement, InputError, isBlank, isDate, isValidNumber } from './coerce';
import { computeValues, fastElementwise, type Shape } from './fastPath';
import type {
  AggregateCall,
  ArgInput,
  CellInput,
  ElementwiseSpec,
  FunctionSpec,
  Output,
} from './types';

// Read once: a global lookup per cell is slow where the bundle runs in a node:vm context.
const { floor } = Math;

export interface EngineOptions {
  /**
   * Try the fast path for plain numbers first (fastPath.ts). Only tests turn it off, to
   * prove both paths give the same results and errors.
   */
  readonly fastPath: boolean;
  /**
   * The spreadsheet's time zone (an IANA name), asked for only when a function needs the
   * calendar day of a Date, and at most once per call. Without it a Date is read as its
   * local wall clock, as every other date argument is.
   */
  readonly timeZone?: () => string;
}

/**
 * The one engine every custom function goes through: arity, scalars vs ranges, broadcast,
 * shapes, blanks, validation and error wording. Specs only hold the arithmetic.
 */
export function runFunction(
  spec: FunctionSpec,
  typedName: string,
  rawArgs: readonly ArgInput[],
  options: EngineOptions = { fastPath: true },
): Output {
  try {
    const args = checkArity(spec, rawArgs);
    switch (spec.mode) {
      case 'elementwise':
        return runElementwise(spec, typedName, args, options);
      case 'aggregate':
        return finite(
          spec,
          spec.computeAggregate(aggregateCall(spec, typedName, args, options.timeZone)),
        );
      case 'column':
        return spec
          .computeColumn(aggregateCall(spec, typedName, args, options.timeZone))
          .map((value) => [finite(spec, value)]);
    }
  } catch (error) {
    if (error instanceof InputError) throw new Error(`${typedName}: ${error.message}`);
    throw error;
  }
}

function checkArity(spec: FunctionSpec, rawArgs: readonly ArgInput[]): ArgInput[] {
  // Sheets passes trailing omitted arguments as undefined; drop them before counting.
  const args = [...rawArgs];
  while (args.length > 0 && args[args.length - 1] === undefined) args.pop();
  const required = spec.args.filter((arg) => arg.defaultValue === undefined).length;
  if (args.length < required || args.length > spec.args.length) {
    const expected =
      required === spec.args.length ? `${required}` : `${required} to ${spec.args.length}`;
    const names = spec.args
      .map((arg) => (arg.defaultValue === undefined ? arg.name : `[${arg.name}]`))
      .join(', ');
    throw new InputError(`expects ${expected} arguments (${names}) but got ${args.length}`);
  }
  return args;
}

function isRange(value: ArgInput): value is CellInput[][] {
  return Array.isArray(value);
}

/**
 * Sheets always passes rows of equal length; a script caller may not. A missing cell would
 * read as blank and a row that is not a list as garbage, so both are errors.
 */
function checkRectangular(argName: string, range: readonly unknown[]): void {
  // Array.isArray read once: a global lookup in a loop is slow in a node:vm context.
  const isList = Array.isArray;
  const width = isList(range[0]) ? range[0].length : 0;
  for (let row = 0; row < range.length; row++) {
    const cells = range[row];
    if (!isList(cells)) {
      throw new InputError(
        `${argName} is a range whose row ${row + 1} is not a row of cells; pass a range of single values`,
      );
    }
    if (cells.length !== width) {
      throw new InputError(
        `${argName} is a range with rows of different lengths (row 1: ${width}, row ${row + 1}: ${cells.length}); every row needs the same number of cells`,
      );
    }
  }
}

function shapeOf(range: CellInput[][]): Shape {
  return { rows: range.length, columns: range.length === 0 ? 0 : range[0].length };
}

function formatShape(shape: Shape): string {
  return `${shape.rows}x${shape.columns}`;
}

/** The shape all range arguments share; throws naming both shapes when two differ. */
function commonShape(spec: FunctionSpec, args: readonly ArgInput[]): Shape | undefined {
  let first: { name: string; shape: Shape } | undefined;
  args.forEach((arg, index) => {
    if (!isRange(arg)) return;
    const name = spec.args[index].name;
    checkRectangular(name, arg);
    const shape = shapeOf(arg);
    // Sheets never sends one, but a caller might: there is no element to compute.
    if (shape.rows === 0 || shape.columns === 0) throw new InputError(`${name} is an empty range`);
    if (!first) {
      first = { name, shape };
    } else if (first.shape.rows !== shape.rows || first.shape.columns !== shape.columns) {
      throw new InputError(
        `${first.name} is ${formatShape(first.shape)} but ${name} is ${formatShape(shape)}; ranges must have the same shape`,
      );
    }
  });
  return first?.shape;
}

type ElementResult =
  | { kind: 'value'; value: number }
  | { kind: 'blank' }
  | { kind: 'undefined'; reason: string };

/** Indices of the arguments whose zero makes the result undefined (denominators). */
function denominatorIndices(spec: ElementwiseSpec): number[] {
  return spec.zeroIsUndefined.map((argName) => spec.args.findIndex((arg) => arg.name === argName));
}

function computeElement(
  spec: ElementwiseSpec,
  typedName: string,
  values: readonly (number | null)[],
  denominators: readonly number[],
): ElementResult {
  if (values.includes(null)) return { kind: 'blank' };
  const numbers = values as number[];
  for (const index of denominators) {
    if (numbers[index] === 0) {
      const argName = spec.args[index].name;
      return { kind: 'undefined', reason: `${argName} is 0, so ${typedName} is undefined` };
    }
  }
  const value = computeValues(spec, numbers);
  if (!Number.isFinite(value)) {
    const inputs = spec.args.map((arg, index) => `${arg.name} is ${numbers[index]}`).join(', ');
    return {
      kind: 'undefined',
      reason: `the result is too large to represent (${inputs}); check these values for a typo or a wrong unit`,
    };
  }
  // -0 would show as "0" but compare oddly; normalise it.
  return { kind: 'value', value: value === 0 ? 0 : value };
}

function withDefaults(spec: FunctionSpec, args: readonly ArgInput[]): ArgInput[] {
  return spec.args.map((arg, index) =>
    index < args.length && args[index] !== undefined ? args[index] : arg.defaultValue,
  );
}

function runElementwise(
  spec: ElementwiseSpec,
  typedName: string,
  rawArgs: readonly ArgInput[],
  options: EngineOptions,
): Output {
  const args = withDefaults(spec, rawArgs);
  const shape = commonShape(spec, args);
  const denominators = denominatorIndices(spec);
  if (!shape) {
    const values = args.map((arg, index) =>
      coerceElement(spec.args[index].name, spec.args[index].kind, arg as CellInput),
    );
    const blankIndex = values.indexOf(null);
    if (blankIndex >= 0) {
      throw new InputError(`${spec.args[blankIndex].name} is blank; enter a number`);
    }
    const result = computeElement(spec, typedName, values, denominators);
    if (result.kind === 'undefined') throw new InputError(result.reason);
    return (result as { value: number }).value;
  }
  return (
    (options.fastPath ? fastElementwise(spec, args, shape) : undefined) ??
    runOverRanges(spec, args, shape, denominators)
  );
}

/**
 * The range loop, written for 100,000-row columns: no allocation per cell beyond the
 * output, a fast path for plain valid numbers, and the full validation (with the row and
 * column for the message) only for the other cells.
 */
function runOverRanges(
  spec: ElementwiseSpec,
  args: readonly ArgInput[],
  shape: Shape,
  denominators: readonly number[],
): (number | '')[][] {
  const count = args.length;
  const kinds = spec.args.map((arg) => arg.kind);
  const ranges = args.map((arg) => (isRange(arg) ? arg : null));
  // Validate single values once, not once per cell.
  const scalars = args.map((arg, index) =>
    isRange(arg) ? null : coerceElement(spec.args[index].name, kinds[index], arg),
  );
  const values: number[] = new Array(count);
  const output: (number | '')[][] = new Array(shape.rows);
  for (let row = 0; row < shape.rows; row++) {
    const outRow: (number | '')[] = new Array(shape.columns);
    for (let column = 0; column < shape.columns; column++) {
      let blank = false;
      for (let index = 0; index < count; index++) {
        const range = ranges[index];
        let value: number | null;
        if (range === null) {
          value = scalars[index];
        } else {
          const cell = range[row][column];
          value = isValidNumber(kinds[index], cell)
            ? cell
            : coerceElement(spec.args[index].name, kinds[index], cell, {
                row: row + 1,
                column: column + 1,
              });
        }
        // Keep validating the other arguments: a bad cell is an error even beside a blank.
        if (value === null) blank = true;
        else values[index] = value;
      }
      outRow[column] = blank ? '' : elementValue(spec, values, denominators);
    }
    output[row] = outRow;
  }
  return output;
}

/** One element of a range result: blank when undefined (a zero denominator, an overflow). */
function elementValue(
  spec: ElementwiseSpec,
  values: readonly number[],
  denominators: readonly number[],
): number | '' {
  for (const index of denominators) if (values[index] === 0) return '';
  const value = computeValues(spec, values);
  if (!Number.isFinite(value)) return '';
  return value === 0 ? 0 : value;
}

/** The last guard of rule 6 for aggregates and columns, which check their own limits first. */
function finite(spec: FunctionSpec, value: number): number {
  if (!Number.isFinite(value)) {
    const names = spec.args.map((arg) => arg.name).join(', ');
    throw new InputError(
      `the result is too large to represent; check ${names} for a typo or a wrong unit`,
    );
  }
  return value === 0 ? 0 : value;
}

function aggregateCall(
  spec: FunctionSpec,
  typedName: string,
  rawArgs: readonly ArgInput[],
  readTimeZone: (() => string) | undefined,
): AggregateCall {
  const args = withDefaults(spec, rawArgs);
  const argAt = (index: number) => spec.args[index];
  // Made on the first Date that needs it, so a call over serial numbers reads no service.
  let readDay: DayReader | undefined;
  const dayOf = (date: Date): number => {
    readDay ??= dayReader(readTimeZone?.());
    return readDay(date);
  };
  const scalarCell = (index: number): CellInput => {
    const arg = args[index];
    let cell: CellInput;
    if (isRange(arg)) {
      if (arg.length !== 1 || arg[0].length !== 1) {
        throw new InputError(
          `${argAt(index).name} is a ${formatShape(shapeOf(arg))} range; enter a single value`,
        );
      }
      cell = arg[0][0];
    } else {
      cell = arg;
    }
    if (isBlank(cell)) throw new InputError(`${argAt(index).name} is blank; enter a number`);
    return cell;
  };
  const call: AggregateCall = {
    typedName,
    grid(index) {
      const arg = args[index];
      if (!isRange(arg)) return [[arg]];
      checkRectangular(argAt(index).name, arg);
      return arg;
    },
    element(index, value, row, column) {
      // The common case first, before any allocation: aggregates read a million cells.
      if (isValidNumber(argAt(index).kind, value)) return value;
      const position = row !== undefined && column !== undefined ? { row, column } : undefined;
      return coerceElement(argAt(index).name, argAt(index).kind, value, position);
    },
    scalar(index) {
      return coerceElement(argAt(index).name, argAt(index).kind, scalarCell(index)) as number;
    },
    calendarDay(index, value, row, column) {
      const serial = call.element(index, value, row, column);
      if (serial === null) return null;
      return isDate(value) ? dayOf(value) : floor(serial);
    },
    scalarCalendarDay(index) {
      const cell = scalarCell(index);
      const serial = coerceElement(argAt(index).name, argAt(index).kind, cell) as number;
      return isDate(cell) ? dayOf(cell) : floor(serial);
    },
    fail(message) {
      return new InputError(message);
    },
  };
  return call;
}
