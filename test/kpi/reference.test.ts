/**
 * The words shared by the autocomplete JSDoc, the README table, docs/functions.md and the
 * sidebar reference: signatures, argument hints, results and the errors to expect.
 */
import {
  argumentDescription,
  errorRules,
  type FunctionSpec,
  findFunction,
  resultDescription,
  signature,
  typedNames,
} from '../../src/kpi';

function spec(name: string): FunctionSpec {
  const found = findFunction(name);
  if (!found) throw new Error(`no ${name}`);
  return found;
}

test('a signature brackets optional arguments, under the name typed', () => {
  expect(signature(spec('CAC_PAYBACK'))).toBe(
    'CAC_PAYBACK(cac, monthly_revenue_per_customer, [gross_margin])',
  );
  expect(signature(spec('CLV'), 'CLV')).toBe(
    'CLV(revenue_per_period, lifetime_periods, [gross_margin])',
  );
});

test('typed names list the function first, then its aliases', () => {
  expect(typedNames(spec('ROI'))).toEqual(['ROI', 'MROI', 'ROMI']);
  expect(typedNames(spec('CAC'))).toEqual(['CAC']);
});

test('a rate argument says how to enter it, an optional one its default', () => {
  const [, , grossMargin] = spec('LTV').args;
  const description = argumentDescription(grossMargin);
  expect(description).toContain(grossMargin.description);
  expect(description).toContain('25% or 0.25');
  expect(description).toContain('Optional; 100% when omitted.');
  expect(argumentDescription(spec('CAC').args[0])).toBe(spec('CAC').args[0].description);
});

test('results say what they are and their shape', () => {
  expect(resultDescription(spec('CVR'))).toBe(
    'A fraction (format the cell as a percentage); given ranges, one per row and column.',
  );
  expect(resultDescription(spec('RESPONSE_TIME'))).toMatch(/one value for the whole range/);
  expect(resultDescription(spec('REVERSE_FUNNEL'))).toMatch(/^A column of whole counts/);
});

test('error rules follow the argument kinds and denominators', () => {
  const rules = errorRules(spec('PIPELINE_VELOCITY'));
  expect(rules).toContain('opportunities, avg_deal_value and cycle_days cannot be negative.');
  expect(rules.some((rule) => rule.startsWith('win_rate must be between 0 and 1'))).toBe(true);
  expect(rules.some((rule) => rule.startsWith('cycle_days of 0 makes the result undefined'))).toBe(
    true,
  );
  expect(errorRules(spec('GROWTH_RATE')).some((rule) => rule.includes('cannot be negative'))).toBe(
    false,
  );
});

test('function-specific errors from the catalog are listed too', () => {
  expect(errorRules(spec('RESPONSE_TIME'))).toContain(
    'A first_response before its created is an error naming the row.',
  );
});
