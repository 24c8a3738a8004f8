/**
 * The validation rules every writer shares: number bounds worked out once (the stricter of
 * "greater than" and "at least"), the custom formula a marketer reads in the validation
 * dialog, calendar days, list choices, and rules that would allow nothing refused.
 */
import {
  calendarDate,
  dateBounds,
  listValues,
  numberFormula,
  numberLimits,
} from '../../src/layout/validationRules';

describe('numberLimits', () => {
  it('keeps the stricter lower bound of "greater than" and "at least"', () => {
    expect(numberLimits({ kind: 'number', greaterThan: 0, atLeast: 1, help: 'h' })).toEqual({
      lower: { value: 1, inclusive: true },
      whole: false,
    });
    expect(numberLimits({ kind: 'number', greaterThan: 1, atLeast: 1, help: 'h' })).toEqual({
      lower: { value: 1, inclusive: false },
      whole: false,
    });
    expect(numberLimits({ kind: 'number', atLeast: 0, greaterThan: -5, help: 'h' }).lower).toEqual({
      value: 0,
      inclusive: true,
    });
  });

  it('refuses bounds that allow no number, and bounds that are not numbers', () => {
    expect(() => numberLimits({ kind: 'number', atLeast: 2, atMost: 1, help: 'h' })).toThrow(
      'A number validation allows no value: >= 2 and <= 1',
    );
    expect(() => numberLimits({ kind: 'number', greaterThan: Number.NaN, help: 'h' })).toThrow(
      "A number validation's greaterThan must be a finite number, not NaN",
    );
  });
});

describe('numberFormula', () => {
  it('reads as the rule in words: a number, then each bound, then whole', () => {
    const rate = numberLimits({ kind: 'number', greaterThan: 0, atMost: 1, help: 'h' });
    expect(numberFormula(rate, 'C7')).toBe('AND(ISNUMBER(C7), C7>0, C7<=1)');
    const days = numberLimits({ kind: 'number', atLeast: 0, whole: true, help: 'h' });
    expect(numberFormula(days, 'B9')).toBe('AND(ISNUMBER(B9), B9>=0, INT(B9)=B9)');
    expect(numberFormula(numberLimits({ kind: 'number', help: 'h' }), 'A1')).toBe('ISNUMBER(A1)');
  });
});

describe('dates', () => {
  it('reads a day written YYYY-MM-DD and refuses a day the calendar has not', () => {
    expect(calendarDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(() => calendarDate('2027-02-29')).toThrow(
      'A date validation\'s bound must be a day written YYYY-MM-DD, not "2027-02-29"',
    );
    expect(() => calendarDate('2027-1-5')).toThrow('not "2027-1-5"');
  });

  it('refuses bounds in the wrong order', () => {
    expect(() =>
      dateBounds({ kind: 'date', onOrAfter: '2027-01-01', onOrBefore: '2026-12-31', help: 'h' }),
    ).toThrow(
      'A date validation allows no day: on or after 2027-01-01 and on or before 2026-12-31',
    );
    expect(dateBounds({ kind: 'date', onOrBefore: '2026-12-31', help: 'h' })).toEqual({
      onOrBefore: { year: 2026, month: 12, day: 31 },
    });
  });
});

describe('listValues', () => {
  it('needs a choice, each offered once', () => {
    expect(listValues({ kind: 'list', values: ['USD', 'EUR'], help: 'h' })).toEqual(['USD', 'EUR']);
    expect(() => listValues({ kind: 'list', values: [], help: 'h' })).toThrow(
      'A list validation needs at least one value to choose from',
    );
    expect(() => listValues({ kind: 'list', values: ['USD', 'USD'], help: 'h' })).toThrow(
      'A list validation offers "USD" twice',
    );
  });
});
