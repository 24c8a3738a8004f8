/**
 * What users can type: no FunnelMath name may be shadowed by a Google Sheets built-in, and
 * none may end with "_" (Apps Script hides such functions from the sheet: they are private).
 */
import { HyperFormula } from 'hyperformula';
import { callableNames, catalog } from '../../src/kpi';
import { sheetsBuiltinNames } from './sheetsBuiltinNames';

const typedNames = [...callableNames.keys()];

test('the checked-in list of Sheets built-ins is a real list', () => {
  expect(sheetsBuiltinNames.length).toBeGreaterThan(500);
  for (const builtin of ['SUM', 'QUERY', 'IMPORTRANGE', 'ARRAYFORMULA', 'DIVIDE', 'LAMBDA']) {
    expect(sheetsBuiltinNames).toContain(builtin);
  }
});

test.each(typedNames)('%s is not a Google Sheets built-in', (name) => {
  expect(sheetsBuiltinNames).not.toContain(name);
});

test('no name is one of HyperFormula’s built-ins either (its live list, whatever its version)', () => {
  const engineNames = new Set(HyperFormula.getRegisteredFunctionNames('enGB'));
  expect(typedNames.filter((name) => engineNames.has(name))).toEqual([]);
});

test.each(typedNames)('%s is an upper-case identifier that does not end with "_"', (name) => {
  expect(name).toMatch(/^[A-Z][A-Z0-9_]*$/);
  expect(name.endsWith('_')).toBe(false);
});

test('argument names are snake_case identifiers Apps Script can declare', () => {
  for (const spec of catalog) {
    for (const arg of spec.args) expect(arg.name).toMatch(/^[a-z][a-z0-9_]*$/);
  }
});

test('only trailing arguments are optional', () => {
  for (const spec of catalog) {
    const firstOptional = spec.args.findIndex((arg) => arg.defaultValue !== undefined);
    if (firstOptional < 0) continue;
    expect(spec.args.slice(firstOptional).every((arg) => arg.defaultValue !== undefined)).toBe(
      true,
    );
  }
});
