/**
 * Aliases are the same function under a second name marketers also use, and each names
 * itself in its errors: =CVR(...) says "CVR: ...", since that is what the user typed.
 */
import { callableNames, callFunction, catalog, findFunction } from '../../src/kpi';

const aliasPairs = catalog.flatMap((spec) =>
  (spec.aliases ?? []).map((alias) => ({ alias, name: spec.name, spec })),
);

test('the aliases of FUNCTIONS.md are all there', () => {
  expect(aliasPairs.map(({ alias, name }) => `${alias}=${name}`).sort()).toEqual(
    [
      'ARPC=ARPA',
      'CLV=LTV',
      'CVR=CONVERSION_RATE',
      'MROI=ROI',
      'ROAS=MER',
      'ROMI=ROI',
      'SPV=PIPELINE_VELOCITY',
    ].sort(),
  );
});

test('no two functions share a name or an alias', () => {
  const names = catalog.flatMap((spec) => [spec.name, ...(spec.aliases ?? [])]);
  expect(new Set(names).size).toBe(names.length);
  expect(callableNames.size).toBe(names.length);
});

test('names are found whatever the case the user typed', () => {
  expect(findFunction('cvr')?.name).toBe('CONVERSION_RATE');
  expect(findFunction('Cac')?.name).toBe('CAC');
});

describe.each(aliasPairs)('$alias (alias of $name)', ({ alias, name, spec }) => {
  const args = spec.examples[0].args.map((arg) =>
    typeof arg === 'number' ? arg : arg.map((value) => [value]),
  );

  test(`gives what ${name} gives`, () => {
    expect(callFunction(alias, args)).toEqual(callFunction(name, args));
  });

  test('names itself, not the function, in its errors', () => {
    const badArgs = spec.args.map(() => 'not a number');
    expect(() => callFunction(alias, badArgs)).toThrow(new RegExp(`^${alias}: `));
    expect(() => callFunction(alias, badArgs)).not.toThrow(new RegExp(`^${name}: `));
  });
});

const aliasesWithDenominators = aliasPairs.flatMap(({ alias, spec }) =>
  spec.mode === 'elementwise' && spec.zeroIsUndefined.length > 0
    ? [{ alias, spec, denominator: spec.zeroIsUndefined[0] }]
    : [],
);

test.each(aliasesWithDenominators)(
  '$alias names itself when $denominator is 0',
  ({ alias, spec, denominator }) => {
    const args = spec.args.map((arg) => (arg.name === denominator ? 0 : 0.5));
    expect(() => callFunction(alias, args)).toThrow(
      `${alias}: ${denominator} is 0, so ${alias} is undefined`,
    );
  },
);
