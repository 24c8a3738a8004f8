/**
 * The engine's fast path (src/kpi/fastPath.ts) is only a speed-up: for any arguments, a
 * range call gives exactly the same elements (-0, blanks and all) or exactly the same
 * error with the fast path as without it. And it is really taken for plain numbers.
 */
import fc from 'fast-check';
import {
  type ArgInput,
  type CellInput,
  callableNames,
  type ElementwiseSpec,
  runFunction,
} from '../../src/kpi';
import { fastElementwise } from '../../src/kpi/fastPath';

const elementwise = [...callableNames.entries()].flatMap(([name, spec]) =>
  spec.mode === 'elementwise' ? [[name, spec] as [string, ElementwiseSpec]] : [],
);

/** Mostly plain valid numbers, with every kind of value that must leave the fast path. */
const cell: fc.Arbitrary<CellInput> = fc.oneof(
  { weight: 10, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 100_000 }) },
  { weight: 3, arbitrary: fc.constantFrom(0, -0, 1, 1e-320, 1e200, 1e308, Number.MAX_VALUE) },
  { weight: 2, arbitrary: fc.double() }, // negatives, NaN, ±Infinity
  { weight: 1, arbitrary: fc.constantFrom<CellInput>(null, undefined, '', ' ') },
  { weight: 1, arbitrary: fc.constantFrom('25%', '12', '0,5', '1,000', 'n/a') },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date() },
);

function range(rows: number, columns: number, element: fc.Arbitrary<CellInput>) {
  return fc.array(fc.array(element, { minLength: columns, maxLength: columns }), {
    minLength: rows,
    maxLength: rows,
  });
}

/** Arguments for one call: ranges of one shape and single values, in any mix. */
function callArguments(count: number, element: fc.Arbitrary<CellInput>) {
  return fc
    .record({ rows: fc.integer({ min: 1, max: 6 }), columns: fc.integer({ min: 1, max: 3 }) })
    .chain(({ rows, columns }) =>
      fc.array(
        fc.oneof(
          { weight: 3, arbitrary: range(rows, columns, element) as fc.Arbitrary<ArgInput> },
          { weight: 1, arbitrary: element as fc.Arbitrary<ArgInput> },
        ),
        { minLength: count, maxLength: count },
      ),
    );
}

type Outcome = { output: unknown } | { error: string };

function outcome(run: () => unknown): Outcome {
  try {
    return { output: run() };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Equal element by element with Object.is, so 0 and -0 differ. */
function sameOutcome(fast: Outcome, general: Outcome): boolean {
  if ('error' in fast || 'error' in general) {
    return 'error' in fast && 'error' in general && fast.error === general.error;
  }
  const [a, b] = [fast.output, general.output];
  if (!Array.isArray(a) || !Array.isArray(b)) return Object.is(a, b);
  return (
    a.length === b.length &&
    a.every(
      (row: unknown[], r) =>
        row.length === b[r].length && row.every((value, c) => Object.is(value, b[r][c])),
    )
  );
}

describe.each(elementwise)('%s', (name, spec) => {
  test('the fast path gives the same elements and errors as the general path', () => {
    fc.assert(
      fc.property(callArguments(spec.args.length, cell), (args) => {
        const fast = outcome(() => runFunction(spec, name, args));
        const general = outcome(() => runFunction(spec, name, args, { fastPath: false }));
        return sameOutcome(fast, general);
      }),
      { numRuns: 300 },
    );
  });

  test('plain valid numbers and blanks take the fast path, and get the general path’s answer', () => {
    const plain = fc.oneof(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.constantFrom<CellInput>(0, -0, 0.5, 1, null, undefined, ''),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }).chain((rows) =>
          fc.array(range(rows, 1, plain), {
            minLength: spec.args.length,
            maxLength: spec.args.length,
          }),
        ),
        (columns) => {
          const shape = { rows: columns[0].length, columns: 1 };
          const fast = fastElementwise(spec, columns, shape);
          const general = outcome(() => runFunction(spec, name, columns, { fastPath: false }));
          return fast !== undefined && sameOutcome({ output: fast }, general);
        },
      ),
      { numRuns: 100 },
    );
  });
});

test('the fast path gives up on a value it cannot take, so the general path names it', () => {
  const [, cac] = elementwise.find(([name]) => name === 'CAC') as [string, ElementwiseSpec];
  const shape = { rows: 2, columns: 1 };
  expect(
    fastElementwise(
      cac,
      [
        [[100], ['n/a']],
        [[1], [2]],
      ],
      shape,
    ),
  ).toBeUndefined();
  expect(
    fastElementwise(
      cac,
      [
        [[100], [200]],
        [[1], [-2]],
      ],
      shape,
    ),
  ).toBeUndefined();
  expect(
    fastElementwise(
      cac,
      [
        [[100], [200]],
        [[0], [2]],
      ],
      shape,
    ),
  ).toEqual([[''], [100]]);
  // A blank month stays on the fast path; a blank beside a bad cell is still the error.
  expect(
    fastElementwise(
      cac,
      [
        [[100], [null]],
        [[''], [2]],
      ],
      shape,
    ),
  ).toEqual([[''], ['']]);
  expect(
    fastElementwise(
      cac,
      [
        [[100], [null]],
        [[1], ['x']],
      ],
      shape,
    ),
  ).toBeUndefined();
});
