/**
 * The HyperFormula adapter (test/support/hyperformulaPlugin.ts) hands FunnelMath what
 * Google Sheets would: values and 2-D ranges, blanks as blanks, percentages and dates as
 * numbers, and errors in inputs passed through untouched.
 */
import { HyperFormula } from 'hyperformula';
import { callableNames } from '../../src/kpi';
import {
  createEngine,
  hyperFormulaConfig,
  registerFunnelMath,
} from '../../src/preview/fake/hyperformulaPlugin';
import { errorMessage, reader } from './grid';

test('registering twice is harmless and every name and alias is callable', () => {
  registerFunnelMath();
  registerFunnelMath();
  const registered = new Set(HyperFormula.getRegisteredFunctionNames('enGB'));
  for (const name of callableNames.keys()) expect(registered.has(name)).toBe(true);
});

test('an engine built from the exported config, after registering, knows FunnelMath', () => {
  registerFunnelMath();
  const engine = HyperFormula.buildFromArray([['=CAC(100, 4)']], hyperFormulaConfig);
  expect(engine.getCellValue({ sheet: 0, row: 0, col: 0 })).toBe(25);
});

test('a one-cell range arrives as a single value, as in Sheets', () => {
  const sheet = reader(createEngine({ S: [['=CAC(B1:B1, C1:C1)', 100, 4]] }), 'S');
  expect(sheet.cell('A1')).toBe(25);
});

test('percent-formatted and date cells arrive as their numbers', () => {
  const sheet = reader(
    createEngine({
      S: [
        ['=LTV(500, 24, B1)', '80%'],
        ['=RESPONSE_TIME(B3:B4, C3:C4)'],
        [null, 45000, 45000.25],
        [null, 45001, 45001.5],
      ],
    }),
    'S',
  );
  expect(sheet.cell('A1')).toBe(9600);
  expect(sheet.cell('A2')).toBe(540);
});

test('an error inside an input range passes through unchanged', () => {
  const sheet = reader(
    createEngine({
      S: [
        ['=CAC(B1:B2, C1:C2)', 100, 4],
        [null, '=NA()', 5],
      ],
    }),
    'S',
  );
  expect(sheet.cell('A1')).toMatchObject({ value: '#N/A' });
});

test('a row of results spills to the right, a block spills both ways', () => {
  const sheet = reader(
    createEngine({
      S: [['=CTR(A3:B4, C3:D4)'], [], [1, 2, 10, 10], [3, 4, 10, 0]],
    }),
    'S',
  );
  expect([sheet.cell('A1'), sheet.cell('B1'), sheet.cell('A2'), sheet.cell('B2')]).toEqual([
    0.1,
    0.2,
    0.3,
    '',
  ]);
});

test('a spill blocked by a typed value is a spreadsheet error, not a wrong number', () => {
  const sheet = reader(
    createEngine({
      S: [
        ['=CAC(B1:B2, C1:C2)', 100, 4],
        ['in the way', 200, 5],
      ],
    }),
    'S',
  );
  expect(sheet.cell('A1')).toMatchObject({ type: expect.any(String) });
  expect(errorMessage(sheet.cell('A1'))).not.toMatch(/^not an error/);
});

test('numbers are exact, as in Sheets: no rounding of a cell before another reads it', () => {
  const sheet = reader(
    createEngine({ S: [['=200000000/0.0011', '=A1*1', '=CPL(200000000, 0.0011)']] }),
    'S',
  );
  expect(sheet.cell('A1')).toBe(200000000 / 0.0011);
  expect(sheet.cell('B1')).toBe(200000000 / 0.0011);
  expect(sheet.cell('C1')).toBe(200000000 / 0.0011);
});
