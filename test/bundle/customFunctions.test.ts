/**
 * The pushed server file, run as Apps Script runs it: every catalog name and alias is a
 * top-level function with the catalog's parameter names and its @customfunction JSDoc
 * directly above (the only way Sheets shows autocomplete help), gives what the unit gives,
 * and touches no Apps Script service.
 */
import fc from 'fast-check';
import {
  type ArgInput,
  callableNames,
  callFunction,
  catalog,
  type Example,
  typedNames,
} from '../../src/kpi';
import { appsScriptServices, loadBundle } from '../../src/preview/bundle';
import { declarationOf, jsdocParams } from './declarations';

const runtime = loadBundle();
const names = [...callableNames.entries()];

function columnArgs(args: Example['args']): ArgInput[] {
  return args.map((arg) => (typeof arg === 'number' ? arg : arg.map((value) => [value])));
}

/** What a call gives, as plain data: the result, or the error's message. */
function outcome(call: () => unknown): unknown {
  try {
    return { result: JSON.parse(JSON.stringify(call())) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

test('the context has no module system', () => {
  for (const nodeOnly of ['require', 'module', 'exports', 'process', 'Buffer', 'global']) {
    expect(runtime.global[nodeOnly]).toBeUndefined();
  }
});

test('the pushed code defines no global beyond FunnelMath and its entry points', () => {
  // Apps Script shares one global scope across files: a stray name could shadow another's.
  const serverApi = (runtime.global.FunnelMath as { serverApi: object }).serverApi;
  const expected = [
    'FunnelMath',
    ...callableNames.keys(),
    'onOpen',
    'onInstall',
    ...Object.keys(serverApi),
  ];
  const given = new Set<string>(['console', 'Logger', ...appsScriptServices]);
  const defined = Object.keys(loadBundle().global).filter((key) => !given.has(key));
  expect(defined.sort()).toEqual(expected.sort());
});

test('every catalog name and alias is a top-level function', () => {
  const missing = [...callableNames.keys()].filter((name) => !runtime.hasFunction(name));
  expect(missing).toEqual([]);
});

describe.each(names)('%s', (name, spec) => {
  const declaration = declarationOf(runtime, name);

  test('declares the catalog’s parameter names, in order', () => {
    expect(declaration.parameters).toEqual(spec.args.map((arg) => arg.name));
  });

  test('has a @customfunction JSDoc block directly above', () => {
    expect(declaration.jsdoc).toBeDefined();
    expect(declaration.jsdoc).toMatch(/@customfunction\s*$/);
    expect(declaration.jsdoc).toMatch(/@return \{[^}]+\} \S/);
  });

  test('documents every parameter by name with its description', () => {
    const params = jsdocParams(declaration.jsdoc ?? '');
    expect(params.map((param) => param.name)).toEqual(spec.args.map((arg) => arg.name));
    params.forEach((param, index) => {
      expect(param.description).toContain(spec.args[index].description);
      expect(param.type).toMatch(/number/);
    });
  });

  test('starts its help with the summary (an alias says what it is the same as)', () => {
    const firstLine = (declaration.jsdoc ?? '').split('\n').find((line) => /\w/.test(line)) ?? '';
    expect(firstLine).toContain(spec.summary);
    if (name !== spec.name) expect(firstLine).toContain(`Same as ${spec.name}.`);
  });

  test('gives what the unit gives on its worked examples', () => {
    for (const example of spec.examples) {
      const args = columnArgs(example.args);
      expect(outcome(() => runtime.call(name, ...args))).toEqual(
        outcome(() => callFunction(name, args)),
      );
    }
  });

  test('gives the same errors as the unit, naming itself', () => {
    const bad = spec.args.map(() => 'oops');
    const inBundle = outcome(() => runtime.call(name, ...bad));
    expect(inBundle).toEqual(outcome(() => callFunction(name, bad)));
    expect(inBundle).toEqual({ error: expect.stringMatching(new RegExp(`^${name}: `)) });
  });
});

test('random arguments give the same outcome in the bundle as in the unit', () => {
  const value = fc.oneof(
    fc.double(),
    fc.constantFrom<ArgInput>(null, '', 'text', true, 0, 0.25, 25, 1000),
    fc.array(
      fc.array(fc.oneof(fc.double({ min: 0, max: 1000, noNaN: true }), fc.constant(null)), {
        minLength: 2,
        maxLength: 2,
      }),
      { minLength: 3, maxLength: 3 },
    ),
  );
  fc.assert(
    fc.property(
      fc.constantFrom(...callableNames.keys()),
      fc.array(value, { maxLength: 4 }),
      (name, args) => {
        expect(outcome(() => runtime.call(name, ...args))).toEqual(
          outcome(() => callFunction(name, args)),
        );
      },
    ),
    { numRuns: 500 },
  );
});

test('Dates made outside the bundle’s realm are still read as dates', () => {
  const created = [[new Date(2026, 0, 5, 9, 0)], [new Date(2026, 0, 5, 10, 0)]];
  const answered = [[new Date(2026, 0, 5, 9, 6)], [new Date(2026, 0, 5, 10, 10)]];
  expect(runtime.call('RESPONSE_TIME', created, answered)).toBe(8);
});

/** A SpreadsheetApp that answers only the time-zone read, counting the reads. */
function timeZoneOnly(timeZone: string) {
  const reads: string[] = [];
  const SpreadsheetApp = {
    getActiveSpreadsheet: () => ({
      getSpreadsheetTimeZone: () => {
        reads.push(timeZone);
        return timeZone;
      },
    }),
  };
  return { SpreadsheetApp, reads };
}

describe('calendar days in the spreadsheet’s time zone', () => {
  // 01:00 on 14 March 2026 in Shanghai is 17:00 on 13 March in UTC.
  const created = [
    [new Date(Date.UTC(2026, 2, 13, 17, 0))],
    [new Date(Date.UTC(2026, 2, 14, 2, 0))],
  ];
  const closed = [[new Date(Date.UTC(2026, 2, 20, 1, 0))], [null]];

  test('SALES_CYCLE reads the time zone once per call and counts Shanghai days', () => {
    const shanghai = timeZoneOnly('Asia/Shanghai');
    const runtimeInShanghai = loadBundle({ SpreadsheetApp: shanghai.SpreadsheetApp });
    expect(runtimeInShanghai.call('SALES_CYCLE', created, closed)).toBe(6);
    expect(shanghai.reads).toEqual(['Asia/Shanghai']);
    const utc = timeZoneOnly('UTC');
    expect(
      loadBundle({ SpreadsheetApp: utc.SpreadsheetApp }).call('SALES_CYCLE', created, closed),
    ).toBe(7);
  });

  test('STAGE_CONVERSION reads its window in the same zone', () => {
    const runtimeInShanghai = loadBundle({
      SpreadsheetApp: timeZoneOnly('Asia/Shanghai').SpreadsheetApp,
    });
    const march14 = new Date(Date.UTC(2026, 2, 13, 16, 0));
    // Both records are on 14 March in Shanghai; one has closed.
    expect(runtimeInShanghai.call('STAGE_CONVERSION', created, closed, march14, march14)).toBe(0.5);
  });

  test('serial numbers need no time zone: no service is read', () => {
    expect(runtime.call('SALES_CYCLE', [[46095.04], [46096]], [[46101.5], [null]])).toBe(6);
    expect(runtime.forbiddenAccesses).toEqual([]);
  });

  test('every other function reads no time zone, even when given Dates', () => {
    const zone = timeZoneOnly('Asia/Shanghai');
    const isolated = loadBundle({ SpreadsheetApp: zone.SpreadsheetApp });
    const readers = new Set<string>();
    for (const name of callableNames.keys()) {
      const before = zone.reads.length;
      outcome(() => isolated.call(name, ...created.map(() => created), created));
      outcome(() => isolated.call(name, created, closed));
      if (zone.reads.length > before) readers.add(name);
    }
    expect([...readers].sort()).toEqual(['SALES_CYCLE', 'STAGE_CONVERSION']);
  });
});

test('no custom function touches an Apps Script service, whatever it is given', () => {
  const isolated = loadBundle();
  for (const spec of catalog) {
    for (const name of typedNames(spec)) {
      for (const example of spec.examples)
        outcome(() => isolated.call(name, ...columnArgs(example.args)));
      outcome(() => isolated.call(name, ...spec.args.map(() => 'oops')));
      outcome(() => isolated.call(name));
      outcome(() => isolated.call(name, new Date(), [[1], [null]], 0));
    }
  }
  expect(isolated.forbiddenAccesses).toEqual([]);
});

test('the forbidding stand-ins do notice a service use', () => {
  const isolated = loadBundle();
  expect(() => isolated.call('onOpen', {})).toThrow(/SpreadsheetApp was used/);
  // onOpen without a mode reads the user's locale (refused, so the menu falls back to
  // English), then reaches for the UI.
  expect(isolated.forbiddenAccesses).toEqual([
    'Session: read getActiveUserLocale',
    'SpreadsheetApp: read getUi',
  ]);
});
