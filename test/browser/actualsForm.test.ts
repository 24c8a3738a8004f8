/**
 * The "Start from my actuals" panel's rules as plain functions: the default months, what is
 * wrong with a typed range, and a calibrated plan's money to the cent in the form.
 */
import { actualsFormPlan } from '../../sidebar/form/actualsDraft';
import { defaultActualsRange, rangeProblem, recentRange } from '../../sidebar/form/actualsRange';
import { validatePlan } from '../../src/funnel/schema';
import { examplePlan } from '../support/plans';

test('the default months are the six whole months before today, across a new year', () => {
  expect(defaultActualsRange(new Date(2026, 11, 1))).toEqual({ from: '2026-06', to: '2026-11' });
  expect(defaultActualsRange(new Date(2027, 0, 31))).toEqual({ from: '2026-07', to: '2026-12' });
  expect(defaultActualsRange(new Date(2026, 6, 15))).toEqual({ from: '2026-01', to: '2026-06' });
});

test('a range is two months, the first not after the last', () => {
  expect(rangeProblem({ from: '2026-01', to: '2026-06' })).toBeUndefined();
  expect(rangeProblem({ from: '2026-06', to: '2026-06' })).toBeUndefined();
  expect(rangeProblem({ from: '', to: '2026-06' })).toBe('from');
  expect(rangeProblem({ from: '2026-01', to: '2026-13' })).toBe('to');
  expect(rangeProblem({ from: '2026-07', to: '2026-06' })).toBe('order');
});

test('money to the cent, rates and everything else as calibrated', () => {
  const plan = {
    ...examplePlan,
    averageDealSize: 21_428.571428571428,
    costPerLead: 39.26739926739927,
    revenueTarget: 860_000.004,
  };
  const shown = actualsFormPlan(plan);
  expect(shown).toEqual({
    ...plan,
    averageDealSize: 21_428.57,
    costPerLead: 39.27,
    revenueTarget: 860_000,
  });
  expect(validatePlan(shown).ok).toBe(true);
});

test('a dashboard’s recent range: its last six filled months, or all when fewer', () => {
  const months = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07'];
  expect(recentRange(months)).toEqual({ from: '2026-02', to: '2026-07' });
  expect(recentRange(months.slice(0, 2))).toEqual({ from: '2026-01', to: '2026-02' });
  expect(recentRange([])).toBeUndefined();
});
