import { currencyOfLocale } from '../../src/funnel/currency';
import { validatePlan } from '../../src/funnel/schema';
import { isStartMonth, nextStartMonth } from '../../src/funnel/startMonth';
import { examplePlan } from '../support/plans';

function messagesOf(input: unknown): string[] {
  const result = validatePlan(input);
  return result.ok ? [] : result.errors.map((error) => error.message);
}

describe('startMonth, currency and per-stage daysToNext (all optional)', () => {
  it('accepts a plan that gives all three', () => {
    const plan = {
      ...examplePlan,
      startMonth: '2027-01',
      currency: 'EUR',
      stages: examplePlan.stages.map((stage, index) =>
        index < examplePlan.stages.length - 1 ? { ...stage, daysToNext: 10 + index } : stage,
      ),
    };
    expect(validatePlan(plan)).toEqual({ ok: true, plan });
  });

  it.each([['2027-13'], ['2027-1'], ['0000-01'], ['9999-12'], [' 2027-01']])(
    'refuses startMonth %p with the form it takes',
    (startMonth) => {
      expect(messagesOf({ ...examplePlan, startMonth })).toEqual([
        `startMonth is "${startMonth}"; enter a month as "YYYY-MM", from 2000-01 to 2099-12, e.g. "2027-01"`,
      ]);
    },
  );

  it('refuses an unknown currency and lists the known ones', () => {
    expect(messagesOf({ ...examplePlan, currency: 'usd' })[0]).toMatch(
      /^currency is "usd"; enter an ISO 4217 currency code: USD, EUR, /,
    );
  });

  it('refuses daysToNext on the last stage and out of range', () => {
    const stages = examplePlan.stages.map((stage) => ({ ...stage }));
    const withDays = [
      { ...stages[0], daysToNext: -1 },
      ...stages.slice(1, -1),
      { ...stages[stages.length - 1], daysToNext: 5 },
    ];
    expect(messagesOf({ ...examplePlan, stages: withDays })).toEqual([
      'stages.0.daysToNext is -1; enter a number of days from 0 to 730',
      'stages.4.daysToNext is 5; the last stage (customers) has no next stage; leave it out',
    ]);
  });

  it('defaults the start to the next calendar month, across a year end', () => {
    expect(nextStartMonth(new Date(2026, 11, 1))).toBe('2027-01');
    expect(nextStartMonth(new Date(2026, 0, 31))).toBe('2026-02');
    expect(isStartMonth(nextStartMonth(new Date()))).toBe(true);
  });

  it('takes the default currency from the spreadsheet locale', () => {
    expect(currencyOfLocale('en_US')).toBe('USD');
    expect(currencyOfLocale('zh_CN')).toBe('CNY');
    expect(currencyOfLocale('zh_TW')).toBe('TWD');
    expect(currencyOfLocale('de_DE')).toBe('EUR');
    expect(currencyOfLocale('xx')).toBe('USD');
  });
});
