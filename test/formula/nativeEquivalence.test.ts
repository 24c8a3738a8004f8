/**
 * Every element-wise function beside its native formula, in the same sheet, the way the
 * templates use them: `=CAC(B2:B13, C2:C13)` spilling down one column and `=B2/C2`,
 * `=B3/C3`... in the next. Where the native formula gives a number, both agree; where it
 * divides by zero, the FunnelMath element is blank; a blank input month is blank.
 */

import { catalog, type ElementwiseSpec } from '../../src/kpi';
import { createEngine } from '../../src/preview/fake/hyperformulaPlugin';
import { a1, columnLetter, expectNumberNear, reader } from './grid';
import { sample } from './samples';

const MONTHS = 12;
const ZERO_MONTH = 4; // a denominator of 0 this month (for functions that have one)
const BLANK_MONTH = 7; // the first input is not in yet

/** Header row, then one row per month: the inputs, the FunnelMath column, the native column. */
function sheetFor(spec: ElementwiseSpec): unknown[][] {
  const inputs = spec.args.length;
  const ranges = spec.args.map(
    (_, index) => `${columnLetter(index)}2:${columnLetter(index)}${MONTHS + 1}`,
  );
  const rows: unknown[][] = [[...spec.args.map((arg) => arg.name), spec.name, 'native']];
  for (let month = 0; month < MONTHS; month++) {
    const sheetRow = month + 1;
    const values: unknown[] = spec.args.map((arg, index) => {
      if (month === BLANK_MONTH && index === 0) return null;
      if (month === ZERO_MONTH && spec.zeroIsUndefined.includes(arg.name)) return 0;
      return sample(arg.kind, month, index);
    });
    const refs = spec.args.map((_, index) => a1(sheetRow, index));
    const funnelMath = month === 0 ? `=${spec.name}(${ranges.join(', ')})` : null;
    rows.push([...values, funnelMath, `=${spec.native(refs)}`]);
  }
  expect(rows[1]).toHaveLength(inputs + 2);
  return rows;
}

const elementwise = catalog.filter((spec): spec is ElementwiseSpec => spec.mode === 'elementwise');

test('at least ten functions are compared with their native formula', () => {
  expect(elementwise.length).toBeGreaterThanOrEqual(10);
});

describe.each(elementwise.map((spec) => [spec.name, spec] as const))(
  '%s beside its native formula',
  (name, spec) => {
    const engine = createEngine({ [name]: sheetFor(spec) });
    const sheet = reader(engine, name);
    const ours = spec.args.length;
    const native = ours + 1;

    test('they agree on every month with inputs', () => {
      for (let month = 0; month < MONTHS; month++) {
        if (month === BLANK_MONTH || (month === ZERO_MONTH && spec.zeroIsUndefined.length > 0))
          continue;
        const expected = sheet.at(month + 1, native);
        expect(typeof expected).toBe('number');
        expectNumberNear(sheet.at(month + 1, ours), expected as number);
      }
    });

    test('the month with a blank input is blank', () => {
      expect(sheet.at(BLANK_MONTH + 1, ours)).toBe('');
    });

    if (spec.zeroIsUndefined.length > 0) {
      test('the month the native formula divides by zero is blank', () => {
        expect(sheet.at(ZERO_MONTH + 1, native)).toMatchObject({ value: '#DIV/0!' });
        expect(sheet.at(ZERO_MONTH + 1, ours)).toBe('');
      });
    }

    test('the formula is exactly what a user would type', () => {
      expect(
        engine.getCellFormula({ sheet: engine.getSheetId(name) as number, row: 1, col: ours }),
      ).toMatch(new RegExp(`^=${name}\\(A2:A13`));
    });
  },
);
