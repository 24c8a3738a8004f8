/**
 * FunnelMath typed into spreadsheet cells, the way a marketer uses it, evaluated by
 * HyperFormula (a real spreadsheet engine) with the catalog registered as custom functions.
 */
import { catalog, typedNames } from '../../src/kpi';
import { createEngine } from '../../src/preview/fake/hyperformulaPlugin';
import { errorMessage, expectNumberNear, reader } from './grid';

describe('every worked example, typed into a cell under every name', () => {
  const cases = catalog.flatMap((spec) =>
    typedNames(spec).flatMap((name) =>
      spec.examples.map((example) => ({
        formula: example.formula.replace(`=${spec.name}(`, `=${name}(`),
        result: example.result,
      })),
    ),
  );

  test.each(cases)('$formula', ({ formula, result }) => {
    const sheet = reader(createEngine({ Sheet1: [[formula]] }), 'Sheet1');
    const expected = typeof result === 'number' ? [result] : result;
    expected.forEach((value, row) => {
      // A column result spills down from the formula cell.
      expectNumberNear(sheet.at(row, 0), value);
    });
  });
});

describe('a monthly report', () => {
  const months = [
    ['Month', 'Cost', 'New customers', 'CAC'],
    ['Jan', 50000, 20, '=CAC(B2:B13, C2:C13)'],
    ['Feb', 60000, 24],
    ['Mar', 45000, 15],
    ['Apr', 52000, 0], // nobody signed: CAC undefined that month
    ['May', null, 18], // cost not in yet
    ['Jun', 58000, 29],
    ['Jul', 61000, 20],
    ['Aug', 40000, 16],
    ['Sep', 70000, 28],
    ['Oct', 66000, 22],
    ['Nov', 72000, 24],
    ['Dec', 90000, 30],
  ];

  test('one formula in the top cell fills the whole column', () => {
    const sheet = reader(createEngine({ Report: months }), 'Report');
    const column = months.slice(1).map((_, index) => sheet.at(index + 1, 3));
    expect(column).toEqual([2500, 2500, 3000, '', '', 2000, 3050, 2500, 2500, 3000, 3000, 3000]);
  });

  test('a zero month and a blank month stay blank and break nothing around them', () => {
    const sheet = reader(createEngine({ Report: months }), 'Report');
    expect(sheet.cell('D5')).toBe('');
    expect(sheet.cell('D6')).toBe('');
    expect(sheet.cell('D4')).toBe(3000);
    expect(sheet.cell('D7')).toBe(2000);
  });

  test('changing one input recalculates its month', () => {
    const engine = createEngine({ Report: months });
    const sheet = reader(engine, 'Report');
    engine.setCellContents({ sheet: engine.getSheetId('Report') as number, row: 4, col: 2 }, 26);
    expect(sheet.cell('D5')).toBe(2000);
  });

  test('other formulas read the spilled column like any cells', () => {
    const withAverage = months.map((row, index) =>
      index === 1 ? [...row, '=AVERAGE(D2:D13)'] : row,
    );
    const sheet = reader(createEngine({ Report: withAverage }), 'Report');
    expect(sheet.cell('E2')).toBeCloseTo(27050 / 10, 9);
  });
});

describe('errors show as #ERROR! with the message on hover', () => {
  function typed(formula: string, rows: unknown[][] = []) {
    const sheet = reader(createEngine({ Sheet1: [[formula], ...rows] }), 'Sheet1');
    return sheet.cell('A1');
  }

  test('ranges of different shapes name both shapes', () => {
    const value = typed('=CAC(B2:B13, C2:C11)');
    expect(value).toMatchObject({ value: '#ERROR!' });
    expect(errorMessage(value)).toMatch(/^CAC: cost is 12x1 but new_customers is 10x1/);
  });

  test('a rate typed as 25 suggests 25% or 0.25, and 25% works', () => {
    expect(errorMessage(typed('=PIPELINE_VELOCITY(100, 25000, 25, 60)'))).toBe(
      'PIPELINE_VELOCITY: win_rate is 25; rates are fractions: enter 25% or 0.25',
    );
    expectNumberNear(typed('=PIPELINE_VELOCITY(100, 25000, 25%, 60)'), (100 * 25000 * 0.25) / 60);
  });

  test('a zero denominator in a single call says the result is undefined', () => {
    expect(errorMessage(typed('=CVR(B2, C2)', [[null, 12, 0]]))).toBe(
      'CVR: total is 0, so CVR is undefined',
    );
  });

  test('text, booleans and negative money name the argument and the value', () => {
    expect(errorMessage(typed('=CPL("lots", 10)'))).toBe(
      'CPL: spend is "lots", which is not a number',
    );
    expect(errorMessage(typed('=CPL(TRUE(), 10)'))).toBe(
      'CPL: spend is true; enter a number, not TRUE or FALSE',
    );
    expect(errorMessage(typed('=CAC(-100, 10)'))).toBe(
      'CAC: cost is -100; a money amount cannot be negative',
    );
  });

  test('a bad cell inside a range is named by row and column', () => {
    const value = typed('=CTR(B2:B4, C2:C4)', [
      [null, 10, 100],
      [null, 'ten', 100],
      [null, 30, 100],
    ]);
    expect(errorMessage(value)).toBe(
      'CTR: clicks is "ten" (row 2, column 1), which is not a number',
    );
  });

  test('numeric text with a comma is refused with how to type it, never read without the comma', () => {
    expect(errorMessage(typed('=CPL("0,5", 1)'))).toBe(
      'CPL: spend is "0,5", which is a number only with a decimal comma; enter 0.5 as a number, not as text',
    );
    const value = typed('=WIN_RATE(B2:B3, C2:C3)', [
      [null, 1, 4],
      [null, '1,000', 4000],
    ]);
    expect(errorMessage(value)).toBe(
      'WIN_RATE: won is "1,000" (row 2, column 1), which is 1000 with a decimal point but 1 with a decimal comma; enter 1000 or 1 as a number, not as text',
    );
  });

  test('a reference to an empty cell in a single call is a blank, not a zero', () => {
    expect(errorMessage(typed('=CAC(B2, C2)', [[null, null, 10]]))).toBe(
      'CAC: cost is blank; enter a number',
    );
  });

  test('an error in an input cell passes through unchanged', () => {
    expect(typed('=CAC(1/0, 10)')).toMatchObject({ value: '#DIV/0!' });
  });
});

describe('functions compose like built-ins', () => {
  test('=LTV(ARPA(revenue, accounts), CUSTOMER_LIFETIME(2%), 80%)', () => {
    const sheet = reader(
      createEngine({ Sheet1: [['=LTV(ARPA(50000, 100), CUSTOMER_LIFETIME(2%), 80%)']] }),
      'Sheet1',
    );
    expect(sheet.cell('A1')).toBeCloseTo(20000, 9);
  });

  test('=LTV_CAC(LTV(...), CAC(...)) over whole columns', () => {
    const sheet = reader(
      createEngine({
        Sheet1: [
          ['=LTV_CAC(LTV(A3:A4, 24), CAC(B3:B4, C3:C4))'],
          [],
          [500, 50000, 10],
          [400, 32000, 10],
        ],
      }),
      'Sheet1',
    );
    expect(sheet.cell('A1')).toBeCloseTo(2.4, 9);
    expect(sheet.cell('A2')).toBeCloseTo(3, 9);
  });

  test('REVERSE_FUNNEL reads its stage rates from cells formatted as percentages', () => {
    const sheet = reader(
      createEngine({
        Sheet1: [
          ['=REVERSE_FUNNEL(1000000, 25000, B1:B4)', '2%'],
          [null, '30%'],
          [null, '40%'],
          [null, '25%'],
        ],
      }),
      'Sheet1',
    );
    expect([0, 1, 2, 3, 4].map((row) => sheet.at(row, 0))).toEqual([66700, 1334, 400, 160, 40]);
  });
});
