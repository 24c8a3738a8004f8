/**
 * LibreOffice Calc agrees: every element-wise function's native formula (what the
 * templates write into sheets) computes the catalog's number there too, and LibreOffice's
 * ROUNDUP gives the counts of the 15-significant-digit rule, so a plan made by
 * REVERSE_FUNNEL matches the sheet in another spreadsheet program.
 */
import {
  callFunction,
  catalog,
  type ElementwiseSpec,
  reverseFunnelCounts,
  roundUpWhole,
} from '../../src/kpi';
import { a1 } from './grid';
import { type ComputedCell, type InputCell, recalculateInLibreOffice } from './libreOffice';
import { sample } from './samples';

const ROWS = 6;
const elementwise = catalog.filter((spec): spec is ElementwiseSpec => spec.mode === 'elementwise');

/** One row per spec and sample: the inputs in A.., the native formula after them. */
function nativeSheet(): { rows: InputCell[][]; expected: { name: string; value: number }[] } {
  const rows: InputCell[][] = [];
  const expected: { name: string; value: number }[] = [];
  for (const spec of elementwise) {
    for (let sampleRow = 0; sampleRow < ROWS; sampleRow++) {
      const inputs = spec.args.map((arg, index) => sample(arg.kind, sampleRow, index));
      const sheetRow = rows.length;
      const refs = spec.args.map((_, index) => a1(sheetRow, index));
      const row: InputCell[] = [...inputs];
      while (row.length < 4) row.push(null);
      rows.push([...row, `=${spec.native(refs)}`]);
      expected.push({ name: spec.name, value: callFunction(spec.name, inputs) as number });
    }
  }
  return { rows, expected };
}

/** n / 0.7 for whole counts n that are multiples of 7: whole on paper, some 1 ulp over in binary. */
const roundUpCases = Array.from({ length: 300 }, (_, index) => 7 * (index + 1));

const plan = { target: 1000000, dealSize: 25000, rates: [0.02, 0.3, 0.4, 0.25] };

/** The goal-calculator way: customers at the bottom, each stage above from the one below. */
function reverseFunnelSheet(): InputCell[][] {
  const stages: InputCell[][] = plan.rates.map((rate, index) => [
    rate,
    `=ROUNDUP(B${index + 2}/A${index + 1},0)`,
  ]);
  return [...stages, [null, `=ROUNDUP(${plan.target}/${plan.dealSize},0)`]];
}

let computed: Record<string, ComputedCell[][]>;

beforeAll(async () => {
  computed = await recalculateInLibreOffice({
    Native: nativeSheet().rows,
    RoundUp: roundUpCases.map((count) => [
      count,
      `=ROUNDUP(A${roundUpCases.indexOf(count) + 1}/0.7,0)`,
    ]),
    ReverseFunnel: reverseFunnelSheet(),
  });
}, 180_000);

test('every element-wise native formula gives the catalog number in LibreOffice', () => {
  const { expected } = nativeSheet();
  const mismatches = expected.flatMap(({ name, value }, row) => {
    const actual = computed.Native[row]?.[4];
    const close = typeof actual === 'number' && Math.abs(actual - value) <= Math.abs(value) * 1e-12;
    return close ? [] : [`${name} row ${row + 1}: LibreOffice ${actual}, FunnelMath ${value}`];
  });
  expect(mismatches).toEqual([]);
  expect(expected.length).toBe(elementwise.length * ROWS);
});

test('LibreOffice ROUNDUP(n / 0.7) is the 15-digit rule’s count, including the 1-ulp-over cases', () => {
  const onePlusUlp = roundUpCases.filter((count) => Math.ceil(count / 0.7) !== (10 * count) / 7);
  expect(onePlusUlp.length).toBeGreaterThan(10);
  roundUpCases.forEach((count, row) => {
    expect(computed.RoundUp[row][1]).toBe(roundUpWhole(count / 0.7));
  });
});

test('the reverse funnel built from native ROUNDUPs matches REVERSE_FUNNEL', () => {
  const counts = computed.ReverseFunnel.map((row) => row[1]);
  expect(counts).toEqual(reverseFunnelCounts(plan.target, plan.dealSize, plan.rates));
  expect(counts).toEqual([66700, 1334, 400, 160, 40]);
});
