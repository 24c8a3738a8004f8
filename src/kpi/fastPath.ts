import { plainBounds } from './coerce';
import type { ArgInput, CellInput, ElementwiseSpec } from './types';

/** Rows and columns of a range result. */
export interface Shape {
  readonly rows: number;
  readonly columns: number;
}

/** The most arguments the fast path takes; the catalog's widest function has 4. */
const MOST_OPERANDS = 4;
/** Per argument in `numbers`: its single value (when not a range), lowest, highest. */
const NUMBERS_PER_OPERAND = 3;

/**
 * The common case of a range call, computed at the speed of a bare loop: every argument a
 * plain number valid for its kind, or a range of them and blanks, all of one shape (checked
 * by the caller). On the first element that needs the full rules (text, a date, a value
 * out of range) it gives up and returns undefined, having changed nothing, so the general
 * path computes the call from scratch with its messages: both paths give the same
 * results and errors (test/kpi/fastPath.test.ts).
 *
 * What it decides itself matches runOverRanges and elementValue in engine.ts: a blank cell
 * (once the row's other cells are valid), a zero denominator or a result that is not
 * finite gives a blank, and -0 becomes 0.
 */
export function fastElementwise(
  spec: ElementwiseSpec,
  args: readonly ArgInput[],
  shape: Shape,
): (number | '')[][] | undefined {
  const count = args.length;
  if (count > MOST_OPERANDS) return undefined;
  const ranges: (CellInput[][] | null)[] = [null, null, null, null];
  // A missing 3rd or 4th argument reads as a valid 1 that compute never receives.
  const numbers = new Float64Array(MOST_OPERANDS * NUMBERS_PER_OPERAND).fill(1);
  let denominators = 0;
  for (let index = 0; index < count; index++) {
    const arg = args[index];
    const { lowest, highest } = plainBounds(spec.args[index].kind);
    if (Array.isArray(arg)) {
      ranges[index] = arg;
    } else if (typeof arg === 'number' && arg >= lowest && arg <= highest) {
      numbers[index * NUMBERS_PER_OPERAND] = arg;
    } else {
      return undefined;
    }
    numbers[index * NUMBERS_PER_OPERAND + 1] = lowest;
    numbers[index * NUMBERS_PER_OPERAND + 2] = highest;
    if (spec.zeroIsUndefined.includes(spec.args[index].name)) denominators |= 1 << index;
  }
  const [first, second, third, fourth] = ranges;
  return fastLoop(
    spec.compute,
    count,
    first,
    second,
    third,
    fourth,
    numbers,
    denominators,
    shape.rows,
    shape.columns,
  );
}

/**
 * The loop, written for the JIT and measured by `npm run bench`. Each argument is read at
 * its own line (one read site serving columns of whole and of fractional numbers would
 * box every value) and its limits come from a Float64Array (objects whose number fields
 * change representation send the optimised loop back to the interpreter). No closure (a
 * fresh one starts cold in every call), no global such as Number.isFinite inside the loop
 * (a global lookup is slow in a node:vm context), and a row is an array literal of a
 * number or of '', never of a variable that holds either (that boxes every number).
 */
function fastLoop(
  compute: ElementwiseSpec['compute'],
  count: number,
  first: CellInput[][] | null,
  second: CellInput[][] | null,
  third: CellInput[][] | null,
  fourth: CellInput[][] | null,
  numbers: Float64Array,
  denominators: number,
  rows: number,
  columns: number,
): (number | '')[][] | undefined {
  const [firstValue, firstLowest, firstHighest] = [numbers[0], numbers[1], numbers[2]];
  const [secondValue, secondLowest, secondHighest] = [numbers[3], numbers[4], numbers[5]];
  const [thirdValue, thirdLowest, thirdHighest] = [numbers[6], numbers[7], numbers[8]];
  const [fourthValue, fourthLowest, fourthHighest] = [numbers[9], numbers[10], numbers[11]];
  const firstDivides = (denominators & 1) !== 0;
  const secondDivides = (denominators & 2) !== 0;
  const thirdDivides = (denominators & 4) !== 0;
  const fourthDivides = (denominators & 8) !== 0;
  const notANumber = Number.NaN;
  const output: (number | '')[][] = new Array(rows);
  for (let row = 0; row < rows; row++) {
    const outRow: (number | '')[] | undefined = columns === 1 ? undefined : [];
    for (let column = 0; column < columns; column++) {
      // A plain number of its kind is read; a blank (null, undefined, '') makes the element
      // blank once the row's other cells are checked; anything else needs the general path.
      let blank = false;
      const cellA = first === null ? firstValue : first[row][column];
      let a = 0.5;
      if (typeof cellA === 'number' && cellA >= firstLowest && cellA <= firstHighest) a = cellA;
      else if (cellA === null || cellA === undefined || cellA === '') blank = true;
      else return undefined;
      const cellB = second === null ? secondValue : second[row][column];
      let b = 0.5;
      if (typeof cellB === 'number' && cellB >= secondLowest && cellB <= secondHighest) b = cellB;
      else if (cellB === null || cellB === undefined || cellB === '') blank = true;
      else return undefined;
      const cellC = third === null ? thirdValue : third[row][column];
      let c = 0.5;
      if (typeof cellC === 'number' && cellC >= thirdLowest && cellC <= thirdHighest) c = cellC;
      else if (cellC === null || cellC === undefined || cellC === '') blank = true;
      else return undefined;
      const cellD = fourth === null ? fourthValue : fourth[row][column];
      let d = 0.5;
      if (typeof cellD === 'number' && cellD >= fourthLowest && cellD <= fourthHighest) d = cellD;
      else if (cellD === null || cellD === undefined || cellD === '') blank = true;
      else return undefined;
      const undefinedHere =
        blank ||
        (a === 0 && firstDivides) ||
        (b === 0 && secondDivides) ||
        (c === 0 && thirdDivides) ||
        (d === 0 && fourthDivides);
      // Blank or undefined: ''. + 0 turns -0 into 0; x - x is 0 only for a finite x.
      const result = undefinedHere
        ? notANumber
        : (count === 1
            ? compute(a)
            : count === 2
              ? compute(a, b)
              : count === 3
                ? compute(a, b, c)
                : compute(a, b, c, d)) + 0;
      const finite = result - result === 0;
      if (outRow !== undefined) outRow.push(finite ? result : '');
      else if (finite) output[row] = [result];
      else output[row] = [''];
    }
    if (outRow !== undefined) output[row] = outRow;
  }
  return output;
}

/** Calls compute without spreading (this runs once per cell of a range). */
export function computeValues(spec: ElementwiseSpec, values: readonly number[]): number {
  switch (values.length) {
    case 1:
      return spec.compute(values[0]);
    case 2:
      return spec.compute(values[0], values[1]);
    case 3:
      return spec.compute(values[0], values[1], values[2]);
    case 4:
      return spec.compute(values[0], values[1], values[2], values[3]);
    default:
      return spec.compute(...values);
  }
}
