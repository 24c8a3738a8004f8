/**
 * Whatever a user puts in the cells, every function (and every alias) gives finite numbers
 * or blanks, or throws an Error whose message starts with the name typed. Nothing else:
 * no NaN, no Infinity, no undefined or null, no anonymous exception.
 */
import fc from 'fast-check';
import {
  type ArgInput,
  type CellInput,
  callableNames,
  callFunction,
  type ElementwiseSpec,
} from '../../src/kpi';

/** Anything a cell can hold, leaning on the awkward cases. */
const cell: fc.Arbitrary<CellInput> = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
  { weight: 4, arbitrary: fc.double({ min: 0, max: 1e6, noNaN: true }) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 100 }) },
  { weight: 2, arbitrary: fc.constantFrom(0, -0, 1, 100, 101, 45000, 45000.5) },
  { weight: 2, arbitrary: fc.double() }, // NaN, ±Infinity, ±0, huge, tiny, negative
  { weight: 1, arbitrary: fc.constantFrom(1e308, -1e308, 5e-324, 1e-300, Number.MAX_SAFE_INTEGER) },
  { weight: 2, arbitrary: fc.constantFrom<CellInput>(null, undefined, '', ' ') },
  { weight: 1, arbitrary: fc.string() },
  {
    weight: 1,
    arbitrary: fc.constantFrom('25%', '1,200', '1e3', '-5', 'n/a', '#N/A', 'Infinity', 'NaN'),
  },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date() }, // includes invalid dates
);

const shape = fc.record({
  rows: fc.integer({ min: 1, max: 4 }),
  columns: fc.integer({ min: 1, max: 3 }),
});

function range(rows: number, columns: number): fc.Arbitrary<CellInput[][]> {
  return fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), {
    minLength: rows,
    maxLength: rows,
  });
}

/** Arguments for one call: mostly ranges of one shared shape (so the maths runs), some not. */
function callArguments(maxArgs: number): fc.Arbitrary<ArgInput[]> {
  return fc
    .tuple(shape, shape, fc.integer({ min: 0, max: maxArgs + 1 }))
    .chain(([common, other, count]) =>
      fc.array(
        fc.oneof(
          { weight: 3, arbitrary: cell as fc.Arbitrary<ArgInput> },
          { weight: 3, arbitrary: range(common.rows, common.columns) as fc.Arbitrary<ArgInput> },
          { weight: 1, arbitrary: range(other.rows, other.columns) as fc.Arbitrary<ArgInput> },
        ),
        { minLength: count, maxLength: count },
      ),
    );
}

function isFiniteNumber(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && !Object.is(value, -0);
}

function isAllowedOutput(output: unknown): boolean {
  if (isFiniteNumber(output)) return true;
  return (
    Array.isArray(output) &&
    output.length > 0 &&
    output.every(
      (row) =>
        Array.isArray(row) &&
        row.length === output[0].length &&
        row.every((value) => value === '' || isFiniteNumber(value)),
    )
  );
}

describe.each([...callableNames.entries()])('%s', (name, spec) => {
  test('gives finite numbers or blanks, or an Error that starts with its name', () => {
    fc.assert(
      fc.property(callArguments(spec.args.length), (args) => {
        let output: unknown;
        try {
          output = callFunction(name, args);
        } catch (error) {
          return (
            error instanceof Error &&
            error.message.startsWith(`${name}: `) &&
            error.message.length > name.length + 2
          );
        }
        return isAllowedOutput(output);
      }),
      { numRuns: 400 },
    );
  });
});

const elementwiseNames = [...callableNames.entries()].flatMap(([name, spec]) =>
  spec.mode === 'elementwise' ? [[name, spec] as [string, ElementwiseSpec]] : [],
);

describe.each(elementwiseNames)('%s over valid ranges', (name, spec) => {
  test('gives one finite number per row', () => {
    const valid = fc.double({ min: 0.01, max: 1, noNaN: true });
    const column = fc.array(fc.tuple(valid), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(column, (values) => {
        const output = callFunction(
          name,
          spec.args.map(() => values),
        );
        return (
          Array.isArray(output) &&
          output.length === values.length &&
          output.every((row) => row.length === 1 && isFiniteNumber(row[0]))
        );
      }),
      { numRuns: 100 },
    );
  });
});

describe.each(elementwiseNames)('%s element by element', (name, spec) => {
  test('each element is blank when an input is blank or a denominator is 0, else the formula', () => {
    const element = fc.oneof(
      { weight: 6, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
      { weight: 2, arbitrary: fc.constant(0) },
      { weight: 2, arbitrary: fc.constantFrom<CellInput>(null, '') },
    );
    const rows = fc.integer({ min: 1, max: 8 });
    const columns = rows.chain((count) =>
      fc.array(fc.array(fc.tuple(element), { minLength: count, maxLength: count }), {
        minLength: spec.args.length,
        maxLength: spec.args.length,
      }),
    );
    const denominators = spec.zeroIsUndefined.map((argName) =>
      spec.args.findIndex((arg) => arg.name === argName),
    );
    fc.assert(
      fc.property(columns, (inputs) => {
        const output = callFunction(name, inputs) as (number | '')[][];
        return output.every(([value], row) => {
          const cells = inputs.map((input) => input[row][0]);
          const blank = cells.some((cell) => cell === null || cell === '');
          const undefinedHere = !blank && denominators.some((index) => cells[index] === 0);
          if (blank || undefinedHere) return value === '';
          const expected = spec.compute(...(cells as number[]));
          return Number.isFinite(expected)
            ? Object.is(value, expected === 0 ? 0 : expected)
            : value === '';
        });
      }),
      { numRuns: 100 },
    );
  });
});
