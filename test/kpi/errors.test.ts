/**
 * The error rules of FUNCTIONS.md, one block per rule. A bad input is never a silent
 * number: it is an Error whose message starts with the name the user typed and says what
 * to fix. Sheets shows it as #ERROR! with the message on hover.
 */
import { type ArgInput, callFunction, type Output } from '../../src/kpi';

const column = (...values: ArgInput[]) => values.map((value) => [value]) as ArgInput;
const months = (count: number, value: number) =>
  column(...Array.from({ length: count }, () => value));

function messageOf(name: string, args: ArgInput[]): string {
  try {
    const result: Output = callFunction(name, args);
    throw new Error(`expected an error, got ${JSON.stringify(result)}`);
  } catch (error) {
    return (error as Error).message;
  }
}

describe('rule 1: ranges of different shapes are an error naming both shapes', () => {
  test('12 months of cost against 10 months of customers', () => {
    expect(messageOf('CAC', [months(12, 1000), months(10, 5)])).toMatch(
      /^CAC: cost is 12x1 but new_customers is 10x1/,
    );
  });

  test('a row against a column of the same length', () => {
    expect(messageOf('CTR', [[[1, 2, 3]], column(10, 20, 30)])).toMatch(
      /^CTR: clicks is 1x3 but impressions is 3x1/,
    );
  });

  test('the third argument is named when it is the odd one out', () => {
    expect(messageOf('LIST_GROWTH_RATE', [months(3, 1), months(3, 1), months(2, 100)])).toMatch(
      /^LIST_GROWTH_RATE: new_subscribers is 3x1 but list_size is 2x1/,
    );
  });

  test('aggregates check their paired ranges too', () => {
    expect(messageOf('RESPONSE_TIME', [months(3, 45000), months(2, 45001)])).toMatch(
      /^RESPONSE_TIME: created is 3x1 but first_response is 2x1/,
    );
  });
});

describe('rule 2: blanks', () => {
  test('a blank element gives a blank element; the others are still computed', () => {
    expect(callFunction('CAC', [column(1000, null, 3000), column(10, 20, '')])).toEqual([
      [100],
      [''],
      [''],
    ]);
  });

  test('a blank single value is an error: there is nothing to compute', () => {
    expect(messageOf('CAC', [null, 10])).toBe('CAC: cost is blank; enter a number');
    expect(messageOf('CAC', ['', 10])).toBe('CAC: cost is blank; enter a number');
  });

  test('an omitted optional argument takes its default, a blank one in a range stays blank', () => {
    expect(callFunction('LTV', [500, 24, undefined])).toBe(12000);
    expect(callFunction('LTV', [column(500, 500), 24, column(0.8, null)])).toEqual([[9600], ['']]);
  });
});

describe('rule 3: rates are fractions', () => {
  test('25 for a win rate suggests 25% or 0.25', () => {
    expect(messageOf('PIPELINE_VELOCITY', [100, 25000, 25, 60])).toBe(
      'PIPELINE_VELOCITY: win_rate is 25; rates are fractions: enter 25% or 0.25',
    );
  });

  test('the hint covers any rate between 1 and 100, and names the alias typed', () => {
    expect(messageOf('SPV', [100, 25000, 7.5, 60])).toMatch(
      /^SPV: win_rate is 7\.5;.*enter 7\.5% or 0\.075$/,
    );
    expect(messageOf('CUSTOMER_LIFETIME', [2])).toMatch(/enter 2% or 0\.02$/);
  });

  test('a rate above 100% or below 0 is out of range', () => {
    expect(messageOf('LTV', [500, 24, 250])).toMatch(
      /^LTV: gross_margin is 250; a rate must be between 0 and 1/,
    );
    expect(messageOf('LTV', [500, 24, -0.1])).toMatch(
      /^LTV: gross_margin is -0\.1; a rate must be between 0 and 1/,
    );
  });

  test('0% and 100% are valid rates; a cell typed as text "25%" arrives as 0.25', () => {
    expect(callFunction('LTV', [500, 24, 1])).toBe(12000);
    expect(callFunction('LTV', [500, 24, 0])).toBe(0);
    expect(callFunction('LTV', [500, 24, '80%'])).toBe(9600);
  });

  test('inside a range the hint names the row and column', () => {
    expect(messageOf('CAC_PAYBACK', [6000, 500, column(0.8, 80)])).toBe(
      'CAC_PAYBACK: gross_margin is 80 (row 2, column 1); rates are fractions: enter 80% or 0.8',
    );
  });
});

describe('rule 4: bad input is a clear error, never a silent number', () => {
  test('text that is not a number names the argument and the value', () => {
    expect(messageOf('CPL', ['lots', 100])).toBe('CPL: spend is "lots", which is not a number');
  });

  test('numbers typed as text are accepted when they can mean one number', () => {
    expect(callFunction('CPL', ['12000', '100'])).toBe(120);
    expect(callFunction('CPL', ['1,200,000', '100'])).toBe(12000);
    expect(callFunction('CPL', ['1,234.5', '1'])).toBe(1234.5);
    expect(callFunction('CPL', [' 0.500 ', '1'])).toBe(0.5);
  });

  test('text that is a number only with a decimal comma is refused, never read without it', () => {
    expect(messageOf('CPL', ['0,5', 1])).toBe(
      'CPL: spend is "0,5", which is a number only with a decimal comma; enter 0.5 as a number, not as text',
    );
    expect(messageOf('CPL', ['1.000,50', 1])).toBe(
      'CPL: spend is "1.000,50", which is a number only with a decimal comma; enter 1000.5 as a number, not as text',
    );
    expect(messageOf('WIN_RATE', ['0,25', 1])).toBe(
      'WIN_RATE: won is "0,25", which is a number only with a decimal comma; enter 0.25 as a number, not as text',
    );
    expect(messageOf('CAC_PAYBACK', [6000, 500, '2,5%'])).toMatch(/enter 2\.5% as a number/);
  });

  test('text that reads as two numbers names both, with the row and column in a range', () => {
    expect(messageOf('CPL', ['12,000', '100'])).toBe(
      'CPL: spend is "12,000", which is 12000 with a decimal point but 12 with a decimal comma; enter 12000 or 12 as a number, not as text',
    );
    expect(messageOf('CPL', [column(100, '1.000'), column(1, 2)])).toBe(
      'CPL: spend is "1.000" (row 2, column 1), which is 1 with a decimal point but 1000 with a decimal comma; enter 1 or 1000 as a number, not as text',
    );
  });

  test('booleans are refused', () => {
    expect(messageOf('CPL', [true, 100])).toBe(
      'CPL: spend is true; enter a number, not TRUE or FALSE',
    );
    expect(messageOf('CPL', [100, false])).toMatch(/^CPL: leads is false;/);
  });

  test('negative money and negative counts are refused', () => {
    expect(messageOf('CAC', [-5000, 10])).toBe(
      'CAC: cost is -5000; a money amount cannot be negative',
    );
    expect(messageOf('CAC', [5000, -10])).toBe(
      'CAC: new_customers is -10; a count cannot be negative',
    );
    expect(messageOf('PIPELINE_VELOCITY', [10, 1000, 0.2, -30])).toMatch(
      /^PIPELINE_VELOCITY: cycle_days is -30; a number of days cannot be negative/,
    );
  });

  test('a growth rate accepts negative values: a metric can fall below zero', () => {
    expect(callFunction('GROWTH_RATE', [-50, 100])).toBe(-1.5);
  });

  test('NaN and Infinity are refused', () => {
    expect(messageOf('CAC', [Number.NaN, 10])).toBe(
      'CAC: cost is NaN, which is not a finite number',
    );
    expect(messageOf('CAC', [10, Number.POSITIVE_INFINITY])).toBe(
      'CAC: new_customers is Infinity, which is not a finite number',
    );
  });

  test('a date is not money', () => {
    expect(messageOf('CAC', [new Date(Date.UTC(2026, 0, 1)), 10])).toMatch(
      /^CAC: cost is the date 2026-01-01T00:00:00\.000Z, which is a date, not a number/,
    );
  });

  test('inside a range the error names the row and the column', () => {
    const spend = [
      [100, 200],
      [300, 'n/a'],
    ];
    const leads = [
      [1, 2],
      [3, 4],
    ];
    expect(messageOf('CPL', [spend, leads])).toBe(
      'CPL: spend is "n/a" (row 2, column 2), which is not a number',
    );
  });

  test('NaN, Infinity and negatives inside a range name their row and column', () => {
    expect(messageOf('CAC', [column(100, Number.NaN), column(1, 2)])).toBe(
      'CAC: cost is NaN (row 2, column 1), which is not a finite number',
    );
    expect(messageOf('CAC', [column(100, 200, 300), column(1, 2, Number.NEGATIVE_INFINITY)])).toBe(
      'CAC: new_customers is -Infinity (row 3, column 1), which is not a finite number',
    );
    expect(messageOf('CAC', [column(100, -200), column(1, 2)])).toBe(
      'CAC: cost is -200 (row 2, column 1); a money amount cannot be negative',
    );
  });

  test('a bad cell is an error even in a row where another input is blank', () => {
    expect(messageOf('CAC', [column(100, null), column(1, 'x')])).toBe(
      'CAC: new_customers is "x" (row 2, column 1), which is not a number',
    );
  });

  test('an empty range has nothing to compute', () => {
    expect(messageOf('CAC', [[], 10])).toBe('CAC: cost is an empty range');
    expect(messageOf('CAC', [10, [[]]])).toBe('CAC: new_customers is an empty range');
  });

  test('the wrong number of arguments lists the parameters', () => {
    expect(messageOf('CAC', [1])).toBe('CAC: expects 2 arguments (cost, new_customers) but got 1');
    expect(messageOf('LTV', [1, 2, 0.5, 4])).toBe(
      'LTV: expects 2 to 3 arguments (revenue_per_period, lifetime_periods, [gross_margin]) but got 4',
    );
  });

  test('a response before its lead is an error naming the row', () => {
    expect(messageOf('RESPONSE_TIME', [column(45000, 45001), column(45000.1, 45000.9)])).toBe(
      'RESPONSE_TIME: first_response is before created in row 2, column 1; check the dates',
    );
  });

  test('a list nested inside one cell names the argument and what to pass', () => {
    // Only a script caller can pass this shape: Sheets never nests a range in a cell.
    const nested = [[[1]]] as unknown as ArgInput;
    expect(messageOf('CAC', [nested, 1])).toBe(
      'CAC: cost holds a list inside one cell (row 1, column 1); pass a single value or a range of single values',
    );
  });

  test('a range whose rows differ in length is an error, not blanks', () => {
    expect(messageOf('CAC', [[[1], [2, 3]], 1])).toBe(
      'CAC: cost is a range with rows of different lengths (row 1: 1, row 2: 2); every row needs the same number of cells',
    );
    expect(
      messageOf('RESPONSE_TIME', [[[45000], 45001] as unknown as ArgInput, [[45000.1], [45001.1]]]),
    ).toMatch(/^RESPONSE_TIME: created is a range whose row 2 is not a row of cells/);
  });

  test('an unknown name says so', () => {
    expect(messageOf('NOT_A_KPI', [1])).toBe('NOT_A_KPI: not a FunnelMath function');
  });
});

describe('rule 5: undefined results', () => {
  test('a zero denominator in a scalar call throws and says why', () => {
    expect(messageOf('CAC', [5000, 0])).toBe('CAC: new_customers is 0, so CAC is undefined');
  });

  test('inside a range that element is blank and the other months are still returned', () => {
    expect(callFunction('CAC', [column(5000, 4000, 6000), column(10, 0, 12)])).toEqual([
      [500],
      [''],
      [500],
    ]);
  });

  test('a zero numerator is a real 0, not undefined', () => {
    expect(callFunction('CAC', [0, 10])).toBe(0);
  });

  test('every zero denominator is checked, not only the first', () => {
    expect(messageOf('CAC_PAYBACK', [6000, 500, 0])).toBe(
      'CAC_PAYBACK: gross_margin is 0, so CAC_PAYBACK is undefined',
    );
  });

  test('an aggregate with nothing to average is an error', () => {
    expect(messageOf('RESPONSE_TIME', [column(45000, 45001), column(null, null)])).toMatch(
      /^RESPONSE_TIME: no row has both created and first_response/,
    );
  });

  test('REVERSE_FUNNEL refuses a zero deal size and a zero or blank stage rate', () => {
    expect(messageOf('REVERSE_FUNNEL', [1000000, 0, [[0.1, 0.2]]])).toMatch(
      /^REVERSE_FUNNEL: avg_deal_size is 0/,
    );
    expect(messageOf('REVERSE_FUNNEL', [1000000, 25000, [[0.1, 0]]])).toMatch(
      /^REVERSE_FUNNEL: stage_rates is 0 at position 2/,
    );
    expect(messageOf('REVERSE_FUNNEL', [1000000, 25000, [[0.1, null]]])).toMatch(
      /^REVERSE_FUNNEL: stage_rates is blank at position 2/,
    );
  });
});

describe('rule 6: nothing leaks', () => {
  test('a result too large to represent is an error for a single value, blank in a range', () => {
    expect(messageOf('COST_PER_SALE', [1e200, 1e200])).toBe(
      'COST_PER_SALE: the result is too large to represent (cost_per_lead is 1e+200, leads_per_sale is 1e+200); check these values for a typo or a wrong unit',
    );
    expect(callFunction('COST_PER_SALE', [column(1e200, 2), 1e200])).toEqual([[''], [2e200]]);
  });

  test('minus zero comes out as plain zero, single or in a range', () => {
    expect(Object.is(callFunction('COST_PER_SALE', [-0, 5]), 0)).toBe(true);
    const [[inRange]] = callFunction('COST_PER_SALE', [column(-0), 5]) as number[][];
    expect(Object.is(inRange, 0)).toBe(true);
  });
});
